"""Deadlines: the answer to a rights request (Art. 12(3) GDPR) and a breach report (Art. 33(1)).

Months are counted as EU Regulation 1182/71 (the "Termijnenverordening") counts them:
Art. 3(2)(c) ends a period of months on the day of the last month that has the same number
as the day it ran from, or on that month's last day when it has no such day; Art. 3(4)
moves an end that falls on a Saturday, Sunday or public holiday to the next working day.
The public holidays are those of the Dutch Algemene termijnenwet (see `holidays_nl`).

Time is always a parameter here: pass `today` or `now`, never read the clock.
"""

from __future__ import annotations

import calendar
import enum
from datetime import UTC, date, datetime, timedelta

from soosr_desk.rules.holidays_nl import next_working_day

RESPONSE_MONTHS = 1  # Art. 12(3): "within one month of receipt of the request"
EXTENDED_RESPONSE_MONTHS = 3  # Art. 12(3): "extended by two further months"
SOON_DAYS = 7  # a deadline this close (or closer) is shown as "soon"
BREACH_REPORT_HOURS = 72  # Art. 33(1): "not later than 72 hours after having become aware"


def add_months(d: date, months: int) -> date:
    """The date `months` calendar months after `d` (before it when negative).

    EU Regulation 1182/71 Art. 3(2)(c): the same day-number in the target month, or that
    month's last day when it has no such day (31 January + 1 month = 28 or 29 February).
    """
    years, month_index = divmod(d.month - 1 + months, 12)
    year, month = d.year + years, month_index + 1
    return date(year, month, min(d.day, calendar.monthrange(year, month)[1]))


def response_deadline(received: date, extended: bool = False) -> date:
    """The last day to answer a data-subject request received on `received`.

    Art. 12(3) GDPR: one month from receipt; when extended (once, with reasons, the
    requester told within the first month), three months from receipt. Counted as
    Regulation 1182/71 counts months and moved to the next working day when it ends on a
    Saturday, Sunday or Dutch public holiday (Art. 3(4) of that Regulation).
    """
    months = EXTENDED_RESPONSE_MONTHS if extended else RESPONSE_MONTHS
    return next_working_day(add_months(received, months))


def days_left(deadline: date, today: date) -> int:
    """Whole days from `today` to `deadline`: 0 on the day itself, negative once passed."""
    return (deadline - today).days


def can_extend(received: date, today: date, already_extended: bool) -> bool:
    """Whether the deadline may still be extended by two months.

    Art. 12(3) GDPR allows one extension, and the requester must be told of it, with the
    reasons, within one month of receipt: so only while `today` is on or before the first
    (unextended) deadline, and never twice.
    """
    return not already_extended and today <= response_deadline(received)


class DeadlineState(enum.StrEnum):
    """How urgent a deadline is, for colouring lists and the dashboard."""

    OK = "ok"
    SOON = "soon"  # SOON_DAYS or fewer days left, including the day itself
    OVERDUE = "overdue"  # the deadline has passed

    @property
    def needs_attention(self) -> bool:
        return self != DeadlineState.OK


def deadline_state(deadline: date, today: date) -> DeadlineState:
    """`overdue` once the deadline has passed, `soon` with 7 days or fewer left, else `ok`."""
    left = days_left(deadline, today)
    if left < 0:
        return DeadlineState.OVERDUE
    if left <= SOON_DAYS:
        return DeadlineState.SOON
    return DeadlineState.OK


def breach_report_deadline(found_at: datetime) -> datetime:
    """When a personal-data breach must be reported to the Autoriteit Persoonsgegevens.

    Art. 33(1) GDPR: without undue delay and, where feasible, not later than 72 hours after
    the controller became aware of it. These are calendar hours (weekends and holidays
    count). For a time-zone-aware `found_at` the 72 hours are real elapsed hours, also across
    a change to or from summer time, and the result is in the same time zone; a naive
    `found_at` is taken as wall-clock time.
    """
    if found_at.tzinfo is None:
        return found_at + timedelta(hours=BREACH_REPORT_HOURS)
    in_utc = found_at.astimezone(UTC) + timedelta(hours=BREACH_REPORT_HOURS)
    return in_utc.astimezone(found_at.tzinfo)


def hours_left(deadline: datetime, now: datetime) -> float:
    """Hours from `now` to `deadline`, negative once passed.

    Aware datetimes are compared as real elapsed time (Python's own subtraction ignores
    summer time when both share a tzinfo). Mixing naive and aware raises TypeError.
    """
    if deadline.tzinfo is not None and now.tzinfo is not None:
        deadline, now = deadline.astimezone(UTC), now.astimezone(UTC)
    return (deadline - now).total_seconds() / 3600
