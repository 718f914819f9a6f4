"""The demo's companies with their contracts and invoices, drawn by the Maker in an order
a seed fixes (services/demo.py writes them)."""

from __future__ import annotations

import datetime as dt
from functools import lru_cache
from typing import Any

from soosr_desk.services.demo_maker import Maker, slug
from soosr_desk.services.demo_words import CITIES, CITY_WEIGHTS, CONTRACT_KINDS


class PlannedCompany:
    __slots__ = ("row", "role", "area", "domain", "first_start", "contracts", "id", "billing")

    def __init__(self, row, role, area, domain, first_start, contracts):
        self.row, self.role, self.area, self.domain = row, role, area, domain
        self.first_start, self.contracts = first_start, contracts
        self.id = 0
        self.billing: int | None = None  # the contact invoices are addressed to


def plan_companies(mk: Maker, count: int) -> list[PlannedCompany]:
    """About half the companies are customers with contracts: some running, some ended and
    settled (retention counts from settlement), some ended without settlement."""
    r, t = mk.rng, mk.t
    out = []
    for i in range(count):
        role = "customer" if i % 10 < 5 else "supplier" if i % 10 < 7 else "prospect"
        city = mk.weighted(CITIES, CITY_WEIGHTS)
        name = mk.company_name(city[0])
        base = name.removesuffix(" B.V.").removesuffix(" V.O.F.").removesuffix(" & Zn.")
        domain = slug(base, "-" if r.random() < 0.4 else "") + ".nl"
        contracts = plan_contracts(mk) if role == "customer" else []
        first = min((c["start_date"] for c in contracts), default=mk.day(t - 1461, t - 30))
        created = mk.stamp(first)
        row = {
            "name": name,
            **mk.address(city),
            "country": "NL",
            "kvk_number": str(r.randint(10_000_000, 99_999_999)) if r.random() < 0.7 else "",
            "created_at": created,
            "updated_at": created,
        }
        out.append(PlannedCompany(row, role, city[3], domain, first, contracts))
    for c in out:  # dates as dates only now: the plan compares ordinals
        for k in c.contracts:
            for key in ("start_date", "end_date", "settled_on"):
                if k[key] is not None:
                    k[key] = dt.date.fromordinal(k[key])
    return out


def plan_contracts(mk: Maker) -> list[dict[str, Any]]:
    r, t = mk.rng, mk.t
    kind = r.choice(CONTRACT_KINDS)
    start = mk.day(t - 8 * 365, t - 30)
    end = settled = None
    roll = r.random()
    if t - start > 400 and roll > 0.55:
        if roll < 0.85:
            end = mk.day(start + 365, t - 1)
            settled = mk.day(end, min(end + 120, t))
        else:
            end = mk.day(max(start + 365, t - 730), t - 1)
    contracts = [contract_row(mk, kind, start, end, settled)]
    if r.random() < 0.2 and start - 365 > t - 8 * 365:  # an earlier contract, renewed
        before = mk.day(t - 8 * 365, start - 365)
        done = mk.day(start - 1, min(start + 60, t))
        contracts.insert(0, contract_row(mk, kind, before, start - 1, done))
    return contracts


def contract_row(mk: Maker, kind, start, end, settled) -> dict[str, Any]:
    return {
        "description": kind[0],
        "start_date": start,
        "end_date": end,
        "settled_on": settled,
        "created_at": mk.stamp(start),
        "_label": kind[1],
    }


def plan_invoices(
    mk: Maker, companies: list[PlannedCompany], last_numbers: dict[int, int]
) -> list[tuple[PlannedCompany, str, dt.date, int, str]]:
    """Invoices for every contract, per quarter, half year or year, numbered F2024-00123
    per year in date order. A number whose 9 digits pass the 11-proef is skipped."""
    today = mk.today
    rnd, period = mk.rng.random, mk.weigher((3, 6, 12), (40, 30, 30))
    fees = mk.chooser((1200, 2400, 3600, 4800, 7200, 9600, 14400, 24000))
    plan = []
    for ci, comp in enumerate(companies):
        for k in comp.contracts:
            months = period()
            fee = fees()
            start, end = k["start_date"], k["end_date"] or today
            p = (start.year * 12 + start.month - 1) // months
            while True:
                month0 = p * months
                first = dt.date(month0 // 12, month0 % 12 + 1, 1)
                if first > end:
                    break
                day = max(first, start) + dt.timedelta(days=int(rnd() * 6))
                p += 1
                if day > today:
                    break
                if months == 3:
                    label = f"Q{(first.month - 1) // 3 + 1} {first.year}"
                elif months == 6:
                    label = f"{(first.month - 1) // 6 + 1}e halfjaar {first.year}"
                else:
                    label = str(first.year)
                years = (day - start).days / 365.25
                cents = round(fee * 100 * months / 12 * 1.21 * 1.03 ** int(years))
                plan.append((day, ci, cents, f"{k['_label']} {label}"))
    plan.sort(key=lambda x: (x[0], x[1]))
    invoices = []
    for day, ci, cents, description in plan:
        seq = last_numbers.get(day.year, 0) + 1
        while passes_11_proef(day.year, seq):  # the BSN check refuses such text
            seq += 1
        last_numbers[day.year] = seq
        invoices.append((companies[ci], f"F{day.year}-{seq:05d}", day, cents, description))
    return invoices


@lru_cache(maxsize=64)
def _year_sum(year: int) -> int:
    return sum(w * int(d) for w, d in zip((9, 8, 7, 6), f"{year:04d}", strict=True))


def passes_11_proef(year: int, seq: int) -> bool:
    """`stdnum.nl.bsn.is_valid(f"{year}{seq:05d}")` for a four-digit year, sooner (it
    is asked for every invoice number): the 9 digits weighed 9, 8, ... 2, -1, modulo 11."""
    if not 1000 <= year <= 9999 or not 0 <= seq <= 99999:
        return False  # not 9 digits
    s3, s4 = divmod(seq % 100, 10)
    s1, s2 = divmod(seq // 100 % 100, 10)
    total = _year_sum(year) + 5 * (seq // 10000) + 4 * s1 + 3 * s2 + 2 * s3 - s4
    return total % 11 == 0
