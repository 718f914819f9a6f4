"""Retention: the privacy statement's periods, legal hold and the fiscal duty."""

from datetime import date, timedelta

import pytest
from hypothesis import given
from hypothesis import strategies as st

from soosr_desk.rules.deadlines import add_months
from soosr_desk.rules.retention import (
    ContactFacts,
    RetentionDecision,
    RetentionRule,
    erase_after,
    fiscal_keep_until,
    is_due,
)

D = date
DAY = timedelta(days=1)


def facts(**changes) -> ContactFacts:
    base = {"received_on": D(2024, 3, 10), "source": "website_form"}
    return ContactFacts(**{**base, **changes})


def test_rule_codes_are_stable():
    assert [r.value for r in RetentionRule] == [
        "contact_form",
        "no_contract",
        "contract",
        "fiscal",
        "legal_hold",
    ]


def test_contact_form_two_years_after_it_came_in():
    decision = erase_after(facts())
    assert decision.erase_after == D(2026, 3, 10)
    assert decision.rule == RetentionRule.CONTACT_FORM
    assert decision.reason_code == "contact_form"
    assert decision.params == {"date": D(2024, 3, 10)}


def test_contact_form_ignores_later_activity():
    # The statement says two years after the form came in, full stop.
    decision = erase_after(facts(last_activity=D(2025, 6, 1)))
    assert decision.erase_after == D(2026, 3, 10)


def test_contact_form_on_leap_day():
    assert erase_after(facts(received_on=D(2024, 2, 29))).erase_after == D(2026, 2, 28)


@pytest.mark.parametrize("source", ["supplier", "reference", "manual", "something_new"])
@pytest.mark.parametrize(
    ("received", "activity", "start"),
    [
        (D(2024, 3, 10), None, D(2024, 3, 10)),
        (D(2024, 3, 10), D(2025, 1, 1), D(2025, 1, 1)),  # the later one counts
        (D(2024, 3, 10), D(2023, 1, 1), D(2024, 3, 10)),
        (None, D(2025, 1, 1), D(2025, 1, 1)),
    ],
)
def test_other_contacts_without_contract(source, received, activity, start):
    decision = erase_after(facts(source=source, received_on=received, last_activity=activity))
    assert decision.erase_after == add_months(start, 24)
    assert decision.rule == RetentionRule.NO_CONTRACT
    assert decision.reason_code == "last_activity"
    assert decision.params == {"date": start}


@pytest.mark.parametrize("source", ["website_form", "manual"])
def test_no_date_to_count_from(source):
    decision = erase_after(facts(source=source, received_on=None))
    assert decision.erase_after is None
    assert decision.reason_code == "no_date"
    assert not is_due(decision, D(2100, 1, 1))


def test_website_form_without_received_date_does_not_use_activity():
    decision = erase_after(facts(received_on=None, last_activity=D(2025, 1, 1)))
    assert decision.erase_after is None


@pytest.mark.parametrize(
    "contracts",
    [
        [(None, None)],
        [(D(2023, 1, 31), None)],  # ended, not settled
        [(None, D(2023, 1, 31))],  # settled date but still running
        [(D(2020, 1, 31), D(2020, 2, 1)), (None, None)],  # one of two still running
    ],
)
def test_contract_still_running_has_no_date(contracts):
    decision = erase_after(facts(source="contract", contract_ends=contracts))
    assert decision.erase_after is None
    assert decision.rule == RetentionRule.CONTRACT
    assert decision.reason_code == "contract_running"


@pytest.mark.parametrize(
    ("contracts", "start"),
    [
        ([(D(2023, 1, 31), D(2023, 3, 15))], D(2023, 3, 15)),  # settled after the end
        ([(D(2023, 6, 30), D(2023, 3, 15))], D(2023, 6, 30)),  # paid before the end
        ([(D(2023, 1, 31), D(2023, 3, 15)), (D(2024, 6, 30), D(2024, 5, 1))], D(2024, 6, 30)),
        ([(D(2024, 2, 29), D(2024, 2, 29))], D(2024, 2, 29)),
    ],
)
def test_contract_three_years_after_end_and_settlement(contracts, start):
    decision = erase_after(facts(source="contract", contract_ends=contracts))
    assert decision.erase_after == add_months(start, 36)
    assert decision.rule == RetentionRule.CONTRACT
    assert decision.reason_code == "contract_ended"
    assert decision.params == {"date": start}


def test_contract_leap_day():
    decision = erase_after(facts(contract_ends=[(D(2024, 2, 29), D(2024, 2, 29))]))
    assert decision.erase_after == D(2027, 2, 28)


