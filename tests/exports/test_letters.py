"""The letters to a requester (Art. 12-22 GDPR), read back from the PDF (tests/pdf_text.py).

Every letter kind and every request kind in Dutch and English: the reference, the date, the
requester's name and address, the subject and what the law requires each letter to say.
"""

from __future__ import annotations

import datetime as dt
import io
import re
from dataclasses import replace

import pytest
from pypdf import PdfReader

from soosr_desk.exports import letters as L
from soosr_desk.exports.safe_text import clean_text
from tests import pdf_text
from tests.exports.payloads import PAYLOADS

TODAY = dt.date(2026, 11, 25)
RECEIVED = dt.date(2026, 11, 2)
DEADLINE = dt.date(2026, 12, 2)
EXTENDED = dt.date(2027, 2, 2)
MARKUP_NAME = "Jan <b>de</b> & Vries <font size=40>"

CONTROLLER = L.Controller(
    name="SOOSR B.V.",
    address_lines=("Kapteynstraat 1", "SBIC-building suite 330", "2201 BB  Noordwijk"),
    phone="071 202 0307",
    email="info@soosr.com",
    website="www.soosr.com",
    kvk_number="28112233",
)


def _activities() -> list[L.ActivityInfo]:
    return [
        L.ActivityInfo(
            name="Uitvoering overeenkomst",
            purpose="Het uitvoeren van de overeenkomst met uw werkgever",
            legal_basis="contract",
            data_categories=("Naam", "E-mailadres"),
            recipients=("ICT-dienstverleners",),
            retention="3 jaar na einde contract",
            source="Klantcontract",
        ),
        L.ActivityInfo(
            name="Direct marketing",
            purpose="Nieuwsbrieven sturen",
            legal_basis="legitimate_interest",
            legitimate_interest="Klanten informeren over nieuwe diensten",
            data_categories=("Naam", "Bedrijfsnaam"),
            recipients=("Externe serverhosting",),
            retention="2 jaar na laatste contact",
        ),
    ]


def _facts(letter_kind: str, request_kind: str, language: str, **changes) -> L.LetterFacts:
    facts = L.LetterFacts(
        letter_kind=letter_kind,
        request_kind=request_kind,
        language=language,
        controller=CONTROLLER,
        today=TODAY,
        reference="AVG-2026-0007",
        received_on=RECEIVED,
        deadline=DEADLINE,
        requester_name="Anna Jansen",
        address_lines=("Anna Jansen", "Dorpsstraat 12", "1234 AB  Leiden"),
        extension_reason="Wij moeten gegevens uit het archief in Zwolle opvragen.",
        refusal_reason="U heeft dit jaar al negen gelijke verzoeken gedaan.",
        contact_fields=[
            ("first_name", "Anna"),
            ("last_name", "Jansen"),
            ("gender", "female"),
            ("email", "anna@example.nl"),
            ("source", "website_form"),
            ("received_on", "03-02-2025"),
            ("shoe_size", "39"),
        ],
        notes=[(dt.datetime(2025, 3, 4, 10, 30), "Gebeld over de offerte")],
        consents=[
            ("Nieuwsbrief", dt.date(2025, 1, 5), dt.date(2026, 11, 3)),
            ("Uitnodigingen", dt.date(2025, 1, 5), None),
        ],
        requests=[("AVG-2026-0007", request_kind, RECEIVED, "in_progress")],
        activities=_activities(),
        recipients=["Boekhoudkantoor Duin", "Hostnet B.V."],
        recipient_parties=[
            L.RecipientInfo("Boekhoudkantoor Duin"),
            L.RecipientInfo("Hostnet B.V."),
        ],
        source="website_form",
        changes=[("email", "anna@oud.example", "anna@example.nl"), ("job_title", "", "Inkoper")],
        removed=["notities: 12", "toestemmingen: 2"],
        kept=[
            L.KeptItem("facturen en betalingen: 3", "fiscal_7y", dt.date(2032, 12, 31)),
            L.KeptItem("gegevens in verzoeken: 1", "request_record", None),
        ],
        backups_roll_over_on=dt.date(2026, 12, 30),
        restricted=True,
        objected=True,
        withdrawn=[("Nieuwsbrief", dt.date(2026, 11, 3))],
        attachment_name="AVG-2026-0007-gegevens.zip",
        outcome=DONE_OUTCOME.get(request_kind, "done"),
    )
    return replace(facts, **changes)


