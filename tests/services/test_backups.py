"""Backups (RELIABILITY.md R6, R7): checked copies without erased residue, 7 daily + 4
weekly, a roll-over date the erasure answer can promise, and a restore that keeps the
current file aside and refuses bad files."""

from __future__ import annotations

import datetime as dt
import hashlib
import os
import sqlite3
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from soosr_desk.services import backup_restore, backups
from soosr_desk.services import contacts as contact_service
from soosr_desk.services.backups import BackupError, backups_to_keep, roll_over_date
from soosr_desk.store import db as store_db
from soosr_desk.store import file_checks
from soosr_desk.store import models as m
from soosr_desk.store.location import data_dir
from soosr_desk.store.opening import close_database, open_database
from tests.examples import examples

NOW = dt.datetime(2026, 3, 18, 9, 30, 0)  # a Wednesday


def _table_hashes(path: Path) -> dict[str, str]:
    conn = sqlite3.connect(Path(path).resolve().as_uri() + "?mode=ro", uri=True)
    try:
        names = [
            r[0]
            for r in conn.execute(
                "SELECT name FROM sqlite_master WHERE type='table' AND name NOT LIKE 'sqlite_%'"
            )
        ]
        return {
            name: hashlib.sha256(
                repr(sorted(conn.execute(f'SELECT * FROM "{name}"').fetchall(), key=repr)).encode()
            ).hexdigest()
            for name in names
        }
    finally:
        conn.close()


def _add_contact(last_name: str, first_name: str = "Test") -> int:
    data = contact_service.ContactData(first_name=first_name, last_name=last_name)
    return contact_service.save_contact(data, today=NOW.date()).id


def _sha(path: Path) -> str:
    return hashlib.sha256(Path(path).read_bytes()).hexdigest()


# --- making a backup ----------------------------------------------------------------------


def test_backup_is_a_checked_copy_with_the_same_rows(db, db_path):
    for i in range(5):
        _add_contact(f"Backupperson{i}")
    info = backups.make_backup(db, db_path, now=NOW)
    assert info.path.name == "soosr-desk-20260318-093000.db"
    assert info.path.parent == backups.backup_dir(db_path)
    assert info.path.is_relative_to(data_dir() / "backups")
    assert info.taken_at == NOW and info.size == info.path.stat().st_size
    copied, live = _table_hashes(info.path), _table_hashes(db_path)
    assert copied.keys() == live.keys()
    assert {t: h for t, h in copied.items() if t != "audit_event"} == {
        t: h for t, h in live.items() if t != "audit_event"
    }  # the live file has the "backup" event in addition
    copy = sqlite3.connect(info.path.resolve().as_uri() + "?mode=ro", uri=True)
    try:
        assert copy.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        assert copy.execute("PRAGMA application_id").fetchone()[0] == file_checks.APPLICATION_ID
        names = {r[0] for r in copy.execute("SELECT last_name FROM contact")}
        assert {f"Backupperson{i}" for i in range(5)} <= names
    finally:
        copy.close()
    # no temporary file is left behind, and the backup is recorded by file name only
    assert sorted(p.name for p in info.path.parent.iterdir()) == [info.path.name]
    event = m.AuditEvent.select().order_by(m.AuditEvent.id.desc()).first()
    assert (event.action, event.entity, event.fields) == ("backup", "database", info.path.name)


def test_two_databases_never_share_a_backup_folder(tmp_path):
    a = tmp_path / "one" / "desk.db"
    b = tmp_path / "two" / "desk.db"
    assert backups.backup_dir(a) != backups.backup_dir(b)
    assert backups.backup_dir(a) == backups.backup_dir(tmp_path / "one" / ".." / "one" / "desk.db")
    assert backups.backup_dir(a).name.startswith("desk-")


def test_two_backups_in_the_same_second_are_both_kept(db, db_path):
    first = backups.make_backup(db, db_path, now=NOW)
    second = backups.make_backup(db, db_path, now=NOW)
    assert first.path != second.path and first.path.exists() and second.path.exists()
    assert [b.path for b in backups.list_backups(db_path)] == [second.path, first.path]


