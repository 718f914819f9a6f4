"""Several desks (processes) on one office database at once (issue 18): every request
gets its own reference, gapless, nothing is lost, and the audit trail stays one chain."""

from __future__ import annotations

import datetime as dt
import os
import subprocess
import sys
from pathlib import Path

import pytest

from soosr_desk.services import audit
from soosr_desk.store import models
from soosr_desk.store.opening import close_database, open_database

CHILD = Path(__file__).with_name("desk_child.py")
ROOT = Path(__file__).resolve().parents[2]
DESKS = 4
ROUNDS = 15


@pytest.mark.slow  # 3 s alone when idle, 8 s on a busy machine: four desk processes, 60 requests
def test_four_desks_at_once_lose_nothing_and_number_gaplessly(pg_server, pg_template):
    url = pg_server.create(template=pg_template)
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    try:
        children = [
            subprocess.Popen(
                [sys.executable, str(CHILD), url, str(d), str(ROUNDS)],
                env=env,
                stdout=subprocess.PIPE,
                stderr=subprocess.PIPE,
                text=True,
            )
            for d in range(DESKS)
        ]
        for child in children:
            _out, err = child.communicate(timeout=240)
            assert child.returncode == 0, err[-2000:]
        database = open_database(url)
        try:
            rq = models.RightsRequest
            year = dt.date.today().year
            sequences = sorted(r.sequence for r in rq.select().where(rq.year == year))
            assert sequences == list(range(1, DESKS * ROUNDS + 1))
            assert len({r.reference for r in rq.select()}) == DESKS * ROUNDS
            assert (
                models.Contact.select().where(models.Contact.first_name.startswith("Desk")).count()
                == DESKS * ROUNDS
            )
            chain = audit.verify_chain()
            assert chain.broken_at is None and chain.events >= 2 * DESKS * ROUNDS
        finally:
            close_database(database)
            models.database_proxy.initialize(None)
    finally:
        pg_server.drop(url)


def test_two_desks_opening_a_new_database_at_once_seed_it_once(pg_server):
    url = pg_server.create()
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    code = (
        "import sys; from soosr_desk.store.opening import open_database; "
        "open_database(sys.argv[1]).close()"
    )
    try:
        children = [
            subprocess.Popen(
                [sys.executable, "-c", code, url], env=env, stderr=subprocess.PIPE, text=True
            )
            for _ in range(3)
        ]
        for child in children:
            _out, err = child.communicate(timeout=120)
            assert child.returncode == 0, err[-2000:]
        database = open_database(url)
        try:
            assert models.Controller.select().count() == 1
            assert models.RetentionRule.select().count() == len(
                {r.code for r in models.RetentionRule.select()}
            )
        finally:
            close_database(database)
            models.database_proxy.initialize(None)
    finally:
        pg_server.drop(url)
