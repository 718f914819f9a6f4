"""Issue 8.5: every service that takes user text either saves it exactly or refuses it with
a message. Figures: the examples per service are hypothesis' max_examples below."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from soosr_desk.services import activities, contacts
from soosr_desk.services import settings as settings_service
from soosr_desk.services.errors import ServiceError, ValidationErrors
from tests.examples import examples

pytestmark = pytest.mark.both_engines  # issue 18: on the file and on a server

TODAY = dt.date(2026, 11, 25)
PIECES = [
    "\x00",
    "\x07",
    "\u202e",
    "\u200b",
    "\ufeff",
    "e\u0301",
    "😀",
    "=1+2",
    "<b>",
    " ",
    "111222333",
    "\ud800",
    "x" * 5000,
]
TEXT = st.lists(
    st.text(st.characters(codec="utf-8", exclude_categories=("Cs",)), max_size=30)
    | st.sampled_from(PIECES),
    max_size=6,
).map("".join)
CONFIG = settings(
    max_examples=examples(120),
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture],
)


@CONFIG
@given(name=TEXT, purpose=TEXT, security=TEXT, owner=TEXT)
def test_register_activity(db, name, purpose, security, owner):
    data = activities.get_activity(1)
    data.name, data.purpose, data.security_measures, data.owner = name, purpose, security, owner
    data.updated_at = None
    try:
        saved = activities.save_activity(data, today=TODAY)
    except ValidationErrors as exc:
        assert all(e.message for e in exc.errors)
        return
    back = activities.get_activity(saved.id)
    assert (back.name, back.purpose, back.security_measures, back.owner) == (
        name.strip(),
        purpose.strip(),
        security.strip(),
        owner.strip(),
    )


@CONFIG
@given(name=TEXT, street=TEXT, email=TEXT)
def test_controller_settings(db, name, street, email):
    data = settings_service.get_controller()
    data.name, data.street, data.email = name, street, email
    try:
        settings_service.save_controller(data)
    except ValidationErrors:
        return
    back = settings_service.get_controller()
    assert (back.name, back.street, back.email) == (name.strip(), street.strip(), email.strip())


@CONFIG
@given(note=TEXT, purpose=TEXT, evidence=TEXT)
def test_notes_and_consents(db, note, purpose, evidence):
    cid = contacts.save_contact(contacts.ContactData(last_name="Fuzz"), today=TODAY).id
    try:
        saved = contacts.add_note(cid, note)
        assert saved.text == note.strip()
    except ServiceError:
        pass
    try:
        c = contacts.give_consent(cid, purpose, TODAY, evidence, today=TODAY)
        assert (c.purpose, c.evidence) == (purpose.strip(), evidence.strip())
    except ServiceError:
        pass


@CONFIG
@given(name=TEXT, receives=TEXT, safeguard=TEXT, notes=TEXT)
def test_third_parties(db, name, receives, safeguard, notes):
    from soosr_desk.services import third_parties

    data = third_parties.ThirdPartyData(
        name=name, receives=receives, safeguard=safeguard, notes=notes, country="US"
    )
    try:
        saved = third_parties.save_third_party(data)
    except ValidationErrors as exc:
        assert all(e.message for e in exc.errors)
        return
    back = third_parties.get_third_party(saved.id)
    assert (back.name, back.receives, back.safeguard, back.notes) == (
        name.strip(),
        receives.strip(),
        safeguard.strip(),
        notes.strip(),
    )


@CONFIG
@given(title=TEXT, sub=TEXT, note=TEXT, signed=st.dates(dt.date(1800, 1, 1), dt.date(2200, 1, 1)))
def test_processor_agreements(db, title, sub, note, signed):
    from soosr_desk.services import agreements, third_parties

    party = third_parties.save_third_party(third_parties.ThirdPartyData(name="Fuzz B.V."))
    data = agreements.AgreementData(
        third_party_id=party.id, title=title, sub_processors=sub, status="signed", signed_on=signed
    )
    data.checklist["security"].note = note
    try:
        saved = agreements.save_agreement(data, today=TODAY)
    except ValidationErrors as exc:
        assert all(e.message for e in exc.errors)
        assert (
            signed > TODAY or signed.year < 1900 or any(e.field != "signed_on" for e in exc.errors)
        )
        return
    back = agreements.get_agreement(saved.id)
    assert (back.title, back.sub_processors, back.checklist["security"].note) == (
        title.strip(),
        sub.strip(),
        note.strip(),
    )
    assert dt.date(1900, 1, 1) <= back.signed_on <= TODAY


@CONFIG
@given(
    name=TEXT,
    description=TEXT,
    city=TEXT,
    received=st.dates(dt.date(1800, 1, 1), dt.date(2200, 1, 1)),
)
def test_rights_requests(db, name, description, city, received):
    from soosr_desk.services import requests as rq

    data = rq.RequestData(
        requester_name=name, description=description, requester_city=city, received_on=received
    )
    try:
        saved = rq.save_request(data, today=TODAY)
    except ValidationErrors as exc:
        assert all(e.message for e in exc.errors)
        return
    assert dt.date(1900, 1, 1) <= received <= TODAY  # the future and the far past are refused
    back = rq.get_request(saved.id)
    assert (back.requester_name, back.description, back.requester_city) == (
        name.strip(),
        description.strip(),
        city.strip(),
    )


@CONFIG
@given(description=TEXT, consequences=TEXT, measures=TEXT, reason=TEXT)
def test_breaches(db, description, consequences, measures, reason):
    from soosr_desk.services import breaches as br

    now = dt.datetime(2026, 11, 25, 12, 0)
    data = br.BreachData(
        found_at=now - dt.timedelta(hours=3),
        description=description,
        consequences=consequences,
        measures=measures,
        report_decision="no_report",
        not_reported_reason=reason,
    )
    try:
        saved = br.save_breach(data, now=now)
    except ValidationErrors as exc:
        assert all(e.message for e in exc.errors)
        return
    back = br.get_breach(saved.id)
    assert (back.description, back.consequences, back.measures, back.not_reported_reason) == (
        description.strip(),
        consequences.strip(),
        measures.strip(),
        reason.strip(),
    )


@CONFIG
@given(reason=TEXT)
def test_request_reasons(db, reason):
    from soosr_desk.services import requests as rq

    req = rq.save_request(rq.RequestData(received_on=TODAY, requester_name="Fuzz"), today=TODAY)
    try:
        back = rq.extend(req.id, reason, today=TODAY)
    except ValidationErrors as exc:
        assert all(e.message for e in exc.errors)
        return
    assert back.extension_reason == reason.strip() and back.extended
