"""The open database as the services reach it: the one way to start a transaction, to
hold the connection's lock, and to get the database for a maintenance step.

Services call `transaction()`, never `Model._meta.database.atomic()`: the models reach the
database through a peewee proxy, and the proxy's `atomic()` begins and commits on the
connection without taking the lock that `DeskDatabase.atomic()` holds for the whole
transaction (store/db.py explains why that lock exists)."""

from __future__ import annotations

import getpass
import os
import platform
import threading
from contextlib import AbstractContextManager
from typing import cast

from soosr_desk.store.db import DeskDatabase
from soosr_desk.store.models import database_proxy


def database() -> DeskDatabase:
    """The database `store.opening.open_database` bound the models to."""
    db = database_proxy.obj
    if db is None:
        raise RuntimeError("no database is open")
    return cast(DeskDatabase, db)


def transaction() -> AbstractContextManager[object]:
    """A write transaction (BEGIN IMMEDIATE) that holds the connection's lock until it
    commits or rolls back; nested, a savepoint. Use as `with session.transaction():`."""
    return database().atomic()


def lock() -> threading.RLock:
    """The connection's lock, for work that must not interleave with a transaction of
    another thread but is not a transaction itself (a read in several statements)."""
    return database().lock


def _login() -> str:
    try:
        return getpass.getuser()
    except Exception:  # no login name available (service accounts, containers)
        return "?"


def _computer() -> str:
    return os.environ.get("COMPUTERNAME") or platform.node() or "?"


def actor() -> str:
    """Who acts, for the audit trail: the OS login of the staff member; on the office
    server also the computer's name (`jan@BALIE-2`), so that the desks of one office
    are told apart (issue 18). Nothing else about the person."""
    login = _login()
    db = database_proxy.obj
    if getattr(db, "is_server", False):
        return f"{login}@{_computer()}"[:100]
    return login[:100]


def split_actor(actor_text: str) -> tuple[str, str]:
    """An audit actor as (login, computer); the computer is "" for a desk's own file."""
    login, _, computer = actor_text.rpartition("@") if "@" in actor_text else (actor_text, "", "")
    return login, computer