@pytest.mark.parametrize("secure_delete", ["on", "off"])
def test_a_backup_after_an_erasure_holds_none_of_its_bytes(db, db_path, secure_delete):
    """Why VACUUM INTO: with secure_delete off (an old file, an outside tool) the deleted
    row stays in the page; the backup API would copy it, VACUUM INTO does not."""
    unique = "Qwzxyvbackuperased"
    _add_contact(unique, first_name="Ymkje")
    store_db.checkpoint_truncate(db)
    db.execute_sql(f"PRAGMA secure_delete = {secure_delete}")
    try:
        with db.atomic():
            m.Contact.delete().where(m.Contact.last_name == unique).execute()
    finally:
        db.execute_sql("PRAGMA secure_delete = on")
    store_db.checkpoint_truncate(db)
    if secure_delete == "off":  # the residue is really there in the live file...
        assert unique.encode() in db_path.read_bytes()
        api_copy = db_path.parent / "api-copy.db"
        store_db.copy_with_backup_api(db_path, api_copy)
        assert unique.encode() in api_copy.read_bytes()  # ...and the backup API copies it
    info = backups.make_backup(db, db_path, now=NOW)
    data = info.path.read_bytes().lower()
    assert unique.lower().encode() not in data
    assert b"ymkje" not in data
    assert unique.encode("utf-16-le").lower() not in data


def test_no_backup_inside_an_open_transaction(db, db_path):
    with db.atomic():
        _add_contact("Intransaction")
        with pytest.raises(RuntimeError):
            backups.make_backup(db, db_path, now=NOW)
    assert backups.list_backups(db_path) == []


def test_a_copy_that_fails_its_check_is_removed(db, db_path, monkeypatch):
    monkeypatch.setattr(
        file_checks, "inspect_copy", lambda path: file_checks.CopyFacts(True, False)
    )
    with pytest.raises(BackupError) as info:
        backups.make_backup(db, db_path, now=NOW)
    assert "did not pass its check and was removed" in info.value.render()
    assert list(backups.backup_dir(db_path).iterdir()) == []
    assert not m.AuditEvent.select().where(m.AuditEvent.action == "backup").exists()


def test_a_write_failure_says_what_to_do(db, db_path, monkeypatch):
    def full(path, target):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(store_db, "vacuum_into_separately", full)
    with pytest.raises(BackupError) as info:
        backups.make_backup(db, db_path, now=NOW)
    assert "free space" in info.value.render()
    assert list(backups.backup_dir(db_path).iterdir()) == []


def _take_the_write_lock(db_path):
    """Another program writing: it holds the write lock until it rolls back."""
    import sqlite3

    other = sqlite3.connect(str(db_path), check_same_thread=False)
    other.execute("BEGIN IMMEDIATE")
    return other


def _hold_the_write_lock(db_path, seconds):
    """Another program writing: it holds the write lock for `seconds`."""
    import threading

    other = _take_the_write_lock(db_path)
    timer = threading.Timer(seconds, lambda: (other.rollback(), other.close()))
    timer.start()
    return timer


def test_a_backup_is_retried_while_another_program_writes(db, db_path):
    """Issue 16 item 11: the first start's backup failed when the database was busy."""
    db.execute_sql("PRAGMA busy_timeout = 100")  # each try waits 0.1 s here, not 5 s
    timer = _hold_the_write_lock(db_path, 0.4)
    try:
        info = backups.make_backup(db, db_path, now=NOW)
    finally:
        timer.join()
    assert info.path.exists()
    assert m.AuditEvent.select().where(m.AuditEvent.action == "backup").exists()


def test_a_busy_database_is_named_as_the_cause(db, db_path):
    db.execute_sql("PRAGMA busy_timeout = 50")
    other = _take_the_write_lock(db_path)  # held through every retry of the backup
    try:
        with pytest.raises(BackupError) as info:
            backups.make_backup(db, db_path, now=NOW)
    finally:
        other.rollback()
        other.close()
    text = info.value.render()
    assert "another program kept the database busy" in text and "free space" not in text
    assert list(backups.backup_dir(db_path).iterdir()) == []  # no backup without its event


