"""The English wording of the letters to a requester (letter_texts merges it into TEXTS).

Fixed text; `{name}`-style fields are filled with facts, and the whole sentence then goes
through `para`, so user text in it prints as typed."""

TEXTS_EN: dict[str, str] = {
    "date_label": "Date",
    "reference_label": "Our reference",
    "page": "Page {page} of {pages}",
    "subject_answer": "Reply to your request – {kind}",
    "subject_id_request": "Your request – {kind}: proof of identity needed",
    "subject_extension": "Your request – {kind}: extension of the time limit",
    "subject_refusal": "Your request – {kind}: refusal",
    "salutation": "Dear {name},",
    "salutation_anonymous": "Dear Sir or Madam,",
    "intro_access": "On {received} we received your request for access to the personal "
    "data we process about you (Article 15 GDPR).",
    "intro_rectification": "On {received} we received your request to correct your "
    "personal data (Article 16 GDPR).",
    "intro_erasure": "On {received} we received your request to erase your personal data "
    "(Article 17 GDPR).",
    "intro_restriction": "On {received} we received your request to restrict the "
    "processing of your personal data (Article 18 GDPR).",
    "intro_objection": "On {received} we received your objection to the processing of "
    "your personal data (Article 21 GDPR).",
    "intro_portability": "On {received} we received your request to receive your personal "
    "data in a portable form (Article 20 GDPR).",
    "intro_withdrawal": "On {received} we received your message withdrawing your consent "
    "(Article 7(3) GDPR).",
    "id_why": "Before we can carry out your request, we must be sure that it comes from "
    "you. This keeps your data from reaching someone else. We therefore ask you "
    "to prove your identity (Article 12(6) GDPR).",
    "id_mask": "If you send us a copy of your passport, identity card or driving licence, "
    "please first make these unreadable:",
    "id_photo": "your photo;",
    "id_mrz": "the strip of letters and numbers at the bottom (the MRZ);",
    "id_number": "the document number;",
    "id_bsn": "your citizen service number (BSN).",
    "id_app": "The Dutch government's free KopieID app (for iPhone and Android) does this "
    "easily. With the app you can also put a watermark on the copy; write "
    '"{controller}, {reference}" and the date in it.',
    "id_no_copy": "We never keep a copy of your identity document. We only record who "
    "checked your identity, when and how, and destroy the copy straight "
    "afterwards.",
    "id_send_email": "You can send the copy to {email} or by post to the address at the "
    "top of this letter. Please quote our reference {reference}.",
    "id_send_post": "You can send the copy by post to the address at the top of this "
    "letter. Please quote our reference {reference}.",
    "id_deadline": "We must answer your request by {deadline} at the latest, so please send "
    "the proof as soon as possible. As long as we cannot establish your "
    "identity, we cannot carry out your request (Article 12(2) GDPR).",
    "ext_why": "We need more time to handle your request carefully. Under Article 12(3) "
    "GDPR we therefore extend the time limit by two months. Our reasons:",
    "ext_new": "You will receive our answer by {deadline} at the latest, instead of by {original}.",
    "ext_new_only": "You will receive our answer by {deadline} at the latest.",
    "ext_in_time": "We are telling you this within one month of receiving your request, as "
    "the GDPR requires.",
    "ext_complaint": "If you do not agree with this extension, you have the right to lodge "
    "a complaint with the {authority} ({url}). You can also go to court.",
    "ref_why": "We have looked at your request carefully. In our view it is manifestly "
    "unfounded or excessive within the meaning of Article 12(5) GDPR, so we will "
    "not act on it. Our reasons:",
    "ref_complaint": "If you do not agree with this decision, you have the right to lodge a "
    "complaint with the {authority} ({url}).",
    "ref_court": "You can also go to court (Article 79 GDPR): in the Netherlands by a "
    "petition to the district court within six weeks of receiving this letter "
    "(Article 35 of the Dutch GDPR Implementation Act, UAVG).",
    "no_data": "We have searched our records for data about you. We hold no personal data "
    "about you.",
    "no_data_done": "So there was nothing we had to do to carry out your request.",
    "note": "Note: {note}",
    "acc_intro": "Below you will find a copy of all the personal data we process about you, "
    "followed by the information you are entitled to under Article 15 GDPR.",
    "h_details": "Your details",
    "col_field": "Item",
    "col_value": "Value",
    "none_details": "We hold no contact details of yours.",
    "h_notes": "Notes on our contact with you",
    "col_date": "Date",
    "col_note": "Note",
    "none_notes": "We hold no notes about you.",
    "h_consents": "Your consents",
    "col_purpose": "Purpose",
    "col_given": "Given on",
    "col_withdrawn": "Withdrawn on",
    "not_withdrawn": "not withdrawn",
    "none_consents": "You have not given us any consent.",
    "h_requests": "Your requests",
    "col_reference": "Reference",
    "col_kind": "Type of request",
    "col_received": "Received on",
    "col_status": "Status",
    "h_activities": "Processing that concerns you",
    "activities": "For each processing activity below: the purpose, the legal basis, the "
    "categories of data, how long we keep them and who may receive them.",
    "lbl_purpose": "Purpose: {value}",
    "lbl_basis": "Legal basis: {value}",
    "lbl_categories": "Categories of data: {value}",
    "lbl_retention": "Retention: {value}",
    "lbl_recipients": "Recipients: {value}",
    "lbl_source": "Source: {value}",
    "none_activities": "No processing activity concerns you.",
    "none_short": "none",
    "interest": "{basis}; our interest: {interest}",
    "h_art15": "Information under Article 15 GDPR",
    "h_purposes": "Purposes and legal bases",
    "purposes": "We process your data only for the purposes and on the legal bases given "
    "above for each processing activity.",
    "purposes_none": "We no longer process your data for any purpose.",
    "h_categories": "Categories of data",
    "categories": "We process these categories of personal data about you: {categories}.",
    "h_recipients": "Recipients",
    "recipient_categories": "We may share your data with these categories of recipients: "
    "{categories}.",
    "recipient_names": "The recipients by name: {names}.",
    "recipients_none": "We do not share your data with anyone.",
    "h_retention": "Retention period",
    "retention": "How long we keep your data is given above for each processing activity. "
    "After that we erase it or make it irreversibly anonymous.",
    "retention_none": "We keep your data no longer than the purposes above require.",
    "h_source": "Source of the data",
    "source": "Your data came from: {sources}.",
    "source_self": "We received your data from you.",
    "h_automated": "Automated decision-making",
    "automated_none": "We make no decisions about you based solely on automated processing, "
    "and we do not profile you (Article 22 GDPR).",
    "automated_yes": "In one or more of the processing activities above we make decisions "
    "based solely on automated processing (Article 22 GDPR). You can ask "
    "for a member of staff to step in, give your point of view and contest "
    "the decision. On request we explain how such a decision is made and "
    "what it means for you.",
    "h_rights": "Your rights",
    "rights": "You have the right to:",
    "right_rectification": "rectification: have incorrect or incomplete data corrected or "
    "completed (Article 16 GDPR);",
    "right_erasure": "erasure: have your data erased (Article 17 GDPR);",
    "right_restriction": "restriction: have the processing of your data restricted "
    "(Article 18 GDPR);",
    "right_objection": "object: to the processing of your data, and always to direct "
    "marketing (Article 21 GDPR);",
    "right_portability": "data portability: receive your data in a common, machine-readable "
    "file, or have it sent to another organisation (Article 20 GDPR);",
    "right_withdraw": "withdraw a consent you gave, at any time (Article 7(3) GDPR).",
    "complaint_right": "You also have the right to lodge a complaint with the {authority} ({url}).",
    "rect_done": "We have corrected your data. This is what changed:",
    "col_before": "Before",
    "col_after": "After",
    "empty_value": "(empty)",
    "er_done": "We have erased your personal data, or made it irreversibly anonymous, "
    "everywhere we keep it.",
    "er_removed": "Removed:",
    "er_kept": "We still keep this data, each item with the reason and until when. We use "
    "it for nothing else and erase it as soon as the reason ends:",
    "col_what": "What",
    "col_why": "Why",
    "col_until": "Kept until",
    "until_open": "while the duty lasts",
    "er_nothing_kept": "We keep no personal data about you any more.",
    "er_backups": "Your data may still be in our backups. Backups roll over automatically: "
    "by {date} no backup holding your data will remain. Until then we use them "
    "only to restore data after a failure, and would then erase your data "
    "again.",
    "res_done": "We have restricted the processing of your personal data. Your data is "
    "marked as restricted in our records. This means we keep it, but we do not "
    "process it in any way other than storing it. Only with your consent, for "
    "legal claims, to protect the rights of another person or for important "
    "reasons of public interest may we still use it (Article 18(2) GDPR).",
    "res_lift": "Before we lift the restriction, we will tell you (Article 18(3) GDPR).",
    "obj_done": "We have recorded your objection to direct marketing. This objection is "
    "absolute (Article 21(3) GDPR): from now on you will receive no newsletters "
    "or other marketing from us, and we no longer use your data for direct "
    "marketing.",
    "port_done": "You will find your personal data in the attached file {file}. It is a ZIP "
    "file holding your data as JSON and as CSV, both in UTF-8: common, "
    "machine-readable formats that you can open yourself or give to another "
    "organisation (Article 20 GDPR).",
    "port_file": "the attached ZIP file",
    "port_contains": "The file contains:",
    "port_fields": "your contact details ({count} items);",
    "port_notes": "the notes on our contact with you ({count});",
    "port_consents": "your consents, with the dates given and withdrawn ({count}).",
    "port_direct": "Would you like us to send your data directly to another organisation? "
    "Let us know; where this is technically possible, we will "
    "(Article 20(2) GDPR).",
    "wd_done": "We have withdrawn your consent:",
    "wd_effect": "From that date we no longer process your data on the basis of this "
    "consent. Processing before the withdrawal remains lawful (Article 7(3) "
    "GDPR). We keep a record of the withdrawal itself, so that we can show that "
    "we respect it.",
    "wd_none": "We had no valid consent from you on record, so there was nothing to withdraw.",
    "h_notices": "Recipients informed",
    "col_recipient": "Recipient",
    "col_told": "Informed",
    "told_impossible": "Not possible: {reason}",
    "told_not_yet": "not yet",
    "contact_via": "If you have any questions about this letter, please contact us at {via}, "
    "quoting our reference {reference}.",
    "contact": "If you have any questions about this letter, please contact us, quoting our "
    "reference {reference}.",
    "or": " or ",
    "complaint": "If you are not satisfied with how we handled your request, you have the "
    "right to lodge a complaint with the {authority} ({url}).",
    "regards": "Kind regards,",
}
