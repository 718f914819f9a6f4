"""Putting a backup back in place of the database (RELIABILITY.md R7, R2 restore kills):
the backup checked, copied beside the database, migrated and recorded there, the current
file kept aside (owner only, rolled over like a backup), then the copy renamed into place.
services.restoring wraps it so that rights exercised since the backup are applied again."""

from __future__ import annotations

import datetime as dt
import logging
import os
import shutil
import tempfile
from collections.abc import Callable
from pathlib import Path

from soosr_desk.exports.safe_text import fsync_dir
from soosr_desk.services import audit, backups
from soosr_desk.services.backups import BackupError
from soosr_desk.store import db as store_db
from soosr_desk.store import file_checks, migrations, models
from soosr_desk.store.opening import close_database, open_database

log = logging.getLogger(__name__)


def _label(path: Path) -> str:
    return path.name if backups.NAME_RE.match(path.name) else "other-file"


def check_restorable(backup_path: Path) -> None:
    """Raises BackupError unless `backup_path` is an undamaged SOOSR Desk database that
    this version can open."""
    backup_path = Path(backup_path)
    facts = file_checks.inspect_copy(backup_path)
    name = backup_path.name
    if not facts.sqlite:
        raise BackupError(backups.NOT_A_BACKUP, name=name)
    if not facts.ok:
        raise BackupError(backups.BACKUP_DAMAGED, name=name)
    if facts.application_id != file_checks.APPLICATION_ID or not facts.tables:
        raise BackupError(backups.NOT_A_BACKUP, name=name)
    if facts.user_version > migrations.SCHEMA_VERSION:
        raise BackupError(backups.BACKUP_NEWER, name=name)


def _remove_with_companions(path: Path) -> None:
    for suffix in ("", "-wal", "-shm", "-journal"):
        Path(str(path) + suffix).unlink(missing_ok=True)
    for extra in path.parent.glob(path.name + ".v*.bak"):  # a pre-migration copy
        extra.unlink(missing_ok=True)


def restore(
    backup_path: Path,
    db_path: Path,
    *,
    now: dt.datetime | None = None,
    before_audit: Callable[[], None] | None = None,
) -> Path | None:
    """Puts the backup in place of the (closed) database at `db_path`.

    Order: check the backup; copy it to a temporary file beside the database, migrate it
    if older and record the restore in its audit trail, check it again; move the current
    database and its -wal/-shm/-journal aside (never overwritten, never deleted); then
    `os.replace` the copy into place. Returns where the old files went (None when there
    was no database file, e.g. after a damaged one was moved aside). Raises BackupError;
    then the current database is unchanged. Open it afterwards with open_database.
    `before_audit` runs while the copy is open (bound), before the restore is recorded:
    services.restoring applies the erasures made since the backup there."""
    backup_path, db_path = Path(backup_path), Path(db_path)
    now = now or dt.datetime.now()
    check_restorable(backup_path)
    folder = db_path.parent
    try:
        fd, tmp_name = tempfile.mkstemp(prefix=".soosr-restore-", suffix=".tmp", dir=folder)
        os.close(fd)
    except OSError:
        raise BackupError(backups.RESTORE_FAILED, folder=str(folder)) from None
    tmp = Path(tmp_name)
    try:
        shutil.copyfile(backup_path, tmp)
        _record_restore(tmp, _label(backup_path), now, before_audit)
        store_db.fsync_file(tmp)
        facts = file_checks.inspect_copy(tmp)
        if not facts.ok or facts.application_id != file_checks.APPLICATION_ID:
            raise BackupError(backups.BACKUP_DAMAGED, name=backup_path.name)
    except BackupError:
        _remove_with_companions(tmp)
        raise
    except Exception as exc:
        _remove_with_companions(tmp)
        log.warning("a restore could not prepare its copy: %s", type(exc).__name__)
        raise BackupError(backups.RESTORE_FAILED, folder=str(folder)) from None
    aside: Path | None = None
    try:
        if db_path.exists():
            # The database file never disappears: a kill at any moment leaves either the
            # old database (its log emptied first, so nothing of it is lost) or the backup.
            store_db.checkpoint_closed_file(db_path)
            aside = _keep_aside(db_path, f"before-restore-{now:%Y%m%d-%H%M%S}")
        for suffix in ("-wal", "-shm", "-journal"):  # would be replayed onto the copy
            companion = Path(f"{db_path}{suffix}")
            if companion.exists():
                if aside is not None:
                    shutil.move(str(companion), f"{aside}{suffix}")
                else:
                    companion.unlink()
        os.replace(tmp, db_path)
    except OSError as exc:
        log.warning("a restore could not put the copy in place: %s", type(exc).__name__)
        _remove_with_companions(tmp)
        raise BackupError(backups.RESTORE_FAILED, folder=str(folder)) from None
    fsync_dir(folder)
    log.info("restored %s", _label(backup_path))
    return aside


def _keep_aside(path: Path, suffix: str) -> Path:
    """The current database kept under a new name while staying in place: a hard link
    (the same file, instantly), or a copy where links are not possible."""
    target = Path(f"{path}.{suffix}")
    n = 1
    while target.exists():
        n += 1
        target = Path(f"{path}.{suffix}-{n}")
    try:
        os.link(path, target)
    except OSError:
        shutil.copyfile(path, target)
        store_db.fsync_file(target)
    if os.name == "posix":
        target.chmod(0o600)  # it holds everyone the database held (issue 15)
    return target


def _record_restore(
    path: Path, label: str, now: dt.datetime, before_audit: Callable[[], None] | None = None
) -> None:
    """Opens the copy (migrating an older one), runs `before_audit`, records the restore,
    closes it again; the models are bound back to whatever they were bound to before."""
    previous = models.database_proxy.obj
    database = open_database(path, seed=False)
    try:
        if before_audit is not None:
            before_audit()
        with database.atomic():
            audit.record("restore", "database", None, fields=[label], now=now)
    finally:
        close_database(database)
        models.database_proxy.initialize(previous)
    for extra in path.parent.glob(path.name + ".v*.bak"):
        extra.unlink(missing_ok=True)
