"""Erasure: a demo person removed everywhere, what the law keeps kept, and no bytes left in
the database file, its write-ahead log or its journal (RELIABILITY.md R4)."""

from __future__ import annotations

import dataclasses
import datetime as dt
import json
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from soosr_desk.services import audit, contacts, erasure, erasure_rows, retention
from soosr_desk.services.errors import NotAllowed, NotFound
from soosr_desk.store import db as sqlite_store
from soosr_desk.store import models as m

pytestmark = pytest.mark.both_engines  # issue 18: on the file and on a server

TODAY = dt.date(2026, 5, 1)
FIRST, LAST = "Zwaantje", "Quirijnsdochter-Ĳzerman"
EMAIL = "zwaantje.quirijnsdochter@voorbeeld-erase.nl"
NOTE = "Belde over de verhuizing naar Wieringerwaard; wil geen post meer op het oude adres."

DEMO = pytest.mark.demo(contacts=60, seed=11, today=TODAY)


@dataclasses.dataclass
class Person:
    id: int
    strings: list[str]  # every value of hers as the database stores it
    kept_invoice: int
    old_invoice: int
    request: int
    company_name: str


def _demo_person(db) -> Person:
    """A demo contact with notes, consents, a request, a letter and invoices, given a
    name, e-mail and texts found nowhere else, so their absence can be checked. The test
    is marked DEMO: its database starts with the demo data."""
    fr = m.FinancialRecord
    live = m.Contact.erased == False  # noqa: E712
    billed = fr.select(fr.contact).join(m.Contact).where(live).scalar()
    if billed is None:  # the demo gave no invoice to a person: pick a company contact
        billed = (
            m.Contact.select(m.Contact.id).where(live & m.Contact.company.is_null(False)).scalar()
        )
    before = contacts.get_contact(billed)
    data = dataclasses.replace(
        before,
        first_name=FIRST,
        last_name=LAST,
        email=EMAIL,
        phone="06 3847 2915",
        street="Zuiderhaven 77",
        postcode="1778 KX",
        city="Wieringerwaard",
        job_title="Hoofd inkoop",
        restricted=False,
        objected_marketing=False,
        legal_hold=False,
    )
    m.Contact.update(restricted=False, legal_hold=False, objected_marketing=False).where(
        m.Contact.id == billed
    ).execute()
    saved = contacts.save_contact(data, today=TODAY)
    contacts.add_note(saved.id, NOTE, now=dt.datetime(2026, 4, 2, 10, 0))
    evidence = "Aangevinkt door Zwaantje op beurs Wieringerwaard"
    contacts.give_consent(saved.id, "Nieuwsbrief", dt.date(2025, 3, 1), evidence, today=TODAY)
    request = m.RightsRequest.create(
        reference="AVG-2026-9042",
        year=2026,
        sequence=9042,
        kind="erasure",
        received_on=dt.date(2026, 4, 20),
        deadline=dt.date(2026, 5, 20),
        description="Zwaantje wil dat alles over haar verdwijnt, ook de beursnotities.",
        requester_name=f"{FIRST} {LAST}",
        requester_email=EMAIL,
        requester_phone="+31 6 38472915",
        requester_street="Zuiderhaven 77",
        requester_postcode="1778 KX",
        requester_city="Wieringerwaard",
        contact=saved.id,
        status="in_progress",
        outcome_note="Gesproken met Zwaantje, identiteit bekend.",
    )
    m.RequestChange.create(
        request=request, field="email", before="zwaantje@oud-adres.nl", after=EMAIL
    )
    m.RequestLetter.create(
        request=request,
        kind="answer",
        pdf=b"%PDF-1.4 Geachte mevrouw Quirijnsdochter, ...",
        attachment=b"PK zwaantje-export.json",
    )
    company = m.Contact.get_by_id(saved.id).company
    kept = fr.create(
        company=company,
        contact=saved.id,
        number="F2024-99001",
        record_date=dt.date(2024, 3, 1),
        amount_cents=121_00,
        description="Licentie Q1 2024",
        billed_to=company.name,
    )
    old = fr.create(
        company=company,
        contact=saved.id,
        number="F2017-99002",
        record_date=dt.date(2017, 6, 1),
        amount_cents=99_00,
        description="Licentie 2017",
        billed_to=f"{FIRST} {LAST}",
    )
    row = m.Contact.get_by_id(saved.id)
    strings = [
        row.first_name,
        row.last_name,
        row.email,
        row.phone,
        row.street,
        row.postcode,
        row.city,
        row.sort_name,
        row.search_text,
        f"{FIRST} {LAST}",
        NOTE,
        "Aangevinkt door Zwaantje",
        "zwaantje@oud-adres.nl",
        "Quirijnsdochter,",
        "Gesproken met Zwaantje",
        "zwaantje-export",
        "alles over haar verdwijnt",
    ]
    assert row.phone == "+31 6 38472915", "the stored form, as the editor normalises it"
    return Person(saved.id, strings, kept.id, old.id, request.id, company.name)


