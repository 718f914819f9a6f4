"""Retention: when each contact's data is due for erasure, and which rule says so.

The rules live in `rules.retention`; this module gathers the facts from the database.
`decision_for` answers for one contact (the contact form shows the date and the rule);
`due_list` answers for all of them at once, in a few queries: SQL narrows the contacts to
those whose date has passed (with exact cut-off days, so no due contact is left out) and
the rules decide each of the few that remain, so the list and the form always agree.

Activity: the later of the contact's `last_activity` and its latest note counts as the
last activity (a note is recorded customer contact; adding one does not touch
`last_activity`).

Financial records are kept seven years after the end of their year (art. 52 AWR) and
are due for destruction after that, whether or not the contact was erased: the list shows
the contact under the fiscal rule once its oldest record has passed its seven years
(unless the contact itself is due, whose erasure removes those records too). For an
erased contact (only an empty row is left, see services/erasure.py) erasing again removes
them; for a contact still in use `destroy_expired_financial` removes just those records.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from soosr_desk.rules.deadlines import add_months
from soosr_desk.rules.i18n import N_, plural
from soosr_desk.rules.problem import Problem
from soosr_desk.rules.retention import (
    CONTACT_FORM_YEARS,
    CONTRACT_YEARS,
    WEBSITE_FORM,
    ContactFacts,
    RetentionDecision,
    RetentionRule,
    erase_after,
    fiscal_keep_until,
    is_due,
)
from soosr_desk.services.errors import NotFound
from soosr_desk.store import engine, models, session
from soosr_desk.store.queries import tuples
from soosr_desk.store.readers import SideReader

FISCAL_DUE_REASON = N_(
    "Financial records kept for the fiscal duty have passed their seven years ({date})."
)


@dataclass(frozen=True)
class DueRow:
    """One line of the list of what is due for erasure.

    `name` is "Last, First" (empty for an already erased contact whose kept financial
    records have run out). `reason` is an N_ text, filled with `params` after translation.
    """

    contact_id: int
    name: str
    rule: RetentionRule
    due_since: dt.date
    reason_code: str = ""
    reason: str = ""
    params: dict = field(default_factory=dict, hash=False)
    erased: bool = False  # FISCAL rows: the contact itself was erased earlier


def _date(value) -> dt.date | None:
    if value is None or value == "":
        return None
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    return dt.date.fromisoformat(str(value)[:10])


def _later(*dates: dt.date | None) -> dt.date | None:
    known = [d for d in dates if d is not None]
    return max(known) if known else None


def _contracts_of(company_ids) -> dict[int, list[tuple[dt.date | None, dt.date | None]]]:
    """(end, settled) of every contract, per company (all companies when None)."""
    k = models.Contract
    query = k.select(k.company, k.end_date, k.settled_on)
    if company_ids is not None:
        ids = list(company_ids)
        if not ids:
            return {}
        query = query.where(k.company.in_(ids))
    out: dict[int, list] = {}
    with session.lock():
        for company_id, end, settled in tuples(query):
            out.setdefault(company_id, []).append((_date(end), _date(settled)))
    return out


def facts_for(contact_id: int) -> ContactFacts:
    """What the retention rules need to know about one contact. Raises NotFound."""
    c = models.Contact.get_or_none(models.Contact.id == contact_id)
    if c is None:
        raise NotFound(N_("This contact no longer exists."))
    return facts_of(c)


def facts_of(c: models.Contact) -> ContactFacts:
    """`facts_for` a contact already read (the letter has it: one query less)."""
    note = models.ContactNote
    last_note = (
        note.select(note.noted_at).where(note.contact == c.id).order_by(note.noted_at.desc())
    ).scalar()
    contracts = _contracts_of([c.company_id]).get(c.company_id, []) if c.company_id else []
    return ContactFacts(
        received_on=_date(c.received_on),
        source=c.source,
        contract_ends=tuple(contracts),
        legal_hold=bool(c.legal_hold),
        last_activity=_later(_date(c.last_activity), _date(last_note)),
    )


def decision_for(contact_id: int, today: dt.date | None = None) -> RetentionDecision:
    """The contact's erasure date and the rule that decides it, for the contact form.

    The decision does not depend on `today` (it is accepted so callers can pass the day
    they show); whether it is due today is `rules.retention.is_due(decision, today)`."""
    return erase_after(facts_for(contact_id))


@dataclass(frozen=True)
class AppliedRule:
    """The retention rule the due list applies to a contact, as the register words it
    (for the access answer, Art. 15(1)(d)): the rule's name and description in Dutch and
    English, and the decision with its date and reason."""

    code: str
    name: str
    name_en: str
    description: str
    description_en: str
    decision: RetentionDecision


def rule_for_contact(contact_id: int) -> AppliedRule:
    """The rule that decides this contact's erasure date, with the register's wording of
    it; raises NotFound. Financial records follow the fiscal rule besides (see
    `fiscal_keep_until`)."""
    return applied_rule(facts_for(contact_id))


def applied_rule(facts: ContactFacts) -> AppliedRule:
    """`rule_for_contact` from the contact's facts (`facts_of`)."""
    decision = erase_after(facts)
    row = models.RetentionRule.get_or_none(models.RetentionRule.code == decision.rule.value)
    if row is None:  # the user deleted the rule's wording: fall back to the reason
        return AppliedRule(decision.rule.value, "", "", "", "", decision)
    return AppliedRule(
        row.code, row.name, row.name_en, row.description, row.description_en, decision
    )


