"""The wording of the letters to a requester, Dutch and English (used by letters.py).

Fixed text per language. `{name}`-style fields are filled with facts; the whole sentence then
goes through `para`, so user text in it prints as typed. Field names arrive as codes
(`first_name`, `email`, ...) and are labelled here per language, as are the codes some fields
hold, the legal bases, request kinds and statuses, and dates.
"""

from __future__ import annotations

import datetime as dt

from .letter_outcome_texts import KEPT_WHY_EXTRA, OUTCOME_TEXTS
from .letter_texts_en import TEXTS_EN
from .letter_texts_nl import TEXTS_NL

MONTHS = {
    "nl": (
        "januari",
        "februari",
        "maart",
        "april",
        "mei",
        "juni",
        "juli",
        "augustus",
        "september",
        "oktober",
        "november",
        "december",
    ),
    "en": (
        "January",
        "February",
        "March",
        "April",
        "May",
        "June",
        "July",
        "August",
        "September",
        "October",
        "November",
        "December",
    ),
}

FIELD_LABELS = {
    "nl": {
        "first_name": "Voornaam",
        "last_name": "Achternaam",
        "gender": "Geslacht",
        "job_title": "Functie",
        "company": "Bedrijf",
        "street": "Straat en huisnummer",
        "postcode": "Postcode",
        "city": "Plaats",
        "country": "Land",
        "phone": "Telefoon",
        "email": "E-mail",
        "signing_authority": "Tekenbevoegdheid",
        "location": "Standplaats",
        "source": "Herkomst",
        "relation": "Relatie",
        "language": "Taal",
        "received_on": "Gegevens ontvangen op",
        "last_activity": "Laatste contact",
    },
    "en": {
        "first_name": "First name",
        "last_name": "Last name",
        "gender": "Gender",
        "job_title": "Job title",
        "company": "Company",
        "street": "Street and number",
        "postcode": "Postcode",
        "city": "City",
        "country": "Country",
        "phone": "Phone",
        "email": "E-mail",
        "signing_authority": "Signing authority",
        "location": "Location",
        "source": "Source",
        "relation": "Relation",
        "language": "Language",
        "received_on": "Data received on",
        "last_activity": "Last contact",
    },
}

# Labels of the codes some fields hold (rules/vocab.py); an unknown value prints as it is.
VALUE_LABELS = {
    "nl": {
        "gender": {"female": "Vrouw", "male": "Man", "other": "Anders", "unknown": "Onbekend"},
        "signing_authority": {"none": "Geen", "limited": "Beperkt", "full": "Volledig"},
        "source": {
            "website_form": "Contactformulier op onze website",
            "contract": "Klantcontract",
            "supplier": "Leveranciersrelatie",
            "reference": "Referentie",
            "manual": "Ingevoerd door onze medewerkers",
        },
        "relation": {
            "lead": "Belangstellende",
            "customer_contact": "Contactpersoon bij een klant",
            "supplier_contact": "Contactpersoon bij een leverancier",
            "debtor": "Debiteur",
            "reference": "Referentie",
        },
        "language": {"nl": "Nederlands", "en": "Engels"},
        "country": {
            "NL": "Nederland",
            "BE": "België",
            "DE": "Duitsland",
            "FR": "Frankrijk",
            "LU": "Luxemburg",
            "GB": "Verenigd Koninkrijk",
            "IE": "Ierland",
            "US": "Verenigde Staten",
            "CH": "Zwitserland",
            "CA": "Canada",
            "IN": "India",
        },
    },
    "en": {
        "gender": {"female": "Female", "male": "Male", "other": "Other", "unknown": "Unknown"},
        "signing_authority": {"none": "None", "limited": "Limited", "full": "Full"},
        "source": {
            "website_form": "Our website's contact form",
            "contract": "Customer contract",
            "supplier": "Supplier relationship",
            "reference": "Reference",
            "manual": "Entered by our staff",
        },
        "relation": {
            "lead": "Prospect",
            "customer_contact": "Contact at a customer",
            "supplier_contact": "Contact at a supplier",
            "debtor": "Debtor",
            "reference": "Reference",
        },
        "language": {"nl": "Dutch", "en": "English"},
        "country": {
            "NL": "Netherlands",
            "BE": "Belgium",
            "DE": "Germany",
            "FR": "France",
            "LU": "Luxembourg",
            "GB": "United Kingdom",
            "IE": "Ireland",
            "US": "United States",
            "CH": "Switzerland",
            "CA": "Canada",
            "IN": "India",
        },
    },
}
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
}

KIND_LABELS = {
    "nl": {
        "access": "Inzage (artikel 15 AVG)",
        "rectification": "Rectificatie (artikel 16 AVG)",
        "erasure": "Wissing (artikel 17 AVG)",
        "restriction": "Beperking van de verwerking (artikel 18 AVG)",
        "objection": "Bezwaar (artikel 21 AVG)",
        "portability": "Dataportabiliteit (artikel 20 AVG)",
        "withdrawal": "Intrekking van toestemming (artikel 7 lid 3 AVG)",
    },
    "en": {
        "access": "Access (Article 15 GDPR)",
        "rectification": "Rectification (Article 16 GDPR)",
        "erasure": "Erasure (Article 17 GDPR)",
        "restriction": "Restriction of processing (Article 18 GDPR)",
        "objection": "Objection (Article 21 GDPR)",
        "portability": "Data portability (Article 20 GDPR)",
        "withdrawal": "Withdrawal of consent (Article 7(3) GDPR)",
    },
}

STATUS_LABELS = {
    "nl": {
        "new": "Nieuw",
        "in_progress": "In behandeling",
        "waiting_for_id": "Wacht op bewijs van identiteit",
        "answered": "Beantwoord",
        "closed": "Afgehandeld",
        "refused": "Geweigerd",
    },
    "en": {
        "new": "New",
        "in_progress": "In progress",
        "waiting_for_id": "Waiting for proof of identity",
        "answered": "Answered",
        "closed": "Closed",
        "refused": "Refused",
    },
}

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
}

TEXTS: dict[str, dict[str, str]] = {"nl": dict(TEXTS_NL), "en": dict(TEXTS_EN)}


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
