"""Art. 12(3) and Art. 33(1) deadlines, counted as Regulation 1182/71 counts them."""

from datetime import UTC, date, datetime, timedelta, timezone

import pytest
from hypothesis import given
from hypothesis import strategies as st

from soosr_desk.rules.deadlines import (
    BREACH_REPORT_HOURS,
    DeadlineState,
    add_months,
    breach_report_deadline,
    can_extend,
    days_left,
    deadline_state,
    hours_left,
    response_deadline,
)
from soosr_desk.rules.holidays_nl import is_working_day

D = date


@pytest.mark.parametrize(
    ("start", "months", "result"),
    [
        (D(2026, 1, 15), 1, D(2026, 2, 15)),
        (D(2026, 1, 31), 1, D(2026, 2, 28)),  # February has no 31st
        (D(2024, 1, 31), 1, D(2024, 2, 29)),  # leap year
        (D(2028, 1, 30), 1, D(2028, 2, 29)),
        (D(1900, 1, 31), 1, D(1900, 2, 28)),  # divisible by 100: not a leap year
        (D(2000, 1, 31), 1, D(2000, 2, 29)),  # divisible by 400: a leap year
        (D(2100, 1, 29), 1, D(2100, 2, 28)),
        (D(2026, 3, 31), 1, D(2026, 4, 30)),
        (D(2026, 2, 28), 1, D(2026, 3, 28)),  # not "the last day of the month"
        (D(2026, 12, 15), 1, D(2027, 1, 15)),  # over the year end
        (D(2026, 11, 30), 3, D(2027, 2, 28)),
        (D(2024, 2, 29), 12, D(2025, 2, 28)),
        (D(2024, 2, 29), 24, D(2026, 2, 28)),
        (D(2024, 2, 29), 48, D(2028, 2, 29)),
        (D(2026, 5, 20), 0, D(2026, 5, 20)),
        (D(2026, 3, 31), -1, D(2026, 2, 28)),
        (D(2026, 1, 15), -13, D(2024, 12, 15)),
    ],
)
def test_add_months(start, months, result):
    assert add_months(start, months) == result


@given(
    st.dates(min_value=D(100, 1, 1), max_value=D(9000, 1, 1)),
    st.integers(min_value=-1000, max_value=1000),
)
def test_add_months_properties(start, months):
    result = add_months(start, months)
    assert (result.year * 12 + result.month) - (start.year * 12 + start.month) == months
    if result.day != start.day:  # only when the month is too short
        assert result.day < start.day
        assert (result + timedelta(days=1)).month != result.month


@pytest.mark.parametrize(
    ("received", "deadline"),
    [
        # the examples of DOMAIN.md
        (D(2026, 1, 31), D(2026, 3, 2)),  # 28 Feb is a Saturday -> Monday 2 March
        (D(2026, 11, 25), D(2026, 12, 28)),  # Kerst Fri+Sat, Sunday -> Monday
        # month ends and leap years
        (D(2026, 3, 31), D(2026, 4, 30)),
        (D(2024, 1, 31), D(2024, 2, 29)),  # Thursday
        (D(2028, 1, 31), D(2028, 2, 29)),  # Tuesday
        (D(2027, 1, 31), D(2027, 3, 1)),  # 28 Feb 2027 is a Sunday
        (D(2026, 2, 28), D(2026, 3, 30)),  # 28 March is a Saturday
        # plain days and weekends
        (D(2026, 2, 10), D(2026, 3, 10)),
        (D(2026, 2, 7), D(2026, 3, 9)),  # ends on a Saturday
        (D(2026, 2, 8), D(2026, 3, 9)),  # ends on a Sunday
        # each public holiday
        (D(2025, 12, 1), D(2026, 1, 2)),  # Nieuwjaarsdag (Thursday)
        (D(2026, 12, 1), D(2027, 1, 4)),  # Nieuwjaarsdag on a Friday, then the weekend
        (D(2026, 3, 3), D(2026, 4, 3)),  # Goede Vrijdag is a working day
        (D(2026, 3, 6), D(2026, 4, 7)),  # Tweede Paasdag
        (D(2026, 3, 27), D(2026, 4, 28)),  # Koningsdag (Monday)
        (D(2025, 3, 26), D(2025, 4, 28)),  # Koningsdag moved to Saturday 26 April
        (D(2013, 3, 30), D(2013, 5, 1)),  # Koninginnedag 2013
        (D(2026, 4, 5), D(2026, 5, 6)),  # 5 mei in a year that is not a lustrum
        (D(2026, 4, 14), D(2026, 5, 15)),  # Hemelvaartsdag
        (D(2026, 4, 25), D(2026, 5, 26)),  # Tweede Pinksterdag
        (D(2025, 11, 25), D(2025, 12, 29)),  # Eerste Kerstdag (Thursday) and on
        (D(2025, 11, 26), D(2025, 12, 29)),  # Tweede Kerstdag (Friday)
        (D(2015, 11, 25), D(2015, 12, 28)),
    ],
)
def test_response_deadline(received, deadline):
    assert response_deadline(received) == deadline
    assert is_working_day(deadline)