def test_the_windows_own_reads_never_make_the_backup_fail(db, db_path):
    """Issue 20: 'cannot VACUUM - SQL statements in progress' when a read of the window was
    still open on the shared connection."""
    from soosr_desk.services import contacts as cs

    for i in range(300):
        cs.save_contact(cs.ContactData(first_name=f"Lees{i}", last_name="Lezer"))
    cursor = db.execute_sql("SELECT id FROM contact")
    cursor.fetchone()  # a read still in progress
    info = backups.make_backup(db, db_path, now=NOW)
    assert info.path.exists()
    assert len(cursor.fetchall()) == 299


def test_backup_to_a_chosen_file_never_overwrites(db, db_path, tmp_path):
    out = tmp_path / "elsewhere" / "copy.db"
    out.parent.mkdir()
    info = backups.make_backup(db, db_path, now=NOW, out=out)
    assert info.path == out and out.exists()
    assert backups.list_backups(db_path) == []
    before = _sha(out)
    with pytest.raises(BackupError) as err:
        backups.make_backup(db, db_path, now=NOW, out=out)
    assert "never overwritten" in err.value.render()
    assert _sha(out) == before


def test_backup_if_due_makes_one_per_day(db, db_path):
    first = backups.backup_if_due(db, db_path, NOW)
    assert first is not None and first.path.exists()
    assert backups.backup_if_due(db, db_path, NOW + dt.timedelta(hours=5)) is None
    assert len(backups.list_backups(db_path)) == 1
    nxt = backups.backup_if_due(db, db_path, NOW + dt.timedelta(days=1))
    assert nxt is not None and nxt.taken_at.date() == dt.date(2026, 3, 19)
    assert [b.path for b in backups.list_backups(db_path)] == [nxt.path, first.path]


def test_forty_days_of_daily_starts_keep_at_most_eleven_good_backups(db, db_path):
    start = dt.datetime(2026, 1, 5, 8, 45)
    for day in range(40):
        now = start + dt.timedelta(days=day)
        assert backups.backup_if_due(db, db_path, now) is not None
        found = backups.list_backups(db_path)
        assert len(found) <= 11
        assert found[0].taken_at == now
        assert (now.date() - found[-1].taken_at.date()).days < backups.MAX_AGE_DAYS
    assert len(found) == 11
    for info in found:
        assert file_checks.inspect_copy(info.path).ok


# --- which backups are kept ---------------------------------------------------------------


def _daily(first: dt.date, last: dt.date, hour: int = 9) -> list[dt.datetime]:
    days = (last - first).days
    return [
        dt.datetime.combine(first + dt.timedelta(days=i), dt.time(hour)) for i in range(days + 1)
    ]


def test_a_range_of_days_keeps_exactly_seven_daily_and_four_weekly():
    today = NOW.date()  # Wednesday 18 March 2026
    dates = _daily(dt.date(2026, 1, 1), today)
    kept = backups_to_keep(dates, today)
    assert len(kept) == 11
    daily = {dt.date(2026, 3, d) for d in range(12, 19)}
    # before the daily ones: Wed 11 March (newest of its ISO week), then three Sundays
    weekly = {dt.date(2026, 3, 11), dt.date(2026, 3, 8), dt.date(2026, 3, 1), dt.date(2026, 2, 22)}
    assert {k.date() for k in kept} == daily | weekly


def test_the_newest_backup_of_each_day_is_the_one_kept():
    today = NOW.date()
    dates = _daily(dt.date(2026, 2, 1), today, hour=8) + _daily(dt.date(2026, 2, 1), today, hour=17)
    kept = backups_to_keep(dates, today)
    assert len(kept) == 11 and all(k.hour == 17 for k in kept)


def test_the_daily_slots_count_days_that_have_backups():
    today = NOW.date()
    dates = [dt.datetime(2026, 3, d, 9) for d in (2, 4, 6, 9, 11, 13, 16, 18)]
    kept = {k.date() for k in backups_to_keep(dates, today)}
    assert {dt.date(2026, 3, d) for d in (4, 6, 9, 11, 13, 16, 18)} <= kept
    assert dt.date(2026, 3, 2) in kept  # the weekly slot of the week of 2 March


def test_nothing_older_than_the_age_limit_is_kept():
    today = NOW.date()
    old = [dt.datetime(2025, 12, d, 9) for d in range(1, 20)]
    kept = backups_to_keep(old + [dt.datetime(2026, 3, 18, 9)], today)
    assert kept == {dt.datetime(2026, 3, 18, 9)}
    assert backups_to_keep([], today) == set()


