"""The wording of the letters to a requester, Dutch and English (used by letters.py).

Fixed text per language. `{name}`-style fields are filled with facts; the whole sentence then
goes through `para`, so user text in it prints as typed. Field names arrive as codes
(`first_name`, `email`, ...) and are labelled here per language, as are the codes some fields
hold, the legal bases, request kinds and statuses, and dates.
"""

from __future__ import annotations

import datetime as dt

from .letter_outcome_texts import KEPT_WHY_EXTRA, OUTCOME_TEXTS

MONTHS = {
    "nl": ("januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus",
           "september", "oktober", "november", "december"),
    "en": ("January", "February", "March", "April", "May", "June", "July", "August",
           "September", "October", "November", "December"),
}  # fmt: skip

FIELD_LABELS = {
    "nl": {
        "first_name": "Voornaam", "last_name": "Achternaam", "gender": "Geslacht",
        "job_title": "Functie", "company": "Bedrijf", "street": "Straat en huisnummer",
        "postcode": "Postcode", "city": "Plaats", "country": "Land", "phone": "Telefoon",
        "email": "E-mail", "signing_authority": "Tekenbevoegdheid", "location": "Standplaats",
        "source": "Herkomst", "relation": "Relatie", "language": "Taal",
        "received_on": "Gegevens ontvangen op", "last_activity": "Laatste contact",
    },
    "en": {
        "first_name": "First name", "last_name": "Last name", "gender": "Gender",
        "job_title": "Job title", "company": "Company", "street": "Street and number",
        "postcode": "Postcode", "city": "City", "country": "Country", "phone": "Phone",
        "email": "E-mail", "signing_authority": "Signing authority", "location": "Location",
        "source": "Source", "relation": "Relation", "language": "Language",
        "received_on": "Data received on", "last_activity": "Last contact",
    },
}  # fmt: skip

# Labels of the codes some fields hold (rules/vocab.py); an unknown value prints as it is.
VALUE_LABELS = {
    "nl": {
        "gender": {"female": "Vrouw", "male": "Man", "other": "Anders", "unknown": "Onbekend"},
        "signing_authority": {"none": "Geen", "limited": "Beperkt", "full": "Volledig"},
        "source": {
            "website_form": "Contactformulier op onze website", "contract": "Klantcontract",
            "supplier": "Leveranciersrelatie", "reference": "Referentie",
            "manual": "Ingevoerd door onze medewerkers",
        },
        "relation": {
            "lead": "Belangstellende", "customer_contact": "Contactpersoon bij een klant",
            "supplier_contact": "Contactpersoon bij een leverancier", "debtor": "Debiteur",
            "reference": "Referentie",
        },
        "language": {"nl": "Nederlands", "en": "Engels"},
        "country": {"NL": "Nederland", "BE": "België", "DE": "Duitsland", "FR": "Frankrijk",
                    "LU": "Luxemburg", "GB": "Verenigd Koninkrijk", "IE": "Ierland",
                    "US": "Verenigde Staten", "CH": "Zwitserland", "CA": "Canada",
                    "IN": "India"},
    },
    "en": {
        "gender": {"female": "Female", "male": "Male", "other": "Other", "unknown": "Unknown"},
        "signing_authority": {"none": "None", "limited": "Limited", "full": "Full"},
        "source": {
            "website_form": "Our website's contact form", "contract": "Customer contract",
            "supplier": "Supplier relationship", "reference": "Reference",
            "manual": "Entered by our staff",
        },
        "relation": {
            "lead": "Prospect", "customer_contact": "Contact at a customer",
            "supplier_contact": "Contact at a supplier", "debtor": "Debtor",
            "reference": "Reference",
        },
        "language": {"nl": "Dutch", "en": "English"},
        "country": {"NL": "Netherlands", "BE": "Belgium", "DE": "Germany", "FR": "France",
                    "LU": "Luxembourg", "GB": "United Kingdom", "IE": "Ireland",
                    "US": "United States", "CH": "Switzerland", "CA": "Canada",
                    "IN": "India"},
    },
}  # fmt: skip
DATE_FIELDS = frozenset({"received_on", "last_activity"})  # the service gives dd-mm-yyyy

