"""Backups of an office database on a server (issue 18): pg_dump or the program's own
export, the same roll-over as a file's backups, and a restore that brings nobody back."""

from __future__ import annotations

import datetime as dt

import pytest

from soosr_desk.services import (
    agreements,
    audit,
    backups,
    backups_server,
    contacts,
    database,
    erasure,
    mail_intake,
    third_parties,
)
from soosr_desk.store import models as m
from soosr_desk.store import server, server_documents
from tests.services import mail_files

pytestmark = pytest.mark.parametrize("engine", ["postgresql"])

NOW = dt.datetime(2026, 5, 1, 9, 30)


def _person(first: str, last: str) -> int:
    return contacts.save_contact(
        contacts.ContactData(first_name=first, last_name=last, email=f"{first}@voorbeeld.nl")
    ).id


@pytest.mark.parametrize("pg_dump", [True, False], ids=["pg_dump", "own_export"])
def test_a_restore_brings_no_erased_person_back(db, pg_dump):
    erased = _person("Resurrectia", "Nooitmeer")
    objector = _person("Bezwaarde", "Reclame")
    info = backups_server.make_backup(db, now=NOW, use_pg_dump=pg_dump)
    assert info.path.suffix == (".dump" if pg_dump else ".db")
    assert info.path.parent == backups.backup_dir(db.address.url)
    assert backups.list_backups(db.address.url)[0].path == info.path
    erasure.erase_contact(erased, reason="manual")
    contacts.set_objection(objector, True)
    later = _person("Na", "Backup")

    result = backups_server.restore(db, info.path)

    person = m.Contact.get_by_id(erased)
    assert person.erased and person.first_name == "" and person.email == ""
    assert not m.Contact.select().where(m.Contact.first_name == "Resurrectia").exists()
    assert m.ErasureRecord.select().where(m.ErasureRecord.contact_id == erased).exists()
    assert m.Contact.get_by_id(objector).objected_marketing
    assert (result.erasures, result.objections) == (1, 1)
    assert m.Contact.get_or_none(m.Contact.id == later) is None  # the restore's point in time
    assert result.aside is not None and result.aside.exists()  # the data before: kept
    assert audit.verify_chain().broken_at is None
    last = m.AuditEvent.select().order_by(m.AuditEvent.id.desc()).first()
    assert last.action == "restore"
    newer = _person("Nieuw", "Nummer")  # past every id used, before the restore too
    assert newer > later


def test_server_backups_roll_over_like_the_files(db):
    folder = backups.backup_dir(db.address.url)
    folder.mkdir(parents=True)
    for days in range(60):
        moment = NOW - dt.timedelta(days=days)
        (folder / f"soosr-desk-{moment:%Y%m%d-%H%M%S}.dump").write_bytes(b"x")
    made = backups_server.backup_if_due(db, NOW + dt.timedelta(days=1))
    assert made is not None
    kept = backups.list_backups(db.address.url)
    assert len(kept) == backups.DAILY + backups.WEEKLY
    oldest = min(b.taken_at for b in kept).date()
    assert oldest > (NOW + dt.timedelta(days=1)).date() - dt.timedelta(days=backups.MAX_AGE_DAYS)


def test_a_backup_of_another_database_is_refused_and_nothing_changes(db, tmp_path):
    fake = tmp_path / "soosr-desk-20260101-120000.dump"
    fake.write_bytes(b"PGDMP not really")
    before = m.Contact.select().count()
    with pytest.raises(backups.BackupError):
        backups_server.restore(db, fake)
    assert m.Contact.select().count() == before
    assert server.quick_check(db)


def test_the_days_backup_at_start_up_is_a_dump_on_a_server(db):
    lines = database.start_up_tasks(db.address.url, NOW)
    assert "Today's backup was made." in lines
    assert [b.path.suffix for b in backups.list_backups(db.address.url)] == [".dump"]
    assert "Today's backup was made." not in database.start_up_tasks(db.address.url, NOW)


@pytest.mark.parametrize("pg_dump", [True, False], ids=["pg_dump", "own_export"])
def test_a_restore_leaves_no_document_bytes_without_a_row(db, pg_dump, tmp_path):
    """The documents on the server (issue 18): a pg_dump brings the backup's documents
    back with their rows; documents attached since the backup (an e-mail of a request
    the backup does not hold) do not stay behind without a row naming them."""
    party = third_parties.save_third_party(
        third_parties.ThirdPartyData(name="Boekhoudt B.V.", role="processor", country="NL")
    )
    ag = agreements.save_agreement(
        agreements.AgreementData(third_party_id=party.id, title="VWO", status="draft")
    )
    first, second = tmp_path / "een.pdf", tmp_path / "twee.pdf"
    first.write_bytes(b"%PDF een")
    second.write_bytes(b"%PDF twee")
    agreements.attach_document(ag.id, first)
    before = m.ProcessorAgreement.get_by_id(ag.id).document_file
    info = backups_server.make_backup(db, now=NOW, use_pg_dump=pg_dump)
    agreements.attach_document(ag.id, second)
    facts = mail_intake.read_mail_bytes(mail_files.QP_EML.encode("ascii"), "verzoek.eml")
    mail_intake.request_from_mail(facts, facts.clear_kind, today=dt.date(2026, 7, 2))
    assert len(server_documents.names(db)) == 2

    backups_server.restore(db, info.path)

    assert m.ProcessorAgreement.get_by_id(ag.id).document_file == before
    assert not m.RequestDocument.select().exists()
    if pg_dump:  # the backup's own copy of the document is back, checked
        assert server_documents.names(db) == [before]
        assert agreements.document_path(ag.id).read_bytes() == b"%PDF een"
    else:  # the rows-only export: the replaced document's bytes are gone
        assert server_documents.names(db) == []
        assert agreements.list_agreements(party.id, NOW.date())[0].document == "missing"