def test_roll_over_date_is_thirty_five_days_after_the_erasure():
    assert roll_over_date(dt.date(2026, 3, 18)) == dt.date(2026, 4, 22)
    assert roll_over_date(dt.date(2026, 12, 20)) == dt.date(2027, 1, 24)


def _simulate(start_days: list[dt.date]) -> dict[dt.date, set[dt.datetime]]:
    """What is on disk after the start-up of each day (a backup, then pruning)."""
    on_disk: set[dt.datetime] = set()
    after: dict[dt.date, set[dt.datetime]] = {}
    for day in start_days:
        if not any(d.date() == day for d in on_disk):
            on_disk.add(dt.datetime.combine(day, dt.time(8, 30)))
        on_disk &= backups_to_keep(sorted(on_disk), day)
        after[day] = set(on_disk)
    return after


def _check_roll_over(after: dict[dt.date, set[dt.datetime]]) -> None:
    days = sorted(after)
    for erased_on in days:
        deadline = roll_over_date(erased_on)
        for day in days:
            if day >= deadline:
                holders = [d for d in after[day] if d.date() <= erased_on]
                assert holders == [], (erased_on, day, holders)


def test_four_hundred_days_of_daily_starts():
    first = dt.date(2025, 1, 1)
    days = [first + dt.timedelta(days=i) for i in range(400)]
    after = _simulate(days)
    for day, kept in after.items():
        assert 1 <= len(kept) <= 11
        assert max(kept).date() == day
        assert (day - min(kept).date()).days <= 35
    assert all(len(after[d]) == 11 for d in days[40:])
    _check_roll_over(after)
    # with daily starts the last backup holding erased data goes 29 days after the erasure
    for erased_on in days[:300]:
        later = erased_on + dt.timedelta(days=29)
        assert not [d for d in after[later] if d.date() <= erased_on]


def test_weekday_starts_still_roll_over_in_time():
    first = dt.date(2025, 1, 6)
    days = [first + dt.timedelta(days=i) for i in range(300)]
    weekdays = [
        d
        for d in days
        if d.weekday() < 5 and not (dt.date(2025, 7, 14) <= d <= dt.date(2025, 8, 1))
    ]
    after = _simulate(weekdays)
    assert all(len(kept) <= 11 for kept in after.values())
    _check_roll_over(after)


@settings(max_examples=examples(60), deadline=None)
@given(st.lists(st.integers(min_value=1, max_value=12), min_size=5, max_size=80))
def test_any_pattern_of_starts_rolls_over_in_time(gaps):
    day = dt.date(2025, 1, 1)
    days = []
    for gap in gaps:
        day += dt.timedelta(days=gap)
        days.append(day)
    after = _simulate(days)
    assert all(len(kept) <= 11 for kept in after.values())
    _check_roll_over(after)


def test_prune_deletes_only_old_backups_of_ours(tmp_path):
    folder = tmp_path / "backups"
    folder.mkdir()
    for moment in _daily(dt.date(2026, 1, 1), NOW.date()):
        (folder / f"soosr-desk-{moment:%Y%m%d-%H%M%S}.db").write_bytes(b"x")
    (folder / "notes.txt").write_text("mine")
    (folder / ".soosr-abc123.tmp").write_bytes(b"half a backup")
    deleted = backups.prune(folder, NOW.date())
    left = sorted(p.name for p in folder.iterdir())
    assert "notes.txt" in left and ".soosr-abc123.tmp" not in left
    assert len([n for n in left if n.startswith("soosr-desk-")]) == 11
    assert len(deleted) == len(_daily(dt.date(2026, 1, 1), NOW.date())) - 11 + 1


def test_prune_never_deletes_the_backup_just_made(tmp_path):
    """The clock was set back: the new backup is older than a later one of the same day."""
    folder = tmp_path / "backups"
    folder.mkdir()
    later = folder / "soosr-desk-20260318-170000.db"
    just_made = folder / "soosr-desk-20260318-090000.db"
    later.write_bytes(b"x")
    just_made.write_bytes(b"x")
    backups.prune(folder, NOW.date(), keep=just_made)
    assert later.exists() and just_made.exists()


