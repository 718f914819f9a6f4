"""The breach log: what is refused and why, references per year, the clock in the list and
the problem on the dashboard that goes when the breach is reported."""

from __future__ import annotations

import datetime as dt
import time

import pytest

from soosr_desk.services import breaches as service
from soosr_desk.services.errors import Conflict, NotFound, ValidationErrors
from soosr_desk.store import models as m

pytestmark = pytest.mark.both_engines  # issue 18: on the file and on a server

FOUND = dt.datetime(2026, 11, 23, 9, 15)
NOW = dt.datetime(2026, 11, 24, 10, 0)  # 25 h 15 min after discovery: 46 h 45 min left


def _data(**kw) -> service.BreachData:
    values = dict(found_at=FOUND, description="Laptop met klantenlijst in de trein laten liggen.")
    values.update(kw)
    return service.BreachData(**values)


def _refusals(now=NOW, **kw) -> dict[str, str]:
    with pytest.raises(ValidationErrors) as info:
        service.save_breach(_data(**kw), now=now)
    assert m.Breach.select().count() == 0
    return {e.field: e.message for e in info.value.errors}


def test_create_gives_a_reference_and_audits_field_names_only(db):
    saved = service.save_breach(
        _data(people_count=120, measures="Wachtwoorden gewijzigd."), now=NOW
    )
    assert saved.reference == "DL-2026-001"
    row = m.Breach.get_by_id(saved.id)
    assert row.found_at == FOUND and row.people_count == 120 and row.report_decision == ""
    event = m.AuditEvent.select().order_by(m.AuditEvent.id.desc()).first()
    assert (event.action, event.entity, event.entity_id) == ("create", "breach", saved.id)
    assert "description" in event.fields.split(",") and "trein" not in event.fields
    assert "120" not in event.fields


def test_references_count_per_year_of_discovery(db):
    refs = [
        service.save_breach(_data(found_at=found), now=NOW).reference
        for found in (
            dt.datetime(2025, 12, 31, 23, 59),
            dt.datetime(2026, 1, 1, 0, 0),
            dt.datetime(2025, 3, 1, 8, 0),
            FOUND,
        )
    ]
    assert refs == ["DL-2025-001", "DL-2026-001", "DL-2025-002", "DL-2026-002"]


def test_reference_stays_when_the_discovery_date_is_corrected(db):
    saved = service.save_breach(_data(), now=NOW)
    saved.found_at = dt.datetime(2025, 11, 23, 9, 15)
    again = service.save_breach(saved, now=NOW)
    assert again.reference == "DL-2026-001"
    assert service.save_breach(_data(), now=NOW).reference == "DL-2026-002"


@pytest.mark.parametrize(
    "kw, field, words",
    [
        ({"found_at": None}, "found_at", "when the breach was found"),
        ({"found_at": NOW + dt.timedelta(minutes=1)}, "found_at", "future"),
        ({"found_at": dt.datetime(1899, 12, 31, 23, 0)}, "found_at", "between 1900"),
        ({"description": "   "}, "description", "what happened"),
        ({"occurred_at": FOUND + dt.timedelta(minutes=1)}, "occurred_at", "after it was found"),
        ({"occurred_at": dt.datetime(1850, 1, 1)}, "occurred_at", "between 1900"),
        ({"people_count": -1}, "people_count", "0 or more"),
        ({"records_count": -5}, "records_count", "0 or more"),
        ({"records_count": 10**13}, "records_count", "too large"),
        ({"people_count": True}, "people_count", "whole number"),
        ({"report_decision": "maybe"}, "report_decision", "from the list"),
        (
            {
                "report_decision": "report",
                "reported_to_authority_at": FOUND - dt.timedelta(hours=1),
            },
            "reported_to_authority_at",
            "before it was found",
        ),
        (
            {"report_decision": "report", "reported_to_authority_at": NOW + dt.timedelta(hours=1)},
            "reported_to_authority_at",
            "future",
        ),
        ({"reported_to_authority_at": NOW}, "reported_to_authority_at", "decision to report"),
        ({"report_decision": "no_report"}, "not_reported_reason", "why the breach is not"),
        (
            {"report_decision": "no_report", "not_reported_reason": "  "},
            "not_reported_reason",
            "why the breach is not",
        ),
        ({"people_informed_on": dt.date(2026, 11, 22)}, "people_informed_on", "before the breach"),
        ({"people_informed_on": dt.date(2026, 11, 25)}, "people_informed_on", "future"),
        ({"closed_on": dt.date(2026, 11, 24)}, "report_decision", "before closing"),
        ({"consequences": "Klant met BSN 111222333"}, "consequences", "BSN"),
        ({"measures": "x" * 10_001}, "measures", "too long"),
        ({"description": "Lek\x07"}, "description", "control character"),
    ],
)
def test_refusals_say_why_on_the_field(db, kw, field, words):
    refusals = _refusals(**kw)
    assert list(refusals) == [field]
    assert words in refusals[field]


def test_accepted_edges(db):
    service.save_breach(
        _data(
            found_at=NOW,
            occurred_at=NOW,
            people_count=0,
            records_count=0,
            report_decision="report",
            reported_to_authority_at=NOW,
            people_informed_on=NOW.date(),
        ),
        now=NOW,
    )
    service.save_breach(_data(found_at=dt.datetime(1900, 1, 1, 0, 0)), now=NOW)
    assert m.Breach.select().count() == 2


