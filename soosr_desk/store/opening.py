"""Opening a database file carefully: look first, copy before migrating, then bind."""

from __future__ import annotations

import datetime as dt
import logging
import os
from pathlib import Path

from soosr_desk.store import db as store_db
from soosr_desk.store import file_checks, migrations, models, server, server_opening

log = logging.getLogger(__name__)


PRIVATE = 0o600  # the database, its -wal and -shm (SQLite gives those the file's mode)


def make_private(path: Path) -> None:
    """Owner-only read and write on POSIX (on Windows the data folder is in the user's
    profile, which only that user can read)."""
    if os.name != "posix":
        return
    for suffix in ("", "-wal", "-shm", "-journal"):
        p = Path(f"{path}{suffix}")
        try:
            if p.exists() and p.stat().st_mode & 0o077:
                p.chmod(PRIVATE)
        except OSError:
            pass  # another user's file: SQLite will say what it can't do


def open_database(
    path: str | Path, *, seed: bool = True, create: bool = True, check_later: bool = False
) -> store_db.DeskDatabase:
    """Opens (or, with `create`, makes) the database at `path`, migrates it and binds
    the models.

    Order (RELIABILITY.md): a read-only look at the file (not SQLite, damaged, another
    program's, newer version), a writability check, a copy before migrating, then the
    migration steps, each in its own transaction. A 0-byte file counts as new. An SQLite
    file without our application id is another program's, even when it has no tables,
    and is never touched. A new database is built under a temporary name and renamed
    into place when whole, so a half-made file never sits under the real name.

    `check_later` (the window): the full damage check (`quick_check`, reading every page)
    runs in the background and every write waits until it has passed. It runs before
    opening all the same after an unclean shutdown and before a migration (which writes).
    A `postgresql://` address opens the office database on a server (issue 18).
    """
    if server.is_server_url(path):
        return server_opening.open_server(str(path), seed_new=seed, create=create)  # type: ignore[return-value]
    path = Path(path)
    later = check_later and not file_checks.unclean_shutdown(path)
    state = file_checks.inspect_file(path, full_check=not later)
    foreign = state.application_id != file_checks.APPLICATION_ID
    if not state.has_tables and state.exists and not state.empty and foreign:
        raise store_db.DatabaseOpenError(store_db.OpenProblem.FOREIGN, path, "no tables")
    if not state.has_tables:
        if not create:
            raise store_db.DatabaseOpenError(store_db.OpenProblem.MISSING, path)
        file_checks.check_writable(path)
        _build_new(path, seed=seed)
        state = file_checks.inspect_file(path)
        later = False  # made just now: checked in full above
    if later and state.has_tables and state.user_version < migrations.SCHEMA_VERSION:
        later = False
        if not file_checks.full_check(path):
            raise store_db.DatabaseOpenError(store_db.OpenProblem.DAMAGED, path, "quick_check")
    if state.has_tables and state.user_version > migrations.SCHEMA_VERSION:
        raise store_db.DatabaseOpenError(
            store_db.OpenProblem.NEWER, path, f"version {state.user_version}"
        )
    file_checks.check_writable(path)
    make_private(path)
    if state.has_tables and state.user_version < migrations.SCHEMA_VERSION:
        stamp = dt.date.today().strftime("%Y%m%d")
        copy = Path(f"{path}.v{state.user_version}-{stamp}.bak")
        store_db.copy_clean(path, copy)
        log.info("copied database before migrating from version %s", state.user_version)
    database = store_db.connect(path)
    if later and state.has_tables:
        database.check_in_background()
    else:  # inspect_file or the step before a migration read every page just now
        database.checked_at_opening()
    try:
        ran = migrations.migrate(database)
        if ran:
            log.info("migrated database to version %s", ran[-1])
        models.database_proxy.initialize(database)
    except Exception:
        database.close()
        raise
    return database


def _build_new(path: Path, *, seed: bool) -> None:
    """Makes a new database at `path` (absent or 0 bytes) under a temporary name: owner-
    only file mode from the start, application id, every migration step, the seed; then
    checkpointed, closed and renamed into place."""
    tmp = path.with_name(f".{path.name}.creating")
    for suffix in ("", "-wal", "-shm", "-journal"):
        Path(f"{tmp}{suffix}").unlink(missing_ok=True)
    try:
        os.close(os.open(tmp, os.O_CREAT | os.O_EXCL | os.O_WRONLY, PRIVATE))
        database = store_db.connect(tmp)
        try:
            store_db.set_application_id(database)
            migrations.migrate(database)
            if seed:
                from soosr_desk.store.seed import seed_database

                previous = models.database_proxy.obj
                models.database_proxy.initialize(database)
                try:
                    seed_database(database)
                finally:
                    models.database_proxy.initialize(previous)
            store_db.checkpoint_truncate(database, attempts=5)
        finally:
            database.close()
        store_db.fsync_file(tmp)
        os.replace(tmp, path)
    except BaseException as exc:
        for suffix in ("", "-wal", "-shm", "-journal"):
            Path(f"{tmp}{suffix}").unlink(missing_ok=True)
        problem = _storage_problem(exc)
        if problem is None:
            raise
        raise store_db.DatabaseOpenError(problem, path, type(exc).__name__) from None
    for suffix in ("-wal", "-shm"):
        Path(f"{tmp}{suffix}").unlink(missing_ok=True)


def close_database(database: store_db.DeskDatabase) -> None:
    """Checkpoints the WAL into the file and closes the connection."""
    if isinstance(database, server.ServerDatabase):
        database.close()
        return
    try:
        store_db.checkpoint_truncate(database, attempts=1)
    finally:
        database.close()


def _storage_problem(exc: BaseException) -> store_db.OpenProblem | None:
    """A full disk or a folder that cannot be written, in the OS's or SQLite's words."""
    if isinstance(exc, OSError) and exc.errno == 28 or "full" in str(exc).lower():
        return store_db.OpenProblem.DISK_FULL
    if isinstance(exc, OSError) and exc.errno in (13, 30) or "readonly" in str(exc).lower():
        return store_db.OpenProblem.FOLDER_READ_ONLY
    return None
