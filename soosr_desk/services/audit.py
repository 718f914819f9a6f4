"""The audit trail: who did what, when, to which record (ids and field names only).

Each event stores the hash of the previous event and a hash over its own id, its fields
and that previous hash, so a removed, inserted, renumbered or edited event breaks the
chain. What a chain cannot show by itself (the last events deleted, or the whole chain
rewritten with recomputed hashes) the anchor shows: the chain's length and head, kept
outside the database in the data folder (and in every backup, which holds the chain as
it was). See docs/decisions.md (issue 15) for what such a local anchor can prove."""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import os
import sqlite3
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from soosr_desk.exports.safe_text import atomic_write
from soosr_desk.rules.i18n import N_, plural
from soosr_desk.store import location, models, session

V2_KEY = "audit_hash_v2_from"  # Setting: the first event id whose hash covers the id


def current_actor() -> str:
    """The Windows (or other OS) login of the staff member using the program; on the
    office server with the computer's name (store/session.py)."""
    return session.actor()


def _digest(
    prev: str,
    at: dt.datetime,
    actor: str,
    action: str,
    entity: str,
    entity_id: int | None,
    fields: str,
    event_id: int | None = None,
) -> str:
    """The event's hash; with `event_id` (every event since schema step 2) the id too."""
    parts = [
        prev,
        at.isoformat(),
        actor,
        action,
        entity,
        "" if entity_id is None else str(entity_id),
        fields,
    ]
    if event_id is not None:
        parts.insert(0, f"#{event_id}")
    return hashlib.sha256("\x1f".join(parts).encode("utf-8")).hexdigest()


def _v2_from() -> int:
    row = models.Setting.get_or_none(models.Setting.key == V2_KEY)
    try:
        return int(row.value) if row else 1
    except ValueError:
        return 1


def record(
    action: str,
    entity: str,
    entity_id: int | None = None,
    fields: Iterable[str] = (),
    *,
    now: dt.datetime | None = None,
) -> models.AuditEvent:
    """Appends an event. Call inside the service's transaction, so the event commits (or
    rolls back) with the change it describes."""
    at = (now or dt.datetime.now()).replace(microsecond=0)
    actor = current_actor()
    field_text = ",".join(sorted(set(fields)))
    last = (
        models.AuditEvent.select(models.AuditEvent.id, models.AuditEvent.hash)
        .order_by(models.AuditEvent.id.desc())
        .first()
    )
    prev = last.hash if last else ""
    event_id = (last.id if last else 0) + 1
    return models.AuditEvent.create(
        id=event_id,
        at=at,
        actor=actor,
        action=action,
        entity=entity,
        entity_id=entity_id,
        fields=field_text,
        prev_hash=prev,
        hash=_digest(prev, at, actor, action, entity, entity_id, field_text, event_id),
    )


def last_event(entity: str, entity_id: int) -> models.AuditEvent | None:
    """The latest event on one record (who saved it last, and when)."""
    a = models.AuditEvent
    return (
        a.select()
        .where((a.entity == entity) & (a.entity_id == entity_id))
        .order_by(a.id.desc())
        .first()
    )


@dataclass(frozen=True)
class ChainReport:
    events: int
    broken_at: int | None  # id of the first event that does not fit, or None


def verify_chain() -> ChainReport:
    prev = ""
    count = 0
    v2_from = _v2_from()
    query = models.AuditEvent.select().order_by(models.AuditEvent.id).tuples()
    cols = [f.name for f in models.AuditEvent._meta.sorted_fields]
    for row in query.iterator():
        e = dict(zip(cols, row, strict=True))
        count += 1
        event_id = e["id"] if e["id"] >= v2_from else None
        expected = _digest(
            prev,
            e["at"],
            e["actor"],
            e["action"],
            e["entity"],
            e["entity_id"],
            e["fields"],
            event_id,
        )
        if e["prev_hash"] != prev or e["hash"] != expected:
            return ChainReport(count, e["id"])
        prev = e["hash"]
    return ChainReport(count, None)


# --- the anchor: the chain's length and head, kept outside the database ----------------