# --- restoring ----------------------------------------------------------------------------


def test_restore_keeps_the_old_file_aside_and_brings_back_the_backup(db, db_path):
    _add_contact("Beforebackup")
    info = backups.make_backup(db, db_path, now=NOW)
    backup_hashes = _table_hashes(info.path)
    for i in range(100):
        _add_contact(f"Afterbackup{i}")
    m.Contact.update(city="Zwolle").where(m.Contact.last_name == "Beforebackup").execute()
    close_database(db)
    Path(f"{db_path}-wal").write_bytes(b"stale wal of the old file")
    old_sha = _sha(db_path)

    aside = backup_restore.restore(info.path, db_path, now=NOW + dt.timedelta(hours=1))

    assert aside is not None and aside != db_path and _sha(aside) == old_sha
    # the old file's log was emptied into it before it was kept aside (an invalid log, like
    # this one, SQLite ignores): nothing of the old database is left only in a -wal
    wal = Path(f"{aside}-wal")
    assert not wal.exists() or wal.read_bytes() in (b"", b"stale wal of the old file")
    assert not Path(f"{db_path}-wal").exists() and not Path(f"{db_path}-shm").exists()
    assert not [p for p in db_path.parent.iterdir() if p.name.startswith(".soosr-")]
    restored = open_database(db_path)
    try:
        assert m.Contact.select().where(m.Contact.last_name.startswith("Afterbackup")).count() == 0
        assert m.Contact.get(m.Contact.last_name == "Beforebackup").city != "Zwolle"
        event = m.AuditEvent.select().order_by(m.AuditEvent.id.desc()).first()
        assert (event.action, event.fields) == ("restore", info.path.name)
        from soosr_desk.services import audit

        assert audit.verify_chain().broken_at is None
    finally:
        close_database(restored)
    hashes = _table_hashes(db_path)
    for table, digest in backup_hashes.items():
        if table != "audit_event":
            assert hashes[table] == digest, table


def test_restore_when_the_database_file_is_gone(db, db_path):
    info = backups.make_backup(db, db_path, now=NOW)
    close_database(db)
    db_path.rename(db_path.with_name("desk.db.corrupt-20260318"))
    assert backup_restore.restore(info.path, db_path) is None
    close_database(open_database(db_path))


def _damage(path: Path) -> None:
    size = path.stat().st_size
    page = 4096
    start = (size // 2) // page * page
    with open(path, "r+b") as fh:
        fh.seek(start)
        fh.write(b"\x5a" * (3 * page))


def _newer(path: Path) -> None:
    conn = sqlite3.connect(path)
    conn.execute("PRAGMA user_version = 99")
    conn.commit()
    conn.close()


def _foreign(path: Path) -> None:
    path.unlink()
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE t(x)")
    conn.commit()
    conn.close()


@pytest.mark.parametrize(
    "spoil, words",
    [
        (_damage, "is damaged"),
        (lambda p: p.write_bytes(b"PK\x03\x04 an xlsx renamed to .db" * 100), "not a SOOSR Desk"),
        (_newer, "newer version"),
        (_foreign, "not a SOOSR Desk"),
    ],
)
def test_a_bad_backup_is_refused_and_nothing_changes(db, db_path, spoil, words):
    info = backups.make_backup(db, db_path, now=NOW)
    spoil(info.path)
    close_database(db)
    before = sorted(os.listdir(db_path.parent))
    old_sha = _sha(db_path)
    with pytest.raises(BackupError) as err:
        backup_restore.restore(info.path, db_path)
    assert words in err.value.render()
    assert info.path.name in err.value.render()
    assert _sha(db_path) == old_sha
    assert sorted(os.listdir(db_path.parent)) == before


def test_copies_made_before_a_migration_go_with_the_backups(db, db_path):
    import datetime as dt

    old = db_path.with_name(db_path.name + ".v0-20260101.bak")
    recent = db_path.with_name(db_path.name + ".v0-20261120.bak")
    other = db_path.with_name("other.db.v0-20260101.bak")
    for p in (old, recent, other):
        p.write_bytes(b"x")
    today = dt.date(2026, 11, 25)
    assert backups.prune_migration_copies(db_path, today) == [old]
    assert not old.exists() and recent.exists() and other.exists()