def _third_parties() -> tuple[m.ProcessingActivity, m.ProcessingActivity]:
    """Parties linked to a contract activity, to a consent activity, to none, and one that
    is no longer active."""
    a = m.ProcessingActivity
    contract = a.select().where(a.legal_basis != "consent").order_by(a.id).first()
    consent = a.create(name="Nieuwsbrief met toestemming", legal_basis="consent")
    linked = m.ThirdParty.create(name="Hostingbedrijf Duinrand")
    mailer = m.ThirdParty.create(name="Nieuwsbrievenbureau Zeewind")
    m.ThirdParty.create(name="Drukkerij Onverbonden")
    gone = m.ThirdParty.create(name="Oud Incassobureau", active=False)
    for party, activity in ((linked, contract), (gone, contract), (mailer, consent)):
        m.ThirdPartyActivity.create(third_party=party, activity=activity)
    return contract, consent


def _files(path: Path) -> dict[str, bytes]:
    out = {}
    for suffix in ("", "-wal", "-journal", "-shm"):
        p = Path(str(path) + suffix)
        if p.exists():
            out[suffix or "db"] = p.read_bytes()
    return out


def _found(path: Path, strings: list[str]) -> list[tuple[str, str]]:
    """(file, string) for every string found in the raw bytes, in UTF-8 and UTF-16."""
    hits = []
    for name, data in _files(path).items():
        for s in strings:
            for encoded in (s.encode("utf-8"), s.encode("utf-16-le")):
                if encoded in data:
                    hits.append((name, s))
    return hits


# --- the bytes ------------------------------------------------------------------------------


@pytest.mark.file_only  # the file's bytes, log and checkpoint
@DEMO
def test_erased_person_leaves_no_bytes_in_db_wal_or_journal(db, db_path):
    person = _demo_person(db)
    assert _found(db_path, person.strings), "the strings are on disk before the erasure"
    steps = []
    result = erasure.erase_contact(
        person.id, reason="manual", today=TODAY, progress=lambda d, t: steps.append((d, t))
    )
    assert result.finished is True and result.message == ""
    assert steps == [(1, 4), (2, 4), (3, 4), (4, 4)]
    assert _found(db_path, person.strings) == []
    wal = Path(str(db_path) + "-wal")
    assert not wal.exists() or wal.stat().st_size == 0
    assert not erasure.is_pending()
    db.close()
    assert _found(db_path, person.strings) == []


def _short_busy_wait(db) -> None:
    """The reader below stays open, so the checkpoint waits the whole busy timeout in
    vain: 0.1 s instead of the program's 5 s keeps the test quick and changes nothing else."""
    db.execute_sql("PRAGMA busy_timeout = 100")


@pytest.mark.file_only  # the file's bytes, log and checkpoint
@DEMO
def test_an_open_reader_means_not_finished_until_it_closes(db, db_path):
    person = _demo_person(db)
    _short_busy_wait(db)
    assert Path(str(db_path) + "-wal").stat().st_size > 0
    reader = sqlite3.connect(str(db_path))
    try:
        reader.execute("BEGIN")
        assert reader.execute("SELECT count(*) FROM contact").fetchone()[0] > 0
        result = erasure.erase_contact(person.id, reason="manual", today=TODAY)
        assert result.finished is False
        assert result.message == erasure.NOT_FINISHED
        assert erasure.is_pending()
        in_wal = [s for name, s in _found(db_path, person.strings) if name == "-wal"]
        assert in_wal, "the reader keeps the erased bytes in the write-ahead log"
        # what the program shows is erased already
        assert m.Contact.get_by_id(person.id).erased
    finally:
        reader.close()
    assert _found(db_path, person.strings), "closing the reader alone does not clean up"
    assert erasure.finish_pending() is True
    assert not erasure.is_pending()
    assert _found(db_path, person.strings) == []


