"""The database file: pragmas on every connection, one writer, careful opening, migrations."""

from __future__ import annotations

import hashlib
import sqlite3
import threading
from pathlib import Path

import pytest
from peewee import SqliteDatabase

from soosr_desk.store import db as sqlite_db
from soosr_desk.store import file_checks, migrations, models, seed
from soosr_desk.store.db import DatabaseOpenError, OpenProblem
from soosr_desk.store.opening import open_database

EXPECTED = {
    "journal_mode": "wal",
    "synchronous": 2,
    "foreign_keys": 1,
    "secure_delete": 1,
    "temp_store": 2,
}


def _sha(path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_pragmas_on_the_connection_from_any_thread(db):
    values = sqlite_db.pragma_values(db)
    for key, value in EXPECTED.items():
        assert values[key] == value
    assert values["busy_timeout"] >= 5000
    seen = {}

    def worker():
        seen.update(sqlite_db.pragma_values(db))
        seen["conn"] = id(db.connection())

    t = threading.Thread(target=worker)
    t.start()
    t.join()
    assert {k: seen[k] for k in EXPECTED} == EXPECTED
    assert seen["conn"] == id(db.connection()), "one connection for every thread"


def test_write_transactions_begin_immediate(db):
    statements = []
    conn = db.connection()
    conn.set_trace_callback(statements.append)
    try:
        with db.atomic():
            models.Setting.create(key="k", value="v")
    finally:
        conn.set_trace_callback(None)
    assert statements[0].upper().startswith("BEGIN IMMEDIATE")


def test_transactions_from_two_threads_do_not_interleave(db):
    """A worker's transaction and the UI thread's are serialised by the database lock."""
    inside = threading.Event()
    release = threading.Event()
    order = []

    def worker():
        with db.atomic():
            models.Setting.create(key="w", value="1")
            inside.set()
            release.wait(5)
            order.append("worker-commit")

    t = threading.Thread(target=worker)
    t.start()
    inside.wait(5)
    timer = threading.Timer(0.2, release.set)
    timer.start()
    with db.atomic():
        order.append("main-begin")
        models.Setting.create(key="m", value="1")
    t.join()
    assert order == ["worker-commit", "main-begin"]
    assert models.Setting.select().count() >= 2


def test_fresh_database_is_seeded_and_versioned(db):
    assert sqlite_db.get_user_version(db) == migrations.SCHEMA_VERSION
    assert db.execute_sql("PRAGMA application_id").fetchone()[0] == file_checks.APPLICATION_ID
    assert models.Controller.get().name == "SOOSR B.V."
    assert models.ProcessingActivity.select().count() == len(seed.ACTIVITIES)
    assert models.RecipientCategory.select().count() == 8
    assert {r.code for r in models.RetentionRule.select()} == {
        "contact_form",
        "contract",
        "fiscal",
        "legal_hold",
        "no_contract",
    }


def _schema(path):
    conn = sqlite3.connect(path)
    try:
        tables = {}
        for (name,) in conn.execute(
            "SELECT name FROM sqlite_master WHERE type='table' AND name NOT LIKE 'sqlite_%'"
        ):
            cols = conn.execute(f'PRAGMA table_info("{name}")').fetchall()
            tables[name] = [(c[1], c[2].upper(), c[3], c[5]) for c in cols]
        indexes = {
            row[0]
            for row in conn.execute(
                "SELECT name FROM sqlite_master WHERE type='index' AND sql IS NOT NULL"
            )
        }
        return tables, indexes
    finally:
        conn.close()


def test_migrated_schema_equals_the_models(tmp_path):
    """Fails when a model changes without a migration step (or the other way round)."""
    migrated = tmp_path / "migrated.db"
    open_database(migrated, seed=False).close()
    direct = tmp_path / "direct.db"
    plain = SqliteDatabase(str(direct))
    models.database_proxy.initialize(plain)
    plain.create_tables(models.ALL_MODELS)
    plain.close()
    assert _schema(migrated) == _schema(direct)


def test_older_schema_is_copied_then_migrated(tmp_path, monkeypatch):
    """A file at the current version opened by a program whose schema is newer: the file
    is copied first, then each step runs with its version bump."""
    path = tmp_path / "old.db"
    open_database(path).close()
    before = _sha(path)

    def step_2(database):
        from peewee import TextField
        from playhouse.migrate import migrate

        migrate(migrations._migrator(database).add_column("setting", "note", TextField(default="")))

    old = migrations.SCHEMA_VERSION
    monkeypatch.setattr(migrations, "SCHEMA_VERSION", old + 1)
    monkeypatch.setitem(migrations.STEPS, old + 1, step_2)
    database = open_database(path)
    try:
        assert sqlite_db.get_user_version(database) == old + 1
        cols = [c[1] for c in database.execute_sql('PRAGMA table_info("setting")').fetchall()]
        assert "note" in cols
        assert models.Controller.get().name == "SOOSR B.V."  # data kept
    finally:
        database.close()
    copies = list(tmp_path.glob(f"old.db.v{old}-*.bak"))
    assert len(copies) == 1
    conn = sqlite3.connect(copies[0])
    assert conn.execute("PRAGMA user_version").fetchone()[0] == old
    conn.close()
    assert before  # the original was readable before


def test_failed_migration_step_leaves_the_old_version(tmp_path, monkeypatch):
    path = tmp_path / "old.db"
    open_database(path).close()

    def broken(database):
        database.execute_sql("CREATE TABLE half_done (x)")
        raise RuntimeError("step failed")

    old = migrations.SCHEMA_VERSION
    monkeypatch.setattr(migrations, "SCHEMA_VERSION", old + 1)
    monkeypatch.setitem(migrations.STEPS, old + 1, broken)
    with pytest.raises(RuntimeError):
        open_database(path)
    conn = sqlite3.connect(path)
    try:
        assert conn.execute("PRAGMA user_version").fetchone()[0] == old
        names = [r[0] for r in conn.execute("SELECT name FROM sqlite_master")]
        assert "half_done" not in names
    finally:
        conn.close()


def test_newer_schema_is_refused_and_untouched(tmp_path):
    path = tmp_path / "new.db"
    open_database(path).close()
    conn = sqlite3.connect(path)
    conn.execute(f"PRAGMA user_version = {migrations.SCHEMA_VERSION + 1}")
    conn.commit()
    conn.close()
    before = _sha(path)
    with pytest.raises(DatabaseOpenError) as info:
        open_database(path)
    assert info.value.problem == OpenProblem.NEWER
    assert _sha(path) == before


@pytest.mark.parametrize(
    "content, problem",
    [
        (b"this is a text file, not a database\n" * 10, OpenProblem.NOT_SQLITE),
        (b"PK\x03\x04" + b"\x00" * 500, OpenProblem.NOT_SQLITE),
        (file_checks.SQLITE_HEADER + b"\x00" * 50, OpenProblem.DAMAGED),
    ],
)
def test_bad_files_are_refused_and_untouched(tmp_path, content, problem):
    path = tmp_path / "bad.db"
    path.write_bytes(content)
    before = _sha(path)
    with pytest.raises(DatabaseOpenError) as info:
        open_database(path)
    assert info.value.problem == problem
    assert _sha(path) == before
    assert not (tmp_path / "bad.db-wal").exists()


def test_damaged_table_page_is_found(tmp_path):
    path = tmp_path / "d.db"
    database = open_database(path)
    with database.atomic():
        for i in range(400):
            models.Setting.create(key=f"k{i}", value="x" * 200)
    sqlite_db.checkpoint_truncate(database)
    database.close()
    data = bytearray(path.read_bytes())
    page = 4096
    for offset in range(page * 3, len(data) - page, page):  # scramble every page past 3
        data[offset + 8 : offset + 72] = bytes(range(64))
    path.write_bytes(bytes(data))
    before = _sha(path)
    with pytest.raises(DatabaseOpenError) as info:
        open_database(path)
    assert info.value.problem == OpenProblem.DAMAGED
    assert _sha(path) == before


def test_other_programs_sqlite_file_is_refused(tmp_path):
    path = tmp_path / "other.db"
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE photos (id INTEGER PRIMARY KEY, name TEXT)")
    conn.commit()
    conn.close()
    before = _sha(path)
    with pytest.raises(DatabaseOpenError) as info:
        open_database(path)
    assert info.value.problem == OpenProblem.FOREIGN
    assert _sha(path) == before


def test_zero_byte_file_is_a_new_database(tmp_path):
    path = tmp_path / "empty.db"
    path.write_bytes(b"")
    database = open_database(path)
    try:
        assert models.ProcessingActivity.select().count() == len(seed.ACTIVITIES)
    finally:
        database.close()


def test_missing_folder_and_directory(tmp_path):
    with pytest.raises(DatabaseOpenError) as info:
        open_database(tmp_path / "nope" / "x.db")
    assert info.value.problem == OpenProblem.MISSING_FOLDER
    (tmp_path / "dir.db").mkdir()
    with pytest.raises(DatabaseOpenError) as info:
        open_database(tmp_path / "dir.db")
    assert info.value.problem == OpenProblem.IS_DIRECTORY


@pytest.mark.skipif(__import__("os").geteuid() == 0, reason="root ignores file permissions")
def test_read_only_file(tmp_path):
    path = tmp_path / "ro.db"
    open_database(path).close()
    path.chmod(0o444)
    with pytest.raises(DatabaseOpenError) as info:
        open_database(path)
    assert info.value.problem == OpenProblem.READ_ONLY


def test_read_only_file_check_without_root(tmp_path, monkeypatch):
    """The same check with os.access answering as for a read-only file (CI runs as root)."""
    path = tmp_path / "ro.db"
    open_database(path).close()
    real = sqlite_db.os.access
    monkeypatch.setattr(
        sqlite_db.os, "access", lambda p, mode: False if str(p) == str(path) else real(p, mode)
    )
    with pytest.raises(DatabaseOpenError) as info:
        open_database(path)
    assert info.value.problem == OpenProblem.READ_ONLY
    monkeypatch.setattr(
        sqlite_db.os, "access", lambda p, mode: False if str(p) == str(tmp_path) else real(p, mode)
    )
    with pytest.raises(DatabaseOpenError) as info:
        open_database(path)
    assert info.value.problem == OpenProblem.FOLDER_READ_ONLY


def test_only_one_connection_ever_writes_or_checkpoints(tmp_path, monkeypatch):
    """RELIABILITY.md R12: the bundled SQLite may be older than 3.51.3 (the WAL-reset fix),
    so only one connection may write or checkpoint. Every connection the program opens is
    traced through a whole working day: contacts, a request with its letter, an erasure,
    a backup, an export."""
    import datetime as dt
    import re
    import sqlite3

    from soosr_desk.services import backups, erasure, register_workbooks
    from soosr_desk.services import contacts as cs
    from soosr_desk.services import requests as rq
    from soosr_desk.services.requests import letters as rl

    writers: dict[int, list[str]] = {}
    real_connect = sqlite3.connect
    write = re.compile(
        r"^\s*(INSERT|UPDATE|DELETE|REPLACE|CREATE|DROP|ALTER|VACUUM|BEGIN|"
        r"PRAGMA\s+\w*\s*wal_checkpoint)",
        re.IGNORECASE,
    )

    def traced(*args, **kwargs):
        conn = real_connect(*args, **kwargs)
        target = str(args[0] if args else kwargs.get("database", ""))

        def trace(sql: str) -> None:
            # the file itself: a new database is first built as `.desk.db.creating`, by a
            # connection of its own to that other file
            real = target.split("?")[0].endswith("desk.db") and ".creating" not in target
            if write.match(sql) and real and "mode=ro" not in target:
                writers.setdefault(id(conn), []).append(sql.split()[0])

        conn.set_trace_callback(trace)
        return conn

    monkeypatch.setattr(sqlite3, "connect", traced)
    path = tmp_path / "desk.db"
    db = open_database(path)
    today = dt.date.today()
    person = cs.save_contact(cs.ContactData(first_name="Een", last_name="Schrijver"))
    cs.add_note(person.id, "notitie")
    req = rq.save_request(
        rq.RequestData(received_on=today, requester_name="Een Schrijver", contact_id=person.id)
    )
    rl.make_letter(req.id, "answer", today=today)
    erasure.erase_contact(person.id, reason="manual", today=today)
    backups.make_backup(db, path, now=dt.datetime.now())
    register_workbooks.export("all", tmp_path / "all.xlsx", today=today)
    db.close()
    assert len(writers) == 1, {k: sorted(set(v)) for k, v in writers.items()}


def _damaged_file(tmp_path):
    """Damage in one table's pages, none in the schema: only the full check can see it."""
    path = tmp_path / "d.db"
    database = open_database(path)
    with database.atomic():
        for i in range(400):
            models.Setting.create(key=f"k{i}", value="x" * 200)
    sqlite_db.checkpoint_truncate(database)
    root = database.execute_sql(
        "SELECT rootpage FROM sqlite_master WHERE name = 'setting'"
    ).fetchone()[0]
    database.close()
    models.database_proxy.initialize(None)
    data = bytearray(path.read_bytes())
    offset = (root - 1) * 4096
    data[offset + 8 : offset + 72] = bytes(range(64))
    path.write_bytes(bytes(data))
    return path


def test_checked_later_a_damaged_file_takes_no_write(tmp_path):
    """Issue 20: the window opens before the full check has read every page, but nothing
    is written to a damaged file: writes wait for the check and are then refused."""
    path = _damaged_file(tmp_path)
    before = _sha(path)
    database = open_database(path, check_later=True)
    try:
        assert database.wait_until_checked(30) is False
        with pytest.raises(DatabaseOpenError) as info, database.atomic():
            models.Setting.create(key="nieuw", value="x")
        assert info.value.problem == OpenProblem.DAMAGED
    finally:
        database.close()
        models.database_proxy.initialize(None)
    assert _sha(path) == before


def test_checked_later_writes_wait_for_the_check(tmp_path, monkeypatch):
    path = tmp_path / "ok.db"
    open_database(path).close()
    release = threading.Event()
    real = file_checks.full_check
    monkeypatch.setattr(file_checks, "full_check", lambda p: release.wait(10) and real(p))
    database = open_database(path, check_later=True)
    try:
        done = threading.Event()

        def write():
            with database.atomic():
                models.Setting.create(key="na-de-controle", value="x")
            done.set()

        writer = threading.Thread(target=write)
        writer.start()
        assert not done.wait(0.3)  # held back while the check runs
        release.set()
        writer.join(10)
        assert done.is_set()
    finally:
        database.close()
        models.database_proxy.initialize(None)


def test_after_an_unclean_shutdown_the_check_runs_before_opening(tmp_path):
    path = _damaged_file(tmp_path)
    Path(f"{path}-wal").write_bytes(b"\x00" * 32)  # a log left by a crash
    with pytest.raises(DatabaseOpenError) as info:
        open_database(path, check_later=True)
    assert info.value.problem == OpenProblem.DAMAGED


@pytest.mark.parametrize("unclean", [False, True])
def test_a_check_made_at_opening_is_not_made_again_a_moment_later(tmp_path, monkeypatch, unclean):
    """Issue 20: after an unclean shutdown (and on the command line) the full check runs
    before opening; the dashboard's first check took a second read of every page (0.4 s
    at 100,000 contacts, more at 500,000). It takes the opening's answer; the next check
    (a refresh) reads the file again."""
    path = tmp_path / "ok.db"
    open_database(path).close()
    models.database_proxy.initialize(None)
    if unclean:
        Path(f"{path}-wal").write_bytes(b"\x00" * 32)  # a log left by a crash
    read = []
    real = file_checks.full_check
    monkeypatch.setattr(file_checks, "full_check", lambda p: read.append(p) or real(p))
    database = open_database(path, check_later=unclean)
    try:
        assert database.check_now() is True
        assert read == []
        assert database.check_now() is True
        assert read == [path]
    finally:
        database.close()
        models.database_proxy.initialize(None)


def test_a_cut_off_file_is_refused_at_once(tmp_path):
    path = tmp_path / "cut.db"
    database = open_database(path)
    with database.atomic():
        for i in range(400):
            models.Setting.create(key=f"k{i}", value="x" * 200)
    sqlite_db.checkpoint_truncate(database)
    database.close()
    models.database_proxy.initialize(None)
    data = path.read_bytes()
    path.write_bytes(data[: len(data) // 2])  # a copy that stopped half-way
    with pytest.raises(DatabaseOpenError) as info:
        open_database(path, check_later=True)
    assert info.value.problem == OpenProblem.DAMAGED


def test_the_dashboards_damage_check_never_holds_the_shared_connection(tmp_path, monkeypatch):
    """Issue 20: the to-do list's quick_check ran on the one connection and the window's
    reads waited for it (a second and more at 500,000 contacts). The first answer is the
    background check's; later ones come from a read-only connection of its own."""
    path = _damaged_file(tmp_path)
    database = open_database(path, check_later=True)
    try:
        assert database.check_now() is False  # the background check's answer
        release, running = threading.Event(), threading.Event()
        real = file_checks.full_check

        def slow(p):
            running.set()
            release.wait(10)
            return real(p)

        monkeypatch.setattr(file_checks, "full_check", slow)
        answers = []
        checker = threading.Thread(target=lambda: answers.append(database.check_now()))
        checker.start()
        assert running.wait(10)
        got = database.lock.acquire(timeout=1)  # the window's read meanwhile
        assert got
        database.lock.release()
        release.set()
        checker.join(10)
        assert answers == [False]
    finally:
        database.close()
        models.database_proxy.initialize(None)


def test_a_read_under_way_on_the_shared_connection_keeps_the_checkpoint_waiting(db):
    """The window's background reads (the dashboard) share the one connection; a statement
    of theirs still being stepped made the erasure's checkpoint raise 'database table is
    locked' (seen under load). It is a busy log like another program's reader: tried
    again, and False when it stays, never an exception."""
    for i in range(3):
        models.Setting.create(key=f"k{i}", value="v")
    reading = db.execute_sql("SELECT key FROM setting")
    assert reading.fetchone() is not None  # the statement is under way
    assert sqlite_db.checkpoint_truncate(db, attempts=2, pause_s=0.01) is False
    reading.fetchall()
    assert sqlite_db.checkpoint_truncate(db, attempts=2, pause_s=0.01) is True
