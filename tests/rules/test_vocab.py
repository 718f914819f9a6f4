"""The codes' business rules live on the enums (issue 19): which request statuses are
open, which kinds need the recipients told, which deadlines need attention."""

from __future__ import annotations

from soosr_desk.rules.deadlines import DeadlineState
from soosr_desk.rules.vocab import RequestKind, RequestStatus


def test_open_statuses_are_those_on_the_offices_list():
    assert RequestStatus.open_statuses() == (
        RequestStatus.NEW,
        RequestStatus.WAITING_FOR_ID,
        RequestStatus.IN_PROGRESS,
        RequestStatus.ANSWERED,
    )
    assert not RequestStatus.CLOSED.is_open and not RequestStatus.REFUSED.is_open


def test_an_answered_request_no_longer_waits_for_its_answer():
    waiting = [s for s in RequestStatus if s.awaits_answer]
    assert waiting == [RequestStatus.NEW, RequestStatus.WAITING_FOR_ID, RequestStatus.IN_PROGRESS]


def test_art_19_notices_follow_rectification_erasure_and_restriction():
    assert {k for k in RequestKind if k.needs_notices} == {
        RequestKind.RECTIFICATION,
        RequestKind.ERASURE,
        RequestKind.RESTRICTION,
    }


def test_stored_codes_compare_equal_to_the_members():
    assert RequestStatus("answered") == "answered"
    assert RequestStatus("answered").is_open


def test_only_a_deadline_that_is_ok_needs_no_attention():
    assert [s for s in DeadlineState if s.needs_attention] == [
        DeadlineState.SOON,
        DeadlineState.OVERDUE,
    ]
