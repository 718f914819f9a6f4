"""Processor agreements (Art. 28) and transfers outside the EEA (Art. 44-46)."""

import re
from datetime import date, timedelta

import pytest

from soosr_desk.rules.agreements import (
    CHECKLIST,
    EEA_COUNTRIES,
    WARN_DAYS,
    AgreementStatus,
    ChecklistPoint,
    RecipientRole,
    agreement_problems,
    effective_status,
    is_complete,
    is_in_eea,
    missing_points,
    needs_safeguard,
)
from soosr_desk.rules.problem import Problem

TODAY = date(2026, 6, 15)
DAY = timedelta(days=1)
ALL = {point.code: True for point in CHECKLIST}
S = AgreementStatus


def test_checklist_has_the_sixteen_points_in_order():
    # issue 14: the controller's rights (28(3) first sentence), transfer instructions
    # (28(3)(a)), prior authorisation and notice of changes (28(2)), flow-down and full
    # liability (28(4)) were missing
    assert [p.article for p in CHECKLIST] == [
        "28(3)",
        "28(3)",
        "28(3)",
        "28(3)",
        "28(3)(a)",
        "28(3)(a)",
        "28(3)(b)",
        "28(3)(c)",
        "28(3)(d)",
        "28(2)",
        "28(4)",
        "28(3)(e)",
        "28(3)(f)",
        "28(3)(g)",
        "28(3)(h)",
        "28(3), last sentence",
    ]
    codes = [p.code for p in CHECKLIST]
    assert len(set(codes)) == 16
    assert {
        "controller_rights",
        "transfer_instructions",
        "sub_processor_authorisation",
        "sub_processor_flow_down",
    } <= set(codes)
    assert all(re.fullmatch(r"[a-z][a-z0-9_]*", code) for code in codes)
    assert all(p.label and p.label[0].isupper() for p in CHECKLIST)
    assert all(isinstance(p, ChecklistPoint) for p in CHECKLIST)


def test_enum_values_are_stable():
    assert [s.value for s in AgreementStatus] == ["draft", "signed", "expired", "terminated"]
    assert [r.value for r in RecipientRole] == [
        "processor",
        "independent_controller",
        "joint_controller",
        "public_authority",
    ]


def test_missing_points():
    assert missing_points(ALL) == []
    assert missing_points({}) == list(CHECKLIST)
    ticked = {**ALL, "security": False, "sub_processors": False, "made_up": True}
    assert [p.code for p in missing_points(ticked)] == ["security", "sub_processors"]
    del ticked["security"]
    assert [p.code for p in missing_points(ticked)] == ["security", "sub_processors"]


@pytest.mark.parametrize(
    ("status", "ticked", "complete"),
    [
        (S.SIGNED, ALL, True),
        (S.DRAFT, ALL, False),
        (S.EXPIRED, ALL, False),
        (S.TERMINATED, ALL, False),
        (S.SIGNED, {**ALL, "warn_on_infringement": False}, False),
        ("signed", ALL, True),  # a stored code works too
    ],
)
def test_is_complete(status, ticked, complete):
    assert is_complete(status, ticked) is complete


@pytest.mark.parametrize(
    ("status", "expires_on", "result"),
    [
        (S.SIGNED, None, S.SIGNED),
        (S.SIGNED, TODAY + DAY, S.SIGNED),
        (S.SIGNED, TODAY, S.SIGNED),  # valid through its last day
        (S.SIGNED, TODAY - DAY, S.EXPIRED),
        (S.DRAFT, TODAY - DAY, S.DRAFT),
        (S.TERMINATED, TODAY - DAY, S.TERMINATED),
        (S.EXPIRED, None, S.EXPIRED),
        ("signed", TODAY - DAY, S.EXPIRED),
    ],
)
def test_effective_status(status, expires_on, result):
    assert effective_status(status, expires_on, TODAY) is result


def problems(
    status=S.SIGNED,
    ticked=ALL,
    signed_on=date(2025, 1, 1),
    review_on=None,
    expires_on=None,
    **kwargs,
):
    found = agreement_problems(status, ticked, signed_on, review_on, expires_on, TODAY, **kwargs)
    assert all(isinstance(p, Problem) for p in found)
    return found


