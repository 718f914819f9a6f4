"""Backups of an office database on a server, and putting one back (issue 18).

A backup is a logical dump: `pg_dump` in its custom format (`soosr-desk-...dump`) when the
tool is found and can read this server; else the program's own export, the whole database
read in one REPEATABLE READ snapshot into a database file (`soosr-desk-...db`, the same as
`soosr-desk move --to FILE`). Both are consistent (pg_dump also reads one snapshot), both
are checked before they get their name, and both roll over exactly as a file's backups
(services.backups: the same folder rules, `prune`, `roll_over_date`), in this desk's data
folder under `backups/server-<host_port_database>-<hash>`.

A restore replaces every row of the office database in ONE transaction, under the
office's write lock: the erasures, objections and consent withdrawals recorded in the
database now are read first and applied again to the restored rows before COMMIT, so an
erased person never comes back (services.restoring, the same rule as for a file). It
replaces everything, so it is the owner's act (README), like a migration.
"""

from __future__ import annotations

import datetime as dt
import glob
import logging
import os
import re
import shutil
import subprocess
import tempfile
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path

from soosr_desk.exports.safe_text import fsync_dir
from soosr_desk.rules.i18n import N_
from soosr_desk.services import audit, backups, erasure, move, restoring
from soosr_desk.services.backups import BackupError, BackupInfo
from soosr_desk.store import db as store_db
from soosr_desk.store import migrations, server, server_documents, session, transfer

log = logging.getLogger(__name__)

DUMP_SUFFIX = ".dump"
TOOL_TIMEOUT_S = 3600
RESTORE_NEEDS_OWNER = N_(
    "A restore replaces all data of the office database, so only its owner may do it: use "
    "the owner's address (see the README). Nothing was changed."
)
DUMP_OTHER_VERSION = N_(
    "The backup {name} was made by another version of SOOSR Desk (schema {version}). "
    "Restore it with pg_restore into a new database and open that with the owner's "
    "address (see the README). Nothing was changed."
)
NO_PG_RESTORE = N_(
    "The PostgreSQL tool pg_restore was not found, so the backup {name} cannot be read. "
    "Install the PostgreSQL client tools. Nothing was changed."
)


def find_tool(name: str) -> str | None:
    """The PostgreSQL client tool `name` (pg_dump, pg_restore): on the PATH, else the
    newest in Debian's or the Windows installer's folder."""
    found = shutil.which(name)
    if found:
        return found
    patterns = [
        f"/usr/lib/postgresql/*/bin/{name}",
        os.path.join(os.environ.get("PROGRAMFILES", r"C:\Program Files"), "PostgreSQL", "*", "bin")
        + f"/{name}.exe",
    ]
    for pattern in patterns:
        hits = sorted(glob.glob(pattern), key=_major)
        if hits:
            return hits[-1]
    return None


def _major(path: str) -> int:
    match = re.search(r"[/\\](\d+)[/\\]bin", path)
    return int(match.group(1)) if match else 0


def _env(address: server.ServerAddress) -> dict[str, str]:
    """The tools' environment: the password from the OS keyring, never on a command line
    (without it libpq reads pgpass itself)."""
    env = dict(os.environ)
    password = server.keyring_password(address)
    if password:
        env["PGPASSWORD"] = password
    return env


def _pg_dump(address: server.ServerAddress, tmp: Path) -> bool:
    """pg_dump into `tmp`, checked by listing it with pg_restore. False when either tool
    is missing or fails (an older pg_dump than the server, say): then the own export."""
    dump, restore = find_tool("pg_dump"), find_tool("pg_restore")
    if dump is None or restore is None:
        return False
    env = _env(address)
    try:
        subprocess.run(
            [dump, "--format=custom", "--no-owner", "--no-privileges", "--file", str(tmp),
             "--dbname", address.url],
            env=env, check=True, capture_output=True, timeout=TOOL_TIMEOUT_S,
        )  # fmt: skip
        listed = subprocess.run(
            [restore, "--list", str(tmp)],
            env=env, check=True, capture_output=True, text=True, timeout=TOOL_TIMEOUT_S,
        )  # fmt: skip
    except (OSError, subprocess.SubprocessError) as exc:
        log.warning("pg_dump could not make a backup (%s): the own export", type(exc).__name__)
        tmp.unlink(missing_ok=True)
        return False
    if "TABLE DATA public audit_event" not in listed.stdout:
        raise BackupError(backups.CHECK_FAILED)
    return True


def make_backup(
    db: server.ServerDatabase,
    *,
    now: dt.datetime,
    out: Path | None = None,
    progress: Callable[[int, int], None] | None = None,
    use_pg_dump: bool = True,
) -> BackupInfo:
    """A checked logical backup of the office database (see the module text), in the
    backup folder of this server database or at `out` (never over an existing file).
    Recorded in the audit trail. Raises BackupError."""
    url = db.address.url
    folder = Path(out).parent if out is not None else backups.backup_dir(url)
    if out is not None and Path(out).exists():
        raise BackupError(backups.OUT_EXISTS, name=Path(out).name)
    try:
        folder.mkdir(parents=True, exist_ok=True)
        fd, name = tempfile.mkstemp(prefix=backups.TEMP_PREFIX, suffix=".tmp", dir=folder)
        os.close(fd)
    except OSError:
        raise BackupError(backups.WRITE_FAILED, folder=str(folder)) from None
    tmp = Path(name)
    try:
        if use_pg_dump and _pg_dump(db.address, tmp):
            suffix = DUMP_SUFFIX
        else:
            tmp.unlink(missing_ok=True)  # the export makes its file itself
            # the rows only: the stored documents are in pg_dump's copy, not in this one
            move.copy_out(db.address, tmp, progress)
            suffix = ".db"
        store_db.fsync_file(tmp)
        target = Path(out) if out is not None else backups.free_name(folder, now, suffix)
        transfer.place_new(tmp, target)
    except BackupError:
        raise
    except Exception as exc:  # disk full, folder not writable, the server went away
        log.warning("a server backup could not be written: %s", type(exc).__name__)
        raise BackupError(backups.WRITE_FAILED, folder=str(folder)) from None
    finally:
        for extra in ("", "-wal", "-shm", "-journal"):
            Path(f"{tmp}{extra}").unlink(missing_ok=True)
    fsync_dir(folder)
    label = target.name if out is None else "other-location"
    with db.atomic():
        audit.record("backup", "database", None, fields=[label], now=now)
    log.info("server backup made: %s", label)
    info = backups._parse(target)
    return info or BackupInfo(target, now.replace(microsecond=0), target.stat().st_size)


