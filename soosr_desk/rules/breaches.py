"""Personal data breaches: the 72-hour clock for the report to the authority (Art. 33(1)
GDPR) and what is still open about a logged breach (Art. 33(5), Art. 34).

Art. 33(1): the controller reports a breach to the supervisory authority (here the
Autoriteit Persoonsgegevens) without undue delay and, where feasible, not later than 72
hours after having become aware of it, unless it is unlikely to result in a risk to people.
Art. 33(5): every breach is documented, also one that is not reported, with the reasons.
Art. 34: when the risk is high, the people affected are told, unless an exception applies.

Time is a parameter: pass `now`. Naive datetimes are wall-clock time; aware ones are
counted in real elapsed hours (see `deadlines.breach_report_deadline`).
"""

from __future__ import annotations

import enum
from datetime import date, datetime

from soosr_desk.rules import deadlines
from soosr_desk.rules.i18n import N_
from soosr_desk.rules.problem import Problem

WARN_HOURS = 24  # a clock with this many hours left (or fewer) is shown as a problem
# The AP's page for reporting a breach; it leads to the only way to report, the
# "Meldformulier datalekken" (not by phone, post or e-mail).
AP_REPORT_URL = (
    "https://www.autoriteitpersoonsgegevens.nl/themas/beveiliging/datalekken/zo-meldt-u-een-datalek"
)


class Decision(enum.StrEnum):
    """Whether the breach is reported to the authority (Art. 33(1))."""

    UNDECIDED = ""
    REPORT = "report"
    NO_REPORT = "no_report"


DECISION_LABELS = {
    Decision.UNDECIDED: N_("No decision yet"),
    Decision.REPORT: N_("Report to the AP"),
    Decision.NO_REPORT: N_("Do not report"),
}


class ClockState(enum.StrEnum):
    """Where the 72-hour clock stands, for colouring the list."""

    RUNNING = "running"  # more than WARN_HOURS left
    SOON = "soon"  # WARN_HOURS or fewer left, the deadline not passed
    OVERDUE = "overdue"  # the deadline passed with no report and no decision not to report
    STOPPED = "stopped"  # reported, or decided not to report


def authority_deadline(found_at: datetime) -> datetime:
    """The latest moment to report the breach to the authority: 72 hours after discovery
    (Art. 33(1) GDPR; calendar hours, weekends and holidays count)."""
    return deadlines.breach_report_deadline(found_at)


def hours_left(found_at: datetime, now: datetime) -> float:
    """Hours from `now` until the 72 hours run out; 0 at the deadline, negative after it."""
    return deadlines.hours_left(authority_deadline(found_at), now)


def clock_state(
    report_decision: str, found_at: datetime, reported_at: datetime | None, now: datetime
) -> ClockState:
    """The 72-hour clock stops when the breach is reported or when it is decided not to
    report it; otherwise it is overdue once `now` is past the deadline (reporting at the
    72nd hour itself is in time) and `soon` with WARN_HOURS or fewer left."""
    if reported_at is not None or report_decision == Decision.NO_REPORT:
        return ClockState.STOPPED
    left = hours_left(found_at, now)
    if left < 0:
        return ClockState.OVERDUE
    if left <= WARN_HOURS:
        return ClockState.SOON
    return ClockState.RUNNING


def reported_late(found_at: datetime, reported_at: datetime | None) -> bool:
    """True when the report to the authority came after the 72 hours: Art. 33(1) then
    requires the reasons for the delay to accompany it."""
    return reported_at is not None and hours_left(found_at, reported_at) < 0


def _when(deadline: datetime) -> dict[str, object]:
    return {"deadline": deadline, "date": deadline.date(), "time": f"{deadline:%H:%M}"}


def breach_problems(
    report_decision: str,
    found_at: datetime,
    reported_at: datetime | None,
    not_reported_reason: str,
    people_informed_on: date | None,
    people_not_informed_reason: str,
    now: datetime,
    late_reason: str | None = None,
) -> list[Problem]:
    """What is still to be done about a logged breach, for the dashboard.

    - No decision whether to report, from the moment the breach is logged, with the hours
      left (`decision_due`), or after they ran out (`decision_overdue`, Art. 33(1)).
    - Decided to report but not reported yet: `report_due`, or `report_overdue` once the
      72 hours ran out (a late report must give the reasons for the delay, Art. 33(1)).
    - Decided not to report without writing down why (`no_report_reason_missing`,
      Art. 33(5)).
    - A reported breach without a record whether the people were told, or why not
      (`people_undecided`, Art. 34).
    - Reported after the 72 hours without the reasons for the delay
      (`late_reason_missing`, Art. 33(1)); checked when `late_reason` is given.

    Parameters: `deadline` (datetime), `date` and `time` (its day and "HH:MM"), `hours`
    (whole hours left, for `decision_due` and `report_due`).
    """
    problems: list[Problem] = []
    deadline = authority_deadline(found_at)
    left = hours_left(found_at, now)
    passed = left < 0
    params = _when(deadline)
    if report_decision == Decision.UNDECIDED and reported_at is None:
        if passed:
            problems.append(
                Problem(
                    "decision_overdue",
                    N_(
                        "The 72 hours to report this breach to the Autoriteit Persoonsgegevens ran "
                        "out on {date} at {time}, and no decision was recorded."
                    ),
                    params,
                )
            )
        else:  # from the moment it is logged: the clock runs whether or not anyone looks
            problems.append(
                Problem(
                    "decision_due",
                    N_(
                        "Decide whether to report this breach: {hours} hours left, the 72 hours run "
                        "out on {date} at {time}."
                    ),
                    {**params, "hours": int(left)},
                )
            )
    elif report_decision == Decision.REPORT and reported_at is None:
        if passed:
            problems.append(
                Problem(
                    "report_overdue",
                    N_(
                        "This breach is to be reported to the Autoriteit Persoonsgegevens, but the 72 "
                        "hours ran out on {date} at {time}. Report it now, with the reasons for the "
                        "delay."
                    ),
                    params,
                )
            )
        else:
            problems.append(
                Problem(
                    "report_due",
                    N_(
                        "Report this breach to the Autoriteit Persoonsgegevens by {date} at {time} "
                        "({hours} hours left)."
                    ),
                    {**params, "hours": int(left)},
                )
            )
    if late_reason is not None and reported_late(found_at, reported_at) and not late_reason.strip():
        problems.append(
            Problem(
                "late_reason_missing",
                N_(
                    "This breach was reported after the 72 hours: write down the reasons for the "
                    "delay (Art. 33(1))."
                ),
                params,
            )
        )
    if report_decision == Decision.NO_REPORT and not not_reported_reason.strip():
        problems.append(
            Problem(
                "no_report_reason_missing",
                N_("Write down why this breach is not reported (Art. 33(5))."),
            )
        )
    if (
        report_decision == Decision.REPORT
        and people_informed_on is None
        and not people_not_informed_reason.strip()
    ):
        problems.append(
            Problem(
                "people_undecided",
                N_("Record when the people affected were informed, or why not (Art. 34)."),
            )
        )
    return problems
