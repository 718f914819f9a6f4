"""Issue 8.5: every service that takes user text either saves it exactly or refuses it with
a message. Figures: the examples per service are hypothesis' max_examples below."""

from __future__ import annotations

import datetime as dt

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from soosr_desk.services import contacts, register
from soosr_desk.services import settings as settings_service
from soosr_desk.services.errors import ServiceError, ValidationErrors

TODAY = dt.date(2026, 11, 25)
PIECES = ["\x00", "\x07", "\u202e", "\u200b", "\ufeff", "e\u0301", "😀", "=1+2", "<b>", " ",
          "111222333", "\ud800", "x" * 5000]  # fmt: skip
TEXT = st.lists(
    st.text(st.characters(codec="utf-8", exclude_categories=("Cs",)), max_size=30)
    | st.sampled_from(PIECES),
    max_size=6,
).map("".join)
CONFIG = settings(max_examples=120, deadline=None,
                  suppress_health_check=[HealthCheck.function_scoped_fixture])  # fmt: skip


@CONFIG
@given(name=TEXT, purpose=TEXT, security=TEXT, owner=TEXT)
def test_register_activity(db, name, purpose, security, owner):
    data = register.get_activity(1)
    data.name, data.purpose, data.security_measures, data.owner = name, purpose, security, owner
    data.updated_at = None
    try:
        saved = register.save_activity(data, today=TODAY)
    except ValidationErrors as exc:
        assert all(e.message for e in exc.errors)
        return
    back = register.get_activity(saved.id)
    assert (back.name, back.purpose, back.security_measures, back.owner) == (
        name.strip(), purpose.strip(), security.strip(), owner.strip())  # fmt: skip


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
