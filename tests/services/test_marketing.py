"""The mailing list honours objection, restriction, consent and withdrawal."""

import csv
import datetime as dt

import pytest

from soosr_desk.services import contacts as cs
from soosr_desk.services.marketing import export_mailing_list, mailing_list

pytestmark = pytest.mark.both_engines  # issue 18: on the file and on a server

TODAY = dt.date(2026, 11, 25)


def _c(name, relation="lead", email=True):
    data = cs.ContactData(
        first_name="A",
        last_name=name,
        relation=relation,
        email=f"{name.lower()}@example.nl" if email else "",
    )
    return cs.save_contact(data, today=TODAY).id


def test_who_gets_the_newsletter(db, tmp_path):
    lead_consent = _c("Lead")
    cs.give_consent(lead_consent, "Nieuwsbrief", TODAY, "formulier", today=TODAY)
    lead_none = _c("Geen")  # noqa: F841 - a lead without consent gets nothing
    customer = _c("Klant", "customer_contact")
    objected = _c("Bezwaar", "customer_contact")
    cs.set_objection(objected, True, today=TODAY)
    restricted = _c("Beperkt")
    cs.give_consent(restricted, "Nieuwsbrief", TODAY, "formulier", today=TODAY)
    cs.set_restriction(restricted, True, "betwist", today=TODAY)
    withdrawn = _c("Ingetrokken")
    c = cs.give_consent(withdrawn, "Nieuwsbrief", TODAY, "formulier", today=TODAY)
    cs.withdraw_consent(c.id, TODAY, today=TODAY)
    other_purpose = _c("Event")
    cs.give_consent(other_purpose, "Uitnodigingen evenementen", TODAY, "x", today=TODAY)
    ids = [r[0] for r in mailing_list("Nieuwsbrief")]
    assert sorted(ids) == sorted([lead_consent, customer])
    path = tmp_path / "m.csv"
    assert export_mailing_list("nieuwsbrief", path) == 2
    with open(path, encoding="utf-8-sig") as fh:
        rows = list(csv.reader(fh))
    assert rows[0] == ["voornaam", "achternaam", "e-mail", "bedrijf"] and len(rows) == 3


def test_a_customer_who_withdrew_the_newsletter_consent_is_off_until_a_new_consent(db):
    """Issue 14 item 2: a withdrawal is an opt-out for its purpose (EDPB 05/2020 §121-123),
    although customers would otherwise qualify on legitimate interest."""
    customer = _c("Klant", "customer_contact")
    c = cs.give_consent(customer, "Nieuwsbrief", TODAY, "formulier", today=TODAY)
    assert customer in [r[0] for r in mailing_list("Nieuwsbrief")]
    cs.withdraw_consent(c.id, TODAY, today=TODAY)
    assert customer not in [r[0] for r in mailing_list("Nieuwsbrief")]
    assert customer not in [r[0] for r in mailing_list(" NIEUWSBRIEF ")]
    # another purpose is untouched by this withdrawal
    assert customer in [r[0] for r in mailing_list("Uitnodigingen")]
    cs.give_consent(customer, "Nieuwsbrief", TODAY, "opnieuw aangemeld", today=TODAY)
    assert customer in [r[0] for r in mailing_list("Nieuwsbrief")]
