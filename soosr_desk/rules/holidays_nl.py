"""Dutch public holidays as the Algemene termijnenwet (Atw) counts them.

Art. 3(1) Atw names the "algemeen erkende feestdagen": Nieuwjaarsdag, Tweede Paasdag,
Hemelvaartsdag, Tweede Pinksterdag, the day the King's (before 2014: the Queen's)
birthday is celebrated, 5 mei and both Kerstdagen. Eerste Paasdag and Eerste Pinksterdag
are always Sundays and need no mention; Goede Vrijdag is *not* one.

We build on the `holidays` library and correct what differs from the Atw:
- it lists Goede Vrijdag, Eerste Paasdag and Eerste Pinksterdag: dropped;
- it lists 5 mei only every fifth year (as many collective agreements do): the Atw has
  named 5 mei every year since 5 January 1982, so we add it for every year from 1982.
Koningsdag is 27 April, or 26 April when the 27th is a Sunday; Koninginnedag (1980-2013)
was 30 April, or 29 April when the 30th was a Sunday. The library gets those right and the
tests check every year 2000-2040 against an independent computation.

The library has data for 1966 (the first full year of the Atw) to 2100; outside that range
there are no public holidays here, only weekends. If a new library version renames or adds
a holiday we do not know, `public_holidays` raises instead of guessing, so a legal deadline
is never silently computed on the wrong calendar.
"""

from __future__ import annotations

from datetime import date, timedelta
from functools import lru_cache
from types import MappingProxyType

import holidays

# The library's English names (stable keys) mapped to the names the office uses.
_KEPT = MappingProxyType(
    {
        "New Year's Day": "Nieuwjaarsdag",
        "Easter Monday": "Tweede Paasdag",
        "King's Day": "Koningsdag",
        "Queen's Day": "Koninginnedag",
        "Liberation Day": "Bevrijdingsdag",
        "Ascension Day": "Hemelvaartsdag",
        "Pentecost Monday": "Tweede Pinksterdag",
        "Christmas Day": "Eerste Kerstdag",
        "Second Day of Christmas": "Tweede Kerstdag",
    }
)
# Not days of the Atw (the two Sundays do not matter for working days anyway).
_DROPPED = frozenset({"Good Friday", "Easter Sunday", "Pentecost"})
# Every year must have these, plus exactly one of Koningsdag and Koninginnedag.
_REQUIRED = frozenset(
    {
        "Nieuwjaarsdag",
        "Tweede Paasdag",
        "Hemelvaartsdag",
        "Tweede Pinksterdag",
        "Eerste Kerstdag",
        "Tweede Kerstdag",
    }
)

LIBERATION_DAY_FROM = 1982  # 5 mei in Art. 3(1) Atw every year since 5 January 1982


class HolidayDataError(RuntimeError):
    """The holidays library gave a day we do not recognise; this module needs a look."""


@lru_cache(maxsize=512)
def _holidays_for(year: int) -> MappingProxyType[date, str]:
    start, end = holidays.Netherlands.start_year, holidays.Netherlands.end_year
    if not start <= year <= end:
        return MappingProxyType({})
    library = holidays.Netherlands(years=year, language="en_US")  # type: ignore[no-untyped-call]  # holidays is not typed
    days: dict[date, list[str]] = {}
    for day in sorted(library):
        for name in library.get_list(day):
            if name in _DROPPED:
                continue
            if name not in _KEPT:
                raise HolidayDataError(f"unknown Dutch holiday {name!r} on {day.isoformat()}")
            days.setdefault(day, []).append(_KEPT[name])
    if year >= LIBERATION_DAY_FROM:
        liberation = days.setdefault(date(year, 5, 5), [])
        if "Bevrijdingsdag" not in liberation:
            liberation.append("Bevrijdingsdag")
    found = {name for names in days.values() for name in names}
    royal = {"Koningsdag", "Koninginnedag"} & found
    if not found >= _REQUIRED or len(royal) != 1:
        raise HolidayDataError(f"Dutch holidays for {year} are incomplete: {sorted(found)}")
    return MappingProxyType({day: " / ".join(days[day]) for day in sorted(days)})


def public_holidays(year: int) -> dict[date, str]:
    """The public holidays of Art. 3(1) Algemene termijnenwet in `year`, with Dutch names,
    in date order.

    When two fall on one day (Hemelvaartsdag on 5 mei, as in 2005 and 2016) the names are
    joined with " / ".
    """
    return dict(_holidays_for(year))


def is_public_holiday(d: date) -> bool:
    """True when `d` is a public holiday of Art. 3(1) Algemene termijnenwet."""
    return d in _holidays_for(d.year)


def is_working_day(d: date) -> bool:
    """True unless `d` is a Saturday, a Sunday or an Atw public holiday.

    EU Regulation 1182/71 Art. 2(2) counts as working days all days other than public
    holidays, Saturdays and Sundays.
    """
    return d.weekday() < 5 and not is_public_holiday(d)


def next_working_day(d: date) -> date:
    """`d` itself when it is a working day, else the first working day after it.

    This is how EU Regulation 1182/71 Art. 3(4) moves the end of a period that falls on a
    Saturday, Sunday or public holiday.
    """
    while not is_working_day(d):
        d += timedelta(days=1)
    return d
