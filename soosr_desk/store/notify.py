"""Telling the other desks what changed, on the office server (issue 18).

Every committed write on the server sends one PostgreSQL NOTIFY on CHANNEL, from the one
transaction wrapper (store/server.py): the payload names the tables written and the desk
that wrote them, nothing else (no ids, no values: NOTIFY payloads can be seen by every
session of the database). NOTIFY is transactional: a rolled-back write tells nobody.

A desk listens on its own connection (`Listener`), apart from the one its queries use, so
waiting for news never holds the connection the window reads with. The SQLite file has
one desk, so nothing of this runs there."""

from __future__ import annotations

import contextlib
import json
import os
import platform
import re

from soosr_desk.store import pg_driver

CHANNEL = "soosr_desk_changes"
EVERYTHING = "*"  # a listener that lost its connection missed news: all may have changed

# one sender mark per process: a desk skips the news it sent itself
SENDER = f"{platform.node()}:{os.getpid()}"

_WRITE = re.compile(
    r'^\s*(?:INSERT\s+INTO|UPDATE|DELETE\s+FROM)\s+"?(\w+)"?',
    re.IGNORECASE,
)


def table_written(sql: str) -> str | None:
    """The table an INSERT, UPDATE or DELETE statement writes, else None."""
    match = _WRITE.match(sql)
    return match.group(1) if match else None


def payload(tables: set[str]) -> str:
    return json.dumps({"from": SENDER, "tables": sorted(tables)})


def announce(execute, tables: set[str]) -> None:
    """Queues the notice in the open transaction (sent at COMMIT); `execute(sql, params)`
    is the database's own execute_sql."""
    if tables:
        execute("SELECT pg_notify(%s, %s)", (CHANNEL, payload(tables)))


def read(text: str) -> tuple[str, set[str]]:
    """(sender, tables) of a notice; a notice not of this program means everything."""
    try:
        data = json.loads(text)
        return str(data["from"]), {str(t) for t in data["tables"]}
    except (ValueError, KeyError, TypeError):
        return "", {EVERYTHING}


class ListenerGone(Exception):
    """The listening connection broke or could not be made (the server restarted, the
    network went): the caller connects again, and then shows everything again."""


# TCP keepalives on the listening connection: it only ever waits, so a network that went
# away without a word (a sleeping laptop, a cut cable) would otherwise go unnoticed for
# hours; with these it is found within about half a minute and the desk connects again.
KEEPALIVES = {
    "keepalives": 1,
    "keepalives_idle": 15,
    "keepalives_interval": 5,
    "keepalives_count": 3,
}


class Listener:
    """A connection of its own that LISTENs on CHANNEL. `wait(timeout_s)` returns the
    tables other desks wrote meanwhile; ListenerGone when the server went away (a restart
    ends the connection; the caller connects again)."""

    def __init__(self, url: str, password: str | None = None, connect_timeout_s: int = 10):
        params: dict[str, object] = {
            "autocommit": True,
            "connect_timeout": connect_timeout_s,
            "application_name": "SOOSR Desk (news)",
            **KEEPALIVES,
        }
        if password:
            params["password"] = password
        psycopg = pg_driver.load()
        self._error = psycopg.Error
        self._conn = None
        try:
            self._conn = psycopg.connect(url, **params)  # type: ignore[arg-type]
            self._conn.execute(f"LISTEN {CHANNEL}")
        except psycopg.Error as exc:  # no message text: it can name the user or host
            self.close()  # a connection made but not listening is not kept
            raise ListenerGone(type(exc).__name__) from None

    def wait(self, timeout_s: float) -> set[str]:
        try:
            return self._wait(timeout_s)
        except self._error as exc:
            raise ListenerGone(type(exc).__name__) from None

    def _wait(self, timeout_s: float) -> set[str]:
        tables: set[str] = set()
        for notice in self._conn.notifies(timeout=timeout_s, stop_after=1):
            sender, written = read(notice.payload)
            if sender != SENDER:
                tables |= written
        # what else arrived meanwhile, without waiting again
        for notice in self._conn.notifies(timeout=0.0):
            sender, written = read(notice.payload)
            if sender != SENDER:
                tables |= written
        return tables

    def close(self) -> None:
        if self._conn is not None:
            with contextlib.suppress(self._error):
                self._conn.close()
