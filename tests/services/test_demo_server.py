"""Demo data cancelled halfway, on the file and on an office server: what the run reports
is what it wrote (on a server each batch commits on its own, so the office's other desks
wait for none). test_demo.py reads the file with SQLite's own SQL; a whole demo run on a
server: tests/commands/test_cli.py."""

from __future__ import annotations

import datetime as dt

import pytest

from soosr_desk.services.demo import BATCH, generate_demo
from soosr_desk.store import models

pytestmark = pytest.mark.both_engines

TODAY = dt.date(2026, 3, 15)
COUNTED = {
    "contacts": models.Contact,
    "companies": models.Company,
    "notes": models.ContactNote,
    "consents": models.Consent,
    "contracts": models.Contract,
    "financial_records": models.FinancialRecord,
}


def _counts() -> dict[str, int]:
    return {key: model.select().count() for key, model in COUNTED.items()}


def _demo_events() -> int:
    return models.AuditEvent.select().where(models.AuditEvent.action == "demo_data").count()


def test_a_cancel_keeps_the_batches_written_and_says_so(db):
    calls: list[int] = []
    report = generate_demo(
        db,
        contacts=BATCH + 100,
        seed=1,
        today=TODAY,
        progress=lambda done, total: calls.append(done),
        cancelled=lambda: len(calls) >= 2,  # the companies, then one batch of contacts
    )
    assert report.contacts == BATCH
    assert report.companies == round((BATCH + 100) / 8)
    assert report.financial_records == 0 and report.requests == 0
    assert _counts() == {key: getattr(report, key) for key in COUNTED}
    assert _demo_events() == 1
    assert models.RightsRequest.select().count() == 0
