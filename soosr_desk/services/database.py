"""Opening and closing the database for the UI and the CLI, with messages a user can act
on for every way a file can be unusable."""

from __future__ import annotations

import datetime as dt
import logging
from pathlib import Path

from soosr_desk.rules.i18n import N_
from soosr_desk.services import backups, backups_server, erasure, restoring
from soosr_desk.store import db as store_db
from soosr_desk.store import location, models, server, session
from soosr_desk.store.db import DatabaseOpenError, DeskDatabase, OpenProblem
from soosr_desk.store.opening import close_database, open_database

__all__ = ["DatabaseOpenError", "OpenProblem", "open_desk", "close_desk", "problem_message"]

MESSAGES = {
    OpenProblem.MISSING_FOLDER: N_(
        "The folder for the database does not exist: {path}. Choose an existing folder."
    ),
    OpenProblem.IS_DIRECTORY: N_("{path} is a folder, not a database file. Choose a file."),
    OpenProblem.NOT_SQLITE: N_(
        "{path} is not a SOOSR Desk database (it is not an SQLite file). Nothing was changed. "
        "Choose another file."
    ),
    OpenProblem.DAMAGED: N_(
        "The database {path} is damaged. Nothing was changed. Restore the latest backup, or "
        "ask your IT support for help."
    ),
    OpenProblem.FOREIGN: N_(
        "{path} is a database of another program, not of SOOSR Desk. Nothing was changed."
    ),
    OpenProblem.NEWER: N_(
        "The database {path} was made by a newer version of SOOSR Desk. Install the newer "
        "version to open it; this version will not change it."
    ),
    OpenProblem.READ_ONLY: N_(
        "The database {path} is read-only. Make the file writable (file properties) or copy "
        "it to a folder where you can write."
    ),
    OpenProblem.FOLDER_READ_ONLY: N_(
        "SOOSR Desk cannot write in the folder of {path}. It needs to create files beside the "
        "database. Choose a folder where you can write."
    ),
    OpenProblem.MISSING: N_(
        "There is no SOOSR Desk database at {path}. Nothing was made. Check the path, or add "
        "--create to make a new database there."
    ),
    OpenProblem.DISK_FULL: N_(
        "The disk of {path} is full (schijf vol). Nothing was changed. Free up space, then "
        "try again."
    ),
    OpenProblem.CANNOT_OPEN: N_(
        "The database {path} cannot be opened. Check that the file and folder exist and are "
        "not in use, then try again."
    ),
    OpenProblem.SERVER_URL: N_(
        "The server address {path} cannot be used. Write it as "
        "postgresql://user@server:5432/database, without a password: keep the password in "
        "the Windows Credential Manager or in a pgpass file (see the README)."
    ),
    OpenProblem.SERVER_REFUSED: N_(
        "The database server {path} cannot be reached or refused the login. Check the "
        "network connection, the address, and the password in the Windows Credential "
        "Manager or pgpass file; nothing was changed."
    ),
    OpenProblem.SERVER_OWNER: N_(
        "The office database {path} was made by an older version of SOOSR Desk and must be "
        "updated first. Only its owner may do that: ask your administrator to run "
        "soosr-desk check --db with the owner's address (see the README). Nothing was changed."
    ),
}

NETWORK_WARNING = N_(
    "The database {path} is on a network drive. SQLite is not safe there: two computers can "
    "damage it. Keep the database on this computer's own disk."
)
SYNCED_WARNING = N_(
    "The database {path} is in a synchronised folder (OneDrive, Dropbox). Synchronisation can "
    "copy a half-written file. Keep the database outside such folders."
)

log = logging.getLogger(__name__)


def problem_message(problem: OpenProblem) -> str:
    return MESSAGES[problem]


def path_warning(path: Path) -> str | None:
    """A warning (N_ text with {path}) when the path is not a safe place, else None."""
    kind = location.path_kind(Path(path))
    if kind == location.PathKind.NETWORK:
        return NETWORK_WARNING
    if kind == location.PathKind.SYNCED:
        return SYNCED_WARNING
    return None


def default_path() -> Path:
    return location.default_database_path()


def is_server_address(text: object) -> bool:
    """True for a `postgresql://` address (the office server), False for a file path."""
    return server.is_server_url(text)


def db_location(text: str) -> Path | str:
    """What `--db` takes: a file path, or a `postgresql://` address kept as text."""
    return text if server.is_server_url(text) else Path(text)


