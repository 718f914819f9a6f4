"""The Algemene termijnenwet days, checked against an independent computation."""

from datetime import date, timedelta

import holidays
import pytest
from hypothesis import given
from hypothesis import strategies as st

from soosr_desk.rules import holidays_nl
from soosr_desk.rules.holidays_nl import (
    HolidayDataError,
    is_public_holiday,
    is_working_day,
    next_working_day,
    public_holidays,
)


def easter(year: int) -> date:
    """Easter Sunday by the anonymous Gregorian algorithm (Meeus/Jones/Butcher)."""
    a, b, c = year % 19, year // 100, year % 100
    d, e = divmod(b, 4)
    f = (b + 8) // 25
    g = (b - f + 1) // 3
    h = (19 * a + b - d - g + 15) % 30
    i, k = divmod(c, 4)
    m = (32 + 2 * e + 2 * i - h - k) % 7
    n = (a + 11 * h + 22 * m) // 451
    month, day = divmod(h + m - 7 * n + 114, 31)
    return date(year, month, day + 1)


def royal_day(year: int) -> date:
    # Koningsdag: 27 April; Koninginnedag (1980-2013): 30 April; a Sunday moves back a day.
    day = date(year, 4, 27) if year >= 2014 else date(year, 4, 30)
    return day - timedelta(days=1) if day.weekday() == 6 else day


def expected(year: int) -> set[date]:
    sunday = easter(year)
    return {
        date(year, 1, 1),  # Nieuwjaarsdag
        sunday + timedelta(days=1),  # Tweede Paasdag
        royal_day(year),
        date(year, 5, 5),  # every year, not only each fifth
        sunday + timedelta(days=39),  # Hemelvaartsdag
        sunday + timedelta(days=50),  # Tweede Pinksterdag
        date(year, 12, 25),
        date(year, 12, 26),
    }


@pytest.fixture
def fresh_cache():
    holidays_nl._holidays_for.cache_clear()
    yield
    holidays_nl._holidays_for.cache_clear()


def test_easter_helper_known_dates():
    assert easter(2024) == date(2024, 3, 31)
    assert easter(2026) == date(2026, 4, 5)
    assert easter(2038) == date(2038, 4, 25)  # the latest possible
    assert easter(2285) == date(2285, 3, 22)  # the earliest possible


@pytest.mark.parametrize("year", range(2000, 2041))
def test_exactly_the_atw_days(year):
    assert set(public_holidays(year)) == expected(year)


@pytest.mark.parametrize("year", [2020, 2021, 2022, 2023, 2024, 2026, 2027, 2029])
def test_liberation_day_every_year(year):
    assert is_public_holiday(date(year, 5, 5))


def test_liberation_day_from_1982():
    assert date(1981, 5, 5) not in public_holidays(1981)
    assert public_holidays(1982)[date(1982, 5, 5)] == "Bevrijdingsdag"


def test_not_atw_days():
    sunday = easter(2026)
    assert not is_public_holiday(sunday - timedelta(days=2))  # Goede Vrijdag
    assert is_working_day(sunday - timedelta(days=2))
    assert sunday not in public_holidays(2026)  # Eerste Paasdag
    assert sunday + timedelta(days=49) not in public_holidays(2026)  # Eerste Pinksterdag
    assert not is_public_holiday(date(2026, 12, 24))
    assert not is_public_holiday(date(2026, 12, 31))


def test_dutch_names_in_date_order():
    assert list(public_holidays(2026).items()) == [
        (date(2026, 1, 1), "Nieuwjaarsdag"),
        (date(2026, 4, 6), "Tweede Paasdag"),
        (date(2026, 4, 27), "Koningsdag"),
        (date(2026, 5, 5), "Bevrijdingsdag"),
        (date(2026, 5, 14), "Hemelvaartsdag"),
        (date(2026, 5, 25), "Tweede Pinksterdag"),
        (date(2026, 12, 25), "Eerste Kerstdag"),
        (date(2026, 12, 26), "Tweede Kerstdag"),
    ]