TRUNCATED_ONE = N_(
    "The audit trail is shorter than it was: {missing} event at its end was removed "
    "(the program last saw {known} events)."
)
TRUNCATED = N_(
    "The audit trail is shorter than it was: {missing} events at its end were removed "
    "(the program last saw {known} events)."
)
REWRITTEN = N_(
    "The audit trail was rewritten: event {position} is no longer the one the program "
    "last saw there."
)
BACKUP_DIFFERS = N_(
    "The audit trail differs from the one in backup {name}: its first {events} events "
    "were changed since."
)


@dataclass(frozen=True)
class Head:
    events: int  # how many events the chain has
    hash: str  # the last event's hash ("" when there are none)


def chain_head() -> Head:
    ae = models.AuditEvent
    last = ae.select(ae.hash).order_by(ae.id.desc()).first()
    return Head(ae.select().count(), last.hash if last else "")


def hash_at(position: int) -> str | None:
    """The hash of the `position`-th event (1-based, in id order), None if there is none."""
    if position < 1:
        return ""
    ae = models.AuditEvent
    row = ae.select(ae.hash).order_by(ae.id).offset(position - 1).limit(1).first()
    return row.hash if row else None


def anchor_path(db_path: Path) -> Path:
    return location.data_dir() / "anchors" / f"{location.database_key(db_path)}.json"


def read_anchor(db_path: Path) -> Head | None:
    try:
        data = json.loads(anchor_path(db_path).read_text("utf-8"))
        return Head(int(data["events"]), str(data["hash"]))
    except (OSError, ValueError, KeyError, TypeError):
        return None


def write_anchor(db_path: Path, head: Head) -> None:
    """Stores `head` as the anchor of the database at `db_path` (owner-only file)."""
    path = anchor_path(db_path)
    path.parent.mkdir(parents=True, exist_ok=True)
    text = json.dumps({"events": head.events, "hash": head.hash})
    atomic_write(path, lambda tmp: tmp.write_text(text, "utf-8"))
    if os.name == "posix":
        path.chmod(0o600)


def anchor_problem(db_path: Path) -> tuple[str, dict] | None:
    """(N_ message, params) when the chain no longer holds what the anchor says."""
    anchor = read_anchor(db_path)
    if anchor is None:
        return None
    head = chain_head()
    if head.events < anchor.events:
        missing = anchor.events - head.events
        return plural(missing, TRUNCATED_ONE, TRUNCATED), {
            "missing": missing,
            "known": anchor.events,
        }
    if anchor.events and hash_at(anchor.events) != anchor.hash:
        return REWRITTEN, {"position": anchor.events}
    return None


def anchor_now(db_path: Path) -> bool:
    """Moves the anchor to the chain's head when the chain still holds the anchored part
    (else it stays, so `check` keeps reporting). True when written. Never raises for a
    file problem: the anchor is a check, not a reason to stop."""
    try:
        if anchor_problem(db_path) is not None:
            return False
        write_anchor(db_path, chain_head())
        return True
    except OSError:
        return False


def file_head(path: Path) -> Head | None:
    """The chain head inside another database file (a backup), read without changing it."""
    uri = Path(path).resolve().as_uri() + "?mode=ro&immutable=1"
    try:
        conn = sqlite3.connect(uri, uri=True)
    except sqlite3.Error:
        return None
    try:
        count = conn.execute("SELECT count(*) FROM audit_event").fetchone()[0]
        last = conn.execute("SELECT hash FROM audit_event ORDER BY id DESC LIMIT 1").fetchone()
        return Head(count, last[0] if last else "")
    except sqlite3.Error:
        return None
    finally:
        conn.close()


def restored_at_or_before(position: int) -> bool:
    """Whether a restore event sits among the first `position` + 1 events: the chain then
    continues a backup's history, not the one of backups made before the restore."""
    ae = models.AuditEvent
    ids = ae.select(ae.id).order_by(ae.id).limit(position + 1)
    return ae.select().where((ae.action == "restore") & ae.id.in_(ids)).exists()


def backup_problem(name: str, backup: Head) -> tuple[str, dict] | None:
    """(N_ message, params) when the chain in a backup is not the start of this chain,
    unless a restore since explains it."""
    if backup.events == 0 or hash_at(backup.events) == backup.hash:
        return None
    if restored_at_or_before(backup.events):
        return None
    return BACKUP_DIFFERS, {"name": name, "events": backup.events}
