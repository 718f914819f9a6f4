"""The demo's random generator: one `random.Random` draws every day, phone number,
address, company name and e-mail address, so a seed fixes the whole data set
(services/demo_companies.py and services/demo_people.py draw from it).

Issue 20 (100,000 contacts in under 10 s): `chooser` and `weigher` draw exactly what
`rng.choice` and `rng.choices` draw (the same calls on the generator, in the same order:
the same seed still gives the same data) without their work per call, and days and
moments come out as the text SQLite stores ("2026-03-15", "2026-03-15 09:41:00")."""

from __future__ import annotations

import datetime as dt
import random
import re
from bisect import bisect
from collections.abc import Callable, Sequence
from functools import lru_cache
from itertools import accumulate
from typing import TypeVar

from soosr_desk.rules.names import fold
from soosr_desk.services.demo_words import (
    BRAND_HEADS,
    BRAND_TAILS,
    LEGAL_FORMS,
    PARTNERS,
    PLACE_NAMES,
    POSTCODE_LETTERS,
    SECTORS,
    STREETS,
    SURNAMES,
    TRADES,
)

_NOT_ALNUM = re.compile(r"[^a-z0-9]+")
T = TypeVar("T")
# " 08:30:00" ... " 17:29:00": the time of day of `Maker.stamp`, by minute of the day
_TIMES = tuple(f" {m // 60:02d}:{m % 60:02d}:00" for m in range(24 * 60))


@lru_cache(maxsize=4096)
def slug(text: str, sep: str = "") -> str:
    """Lowercase ASCII letters and digits: "Çelik" -> "celik", "van 't Hof" -> "vanthof"."""
    words = _NOT_ALNUM.split(fold(text).replace("ı", "i").replace("&", " en "))
    return sep.join(w for w in words if w)


class _IsoDays(dict[int, str]):
    def __missing__(self, day: int) -> str:
        text = self[day] = dt.date.fromordinal(day).isoformat()
        return text


class Maker:
    """Draws every value from one `random.Random`, so a seed fixes the whole data set."""

    def __init__(self, seed: int, today: dt.date, used_names: set[str], used_emails: set[str]):
        self.rng = random.Random(seed)
        self.today = today
        self.t = today.toordinal()
        self.used_names = used_names
        self.used_emails = used_emails
        # the ordinal day as SQLite stores a date ("2026-03-15"), each day made once
        self.iso: Callable[[int], str] = _IsoDays().__getitem__
        # randint(1, 5), randrange(10**7), randint(2, 9), randrange(10**rest) of a phone
        self._mobile, self._seven = self.chooser(range(1, 6)), self.chooser(range(10**7))
        self._landline = self.chooser(range(2, 10))
        self._rest = {n: self.chooser(range(10**n)) for n in (5, 6)}

    def day(self, lo: int, hi: int) -> int:
        """An ordinal day in [lo, hi]."""
        return lo + int(self.rng.random() * (hi - lo + 1)) if hi > lo else lo

    def stamp(self, day: int) -> str:
        """A moment in office hours (08:30-17:30) on `day`, as SQLite stores a datetime
        ("2026-03-15 09:41:00"; text of one form compares as the moments do)."""
        return self.iso(day) + _TIMES[510 + int(self.rng.random() * 540)]

    def weighted(self, items, weights):
        return self.rng.choices(items, weights)[0]

    def chooser(self, seq: Sequence[T]) -> Callable[[], T]:
        """A function drawing what `rng.choice(seq)` draws (the same bits of the same
        generator: `Random._randbelow`), without its checks and calls each time."""
        n, bits = len(seq), self.rng.getrandbits
        k = n.bit_length()

        def choose() -> T:
            r = bits(k)
            while r >= n:
                r = bits(k)
            return seq[r]

        return choose

    def weigher(self, items: Sequence[T], weights: Sequence[float]) -> Callable[[], T]:
        """A function drawing what `rng.choices(items, weights)[0]` draws: one random()
        against the running totals `choices` adds up each time, added up once here."""
        totals = list(accumulate(weights))
        total, hi, rnd = totals[-1] + 0.0, len(totals) - 1, self.rng.random

        def weigh() -> T:
            return items[bisect(totals, rnd() * total, 0, hi)]

        return weigh

    def phone(self, area: str | None) -> str:
        """International form, as the contact editor stores it (+31 6 12345678,
        +31 71 123 4567): a mobile 06-[1-5] or a landline."""
        if area is None:
            return f"+31 6 {self._mobile()}{self._seven():07d}"
        rest = 8 - len(area)  # a Dutch national number has 9 digits
        local = f"{self._landline()}{self._rest[rest]():0{rest}d}"
        # +31 71 123 4567, +31 252 123 456
        return f"+31 {area} {local[:3]} {local[3:]}"

    def address(self, city: tuple[str, int, int]) -> dict[str, str]:
        r = self.rng
        number = str(r.randint(1, 180)) + (r.choice("abc") if r.random() < 0.12 else "")
        while True:
            letters = r.choice(POSTCODE_LETTERS) + r.choice(POSTCODE_LETTERS)
            if letters not in ("SA", "SD", "SS"):  # never issued
                break
        return {
            "street": f"{r.choice(STREETS)} {number}",
            "postcode": f"{r.randint(city[1], city[2])} {letters}",
            "city": city[0],
        }

    def company_name(self, city_name: str) -> str:
        """A new name: "Van Dijk Installatietechniek B.V.", "Bakkerij De Molen", "Duintech",
        "Bakker & De Vries Advocaten"; a taken one gets the town added, as in real life."""
        r = self.rng
        for _ in range(60):
            pick = r.random()
            legal = self.weighted(*zip(*LEGAL_FORMS, strict=True))
            if pick < 0.5:
                base = f"{capital(r.choice(SURNAMES))} {r.choice(SECTORS)}"
            elif pick < 0.8:
                base = f"{r.choice(TRADES)} {r.choice(PLACE_NAMES)}"
                legal = "" if r.random() < 0.7 else legal
            elif pick < 0.9:
                base = r.choice(BRAND_HEADS) + r.choice(BRAND_TAILS)
            else:
                a, b = r.sample(SURNAMES, 2)
                base, legal = f"{capital(a)} & {capital(b)} {r.choice(PARTNERS)}", ""
            for name in (base, f"{base} {city_name}"):
                if name.casefold() not in self.used_names:
                    self.used_names.add(name.casefold())
                    return name + legal
        return base + legal  # a duplicate only when far more companies are asked for

    def email(self, first: str, last: str, domain: str, personal: bool) -> str:
        r = self.rng
        f, surname = slug(first), slug(last)
        pick = r.random()
        if personal:
            local = (f"{f}.{surname}", f"{f}{surname}", f"{f}_{surname}", f"{f[:1]}{surname}")[
                int(pick * 4)
            ]
        elif pick < 0.5:
            local = f"{f}.{surname}"
        elif pick < 0.8:
            local = f"{f[:1]}.{surname}"
        elif pick < 0.9:
            local = f
        else:
            local = f"{f[:1]}{surname}"
        local = local.strip("._") or "info"
        address, n = f"{local}@{domain}", 1
        while address in self.used_emails:
            n += 1
            address = f"{local}{n}@{domain}"
        self.used_emails.add(address)
        return address


def capital(surname: str) -> str:
    """A surname as it starts a company name: "van Dijk" -> "Van Dijk"."""
    return surname[:1].upper() + surname[1:]
