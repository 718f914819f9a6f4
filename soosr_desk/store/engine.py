"""The maintenance steps the services need, for either engine: the desk's SQLite file
(store/db.py) or the office database on a PostgreSQL server (store/server.py, issue 18).
Services call these, so they never ask which engine they run on."""

from __future__ import annotations

from contextlib import nullcontext

from soosr_desk.store import db as store_db
from soosr_desk.store import server


def on_server(database: object) -> bool:
    return isinstance(database, server.ServerDatabase)


def quick_check(database) -> bool:
    if on_server(database):
        return server.quick_check(database)
    # never on the shared connection: the file's own check (issue 20)
    return bool(database.check_now())


def checkpoint_truncate(database, *, attempts: int = 20, pause_s: float = 0.1) -> bool:
    """On the file: the WAL emptied into it. On the server there is no log of ours: the
    server's WAL is the administrator's (docs/decisions.md, issue 18)."""
    if on_server(database):
        return True
    return store_db.checkpoint_truncate(database, attempts=attempts, pause_s=pause_s)


def vacuum(database, tables: list[str] | None = None) -> None:
    """On the file: rewritten without free pages (all of it: `tables` is for the server).
    On the server: VACUUM of `tables` (default all), which makes the space of deleted
    rows and of the old versions of changed rows free for reuse."""
    if on_server(database):
        server.vacuum(database, tables)
    else:
        store_db.vacuum(database)


def insert_rows(database, model, fields: list, rows, shape: list | None = None) -> None:
    """One prepared INSERT of `model`'s `fields`, run for every row of `rows` (its values
    in the order of `fields`) by the driver's executemany: peewee's insert_many renders
    each value into the SQL text one by one (three quarters of the demo's time at 100,000
    contacts). `shape`: the statement's row, None where a value is bound, else the value's
    SQL. Ids given by the program are made known to the server's sequence."""
    sql, _ = model.insert_many([shape or [None] * len(fields)], fields=fields).sql()
    database.cursor().executemany(sql, rows)
    if model._meta.primary_key.name in {field.name for field in fields}:
        ids_written(database, model._meta.table_name)


def ids_written(database, table: str) -> None:
    """After rows were inserted with ids chosen by the program (the demo): on the server
    the table's id sequence is moved past them; SQLite needs nothing."""
    if on_server(database):
        server.reset_sequences(database, [table])


def large_cache(database):
    """A larger page cache while bulk rows go in (the demo); the server manages its own."""
    if on_server(database):
        return nullcontext()
    return store_db.large_cache(database)


def indexes_built_after(database, tables: tuple[str, ...], *, spill: bool = True):
    """Inside a write transaction on the file: the indexes of `tables` made once at the
    end of the block rather than row by row (store/db.py). The server's are left alone."""
    if on_server(database):
        return nullcontext()
    return store_db.indexes_built_after(database, tables, spill=spill)
