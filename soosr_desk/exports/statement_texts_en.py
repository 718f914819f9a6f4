"""The English wording of the privacy statement (statement_texts merges it into TEXTS).

The chapter texts per key, the same keys as the Dutch; `{name}`, `{contact}` and the like
are filled in with the controller's details."""

TEXTS_EN: dict[str, str] = {
    "title": "Privacy statement",
    "meta": "Version {version} · {date}",
    "page": "Page {page} of {pages}",
    "yes": "yes",
    "who_h": "Who we are",
    "who_intro": (
        "{name} considers the careful handling of personal data very important and is "
        "aware of the privacy legislation. This privacy statement explains how we handle "
        "your personal data. Personal data includes the data we collect through our "
        "website and through our services."
    ),
    "who_controller": (
        "{name} is the controller, as meant in the General Data Protection Regulation "
        "(GDPR), for the processing of your personal data. You can reach us at:"
    ),
    "label_name": "Name",
    "label_address": "Address",
    "label_phone": "Telephone",
    "label_email": "E-mail",
    "label_website": "Website",
    "label_kvk": "Chamber of Commerce number",
    "label_dpo": "Data protection officer",
    "label_joint": "Joint controllers (Art. 26 GDPR)",
    "consent_too": "consent, for those this basis does not cover",
    "consent_withdraw": (
        "If you gave your consent, you may withdraw it at any time, as easily as you "
        "gave it: send a message to {contact} or use the unsubscribe link in our e-mails. "
        "We then stop that processing at once."
    ),
    "data_h": "Which personal data do we process?",
    "data_intro": "We may process the following categories of your personal data:",
    "data_none": "We do not process any personal data at present.",
    "subjects_intro": "This data concerns the following groups of people:",
    "data_contract": (
        "If you use our services, we need at least the following data from you to "
        "conclude and perform the contract: {items}. We need this data to conclude the "
        "contract, to deliver our services and to settle the contract financially. If you "
        "do not wish to provide this data, we cannot guarantee that the contract will be "
        "performed properly. Where the processing of specific personal data is required by "
        "law, we will tell you so, and also what may happen if you choose not to provide "
        "that data."
    ),
    "purposes_h": "For which purposes do we process your personal data?",
    "purposes_intro": (
        "We collect and process personal data for several purposes, depending partly on "
        "the services you use. We use the personal data we received from you, but may also "
        "use personal data we obtain from other sources. We process personal data for the "
        "following purposes:"
    ),
    "label_basis": "Legal basis",
    "label_interest": "Legitimate interest",
    "label_data": "Personal data",
    "label_subjects": "About",
    "label_recipients": "Recipients",
    "label_retention": "Retention",
    "label_source": "Source",
    "dutch_only": "Some texts from our register have no English version yet; they are "
    "given in Dutch: {items}.",
    "label_transfer": "Transfer outside the EEA",
    "label_automated": "Automated decision-making",
    "bases_h": "On which legal basis do we process your personal data?",
    "bases_intro": (
        "Under the GDPR, every processing of personal data needs a legal basis. We process "
        "your personal data on the following legal bases:"
    ),
    "basis_legal_obligation": (
        "We process your personal data where we are required to by law, such as data we "
        "need for our tax returns or to comply with an order of the public prosecutor."
    ),
    "basis_contract": (
        "We process your personal data where this is necessary to perform the contract "
        "with you or your company, or to take steps before concluding a contract."
    ),
    "basis_legitimate_interest": (
        "We may process your personal data to pursue a legitimate interest. A legitimate "
        "interest is usually legal, financial or commercial in nature."
    ),
    "interests_intro": "We have a legitimate interest in the following situations:",
    "interest_objection": (
        "You can object to processing based on a legitimate interest (see ‘Your rights’)."
    ),
    "basis_consent": (
        "We may also process your personal data if you have given your consent. If you do "
        "not give consent, this has no consequences for our services to you. You have the "
        "right to withdraw your consent at any time. Withdrawal does not affect the "
        "lawfulness of the processing before the withdrawal."
    ),
    "applies_to": "This applies to",
    "sharing_h": "Sharing personal data with third parties",
    "sharing_intro": (
        "In certain cases we share your personal data with third parties. We do so only "
        "for the purposes and on the legal bases set out in this privacy statement. We may "
        "provide your personal data to the following categories of recipients:"
    ),
    "sharing_processors": (
        "Third parties to whom we provide your personal data are themselves responsible "
        "for complying with the privacy legislation. Where we engage a third party to "
        "process personal data on our behalf (a processor), we conclude a data processing "
        "agreement with that party that meets the requirements of the GDPR."
    ),
    "sharing_none": "We do not share your personal data with third parties.",
    "transfer_h": "Transfers outside the European Economic Area",
    "transfer_none": (
        "We do not transfer your personal data to a third country or an international organisation."
    ),
    "transfer_intro": (
        "For the following processing activities we transfer personal data to a country "
        "outside the European Economic Area (EEA). We do so only with an appropriate "
        "safeguard, as Articles 44 to 49 GDPR require:"
    ),
    "unknown_country": "a country outside the EEA",
    "safeguard": "Safeguard",
    "safeguard_missing": "Safeguard: not yet recorded (this statement cannot be "
    "published like this).",
    "transfer_copy": (
        "If you would like to know more about these safeguards or receive a copy of them, "
        "please contact us at {contact}."
    ),
    "security_h": "Security of personal data",
    "security": (
        "We take appropriate security measures to prevent misuse, loss, unauthorised "
        "access, unwanted disclosure and unauthorised alteration of your personal data. "
        "Among other things, we ensure that only the people who need it have access to "
        "your personal data, that access to your personal data is protected, that our "
        "website is secured with information security techniques (such as firewalls and "
        "SSL certificates), that our passwords are changed regularly, that our premises "
        "are secured and that our security measures are checked regularly (by external "
        "parties)."
    ),
    "security_contact": (
        "If you feel that your personal data is not properly secured, or if there are "
        "signs of misuse, please contact us at {contact}."
    ),
    "retention_h": "How long we keep your data",
    "retention_intro": (
        "We do not keep your personal data longer than is reasonably necessary to achieve "
        "the purposes in this privacy statement or to comply with laws and regulations. "
        "Each purpose above states which retention period applies."
    ),
    "retention_rules": "We apply the following retention periods:",
    "retention_outro": (
        "Where a longer statutory retention period applies, we keep to that period. When "
        "the retention period has passed, we erase or anonymise your personal data."
    ),
    "rights_h": "Your rights",
    "rights_1": (
        "You have the right to access, rectify or erase your personal data. You also have "
        "the right to request restriction of the processing of your personal data, the "
        "right to object to the processing of your personal data and the right to data "
        "portability. The latter means that you can ask to receive personal data we "
        "process about you in a structured, commonly used and machine-readable format, or "
        "to have it transferred to an organisation you name. If you object to the use of "
        "your data for direct marketing, we will always stop."
    ),
    "rights_2": (
        "If you wish to exercise one of your rights, please send your request to "
        "{contact}. To prevent misuse, we may ask you to identify yourself before we "
        "handle your request. If you send a copy of an identity document for this, please "
        "cover your photo, the MRZ (the strip of numbers at the bottom of a passport), the "
        "document number and your citizen service number (BSN). You can use the Dutch "
        "government's KopieID app for this, for example."
    ),
    "rights_3": (
        "We respond to your request as soon as possible, and within one month at the "
        "latest. If your request is complex or we receive many requests, we may extend "
        "this period by two months; we will then let you know within the first month, "
        "with the reason."
    ),
    "complaint_h": "Complaints",
    "complaint": (
        "If you have a complaint about the processing of your personal data, we will "
        "gladly help you. If we cannot resolve it together, you have the right to lodge a "
        "complaint with the supervisory authority, the {authority}."
    ),
    "complaint_link": "You can do so at:",
    "automated_h": "Automated decision-making",
    "automated_none": (
        "We do not use automated decision-making, including profiling, as meant in Article 22 GDPR."
    ),
    "automated_intro": (
        "In the following processing activities we take decisions based solely on "
        "automated processing:"
    ),
    "automated_rights": (
        "You have the right to human intervention, to express your point of view and to "
        "contest the decision. Please contact us at {contact} for this."
    ),
    "changes_h": "Changes to this privacy statement",
    "changes": (
        "This privacy statement was last updated on {date} (version {version}). We may "
        "change this privacy statement; the current version is always on our website. We "
        "advise you to consult this privacy statement regularly. If there is a significant "
        "change, we will publish a clear notice on our website."
    ),
}
