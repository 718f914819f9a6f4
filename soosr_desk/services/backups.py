"""Backups: a daily, checked copy of the database, thinned to 7 daily + 4 weekly, and a
restore that keeps the current file aside (RELIABILITY.md R6, R7, R8; issue 7 item 5).

Why `VACUUM INTO` and never the backup API or a file copy: a file copy of a database in
use is often unusable (RELIABILITY.md section 0), and the backup API copies free pages bit
for bit, so data erased with an outside tool (or before secure_delete) would live on in
the backup. `VACUUM INTO` writes a fresh, minimal file of the live rows only.

Erased data lives on in the backups made before the erasure until they are pruned; the
erasure answer states that date (`roll_over_date`).
"""

from __future__ import annotations

import datetime as dt
import json
import logging
import re
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from soosr_desk.exports.safe_text import atomic_write, fsync_dir
from soosr_desk.rules.i18n import N_
from soosr_desk.services import audit
from soosr_desk.services.errors import ServiceError
from soosr_desk.store import db as store_db
from soosr_desk.store import file_checks, location, models, server, session

log = logging.getLogger(__name__)

# --- which backups to keep (pure: no files, no database) ------------------------------

DAILY = 7  # the newest backup of each of the 7 most recent days that have backups
WEEKLY = 4  # then the newest of each of the 4 most recent ISO weeks before those days
MAX_AGE_DAYS = 35  # and never one dated `MAX_AGE_DAYS` or more days before today
KEEP_AT_LEAST = 7  # the newest good backups made after the latest erasure: never by age
FUTURE_SLACK = dt.timedelta(hours=1)  # a backup dated later than this is suspect


NO_FLOOR = dt.datetime.max  # `floor_after` default: keep by age and slots only


def backups_to_keep(
    dates: list[dt.datetime], today: dt.date, *, floor_after: dt.datetime | None = NO_FLOOR
) -> set[dt.datetime]:
    """The moments (from `dates`) of the backups to keep on `today`.

    Daily: the newest backup of each of the 7 most recent dates that have backups.
    Weekly: of the backups older than those 7 dates, the newest of each of the 4 most
    recent ISO weeks that have backups. So a long run of daily start-ups keeps exactly
    7 + 4 = 11 files. Whatever the pattern of start-ups (weekdays only, holidays), a
    backup dated `MAX_AGE_DAYS` or more days before `today` is not kept: that is what
    makes `roll_over_date` a promise. Backups dated after `today` (a clock set back)
    are counted like the others and not deleted for their date.

    By count as well (issue 15): the newest backup of each of the `KEEP_AT_LEAST` most
    recent days that have backups made after
    `floor_after` (the latest erasure; None: there was none) is kept whatever its age,
    so one start with the clock set years ahead does not delete every real backup. They
    hold no erased person, so the erasure letter's promise holds. Backups dated after
    `today` are left to `prune` (suspect: kept, never counted here as the newest).
    """
    today = today.date() if isinstance(today, dt.datetime) else today
    limit = today - dt.timedelta(days=MAX_AGE_DAYS)
    dates = [d for d in dates if d.date() <= today]
    floor_of_day: dict[dt.date, dt.datetime] = {}
    for moment in sorted(set(dates), reverse=True):
        if floor_after is None or moment > floor_after:
            floor_of_day.setdefault(moment.date(), moment)
    floor = [floor_of_day[day] for day in sorted(floor_of_day, reverse=True)[:KEEP_AT_LEAST]]
    candidates = sorted({d for d in dates if d.date() > limit}, reverse=True)
    newest_of_day: dict[dt.date, dt.datetime] = {}
    for moment in candidates:
        newest_of_day.setdefault(moment.date(), moment)
    days = sorted(newest_of_day, reverse=True)[:DAILY]
    keep = {newest_of_day[day] for day in days} | set(floor)
    if not days:
        return keep
    oldest_daily = days[-1]
    newest_of_week: dict[tuple[int, int], dt.datetime] = {}
    for moment in candidates:
        if moment.date() < oldest_daily:
            iso = moment.date().isocalendar()
            newest_of_week.setdefault((iso.year, iso.week), moment)
    weeks = sorted(newest_of_week, reverse=True)[:WEEKLY]
    keep |= {newest_of_week[week] for week in weeks}
    return keep


