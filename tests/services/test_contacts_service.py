"""The contacts service: validation, the BSN rule, flags, consents, and fuzzed text."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from soosr_desk.services import audit
from soosr_desk.services import contacts as service
from soosr_desk.services.errors import NotAllowed, ValidationErrors
from soosr_desk.store import models as m
from tests.examples import examples

pytestmark = pytest.mark.both_engines  # issue 18: on the file and on a server

TODAY = dt.date(2026, 11, 25)


def _new(**kw) -> service.ContactData:
    data = service.ContactData(first_name="Jan", last_name="Jansen", **kw)
    return service.save_contact(data, today=TODAY)


def test_create_sets_sort_and_search_columns(db):
    c = _new(email="jan@example.nl", company_name="Bakkerij De Molen")
    row = m.Contact.get_by_id(c.id)
    assert row.sort_name.startswith("jansen")
    assert "molen" in row.search_text and "jan@example.nl" in row.search_text
    assert row.company.name == "Bakkerij De Molen"
    assert row.received_on == TODAY


def test_same_company_name_is_reused_case_insensitively(db):
    a = _new(company_name="Bakkerij De Molen")
    b = _new(company_name="bakkerij de molen")
    assert m.Contact.get_by_id(a.id).company_id == m.Contact.get_by_id(b.id).company_id


@pytest.mark.parametrize(
    "field, value",
    [
        ("job_title", "BSN 111222333"),
        ("location", "1112.22.333"),
        ("street", "Dorpsstraat 1, bsn: 111-222-333"),
        ("email", "a@b"),
        ("phone", "06-12"),
        ("phone", "bel mij"),
        ("first_name", "x" * 201),
        ("city", "Leiden\x07"),
    ],
)
def test_refused_values_save_nothing(db, field, value):
    data = service.ContactData(first_name="Jan", last_name="Jansen")
    setattr(data, field, value)
    with pytest.raises(ValidationErrors) as info:
        service.save_contact(data, today=TODAY)
    assert [e.field for e in info.value.errors] == [field]
    assert m.Contact.select().count() == 0
    assert m.AuditEvent.select().count() == 0


@pytest.mark.parametrize(
    "value", ["0612345678", "+31 6 1234 5678", "KvK 12345678", "NL91ABNA0417164300", "1234 AB"]
)
def test_not_a_bsn_is_accepted(db, value):
    c = _new(location=value)
    assert m.Contact.get_by_id(c.id).location == value


def test_received_date_in_the_future_or_before_1900_is_refused(db):
    for when in (TODAY + dt.timedelta(days=1), dt.date(1899, 12, 31)):
        data = service.ContactData(first_name="A", last_name="B", received_on=when)
        with pytest.raises(ValidationErrors):
            service.save_contact(data, today=TODAY)


def test_restricted_contact_cannot_be_edited_until_lifted(db):
    c = _new()
    service.set_restriction(c.id, True, "Juistheid betwist", today=TODAY)
    data = service.get_contact(c.id)
    data.job_title = "Inkoper"
    with pytest.raises(NotAllowed):
        service.save_contact(data, today=TODAY)
    with pytest.raises(NotAllowed):
        service.add_note(c.id, "nieuwe notitie")
    service.set_restriction(c.id, False, today=TODAY)
    data = service.get_contact(c.id)
    data.job_title = "Inkoper"
    assert service.save_contact(data, today=TODAY).job_title == "Inkoper"


def test_objection_blocks_consent_and_withdrawal_keeps_history(db):
    c = _new()
    consent = service.give_consent(c.id, "Nieuwsbrief", TODAY, "formulier", today=TODAY)
    service.withdraw_consent(consent.id, TODAY, today=TODAY)
    assert m.Consent.select().count() == 1
    assert m.Consent.get().withdrawn_on == TODAY
    service.set_objection(c.id, True, today=TODAY)
    with pytest.raises(NotAllowed):
        service.give_consent(c.id, "Nieuwsbrief", TODAY, "formulier", today=TODAY)


def test_withdrawal_before_consent_is_refused(db):
    c = _new()
    consent = service.give_consent(c.id, "Nieuwsbrief", TODAY, "formulier", today=TODAY)
    with pytest.raises(ValidationErrors):
        service.withdraw_consent(consent.id, TODAY - dt.timedelta(days=3), today=TODAY)


def test_audit_holds_field_names_never_values(db):
    c = _new(email="geheim@example.nl", job_title="Directeur")
    service.add_note(c.id, "Vertrouwelijke notitie")
    text = " ".join(f"{e.action} {e.entity} {e.fields}" for e in m.AuditEvent.select())
    for secret in ("geheim@example.nl", "Directeur", "Vertrouwelijke", "Jansen"):
        assert secret not in text
    assert audit.verify_chain().broken_at is None


def test_search_ids_filters_and_sorts(db):
    _new(email="jan@example.nl")
    service.save_contact(
        service.ContactData(first_name="Zoë", last_name="Çelik", city="Leiden"), today=TODAY
    )
    assert len(service.search_ids("celik leiden")) == 1
    assert len(service.search_ids("50%")) == 0
    assert len(service.search_ids("_")) == 0
    ids = service.search_ids("", "name")
    assert [service.rows_for(ids)[i].name for i in ids] == ["Çelik, Zoë", "Jansen, Jan"]
    for key in service.SORT_KEYS:
        assert sorted(service.search_ids("", key)) == sorted(ids)
        assert service.search_ids("", key, True) != []


PIECES = ["\x00", "\x07", "\u202e", "\u200b", "\ufeff", "e\u0301", "😀", "=1+2", "<b>", " "]
TEXT = st.lists(
    st.text(st.characters(codec="utf-8", exclude_categories=("Cs",)), max_size=40)
    | st.sampled_from(PIECES),
    max_size=8,
).map("".join)


@settings(
    max_examples=examples(150),
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture],
)
@given(first=TEXT, last=TEXT, job=TEXT, city=TEXT)
def test_fuzzed_text_is_saved_identically_or_refused(db, first, last, job, city):
    data = service.ContactData(first_name=first, last_name=last, job_title=job, city=city)
    try:
        saved = service.save_contact(data, today=TODAY)
    except ValidationErrors as exc:
        assert exc.errors and all(e.message for e in exc.errors)
        return
    back = service.get_contact(saved.id)
    assert (back.first_name, back.last_name, back.job_title, back.city) == (
        first.strip(),
        last.strip(),
        job.strip(),
        city.strip(),
    )


def test_one_megabyte_note_is_refused_with_a_message(db):
    c = _new()
    with pytest.raises(ValidationErrors) as info:
        service.add_note(c.id, "a" * 1_000_000)
    assert info.value.errors[0].params["max"] == service.NOTE_MAX


@pytest.mark.file_only  # the server's disk is its administrator's
def test_a_full_disk_saves_nothing_half_and_says_so(db):
    from soosr_desk.services.database import storage_problem

    _new()
    pages = db.execute_sql("PRAGMA page_count").fetchone()[0]
    db.execute_sql(f"PRAGMA max_page_count = {pages}")
    before = m.Contact.select().count()
    error = None
    for i in range(2000):
        try:
            _new(job_title="x" * 200, street=f"Straat {i}", location="y" * 200)
        except Exception as exc:  # noqa: BLE001 - the failure is what we test
            error = exc
            break
    assert error is not None, "the database never filled up"
    assert storage_problem(error) is not None and "disk is full" in storage_problem(error)
    db.execute_sql("PRAGMA max_page_count = 1073741823")
    count = m.Contact.select().count()
    audits = m.AuditEvent.select().where(m.AuditEvent.entity == "contact").count()
    assert audits == count, "every contact has its audit event: no half-written action"
    assert count > before
    assert db.execute_sql("PRAGMA integrity_check").fetchone()[0] == "ok"
