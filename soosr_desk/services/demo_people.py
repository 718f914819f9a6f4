"""The demo's people: contacts with their notes and consents, drawn by the Maker in an
order a seed fixes, at the companies of services/demo_companies.py (services/demo.py
writes them)."""

from __future__ import annotations

import datetime as dt
from functools import lru_cache
from typing import Any

from soosr_desk.rules.names import search_text, sort_key
from soosr_desk.rules.vocab import ContactSource, Language
from soosr_desk.services.demo_companies import PlannedCompany
from soosr_desk.services.demo_maker import Maker
from soosr_desk.services.demo_words import (
    CITIES,
    CITY_WEIGHTS,
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
    MALE,
    MALE_EN,
    NOTE_ENGLISH,
    NOTES_COMMON,
    NOTES_LEAD,
    NOTES_SUPPLIER,
    PURPOSE_WEIGHTS,
    PURPOSES,
    RESTRICTION_REASONS,
    STAFF,
    SURNAMES,
    SURNAMES_EN,
    WITHDRAWAL_OBJECTION,
    WITHDRAWALS,
)

_sort_key = lru_cache(maxsize=65536)(sort_key)


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
