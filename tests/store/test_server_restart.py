"""The office server ends the desks' connections when it restarts (an update, a reboot):
the desk's next read or save connects again by itself; a transaction that was cut off
fails as a whole (issue 18). The server's ending of a connection is made here with
pg_terminate_backend, which ends it exactly as a restart does ("terminating connection
due to administrator command"); tests/ui/test_desk_news_restart.py restarts a server."""

from __future__ import annotations

import datetime as dt

import peewee
import pytest

from soosr_desk.services import requests
from soosr_desk.store import models as m
from soosr_desk.store import session

SERVER = pytest.mark.parametrize("engine", ["postgresql"])


def _end_the_connection(db, pg_server) -> None:
    pid = db.execute_sql("SELECT pg_backend_pid()").fetchone()[0]
    with pg_server.admin() as admin:
        admin.execute("SELECT pg_terminate_backend(%s)", (pid,))


def _save(name: str) -> int:
    return requests.save_request(
        requests.RequestData(received_on=dt.date(2026, 11, 26), requester_name=name)
    ).id


@SERVER
def test_a_read_after_the_server_ended_the_connection_connects_again(db, pg_server):
    _save("Kees Bos")
    _end_the_connection(db, pg_server)
    assert [r.requester for r in requests.list_requests()] == ["Kees Bos"]
    assert m.RightsRequest.select().count() == 1  # and on from there


@SERVER
def test_a_save_after_the_server_ended_the_connection_connects_again(db, pg_server):
    _end_the_connection(db, pg_server)
    saved = _save("Ans Visser")
    assert m.RightsRequest.get_by_id(saved).requester_name == "Ans Visser"


@SERVER
def test_a_transaction_cut_off_fails_whole_and_the_next_one_works(db, pg_server):
    with pytest.raises(peewee.OperationalError), session.transaction():
        m.Company.create(name="Half B.V.")
        _end_the_connection(db, pg_server)
        m.Company.create(name="Half twee B.V.")
    assert not m.Company.select().where(m.Company.name.startswith("Half")).exists()
    _save("Joke de Wit")
    assert m.RightsRequest.select().count() == 1