BASIS_LABELS = {
    "nl": {
        "legal_obligation": "Wettelijke verplichting (artikel 6 lid 1 onder c AVG)",
        "contract": "Uitvoering van een overeenkomst of stappen daarvoor "
                    "(artikel 6 lid 1 onder b AVG)",
        "legitimate_interest": "Gerechtvaardigd belang (artikel 6 lid 1 onder f AVG)",
        "consent": "Toestemming (artikel 6 lid 1 onder a AVG)",
    },
    "en": {
        "legal_obligation": "Legal obligation (Article 6(1)(c) GDPR)",
        "contract": "Performance of a contract or steps before one (Article 6(1)(b) GDPR)",
        "legitimate_interest": "Legitimate interest (Article 6(1)(f) GDPR)",
        "consent": "Consent (Article 6(1)(a) GDPR)",
    },
}  # fmt: skip

KIND_LABELS = {
    "nl": {
        "access": "Inzage (artikel 15 AVG)", "rectification": "Rectificatie (artikel 16 AVG)",
        "erasure": "Wissing (artikel 17 AVG)",
        "restriction": "Beperking van de verwerking (artikel 18 AVG)",
        "objection": "Bezwaar (artikel 21 AVG)",
        "portability": "Dataportabiliteit (artikel 20 AVG)",
        "withdrawal": "Intrekking van toestemming (artikel 7 lid 3 AVG)",
    },
    "en": {
        "access": "Access (Article 15 GDPR)", "rectification": "Rectification (Article 16 GDPR)",
        "erasure": "Erasure (Article 17 GDPR)",
        "restriction": "Restriction of processing (Article 18 GDPR)",
        "objection": "Objection (Article 21 GDPR)",
        "portability": "Data portability (Article 20 GDPR)",
        "withdrawal": "Withdrawal of consent (Article 7(3) GDPR)",
    },
}  # fmt: skip

STATUS_LABELS = {
    "nl": {"new": "Nieuw", "in_progress": "In behandeling",
           "waiting_for_id": "Wacht op bewijs van identiteit", "answered": "Beantwoord",
           "closed": "Afgehandeld", "refused": "Geweigerd"},
    "en": {"new": "New", "in_progress": "In progress",
           "waiting_for_id": "Waiting for proof of identity", "answered": "Answered",
           "closed": "Closed", "refused": "Refused"},
}  # fmt: skip

KEPT_WHY_LABELS = {
    "nl": {
        "fiscal_7y": "7 jaar bewaard voor de Belastingdienst (art. 52 AWR)",
        "legal_hold": "bewaard zolang een geschil of claim loopt (juridische bewaarplicht)",
        "request_record": "het bewijs dat wij uw verzoek hebben behandeld",
        "proof_of_handling": "zonder persoonsgegevens, als bewijs dat wij uw verzoek hebben "
        "behandeld",
        "answer_to_requester": "uw naam en adres, om u dit antwoord te sturen en als bewijs "
        "dat wij uw verzoek hebben behandeld",
        "erased_marker": "een leeg record, zodat het nummer nooit opnieuw wordt gebruikt",
        "ids_only": "het logboek bevat alleen nummers en veldnamen, geen persoonsgegevens",
    },
    "en": {
        "fiscal_7y": "kept 7 years for the tax authorities (art. 52 AWR)",
        "legal_hold": "kept while a dispute or claim is pending (legal hold)",
        "request_record": "the record that your request was handled",
        "proof_of_handling": "without personal data, as proof that your request was handled",
        "answer_to_requester": "your name and address, to send you this answer and as proof "
        "that your request was handled",
        "erased_marker": "an empty record, so that its number is never used again",
        "ids_only": "the log holds numbers and field names only, no personal data",
    },
}  # fmt: skip

