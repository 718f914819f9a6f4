"""An edit saved from a stale copy is refused, with who saved the record meanwhile and
when (issue 18): also when the other save came from another process (another desk on
the office server), and the audit actor there is the login and the computer's name."""

from __future__ import annotations

import dataclasses
import datetime as dt
import getpass
import os
import subprocess
import sys

import pytest

from soosr_desk.services import audit, requests
from soosr_desk.services.errors import Conflict
from soosr_desk.store import session

pytestmark = pytest.mark.both_engines

OTHER_DESK = """
import dataclasses, sys
from soosr_desk.services import requests
from soosr_desk.store.opening import open_database
open_database(sys.argv[1])
data = requests.get_request(int(sys.argv[2]))
requests.save_request(dataclasses.replace(data, description="Telefonisch aangevuld"))
"""


def test_a_copy_saved_meanwhile_at_another_computer_is_named(db, engine, monkeypatch):
    mine = requests.save_request(
        requests.RequestData(received_on=dt.date.today(), requester_name="Ans Visser")
    )
    monkeypatch.setenv("COMPUTERNAME", "BALIE-2")  # the other desk saves first
    requests.save_request(dataclasses.replace(mine, description="Telefonisch aangevuld"))
    monkeypatch.setenv("COMPUTERNAME", "BALIE-1")
    with pytest.raises(Conflict) as refused:
        requests.save_request(dataclasses.replace(mine, description="Mijn versie"))
    text = refused.value.render()
    assert text.startswith(f"{getpass.getuser()} saved it meanwhile")
    assert ("on computer BALIE-2" in text) == (engine == "postgresql")


@pytest.mark.slow
def test_a_stale_copy_is_refused_with_who_saved_it_and_when(db, db_path, engine):
    mine = requests.save_request(
        requests.RequestData(received_on=dt.date.today(), requester_name="Ans Visser")
    )
    env = {**os.environ, "COMPUTERNAME": "BALIE-2"}
    subprocess.run(
        [sys.executable, "-c", OTHER_DESK, str(db_path), str(mine.id)], check=True, env=env
    )
    with pytest.raises(Conflict) as refused:
        requests.save_request(dataclasses.replace(mine, description="Mijn versie"))
    text = refused.value.render()
    event = audit.last_event("request", mine.id)
    assert event.action == "update"
    assert getpass.getuser() in text
    assert f"{event.at:%d/%m/%Y at %H:%M}" in text
    assert "Someone changed this request" in text
    if engine == "postgresql":
        assert event.actor == f"{getpass.getuser()}@BALIE-2"
        assert "on computer BALIE-2" in text
    else:
        assert event.actor == getpass.getuser()  # one desk, one computer: the login
        assert "computer" not in text
    assert requests.get_request(mine.id).description == "Telefonisch aangevuld"
    assert audit.verify_chain().broken_at is None


def test_the_actor_on_the_server_is_login_and_computer(db, engine, monkeypatch):
    monkeypatch.setenv("COMPUTERNAME", "BALIE-3")
    expected = f"{getpass.getuser()}@BALIE-3" if engine == "postgresql" else getpass.getuser()
    assert session.actor() == expected
    assert session.split_actor(expected)[1] == ("BALIE-3" if engine == "postgresql" else "")


def test_a_stamp_pushed_ahead_never_falls_back_to_one_an_older_copy_holds():
    """Stamps are to the second: quick saves push one ahead of the clock (S, S+1, S+2).
    A later save whose clock still reads S+1 must not set S+1 again: a copy read when
    the stamp was S+1 would then pass the stale check and its save would overwrite the
    saves between (found by five desks on one server: a counter lost two raises)."""
    from types import SimpleNamespace

    from soosr_desk.services import records

    s = dt.datetime(2026, 11, 26, 18, 0, 0)
    row = SimpleNamespace(updated_at=s)
    records.touch(row, s)
    assert row.updated_at == s + dt.timedelta(seconds=1)
    copy_stamp = row.updated_at
    records.touch(row, s)
    assert row.updated_at == s + dt.timedelta(seconds=2)
    records.touch(row, s + dt.timedelta(seconds=1))  # the clock reads S+1 at this save
    assert row.updated_at == s + dt.timedelta(seconds=3)
    assert row.updated_at != copy_stamp
    records.touch(row, s + dt.timedelta(seconds=10))  # the clock overtook: its own time
    assert row.updated_at == s + dt.timedelta(seconds=10)
