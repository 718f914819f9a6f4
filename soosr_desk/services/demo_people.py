"""The demo's people and companies: one random generator draws every name, address,
contract, invoice, note and consent, so a seed fixes the whole data set (services/demo.py
writes them)."""

from __future__ import annotations

import datetime as dt
import random
import re
from functools import lru_cache
from typing import Any

from stdnum.nl import bsn

from soosr_desk.rules.names import fold, search_text, sort_key
from soosr_desk.rules.vocab import ContactSource, Language
from soosr_desk.services.demo_words import (
    BRAND_HEADS,
    BRAND_TAILS,
    CITIES,
    CITY_WEIGHTS,
    CONTRACT_KINDS,
    EVIDENCE,
    EVIDENCE_FORM,
    EVIDENCE_REFERENCE,
    FEMALE,
    FEMALE_EN,
    HOLD_REASONS,
    JOB_WEIGHTS,
    JOBS,
    KIND_WEIGHTS,
    KINDS,
    LEGAL_FORMS,
    MALE,
    MALE_EN,
    NOTE_ENGLISH,
    NOTES_COMMON,
    NOTES_LEAD,
    NOTES_SUPPLIER,
    PARTNERS,
    PLACE_NAMES,
    POSTCODE_LETTERS,
    PURPOSE_WEIGHTS,
    PURPOSES,
    RESTRICTION_REASONS,
    SECTORS,
    STAFF,
    STREETS,
    SURNAMES,
    SURNAMES_EN,
    TRADES,
    WITHDRAWAL_OBJECTION,
    WITHDRAWALS,
)

_NOT_ALNUM = re.compile(r"[^a-z0-9]+")


@lru_cache(maxsize=4096)
def slug(text: str, sep: str = "") -> str:
    """Lowercase ASCII letters and digits: "Çelik" -> "celik", "van 't Hof" -> "vanthof"."""
    words = _NOT_ALNUM.split(fold(text).replace("ı", "i").replace("&", " en "))
    return sep.join(w for w in words if w)


