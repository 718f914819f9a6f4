"""Backups of an office database on a server (issue 18): pg_dump or the program's own
export, the same roll-over as a file's backups, and a restore that brings nobody back."""

from __future__ import annotations

import datetime as dt

import pytest

from soosr_desk.services import audit, backups, backups_server, contacts, database, erasure
from soosr_desk.store import models as m
from soosr_desk.store import server

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