def test_contract_rule_beats_contact_form():
    # A website lead that became a customer follows the contract.
    decision = erase_after(facts(contract_ends=[(D(2025, 1, 1), D(2025, 2, 1))]))
    assert decision.erase_after == D(2028, 2, 1)


@pytest.mark.parametrize(
    "contracts", [[], [(None, None)], [(D(2010, 1, 1), D(2010, 1, 1))]], ids=str
)
def test_legal_hold_wins(contracts):
    decision = erase_after(facts(legal_hold=True, contract_ends=contracts))
    assert decision.erase_after is None
    assert decision.rule == RetentionRule.LEGAL_HOLD
    assert not is_due(decision, D(2100, 1, 1))


def test_contract_ends_accepts_a_list_and_a_tuple():
    as_list = facts(contract_ends=[(D(2023, 1, 31), D(2023, 3, 15))])
    as_tuple = facts(contract_ends=((D(2023, 1, 31), D(2023, 3, 15)),))
    assert erase_after(as_list) == erase_after(as_tuple)


@pytest.mark.parametrize(
    ("decision", "boundary"),
    [
        (erase_after(facts()), D(2026, 3, 10)),
        (erase_after(facts(contract_ends=[(D(2023, 1, 31), D(2023, 3, 15))])), D(2026, 3, 15)),
        (erase_after(facts(source="manual", last_activity=D(2025, 1, 1))), D(2027, 1, 1)),
    ],
)
def test_is_due_around_the_boundary(decision, boundary):
    assert decision.erase_after == boundary
    assert not is_due(decision, boundary - DAY)
    assert is_due(decision, boundary)
    assert is_due(decision, boundary + DAY)


def test_reasons_format_cleanly():
    decisions = [
        erase_after(facts()),
        erase_after(facts(source="manual")),
        erase_after(facts(received_on=None)),
        erase_after(facts(legal_hold=True)),
        erase_after(facts(contract_ends=[(None, None)])),
        erase_after(facts(contract_ends=[(D(2023, 1, 31), D(2023, 3, 15))])),
    ]
    for decision in decisions:
        text = decision.reason.format(**decision.params)
        assert text and "{" not in text


def test_decision_is_hashable_and_frozen():
    decision = RetentionDecision(None, RetentionRule.LEGAL_HOLD, "legal_hold", "x")
    assert hash(decision) == hash(
        RetentionDecision(None, RetentionRule.LEGAL_HOLD, "legal_hold", "x")
    )
    with pytest.raises(AttributeError):
        decision.erase_after = D(2020, 1, 1)  # type: ignore[misc]


@pytest.mark.parametrize(
    ("record", "keep_until"),
    [
        (D(2019, 5, 3), D(2026, 12, 31)),
        (D(2019, 1, 1), D(2026, 12, 31)),
        (D(2019, 12, 31), D(2026, 12, 31)),
        (D(2020, 1, 1), D(2027, 12, 31)),  # a day later, a year more
        (D(2024, 2, 29), D(2031, 12, 31)),
    ],
)
def test_fiscal_seven_years_from_the_end_of_the_financial_year(record, keep_until):
    assert fiscal_keep_until(record) == keep_until


@given(st.dates(min_value=D(1900, 1, 1), max_value=D(2100, 12, 31)))
def test_fiscal_properties(record):
    keep = fiscal_keep_until(record)
    assert (keep.month, keep.day) == (12, 31)
    assert keep.year == record.year + 7
    assert keep - record >= timedelta(days=7 * 365)


DATES = st.dates(min_value=D(2000, 1, 1), max_value=D(2080, 12, 31))


@given(DATES, st.lists(st.tuples(DATES, DATES), min_size=1, max_size=5), DATES)
def test_contract_date_properties(received, contracts, today):
    decision = erase_after(facts(received_on=received, contract_ends=contracts))
    assert decision.erase_after is not None
    for end, settled in contracts:
        assert decision.erase_after >= add_months(max(end, settled), 36)
    assert decision.erase_after in {add_months(max(e, s), 36) for e, s in contracts}
    if is_due(decision, today):
        assert is_due(decision, today + DAY)
    else:
        assert today < decision.erase_after


@given(DATES, st.one_of(st.none(), DATES), st.sampled_from(["website_form", "manual"]))
def test_contact_dates_are_two_years_after_a_known_date(received, activity, source):
    decision = erase_after(facts(received_on=received, last_activity=activity, source=source))
    assert decision.erase_after in {add_months(received, 24), add_months(activity or received, 24)}
    assert decision.erase_after >= add_months(received, 24)
