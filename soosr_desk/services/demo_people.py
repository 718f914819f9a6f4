"""The demo's people: contacts with their notes and consents, drawn by the Maker in an
order a seed fixes, at the companies of services/demo_companies.py (services/demo.py
writes them).

Rows come out as lists in the order of CONTACT_COLUMNS, NOTE_COLUMNS and
CONSENT_COLUMNS, ready for one prepared INSERT each (issue 20: dictionaries per row, and
the dates and times sqlite3 formats itself, took a third of the demo's time)."""

from __future__ import annotations

from functools import lru_cache
from typing import Any

from soosr_desk.rules.names import fold, sort_key
from soosr_desk.rules.vocab import ContactSource
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

CONTACT_COLUMNS = (
    "id",
    "first_name",
    "last_name",
    "gender",
    "job_title",
    "company",
    "street",
    "postcode",
    "city",
    "country",
    "phone",
    "email",
    "signing_authority",
    "location",
    "source",
    "relation",
    "language",
    "sort_name",
    "search_text",
    "erased",
    "erased_on",
    # from here on what ContactMaker._history draws
    "received_on",
    "last_activity",
    "restricted",
    "restricted_since",
    "restricted_reason",
    "objected_marketing",
    "objected_on",
    "legal_hold",
    "legal_hold_reason",
    "legal_hold_since",
    "created_at",
    "updated_at",
)
ID, COMPANY, RELATION = 0, 5, 15  # where services/demo.py fills in ids
NOTE_COLUMNS = ("contact", "noted_at", "author", "text")
CONSENT_COLUMNS = (
    "contact",
    "purpose",
    "activity",
    "given_on",
    "evidence",
    "withdrawn_on",
    "withdrawal_evidence",
    "created_at",
)


def demo_search_text(first, last, email, phone, city, company_name) -> str:
    """What rules.names.search_text makes of these (the list filters on it), sooner:
    names, towns and companies repeat and are folded once, and the demo's telephone
    numbers all have the form whose other forms are its digits with 31 or 0 in front.
    The demo's e-mail addresses are lower-case ASCII already (Maker.email)."""
    words = [_folded(first, last), email]
    if phone:
        words.append(phone)
    if city or company_name:
        words.append(_folded(city, company_name))
    if phone:
        digits = phone[1:].replace(" ", "")
        words += (digits, "0" + digits[2:])
    return " ".join(words)[:1000]


@lru_cache(maxsize=65536)
def _folded(*words: str) -> str:
    return " ".join(fold(w) for w in words if w)


