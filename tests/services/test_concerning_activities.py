"""Issue 14 follow-up: the access answer tells each relation about the activities that
concern them and no others (docs/decisions.md, "Which activities concern a person").
Read back from the letter itself (tests/pdf_text.py)."""

from __future__ import annotations

import datetime as dt

import pytest

from soosr_desk.services import contacts as cs
from soosr_desk.services import requests as rq
from soosr_desk.services.requests import letters as rl
from tests import pdf_text

TODAY = dt.date(2026, 11, 25)
EVERYONE = {
    "Algemeen contact",
    "Wettelijke verplichting",
    "Verdediging tegen juridische aanspraken",
    "Beveiliging",
}
ALL = {a for a in EVERYONE} | {
    "Uitvoering van een overeenkomst",
    "Klantenaccount",
    "Direct marketing",
    "Debiteurenbeheer en incasso",
    "Referenties",
}
EXPECTED = {
    "lead": EVERYONE | {"Uitvoering van een overeenkomst"},
    "customer_contact": EVERYONE
    | {
        "Uitvoering van een overeenkomst",
        "Klantenaccount",
        "Direct marketing",
        "Debiteurenbeheer en incasso",
    },
    "supplier_contact": EVERYONE,
    "debtor": EVERYONE | {"Debiteurenbeheer en incasso"},
    "reference": EVERYONE | {"Referenties"},
}


def _told(relation: str, consent: str = "") -> set[str]:
    c = cs.save_contact(
        cs.ContactData(
            first_name="Anna",
            last_name="de Vries",
            relation=relation,
            email="anna@example.nl",
            received_on=dt.date(2025, 3, 1),
        ),
        today=TODAY,
    )
    if consent:
        cs.give_consent(c.id, consent, dt.date(2025, 3, 1), "formulier", today=TODAY)
    req = rq.save_request(
        rq.RequestData(
            kind="access", received_on=TODAY, language="nl", requester_name="Anna de Vries"
        ),
        today=TODAY,
    )
    rq.link_contact(req.id, c.id)
    letter = rl.make_letter(req.id, "answer", today=TODAY)
    pdf = rl.letter_file(letter.id)[1]
    text = " ".join(pdf_text.pages(pdf))
    return {name for name in ALL if f"Verwerking: {name}" in text or f" {name} Doel" in text}


@pytest.mark.parametrize("relation", sorted(EXPECTED))
def test_each_relation_is_told_about_the_activities_that_concern_it(db, relation):
    assert _told(relation) == EXPECTED[relation]


def test_a_lead_with_a_newsletter_consent_is_told_about_direct_marketing(db):
    assert "Direct marketing" in _told("lead", consent="Nieuwsbrief")
