"""The audit trail: who did what, when, to which record (ids and field names only).

Each event stores the hash of the previous event and a hash over its own fields and
that previous hash, so a removed, inserted or edited event breaks the chain."""

from __future__ import annotations

import datetime as dt
import getpass
import hashlib
from collections.abc import Iterable
from dataclasses import dataclass

from soosr_desk.store import models

_actor: str | None = None


def current_actor() -> str:
    """The Windows (or other OS) login of the staff member using the program."""
    global _actor
    if _actor is None:
        try:
            _actor = getpass.getuser()[:100]
        except Exception:  # no login name available (service accounts, containers)
            _actor = "?"
    return _actor


def _digest(prev: str, at: dt.datetime, actor: str, action: str, entity: str,
            entity_id: int | None, fields: str) -> str:  # fmt: skip
    payload = "\x1f".join(
        [prev, at.isoformat(), actor, action, entity, "" if entity_id is None else str(entity_id),
         fields]
    )  # fmt: skip
    return hashlib.sha256(payload.encode("utf-8")).hexdigest()


def record(action: str, entity: str, entity_id: int | None = None,
           fields: Iterable[str] = (), *, now: dt.datetime | None = None) -> models.AuditEvent:  # fmt: skip
    """Appends an event. Call inside the service's transaction, so the event commits (or
    rolls back) with the change it describes."""
    at = (now or dt.datetime.now()).replace(microsecond=0)
    actor = current_actor()
    field_text = ",".join(sorted(set(fields)))
    last = models.AuditEvent.select(models.AuditEvent.hash).order_by(models.AuditEvent.id.desc()).first()
    prev = last.hash if last else ""
    return models.AuditEvent.create(
        at=at,
        actor=actor,
        action=action,
        entity=entity,
        entity_id=entity_id,
        fields=field_text,
        prev_hash=prev,
        hash=_digest(prev, at, actor, action, entity, entity_id, field_text),
    )


@dataclass(frozen=True)
class ChainReport:
    events: int
    broken_at: int | None  # id of the first event that does not fit, or None


def verify_chain() -> ChainReport:
    prev = ""
    count = 0
    query = models.AuditEvent.select().order_by(models.AuditEvent.id).tuples()
    cols = [f.name for f in models.AuditEvent._meta.sorted_fields]
    for row in query.iterator():
        e = dict(zip(cols, row, strict=True))
        count += 1
        expected = _digest(prev, e["at"], e["actor"], e["action"], e["entity"],
                           e["entity_id"], e["fields"])  # fmt: skip
        if e["prev_hash"] != prev or e["hash"] != expected:
            return ChainReport(count, e["id"])
        prev = e["hash"]
    return ChainReport(count, None)