def roll_over_date(erased_on: dt.date) -> dt.date:
    """The date by which every backup that may still hold data erased on `erased_on` has
    been deleted (at the first start-up of SOOSR Desk on or after it).

    The backups that can hold the data are those dated on or before `erased_on`. With a
    start-up every day, the last of them (a Sunday's, kept as a weekly backup) goes on
    `erased_on` + 29 days: the daily slots cover the 7 newest days, the 4 weekly slots
    the ISO weeks before them. With fewer start-ups (weekdays only, holidays) the daily
    slots stretch further back; the age limit then deletes every backup dated
    `MAX_AGE_DAYS` days or more before the day of pruning. Hence `erased_on` + 35 days.
    """
    return erased_on + dt.timedelta(days=MAX_AGE_DAYS)


# --- messages -------------------------------------------------------------------------

WRITE_FAILED = N_(
    "The backup could not be written. Check that the disk has free space and that you can "
    "write in {folder}, then try again. The database itself was not changed."
)
BUSY = N_(
    "The backup could not be made: another program kept the database busy. Nothing was "
    "changed. SOOSR Desk tries again at the next start; you can also make one now under "
    "File > Backups."
)
BUSY_ATTEMPTS = 3  # each waits up to the busy timeout (store.file_checks.BUSY_TIMEOUT_S)
CHECK_FAILED = N_(
    "The backup just made did not pass its check and was removed. Try again; if it fails "
    "again, the database itself may be damaged: run the check (soosr-desk check) or ask "
    "your IT support."
)
OUT_EXISTS = N_(
    "{name} already exists. Choose a new file name: an existing file is never overwritten."
)
NOT_A_BACKUP = N_("{name} is not a SOOSR Desk backup. Nothing was changed. Choose another file.")
BACKUP_DAMAGED = N_(
    "The backup {name} is damaged and cannot be restored. Nothing was changed. Choose an "
    "older backup."
)
BACKUP_NEWER = N_(
    "The backup {name} was made by a newer version of SOOSR Desk. Install the newer version "
    "to restore it. Nothing was changed."
)
RESTORE_FAILED = N_(
    "The backup could not be put in place. Check that the disk has free space and that you "
    "can write in {folder}, then try again. The current database was not changed."
)


class BackupError(ServiceError):
    """A backup could not be made or restored; the message says what to do."""


# --- where backups live -----------------------------------------------------------------

# .dump: a server database's pg_dump (issue 18, services.backups_server)
NAME_RE = re.compile(r"^soosr-desk-(\d{8})-(\d{6})(?:-(\d+))?\.(?:db|dump)$")
TEMP_PREFIX = ".soosr-"  # exports.safe_text.atomic_write's temporary names


@dataclass(frozen=True)
class BackupInfo:
    path: Path
    taken_at: dt.datetime
    size: int
    serial: int = 1  # 2, 3... when two backups were made in the same second


def backup_dir(db_path: Path | str) -> Path:
    """`<data folder>/backups/<db file stem>-<hash of the absolute path>`: the backups of
    two database files never mix, even when the files have the same name. For a server
    database (a `postgresql://` address) `server-<host_port_database>-<hash>`."""
    if server.is_server_url(db_path):
        return location.data_dir() / "backups" / server.local_key(server.parse_url(str(db_path)))
    return location.data_dir() / "backups" / location.database_key(Path(db_path))


def _parse(path: Path) -> BackupInfo | None:
    match = NAME_RE.match(path.name)
    if not match:
        return None
    try:
        taken_at = dt.datetime.strptime(match[1] + match[2], "%Y%m%d%H%M%S")
        size = path.stat().st_size
    except (ValueError, OSError):
        return None
    return BackupInfo(path, taken_at, size, int(match[3] or 1))


def _scan(folder: Path) -> list[BackupInfo]:
    if not folder.is_dir():
        return []
    found = [info for p in folder.iterdir() if p.is_file() and (info := _parse(p))]
    return sorted(found, key=lambda b: (b.taken_at, b.serial), reverse=True)


def list_backups(db_path: Path | str) -> list[BackupInfo]:
    """The backups of the database at `db_path`, newest first."""
    return _scan(backup_dir(db_path))


def free_name(folder: Path, now: dt.datetime, suffix: str = ".db") -> Path:
    base = f"soosr-desk-{now:%Y%m%d-%H%M%S}"
    target = folder / f"{base}{suffix}"
    serial = 1
    while target.exists():
        serial += 1
        target = folder / f"{base}-{serial}{suffix}"
    return target


