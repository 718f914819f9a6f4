"""Issue 15, findings 2, 3, 5 and 9: a restore brings nobody back, a clock set ahead wipes
no backups, the audit trail's end cannot go unnoticed, and an erasure takes a sole
trader's company along."""

from __future__ import annotations

import datetime as dt
import os
import sqlite3
from pathlib import Path

import pytest

from soosr_desk import cli
from soosr_desk.services import audit, backups, checks, database, erasure
from soosr_desk.services import contacts as cs
from soosr_desk.store import models as m
from soosr_desk.store.opening import close_database

TODAY = dt.date.today()
NOW = dt.datetime.now().replace(microsecond=0)


def _person(last: str, company: str = "", **extra) -> int:
    data = cs.ContactData(
        first_name="Zyx",
        last_name=last,
        email=f"{last.lower()}@example.nl",
        company_name=company,
        **extra,
    )
    return cs.save_contact(data, today=TODAY).id


def _db_rows(path: Path, sql: str) -> list[tuple]:
    conn = sqlite3.connect(Path(path).resolve().as_uri() + "?mode=ro", uri=True)
    try:
        return conn.execute(sql).fetchall()
    finally:
        conn.close()


# --- finding 2: a restore re-applies what was done for people's rights --------------------------


def _rights_after_backup(db, db_path) -> tuple[Path, list[int], int, int]:
    erased = [_person(f"Wisbaar{i}") for i in range(3)]
    objector = _person("Bezwaarmaker")
    withdrawer = _person("Intrekker")
    consent = cs.give_consent(withdrawer, "Nieuwsbrief", TODAY, "formulier", today=TODAY)
    info = backups.make_backup(db, db_path, now=NOW - dt.timedelta(minutes=5))
    for cid in erased:
        erasure.erase_contact(cid, reason="manual", today=TODAY)
    cs.set_objection(objector, True, today=TODAY)
    cs.withdraw_consent(consent.id, TODAY, "mail", today=TODAY)
    return info.path, erased, objector, consent.id


def test_a_restore_applies_erasures_objections_and_withdrawals_again(db, db_path):
    backup, erased, objector, consent = _rights_after_backup(db, db_path)
    close_database(db)
    result = database.restore_backup(backup, db_path)
    try:
        assert (result.erasures, result.objections, result.withdrawals) == (3, 1, 1)
        for cid in erased:
            row = m.Contact.get_by_id(cid)
            assert row.erased and row.last_name == "" and row.email == ""
        assert m.Contact.get_by_id(objector).objected_marketing
        assert m.Consent.get_by_id(consent).withdrawn_on == TODAY
        assert audit.verify_chain().broken_at is None
        assert erasure.is_pending() is False  # the erased bytes were made gone in the copy
    finally:
        close_database(m.database_proxy.obj)
    raw = db_path.read_bytes()
    assert b"Wisbaar0" not in raw and b"wisbaar1@example.nl" not in raw


def test_the_copy_kept_aside_is_private_and_rolls_over(db, db_path):
    backup, *_ = _rights_after_backup(db, db_path)
    close_database(db)
    result = database.restore_backup(backup, db_path)
    close_database(m.database_proxy.obj)
    assert result.aside is not None and result.aside.exists()
    if os.name == "posix":
        assert result.aside.stat().st_mode & 0o777 == 0o600
    later = TODAY + dt.timedelta(days=backups.MAX_AGE_DAYS)
    assert result.aside in backups.prune_migration_copies(db_path, later)
    assert not result.aside.exists()


def test_backup_restore_on_the_command_line(db, db_path, capsys):
    backup, erased, *_ = _rights_after_backup(db, db_path)
    close_database(db)
    m.database_proxy.initialize(None)
    with pytest.raises(SystemExit) as info:
        cli.main(["--lang", "en", "backup", "--db", str(db_path), "--restore", str(backup)])
    assert info.value.code == 2 and "--yes" in capsys.readouterr().err
    assert (
        cli.main(
            ["--lang", "en", "backup", "--db", str(db_path), "--restore", str(backup), "--yes"]
        )
        == 0
    )
    out = capsys.readouterr().out
    assert "3 erasures made after this backup were applied again." in out
    assert "1 objection to direct marketing made after this backup was applied again." in out
    assert "1 consent withdrawal made after this backup was applied again." in out
    assert _db_rows(db_path, f"SELECT erased FROM contact WHERE id = {erased[0]}") == [(1,)]


# --- finding 3: a clock set ahead ---------------------------------------------------------------


def _backup_files(folder: Path, moments: list[dt.datetime]) -> None:
    folder.mkdir(parents=True, exist_ok=True)
    for moment in moments:
        (folder / f"soosr-desk-{moment:%Y%m%d-%H%M%S}.db").write_bytes(b"x")


def test_one_start_dated_years_ahead_keeps_the_real_backups(tmp_path):
    folder = tmp_path / "b"
    real = [dt.datetime(2026, 11, d, 9) for d in range(10, 27)]
    _backup_files(folder, real + [dt.datetime(2029, 6, 1, 9)])
    erased_on = dt.datetime(2026, 11, 12, 15)  # the latest erasure
    backups.prune(folder, dt.date(2029, 6, 1), floor_after=erased_on)
    left = sorted(p.name for p in folder.glob("soosr-desk-*.db"))
    assert "soosr-desk-20290601-090000.db" in left
    kept_real = [n for n in left if n.startswith("soosr-desk-2026")]
    # the newest days by count (the 2029 one made at that start is one of them)
    assert len(kept_real) == backups.KEEP_AT_LEAST - 1
    # none from before the latest erasure: the erasure letter's promise holds
    assert all(n > "soosr-desk-20261112-15" for n in kept_real)