def _cutoff(today: dt.date, months: int) -> dt.date:
    """The last day d with add_months(d, months) <= today: data that started on or before
    it is due today. Exact at month ends (29 February + 2 years = 28 February)."""
    day = add_months(today, -months)
    while add_months(day + dt.timedelta(days=1), months) <= today:
        day += dt.timedelta(days=1)
    while add_months(day, months) > today:
        day -= dt.timedelta(days=1)
    return day


def _fiscal_cutoff(today: dt.date) -> dt.date:
    """Records dated on or before this day have passed fiscal_keep_until before today."""
    return dt.date(today.year - 8, 12, 31)


# Contacts whose erasure date has passed, narrowed in SQL. Dates are stored as ISO text,
# so comparing them as text compares the dates; '' stands for "no date". A plain scan of
# the table (`erased + 0` keeps SQLite off the name index) and a look-up of the latest note
# only for the contacts that need one: 0.09 s at 100,000 contacts instead of 0.34 s.
_CANDIDATES = """
WITH co AS (
    SELECT company_id,
           MAX(end_date IS NULL OR settled_on IS NULL) AS running,
           MAX(MAX(end_date, settled_on)) AS last_day
    FROM contract GROUP BY company_id
)
SELECT c.id, c.first_name, c.last_name, c.received_on, c.source, c.last_activity,
       (SELECT MAX(n.noted_at) FROM contact_note n WHERE n.contact_id = c.id), c.company_id
FROM contact c
LEFT JOIN co ON co.company_id = c.company_id
WHERE c.erased + 0 = 0 AND c.legal_hold = 0 AND (
    (co.company_id IS NOT NULL AND co.running = 0 AND co.last_day <= :contract_cut)
    OR (co.company_id IS NULL AND c.source = :form AND c.received_on <= :form_cut)
    OR (co.company_id IS NULL AND c.source <> :form
        AND MAX(c.received_on, COALESCE(c.last_activity, '')) <= :form_cut
        AND COALESCE((SELECT MAX(n.noted_at) FROM contact_note n WHERE n.contact_id = c.id),
                     '') < :day_after_form_cut)
)
"""

# The oldest record is past its period when any record is, and then it is the oldest of
# those: the records are filtered first, in one pass over the table (CROSS JOIN keeps
# SQLite from looking up every contact's records one by one: 1.2 s at 500,000 contacts,
# now 0.06 s).
_FISCAL = """
SELECT c.id, MIN(f.record_date), c.erased, c.first_name, c.last_name
FROM financial_record f CROSS JOIN contact c ON c.id = f.contact_id
WHERE c.legal_hold = 0 AND f.record_date <= ?
GROUP BY c.id
"""


# The same two questions for the office database on PostgreSQL (issue 18): real booleans
# and dates, GREATEST for SQLite's two-argument MAX (NULL-skipping, as '' was the smallest
# text), bool_or for MAX over a condition.
_CANDIDATES_PG = """
WITH co AS (
    SELECT company_id,
           bool_or(end_date IS NULL OR settled_on IS NULL) AS running,
           MAX(GREATEST(end_date, settled_on)) AS last_day
    FROM contract GROUP BY company_id
)
SELECT c.id, c.first_name, c.last_name, c.received_on, c.source, c.last_activity,
       (SELECT MAX(n.noted_at) FROM contact_note n WHERE n.contact_id = c.id), c.company_id
FROM contact c
LEFT JOIN co ON co.company_id = c.company_id
WHERE NOT c.erased AND NOT c.legal_hold AND (
    (co.company_id IS NOT NULL AND NOT co.running AND co.last_day <= %(contract_cut)s)
    OR (co.company_id IS NULL AND c.source = %(form)s AND c.received_on <= %(form_cut)s)
    OR (co.company_id IS NULL AND c.source <> %(form)s
        AND GREATEST(c.received_on, c.last_activity) <= %(form_cut)s
        AND COALESCE((SELECT MAX(n.noted_at) FROM contact_note n WHERE n.contact_id = c.id),
                     '-infinity') < %(day_after_form_cut)s)
)
"""

