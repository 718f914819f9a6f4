"""The data-breach log (Art. 33(5) GDPR): every breach documented, with the 72-hour clock
for the report to the Autoriteit Persoonsgegevens (Art. 33(1)) and whether the people were
told (Art. 34).

A breach log is a record of proof: breaches are closed, never deleted.

Times are stored as local wall-clock time without a zone. The 72 hours are counted as real
hours: a stored time is read in the computer's time zone, so a clock running through the
night summer time ends lasts 72 hours, not 71 or 73.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from dataclasses import dataclass
from typing import overload

from soosr_desk.rules import breaches as rules
from soosr_desk.rules import validation
from soosr_desk.rules.i18n import N_
from soosr_desk.rules.problem import Problem
from soosr_desk.services import audit
from soosr_desk.services.contacts import check_text
from soosr_desk.services.errors import NotFound, ValidationError, ValidationErrors
from soosr_desk.services.records import copy_fields, row_for_update, stale_copy, touch
from soosr_desk.store import models, session
from soosr_desk.store.queries import tuples


@dataclass
class BreachData:
    id: int | None = None
    reference: str = ""  # DL-YYYY-NNN, given on the first save; not editable
    found_at: dt.datetime | None = None
    occurred_at: dt.datetime | None = None
    description: str = ""
    data_categories: str = ""
    subject_categories: str = ""
    people_count: int | None = None
    records_count: int | None = None
    consequences: str = ""
    measures: str = ""
    report_decision: str = ""  # rules.breaches.Decision
    reported_to_authority_at: dt.datetime | None = None
    not_reported_reason: str = ""
    people_informed_on: dt.date | None = None
    people_not_informed_reason: str = ""
    closed_on: dt.date | None = None
    updated_at: dt.datetime | None = None
    late_reason: str = ""  # Art. 33(1): why the report came after the 72 hours


TEXT_LIMITS = {
    "description": 20_000,
    "data_categories": 2000,
    "subject_categories": 2000,
    "consequences": 10_000,
    "measures": 10_000,
    "not_reported_reason": 5000,
    "people_not_informed_reason": 5000,
    "late_reason": 5000,
}
MAX_COUNT = 10**12  # more is a typing error (and would not fit SQLite's integer)
REFERENCE_PREFIX = "DL"
_PLAIN = [
    f.name
    for f in dataclasses.fields(BreachData)
    if f.name not in ("id", "reference", "updated_at")
]

GONE = N_("This breach no longer exists.")
CONFLICT = N_(
    "Someone changed this breach in another window since you opened it. "
    "Your text is still in the form: copy what you need, then reload."
)


@dataclass(frozen=True)
class BreachRow:
    """A line of the breach list."""

    id: int
    reference: str
    found_at: dt.datetime
    summary: str  # the first line of the description
    report_decision: str
    deadline: dt.datetime  # local time
    hours_left: float | None  # None once the clock stopped (reported, or not to report)
    reported_at: dt.datetime | None
    clock: str  # rules.breaches.ClockState value
    closed_on: dt.date | None
    problems: tuple[Problem, ...]


# --- time -------------------------------------------------------------------------------


def _now(now: dt.datetime | None) -> dt.datetime:
    return (now or dt.datetime.now()).replace(microsecond=0)


# the shapes it is called with, so a set time stays typed as set
@overload
def _aware(a: dt.datetime, /) -> tuple[dt.datetime]: ...
@overload
def _aware(a: dt.datetime, b: dt.datetime, /) -> tuple[dt.datetime, dt.datetime]: ...
@overload
def _aware(
    a: dt.datetime, b: dt.datetime | None, c: dt.datetime, /
) -> tuple[dt.datetime, dt.datetime | None, dt.datetime]: ...
def _aware(*values: dt.datetime | None) -> tuple[dt.datetime | None, ...]:
    """Naive local times as aware ones in the computer's time zone, so the 72 hours are
    real hours across a change to or from summer time. Left naive when the platform cannot
    convert one of them (Windows before 1970): then all are naive wall-clock times."""
    try:
        return tuple(None if v is None else v if v.tzinfo else v.astimezone() for v in values)
    except (OSError, OverflowError, ValueError):
        return tuple(None if v is None else v.replace(tzinfo=None) for v in values)


def _local(value: dt.datetime) -> dt.datetime:
    """An aware time as local wall-clock time without a zone (as stored and shown)."""
    if value.tzinfo is None:
        return value
    try:
        return value.astimezone().replace(tzinfo=None)
    except (OSError, OverflowError, ValueError):
        return value.replace(tzinfo=None)


def authority_deadline(found_at: dt.datetime) -> dt.datetime:
    """Local time by which the breach must be reported to the AP (Art. 33(1): 72 hours
    after it was found)."""
    (found,) = _aware(found_at)
    return _local(rules.authority_deadline(found))


def hours_left(found_at: dt.datetime, now: dt.datetime | None = None) -> float:
    """Hours until the 72 hours run out; negative once they have."""
    found, current = _aware(found_at, _now(now))
    return rules.hours_left(found, current)


def problems_of(data: BreachData, now: dt.datetime | None = None) -> list[Problem]:
    """What is still to be done about a breach (rules.breaches.breach_problems), with the
    deadline in local time: `date`, `time` ("HH:MM") and `deadline` parameters."""
    if data.found_at is None:
        return []
    found, reported, current = _aware(data.found_at, data.reported_to_authority_at, _now(now))
    out = []
    for p in rules.breach_problems(
        data.report_decision,
        found,
        reported,
        data.not_reported_reason,
        data.people_informed_on,
        data.people_not_informed_reason,
        current,
        late_reason=data.late_reason,
    ):
        params = dict(p.params)
        deadline = params.get("deadline")
        if isinstance(deadline, dt.datetime):  # the rule's deadline is always a datetime
            local = _local(deadline)
            params.update(deadline=local, date=local.date(), time=f"{local:%H:%M}")
        out.append(Problem(p.code, p.message, params))
    return out


# --- reading ----------------------------------------------------------------------------


def _data(row: models.Breach) -> BreachData:
    return BreachData(
        id=row.id,
        reference=row.reference,
        updated_at=row.updated_at,
        **{n: getattr(row, n) for n in _PLAIN},
    )


def _summary(text: str, limit: int = 120) -> str:
    line = next((x.strip() for x in text.splitlines() if x.strip()), "")
    return line if len(line) <= limit else line[: limit - 1].rstrip() + "…"


def list_breaches(now: dt.datetime | None = None) -> list[BreachRow]:
    """Every breach, the most recently found first, with where its 72-hour clock stands."""
    now = _now(now)
    b = models.Breach
    rows = []
    for x in b.select().order_by(b.found_at.desc(), b.id.desc()):
        found, reported, current = _aware(x.found_at, x.reported_to_authority_at, now)
        state = rules.clock_state(x.report_decision, found, reported, current)
        rows.append(
            BreachRow(
                x.id,
                x.reference,
                x.found_at,
                _summary(x.description),
                x.report_decision,
                _local(rules.authority_deadline(found)),
                None if state == rules.ClockState.STOPPED else rules.hours_left(found, current),
                x.reported_to_authority_at,
                state.value,
                x.closed_on,
                tuple(problems_of(_data(x), now)),
            )
        )
    return rows


def get_breach(breach_id: int) -> BreachData:
    row = models.Breach.get_or_none(models.Breach.id == breach_id)
    if row is None:
        raise NotFound(GONE)
    return _data(row)


# --- checking ---------------------------------------------------------------------------


def _moment(data: BreachData, name: str) -> None:
    """Stores times to the second, as local time."""
    value = getattr(data, name)
    if isinstance(value, dt.datetime):
        setattr(data, name, _local(value).replace(microsecond=0))


def _date_errors(name: str, value: dt.date, today: dt.date) -> list[ValidationError]:
    problem = validation.date_problem(value) or validation.future_problem(value, today)
    return [ValidationError(name, problem)] if problem else []


def validate(data: BreachData, now: dt.datetime) -> list[ValidationError]:
    """The refusals, each on its field. Normalises `data` in place (trimmed texts, times
    to the second)."""
    errors: list[ValidationError] = []
    for name, limit in TEXT_LIMITS.items():
        setattr(data, name, getattr(data, name).strip())
        err = check_text(name, getattr(data, name), limit)
        if err:
            errors.append(err)
    for name in ("found_at", "occurred_at", "reported_to_authority_at"):
        _moment(data, name)
    today = now.date()
    found = data.found_at
    if found is None:
        errors.append(ValidationError("found_at", N_("Enter when the breach was found.")))
    else:
        found_errors = _date_errors("found_at", found.date(), today)
        if not found_errors and found > now:
            found_errors = [ValidationError("found_at", validation.DATE_IN_FUTURE)]
        errors += found_errors
        found = None if found_errors else found
    if not data.description:
        errors.append(ValidationError("description", N_("Describe what happened.")))
    if data.occurred_at is not None:
        errs = _date_errors("occurred_at", data.occurred_at.date(), today)
        if not errs and found is not None and data.occurred_at > found:
            errs = [
                ValidationError(
                    "occurred_at", N_("The breach cannot have happened after it was found.")
                )
            ]
        errors += errs
    for name in ("people_count", "records_count"):
        value = getattr(data, name)
        if value is not None and (isinstance(value, bool) or not isinstance(value, int)):
            errors.append(ValidationError(name, N_("Enter a whole number.")))
        elif value is not None and value < 0:
            errors.append(ValidationError(name, N_("Enter a number of 0 or more.")))
        elif value is not None and value > MAX_COUNT:
            errors.append(ValidationError(name, N_("This number is too large.")))
    if data.report_decision not in {d.value for d in rules.Decision}:
        errors.append(ValidationError("report_decision", N_("Choose a value from the list.")))
    reported = data.reported_to_authority_at
    if reported is not None:
        errs = _date_errors("reported_to_authority_at", reported.date(), today)
        if not errs and reported > now:
            errs = [ValidationError("reported_to_authority_at", validation.DATE_IN_FUTURE)]
        if not errs and found is not None and reported < found:
            errs = [
                ValidationError(
                    "reported_to_authority_at",
                    N_("The breach cannot have been reported before it was found."),
                )
            ]
        if not errs and data.report_decision != rules.Decision.REPORT:
            errs = [
                ValidationError(
                    "reported_to_authority_at",
                    N_("A report date goes with the decision to report the breach."),
                )
            ]
        errors += errs
        if (
            not errs
            and found is not None
            and not data.late_reason
            and hours_left(found, reported) < 0
        ):
            errors.append(
                ValidationError(
                    "late_reason",
                    N_(
                        "The breach was reported more than 72 hours after it was found: write down "
                        "the reasons for the delay (Art. 33(1))."
                    ),
                )
            )
    if data.report_decision == rules.Decision.NO_REPORT and not data.not_reported_reason:
        errors.append(
            ValidationError(
                "not_reported_reason", N_("Write down why the breach is not reported (Art. 33(5)).")
            )
        )
    for name in ("people_informed_on", "closed_on"):
        value = getattr(data, name)
        if value is None:
            continue
        errs = _date_errors(name, value, today)
        if not errs and found is not None and value < found.date():
            errs = [ValidationError(name, N_("This date lies before the breach was found."))]
        errors += errs
    if data.closed_on is not None:
        errors += _closing_errors(data)
    return errors


def _closing_errors(data: BreachData) -> list[ValidationError]:
    """A breach is closed only once the log says all Art. 33 and 34 ask for."""
    if data.report_decision == rules.Decision.UNDECIDED:
        return [
            ValidationError(
                "report_decision", N_("Decide whether to report the breach before closing it.")
            )
        ]
    if data.report_decision != rules.Decision.REPORT:
        return []
    errors = []
    if data.reported_to_authority_at is None:
        errors.append(
            ValidationError(
                "reported_to_authority_at",
                N_("Enter when the breach was reported before closing it."),
            )
        )
    if data.people_informed_on is None and not data.people_not_informed_reason:
        errors.append(
            ValidationError(
                "people_informed_on",
                N_("Enter when the people were informed, or why not, before closing the breach."),
            )
        )
    return errors


# --- writing ----------------------------------------------------------------------------


def _next_reference(year: int) -> str:
    """DL-YYYY-NNN: the next number in the year the breach was found."""
    prefix = f"{REFERENCE_PREFIX}-{year}-"
    b = models.Breach
    numbers = [
        int(r.rsplit("-", 1)[1])
        for (r,) in tuples(b.select(b.reference).where(b.reference.startswith(prefix)))
        if r.rsplit("-", 1)[1].isdigit()
    ]
    return f"{prefix}{max(numbers, default=0) + 1:03d}"


def _store(data: BreachData, now: dt.datetime, action: str | None) -> BreachData:
    data = dataclasses.replace(data)
    errors = validate(data, now)
    if errors:
        raise ValidationErrors(errors)
    b = models.Breach
    with session.transaction():
        stamp = dt.datetime.now().replace(microsecond=0)
        if data.id is None:
            assert data.found_at is not None  # validate() refuses a breach without it
            row = b.create(
                reference=_next_reference(data.found_at.year),
                created_at=stamp,
                updated_at=stamp,
                **{n: getattr(data, n) for n in _PLAIN},
            )
            filled = [n for n in _PLAIN if getattr(data, n) not in (None, "")]
            audit.record("create", "breach", row.id, ["reference", *filled])
            return _data(row)
        row = row_for_update(b, data.id, data.updated_at, gone=GONE, stale=CONFLICT)
        changed = copy_fields(row, data, _PLAIN)
        if changed:
            touch(row, stamp)
            row.save()
            audit.record(action or "update", "breach", row.id, changed)
        return _data(row)


def save_breach(data: BreachData, now: dt.datetime | None = None) -> BreachData:
    """Creates or updates a breach; a new one gets its reference. Raises ValidationErrors,
    Conflict (changed elsewhere since `data.updated_at`) or NotFound."""
    return _store(data, _now(now), None)


def close_breach(
    breach_id: int, now: dt.datetime | None = None, updated_at: dt.datetime | None = None
) -> BreachData:
    """Closes a breach today. Refused (ValidationErrors) while the decision, the report or
    the people's side is not written down; Conflict when it changed since `updated_at`."""
    now = _now(now)
    data = get_breach(breach_id)
    if updated_at is not None and data.updated_at != updated_at:
        raise stale_copy(CONFLICT, "breach", breach_id, data.updated_at)
    if data.closed_on is not None:
        return data
    data.closed_on = now.date()
    return _store(data, now, "close")


def breach_check_problems(now: dt.datetime | None = None) -> list[Problem]:
    """The breaches' problems for the dashboard and `soosr-desk check`
    (area "breaches", labelled with the reference)."""
    now = _now(now)
    b = models.Breach
    out = []
    for x in b.select().order_by(b.found_at, b.id):
        for p in problems_of(_data(x), now):
            out.append(p.at("breaches", x.id, x.reference, urgent=p.code.endswith("_overdue")))
    return out
