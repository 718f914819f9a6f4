"""The 72-hour clock of a data breach and what is still open about it, on every side of
each boundary."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta, timezone

import pytest
from hypothesis import given
from hypothesis import strategies as st

from soosr_desk.rules.breaches import (
    DECISION_LABELS,
    WARN_HOURS,
    ClockState,
    Decision,
    authority_deadline,
    breach_problems,
    clock_state,
    hours_left,
)

FOUND = datetime(2026, 12, 24, 16, 30)  # Christmas Eve: weekends and holidays count
DEADLINE = datetime(2026, 12, 27, 16, 30)
SECOND = timedelta(seconds=1)


def _codes(decision="", reported_at=None, reason="", informed=None, why_not="", now=FOUND):
    return [
        p.code
        for p in breach_problems(decision, FOUND, reported_at, reason, informed, why_not, now)
    ]


def test_deadline_is_72_calendar_hours_after_discovery():
    assert authority_deadline(FOUND) == DEADLINE
    assert authority_deadline(datetime(2026, 2, 27, 23, 59)) == datetime(2026, 3, 2, 23, 59)


def test_hours_left_counts_down_to_zero_then_negative():
    assert hours_left(FOUND, FOUND) == 72.0
    assert hours_left(FOUND, DEADLINE - timedelta(hours=13, minutes=30)) == 13.5
    assert hours_left(FOUND, DEADLINE) == 0.0
    assert hours_left(FOUND, DEADLINE + timedelta(hours=2)) == -2.0


def test_hours_left_counts_real_hours_when_summer_time_ends():
    # Amsterdam: 25 October 2026 the clocks go back from 03:00 CEST to 02:00 CET.
    cest, cet = timezone(timedelta(hours=2)), timezone(timedelta(hours=1))
    found = datetime(2026, 10, 24, 12, 0, tzinfo=cest)
    assert hours_left(found, datetime(2026, 10, 27, 11, 0, tzinfo=cet)) == 0.0
    assert authority_deadline(found).astimezone(UTC) == datetime(2026, 10, 27, 10, 0, tzinfo=UTC)


@given(
    st.datetimes(min_value=datetime(1900, 1, 1), max_value=datetime(2100, 1, 1)),
    st.integers(min_value=-(10**6), max_value=10**6),
)
def test_hours_left_plus_elapsed_is_always_72(found, seconds):
    now = found + timedelta(seconds=seconds)
    assert hours_left(found, now) * 3600 + seconds == pytest.approx(72 * 3600)


@pytest.mark.parametrize(
    "now, state",
    [
        (FOUND, ClockState.RUNNING),
        (DEADLINE - timedelta(hours=WARN_HOURS) - SECOND, ClockState.RUNNING),
        (DEADLINE - timedelta(hours=WARN_HOURS), ClockState.SOON),
        (DEADLINE - SECOND, ClockState.SOON),
        (DEADLINE, ClockState.SOON),  # reporting at the 72nd hour itself is in time
        (DEADLINE + SECOND, ClockState.OVERDUE),
        (DEADLINE + timedelta(days=400), ClockState.OVERDUE),
    ],
)
def test_clock_state_boundaries(now, state):
    assert clock_state("", FOUND, None, now) == state
    assert clock_state("report", FOUND, None, now) == state


def test_clock_stops_when_reported_or_decided_not_to_report():
    late = DEADLINE + timedelta(days=3)
    assert clock_state("report", FOUND, DEADLINE + SECOND, late) == ClockState.STOPPED
    assert clock_state("no_report", FOUND, None, late) == ClockState.STOPPED
    assert clock_state("no_report", FOUND, None, FOUND) == ClockState.STOPPED


@pytest.mark.parametrize(
    "now, codes",
    [
        (FOUND, ["decision_due"]),
        (DEADLINE - timedelta(hours=WARN_HOURS) - SECOND, ["decision_due"]),
        (DEADLINE - timedelta(hours=WARN_HOURS), ["decision_due"]),
        (DEADLINE - SECOND, ["decision_due"]),
        (DEADLINE, ["decision_due"]),
        (DEADLINE + SECOND, ["decision_overdue"]),
        (DEADLINE + timedelta(days=30), ["decision_overdue"]),
    ],
)
def test_no_decision_is_a_problem_from_the_moment_the_breach_is_logged(now, codes):
    assert _codes(now=now) == codes


@pytest.mark.parametrize(
    "now, code",
    [
        (FOUND, "report_due"),
        (DEADLINE - SECOND, "report_due"),
        (DEADLINE, "report_due"),
        (DEADLINE + SECOND, "report_overdue"),
    ],
)
def test_decided_to_report_but_not_reported(now, code):
    assert _codes("report", informed=date(2026, 12, 25), now=now) == [code]


def test_reported_breach_has_no_clock_problem_even_when_reported_late():
    reported = DEADLINE + timedelta(hours=5)
    assert _codes("report", reported, informed=date(2026, 12, 28), now=reported) == []
    later = DEADLINE + timedelta(days=9)
    assert _codes("report", FOUND + SECOND, why_not="Geen hoog risico", now=later) == []


@pytest.mark.parametrize(
    "reason, codes",
    [
        ("", ["no_report_reason_missing"]),
        ("  \n ", ["no_report_reason_missing"]),
        ("Versleutelde laptop; geen risico.", []),
    ],
)
def test_no_report_needs_a_reason(reason, codes):
    for now in (FOUND, DEADLINE, DEADLINE + SECOND):
        assert _codes("no_report", reason=reason, now=now) == codes


@pytest.mark.parametrize(
    "informed, why_not, codes",
    [
        (None, "", ["people_undecided"]),
        (None, "   ", ["people_undecided"]),
        (date(2026, 12, 28), "", []),
        (None, "Geen hoog risico voor de betrokkenen.", []),
    ],
)
def test_reported_breach_records_whether_people_were_told(informed, why_not, codes):
    reported = FOUND + timedelta(hours=3)
    assert _codes("report", reported, informed=informed, why_not=why_not, now=reported) == codes


def test_people_are_not_asked_about_when_not_reporting_or_undecided():
    assert _codes("no_report", reason="Geen risico") == []
    assert "people_undecided" not in _codes("")


def test_messages_fill_with_their_parameters():
    cases = [
        ("", None, "", DEADLINE - timedelta(hours=13, minutes=20)),
        ("", None, "", DEADLINE + SECOND),
        ("report", None, "", FOUND),
        ("report", None, "", DEADLINE + SECOND),
        ("no_report", None, "", FOUND),
        ("report", FOUND, "", FOUND),
    ]
    for decision, reported, reason, now in cases:
        for p in breach_problems(decision, FOUND, reported, reason, None, "", now):
            text = p.message.format(**p.params)
            assert "{" not in text, p.code
            if "{date}" in p.message:
                assert p.params["date"] == date(2026, 12, 27)
                assert p.params["time"] == "16:30"
                assert "27" in text and "16:30" in text
    due = breach_problems("", FOUND, None, "", None, "", DEADLINE - timedelta(hours=13.5))
    assert due[0].params["hours"] == 13
    assert due[0].params["deadline"] == DEADLINE


def test_decision_values_are_stable_and_labelled():
    assert [d.value for d in Decision] == ["", "report", "no_report"]
    assert set(DECISION_LABELS) == set(Decision)
    assert [s.value for s in ClockState] == ["running", "soon", "overdue", "stopped"]


def test_a_breach_just_logged_says_how_many_hours_are_left():
    """Issue 16 item 8: on the to-do list from the first minute, with the hours left."""
    problem = breach_problems("", FOUND, None, "", None, "", FOUND + timedelta(minutes=5))[0]
    assert problem.code == "decision_due" and problem.params["hours"] == 71
    assert "{hours} hours left" in problem.message