# what the records show after the action of each kind was done (rules.request_outcomes)
DONE_OUTCOME = {
    "rectification": "rectified",
    "erasure": "erased",
    "restriction": "restricted",
    "objection": "marketing_stopped",
    "withdrawal": "withdrawn",
}


def _render(facts: L.LetterFacts) -> list[str]:
    return pdf_text.pages(L.letter_pdf(facts))


def _squash(text: str) -> str:
    return re.sub(r"\s+", "", text)


def _has(pages: list[str], *expected: str) -> None:
    text = _squash("".join(pages))
    for item in expected:
        assert _squash(item) in text, item


def _lacks(pages: list[str], *unexpected: str) -> None:
    text = _squash("".join(pages))
    for item in unexpected:
        assert _squash(item) not in text, item


KIND_NAMES = {
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
SUBJECTS = {
    "nl": {
        "answer": "Antwoord op uw verzoek – {kind}",
        "id_request": "Uw verzoek – {kind}: bewijs van identiteit nodig",
        "extension": "Uw verzoek – {kind}: verlenging van de antwoordtermijn",
        "refusal": "Uw verzoek – {kind}: weigering",
    },
    "en": {
        "answer": "Reply to your request – {kind}",
        "id_request": "Your request – {kind}: proof of identity needed",
        "extension": "Your request – {kind}: extension of the time limit",
        "refusal": "Your request – {kind}: refusal",
    },
}
HEAD = {
    "nl": ("Datum: 25 november 2026", "Ons kenmerk: AVG-2026-0007", "Pagina 1 van"),
    "en": ("Date: 25 November 2026", "Our reference: AVG-2026-0007", "Page 1 of"),
}
AP = ("Autoriteit Persoonsgegevens", "https://autoriteitpersoonsgegevens.nl")


@pytest.mark.parametrize("language", ["nl", "en"])
@pytest.mark.parametrize("request_kind", L.REQUEST_KINDS)
@pytest.mark.parametrize("letter_kind", L.LETTER_KINDS)
def test_every_letter_has_the_letterhead_address_date_reference_and_subject(
    letter_kind, request_kind, language
):
    pages = _render(_facts(letter_kind, request_kind, language))
    subject = SUBJECTS[language][letter_kind].format(kind=KIND_NAMES[language][request_kind])
    _has(pages, *HEAD[language], subject)
    _has(pages, "Anna Jansen", "Dorpsstraat 12", "1234 AB  Leiden")
    _has(pages, "SOOSR B.V.", "Kapteynstraat 1", "2201 BB  Noordwijk", "T 071 202 0307")
    _has(pages, "KvK 28112233", "www.soosr.com", "AVG-2026-0007")
    greeting = "Geachte Anna Jansen," if language == "nl" else "Dear Anna Jansen,"
    received = "2 november 2026" if language == "nl" else "2 November 2026"
    _has(pages, greeting, received)
    # the letter speaks one language only
    other = "Ons kenmerk" if language == "en" else "Our reference"
    _lacks(pages, other)


@pytest.mark.parametrize(
    "language, expected",
    [
        (
            "nl",
            [
                "KopieID",
                "uw pasfoto",
                "(de MRZ)",
                "het documentnummer",
                "burgerservicenummer (BSN)",
                "Wij bewaren nooit een kopie van uw identiteitsbewijs",
                "uiterlijk op 2 december 2026",
                "info@soosr.com",
            ],
        ),
        (
            "en",
            [
                "KopieID",
                "your photo",
                "(the MRZ)",
                "the document number",
                "citizen service number (BSN)",
                "We never keep a copy of your identity document",
                "by 2 December 2026 at the latest",
                "info@soosr.com",
            ],
        ),
    ],
)
def test_id_request_explains_masking_with_kopieid_and_the_deadline(language, expected):
    pages = _render(_facts("id_request", "access", language))
    _has(pages, *expected)


@pytest.mark.parametrize(
    "language, expected",
    [
        (
            "nl",
            [
                "artikel 12 lid 3 AVG",
                "twee maanden",
                "uiterlijk op 2 februari 2027",
                "in plaats van uiterlijk op 2 december 2026",
                "binnen een maand",
            ],
        ),
        (
            "en",
            [
                "Article 12(3) GDPR",
                "two months",
                "by 2 February 2027 at the latest",
                "instead of by 2 December 2026",
                "within one month",
            ],
        ),
    ],
)
def test_extension_gives_reasons_new_deadline_and_the_authority(language, expected):
    facts = _facts("extension", "erasure", language, deadline=EXTENDED, original_deadline=DEADLINE)
    pages = _render(facts)
    _has(pages, *expected, "Wij moeten gegevens uit het archief in Zwolle opvragen.", *AP)


def test_extension_after_the_first_month_does_not_claim_it_was_in_time():
    facts = _facts(
        "extension",
        "access",
        "en",
        deadline=EXTENDED,
        original_deadline=DEADLINE,
        today=dt.date(2026, 12, 10),
    )
    pages = _render(facts)
    _lacks(pages, "within one month")


@pytest.mark.parametrize(
    "language, expected",
    [
        (
            "nl",
            [
                "kennelijk ongegrond of buitensporig",
                "artikel 12 lid 5 AVG",
                "klacht in te dienen bij de Autoriteit Persoonsgegevens",
                "naar de rechter",
                "zes weken",
            ],
        ),
        (
            "en",
            [
                "manifestly unfounded or excessive",
                "Article 12(5) GDPR",
                "complaint with the Autoriteit Persoonsgegevens",
                "go to court",
                "six weeks",
            ],
        ),
    ],
)
def test_refusal_gives_reasons_the_authority_and_the_court(language, expected):
    pages = _render(_facts("refusal", "access", language))
    _has(pages, *expected, "U heeft dit jaar al negen gelijke verzoeken gedaan.", AP[1])


ACCESS = {
    "nl": [
        # a copy of every datum held
        "Uw gegevens",
        "Voornaam",
        "Anna",
        "Geslacht",
        "Vrouw",
        "Gegevens ontvangen op",
        "03-02-2025",
        "shoe_size",
        "39",
        "Herkomst",
        "Contactformulier op onze website",
        "Notities over ons contact met u",
        "04-03-2025 10:30",
        "Gebeld over de offerte",
        "Uw toestemmingen",
        "Nieuwsbrief",
        "05-01-2025",
        "03-11-2026",
        "niet ingetrokken",
        "Uw verzoeken",
        "02-11-2026",
        "In behandeling",
        "Verwerkingen die u betreffen",
        "Uitvoering van een overeenkomst",
        "Gerechtvaardigd belang (artikel 6 lid 1 onder f AVG)",
        "Gerechtvaardigd belang (artikel 6 lid 1 onder f AVG); ons belang: Klanten informeren",
        "Doel: Nieuwsbrieven sturen",
        "Soorten gegevens: Naam, Bedrijfsnaam",
        "Ontvangers: ICT-dienstverleners",
        "Herkomst: Klantcontract",
        # Art. 15 information
        "Doelen en grondslagen",
        "Doel: Het uitvoeren van de overeenkomst met uw werkgever",
        "Soorten gegevens",
        "Naam, E-mailadres, Bedrijfsnaam",
        "Boekhoudkantoor Duin (Nederland)",
        "Hostnet B.V. (Nederland)",
        "Bewaartermijn",
        "Bewaartermijn: 3 jaar na einde contract",
        "staat hierboven per verwerking",
        "Uw gegevens komen van: Contactformulier op onze website; Klantcontract.",
        "Wij nemen geen besluiten over u die uitsluitend op geautomatiseerde",
        "rectificatie",
        "wissing",
        "beperking",
        "bezwaar",
        "overdraagbaarheid",
        "klacht in te dienen bij de Autoriteit Persoonsgegevens",
        AP[1],
    ],
    "en": [
        "Your details",
        "First name",
        "Anna",
        "Gender",
        "Female",
        "Data received on",
        "3 Feb 2025",
        "shoe_size",
        "39",
        "Source",
        "Our website's contact form",
        "Notes on our contact with you",
        "4 Mar 2025 10:30",
        "Gebeld over de offerte",
        "Your consents",
        "Nieuwsbrief",
        "5 Jan 2025",
        "3 Nov 2026",
        "not withdrawn",
        "Your requests",
        "2 Nov 2026",
        "In progress",
        "Processing that concerns you",
        "Performance of a contract",
        "Legitimate interest (Article 6(1)(f) GDPR)",
        "Legitimate interest (Article 6(1)(f) GDPR); our interest: Klanten informeren",
        "Purpose: Nieuwsbrieven sturen",
        "Categories of data: Naam, Bedrijfsnaam",
        "Recipients: ICT-dienstverleners",
        "Source: Klantcontract",
        "Purposes and legal bases",
        "Purpose: Het uitvoeren van de overeenkomst met uw werkgever",
        "Categories of data",
        "Naam, E-mailadres, Bedrijfsnaam",
        "Boekhoudkantoor Duin (Netherlands)",
        "Hostnet B.V. (Netherlands)",
        "Retention period",
        "Retention: 3 jaar na einde contract",
        "is given above for each",
        "Your data came from: Our website's contact form; Klantcontract.",
        "We make no decisions about you based solely on automated processing",
        "rectification",
        "erasure",
        "restriction",
        "object",
        "data portability",
        "complaint with the Autoriteit Persoonsgegevens",
        AP[1],
    ],
}


@pytest.mark.parametrize("language", ["nl", "en"])
def test_access_answer_holds_every_datum_and_the_art15_information(language):
    pages = _render(_facts("answer", "access", language))
    _has(pages, *ACCESS[language])


def test_a_name_ending_in_a_full_stop_ends_the_sentence_once():
    facts = _facts("answer", "access", "nl", recipient_categories_unnamed=["Hostnet B.V."])
    pages = _render(facts)
    _has(pages, "de soort: Hostnet B.V.")
    _lacks(pages, "B.V..")


def test_access_answer_says_when_there_is_automated_decision_making():
    pages = _render(_facts("answer", "access", "nl", automated_decisions=True))
    _has(pages, "Bij een of meer van de verwerkingen hierboven nemen wij besluiten")
    _lacks(pages, "Wij nemen geen besluiten over u")


@pytest.mark.parametrize(
    "language, expected",
    [
        (
            "nl",
            [
                "Wij verwerken geen persoonsgegevens over u.",
                "Uw rechten",
                "wissing",
                "klacht in te dienen bij de Autoriteit Persoonsgegevens",
            ],
        ),
        (
            "en",
            [
                "We hold no personal data about you.",
                "Your rights",
                "erasure",
                "complaint with the Autoriteit Persoonsgegevens",
            ],
        ),
    ],
)
def test_access_without_data_says_so_with_rights_and_complaint(language, expected):
    facts = _facts(
        "answer",
        "access",
        language,
        outcome="no_data",
        contact_fields=[],
        notes=[],
        consents=[],
        requests=[],
        activities=[],
    )
    pages = _render(facts)
    _has(pages, *expected, AP[1])
    _lacks(pages, "Gebeld over de offerte", "Voornaam", "Uw gegevens")


@pytest.mark.parametrize(
    "language, expected",
    [
        (
            "nl",
            [
                "Gegeven",
                "Voorheen",
                "Nu",
                "E-mail",
                "anna@oud.example",
                "anna@example.nl",
                "Functie",
                "(leeg)",
                "Inkoper",
            ],
        ),
        (
            "en",
            [
                "Item",
                "Before",
                "After",
                "E-mail",
                "anna@oud.example",
                "anna@example.nl",
                "Job title",
                "(empty)",
                "Inkoper",
            ],
        ),
    ],
)
def test_rectification_answer_shows_before_and_after(language, expected):
    pages = _render(_facts("answer", "rectification", language))
    _has(pages, *expected)


@pytest.mark.parametrize(
    "language, expected",
    [
        (
            "nl",
            [
                "notities: 12",
                "toestemmingen: 2",
                "facturen en betalingen: 3",
                "artikel 52 Algemene wet inzake rijksbelastingen",
                "31-12-2032",
                "het bewijs dat wij uw verzoek hebben behandeld",
                "zolang de plicht duurt",
                "back-ups",
                "uiterlijk op 30 december 2026",
            ],
        ),
        (
            "en",
            [
                "notities: 12",
                "facturen en betalingen: 3",
                "Article 52 of the Dutch General Tax Act",
                "31 Dec 2032",
                "the record that your request was handled",
                "while the duty lasts",
                "backups",
                "by 30 December 2026",
            ],
        ),
    ],
)
def test_erasure_answer_says_what_was_removed_kept_why_and_backups(language, expected):
    pages = _render(_facts("answer", "erasure", language))
    _has(pages, *expected)


def test_erasure_without_kept_items_says_nothing_is_kept():
    pages = _render(_facts("answer", "erasure", "en", kept=[], backups_roll_over_on=None))
    _has(pages, "We keep no personal data about you any more.")
    _lacks(pages, "backups", "Kept until")


@pytest.mark.parametrize(
    "request_kind, language, expected",
    [
        (
            "restriction",
            "nl",
            [
                "gemarkeerd als beperkt",
                "behalve om ze op te slaan",
                "Voordat wij de beperking opheffen, laten wij u dat weten",
            ],
        ),
        (
            "restriction",
            "en",
            [
                "marked as restricted",
                "other than storing it",
                "Before we lift the restriction, we will tell you",
            ],
        ),
        (
            "objection",
            "nl",
            [
                "absoluut (artikel 21 lid 3 AVG)",
                "vanaf nu",
                "geen nieuwsbrieven of andere marketing meer",
            ],
        ),
        (
            "objection",
            "en",
            ["absolute (Article 21(3) GDPR)", "from now on", "no newsletters or other marketing"],
        ),
        (
            "portability",
            "nl",
            [
                "AVG-2026-0007-gegevens.zip",
                "JSON",
                "CSV",
                "UTF-8",
                "ZIP",
                "uw contactgegevens (7 gegevens)",
                "(1)",
                "uw toestemmingen",
            ],
        ),
        (
            "portability",
            "en",
            [
                "AVG-2026-0007-gegevens.zip",
                "JSON",
                "CSV",
                "UTF-8",
                "ZIP",
                "your contact details (7 items)",
                "your consents",
            ],
        ),
        (
            "withdrawal",
            "nl",
            [
                "Nieuwsbrief",
                "03-11-2026",
                "niet meer op basis van deze",
                "vóór de intrekking blijft rechtmatig",
            ],
        ),
        (
            "withdrawal",
            "en",
            [
                "Nieuwsbrief",
                "3 Nov 2026",
                "no longer process",
                "before the withdrawal remains lawful",
            ],
        ),
    ],
)
def test_answer_per_request_kind(request_kind, language, expected):
    pages = _render(_facts("answer", request_kind, language))
    _has(pages, *expected)


def test_restriction_and_objection_not_granted_do_not_claim_the_effect():
    facts = _facts(
        "answer",
        "restriction",
        "en",
        restricted=False,
        outcome="not_restricted",
        outcome_reason="Your data was never processed beyond storage.",
    )
    pages = _render(facts)
    _has(pages, "We have not restricted", "Your data was never processed beyond storage.")
    _lacks(pages, "marked as restricted")
    pages = _render(
        _facts(
            "answer",
            "objection",
            "en",
            objected=False,
            outcome="objection_denied",
            objection_activity="References",
            outcome_reason="Needed for the tender.",
        ),
    )
    _lacks(pages, "from now on")


@pytest.mark.parametrize("language", ["nl", "en"])
@pytest.mark.parametrize("request_kind", L.REQUEST_KINDS)
def test_every_answer_closes_with_contact_and_complaint(request_kind, language):
    pages = _render(_facts("answer", request_kind, language))
    regards = "Met vriendelijke groet," if language == "nl" else "Kind regards,"
    _has(pages, "info@soosr.com", "071 202 0307", regards, *AP)


@pytest.mark.parametrize(
    "language, expected",
    [
        (
            "nl",
            [
                "artikel 19 AVG",
                "Ontvanger",
                "Hostnet B.V.",
                "20-11-2026",
                "Niet mogelijk: bedrijf bestaat niet meer",
                "wordt op de hoogte gebracht",
            ],
        ),
        (
            "en",
            [
                "Article 19 GDPR",
                "Recipient",
                "Hostnet B.V.",
                "20 Nov 2026",
                "Not possible: bedrijf bestaat niet meer",
                "will be informed",
            ],
        ),
    ],
)
def test_answer_lists_the_recipients_told(language, expected):
    notices = [
        L.Notice("Hostnet B.V.", dt.date(2026, 11, 20)),
        L.Notice("Drukkerij Oud", None, "bedrijf bestaat niet meer"),
        L.Notice("Boekhoudkantoor Duin"),
    ]
    pages = _render(_facts("answer", "erasure", language, notices=notices))
    _has(pages, *expected, "Drukkerij Oud", "Boekhoudkantoor Duin")


def test_without_a_change_no_art19_section():
    """Issue 14 item 5: no Art. 19 paragraph where nothing was changed; where the change
    had no recipients, the letter says there was no one to inform."""
    notices = [L.Notice("Hostnet B.V.")]
    facts = _facts(
        "answer",
        "rectification",
        "nl",
        outcome="not_needed",
        notices=notices,
        outcome_reason="De gegevens kloppen.",
    )
    _lacks(_render(facts), "artikel 19 AVG", "Hostnet B.V.")
    pages = _render(_facts("answer", "erasure", "nl"))
    _has(pages, "Wij hebben uw gegevens aan niemand verstrekt")


def test_status_and_kind_codes_are_labelled():
    statuses = ("new", "in_progress", "waiting_for_id", "answered", "closed", "refused")
    requests = [
        (f"AVG-2026-000{i}", kind, RECEIVED, statuses[i % len(statuses)])
        for i, kind in enumerate(L.REQUEST_KINDS)
    ]
    pages = _render(_facts("answer", "access", "nl", requests=requests))
    _has(
        pages,
        "Nieuw",
        "In behandeling",
        "Wacht op bewijs van identiteit",
        "Beantwoord",
        "Afgehandeld",
        "Geweigerd",
        *KIND_NAMES["nl"].values(),
    )
    _lacks(pages, "waiting_for_id", "in_progress", "legitimate_interest")


def test_markup_in_user_text_prints_as_written():
    facts = _facts(
        "refusal",
        "access",
        "nl",
        requester_name=MARKUP_NAME,
        address_lines=(MARKUP_NAME, "Straat <br/> 1", "1234 AB  <i>Leiden</i>"),
        refusal_reason='Zie <a href="http://evil.example">hier</a> & daar',
    )
    pdf = L.letter_pdf(facts)
    pages = pdf_text.pages(pdf)
    _has(
        pages,
        MARKUP_NAME,
        f"Geachte {MARKUP_NAME},",
        "Straat <br/> 1",
        "<i>Leiden</i>",
        'Zie <a href="http://evil.example">hier</a> & daar',
    )
    assert b"/URI" not in pdf


def test_markup_in_answer_tables_prints_as_written():
    facts = _facts(
        "answer",
        "access",
        "en",
        requester_name=MARKUP_NAME,
        contact_fields=[("last_name", MARKUP_NAME)],
        notes=[(dt.datetime(2026, 1, 2, 9, 0), '<img src="/etc/x.png"/> & <u>x</u>')],
        consents=[("<font color=white>Nieuwsbrief</font>", dt.date(2026, 1, 1), None)],
    )
    pages = _render(facts)
    _has(
        pages,
        MARKUP_NAME,
        '<img src="/etc/x.png"/> & <u>x</u>',
        "<font color=white>Nieuwsbrief</font>",
    )


SHORT_PAYLOADS = [p for p in PAYLOADS if len(p) < 3000]
LATIN1_PAYLOADS = [p for p in SHORT_PAYLOADS if all(ord(c) < 256 for c in p)]


@pytest.mark.parametrize("letter_kind", L.LETTER_KINDS)
def test_bad_text_in_every_user_field_prints_as_typed(letter_kind):
    """RELIABILITY.md R11: every payload in every free-text field; no exception, no link."""
    texts = SHORT_PAYLOADS
    when = dt.datetime(2026, 1, 2, 9, 0)
    facts = _facts(
        letter_kind,
        "access" if letter_kind == "answer" else "erasure",
        "nl",
        requester_name=texts[0],
        address_lines=tuple(texts[:6]),
        extension_reason="\n".join(texts),
        refusal_reason="\n".join(texts),
        outcome_note=texts[1],
        contact_fields=[("first_name", t) for t in texts],
        notes=[(when, t) for t in texts],
        consents=[(t, TODAY, None) for t in texts],
        activities=[L.ActivityInfo(t, t, "consent", t, (t,), (t,), t, t) for t in texts[:10]],
        recipients=texts[:10],
        removed=texts[:10],
        kept=[L.KeptItem(t, t) for t in texts[:10]],
        notices=[L.Notice(t, None, t) for t in texts[:10]],
    )
    pdf = L.letter_pdf(facts)
    text = _squash("".join(pdf_text.pages(pdf)))
    # an ID request prints only the name and address; the others print every field
    printed = texts[:6] if letter_kind == "id_request" else texts
    for payload in [p for p in printed if p in LATIN1_PAYLOADS]:
        printable = _squash(clean_text(payload))
        if printable:
            assert printable[:60] in text, payload
    assert b"/URI" not in pdf


def _many_notes(count: int) -> list[tuple[dt.datetime, str]]:
    start = dt.datetime(2024, 1, 1, 9, 0)
    return [
        (
            start + dt.timedelta(days=i),
            f"Notitie nummer {i:03d} over het gesprek met "
            "de klant; afspraken over levering en facturatie vastgelegd.",
        )
        for i in range(count)
    ]


@pytest.mark.parametrize("language, header", [("nl", "DatumNotitie"), ("en", "DateNote")])
def test_200_notes_break_across_pages_with_the_header_repeated(language, header):
    pages = _render(_facts("answer", "access", language, notes=_many_notes(200)))
    assert len(pages) > 2
    with_notes = [i for i, page in enumerate(pages) if "Notitie nummer" in page]
    assert len(with_notes) > 1 and with_notes[0] < 2
    for i in with_notes[1:]:
        assert header in _squash(pages[i]), f"page {i + 1} has notes without the header"
    _has(pages, "Notitie nummer 000", "Notitie nummer 199")
    label = "Pagina {} van {}" if language == "nl" else "Page {} of {}"
    for number, page in enumerate(pages, 1):
        assert _squash(label.format(number, len(pages))) in _squash(page)
    # only page 1 has the window address; later pages still have the footer
    assert "Dorpsstraat 12" not in pages[1] and "KvK 28112233" in pages[1]


# How long the 200-note letter takes is measured in bench/letters.py, not asserted here
# (issue 20: a time asserted in a test fails on a loaded machine).


@pytest.mark.parametrize(
    "language, greeting", [("nl", "Geachte heer, mevrouw,"), ("en", "Dear Sir or Madam,")]
)
def test_a_requester_without_a_name_gets_a_polite_greeting(language, greeting):
    pages = _render(_facts("id_request", "access", language, requester_name=" "))
    _has(pages, greeting)


def test_unknown_language_falls_back_to_dutch():
    pages = _render(_facts("answer", "objection", "de"))
    _has(pages, "Ons kenmerk: AVG-2026-0007")


@pytest.mark.parametrize("change", [{"letter_kind": "reminder"}, {"request_kind": "complaint"}])
def test_unknown_kinds_are_refused(change):
    with pytest.raises(ValueError):
        L.letter_pdf(replace(_facts("answer", "access", "nl"), **change))


def test_letter_dates():
    assert L.long_date(dt.date(2026, 3, 2), "nl") == "2 maart 2026"
    assert L.long_date(dt.date(2026, 3, 2), "en") == "2 March 2026"
    assert L.short_date(dt.date(2026, 3, 2), "nl") == "02-03-2026"
    assert L.short_date(dt.date(2026, 3, 2), "en") == "2 Mar 2026"


def test_names_outside_latin_1_print_as_written():
    """DejaVu Sans is shipped with the program: no black boxes for ş, Ł or Ĳ."""
    name = "Ayşe Łukasz Ĳsbrand Ğül"
    facts = _facts(
        "answer",
        "access",
        "nl",
        requester_name=name,
        address_lines=(name, "Straat 1", "1234 AB  Leiden"),
    )
    pdf = L.letter_pdf(facts)
    _has(pdf_text.pages(pdf), name)
    reader = PdfReader(io.BytesIO(pdf))  # the fonts in the file: pypdf
    fonts = {
        str(f.get_object()["/BaseFont"])
        for p in reader.pages
        for f in p["/Resources"]["/Font"].values()
    }
    assert any("DejaVuSans" in f for f in fonts), fonts