TEXTS: dict[str, dict[str, str]] = {
    "nl": {
        "date_label": "Datum",
        "reference_label": "Ons kenmerk",
        "page": "Pagina {page} van {pages}",
        "subject_answer": "Antwoord op uw verzoek – {kind}",
        "subject_id_request": "Uw verzoek – {kind}: bewijs van identiteit nodig",
        "subject_extension": "Uw verzoek – {kind}: verlenging van de antwoordtermijn",
        "subject_refusal": "Uw verzoek – {kind}: weigering",
        "salutation": "Geachte {name},",
        "salutation_anonymous": "Geachte heer, mevrouw,",
        "intro_access": "Op {received} hebben wij uw verzoek ontvangen om inzage in de "
                        "persoonsgegevens die wij van u verwerken (artikel 15 AVG).",
        "intro_rectification": "Op {received} hebben wij uw verzoek ontvangen om uw "
                               "persoonsgegevens te corrigeren (artikel 16 AVG).",
        "intro_erasure": "Op {received} hebben wij uw verzoek ontvangen om uw "
                         "persoonsgegevens te wissen (artikel 17 AVG).",
        "intro_restriction": "Op {received} hebben wij uw verzoek ontvangen om de verwerking "
                             "van uw persoonsgegevens te beperken (artikel 18 AVG).",
        "intro_objection": "Op {received} hebben wij uw bezwaar ontvangen tegen de verwerking "
                           "van uw persoonsgegevens (artikel 21 AVG).",
        "intro_portability": "Op {received} hebben wij uw verzoek ontvangen om uw "
                             "persoonsgegevens aan u over te dragen (artikel 20 AVG).",
        "intro_withdrawal": "Op {received} hebben wij uw bericht ontvangen dat u uw "
                            "toestemming intrekt (artikel 7 lid 3 AVG).",
        # id_request
        "id_why": "Voordat wij uw verzoek kunnen uitvoeren, moeten wij zeker weten dat het van "
                  "u afkomstig is. Zo voorkomen wij dat uw gegevens bij iemand anders "
                  "terechtkomen. Wij vragen u daarom om uw identiteit aan te tonen "
                  "(artikel 12 lid 6 AVG).",
        "id_mask": "Stuurt u ons een kopie van uw paspoort, identiteitskaart of rijbewijs? "
                   "Maak daarop dan eerst onleesbaar:",
        "id_photo": "uw pasfoto;",
        "id_mrz": "de strook met letters en cijfers onderaan (de MRZ);",
        "id_number": "het documentnummer;",
        "id_bsn": "uw burgerservicenummer (BSN).",
        "id_app": "Dat kan eenvoudig met de gratis app KopieID van de Rijksoverheid (voor "
                  "iPhone en Android). Met de app zet u ook een watermerk op de kopie; vermeld "
                  "daarin \"{controller}, {reference}\" en de datum.",
        "id_no_copy": "Wij bewaren nooit een kopie van uw identiteitsbewijs. Wij leggen alleen "
                      "vast wie uw identiteit heeft gecontroleerd, wanneer en hoe, en vernietigen "
                      "de kopie direct daarna.",
        "id_send_email": "U kunt de kopie sturen naar {email} of per post naar het adres "
                         "bovenaan deze brief. Vermeld daarbij ons kenmerk {reference}.",
        "id_send_post": "U kunt de kopie per post sturen naar het adres bovenaan deze brief. "
                        "Vermeld daarbij ons kenmerk {reference}.",
        "id_deadline": "Wij moeten uw verzoek uiterlijk op {deadline} beantwoorden. Stuur het "
                       "bewijs daarom zo snel mogelijk. Zolang wij uw identiteit niet kunnen "
                       "vaststellen, kunnen wij uw verzoek niet uitvoeren (artikel 12 lid 2 AVG).",
        # extension
        "ext_why": "Wij hebben meer tijd nodig om uw verzoek zorgvuldig te behandelen. Op grond "
                   "van artikel 12 lid 3 AVG verlengen wij de termijn daarom met twee maanden. "
                   "Onze redenen zijn:",
        "ext_new": "U ontvangt ons antwoord uiterlijk op {deadline}, in plaats van uiterlijk op "
                   "{original}.",
        "ext_new_only": "U ontvangt ons antwoord uiterlijk op {deadline}.",
        "ext_in_time": "Wij laten u dit binnen een maand na ontvangst van uw verzoek weten, zoals "
                       "de AVG voorschrijft.",
        "ext_complaint": "Bent u het niet eens met deze verlenging, dan heeft u het recht een "
                         "klacht in te dienen bij de {authority} ({url}). U kunt ook naar de "
                         "rechter stappen.",
        # refusal
        "ref_why": "Wij hebben uw verzoek zorgvuldig bekeken. Wij zijn van oordeel dat het "
                   "kennelijk ongegrond of buitensporig is in de zin van artikel 12 lid 5 AVG. "
                   "Wij geven daarom geen gevolg aan uw verzoek. Onze redenen zijn:",
        "ref_complaint": "Bent u het niet eens met deze beslissing, dan heeft u het recht een "
                         "klacht in te dienen bij de {authority} ({url}).",
        "ref_court": "U kunt ook naar de rechter stappen (artikel 79 AVG). Dat doet u met een "
                     "verzoekschrift aan de rechtbank, binnen zes weken nadat u deze brief heeft "
                     "ontvangen (artikel 35 UAVG).",
        # answers
        "no_data": "Wij hebben in onze administratie gezocht naar gegevens over u. Wij "
                   "verwerken geen persoonsgegevens over u.",
        "no_data_done": "Wij hoefden daarom niets te doen om uw verzoek uit te voeren.",
        "note": "Toelichting: {note}",
        "acc_intro": "Hieronder vindt u een kopie van alle persoonsgegevens die wij van u "
                     "verwerken, gevolgd door de informatie waarop u volgens artikel 15 AVG "
                     "recht heeft.",
        "h_details": "Uw gegevens",
        "col_field": "Gegeven",
        "col_value": "Waarde",
        "none_details": "Wij hebben geen contactgegevens van u.",
        "h_notes": "Notities over ons contact met u",
        "col_date": "Datum",
        "col_note": "Notitie",
        "none_notes": "Wij hebben geen notities over u.",
        "h_consents": "Uw toestemmingen",
        "col_purpose": "Doel",
        "col_given": "Gegeven op",
        "col_withdrawn": "Ingetrokken op",
        "not_withdrawn": "niet ingetrokken",
        "none_consents": "U heeft ons geen toestemming gegeven.",
        "h_requests": "Uw verzoeken",
        "col_reference": "Kenmerk",
        "col_kind": "Soort verzoek",
        "col_received": "Ontvangen op",
        "col_status": "Status",
        "h_activities": "Verwerkingen die u betreffen",
        "activities": "Per verwerking staan hieronder het doel, de grondslag, de soorten "
                      "gegevens, hoe lang wij ze bewaren en wie ze kan ontvangen.",
        "lbl_purpose": "Doel: {value}",
        "lbl_basis": "Grondslag: {value}",
        "lbl_categories": "Soorten gegevens: {value}",
        "lbl_retention": "Bewaartermijn: {value}",
        "lbl_recipients": "Ontvangers: {value}",
        "lbl_source": "Herkomst: {value}",
        "none_activities": "Er zijn geen verwerkingen die u betreffen.",
        "none_short": "geen",
        "interest": "{basis}; ons belang: {interest}",
        "h_art15": "Informatie volgens artikel 15 AVG",
        "h_purposes": "Doelen en grondslagen",
        "purposes": "Wij verwerken uw gegevens alleen voor de doelen en op de grondslagen die "
                    "hierboven per verwerking staan.",
        "purposes_none": "Wij verwerken uw gegevens voor geen enkel doel meer.",
        "h_categories": "Soorten gegevens",
        "categories": "Wij verwerken deze soorten persoonsgegevens van u: {categories}.",
        "h_recipients": "Ontvangers",
        "recipient_categories": "Wij kunnen uw gegevens delen met deze soorten ontvangers: "
                                "{categories}.",
        "recipient_names": "De ontvangers bij naam: {names}.",
        "recipients_none": "Wij delen uw gegevens met niemand.",
        "h_retention": "Bewaartermijn",
        "retention": "Hoe lang wij uw gegevens bewaren, staat hierboven per verwerking. Daarna "
                     "wissen wij ze of maken wij ze onomkeerbaar anoniem.",
        "retention_none": "Wij bewaren uw gegevens niet langer dan nodig is voor de doelen "
                          "hierboven.",
        "h_source": "Herkomst van de gegevens",
        "source": "Uw gegevens komen van: {sources}.",
        "source_self": "Wij hebben uw gegevens van uzelf ontvangen.",
        "h_automated": "Geautomatiseerde besluitvorming",
        "automated_none": "Wij nemen geen besluiten over u die uitsluitend op geautomatiseerde "
                          "verwerking berusten, en wij maken geen profiel van u (artikel 22 AVG).",
        "automated_yes": "Bij een of meer van de verwerkingen hierboven nemen wij besluiten die "
                         "uitsluitend op geautomatiseerde verwerking berusten (artikel 22 AVG). U "
                         "kunt vragen om tussenkomst van een medewerker, uw standpunt geven en het "
                         "besluit aanvechten. Op verzoek leggen wij u uit hoe zo'n besluit tot "
                         "stand komt en wat de gevolgen voor u zijn.",
        "h_rights": "Uw rechten",
        "rights": "U heeft het recht op:",
        "right_rectification": "rectificatie: onjuiste of onvolledige gegevens laten "
                               "corrigeren of aanvullen (artikel 16 AVG);",
        "right_erasure": "wissing: uw gegevens laten wissen (artikel 17 AVG);",
        "right_restriction": "beperking: de verwerking van uw gegevens laten beperken "
                             "(artikel 18 AVG);",
        "right_objection": "bezwaar: bezwaar maken tegen de verwerking van uw gegevens, en "
                           "tegen direct marketing altijd (artikel 21 AVG);",
        "right_portability": "overdraagbaarheid: uw gegevens in een gangbaar, machineleesbaar "
                             "bestand ontvangen of laten overdragen (artikel 20 AVG);",
        "right_withdraw": "intrekking van een gegeven toestemming, op elk moment "
                          "(artikel 7 lid 3 AVG).",
        "complaint_right": "U heeft ook het recht een klacht in te dienen bij de {authority} "
                           "({url}).",
        "rect_done": "Wij hebben uw gegevens gecorrigeerd. Dit is gewijzigd:",
        "col_before": "Voorheen",
        "col_after": "Nu",
        "empty_value": "(leeg)",
        "er_done": "Wij hebben uw persoonsgegevens gewist of onomkeerbaar geanonimiseerd, "
                   "overal waar wij ze bewaren.",
        "er_removed": "Verwijderd:",
        "er_kept": "Deze gegevens bewaren wij nog, elk met de reden en tot wanneer. Wij "
                   "gebruiken ze voor niets anders en wissen ze zodra de reden vervalt:",
        "col_what": "Wat",
        "col_why": "Waarom",
        "col_until": "Bewaard tot",
        "until_open": "zolang de plicht duurt",
        "er_nothing_kept": "Wij bewaren geen persoonsgegevens meer over u.",
        "er_backups": "Uw gegevens kunnen nog in onze back-ups staan. Back-ups worden "
                      "automatisch vervangen: uiterlijk op {date} bestaat er geen back-up met uw "
                      "gegevens meer. Tot dan gebruiken wij ze alleen om na een storing gegevens "
                      "terug te zetten, en dan wissen wij uw gegevens opnieuw.",
        "res_done": "Wij hebben de verwerking van uw persoonsgegevens beperkt. Uw gegevens zijn "
                    "in onze administratie gemarkeerd als beperkt. Dat betekent: wij bewaren "
                    "ze, maar wij verwerken ze verder niet, behalve om ze op te slaan. Alleen "
                    "met uw toestemming, voor een rechtsvordering, ter bescherming van de "
                    "rechten van een ander of om gewichtige redenen van algemeen belang mogen "
                    "wij ze toch gebruiken (artikel 18 lid 2 AVG).",
        "res_lift": "Voordat wij de beperking opheffen, laten wij u dat weten "
                    "(artikel 18 lid 3 AVG).",
        "obj_done": "Wij hebben uw bezwaar tegen direct marketing vastgelegd. Dit bezwaar is "
                    "absoluut (artikel 21 lid 3 AVG): vanaf nu ontvangt u van ons geen "
                    "nieuwsbrieven of andere marketing meer, en wij gebruiken uw gegevens niet "
                    "meer voor direct marketing.",
        "port_done": "U vindt uw persoonsgegevens in het bijgevoegde bestand {file}. Dat is een "
                     "ZIP-bestand met uw gegevens in JSON en in CSV, beide in UTF-8: gangbare, "
                     "machineleesbare formaten die u zelf kunt openen of aan een andere "
                     "organisatie kunt geven (artikel 20 AVG).",
        "port_file": "het bijgevoegde ZIP-bestand",
        "port_contains": "Het bestand bevat:",
        "port_fields": "uw contactgegevens ({count} gegevens);",
        "port_notes": "de notities over ons contact met u ({count});",
        "port_consents": "uw toestemmingen, met de datum van geven en intrekken ({count}).",
        "port_direct": "Wilt u dat wij uw gegevens rechtstreeks aan een andere organisatie "
                       "sturen? Laat het ons weten; waar dat technisch mogelijk is, doen wij dat "
                       "(artikel 20 lid 2 AVG).",
        "wd_done": "Wij hebben uw toestemming ingetrokken:",
        "wd_effect": "Vanaf die datum verwerken wij uw gegevens niet meer op basis van deze "
                     "toestemming. De verwerking vóór de intrekking blijft rechtmatig "
                     "(artikel 7 lid 3 AVG). De intrekking zelf leggen wij vast, zodat wij "
                     "kunnen aantonen dat wij die respecteren.",
        "wd_none": "Er stond geen geldige toestemming van u geregistreerd; er was dus niets "
                   "in te trekken.",
        "h_notices": "Ontvangers op de hoogte gebracht",
        "col_recipient": "Ontvanger",
        "col_told": "Op de hoogte gebracht",
        "told_impossible": "Niet mogelijk: {reason}",
        "told_not_yet": "nog niet",
        "contact_via": "Heeft u vragen over deze brief, neem dan contact met ons op via {via}, "
                       "en vermeld daarbij ons kenmerk {reference}.",
        "contact": "Heeft u vragen over deze brief, neem dan contact met ons op en vermeld "
                   "daarbij ons kenmerk {reference}.",
        "or": " of ",
        "complaint": "Bent u het niet eens met de manier waarop wij uw verzoek hebben "
                     "behandeld, dan heeft u het recht een klacht in te dienen bij de "
                     "{authority} ({url}).",
        "regards": "Met vriendelijke groet,",
    },
    "en": {
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
                  "\"{controller}, {reference}\" and the date in it.",
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
        "ext_new": "You will receive our answer by {deadline} at the latest, instead of by "
                   "{original}.",
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
        "complaint_right": "You also have the right to lodge a complaint with the {authority} "
                           "({url}).",
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
        "wd_none": "We had no valid consent from you on record, so there was nothing to "
                   "withdraw.",
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
    },
}  # fmt: skip


