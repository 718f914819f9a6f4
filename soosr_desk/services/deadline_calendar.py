"""Every open deadline for the office's calendar: requests' answers (Art. 12(3)),
extension letters (the requester must be told within the first month), and the 72-hour
clock of breaches not yet reported (Art. 33(1)). References and kinds only."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path

from soosr_desk.exports.calendar import Deadline, ics_bytes
from soosr_desk.exports.safe_text import atomic_write
from soosr_desk.rules.breaches import authority_deadline
from soosr_desk.rules.deadlines import response_deadline
from soosr_desk.rules.i18n import N_
from soosr_desk.rules.vocab import RequestKind
from soosr_desk.store import models
from soosr_desk.store.queries import tuples

WAITING = ("new", "waiting_for_id", "in_progress")
ANSWER_DUE = N_("{ref}: answer due ({kind})")
EXTENSION_DUE = N_("{ref}: send the extension letter")
BREACH_DUE = N_("{ref}: report the breach to the AP (72 hours)")
CALENDAR_NAME = N_("SOOSR Desk deadlines")


def _aware(moment: dt.datetime) -> dt.datetime:
    return moment if moment.tzinfo else moment.astimezone()


def open_deadlines(tr: Callable[[str], str] = lambda s: s) -> list[Deadline]:
    r = models.RightsRequest
    out: list[Deadline] = []
    sent_extension = {
        rid
        for (rid,) in tuples(
            models.RequestLetter.select(models.RequestLetter.request).where(
                models.RequestLetter.kind == "extension"
            )
        )
    }
    for q in r.select().where(r.status.in_(WAITING)).order_by(r.deadline, r.id):
        kind = tr(RequestKind.label_of(q.kind))
        out.append(
            Deadline(
                f"request-{q.id}-answer@soosr-desk",
                tr(ANSWER_DUE).format(ref=q.reference, kind=kind),
                q.deadline,
            )
        )
        if q.extended and q.id not in sent_extension:
            out.append(
                Deadline(
                    f"request-{q.id}-extension@soosr-desk",
                    tr(EXTENSION_DUE).format(ref=q.reference),
                    response_deadline(q.received_on),
                )
            )
    b = models.Breach
    open_breaches = b.select().where(
        b.closed_on.is_null()
        & b.reported_to_authority_at.is_null()
        & (b.report_decision != "no_report")
    )
    for x in open_breaches.order_by(b.found_at):
        out.append(
            Deadline(
                f"breach-{x.id}-report@soosr-desk",
                tr(BREACH_DUE).format(ref=x.reference),
                _aware(authority_deadline(x.found_at)),
            )
        )
    return out


def write_calendar(
    path: Path, *, tr: Callable[[str], str] = lambda s: s, now: dt.datetime | None = None
) -> int:
    """Writes the .ics atomically; returns the number of deadlines in it."""
    deadlines = open_deadlines(tr)
    data = ics_bytes(deadlines, name=tr(CALENDAR_NAME), now=_aware(now or dt.datetime.now()))
    atomic_write(Path(path), lambda tmp: _write(tmp, data))
    return len(deadlines)


def _write(path: Path, data: bytes) -> None:
    path.write_bytes(data)