def backup_if_due(db: server.ServerDatabase, now: dt.datetime) -> BackupInfo | None:
    """As backups.backup_if_due: one backup a day, then the same roll-over."""
    url = db.address.url
    made = None
    if not any(b.taken_at.date() == now.date() for b in backups.list_backups(url)):
        made = make_backup(db, now=now)
    backups.prune(
        backups.backup_dir(url),
        now.date(),
        keep=made.path if made else None,
        floor_after=backups.latest_erasure(),
    )
    return made


# --- restoring ------------------------------------------------------------------------


def _copy_blocks(script: Iterable[str]) -> Iterator[tuple[str, str, list[str]]]:
    """(table, COPY statement, data lines) of each table in pg_restore's data-only SQL."""
    lines = iter(script)
    for line in lines:
        match = re.match(r'^COPY (?:\w+\.)?"?(\w+)"? \(.*\) FROM stdin;$', line.rstrip("\n"))
        if not match:
            continue
        data = []
        for row in lines:
            if row.rstrip("\n") == "\\.":
                break
            data.append(row)
        yield match.group(1), line.rstrip("\n").rstrip(";"), data


def _load_dump(db: server.ServerDatabase, path: Path) -> None:
    """The rows of a pg_dump backup written into the (emptied) tables, inside the
    caller's transaction. Refuses a backup of another schema version."""
    tool = find_tool("pg_restore")
    if tool is None:
        raise BackupError(NO_PG_RESTORE, name=path.name)
    done = subprocess.run(
        [tool, "--data-only", "--file=-", str(path)],
        env=_env(db.address), capture_output=True, text=True, timeout=TOOL_TIMEOUT_S,
    )  # fmt: skip
    if done.returncode != 0:
        raise BackupError(backups.NOT_A_BACKUP, name=path.name)
    blocks = list(_copy_blocks(done.stdout.splitlines(keepends=True)))
    versions = [b[2] for b in blocks if b[0] == server.SCHEMA_TABLE]
    version = versions[0][0].split("\t")[1].strip() if versions and versions[0] else "?"
    if not any(b[0] == "audit_event" for b in blocks):
        raise BackupError(backups.NOT_A_BACKUP, name=path.name)
    if version != str(migrations.SCHEMA_VERSION):
        raise BackupError(DUMP_OTHER_VERSION, name=path.name, version=version)
    by_table = {b[0]: b for b in blocks}
    raw = db.connection()
    with raw.cursor() as cursor:
        # pg_restore's order is by name; the stored documents (emptied by the caller) too
        for table in [*transfer.tables_in_order(), server_documents.TABLE]:
            if table not in by_table or not by_table[table][2]:
                continue
            _name, statement, data = by_table[table]
            with cursor.copy(statement) as copy:
                for row in data:
                    copy.write(row)


def restore(
    db: server.ServerDatabase, backup_path: Path, *, today: dt.date | None = None
) -> restoring.RestoreResult:
    """Puts the backup's rows in place of the office database's, in one transaction, with
    the rights exercised since applied again (see the module text). Raises BackupError;
    then nothing was changed."""
    backup_path = Path(backup_path)
    today = today or dt.date.today()
    if not server.owns_schema(db):
        raise BackupError(RESTORE_NEEDS_OWNER)
    is_dump = backup_path.suffix == DUMP_SUFFIX
    # the data as it is now, kept as a backup first: a restore never loses it
    before = make_backup(db, now=dt.datetime.now())
    result = restoring.RestoreResult(aside=before.path)
    with transfer.temporary_folder() as folder:
        lite = None
        if not is_dump:
            try:
                copy = transfer.clean_copy(backup_path, Path(folder))
            except (transfer.TransferError, store_db.DatabaseOpenError):
                raise BackupError(backups.NOT_A_BACKUP, name=backup_path.name) from None
            lite = store_db.connect(copy)
        try:
            with session.transaction():
                facts = restoring.current_rights()
                used = server.max_ids(db)  # an id used before is never handed out again
                if lite is not None:
                    transfer.copy_rows(lite, db)
                else:
                    transfer.empty_tables(db)
                    server_documents.delete(db, server_documents.names(db))
                    _load_dump(db, backup_path)
                server.reset_sequences(db, floor=used)
                restoring.reapply(facts, result, today, finish=False)
                # no document bytes without a row naming them (attached since the backup)
                server_documents.keep_only(db, transfer.named_documents(db))
                label = backup_path.name if backups.NAME_RE.match(backup_path.name) else "other"
                audit.record("restore", "database", None, fields=[label])
        finally:
            if lite is not None:
                lite.close()
    erasure.finish_pending()  # VACUUM of the replaced rows, outside the transaction
    return result