def open_desk(
    path: Path | str,
    *,
    create_folder: bool = False,
    create: bool = False,
    check_later: bool = False,
) -> DeskDatabase:
    """Opens the database; with `create_folder`, makes the (default) data folder first.
    A new database is made only with `create` (the window's first start, `--create`).
    `check_later`: the full damage check runs in the background, writes wait for it.
    A `postgresql://` address opens the office database on a server (issue 18)."""
    if server.is_server_url(path):
        return open_database(path, create=create)
    path = Path(path)
    if create_folder:
        path.parent.mkdir(parents=True, exist_ok=True)
    return open_database(path, create=create, check_later=check_later)


def current_database() -> DeskDatabase | None:
    return models.database_proxy.obj


def start_up_tasks(path: Path, now: dt.datetime | None = None) -> list[str]:
    """What runs once the database is open: an erasure whose bytes were not gone yet is
    finished, and the day's backup is made (once a day; old ones pruned). Returns N_
    lines for the status bar; a failed backup raises BackupError after the rest ran."""
    now = now or dt.datetime.now()
    lines = []
    if erasure.is_pending():
        lines.append(
            N_("An earlier erasure was finished: the erased data is now gone from the file.")
            if erasure.finish_pending()
            else erasure.NOT_FINISHED
        )
    db = session.database()
    if isinstance(db, server.ServerDatabase):  # a logical dump, the same roll-over (issue 18)
        made = backups_server.backup_if_due(db, now)
    else:
        made = backups.backup_if_due(db, Path(path), now)
    if made is not None:
        lines.append(N_("Today's backup was made."))
    return lines


def make_backup_now(path: Path | str, now: dt.datetime) -> backups.BackupInfo:
    """A backup of the open database now: of a file, a checked copy; of the office
    server, a logical dump (issue 18)."""
    db = session.database()
    if isinstance(db, server.ServerDatabase):
        return backups_server.make_backup(db, now=now)
    return backups.make_backup(db, Path(path), now=now)


def restore_backup(backup_path: Path, path: Path | str):
    """Closes the database, puts the backup in its place (the current file moved aside,
    never overwritten; erasures, objections and withdrawals made since the backup applied
    again) and opens it again; returns a services.restoring.RestoreResult. When the
    restore is refused the current database is opened again unchanged. On the office
    server the rows are replaced in one transaction, the connection stays (issue 18)."""
    db = current_database()
    if isinstance(db, server.ServerDatabase):
        return backups_server.restore(db, Path(backup_path))
    if db is not None and not db.is_closed():
        close_database(db)
    try:
        return restoring.restore(Path(backup_path), Path(path))
    finally:
        open_database(Path(path))


def close_desk(database: DeskDatabase) -> None:
    """Anchors the audit chain's head outside the file (when it still holds what was
    anchored before), then checkpoints and closes."""
    from soosr_desk.services import audit

    if not database.is_closed() and not getattr(database, "is_server", False):
        audit.anchor_now(Path(database.database))
    close_database(database)


def sqlite_version() -> str:
    return store_db.sqlite_version()


# --- writes that fail underneath (disk full, read-only, locked, I/O) ---------------------

STORAGE_MESSAGES = {
    "full": N_(
        "The disk is full (schijf vol): nothing was saved. Free up space, then save again; "
        "what you typed is still here."
    ),
    "readonly": N_(
        "The database cannot be written to (read-only): nothing was saved. Check the file's "
        "properties or ask your IT support; what you typed is still here."
    ),
    "locked": N_(
        "The database is busy in another program: nothing was saved. Wait a moment and save "
        "again; what you typed is still here."
    ),
    "io": N_(
        "Writing to the disk failed (schrijffout): nothing was saved. Check the disk or "
        "network connection and save again; what you typed is still here."
    ),
}
_MARKERS = (
    ("full", ("database or disk is full", "disk is full", "no space left")),
    ("readonly", ("readonly database", "read-only", "attempt to write a readonly")),
    ("locked", ("database is locked", "database table is locked")),
    ("io", ("disk i/o error", "unable to open database file")),
)


def storage_problem(exc: BaseException) -> str | None:
    """The N_ message for a write that failed in SQLite or the OS, else None.

    Walks __cause__ and __context__: on a full disk peewee reports "cannot rollback - no
    transaction is active" and hides the real cause two exceptions down (RELIABILITY.md)."""
    seen: set[int] = set()
    todo: list[BaseException | None] = [exc]
    while todo:
        e = todo.pop()
        if e is None or id(e) in seen:
            continue
        seen.add(id(e))
        text = str(e).lower()
        if isinstance(e, OSError) and getattr(e, "errno", None) == 28:
            return STORAGE_MESSAGES["full"]
        for key, markers in _MARKERS:
            if any(marker in text for marker in markers):
                return STORAGE_MESSAGES[key]
        todo += [e.__cause__, e.__context__]
    return None
