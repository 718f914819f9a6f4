"""Issue 16 item 7: a second record of one person is found before it is saved, and two
records are merged with everything that hangs on them."""

from __future__ import annotations

import datetime as dt

import pytest

from soosr_desk.rules.validation import normalise_postcode
from soosr_desk.services import contacts, duplicates
from soosr_desk.services.errors import NotAllowed
from soosr_desk.store import models as m

pytestmark = pytest.mark.both_engines  # issue 18: on the file and on a server

TODAY = dt.date(2026, 11, 25)


def _save(**kw) -> contacts.ContactData:
    return contacts.save_contact(contacts.ContactData(**kw), today=TODAY)


@pytest.mark.parametrize(
    ("typed", "country", "stored"),
    [
        ("1051dk", "NL", "1051 DK"),
        (" 1051 dk ", "NL", "1051 DK"),
        ("1051DK", "NL", "1051 DK"),
        ("1051  Dk", "", "1051 DK"),
        ("B-1000", "BE", "B-1000"),
        ("10115", "DE", "10115"),
        ("1051dk", "BE", "1051dk"),
        ("0123 AB", "NL", "0123 AB"),
    ],
)
def test_postcodes_are_written_the_dutch_way(typed, country, stored):
    assert normalise_postcode(typed, country) == stored


def test_a_saved_postcode_is_normalised(db):
    c = _save(first_name="Bart", last_name="Hermans", postcode="1051dk")
    assert m.Contact.get_by_id(c.id).postcode == "1051 DK"


def test_same_email_is_a_duplicate_whatever_the_case(db):
    first = _save(first_name="Bart", last_name="Hermans", email="bart@hermans.nl")
    found = duplicates.find_duplicates(
        contacts.ContactData(first_name="B.", last_name="Herman", email=" Bart@Hermans.NL")
    )
    assert [(d.contact_id, d.reason) for d in found] == [(first.id, duplicates.SAME_EMAIL)]
    assert found[0].name == "Bart Hermans"
    # the contact itself is not its own duplicate
    assert duplicates.find_duplicates(first) == []


def test_same_name_and_postcode_is_a_duplicate(db):
    first = _save(first_name="Bart", last_name="Hermans", postcode="1051 DK")
    same = contacts.ContactData(first_name="bart", last_name="HERMANS", postcode="1051dk")
    assert [d.contact_id for d in duplicates.find_duplicates(same)] == [first.id]
    other_place = contacts.ContactData(first_name="Bart", last_name="Hermans", postcode="2011 AB")
    assert duplicates.find_duplicates(other_place) == []
    erased = m.Contact.update(erased=True).where(m.Contact.id == first.id)
    erased.execute()
    assert duplicates.find_duplicates(same) == []


def test_merge_moves_everything_and_keeps_the_stricter_flags(db):
    keep = _save(first_name="Bart", last_name="Hermans", email="bart@hermans.nl")
    other = _save(
        first_name="Bart",
        last_name="Hermans",
        phone="0612345678",
        city="Amsterdam",
        email="bart@hermans.nl",
    )
    contacts.add_note(other.id, "belde over de offerte")
    contacts.give_consent(other.id, "Nieuwsbrief", TODAY, "formulier")
    contacts.set_objection(other.id, True, today=TODAY)
    m.FinancialRecord.create(
        contact=other.id,
        number="F-1",
        record_date=TODAY,
        amount_cents=100,
        description="",
        billed_to="",
    )
    m.RightsRequest.create(
        reference="2026-001",
        year=2026,
        sequence=1,
        kind="access",
        received_on=TODAY,
        channel="email",
        deadline=TODAY,
        contact=other.id,
    )

    merged = duplicates.merge_contacts(keep.id, other.id, today=TODAY)

    for model in (m.ContactNote, m.Consent, m.FinancialRecord, m.RightsRequest):
        assert model.select().where(model.contact == other.id).count() == 0
        assert model.select().where(model.contact == keep.id).count() == 1
    assert merged.phone and merged.city == "Amsterdam"
    assert merged.objected_marketing, "an objection on either record survives the merge"
    gone = m.Contact.get_by_id(other.id)
    assert gone.erased and gone.first_name == "" and gone.email == "" and gone.phone == ""
    assert duplicates.find_duplicates(merged) == []
    events = {(e.action, e.entity_id): e.fields for e in m.AuditEvent.select()}
    assert "notes" in events[("merge", keep.id)] and "consents" in events[("merge", keep.id)]
    assert ("merged_into", other.id) in events
    assert "Bart" not in "".join(events.values())


def test_merge_refuses_a_restricted_contact_and_itself(db):
    keep = _save(first_name="A", last_name="B")
    other = _save(first_name="A", last_name="B")
    with pytest.raises(NotAllowed):
        duplicates.merge_contacts(keep.id, keep.id)
    contacts.set_restriction(other.id, True, "betwist", today=TODAY)
    with pytest.raises(NotAllowed):
        duplicates.merge_contacts(keep.id, other.id)
    assert m.Contact.get_by_id(other.id).last_name == "B"


def test_a_requesters_and_the_controllers_postcode_are_normalised_too(db):
    from soosr_desk.services import requests, settings

    req = requests.save_request(
        requests.RequestData(received_on=TODAY, requester_name="A", requester_postcode="2201bb")
    )
    assert req.requester_postcode == "2201 BB"
    c = settings.get_controller()
    c.postcode = "2201bb"
    assert settings.save_controller(c).postcode == "2201 BB"