# --- checking a copy ----------------------------------------------------------------------


# --- making backups -----------------------------------------------------------------------


def make_backup(
    db: store_db.DeskDatabase,
    db_path: Path,
    *,
    now: dt.datetime,
    out: Path | None = None,
    progress: Callable[[int, int | None], None] | None = None,
) -> BackupInfo:
    """A consistent, checked copy of the open database: `VACUUM INTO` a temporary name,
    `integrity_check` plus application_id and user_version equal to the source, fsync,
    then the rename to `soosr-desk-YYYYMMDD-HHMMSS.db` in `backup_dir` (or to `out`).
    A copy that fails its check is removed. Raises BackupError."""
    if out is not None:
        out = Path(out)
        if out.exists():
            raise BackupError(OUT_EXISTS, name=out.name)
        folder = out.parent
    else:
        folder = backup_dir(db_path)
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError:
        raise BackupError(WRITE_FAILED, folder=str(folder)) from None
    step = progress or (lambda done, total: None)
    with db.lock:  # waits for other threads' transactions; refuses one of this thread's
        if db.in_transaction():
            raise RuntimeError("a backup cannot be made inside a transaction")
    target = out if out is not None else free_name(folder, now)

    def write(tmp: Path) -> None:
        step(0, 3)
        # its own read-only connection: the window's reads never make it fail, and it
        # never holds the window up (issue 20)
        application_id, user_version = store_db.vacuum_into_separately(db.path, tmp)
        step(1, 3)
        facts = file_checks.inspect_copy(tmp)
        if not (
            facts.ok
            and facts.application_id == application_id
            and facts.user_version == user_version
        ):
            raise BackupError(CHECK_FAILED)
        step(2, 3)

    try:
        atomic_write(target, write)  # removes the temporary copy on any failure
    except BackupError:
        log.warning("a backup failed its check and was removed")
        raise
    except Exception as exc:  # busy, disk full, folder not writable, I/O error
        log.warning("a backup could not be written: %s", type(exc).__name__)
        if store_db.is_busy(exc):
            raise BackupError(BUSY) from None
        raise BackupError(WRITE_FAILED, folder=str(folder)) from None
    fsync_dir(folder)
    step(3, 3)
    label = target.name if out is None else "other-location"
    _record_backup(target, label, now)
    audit.anchor_now(db_path)  # the backup holds the chain up to here: anchor it too
    log.info("backup made: %s", label)
    info = _parse(target)
    if info is None:  # an --out file with a name of the user's choosing
        info = BackupInfo(target, now.replace(microsecond=0), target.stat().st_size)
    return info


def _record_backup(target: Path, label: str, now: dt.datetime) -> None:
    """The audit event of a backup, retried while another program keeps the database busy
    (each try waits up to the busy timeout). A backup whose event cannot be written is
    removed again: no backup without its line in the audit trail."""
    for attempt in range(BUSY_ATTEMPTS):
        try:
            with session.transaction():
                audit.record("backup", "database", None, fields=[label], now=now)
            return
        except Exception as exc:
            busy = store_db.is_busy(exc)
            if busy and attempt + 1 < BUSY_ATTEMPTS:
                time.sleep(0.2 * (attempt + 1))
                continue
            target.unlink(missing_ok=True)
            log.warning("a backup's audit event could not be written: %s", type(exc).__name__)
            if busy:
                raise BackupError(BUSY) from None
            raise


def is_suspect(info: BackupInfo, now: dt.datetime) -> bool:
    """A backup dated in the future: made while the computer's clock ran ahead."""
    return info.taken_at > now + FUTURE_SLACK


def newest_good(db_path: Path, now: dt.datetime | None = None) -> BackupInfo | None:
    """The newest backup that is not dated in the future."""
    now = now or dt.datetime.now()
    return next((b for b in list_backups(db_path) if not is_suspect(b, now)), None)


def latest_erasure() -> dt.datetime | None:
    """When the open database's latest erasure was made (backups before it may hold
    the erased person), or None."""
    er = models.ErasureRecord
    return er.select(er.erased_at).order_by(er.erased_at.desc()).scalar()


SUSPECT_FILE = "suspect-backups.json"