def test_a_future_dated_backup_is_suspect_kept_and_gone_after_the_roll_over(tmp_path, db_path):
    folder = backups.backup_dir(db_path)
    today = dt.date(2026, 11, 26)
    future = dt.datetime(2029, 6, 1, 9)
    _backup_files(folder, [dt.datetime(2026, 11, 25, 9), future])
    now = dt.datetime.combine(today, dt.time(10))
    found = backups.list_backups(db_path)
    assert [backups.is_suspect(b, now) for b in found] == [True, False]
    assert backups.newest_good(db_path, now).taken_at == dt.datetime(2026, 11, 25, 9)
    backups.prune(folder, today)
    assert (folder / "soosr-desk-20290601-090000.db").exists()  # kept, flagged
    backups.prune(folder, today + dt.timedelta(days=backups.MAX_AGE_DAYS - 1))
    assert (folder / "soosr-desk-20290601-090000.db").exists()
    backups.prune(folder, today + dt.timedelta(days=backups.MAX_AGE_DAYS))
    assert not (folder / "soosr-desk-20290601-090000.db").exists()


# --- finding 5: the audit trail's end and a rewritten chain ---------------------------------------


def _anchored(db, db_path) -> None:
    for i in range(4):
        _person(f"Audit{i}")
    assert audit.anchor_now(db_path)


def _messages(db_path: Path) -> list[str]:
    return [p.render() for p in checks.database_problems(dt.date.today())]


def _rewrite_chain(*, drop_first: bool = False, fields: str | None = None) -> None:
    """What someone with the file and the source code can do: change or drop an event and
    recompute every hash after it, so the chain verifies again."""
    events = list(m.AuditEvent.select().order_by(m.AuditEvent.id))
    m.AuditEvent.delete().execute()
    prev = ""
    v2 = audit._v2_from()
    for i, e in enumerate(events[1:] if drop_first else events):
        new_id = i + 1
        text = fields if fields is not None and i == 0 else e.fields
        digest = audit._digest(
            prev,
            e.at,
            e.actor,
            e.action,
            e.entity,
            e.entity_id,
            text,
            new_id if new_id >= v2 else None,
        )
        m.AuditEvent.insert(
            id=new_id,
            at=e.at,
            actor=e.actor,
            action=e.action,
            entity=e.entity,
            entity_id=e.entity_id,
            fields=text,
            prev_hash=prev,
            hash=digest,
        ).execute()
        prev = digest


def test_deleting_the_last_events_is_noticed(db, db_path):
    _anchored(db, db_path)
    last = m.AuditEvent.select(m.AuditEvent.id).order_by(m.AuditEvent.id.desc()).limit(2)
    m.AuditEvent.delete().where(m.AuditEvent.id.in_(last)).execute()
    assert audit.verify_chain().broken_at is None  # the chain alone cannot see it
    assert any("2 events at its end were removed" in t for t in _messages(db_path))


def test_deleting_the_last_event_is_noticed_in_the_singular(db, db_path):
    _anchored(db, db_path)
    last = m.AuditEvent.select(m.AuditEvent.id).order_by(m.AuditEvent.id.desc()).limit(1)
    m.AuditEvent.delete().where(m.AuditEvent.id.in_(last)).execute()
    assert any("1 event at its end was removed" in t for t in _messages(db_path))


def test_deleting_every_event_is_noticed(db, db_path):
    _anchored(db, db_path)
    m.AuditEvent.delete().execute()
    assert any("shorter than it was" in t for t in _messages(db_path))


def test_a_chain_rewritten_with_recomputed_hashes_is_noticed(db, db_path):
    _anchored(db, db_path)
    _rewrite_chain(drop_first=True)
    assert audit.verify_chain().broken_at is None
    found = _messages(db_path)
    assert any("shorter than it was" in t or "rewritten" in t for t in found)


def test_an_event_moved_to_another_id_breaks_the_chain(db, db_path):
    _anchored(db, db_path)
    last = m.AuditEvent.select().order_by(m.AuditEvent.id.desc()).first()
    m.AuditEvent.update(id=last.id + 5).where(m.AuditEvent.id == last.id).execute()
    assert audit.verify_chain().broken_at == last.id + 5


def test_every_backup_anchors_the_chain_it_holds(db, db_path):
    for i in range(3):
        _person(f"Kopie{i}")
    backups.make_backup(db, db_path, now=NOW)
    audit.anchor_path(db_path).unlink()  # the settings' anchor gone too
    _rewrite_chain(fields="x")
    assert audit.verify_chain().broken_at is None
    assert any("differs from the one in backup" in t for t in _messages(db_path))


def test_a_restore_moves_the_anchor_to_the_restored_chain(db, db_path):
    backup, *_ = _rights_after_backup(db, db_path)
    assert audit.anchor_now(db_path)
    close_database(db)
    database.restore_backup(backup, db_path)
    try:
        assert checks.database_problems(dt.date.today()) == []
    finally:
        close_database(m.database_proxy.obj)


# --- finding 9: a sole trader's company goes with the person ------------------------------------


def test_the_erasure_takes_an_unused_company_along(db):
    sole = _person("Eenmanszaak", company="Zyxbolt Holding Uniq")
    a = _person("Collega1", company="Gedeelde Firma BV")
    _person("Collega2", company="Gedeelde Firma BV")
    result = erasure.erase_contact(sole, reason="manual", today=TODAY)
    assert result.removed["company"]["rows"] == 1
    assert not m.Company.select().where(m.Company.name == "Zyxbolt Holding Uniq").exists()
    assert "Zyxbolt Holding Uniq" not in cs.company_names("Zyx")
    erasure.erase_contact(a, reason="manual", today=TODAY)
    assert m.Company.select().where(m.Company.name == "Gedeelde Firma BV").exists()
