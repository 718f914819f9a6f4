"""Reads of the contacts list that may take a while at 500,000 contacts (issue 20): the
whole list in a background thread, and a first screenful on the UI thread within a time
limit.

On the file, a background read goes through a read-only connection of its own
(`mode=ro`, as the damage check and the backup do, store/db.py): it never writes or
checkpoints, so it is safe beside the one shared connection, it does not hold that
connection (and the window's reads) for the half second that 500,000 ids take, and the
UI thread can interrupt it when a newer keystroke has made its answer useless. On the
server, reads go through the shared connection (PostgreSQL answers from its own indexes
and plans; there is no file to open beside it)."""

from __future__ import annotations

import sqlite3
import threading
import time
from pathlib import Path
from typing import Any

from soosr_desk.store import file_checks
from soosr_desk.store.db import DeskDatabase

STEPS = 2000  # SQLite VM steps between two looks at the clock (some microseconds)
CACHE_KIB = 32 * 1024  # the background read's page cache: the list's indexes at 500,000


class Interrupted(Exception):
    """The read was stopped because its answer is no longer wanted."""


class SideReader:
    """One background read: `rows(sql, params)` in a thread, `interrupt()` from another.
    Used as a context manager, which closes the connection it opened."""

    def __init__(self, database: Any):
        self._database = database
        path = getattr(database, "path", None)
        self._path = Path(path) if isinstance(database, DeskDatabase) and path else None
        self._conn: sqlite3.Connection | None = None
        self._guard = threading.Lock()
        self._stopped = False

    def __enter__(self) -> SideReader:
        return self

    def __exit__(self, *exc: object) -> None:
        with self._guard:
            if self._conn is not None:
                self._conn.close()
                self._conn = None

    def interrupt(self) -> None:
        with self._guard:
            self._stopped = True
            if self._conn is not None:
                self._conn.interrupt()

    def rows(self, sql: str, params: Any = ()) -> list[tuple]:
        if self._stopped:
            raise Interrupted
        if self._path is None or not self._path.exists():
            with self._database.lock:
                return list(self._database.execute_sql(sql, params).fetchall())
        conn = self._connection()
        try:
            return conn.execute(sql, params or ()).fetchall()
        except sqlite3.OperationalError:
            if self._stopped:
                raise Interrupted from None
            raise

    def _connection(self) -> sqlite3.Connection:
        with self._guard:
            if self._conn is None:
                uri = self._path.resolve().as_uri() + "?mode=ro"  # type: ignore[union-attr]
                self._conn = sqlite3.connect(
                    uri, uri=True, timeout=file_checks.BUSY_TIMEOUT_S, check_same_thread=False
                )
                self._conn.execute(f"PRAGMA cache_size = {-CACHE_KIB}")
            if self._stopped:
                raise Interrupted
            return self._conn


def rows_within(database: Any, sql: str, params: Any, seconds: float) -> list[tuple] | None:
    """The rows of a query on the shared connection, or None when it would take longer
    than `seconds` (it is then stopped: SQLite's progress handler). On the server the
    query simply runs."""
    if not isinstance(database, DeskDatabase):
        with database.lock:
            return list(database.execute_sql(sql, params).fetchall())
    deadline = time.perf_counter() + seconds
    late = [False]

    def over() -> int:
        late[0] = time.perf_counter() > deadline
        return 1 if late[0] else 0

    with database.lock:
        conn = database.connection()
        conn.set_progress_handler(over, STEPS)
        try:
            return conn.execute(sql, params or ()).fetchall()
        except sqlite3.OperationalError:
            if late[0]:
                return None
            raise
        finally:
            conn.set_progress_handler(None, 0)