@pytest.mark.file_only  # the file's bytes, log and checkpoint
@DEMO
def test_a_pending_erasure_is_remembered_across_a_restart(db, db_path):
    person = _demo_person(db)
    _short_busy_wait(db)
    reader = sqlite3.connect(str(db_path))
    reader.execute("BEGIN")
    reader.execute("SELECT count(*) FROM contact").fetchone()
    try:
        assert not erasure.erase_contact(person.id, reason="manual", today=TODAY).finished
    finally:
        reader.close()
    db.close()
    from soosr_desk.store.opening import open_database

    again = open_database(db_path)
    try:
        # closing checkpointed the log, but the vacuum has not run: still pending
        assert erasure.is_pending()
        assert erasure.finish_pending() is True
        assert not erasure.is_pending()
        assert _found(db_path, person.strings) == []
    finally:
        again.close()


# --- what is removed, what is kept, what is recorded ------------------------------------------


@DEMO
def test_removed_everywhere_and_the_law_keeps_its_part(db):
    person = _demo_person(db)
    result = erasure.erase_contact(person.id, reason="manual", today=TODAY)
    c = m.Contact.get_by_id(person.id)
    assert c.erased and c.erased_on == TODAY
    for name in (
        "first_name",
        "last_name",
        "email",
        "phone",
        "street",
        "postcode",
        "city",
        "job_title",
        "sort_name",
        "search_text",
        "location",
    ):
        assert getattr(c, name) == "", name
    assert c.company_id is None
    assert contacts.get_contact(person.id).erased
    assert person.id not in contacts.search_ids("")
    assert m.ContactNote.select().where(m.ContactNote.contact == person.id).count() == 0
    assert m.Consent.select().where(m.Consent.contact == person.id).count() == 0

    request = m.RightsRequest.get_by_id(person.request)
    assert (request.reference, request.kind, request.status) == (
        "AVG-2026-9042",
        "erasure",
        "in_progress",
    )
    assert request.requester_name == request.requester_email == request.description == ""
    assert request.outcome_note == ""
    change = m.RequestChange.get(m.RequestChange.request == request)
    assert (change.field, change.before, change.after) == ("email", "", "")
    letter = m.RequestLetter.get(m.RequestLetter.request == request)
    assert (letter.kind, bytes(letter.pdf), letter.attachment) == ("answer", b"", None)

    kept = m.FinancialRecord.get_by_id(person.kept_invoice)
    assert (kept.number, kept.amount_cents, kept.billed_to) == (
        "F2024-99001",
        12100,
        person.company_name,
    )
    assert m.FinancialRecord.get_or_none(id=person.old_invoice) is None, "past seven years"

    assert result.removed["contact"]["rows"] == 1
    assert {"first_name", "last_name", "email", "phone"} <= set(result.removed["contact"]["fields"])
    assert result.removed["contact_note"]["rows"] >= 1
    assert result.removed["consent"]["rows"] >= 1
    assert result.removed["financial_record"]["rows"] >= 1  # the 2017 invoice, maybe more
    assert result.removed["request_letter"]["fields"] == ["attachment", "pdf"]
    assert result.kept["financial_record"]["why"] == "fiscal_7y"
    assert result.kept["financial_record"]["until"] >= "2031-12-31"
    assert result.kept["rights_request"]["why"] == "proof_of_handling"
    assert "requester_name" not in result.kept["rights_request"]["fields"]
    for info in result.kept.values():
        assert info["why"] in erasure_rows.WHY_TEXT