def _future_to_delete(folder: Path, future: list[BackupInfo], today: dt.date) -> set[Path]:
    """A backup dated in the future is kept (and flagged), but no longer than
    `MAX_AGE_DAYS` after the day it was first seen to be in the future: the promise of
    the erasure letter holds for it too (it cannot outlive the roll-over by years)."""
    state_path = folder / SUSPECT_FILE
    try:
        seen = json.loads(state_path.read_text("utf-8"))
    except (OSError, ValueError):
        seen = {}
    now_seen = {}
    doomed = set()
    for info in future:
        first = seen.get(info.path.name, today.isoformat())
        now_seen[info.path.name] = first
        if dt.date.fromisoformat(first) + dt.timedelta(days=MAX_AGE_DAYS) <= today:
            doomed.add(info.path)
    if now_seen != seen:
        try:
            atomic_write(state_path, lambda tmp: tmp.write_text(json.dumps(now_seen), "utf-8"))
        except OSError:
            log.warning("the list of suspect backups could not be written")
    return doomed


def prune(
    folder: Path,
    today: dt.date,
    *,
    keep: Path | None = None,
    floor_after: dt.datetime | None = NO_FLOOR,
) -> list[Path]:
    """Deletes the backups in `folder` that `backups_to_keep` does not keep, never `keep`
    (the one just made), and left-over temporary copies of interrupted backups. Files
    with other names are never touched. A backup dated after `today` is kept for
    `MAX_AGE_DAYS` from the day it was first seen. Returns the deleted paths."""
    today = today.date() if isinstance(today, dt.datetime) else today
    backups = _scan(Path(folder))
    future = [b for b in backups if b.taken_at.date() > today]
    doomed = _future_to_delete(Path(folder), future, today) if backups else set()
    kept_moments = backups_to_keep([b.taken_at for b in backups], today, floor_after=floor_after)
    kept_moments |= {b.taken_at for b in future if b.path not in doomed}
    deleted: list[Path] = []
    seen: set[dt.datetime] = set()
    for info in backups:  # newest first: of two in the same second, keep the later one
        wanted = info.taken_at in kept_moments and info.taken_at not in seen
        if wanted:
            seen.add(info.taken_at)
        if wanted or (keep is not None and info.path == Path(keep)):
            continue
        try:
            info.path.unlink()
            deleted.append(info.path)
        except OSError:
            log.warning("an old backup could not be deleted")
    if Path(folder).is_dir():
        for p in Path(folder).iterdir():
            if p.name.startswith(TEMP_PREFIX) and ".tmp" in p.name:
                try:
                    p.unlink()
                    deleted.append(p)
                except OSError:
                    pass
    if deleted:
        log.info("pruned %d old backup files", len(deleted))
    return deleted


def backup_if_due(db: store_db.DeskDatabase, db_path: Path, now: dt.datetime) -> BackupInfo | None:
    """At start-up: a backup unless one from today's date exists, then pruning.
    Returns the new backup, or None when today's existed."""
    made = None
    if not any(b.taken_at.date() == now.date() for b in list_backups(db_path)):
        made = make_backup(db, db_path, now=now)
    prune(
        backup_dir(db_path),
        now.date(),
        keep=made.path if made else None,
        floor_after=latest_erasure(),
    )
    prune_migration_copies(db_path, now.date())
    return made


MIGRATION_COPY_RE = re.compile(r"\.v\d+-(\d{8})\.bak$")
BEFORE_RESTORE_RE = re.compile(r"\.before-restore-(\d{8})-\d{6}(?:-\d+)?$")


def prune_migration_copies(db_path: Path, today: dt.date) -> list[Path]:
    """The copies made beside the database before a migration (`<db>.v1-20261125.bak`)
    or a restore (`<db>.before-restore-20261125-093000`) hold the people of that day:
    they go after as many days as the oldest backup may reach, so an erased person does
    not live on in them."""
    removed = []
    name = Path(db_path).name
    folder = Path(db_path).parent
    for path in [*folder.glob(name + ".v*.bak"), *folder.glob(name + ".before-restore-*")]:
        found = MIGRATION_COPY_RE.search(path.name) or BEFORE_RESTORE_RE.search(path.name)
        if not found:
            continue
        taken = dt.datetime.strptime(found[1], "%Y%m%d").date()
        if roll_over_date(taken) <= today:
            for suffix in ("", "-wal", "-shm", "-journal"):
                Path(f"{path}{suffix}").unlink(missing_ok=True)
            removed.append(path)
    return removed
