"""The PostgreSQL driver, imported when a server address is first used (issue 20).

A desk on its SQLite file never needs psycopg (0.25-0.35 s to import); peewee was
imported without it (soosr_desk/_peewee_import.py). `load()` imports it and gives peewee
what peewee's own import would have found. The imports below sit in a function to defer
an optional driver, not to dodge an import loop."""

from __future__ import annotations

import threading
from types import ModuleType

_lock = threading.Lock()


def load() -> ModuleType:
    """psycopg, with peewee's PostgreSQL support filled in; safe to call again."""
    import peewee
    import psycopg
    from psycopg.pq import TransactionStatus
    from psycopg.types.json import Json, Jsonb

    with _lock:
        if peewee.psycopg is None:  # type: ignore[attr-defined]
            peewee.TransactionStatus = TransactionStatus  # type: ignore[attr-defined]
            peewee.Json_pg3 = Json  # type: ignore[attr-defined]
            peewee.Jsonb_pg3 = Jsonb  # type: ignore[attr-defined]
            adapter = peewee.Psycopg3Adapter  # type: ignore[attr-defined]
            adapter.txn_idle = TransactionStatus.IDLE
            adapter.txn_inerror = TransactionStatus.INERROR
            adapter.txn_unknown = TransactionStatus.UNKNOWN
            peewee.psycopg = psycopg  # type: ignore[attr-defined]
    return psycopg