@DEMO
def test_the_erasure_record_and_the_audit_hold_no_values(db):
    person = _demo_person(db)
    result = erasure.erase_contact(
        person.id, reason="request", request_id=person.request, today=TODAY
    )
    record = m.ErasureRecord.get_by_id(result.record_id)
    assert (record.contact_id, record.reason, record.request_id) == (
        person.id,
        "request",
        person.request,
    )
    from soosr_desk.services.backups import roll_over_date

    assert record.backups_roll_over_on == roll_over_date(TODAY)  # for the answer letter
    assert json.loads(record.removed) == result.removed
    assert json.loads(record.kept) == result.kept
    text = record.removed + record.kept
    for s in person.strings + [FIRST, LAST, EMAIL, "Zuiderhaven"]:
        assert s not in text
    tables = {model._meta.table_name: model for model in m.ALL_MODELS}
    for part in (result.removed, result.kept):
        for table, info in part.items():
            if table == "server_copies":  # on a server: its log and backups (no table)
                assert info["rows"] == 0 and "fields" not in info
                continue
            fields = tables[table]._meta.fields
            assert set(info) <= {"rows", "fields", "why", "until"}
            assert all(f in fields for f in info.get("fields", [])), table
    erase = m.AuditEvent.select().where(m.AuditEvent.action == "erase").get()
    assert (erase.entity, erase.entity_id) == ("contact", None)
    for event in m.AuditEvent.select():
        for s in person.strings:
            assert s not in event.fields and s not in event.actor
    assert audit.verify_chain().broken_at is None


def test_recipients_to_tell_are_those_of_the_activities_that_concern_the_person(db):
    _, consent_activity = _third_parties()
    plain = contacts.save_contact(contacts.ContactData(first_name="A", last_name="B"), today=TODAY)
    subscriber = contacts.save_contact(
        contacts.ContactData(first_name="C", last_name="D"), today=TODAY
    )
    m.Consent.create(
        contact=subscriber.id,
        purpose="Nieuwsbrief",
        activity=consent_activity,
        given_on=dt.date(2025, 1, 1),
        evidence="Formulier",
    )
    first = erasure.erase_contact(plain.id, reason="manual", today=TODAY)
    names = [r.name for r in first.recipients if r.kind == "third_party"]
    assert "Hostingbedrijf Duinrand" in names
    assert "Nieuwsbrievenbureau Zeewind" not in names, "no consent: that activity is not hers"
    assert "Drukkerij Onverbonden" not in names, "not linked to a processing activity"
    assert "Oud Incassobureau" not in names, "no longer active"
    a, arc, rc = m.ProcessingActivity, m.ActivityRecipientCategory, m.RecipientCategory
    expected = {
        name
        for name, activity in rc.select(rc.name, a.name)
        .join(arc, on=(arc.category == rc.id))
        .join(a, on=(arc.activity == a.id))
        .where(a.legal_basis != "consent")
        .tuples()
        # a lead (the default relation) is not a customer, debtor or reference (issue 14)
        if activity
        not in ("Klantenaccount", "Direct marketing", "Debiteurenbeheer en incasso", "Referenties")
    }
    assert {r.name for r in first.recipients if r.kind == "category"} == expected != set()
    second = erasure.erase_contact(subscriber.id, reason="manual", today=TODAY)
    names = [r.name for r in second.recipients if r.kind == "third_party"]
    assert "Nieuwsbrievenbureau Zeewind" in names, "told although the consent is erased now"


@DEMO
def test_the_answer_can_keep_the_requesters_address(db):
    person = _demo_person(db)
    result = erasure.erase_contact(
        person.id, reason="request", request_id=person.request, keep_requester=True, today=TODAY
    )
    request = m.RightsRequest.get_by_id(person.request)
    assert (request.requester_name, request.requester_city) == (f"{FIRST} {LAST}", "Wieringerwaard")
    assert request.description == request.outcome_note == ""
    assert result.kept["rights_request"]["why"] == "answer_to_requester"
    assert "requester_name" in result.kept["rights_request"]["fields"]
    assert m.Contact.get_by_id(person.id).first_name == ""
    assert m.ContactNote.select().where(m.ContactNote.contact == person.id).count() == 0


# --- refusals and the retention path ---------------------------------------------------------


@DEMO
def test_legal_hold_refuses_and_changes_nothing(db):
    person = _demo_person(db)
    records = m.ErasureRecord.select().count()  # the demo's own erasure request made one
    m.Contact.update(legal_hold=True).where(m.Contact.id == person.id).execute()
    with pytest.raises(NotAllowed):
        erasure.erase_contact(person.id, reason="manual", today=TODAY)
    assert m.Contact.get_by_id(person.id).first_name == FIRST
    assert m.ErasureRecord.select().count() == records
    assert not erasure.is_pending()