class ContactMaker:
    """Makes contacts with their notes and consents, batch by batch."""

    def __init__(self, mk: Maker, companies: list[PlannedCompany], marketing_id: int | None):
        self.mk = mk
        self.companies = companies
        pools = {
            role: [c for c in companies if c.role == role]
            for role in ("customer", "supplier", "prospect")
        }
        self.pick_company = {
            relation: mk.chooser(pools[role] or companies)
            for relation, role in (
                ("customer_contact", "customer"),
                ("debtor", "customer"),
                ("reference", "customer"),
                ("supplier_contact", "supplier"),
                ("lead", "prospect"),
            )
            if companies
        }
        self.marketing_id = marketing_id
        # every draw as rng.choice / rng.choices would make it, in the same order
        self.kind = mk.weigher(KINDS, KIND_WEIGHTS)
        self.job = mk.weigher(JOBS, JOB_WEIGHTS)
        self.city = mk.weigher(CITIES, CITY_WEIGHTS)
        self.names = {
            (english, female): (mk.chooser(firsts), mk.chooser(lasts))
            for english, female, firsts, lasts in (
                (True, True, FEMALE_EN, SURNAMES_EN),
                (True, False, MALE_EN, SURNAMES_EN),
                (False, True, FEMALE, SURNAMES),
                (False, False, MALE, SURNAMES),
            )
        }
        self.note_count = mk.weigher((0, 1, 2, 3), (30, 35, 22, 13))
        self.note_pool = {
            "lead": mk.chooser(NOTES_LEAD),
            "supplier_contact": mk.chooser(NOTES_SUPPLIER),
        }
        self.common_note = mk.chooser(NOTES_COMMON)
        self.staff = mk.chooser(STAFF)
        self.purpose = mk.weigher(PURPOSES, PURPOSE_WEIGHTS)
        self.other_purpose = {
            first: mk.weigher(rest, [p[1] for p in rest])
            for first in PURPOSES
            for rest in ([p for p in PURPOSES if p is not first],)
        }
        self.evidence = mk.chooser(EVIDENCE)
        self.withdrawal = mk.chooser(WITHDRAWALS)
        self.restriction = mk.chooser(RESTRICTION_REASONS)
        self.hold_reason = mk.chooser(HOLD_REASONS)

    def make(self, count: int):
        """(contacts, notes, consents, companies): notes and consents carry the index of
        their contact within the batch in "contact" until ids are known, a contact's id
        and company are None until then."""
        rows: list[list[Any]] = []
        notes: list[tuple[Any, ...]] = []
        consents: list[list[Any]] = []
        links: list[PlannedCompany | None] = []
        for i in range(count):
            company = self._contact(i, rows, notes, consents)
            links.append(company)
        return rows, notes, consents, links

    def _contact(self, index: int, rows: list, notes: list, consents: list):
        """One contact, with its notes and consents; returns its company (or None)."""
        mk = self.mk
        rnd = mk.rng.random
        source, relation, has_company, _ = self.kind()
        company = None
        if has_company and self.companies:
            company = self.pick_company[relation]()
        english = rnd() < 0.1
        female = rnd() < 0.5
        first_of, last_of = self.names[english and rnd() < 0.6, female]
        first = first_of()
        last = last_of()
        roll = rnd()
        gender = "female" if female else "male"
        if roll < 0.045:
            gender = "unknown" if roll < 0.04 else "other"
        job, signing = "", ""
        if company is not None or rnd() < 0.4:
            job, authority, _ = self.job()
            if company is not None and (source == ContactSource.CONTRACT or rnd() < 0.3):
                signing = authority
        if company is not None:
            crow = company.row
            street, postcode, city = crow["street"], crow["postcode"], crow["city"]
            roll = rnd()
            location = city if roll < 0.8 else ""
            if 0.8 <= roll < 0.9:  # works at another branch
                location = self.city()[0]
            roll = rnd()
            phone = mk.phone(None) if roll < 0.55 else mk.phone(company.area) if roll < 0.9 else ""
            email = mk.email(first, last, company.domain, personal=False)
            company_name = crow["name"]
        else:
            city = self.city()[0] if rnd() < 0.4 else ""
            street, postcode, location = "", "", ""
            phone = mk.phone(None) if rnd() < 0.6 else ""
            domain = "example.nl" if rnd() < 0.6 else "example.com"
            email = mk.email(first, last, domain, personal=True)
            company_name = ""
        received = mk.t - int(1461 * rnd() ** 1.3)  # four years, more of it recent
        if (
            source == ContactSource.CONTRACT
            and company is not None
            and company.first_start > received
        ):
            received = mk.day(max(company.first_start, mk.t - 1461), mk.t)
        row = [
            None,  # id
            first,
            last,
            gender,
            job,
            None,  # company
            street,
            postcode,
            city,
            "NL",
            phone,
            email,
            signing,
            location,
            source,
            relation,
            "en" if english else "nl",
            _sort_key(first, last),
            demo_search_text(first, last, email, phone, city, company_name),
            False,  # erased
            None,  # erased_on
        ]
        row += self._history(index, source, relation, english, received, notes, consents)
        rows.append(row)
        return company

    def _history(self, index, source, relation, english, received, notes, consents) -> list:
        """Flags, notes and consents, in an order that could have happened: nothing after
        a restriction (Art. 18), and an objection (Art. 21) ends every consent. Returns
        the contact's values from "received_on" on."""
        mk = self.mk
        t, rnd, day, stamp, iso = mk.t, mk.rng.random, mk.day, mk.stamp, mk.iso
        restricted = rnd() < 0.005
        since = day(received, t) if restricted else None
        bound = since if since is not None else t
        hold = rnd() < 0.005
        hold_since = day(received, t) if hold else None
        days = sorted([day(received, bound) for _ in range(self.note_count())])
        pool = self.note_pool.get(relation)
        english_note = english  # only the first note says so
        for d in days:
            if english_note and rnd() < 0.5:
                text = NOTE_ENGLISH
            elif pool is not None and rnd() < 0.5:
                text = pool()
            else:
                text = self.common_note()
            english_note = False
            notes.append((index, stamp(d), self.staff(), text))
        given_days = []
        mine = []
        if rnd() < 0.3:
            chosen = [self.purpose()]
            if rnd() < 0.2:
                chosen.append(self.other_purpose[chosen[0]]())
            for purpose, _ in chosen:
                given = day(received, bound)
                given_days.append(given)
                if purpose.startswith("Referentie"):
                    evidence, activity = EVIDENCE_REFERENCE, None
                else:
                    evidence = EVIDENCE_FORM if source == "website_form" else self.evidence()
                    activity = self.marketing_id
                withdrawn, why = None, ""
                if rnd() < 0.1:
                    withdrawn, why = day(given, bound), self.withdrawal()
                mine.append(
                    [index, purpose, activity, given, evidence, withdrawn, why, stamp(given)]
                )
        objected_on = None
        if rnd() < 0.03:
            objected_on = day(max([received, *given_days]), bound)
            for c in mine:
                if c[5] is None:
                    c[5], c[6] = objected_on, WITHDRAWAL_OBJECTION
        last_day = days[-1] if days else (day(received, bound) if rnd() < 0.7 else None)
        latest: int = received  # the last day anything happened (none is before it)
        for moment in (last_day, since, objected_on, hold_since, *given_days):
            if moment is not None and moment > latest:
                latest = moment
        for c in mine:
            if c[5] is not None and c[5] > latest:
                latest = c[5]
        created = stamp(received)
        for c in mine:
            c[3] = iso(c[3])
            if c[5] is not None:
                c[5] = iso(c[5])
        consents += mine
        return [
            iso(received),
            iso(last_day) if last_day else None,
            restricted,
            iso(since) if since else None,
            self.restriction() if restricted else "",
            objected_on is not None,
            iso(objected_on) if objected_on else None,
            hold,
            self.hold_reason() if hold else "",
            iso(hold_since) if hold_since else None,
            created,
            max(created, stamp(latest)),
        ]
