"""News between desks on the office server (issue 18): a committed write tells the other
desks which tables it wrote; a rolled-back write tells nobody; a desk skips its own."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest

from soosr_desk.services import contacts, news
from soosr_desk.store import notify, session


def as_another_desk(tables: set[str]) -> str:
    """A notice as another desk's process would send it (this one skips its own)."""
    return json.dumps({"from": "BALIE-2:4711", "tables": sorted(tables)})


@pytest.fixture
def engine():
    return "postgresql"


WRITE_ELSEWHERE = """
import sys
from soosr_desk.services import contacts
from soosr_desk.store.opening import open_database
open_database(sys.argv[1])
contacts.save_contact(contacts.ContactData(first_name="Ans", last_name="Visser"))
"""


def test_a_write_at_another_desk_is_heard_with_its_tables(db, monkeypatch):
    listen = news.listener()
    assert listen is not None
    try:
        assert listen.wait(0.2) == set()
        with monkeypatch.context() as patched:
            patched.setattr(notify, "payload", as_another_desk)
            contacts.save_contact(contacts.ContactData(first_name="Ans", last_name="Visser"))
        heard = listen.wait(5.0)
        assert "contact" in heard and "audit_event" in heard
        assert {"contacts", "dashboard"} <= news.areas(heard)
    finally:
        listen.close()


@pytest.mark.slow
def test_a_write_in_another_process_is_heard(db, db_path):
    listen = news.listener()
    try:
        subprocess.run([sys.executable, "-c", WRITE_ELSEWHERE, str(db_path)], check=True)
        assert "contact" in listen.wait(5.0)
    finally:
        listen.close()


def test_own_writes_and_rolled_back_writes_tell_nobody(db):
    listen = news.listener()
    try:
        contacts.save_contact(contacts.ContactData(first_name="Ans", last_name="Visser"))
        assert listen.wait(0.5) == set()  # this desk's own: its window shows it already
        with pytest.raises(RuntimeError), session.transaction():
            db.execute_sql(
                "SELECT pg_notify(%s, %s)", (notify.CHANNEL, '{"from": "x", "tables": ["contact"]}')
            )
            raise RuntimeError("rolled back")
        assert listen.wait(0.5) == set()
        db.execute_sql("SELECT pg_notify(%s, %s)", (notify.CHANNEL, "not ours"))
        assert listen.wait(2.0) == {notify.EVERYTHING}
    finally:
        listen.close()


def test_every_write_in_a_transaction_is_named_once():
    assert notify.table_written('INSERT INTO "contact" ("a") VALUES (1)') == "contact"
    assert notify.table_written('UPDATE "rights_request" SET x = 1') == "rights_request"
    assert notify.table_written('DELETE FROM "consent" WHERE 1') == "consent"
    assert notify.table_written('SELECT * FROM "contact"') is None
    assert news.areas({"audit_event"}) == frozenset()  # the trail alone changes no page
    assert news.areas({notify.EVERYTHING}) == news.ALL_AREAS
