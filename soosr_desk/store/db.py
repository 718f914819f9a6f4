"""The one SQLite-specific module: connection, pragmas, checkpoint, vacuum, copies.
A look at a file before opening it (the damage checks) is in `store.file_checks`.

Why it looks like this (measured, see shared/design/RELIABILITY.md section 0):
- WAL with synchronous=FULL survived 200 kill -9s without loss; secure_delete zeroes
  deleted rows so erasure can be made complete with a TRUNCATE checkpoint.
- SQLite before 3.51.3 can corrupt a WAL database when two connections write and
  checkpoint at the same moment, so the whole process uses ONE connection, shared by
  every thread, and a re-entrant lock serialises its use. Each transaction holds the lock
  from BEGIN IMMEDIATE to COMMIT, so two threads can never interleave inside one.
- A deferred transaction that reads first fails with "database is locked" at once when
  another process writes; every transaction is BEGIN IMMEDIATE instead.
- Connections opened read-only (`mode=ro`) never write or checkpoint, so they are safe
  beside the one connection: the damage check and the backup's VACUUM INTO read through
  one, so that neither holds the shared connection (and the window) for seconds.
- The full damage check (`quick_check`, a second per 500,000 contacts) need not delay the
  window: it may run in the background while every write is held back until it has
  passed (docs/decisions.md, "Opening fast without trusting a damaged file").

A later PostgreSQL mode replaces this module, not the services.
"""

from __future__ import annotations

import contextlib
import os
import shutil
import sqlite3
import threading
import time
from pathlib import Path

from peewee import OperationalError, SqliteDatabase

from soosr_desk.store import file_checks
from soosr_desk.store.file_checks import (
    APPLICATION_ID,
    DatabaseOpenError,
    OpenProblem,
)

PRAGMAS = (
    ("journal_mode", "wal"),
    ("synchronous", "full"),
    ("foreign_keys", 1),
    ("secure_delete", "on"),
    ("temp_store", "memory"),
)


class DeskDatabase(SqliteDatabase):
    """One connection for the whole process, its use serialised by a re-entrant lock."""

    def __init__(self, path: str | os.PathLike):
        super().__init__(
            str(path),
            pragmas=PRAGMAS,
            timeout=file_checks.BUSY_TIMEOUT_S,
            lock_type="IMMEDIATE",
            thread_safe=False,
            check_same_thread=False,
        )
        self.path = Path(path)
        self.lock = threading.RLock()
        self._checked = threading.Event()  # set: writes may go ahead (or are refused)
        self._checked.set()
        self._damaged = False
        self._fresh = False  # the background check's answer is not yet asked for

    def check_in_background(self) -> None:
        """Runs the full damage check on a read-only connection in a thread; until it has
        passed, every write transaction waits, and after it failed every one is refused."""
        self._checked.clear()
        threading.Thread(target=self._check, name="damage-check", daemon=True).start()

    def _check(self) -> None:
        try:
            self._damaged = not file_checks.full_check(self.path)
            self._fresh = True
        finally:
            self._checked.set()

    def checked_at_opening(self) -> None:
        """The full check passed before opening (after an unclean shutdown, before a
        migration, on the command line): the first `check_now` takes that answer rather
        than reading every page again a second later (issue 20)."""
        self._damaged = False
        self._fresh = True

    def check_now(self) -> bool:
        """True when the file passes quick_check, never holding the shared connection (at
        500,000 contacts the check reads for a second and more: the window's reads would
        wait). The first time after opening, the background check's answer; then a new
        check through a read-only connection of its own."""
        if not self._checked.is_set() or self._fresh:
            self._checked.wait()
            self._fresh = False
            return not self._damaged
        return file_checks.full_check(self.path)

    def wait_until_checked(self, timeout: float | None = None) -> bool:
        """False when the damage check found the file damaged (or has not ended in time)."""
        return self._checked.wait(timeout) and not self._damaged

    def _hold_writes(self) -> None:
        if not self._checked.is_set():
            self._checked.wait()
        if self._damaged:
            raise DatabaseOpenError(OpenProblem.DAMAGED, self.path, "quick_check")

    def execute_sql(self, sql, params=None):
        with self.lock:
            return super().execute_sql(sql, params)

    def atomic(self, *args, **kwargs):
        if not self.in_transaction():  # a top-level write: never before the check passed
            self._hold_writes()
        return LockedAtomic(self, super().atomic(*args, **kwargs))

    def transaction(self, *args, **kwargs):
        return LockedAtomic(self, super().transaction(*args, **kwargs))

    def write_transaction(self):
        """A top-level write transaction (BEGIN IMMEDIATE); the usual way services write."""
        return self.atomic()


class LockedAtomic:
    """Holds the database lock for the whole transaction or savepoint."""

    def __init__(self, db, inner):
        self._db = db
        self._inner = inner

    def __enter__(self):
        self._db.lock.acquire()
        try:
            result = self._inner.__enter__()
            self._begun()
            return result
        except BaseException:
            self._db.lock.release()
            raise

    def _begun(self) -> None:
        """After BEGIN (or SAVEPOINT), inside the lock: what an engine adds (the server's
        office-wide write lock). Nothing on the file."""

    def __exit__(self, exc_type, exc, tb):
        try:
            return self._inner.__exit__(exc_type, exc, tb)
        finally:
            self._db.lock.release()