def test_closing_needs_the_whole_story(db):
    saved = service.save_breach(_data(report_decision="report"), now=NOW)
    with pytest.raises(ValidationErrors) as info:
        service.close_breach(saved.id, now=NOW)
    assert {e.field for e in info.value.errors} == {
        "reported_to_authority_at",
        "people_informed_on",
    }
    saved.reported_to_authority_at = NOW
    saved.people_not_informed_reason = "Geen hoog risico: gegevens waren versleuteld."
    saved = service.save_breach(saved, now=NOW)
    closed = service.close_breach(saved.id, now=NOW, updated_at=saved.updated_at)
    assert closed.closed_on == NOW.date()
    event = m.AuditEvent.select().order_by(m.AuditEvent.id.desc()).first()
    assert (event.action, event.fields) == ("close", "closed_on")
    assert service.close_breach(saved.id, now=NOW).closed_on == NOW.date()  # already closed
    assert not hasattr(service, "delete_breach")  # the log is a record of proof


def test_no_report_decision_closes_with_its_reason(db):
    data = _data(report_decision="no_report", not_reported_reason="Versleutelde laptop.")
    saved = service.save_breach(data, now=NOW)
    assert service.close_breach(saved.id, now=NOW).closed_on == NOW.date()


def test_stale_edit_is_a_conflict(db):
    a = service.save_breach(_data(), now=NOW)
    b = service.get_breach(a.id)
    a.measures = "Laptop op afstand gewist."
    service.save_breach(a, now=NOW)
    b.measures = "Iets anders."
    with pytest.raises(Conflict):
        service.save_breach(b, now=NOW)
    with pytest.raises(Conflict):
        service.close_breach(b.id, now=NOW, updated_at=b.updated_at)
    assert m.Breach.get_by_id(a.id).measures == "Laptop op afstand gewist."


def test_missing_breach_is_not_found(db):
    with pytest.raises(NotFound):
        service.get_breach(999)
    with pytest.raises(NotFound):
        service.save_breach(_data(id=999), now=NOW)


def test_list_shows_the_clock(db):
    saved = service.save_breach(
        _data(description="\n  Phishingmail geopend.\nDaarna: niets."), now=NOW
    )
    (row,) = service.list_breaches(NOW)
    assert row.reference == "DL-2026-001" and row.summary == "Phishingmail geopend."
    assert row.deadline == dt.datetime(2026, 11, 26, 9, 15)
    assert row.hours_left == pytest.approx(47.25) and row.clock == "running"
    (row,) = service.list_breaches(dt.datetime(2026, 11, 26, 9, 15))
    assert row.hours_left == 0 and row.clock == "soon"
    (row,) = service.list_breaches(dt.datetime(2026, 11, 26, 9, 16))
    assert row.clock == "overdue" and row.hours_left < 0
    saved.report_decision = "report"
    saved.reported_to_authority_at = dt.datetime(2026, 11, 24, 9, 0)
    service.save_breach(saved, now=NOW)
    (row,) = service.list_breaches(dt.datetime(2026, 11, 30))
    assert row.clock == "stopped" and row.hours_left is None
    assert row.reported_at == dt.datetime(2026, 11, 24, 9, 0)


def test_the_dashboard_problem_appears_and_goes_when_reported(db):
    saved = service.save_breach(_data(), now=NOW)
    (p,) = service.breach_check_problems(NOW)  # on the list at once, the hours left
    assert p.params["hours"] == 47 and not p.urgent
    soon = dt.datetime(2026, 11, 25, 9, 15)  # 24 h left
    (p,) = service.breach_check_problems(soon)
    assert (p.area, p.record, p.label) == ("breaches", saved.id, "DL-2026-001")
    assert (p.params["date"], p.params["time"]) == (dt.date(2026, 11, 26), "09:15")
    text = p.render()
    assert text.startswith("DL-2026-001: Decide whether to report this breach: 24 hours left")
    assert "26" in text and text.endswith(" at 09:15.")
    late = dt.datetime(2026, 11, 26, 12, 0)
    (p,) = service.breach_check_problems(late)
    assert "ran out" in p.render() and "no decision" in p.render()
    saved.report_decision = "report"
    saved = service.save_breach(saved, now=late)
    report, people = service.breach_check_problems(late)
    assert "Report it now" in report.render()
    assert "people affected were informed, or why not" in people.render()
    saved.reported_to_authority_at = late
    saved.people_informed_on = late.date()
    saved.late_reason = "Pas na de 72 uur als datalek herkend."  # Art. 33(1), issue 14
    service.save_breach(saved, now=late)
    assert service.breach_check_problems(late) == []
    assert service.breach_check_problems(late + dt.timedelta(days=365)) == []


def test_deadline_in_local_time_counts_real_hours_when_summer_time_ends(db, monkeypatch):
    if not hasattr(time, "tzset"):
        pytest.skip("time zones cannot be switched on this platform")
    monkeypatch.setenv("TZ", "Europe/Amsterdam")
    time.tzset()
    try:
        if time.localtime(time.mktime((2026, 10, 24, 12, 0, 0, 0, 0, -1))).tm_isdst != 1:
            pytest.skip("no time-zone data for Europe/Amsterdam")
        found = dt.datetime(2026, 10, 24, 12, 0)  # the clocks go back on the 25th
        assert service.authority_deadline(found) == dt.datetime(2026, 10, 27, 11, 0)
        assert service.hours_left(found, dt.datetime(2026, 10, 27, 11, 0)) == 0
        saved = service.save_breach(_data(found_at=found), now=dt.datetime(2026, 10, 26, 12))
        (p,) = service.problems_of(saved, dt.datetime(2026, 10, 26, 12, 0))
        assert p.params["time"] == "11:00"
    finally:
        monkeypatch.delenv("TZ")
        time.tzset()