for _lang in TEXTS:
    TEXTS[_lang].update(OUTCOME_TEXTS[_lang])
    KEPT_WHY_LABELS[_lang].update(KEPT_WHY_EXTRA[_lang])


# --- dates and labels ----------------------------------------------------------------------


def long_date(day: dt.date, lang: str) -> str:
    """The date written out: "25 november 2026" (nl), "25 November 2026" (en)."""
    return f"{day.day} {MONTHS[lang][day.month - 1]} {day.year}"


def short_date(day: dt.date, lang: str) -> str:
    """A date in a table: 25-11-2026 (nl); 25 Nov 2026 (en, as 11-25 would be misread)."""
    if lang == "nl":
        return day.strftime("%d-%m-%Y")
    return f"{day.day} {MONTHS['en'][day.month - 1][:3]} {day.year}"


def label(labels: dict[str, dict[str, str]], lang: str, code: str) -> str:
    return labels[lang].get(code, code)


def field_value(code: str, value: str, lang: str) -> str:
    """A contact field's value as the letter prints it: codes labelled, dates per language."""
    if code in DATE_FIELDS and lang != "nl":
        try:
            return short_date(dt.datetime.strptime(value, "%d-%m-%Y").date(), lang)
        except ValueError:
            return value
    return VALUE_LABELS[lang].get(code, {}).get(value, value)