def connect(path: Path) -> DeskDatabase:
    db = DeskDatabase(path)
    try:
        db.connect()
    except Exception as exc:  # peewee wraps sqlite3 errors
        db.close()
        raise DatabaseOpenError(OpenProblem.CANNOT_OPEN, path, type(exc).__name__) from None
    return db


def set_application_id(db: DeskDatabase) -> None:
    db.execute_sql(f"PRAGMA application_id = {APPLICATION_ID}")


def get_application_id(db: DeskDatabase) -> int:
    return db.execute_sql("PRAGMA application_id").fetchone()[0]


def get_user_version(db: DeskDatabase) -> int:
    return db.execute_sql("PRAGMA user_version").fetchone()[0]


def set_user_version(db: DeskDatabase, version: int) -> None:
    db.execute_sql(f"PRAGMA user_version = {int(version)}")


def pragma_values(db: DeskDatabase) -> dict[str, object]:
    """The settings that every connection must have (RELIABILITY.md R3)."""
    names = ("journal_mode", "synchronous", "foreign_keys", "secure_delete", "temp_store")
    values = {n: db.execute_sql(f"PRAGMA {n}").fetchone()[0] for n in names}
    values["busy_timeout"] = db.execute_sql("PRAGMA busy_timeout").fetchone()[0]
    return values


# --- maintenance ---------------------------------------------------------------------


def quick_check(db: DeskDatabase) -> bool:
    return db.execute_sql("PRAGMA quick_check(1)").fetchone()[0] == "ok"


def integrity_check(db: DeskDatabase) -> bool:
    return db.execute_sql("PRAGMA integrity_check(1)").fetchone()[0] == "ok"


def foreign_key_violations(db: DeskDatabase) -> int:
    return len(db.execute_sql("PRAGMA foreign_key_check").fetchall())


def checkpoint_truncate(db: DeskDatabase, *, attempts: int = 20, pause_s: float = 0.1) -> bool:
    """Copies the WAL into the database file and truncates it to zero bytes.

    Returns False when another connection (another process) kept the checkpoint busy for
    every attempt: then erased bytes may still be in the -wal file and the caller must not
    report success (RELIABILITY.md R4). 'Database table is locked' (a background read on
    the shared connection still being stepped) is a busy log too."""
    for attempt in range(attempts):
        try:
            busy, _log, _done = db.execute_sql("PRAGMA wal_checkpoint(TRUNCATE)").fetchone()
        except OperationalError as exc:
            if "locked" not in str(exc):
                raise
            busy = 1
        if busy == 0:
            return True
        if attempt + 1 < attempts:
            time.sleep(pause_s)
    return False


@contextlib.contextmanager
def _cache_size(db: DeskDatabase, mb: int):
    """The page cache `mb` MB for the block; what it was comes back afterwards."""
    with db.lock:
        before = db.execute_sql("PRAGMA cache_size").fetchone()[0]
        db.execute_sql(f"PRAGMA cache_size = {-1024 * int(mb)}")
    try:
        yield
    finally:
        with db.lock:
            db.execute_sql(f"PRAGMA cache_size = {int(before)}")


def large_cache(db: DeskDatabase, mb: int = 64):
    """A larger page cache for a bulk insert (the demo's 100,000 contacts): the indexes
    of the list then grow in memory instead of being read back and forth. The default
    (2 MB) comes back afterwards."""
    return _cache_size(db, mb)


SORT_CACHE_MB = 8  # the page cache, and so the sorter's memory, while indexes are made


@contextlib.contextmanager
def indexes_built_after(db: DeskDatabase, tables: tuple[str, ...], *, spill: bool = True):
    """Inside a write transaction: the indexes of `tables` dropped, and made again from
    their own CREATE statements when the block ends, each in one sorted pass instead of
    growing row by row (issue 20: the demo's 100,000 contacts feed ten indexes). After an
    error nothing is made again: the transaction's rollback brings the indexes back.
    `spill=False`: sorted in memory (real people's data never goes to a temporary file)."""
    if not db.in_transaction():
        raise RuntimeError("indexes_built_after needs a transaction")
    marks = ", ".join("?" * len(tables))
    indexes = db.execute_sql(
        "SELECT name, sql FROM sqlite_master WHERE type = 'index' AND sql IS NOT NULL "
        f"AND tbl_name IN ({marks}) ORDER BY name",
        tables,
    ).fetchall()
    for name, _sql in indexes:
        db.execute_sql(f'DROP INDEX "{name}"')
    yield
    with _temporary_file(db, SORT_CACHE_MB) if spill else contextlib.nullcontext():
        for _name, sql in indexes:
            db.execute_sql(sql)


