"""Five desks at work on one office database for a minute (issue 18): contacts, requests,
searches, a shared counter (read, add one, save) and erasures, each desk a process of its
own. Then: no update lost, no reference twice and none skipped, one unbroken audit chain,
every erasure whole, and nothing the user would have seen as a failure (a deadlock)."""

from __future__ import annotations

import datetime as dt
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from soosr_desk.services import audit, contacts
from soosr_desk.store import models as m
from soosr_desk.store.opening import close_database, open_database

CHILD = Path(__file__).with_name("desk_mix.py")
DESKS = 5
SECONDS = float(os.environ.get("SOOSR_OFFICE_SECONDS", "60"))
COUNTERS = 3  # few shared rows, so desks often change the same one at once


@pytest.mark.slow
def test_five_desks_for_a_minute_lose_nothing(pg_server, pg_template):
    url = pg_server.create(template=pg_template)
    try:
        database = open_database(url)
        try:
            counters = [
                contacts.save_contact(
                    contacts.ContactData(first_name="Teller", last_name=str(i), job_title="0")
                ).id
                for i in range(COUNTERS)
            ]
        finally:
            close_database(database)
            m.database_proxy.initialize(None)
        ids = ",".join(map(str, counters))
        children = [
            subprocess.Popen(
                [sys.executable, str(CHILD), url, str(d), str(SECONDS), str(d), ids],
                stdout=subprocess.PIPE,
                stderr=subprocess.PIPE,
                text=True,
            )
            for d in range(DESKS)
        ]
        results = []
        for child in children:
            out, err = child.communicate(timeout=SECONDS + 240)
            assert child.returncode == 0, err[-2000:]
            results.append(json.loads(out.strip().splitlines()[-1]))
        done = {k: sum(r["done"].get(k, 0) for r in results) for k in results[0]["done"]}
        refused = [x for r in results for x in r["refused"].items()]
        print(f"5 desks, {SECONDS:.0f} s: done {done}, refused {refused}")
        failed = [f for r in results for f in r["failed"]]
        assert failed == []  # no deadlock, no error reached a desk's user
        for r in results:
            assert sum(r["done"].values()) > 0, r
        _check_database(url, results, counters)
    finally:
        pg_server.drop(url)


def _check_database(url: str, results: list[dict], counters: list[int]) -> None:
    database = open_database(url, create=False)
    try:
        for cid in counters:  # every successful raise is in the row: none lost
            raised = sum(r["raised"][str(cid)] for r in results)
            assert int(m.Contact.get_by_id(cid).job_title) == raised, cid
        references = [ref for r in results for ref in r["references"]]
        assert len(references) == len(set(references))
        rq = m.RightsRequest
        year = dt.date.today().year
        numbers = sorted(r.sequence for r in rq.select().where(rq.year == year))
        assert numbers == list(range(1, len(numbers) + 1))  # gapless
        assert len(numbers) >= len(references)
        erased = sum(r["done"].get("erase", 0) for r in results)
        assert m.ErasureRecord.select().count() == erased
        gone = m.Contact.select().where(m.Contact.erased)
        assert gone.count() == erased and all(c.first_name == "" for c in gone)
        chain = audit.verify_chain()
        assert chain.broken_at is None
        deadlocks = database.execute_sql(
            "SELECT deadlocks FROM pg_stat_database WHERE datname = current_database()"
        ).fetchone()[0]
        assert deadlocks == 0
    finally:
        close_database(database)
        m.database_proxy.initialize(None)