@pytest.mark.parametrize(
    ("received", "deadline"),
    [
        (D(2026, 1, 31), D(2026, 4, 30)),  # three months: 30 April, a Thursday
        (D(2026, 2, 5), D(2026, 5, 6)),  # 5 mei
        (D(2025, 11, 30), D(2026, 3, 2)),  # 28 Feb 2026 is a Saturday
        (D(2026, 2, 27), D(2026, 5, 27)),
        (D(2026, 9, 25), D(2026, 12, 28)),  # Kerst
        (D(2023, 11, 30), D(2024, 2, 29)),  # leap day
    ],
)
def test_extended_deadline(received, deadline):
    assert response_deadline(received, extended=True) == deadline


RECEIVED = st.dates(min_value=D(2000, 1, 1), max_value=D(2099, 9, 30))


@given(RECEIVED)
def test_deadline_properties(received):
    normal = response_deadline(received)
    plain = add_months(received, 1)
    assert is_working_day(normal)
    assert plain <= normal
    assert (normal - plain).days < 7  # at most a long weekend with holidays
    extended = response_deadline(received, extended=True)
    assert is_working_day(extended)
    assert add_months(received, 3) <= extended
    assert extended > normal


@given(RECEIVED)
def test_deadline_is_first_working_day_on_or_after_the_month(received):
    plain = add_months(received, 1)
    deadline = response_deadline(received)
    day = plain
    while day < deadline:
        assert not is_working_day(day)
        day += timedelta(days=1)


def test_days_left():
    deadline = D(2026, 3, 2)
    assert days_left(deadline, D(2026, 2, 28)) == 2
    assert days_left(deadline, deadline) == 0
    assert days_left(deadline, D(2026, 3, 5)) == -3


@pytest.mark.parametrize(
    ("today", "already", "allowed"),
    [
        (D(2026, 2, 1), False, True),
        (D(2026, 3, 1), False, True),  # the day before the first deadline
        (D(2026, 3, 2), False, True),  # the first deadline itself
        (D(2026, 3, 3), False, False),  # the first month has passed
        (D(2026, 2, 1), True, False),  # only once
        (D(2026, 3, 3), True, False),
    ],
)
def test_can_extend(today, already, allowed):
    assert can_extend(D(2026, 1, 31), today, already) is allowed


@pytest.mark.parametrize(
    ("left", "state"),
    [
        (-30, DeadlineState.OVERDUE),
        (-1, DeadlineState.OVERDUE),
        (0, DeadlineState.SOON),
        (1, DeadlineState.SOON),
        (7, DeadlineState.SOON),
        (8, DeadlineState.OK),
        (40, DeadlineState.OK),
    ],
)
def test_deadline_state(left, state):
    today = D(2026, 6, 15)
    assert deadline_state(today + timedelta(days=left), today) == state


def test_deadline_state_values_are_stable():
    assert [s.value for s in DeadlineState] == ["ok", "soon", "overdue"]
    assert DeadlineState("soon") is DeadlineState.SOON


def test_breach_deadline_naive_is_calendar_hours():
    found = datetime(2026, 12, 24, 16, 30)  # over Christmas and a weekend
    assert BREACH_REPORT_HOURS == 72
    assert breach_report_deadline(found) == datetime(2026, 12, 27, 16, 30)
    assert hours_left(breach_report_deadline(found), found) == 72.0
    assert hours_left(breach_report_deadline(found), datetime(2026, 12, 28, 16, 30)) == -24.0


def test_breach_deadline_aware_counts_real_hours_over_summer_time():
    zoneinfo = pytest.importorskip("zoneinfo")
    try:
        amsterdam = zoneinfo.ZoneInfo("Europe/Amsterdam")
    except zoneinfo.ZoneInfoNotFoundError:  # pragma: no cover - Windows without tzdata
        pytest.skip("no time-zone data")
    found = datetime(2026, 3, 27, 12, 0, tzinfo=amsterdam)  # summer time starts 29 March
    deadline = breach_report_deadline(found)
    assert deadline == datetime(2026, 3, 30, 13, 0, tzinfo=amsterdam)
    assert deadline.tzinfo is amsterdam
    assert deadline.utcoffset() == timedelta(hours=2)
    assert hours_left(deadline, found) == 72.0
    # Python's own arithmetic within one tzinfo ignores the change; ours does not.
    assert (deadline - found) == timedelta(hours=73)


def test_breach_deadline_fixed_offset():
    cet = timezone(timedelta(hours=1))
    found = datetime(2026, 1, 5, 9, 0, tzinfo=cet)
    assert breach_report_deadline(found) == datetime(2026, 1, 8, 9, 0, tzinfo=cet)
    now_utc = datetime(2026, 1, 8, 7, 0, tzinfo=UTC)
    assert hours_left(breach_report_deadline(found), now_utc) == 1.0


def test_hours_left_refuses_mixing_naive_and_aware():
    with pytest.raises(TypeError):
        hours_left(datetime(2026, 1, 1, tzinfo=UTC), datetime(2026, 1, 1))


@given(st.datetimes(min_value=datetime(2000, 1, 1), max_value=datetime(2100, 1, 1)))
def test_breach_deadline_is_72_hours(found):
    assert hours_left(breach_report_deadline(found), found) == 72.0