@contextlib.contextmanager
def _temporary_file(db: DeskDatabase, cache_mb: int | None = None):
    """SQLite's temporary storage in a file (deleted by SQLite when done) for the block,
    and with `cache_mb` the page cache that small: its sorter takes as much memory as the
    cache and the rest from temporary storage (making indexes with 64 MB and
    temp_store=memory: 120 MB more at 500,000 contacts)."""
    cache = _cache_size(db, cache_mb) if cache_mb is not None else contextlib.nullcontext()
    with db.lock, cache:
        db.execute_sql("PRAGMA temp_store = file")
        try:
            yield
        finally:
            db.execute_sql("PRAGMA temp_store = memory")


def vacuum(db: DeskDatabase) -> None:
    """Rewrites the file without free pages (needs about twice its size in free disk).

    VACUUM builds the new file in a temporary database: in memory under temp_store=memory,
    that is the whole database in RAM (500 MB at 500,000 contacts). A temporary file
    instead, for the VACUUM only; SQLite deletes it when done."""
    with _temporary_file(db):
        db.execute_sql("VACUUM")


def vacuum_into(db: DeskDatabase, target: Path) -> None:
    """A clean, consistent copy without free-page residue (unlike the backup API)."""
    with db.lock:
        db.execute_sql("VACUUM INTO ?", (str(target),))


def is_busy(exc: BaseException | None) -> bool:
    """SQLite gave up waiting for another connection (SQLITE_BUSY / SQLITE_LOCKED), also
    when peewee wrapped the error."""
    seen = 0
    while exc is not None and seen < 5:
        text = str(exc).lower()
        if "database is locked" in text or "database is busy" in text or "table is locked" in text:
            return True
        exc, seen = exc.__cause__ or exc.__context__, seen + 1
    return False


def vacuum_into_separately(path: Path, target: Path, *, attempts: int = 3) -> tuple[int, int]:
    """A clean copy of the database at `path` made through a read-only connection of its
    own, so the one connection (and the window reading through it) is never held up, and
    its own reads never make the copy fail. Returns the file's (application_id,
    user_version), which only a migration (before opening) changes. Retried while another program keeps the file busy."""
    uri = Path(path).resolve().as_uri() + "?mode=ro"
    for attempt in range(attempts):
        conn = sqlite3.connect(
            uri, uri=True, timeout=file_checks.BUSY_TIMEOUT_S, check_same_thread=False
        )
        try:
            app_id = conn.execute("PRAGMA application_id").fetchone()[0]
            version = conn.execute("PRAGMA user_version").fetchone()[0]
            conn.execute("VACUUM INTO ?", (str(target),))
            return app_id, version
        except sqlite3.OperationalError as exc:
            if not is_busy(exc) or attempt + 1 == attempts:
                raise
            Path(target).unlink(missing_ok=True)
        finally:
            conn.close()
        time.sleep(0.2 * (attempt + 1))
    raise AssertionError("unreachable")


def copy_with_backup_api(source: Path, target: Path) -> None:
    """A consistent copy of a database that is not open in this process (pre-migration)."""
    src = sqlite3.connect(str(source))
    try:
        dst = sqlite3.connect(str(target))
        try:
            src.backup(dst)
        finally:
            dst.close()
    finally:
        src.close()


def fsync_file(path: Path) -> None:
    """Makes sure a written file's bytes are on disk before it is renamed into place."""
    with open(path, "r+b") as fh:
        os.fsync(fh.fileno())


def copy_clean(source: Path, target: Path) -> None:
    """A consistent copy of a database that is not open in this process, made with
    VACUUM INTO: only live rows, no residue of erased data from free pages (pre-migration).
    Written under a temporary name and renamed when whole, so a kill half-way never leaves
    a half copy under the real name, and a copy left by an earlier attempt is replaced."""
    tmp = Path(f"{target}.part")
    tmp.unlink(missing_ok=True)
    src = sqlite3.connect(str(source))
    try:
        src.execute("VACUUM INTO ?", (str(tmp),))
    finally:
        src.close()
    fsync_file(tmp)
    os.replace(tmp, target)


def remove_database_files(path: Path) -> None:
    """Removes a database file with its -wal and -shm (after a restore replaced it)."""
    for suffix in ("", "-wal", "-shm", "-journal"):
        p = Path(str(path) + suffix)
        if p.exists():
            p.unlink()


def move_aside(path: Path, suffix: str) -> Path:
    """Moves a damaged file (and its -wal/-shm) aside, never overwriting it."""
    target = Path(f"{path}.{suffix}")
    n = 1
    while target.exists():
        n += 1
        target = Path(f"{path}.{suffix}-{n}")
    for extra in ("-wal", "-shm"):
        src = Path(str(path) + extra)
        if src.exists():
            shutil.move(str(src), str(target) + extra)
    shutil.move(str(path), str(target))
    return target


def sqlite_version() -> str:
    return sqlite3.sqlite_version


def checkpoint_closed_file(path: Path) -> None:
    """Checkpoints a closed database's write-ahead log into the file and empties it."""
    try:
        conn = sqlite3.connect(str(path))
    except sqlite3.Error:
        return
    try:
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    except sqlite3.Error:
        pass  # a damaged or foreign file: kept aside as it is
    finally:
        conn.close()