def test_retention_erases_only_what_is_due(db):
    c = contacts.save_contact(
        contacts.ContactData(
            first_name="Hiltje",
            last_name="Wouda",
            source="website_form",
            received_on=dt.date(2024, 5, 2),
        ),
        today=TODAY,
    )
    with pytest.raises(NotAllowed):
        erasure.erase_contact(c.id, reason="retention", today=dt.date(2026, 5, 1))
    assert not m.Contact.get_by_id(c.id).erased
    assert c.id in {r.contact_id for r in retention.due_list(dt.date(2026, 5, 2))}
    result = erasure.erase_contact(c.id, reason="retention", today=dt.date(2026, 5, 2))
    assert result.finished
    assert c.id not in {r.contact_id for r in retention.due_list(dt.date(2026, 5, 2))}


@DEMO
def test_erased_twice_only_to_drop_invoices_past_their_seven_years(db):
    person = _demo_person(db)
    erasure.erase_contact(person.id, reason="manual", today=TODAY)
    with pytest.raises(NotFound):
        erasure.erase_contact(person.id, reason="manual", today=TODAY)
    later = dt.date(2032, 1, 1)  # the 2024 invoice is kept until 31 December 2031
    [row] = [r for r in retention.due_list(later) if r.contact_id == person.id]
    assert row.rule == "fiscal"
    result = erasure.erase_contact(person.id, reason="retention", today=later)
    assert result.removed == {"financial_record": result.removed["financial_record"]}
    assert m.FinancialRecord.get_or_none(id=person.kept_invoice) is None
    assert person.id not in {r.contact_id for r in retention.due_list(later)}


def test_unknown_contact_and_request(db):
    with pytest.raises(NotFound):
        erasure.erase_contact(123_456, reason="manual", today=TODAY)
    c = contacts.save_contact(contacts.ContactData(first_name="A", last_name="B"), today=TODAY)
    with pytest.raises(NotFound):
        erasure.erase_contact(c.id, reason="request", request_id=999, today=TODAY)
    assert not m.Contact.get_by_id(c.id).erased
    with pytest.raises(ValueError):
        erasure.erase_contact(c.id, reason="because", today=TODAY)


def test_the_number_of_an_erased_contact_is_never_given_again(db):
    c = contacts.save_contact(contacts.ContactData(first_name="A", last_name="B"), today=TODAY)
    erasure.erase_contact(c.id, reason="manual", today=TODAY)
    new = contacts.save_contact(contacts.ContactData(first_name="C", last_name="D"), today=TODAY)
    assert new.id != c.id


@pytest.mark.file_only  # the file's bytes, log and checkpoint
@DEMO
def test_checkpoint_and_vacuum_run_after_the_commit(db, monkeypatch):
    """The bytes are only gone after the checkpoint; a failing vacuum is not success."""
    person = _demo_person(db)
    calls = []
    real = sqlite_store.checkpoint_truncate
    monkeypatch.setattr(
        sqlite_store,
        "checkpoint_truncate",
        lambda d, **kw: calls.append(m.Contact.get_by_id(person.id).erased) or real(d, **kw),
    )

    def no_vacuum(_db):
        from peewee import OperationalError

        raise OperationalError("database is locked")

    monkeypatch.setattr(sqlite_store, "vacuum", no_vacuum)
    result = erasure.erase_contact(person.id, reason="manual", today=TODAY)
    assert calls == [True], "checkpointed once, after the erasure committed"
    assert result.finished is False


def test_the_erasure_loads_without_the_text_checks_libraries():
    """The erasure's peak memory is held to twice a bare VACUUM's (issue 20): it needs the
    record stamp, not the text checks' phonenumbers and python-stdnum (3 MB and 77
    modules more when `records` brought them in with `touch`)."""
    code = (
        "import sys\n"
        "from soosr_desk.services import erasure\n"
        "print('phonenumbers' in sys.modules, 'stdnum' in sys.modules)\n"
    )
    out = subprocess.run(
        [sys.executable, "-c", code],
        capture_output=True,
        text=True,
        check=True,
        cwd=Path(__file__).resolve().parents[2],
    )
    assert out.stdout.split() == ["False", "False"]