@pytest.mark.parametrize(
    ("day", "name"),
    [
        (date(2025, 4, 26), "Koningsdag"),  # 27 April 2025 is a Sunday
        (date(2014, 4, 26), "Koningsdag"),  # the first one, also moved
        (date(2013, 4, 30), "Koninginnedag"),
        (date(2006, 4, 29), "Koninginnedag"),  # 30 April 2006 was a Sunday
        (date(2005, 5, 5), "Hemelvaartsdag / Bevrijdingsdag"),
        (date(2016, 5, 5), "Hemelvaartsdag / Bevrijdingsdag"),
    ],
)
def test_royal_day_and_shared_days(day, name):
    assert public_holidays(day.year)[day] == name


def test_not_moved_royal_days_are_working_days():
    assert is_working_day(date(2025, 4, 28))
    assert not is_public_holiday(date(2025, 4, 27))  # a Sunday, but not the holiday
    assert not is_public_holiday(date(2006, 4, 30))


def test_years_without_library_data():
    assert public_holidays(1950) == {}
    assert public_holidays(2101) == {}
    assert not is_public_holiday(date(1950, 1, 1))
    assert is_working_day(date(2101, 1, 3))  # a Monday


def test_result_is_a_copy():
    days = public_holidays(2026)
    days.clear()
    assert public_holidays(2026)


def test_working_days():
    assert is_working_day(date(2026, 3, 2))  # Monday
    assert not is_working_day(date(2026, 2, 28))  # Saturday
    assert not is_working_day(date(2026, 3, 1))  # Sunday
    assert not is_working_day(date(2026, 12, 25))  # Friday, Eerste Kerstdag


@pytest.mark.parametrize(
    ("start", "result"),
    [
        (date(2026, 3, 2), date(2026, 3, 2)),  # already a working day
        (date(2026, 2, 28), date(2026, 3, 2)),  # Saturday
        (date(2026, 12, 25), date(2026, 12, 28)),  # Kerst + weekend
        (date(2026, 4, 4), date(2026, 4, 7)),  # Saturday, Sunday, Tweede Paasdag
        (date(2027, 1, 1), date(2027, 1, 4)),  # Nieuwjaarsdag on Friday
        (date(2015, 12, 25), date(2015, 12, 28)),
    ],
)
def test_next_working_day(start, result):
    assert next_working_day(start) == result


@given(st.dates(min_value=date(2000, 1, 1), max_value=date(2040, 12, 31)))
def test_working_day_matches_independent_rule(day):
    assert is_working_day(day) == (day.weekday() < 5 and day not in expected(day.year))


@given(st.dates(min_value=date(1966, 1, 1), max_value=date(2100, 12, 20)))
def test_next_working_day_is_the_first(day):
    result = next_working_day(day)
    assert is_working_day(result)
    assert day <= result < day + timedelta(days=7)
    between = day
    while between < result:
        assert not is_working_day(between)
        between += timedelta(days=1)


class FakeLibrary(dict):
    start_year, end_year = 1966, 2100
    entries: dict[date, list[str]] = {}

    def __init__(self, years, language):
        super().__init__({day: "; ".join(names) for day, names in self.entries.items()})

    def get_list(self, day):
        return self.entries[day]


GOOD = {
    date(2030, 1, 1): ["New Year's Day"],
    date(2030, 4, 22): ["Easter Monday"],
    date(2030, 4, 27): ["King's Day"],
    date(2030, 5, 30): ["Ascension Day"],
    date(2030, 6, 10): ["Pentecost Monday"],
    date(2030, 12, 25): ["Christmas Day"],
    date(2030, 12, 26): ["Second Day of Christmas"],
}


@pytest.mark.parametrize(
    "entries",
    [
        {**GOOD, date(2030, 3, 1): ["National Pancake Day"]},  # unknown: look at it
        {k: v for k, v in GOOD.items() if v != ["Easter Monday"]},  # renamed or lost
        {**GOOD, date(2030, 4, 30): ["Queen's Day"]},  # two royal days
        {k: v for k, v in GOOD.items() if v != ["King's Day"]},  # no royal day
    ],
)
def test_library_surprises_raise(monkeypatch, fresh_cache, entries):
    monkeypatch.setattr(FakeLibrary, "entries", entries)
    monkeypatch.setattr(holidays, "Netherlands", FakeLibrary)
    with pytest.raises(HolidayDataError):
        public_holidays(2030)


def test_fake_library_baseline(monkeypatch, fresh_cache):
    monkeypatch.setattr(FakeLibrary, "entries", GOOD)
    monkeypatch.setattr(holidays, "Netherlands", FakeLibrary)
    assert len(public_holidays(2030)) == 8  # GOOD plus 5 mei