def codes(found):
    return [p.code for p in found]


def test_a_good_agreement_has_no_problems():
    assert problems() == []
    assert problems(review_on=TODAY + 400 * DAY, expires_on=TODAY + 800 * DAY) == []


def test_draft_with_empty_checklist():
    found = problems(status=S.DRAFT, ticked={}, signed_on=None)
    assert codes(found) == ["not_signed", "checklist_incomplete"]
    assert found[1].params == {"count": 16, "total": 16}


def test_checklist_count():
    found = problems(ticked={**ALL, "security": False, "audits_and_information": False})
    assert codes(found) == ["checklist_incomplete"]
    assert found[0].params["count"] == 2


def test_signed_without_date():
    assert codes(problems(signed_on=None)) == ["signed_date_missing"]


def test_terminated():
    assert codes(problems(status=S.TERMINATED, review_on=TODAY)) == ["terminated"]


def test_expired_by_date_or_by_status():
    found = problems(expires_on=TODAY - DAY, review_on=TODAY - DAY)
    assert codes(found) == ["expired"]
    assert found[0].params == {"date": TODAY - DAY}
    assert codes(problems(status=S.EXPIRED, expires_on=TODAY - DAY)) == ["expired"]


@pytest.mark.parametrize(
    ("days", "expected"),
    [(0, ["expires_soon"]), (1, ["expires_soon"]), (60, ["expires_soon"]), (61, [])],
)
def test_expires_within_warn_days(days, expected):
    found = problems(expires_on=TODAY + days * DAY)
    assert codes(found) == expected
    if found:
        assert found[0].params == {"date": TODAY + days * DAY, "days": days}


@pytest.mark.parametrize(
    ("days", "expected"),
    [
        (-30, ["review_overdue"]),
        (-1, ["review_overdue"]),
        (0, ["review_due"]),
        (60, ["review_due"]),
        (61, []),
    ],
)
def test_review(days, expected):
    assert codes(problems(review_on=TODAY + days * DAY)) == expected


def test_review_is_not_reported_for_drafts():
    assert codes(problems(status=S.DRAFT, review_on=TODAY - DAY)) == ["not_signed"]


def test_warn_days_can_be_changed():
    assert codes(problems(expires_on=TODAY + 20 * DAY, warn_days=14)) == []
    assert codes(problems(expires_on=TODAY + 20 * DAY, warn_days=30)) == ["expires_soon"]
    assert WARN_DAYS == 60


def test_everything_at_once():
    found = problems(
        ticked={},
        signed_on=None,
        review_on=TODAY - DAY,
        expires_on=TODAY + 10 * DAY,
    )
    assert codes(found) == [
        "signed_date_missing",
        "checklist_incomplete",
        "expires_soon",
        "review_overdue",
    ]
    for problem in found:
        text = problem.message.format(**problem.params)
        assert text and "{" not in text


def test_eea_countries():
    assert len(EEA_COUNTRIES) == 30
    assert {"NL", "BE", "DE", "GR", "IS", "LI", "NO"} <= EEA_COUNTRIES
    assert not {"GB", "CH", "US", "EL", "UK"} & EEA_COUNTRIES
    assert all(re.fullmatch(r"[A-Z]{2}", code) for code in EEA_COUNTRIES)


@pytest.mark.parametrize(
    ("country", "inside"),
    [("NL", True), ("nl", True), (" de ", True), ("EL", True), ("NO", True)]
    + [("US", False), ("GB", False), ("UK", False), ("CH", False), ("", False)],
)
def test_is_in_eea(country, inside):
    assert is_in_eea(country) is inside


@pytest.mark.parametrize(
    ("country", "safeguard", "needed"),
    [
        ("US", None, True),
        ("US", "", True),
        ("US", "   ", True),
        ("us", None, True),
        ("US", "Standard contractual clauses (2021/914)", False),
        ("CH", None, True),  # an adequacy decision is a basis to write down too
        ("UK", None, True),
        ("NL", None, False),
        ("IS", None, False),
        ("EL", None, False),
        ("", None, False),  # no country recorded: no transfer
        ("  ", None, False),
    ],
)
def test_needs_safeguard(country, safeguard, needed):
    assert needs_safeguard(country, safeguard) is needed