class Maker:
    """Draws every value from one `random.Random`, so a seed fixes the whole data set."""

    def __init__(self, seed: int, today: dt.date, used_names: set[str], used_emails: set[str]):
        self.rng = random.Random(seed)
        self.today = today
        self.t = today.toordinal()
        self.used_names = used_names
        self.used_emails = used_emails

    def day(self, lo: int, hi: int) -> int:
        """An ordinal day in [lo, hi]."""
        return lo + int(self.rng.random() * (hi - lo + 1)) if hi > lo else lo

    def stamp(self, day: int) -> dt.datetime:
        """A moment in office hours (08:30-17:30) on `day`."""
        minute = 510 + int(self.rng.random() * 540)
        return dt.datetime.fromordinal(day).replace(hour=minute // 60, minute=minute % 60)

    def weighted(self, items, weights):
        return self.rng.choices(items, weights)[0]

    def phone(self, area: str | None) -> str:
        """International form, as the contact editor stores it (+31 6 12345678,
        +31 71 123 4567): a mobile 06-[1-5] or a landline."""
        r = self.rng
        if area is None:
            return f"+31 6 {r.randint(1, 5)}{r.randrange(10**7):07d}"
        rest = 8 - len(area)  # a Dutch national number has 9 digits
        local = f"{r.randint(2, 9)}{r.randrange(10**rest):0{rest}d}"
        if len(area) == 2:  # +31 71 123 4567
            return f"+31 {area} {local[:3]} {local[3:]}"
        return f"+31 {area} {local[:3]} {local[3:]}"  # +31 252 123 456

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


_sort_key = lru_cache(maxsize=65536)(sort_key)


def capital(surname: str) -> str:
    """A surname as it starts a company name: "van Dijk" -> "Van Dijk"."""
    return surname[:1].upper() + surname[1:]


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
    r, today = mk.rng, mk.today
    plan = []
    for ci, comp in enumerate(companies):
        for k in comp.contracts:
            months = mk.weighted((3, 6, 12), (40, 30, 30))
            fee = r.choice((1200, 2400, 3600, 4800, 7200, 9600, 14400, 24000))
            start, end = k["start_date"], k["end_date"] or today
            p = (start.year * 12 + start.month - 1) // months
            while True:
                month0 = p * months
                first = dt.date(month0 // 12, month0 % 12 + 1, 1)
                if first > end:
                    break
                day = max(first, start) + dt.timedelta(days=int(r.random() * 6))
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
        while bsn.is_valid(f"{day.year}{seq:05d}"):  # the BSN check refuses such text
            seq += 1
        last_numbers[day.year] = seq
        invoices.append((companies[ci], f"F{day.year}-{seq:05d}", day, cents, description))
    return invoices


class ContactMaker:
    """Makes contacts with their notes and consents, batch by batch."""

    def __init__(self, mk: Maker, companies: list[PlannedCompany], marketing_id: int | None):
        self.mk = mk
        self.companies = companies
        pools = {
            role: [c for c in companies if c.role == role]
            for role in ("customer", "supplier", "prospect")
        }
        self.pool = {
            "customer_contact": pools["customer"],
            "debtor": pools["customer"],
            "reference": pools["customer"],
            "supplier_contact": pools["supplier"],
            "lead": pools["prospect"],
        }
        self.marketing_id = marketing_id

    def make(self, count: int):
        """(contacts, notes, consents, companies): notes and consents carry the index of
        their contact within the batch in "contact" until ids are known."""
        rows: list[dict[str, Any]] = []
        notes: list[dict[str, Any]] = []
        consents: list[dict[str, Any]] = []
        links: list[dict[str, Any]] = []
        for i in range(count):
            row, company = self._contact()
            self._history(i, row, notes, consents)
            rows.append(row)
            links.append(company)
        return rows, notes, consents, links

    def _contact(self):
        mk, r, t = self.mk, self.mk.rng, self.mk.t
        source, relation, has_company, _ = mk.weighted(KINDS, KIND_WEIGHTS)
        company = None
        if has_company and self.companies:
            company = r.choice(self.pool[relation] or self.companies)
        english = r.random() < 0.1
        female = r.random() < 0.5
        if english and r.random() < 0.6:
            first = r.choice(FEMALE_EN if female else MALE_EN)
            last = r.choice(SURNAMES_EN)
        else:
            first = r.choice(FEMALE if female else MALE)
            last = r.choice(SURNAMES)
        roll = r.random()
        gender = "female" if female else "male"
        if roll < 0.045:
            gender = "unknown" if roll < 0.04 else "other"
        job, signing = "", ""
        if company is not None or r.random() < 0.4:
            job, authority, _ = mk.weighted(JOBS, JOB_WEIGHTS)
            if company is not None and (source == ContactSource.CONTRACT or r.random() < 0.3):
                signing = authority
        if company is not None:
            address = {k: company.row[k] for k in ("street", "postcode", "city")}
            roll = r.random()
            location = address["city"] if roll < 0.8 else ""
            if 0.8 <= roll < 0.9:  # works at another branch
                location = mk.weighted(CITIES, CITY_WEIGHTS)[0]
            roll = r.random()
            phone = mk.phone(None) if roll < 0.55 else mk.phone(company.area) if roll < 0.9 else ""
            email = mk.email(first, last, company.domain, personal=False)
        else:
            city = mk.weighted(CITIES, CITY_WEIGHTS)[0] if r.random() < 0.4 else ""
            address, location = {"street": "", "postcode": "", "city": city}, ""
            phone = mk.phone(None) if r.random() < 0.6 else ""
            domain = "example.nl" if r.random() < 0.6 else "example.com"
            email = mk.email(first, last, domain, personal=True)
        received = t - int(1461 * r.random() ** 1.3)  # four years, more of it recent
        if (
            source == ContactSource.CONTRACT
            and company is not None
            and company.first_start > received
        ):
            received = mk.day(max(company.first_start, t - 1461), t)
        company_name = company.row["name"] if company is not None else ""
        row = {
            "first_name": first,
            "last_name": last,
            "gender": gender,
            "job_title": job,
            "company": None,
            **address,
            "country": "NL",
            "phone": phone,
            "email": email,
            "signing_authority": signing,
            "location": location,
            "source": source,
            "relation": relation,
            "language": "en" if english else "nl",
            "received_on": received,
            "erased": False,
            "erased_on": None,
            "sort_name": _sort_key(first, last),
            "search_text": search_text(first, last, email, phone, address["city"], company_name),
        }
        return row, company

    def _history(self, index: int, row: dict, notes: list, consents: list) -> None:
        """Flags, notes and consents, in an order that could have happened: nothing after
        a restriction (Art. 18), and an objection (Art. 21) ends every consent."""
        mk, r, t = self.mk, self.mk.rng, self.mk.t
        received = row["received_on"]
        restricted = r.random() < 0.005
        since = mk.day(received, t) if restricted else None
        bound = since if since is not None else t
        hold = r.random() < 0.005
        hold_since = mk.day(received, t) if hold else None
        days = sorted(
            mk.day(received, bound) for _ in range(mk.weighted((0, 1, 2, 3), (30, 35, 22, 13)))
        )
        relation = row["relation"]
        pool = {"lead": NOTES_LEAD, "supplier_contact": NOTES_SUPPLIER}.get(relation, ())
        for n, day in enumerate(days):
            if n == 0 and row["language"] == Language.ENGLISH and r.random() < 0.5:
                text = NOTE_ENGLISH
            elif pool and r.random() < 0.5:
                text = r.choice(pool)
            else:
                text = r.choice(NOTES_COMMON)
            stamp, author = mk.stamp(day), r.choice(STAFF)
            notes.append({"contact": index, "noted_at": stamp, "author": author, "text": text})
        given_days = []
        mine = []
        if r.random() < 0.3:
            first = mk.weighted(PURPOSES, PURPOSE_WEIGHTS)
            chosen = [first]
            if r.random() < 0.2:
                rest = [p for p in PURPOSES if p is not first]
                chosen.append(mk.weighted(rest, [p[1] for p in rest]))
            for purpose, _ in chosen:
                given = mk.day(received, bound)
                given_days.append(given)
                if purpose.startswith("Referentie"):
                    evidence, activity = EVIDENCE_REFERENCE, None
                else:
                    evidence = (
                        EVIDENCE_FORM if row["source"] == "website_form" else r.choice(EVIDENCE)
                    )
                    activity = self.marketing_id
                withdrawn, why = None, ""
                if r.random() < 0.1:
                    withdrawn, why = mk.day(given, bound), r.choice(WITHDRAWALS)
                mine.append(
                    {
                        "contact": index,
                        "purpose": purpose,
                        "activity": activity,
                        "given_on": given,
                        "evidence": evidence,
                        "withdrawn_on": withdrawn,
                        "withdrawal_evidence": why,
                        "created_at": mk.stamp(given),
                    }
                )
        objected_on = None
        if r.random() < 0.03:
            objected_on = mk.day(max([received, *given_days]), bound)
            for c in mine:
                if c["withdrawn_on"] is None:
                    c["withdrawn_on"], c["withdrawal_evidence"] = objected_on, WITHDRAWAL_OBJECTION
        last = days[-1] if days else (mk.day(received, bound) if r.random() < 0.7 else None)
        moments = [received, last, since, objected_on, hold_since, *given_days]
        moments += [c["withdrawn_on"] for c in mine]
        latest = max(d for d in moments if d is not None)
        created = mk.stamp(received)
        for c in mine:
            for key in ("given_on", "withdrawn_on"):
                if c[key] is not None:
                    c[key] = dt.date.fromordinal(c[key])
        consents.extend(mine)
        row.update(
            received_on=dt.date.fromordinal(received),
            last_activity=dt.date.fromordinal(last) if last else None,
            restricted=restricted,
            restricted_since=dt.date.fromordinal(since) if since else None,
            restricted_reason=r.choice(RESTRICTION_REASONS) if restricted else "",
            objected_marketing=objected_on is not None,
            objected_on=dt.date.fromordinal(objected_on) if objected_on else None,
            legal_hold=hold,
            legal_hold_reason=r.choice(HOLD_REASONS) if hold else "",
            legal_hold_since=dt.date.fromordinal(hold_since) if hold_since else None,
            created_at=created,
            updated_at=max(created, mk.stamp(latest)),
        )
