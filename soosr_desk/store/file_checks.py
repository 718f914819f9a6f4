"""Looking at an SQLite file without changing it: is it ours, whole and undamaged?

Every look goes through a read-only connection of its own (`mode=ro`), which never writes
or checkpoints: switching a foreign file to WAL would already rewrite it, and the full
damage check (`quick_check`, a second per 500,000 contacts) may then run beside the one
connection of `store.db` without holding it. Also the reasons a file cannot be opened
(`OpenProblem`, `DatabaseOpenError`), which every opening path raises.
"""

from __future__ import annotations

import enum
import os
import sqlite3
from dataclasses import dataclass
from pathlib import Path

APPLICATION_ID = 0x534F4F53  # "SOOS": tells our files from other programs' SQLite files
SQLITE_HEADER = b"SQLite format 3\x00"
BUSY_TIMEOUT_S = 5.0  # how long a connection waits for another one (SQLITE_BUSY)


class OpenProblem(enum.StrEnum):
    """Why a database file cannot be opened; the UI and CLI turn each into a message."""

    MISSING_FOLDER = "missing_folder"
    IS_DIRECTORY = "is_directory"
    NOT_SQLITE = "not_sqlite"
    DAMAGED = "damaged"
    FOREIGN = "foreign"  # an SQLite file of another program
    NEWER = "newer"  # written by a newer version of SOOSR Desk
    READ_ONLY = "read_only"
    FOLDER_READ_ONLY = "folder_read_only"
    CANNOT_OPEN = "cannot_open"
    MISSING = "missing"  # no database there, and making one was not asked for
    DISK_FULL = "disk_full"
    SERVER_URL = "server_url"  # a postgresql:// address that cannot be used (a password in it)
    SERVER_REFUSED = "server_refused"  # the server is away or refuses the login
    SERVER_OWNER = "server_owner"  # the server database needs a step only its owner may take


class DatabaseOpenError(Exception):
    """The file at `path` cannot be used; `problem` says why. Carries no personal data."""

    def __init__(self, problem: OpenProblem, path: Path | str, detail: str = ""):
        super().__init__(f"{problem.value}: {detail}" if detail else problem.value)
        self.problem = problem
        self.path = path
        self.detail = detail


# --- looking at a file before opening it --------------------------------------------


@dataclass(frozen=True)
class FileState:
    """What a read-only look at a path found."""

    exists: bool
    empty: bool
    user_version: int = 0
    application_id: int = 0
    has_tables: bool = False


def unclean_shutdown(path: Path) -> bool:
    """A write-ahead log with content beside the file: the last program to use it did not
    close it (a crash, a power cut, a kill). A clean close empties and removes the log."""
    wal = Path(f"{path}-wal")
    try:
        return wal.exists() and wal.stat().st_size > 0
    except OSError:
        return True