_FISCAL_PG = """
SELECT c.id, MIN(f.record_date), c.erased, c.first_name, c.last_name
FROM financial_record f JOIN contact c ON c.id = f.contact_id
WHERE NOT c.legal_hold AND f.record_date <= %s
GROUP BY c.id
"""


def _name(first: str, last: str) -> str:
    return f"{last}, {first}" if last and first else (last or first)


def due_list(today: dt.date) -> list[DueRow]:
    """Everything due for erasure on `today`: contacts whose retention period has run out
    (not erased, not under a legal hold), and contacts, erased or not, with financial
    records past their fiscal period. Sorted by due date, oldest first, then by id."""
    db = session.database()
    contract_cut = _cutoff(today, 12 * CONTRACT_YEARS)
    form_cut = _cutoff(today, 12 * CONTACT_FORM_YEARS)
    params = {
        "contract_cut": contract_cut.isoformat(),
        "form": WEBSITE_FORM,
        "form_cut": form_cut.isoformat(),
        "day_after_form_cut": (form_cut + dt.timedelta(days=1)).isoformat(),
    }
    server = engine.on_server(db)
    # on the file through a read-only connection of its own: at 500,000 contacts the
    # reads take a second and more, and the window's reads would wait for the shared one
    with SideReader(db) as reader:
        candidates = reader.rows(_CANDIDATES_PG if server else _CANDIDATES, params)
        fiscal = reader.rows(
            _FISCAL_PG if server else _FISCAL, (_fiscal_cutoff(today).isoformat(),)
        )
    contracts = _contracts_of({row[7] for row in candidates if row[7] is not None})
    rows: list[DueRow] = []
    for cid, first, last, received, source, activity, last_note, company_id in candidates:
        facts = ContactFacts(
            received_on=_date(received),
            source=source,
            contract_ends=tuple(contracts.get(company_id, ())) if company_id else (),
            legal_hold=False,
            last_activity=_later(_date(activity), _date(last_note)),
        )
        decision = erase_after(facts)
        if is_due(decision, today):
            assert decision.erase_after is not None  # is_due() is only true with a date
            rows.append(
                DueRow(
                    cid,
                    _name(first, last),
                    decision.rule,
                    decision.erase_after,
                    decision.reason_code,
                    decision.reason,
                    dict(decision.params),
                )
            )
    listed = {r.contact_id for r in rows}  # their erasure removes old records as well
    for cid, first_record, erased, first, last in fiscal:
        if cid in listed:
            continue
        oldest = _date(first_record)
        if oldest is None:  # the column is NOT NULL; a guard for the type checker
            continue
        kept_until = fiscal_keep_until(oldest)
        rows.append(
            DueRow(
                cid,
                "" if erased else _name(first, last),
                RetentionRule.FISCAL,
                kept_until + dt.timedelta(days=1),
                "fiscal",
                FISCAL_DUE_REASON,
                {"date": kept_until},
                erased=bool(erased),
            )
        )
    rows.sort(key=lambda r: (r.due_since, r.contact_id))
    return rows


def due_problems(today: dt.date) -> list[Problem]:
    """The dashboard's summary: how many contacts are due for erasure (one problem, area
    "retention", no record), and how many erased contacts have kept financial records
    whose fiscal period has run out."""
    rows = due_list(today)
    contacts = sum(1 for r in rows if r.rule != RetentionRule.FISCAL)
    fiscal = len(rows) - contacts
    problems = []
    if contacts == 1:
        problems.append(
            Problem("contacts_due", N_("1 contact is due for erasure."), area="retention")
        )
    elif contacts:
        problems.append(
            Problem(
                "contacts_due",
                N_("{count} contacts are due for erasure."),
                {"count": contacts},
                area="retention",
            )
        )
    if fiscal:
        problems.append(
            Problem(
                "financial_records_due",
                plural(
                    fiscal,
                    N_(
                        "Financial records of {count} contact have passed their seven years "
                        "and are due for destruction."
                    ),
                    N_(
                        "Financial records of {count} contacts have passed their seven years "
                        "and are due for destruction."
                    ),
                ),
                {"count": fiscal},
                area="retention",
            )
        )
    return problems
