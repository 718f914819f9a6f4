"""The retention service: each contact's erasure date from the database, and the due list."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given
from hypothesis import strategies as st

from soosr_desk.rules.deadlines import add_months
from soosr_desk.rules.retention import RetentionRule, is_due
from soosr_desk.services import retention
from soosr_desk.services.errors import NotFound
from soosr_desk.store import models as m

pytestmark = pytest.mark.both_engines  # issue 18: on the file and on a server

D = dt.date
DAY = dt.timedelta(days=1)


def _contact(**kw) -> m.Contact:
    values = {
        "first_name": "Wobbe",
        "last_name": "Zijlstra",
        "source": "manual",
        "received_on": D(2024, 3, 10),
    }
    values.update(kw)
    return m.Contact.create(**values)


def _company(*contracts: tuple[D | None, D | None]) -> m.Company:
    company = m.Company.create(name="Bakkerij De Molen")
    for end, settled in contracts:
        m.Contract.create(
            company=company, start_date=D(2015, 1, 1), end_date=end, settled_on=settled
        )
    return company


def _due(today: D) -> dict[int, retention.DueRow]:
    return {r.contact_id: r for r in retention.due_list(today)}


# --- one contact, every rule -------------------------------------------------------------


def test_facts_come_from_the_contact_its_company_and_its_notes(db):
    company = _company((D(2023, 1, 31), D(2023, 3, 15)), (None, None))
    c = _contact(company=company, last_activity=D(2024, 6, 1), legal_hold=True)
    m.ContactNote.create(contact=c, noted_at=dt.datetime(2025, 2, 3, 10, 30), text="Gebeld.")
    facts = retention.facts_for(c.id)
    assert facts.received_on == D(2024, 3, 10)
    assert facts.source == "manual"
    assert set(facts.contract_ends) == {(D(2023, 1, 31), D(2023, 3, 15)), (None, None)}
    assert facts.legal_hold is True
    assert facts.last_activity == D(2025, 2, 3), "the latest note counts as activity"


def test_website_form_two_years_after_it_came_in(db):
    c = _contact(source="website_form", last_activity=D(2025, 6, 1))
    decision = retention.decision_for(c.id, D(2026, 1, 1))
    assert decision.erase_after == D(2026, 3, 10)
    assert decision.rule == RetentionRule.CONTACT_FORM
    assert decision.reason_code == "contact_form"
    assert decision.reason.format(**decision.params)


def test_other_contact_counts_from_the_last_activity_or_note(db):
    c = _contact(last_activity=D(2024, 9, 1))
    assert retention.decision_for(c.id).erase_after == D(2026, 9, 1)
    m.ContactNote.create(contact=c, noted_at=dt.datetime(2025, 1, 20, 9, 0), text="Offerte.")
    decision = retention.decision_for(c.id)
    assert decision.erase_after == D(2027, 1, 20)
    assert decision.reason_code == "last_activity"
    assert decision.params == {"date": D(2025, 1, 20)}


def test_contract_rule_for_contacts_of_a_company_with_contracts(db):
    company = _company((D(2023, 1, 31), D(2023, 3, 15)), (D(2024, 6, 30), D(2024, 5, 1)))
    c = _contact(company=company, source="website_form")
    decision = retention.decision_for(c.id)
    assert decision.rule == RetentionRule.CONTRACT
    assert decision.erase_after == D(2027, 6, 30)


def test_running_contract_has_no_date(db):
    c = _contact(company=_company((D(2020, 1, 31), D(2020, 2, 1)), (D(2023, 1, 1), None)))
    decision = retention.decision_for(c.id)
    assert decision.erase_after is None
    assert decision.reason_code == "contract_running"


def test_company_without_contracts_follows_the_contact_rule(db):
    c = _contact(company=_company())
    assert retention.decision_for(c.id).rule == RetentionRule.NO_CONTRACT


def test_legal_hold_wins(db):
    c = _contact(source="website_form", received_on=D(2010, 1, 1), legal_hold=True)
    decision = retention.decision_for(c.id)
    assert decision.rule == RetentionRule.LEGAL_HOLD
    assert not is_due(decision, D(2100, 1, 1))


def test_unknown_contact(db):
    with pytest.raises(NotFound):
        retention.decision_for(999_999)


# --- the due list --------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("kind", "boundary"),
    [
        ("website_form", D(2026, 3, 10)),
        ("manual", D(2027, 1, 20)),  # the note of 20 January 2025
        ("contract", D(2026, 3, 15)),  # settled 15 March 2023
        ("leap_day", D(2026, 2, 28)),  # came in 29 February 2024
    ],
)
def test_due_from_the_boundary_day_on(db, kind, boundary):
    if kind == "website_form":
        c = _contact(source="website_form")
    elif kind == "manual":
        c = _contact(last_activity=D(2024, 12, 1))
        m.ContactNote.create(contact=c, noted_at=dt.datetime(2025, 1, 20, 16, 45), text="x")
    elif kind == "contract":
        c = _contact(company=_company((D(2023, 1, 31), D(2023, 3, 15))))
    else:
        c = _contact(source="website_form", received_on=D(2024, 2, 29))
    assert c.id not in _due(boundary - DAY)
    row = _due(boundary)[c.id]
    assert row.due_since == boundary
    assert row.name == "Zijlstra, Wobbe"
    assert row.reason.format(**row.params)
    assert c.id in _due(boundary + 400 * DAY)


def test_not_due_legal_hold_running_contract_or_erased(db):
    old = {"source": "website_form", "received_on": D(2015, 1, 1)}
    held = _contact(legal_hold=True, **old)
    running = _contact(company=_company((None, None)), **old)
    unsettled = _contact(company=_company((D(2016, 1, 1), None)), **old)
    erased = _contact(erased=True, erased_on=D(2020, 1, 1), **old)
    due = _contact(**old)
    assert set(_due(D(2026, 1, 1))) == {due.id}
    for c in (held, running, unsettled):
        assert retention.decision_for(c.id).erase_after is None
    assert erased.id not in _due(D(2100, 1, 1))


def test_erased_contact_with_kept_invoices_comes_back_under_the_fiscal_rule(db):
    c = _contact(first_name="", last_name="", erased=True, erased_on=D(2020, 5, 1))
    for day in (D(2018, 12, 31), D(2019, 1, 1)):
        m.FinancialRecord.create(contact=c, number=f"F{day}", record_date=day)
    assert c.id not in _due(D(2025, 12, 31)), "kept until 31 December 2025"
    row = _due(D(2026, 1, 1))[c.id]
    assert row.rule == RetentionRule.FISCAL
    assert row.due_since == D(2026, 1, 1)
    assert row.name == ""
    assert row.params == {"date": D(2025, 12, 31)}


def test_due_list_is_sorted_by_due_date(db):
    late = _contact(source="website_form", received_on=D(2023, 5, 1))
    early = _contact(source="website_form", received_on=D(2022, 5, 1))
    rows = retention.due_list(D(2026, 1, 1))
    assert [r.contact_id for r in rows] == [early.id, late.id]


@pytest.mark.demo(contacts=400, seed=5, today=D(2026, 5, 1))
def test_due_list_agrees_with_the_contact_form_on_demo_data(db):
    today = D(2026, 5, 1)
    later = today + 500 * DAY
    for day in (today, later):
        rows = _due(day)
        expected = {}
        live = m.Contact.select(m.Contact.id).where(m.Contact.erased == False)  # noqa: E712
        for (cid,) in live.tuples():
            decision = retention.decision_for(cid, day)
            if is_due(decision, day):
                expected[cid] = decision.erase_after
        # besides: contacts in use whose old invoices alone are due (the fiscal rule)
        assert {
            cid: r.due_since for cid, r in rows.items() if r.rule != RetentionRule.FISCAL
        } == expected
        for cid, r in rows.items():
            if r.rule == RetentionRule.FISCAL:
                assert cid not in expected and r.params["date"] < day
        assert rows, "four years of demo data hold contacts that are due"


def test_due_problems_summarise(db):
    today = D(2026, 1, 1)
    assert retention.due_problems(today) == []
    _contact(source="website_form", received_on=D(2020, 1, 1))
    [one] = retention.due_problems(today)
    assert (one.area, one.record) == ("retention", None)
    assert one.render() == "1 contact is due for erasure."
    _contact(source="website_form", received_on=D(2020, 1, 1))
    gone = _contact(first_name="", last_name="", erased=True)
    m.FinancialRecord.create(contact=gone, number="F1", record_date=D(2010, 1, 1))
    texts = [p.render() for p in retention.due_problems(today)]
    assert texts[0] == "2 contacts are due for erasure."
    assert "Financial records of 1 contact have" in texts[1]
    for p in retention.due_problems(today):
        assert "Zijlstra" not in p.render() and p.label == ""


@given(st.dates(min_value=D(1990, 1, 1), max_value=D(2090, 12, 31)), st.sampled_from([24, 36]))
def test_cutoff_is_exact(today, months):
    cut = retention._cutoff(today, months)
    assert add_months(cut, months) <= today < add_months(cut + DAY, months)