def inspect_file(path: Path, *, full_check: bool = True) -> FileState:
    """Looks at `path` without changing it (a read-only connection: switching a foreign
    file to WAL would already rewrite it). Raises DatabaseOpenError for unusable files.

    Always: the header, the schema, and the page count against the file's size (a cut-off
    file). With `full_check` also `quick_check`, which reads every page; without, the
    caller runs it later before anything is written (DeskDatabase.check_in_background)."""
    folder = path.parent
    if not folder.exists():
        raise DatabaseOpenError(OpenProblem.MISSING_FOLDER, path)
    if path.is_dir():
        raise DatabaseOpenError(OpenProblem.IS_DIRECTORY, path)
    if not path.exists():
        return FileState(exists=False, empty=True)
    try:
        with open(path, "rb") as fh:
            header = fh.read(100)
    except OSError as exc:
        raise DatabaseOpenError(OpenProblem.CANNOT_OPEN, path, type(exc).__name__) from None
    if len(header) == 0:
        return FileState(exists=True, empty=True)
    if not header.startswith(SQLITE_HEADER):
        raise DatabaseOpenError(OpenProblem.NOT_SQLITE, path)
    if len(header) < 100:
        raise DatabaseOpenError(OpenProblem.DAMAGED, path, "short header")
    uri = path.resolve().as_uri() + "?mode=ro"
    try:
        conn = sqlite3.connect(uri, uri=True, timeout=BUSY_TIMEOUT_S)
    except sqlite3.Error as exc:
        raise DatabaseOpenError(OpenProblem.CANNOT_OPEN, path, type(exc).__name__) from None
    try:
        user_version = conn.execute("PRAGMA user_version").fetchone()[0]
        application_id = conn.execute("PRAGMA application_id").fetchone()[0]
        tables = conn.execute("SELECT count(*) FROM sqlite_master WHERE type='table'").fetchone()[0]
        if tables and not _size_fits(conn, path):
            raise DatabaseOpenError(OpenProblem.DAMAGED, path, "size")
        if tables and full_check:
            result = conn.execute("PRAGMA quick_check(1)").fetchone()[0]
            if result != "ok":
                raise DatabaseOpenError(OpenProblem.DAMAGED, path, "quick_check")
    except sqlite3.DatabaseError as exc:
        raise DatabaseOpenError(OpenProblem.DAMAGED, path, type(exc).__name__) from None
    finally:
        conn.close()
    if tables and application_id != APPLICATION_ID:
        raise DatabaseOpenError(OpenProblem.FOREIGN, path)
    return FileState(
        exists=True,
        empty=False,
        user_version=user_version,
        application_id=application_id,
        has_tables=bool(tables),
    )


def _size_fits(conn: sqlite3.Connection, path: Path) -> bool:
    """The pages the header promises are in the file (unless the log holds newer ones)."""
    if unclean_shutdown(path):
        return True  # the log may hold pages past the file's end: quick_check decides
    pages = conn.execute("PRAGMA page_count").fetchone()[0]
    size = conn.execute("PRAGMA page_size").fetchone()[0]
    return pages * size <= path.stat().st_size


def full_check(path: Path) -> bool:
    """`quick_check` of every page, through its own read-only connection (it never writes
    or checkpoints, so it may run beside the one connection that does)."""
    uri = Path(path).resolve().as_uri() + "?mode=ro"
    try:
        conn = sqlite3.connect(uri, uri=True, timeout=BUSY_TIMEOUT_S, check_same_thread=False)
    except sqlite3.Error:
        return False
    try:
        return conn.execute("PRAGMA quick_check(1)").fetchone()[0] == "ok"
    except sqlite3.DatabaseError:
        return False
    finally:
        conn.close()


def check_writable(path: Path) -> None:
    """WAL needs to write the file and to create -wal and -shm beside it."""
    if path.exists() and not os.access(path, os.W_OK):
        raise DatabaseOpenError(OpenProblem.READ_ONLY, path)
    if not os.access(path.parent, os.W_OK):
        raise DatabaseOpenError(OpenProblem.FOLDER_READ_ONLY, path)


@dataclass(frozen=True)
class CopyFacts:
    sqlite: bool
    ok: bool
    application_id: int = 0
    user_version: int = 0
    tables: int = 0


def inspect_copy(path: Path) -> CopyFacts:
    """Reads a copy without changing it and without making files beside it (immutable:
    a stray -wal beside a picked file is ignored, just as the copy in place ignores it)."""
    try:
        with open(path, "rb") as fh:
            header = fh.read(len(SQLITE_HEADER))
    except OSError:
        return CopyFacts(sqlite=False, ok=False)
    if header != SQLITE_HEADER:
        return CopyFacts(sqlite=False, ok=False)
    uri = Path(path).resolve().as_uri() + "?mode=ro&immutable=1"
    try:
        conn = sqlite3.connect(uri, uri=True)
    except sqlite3.Error:
        return CopyFacts(sqlite=True, ok=False)
    try:
        ok = conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        app_id = conn.execute("PRAGMA application_id").fetchone()[0]
        version = conn.execute("PRAGMA user_version").fetchone()[0]
        tables = conn.execute("SELECT count(*) FROM sqlite_master WHERE type='table'").fetchone()
    except sqlite3.DatabaseError:
        return CopyFacts(sqlite=True, ok=False)
    finally:
        conn.close()
    return CopyFacts(True, ok, app_id, version, tables[0])
