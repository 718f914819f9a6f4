"""Opening the office database on a PostgreSQL server: connect, look, migrate, bind.

The counterpart of store/opening.py for a `postgresql://` address. No copy is made before
migrating (the server's own backups and `pg_dump` are the administrator's); each step and
its version number commit in one transaction, as on the file."""

from __future__ import annotations

import logging

from peewee import DatabaseError

from soosr_desk.store import db as store_db
from soosr_desk.store import migrations, models, seed, server

log = logging.getLogger(__name__)


def open_server(url: str, *, seed_new: bool = True, create: bool = True) -> server.ServerDatabase:
    """Opens (and on an empty database creates) the office database at `url`.

    Raises store_db.DatabaseOpenError: SERVER_URL for an address that cannot be used (a
    password in it), SERVER_REFUSED when the server is away or refuses the login, FOREIGN
    for a database with other tables, NEWER for a newer schema, MISSING for an empty
    database when `create` is not given (the schema is made only when asked for)."""
    database = connect_url(url)
    where = database.address.display()
    try:
        state = server.inspect(database)
        if not state.ours:
            raise store_db.DatabaseOpenError(store_db.OpenProblem.FOREIGN, where)
        if not state.has_tables and not create:
            raise store_db.DatabaseOpenError(store_db.OpenProblem.MISSING, where)
        if state.version > migrations.SCHEMA_VERSION:
            raise store_db.DatabaseOpenError(
                store_db.OpenProblem.NEWER, where, f"version {state.version}"
            )
        older = state.has_tables and state.version < migrations.SCHEMA_VERSION
        if older and not server.owns_schema(database):  # a desk role: no DDL (README)
            raise store_db.DatabaseOpenError(
                store_db.OpenProblem.SERVER_OWNER, where, f"version {state.version}"
            )
        if state.has_tables and state.version == migrations.SCHEMA_VERSION:
            # the usual open: nothing to make, migrate or seed, so no transaction under
            # the office's write lock (it read the schema twice more and waited on
            # whichever desk was writing)
            models.database_proxy.initialize(database)
            return database
        # one transaction under the office's write lock: two desks opening a new (or an
        # older) database at once migrate and seed it once, the second finding it done
        with database.atomic():
            fresh = not server.inspect(database).has_tables
            ran = migrations.migrate(database)
            models.database_proxy.initialize(database)
            if seed_new and fresh:
                seed.seed_database(database)
        if ran:
            log.info("migrated the server database to version %s", ran[-1])
    except Exception:
        database.close()
        raise
    return database


def connect_url(url: str) -> server.ServerDatabase:
    """Connects to the server database at `url`; DatabaseOpenError when it cannot."""
    try:
        address = server.parse_url(url)
    except server.ServerAddressError as exc:
        raise store_db.DatabaseOpenError(
            store_db.OpenProblem.SERVER_URL, _shown(url), str(exc)
        ) from None
    try:
        return server.connect(address)
    except DatabaseError as exc:  # no message text: it can name the user or host
        raise store_db.DatabaseOpenError(
            store_db.OpenProblem.SERVER_REFUSED, address.display(), type(exc).__name__
        ) from None


def _shown(url: str) -> str:
    """The address without anything after the user name's colon (a password)."""
    head, _, rest = url.partition("://")
    if "@" in rest:
        rest = rest.split("@", 1)[1]
    return f"{head}://…@{rest}" if rest else head
