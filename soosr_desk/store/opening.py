"""Opening a database file carefully: look first, copy before migrating, then bind."""

from __future__ import annotations

import datetime as dt
import logging
from pathlib import Path

from soosr_desk.store import db as store_db
from soosr_desk.store import migrations, models, server, server_opening

log = logging.getLogger(__name__)


def open_database(path: str | Path, *, seed: bool = True) -> store_db.DeskDatabase:
    """Opens (or creates) the database at `path`, migrates it and binds the models.

    Order (RELIABILITY.md): a read-only look at the file (not SQLite, damaged, another
    program's, newer version), a writability check, a copy before migrating, then the
    migration steps, each in its own transaction. A 0-byte file counts as new.
    A `postgresql://` address opens the office database on a server (issue 18).
    """
    if server.is_server_url(path):
        return server_opening.open_server(str(path), seed_new=seed)  # type: ignore[return-value]
    path = Path(path)
    state = store_db.inspect_file(path)
    if state.has_tables and state.user_version > migrations.SCHEMA_VERSION:
        raise store_db.DatabaseOpenError(
            store_db.OpenProblem.NEWER, path, f"version {state.user_version}"
        )
    store_db.check_writable(path)
    if state.has_tables and state.user_version < migrations.SCHEMA_VERSION:
        stamp = dt.date.today().strftime("%Y%m%d")
        copy = Path(f"{path}.v{state.user_version}-{stamp}.bak")
        store_db.copy_clean(path, copy)
        log.info("copied database before migrating from version %s", state.user_version)
    database = store_db.connect(path)
    try:
        if not state.has_tables:
            store_db.set_application_id(database)
        ran = migrations.migrate(database)
        if ran:
            log.info("migrated database to version %s", ran[-1])
        models.database_proxy.initialize(database)
        if seed and not state.has_tables:
            from soosr_desk.store.seed import seed_database

            seed_database(database)
    except Exception:
        database.close()
        raise
    return database


def close_database(database: store_db.DeskDatabase) -> None:
    """Checkpoints the WAL into the file and closes the connection."""
    if isinstance(database, server.ServerDatabase):
        database.close()
        return
    try:
        store_db.checkpoint_truncate(database, attempts=1)
    finally:
        database.close()
