"""Erasure on a PostgreSQL server (issue 18): the rows go, VACUUM runs on the tables the
erasure touched, and the record and the letter say until when the server's own log and
the administrator's backups may still hold the data."""

from __future__ import annotations

import datetime as dt
import json

import pytest

from soosr_desk.services import contacts, erasure, erasure_rows, requests
from soosr_desk.services.backups import roll_over_date
from soosr_desk.services.requests import facts
from soosr_desk.store import models as m

TODAY = dt.date(2026, 5, 1)


def _person_with_request() -> tuple[int, int]:
    saved = contacts.save_contact(
        contacts.ContactData(first_name="Wendelien", last_name="Server", email="w@server.nl")
    )
    request = requests.save_request(
        requests.RequestData(
            kind="erasure",
            received_on=TODAY,
            requester_name="Wendelien Server",
            requester_email="w@server.nl",
            contact_id=saved.id,
        ),
        today=TODAY,
    )
    return saved.id, request.id


def _last_vacuum(db, table: str):
    db.execute_sql("SELECT pg_stat_clear_snapshot()")
    return db.execute_sql(
        "SELECT last_vacuum FROM pg_stat_user_tables WHERE relname = %s", (table,)
    ).fetchone()[0]


@pytest.mark.parametrize("engine", ["postgresql"])
def test_on_a_server_the_touched_tables_are_vacuumed_and_the_server_copies_listed(db):
    cid, request_id = _person_with_request()
    assert _last_vacuum(db, "contact") is None
    result = erasure.erase_contact(cid, reason="request", request_id=request_id, today=TODAY)
    assert result.finished
    assert _last_vacuum(db, "contact") is not None
    assert _last_vacuum(db, "rights_request") is not None
    assert _last_vacuum(db, "processing_activity") is None  # not touched: not vacuumed
    copies = result.kept["server_copies"]
    until = TODAY + dt.timedelta(days=erasure.MAX_AGE_DAYS)
    assert copies == {"rows": 0, "why": "server_copies", "until": until.isoformat()}
    assert copies["why"] in erasure_rows.WHY_TEXT
    record = m.ErasureRecord.get_by_id(result.record_id)
    assert json.loads(record.kept)["server_copies"] == copies
    assert record.backups_roll_over_on == max(until, roll_over_date(TODAY))
    assert m.Contact.get_by_id(cid).last_name == ""


@pytest.mark.parametrize("engine", ["postgresql"])
def test_the_letter_dates_the_backups_by_the_administrators_retention(db):
    m.Setting.create(key=erasure.SERVER_COPIES_KEY, value="90")
    cid, request_id = _person_with_request()
    erasure.erase_contact(cid, reason="request", request_id=request_id, today=TODAY)
    letter = facts.letter_facts(request_id, "answer", TODAY)
    assert letter.backups_roll_over_on == TODAY + dt.timedelta(days=90)
    assert all(k.why != "server_copies" for k in letter.kept)  # said once, with backups


def test_on_the_file_nothing_is_said_of_a_server(db):
    cid, request_id = _person_with_request()
    result = erasure.erase_contact(cid, reason="request", request_id=request_id, today=TODAY)
    assert "server_copies" not in result.kept
    record = m.ErasureRecord.get_by_id(result.record_id)
    assert record.backups_roll_over_on == roll_over_date(TODAY)
