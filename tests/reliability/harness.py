"""Crash safety (RELIABILITY.md R1): kill a writer with SIGKILL at random moments and check
that the database is whole and holds every acknowledged commit.

The oracle is twofold: the acknowledgements the child printed after each service call
returned (each must be in the database, whole), and the database's own audit trail (every
contact row has its create event and every create event its row: no half transactions)."""

from __future__ import annotations

import os
import random
import shutil
import signal
import sqlite3
import subprocess
import sys
import time
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


@dataclass
class CrashReport:
    kills: int = 0
    corrupt: int = 0
    fk_violations: int = 0
    lost_acks: int = 0
    half_transactions: int = 0
    broken_chains: int = 0
    acks: int = 0
    problems: list[str] = field(default_factory=list)


def _check(path: Path, acks: list[str], report: CrashReport) -> None:
    from soosr_desk.services import audit
    from soosr_desk.store import models as m
    from soosr_desk.store.opening import open_database

    conn = sqlite3.connect(path)
    try:
        if conn.execute("PRAGMA integrity_check").fetchone()[0] != "ok":
            report.corrupt += 1
            report.problems.append("integrity_check failed")
            return
        report.fk_violations += len(conn.execute("PRAGMA foreign_key_check").fetchall())
    finally:
        conn.close()
    db = open_database(path)
    try:
        # acknowledged erasures, and erasures committed just before the kill (not acked yet):
        # "absent only if the committed audit says erased" (RELIABILITY.md R1)
        erased = {int(line.split()[1]) for line in acks if line.startswith("erased ")}
        erased |= {r[0] for r in m.ErasureRecord.select(m.ErasureRecord.contact_id).tuples()}
        for line in acks:
            kind, rid, *rest = line.split()
            rid = int(rid)
            person = (
                rid
                if kind in ("contact", "edit", "erased")
                else (int(rest[0]) if kind in ("note", "consent") else None)
            )
            if person in erased:
                # erased later in the round: the person must be gone, not half there
                row = m.Contact.get_or_none(m.Contact.id == person)
                ok = (
                    row is not None
                    and row.erased
                    and row.last_name == ""
                    and row.email == ""
                    and not m.ContactNote.select().where(m.ContactNote.contact == person).exists()
                    and not m.Consent.select().where(m.Consent.contact == person).exists()
                    and m.ErasureRecord.select()
                    .where(m.ErasureRecord.contact_id == person)
                    .exists()
                )
            elif kind == "request":
                from soosr_desk.rules.deadlines import response_deadline

                row = m.RightsRequest.get_or_none(m.RightsRequest.id == rid)
                ok = (
                    row is not None
                    and row.reference == rest[0]
                    and row.deadline == response_deadline(row.received_on)
                )
            elif kind == "breach":
                row = m.Breach.get_or_none(m.Breach.id == rid)
                ok = row is not None and row.reference == rest[0]
            elif kind == "contact":
                row = m.Contact.get_or_none(m.Contact.id == rid)
                ok = row is not None and row.last_name == rest[0]
            elif kind == "note":
                ok = m.ContactNote.get_or_none(m.ContactNote.id == rid) is not None
            elif kind == "consent":
                ok = m.Consent.get_or_none(m.Consent.id == rid) is not None
            else:  # edit: the value seen last must be at least as new as this one
                row = m.Contact.get_or_none(m.Contact.id == rid)
                ok = (
                    row is not None
                    and row.job_title.startswith("Functie ")
                    and int(row.job_title.split()[1]) >= int(rest[1])
                )
            if not ok:
                report.lost_acks += 1
                report.problems.append(f"lost: {line}")
        created = {
            e.entity_id
            for e in m.AuditEvent.select().where(
                (m.AuditEvent.entity == "contact") & (m.AuditEvent.action == "create")
            )
        }
        rows = {r[0] for r in m.Contact.select(m.Contact.id).tuples()}
        if created != rows:
            report.half_transactions += 1
            report.problems.append("contact rows and their audit events differ")
        erased_rows = {
            r[0] for r in m.Contact.select(m.Contact.id).where(m.Contact.erased).tuples()
        }
        records = {r[0] for r in m.ErasureRecord.select(m.ErasureRecord.contact_id).tuples()}
        if erased_rows != records:
            report.half_transactions += 1
            report.problems.append("erased contacts and their erasure records differ")
        if audit.verify_chain().broken_at is not None:
            report.broken_chains += 1
    finally:
        db.close()
        m.database_proxy.initialize(None)


def run(
    kills: int, folder: Path, *, seed: int = 1, min_s: float = 0.2, max_s: float = 1.5, log=None
) -> CrashReport:
    """Runs `kills` rounds on one database that keeps growing; returns the figures."""
    from soosr_desk.store.opening import open_database

    rng = random.Random(seed)
    path = folder / "crash.db"
    for suffix in ("", "-wal", "-shm"):
        Path(str(path) + suffix).unlink(missing_ok=True)
    open_database(path).close()
    report = CrashReport()
    env = dict(os.environ, PYTHONPATH=str(ROOT))
    for i in range(kills):
        child = subprocess.Popen(
            [
                sys.executable,
                str(Path(__file__).with_name("crash_writer.py")),
                str(path),
                str(seed * 10_000 + i),
            ],
            stdout=subprocess.PIPE,
            text=True,
            env=env,
        )
        assert child.stdout is not None
        child.stdout.readline()  # "ready": the writer has opened the database
        time.sleep(rng.uniform(min_s, max_s))
        os.kill(child.pid, signal.SIGKILL)
        out, _ = child.communicate()
        acks = [ln for ln in out.splitlines() if ln.strip()]
        # a line cut off by the kill is not an acknowledgement
        if out and not out.endswith("\n") and acks:
            acks.pop()
        report.kills += 1
        report.acks += len(acks)
        _check(path, acks, report)
        if log:
            log(i + 1, report)
    shutil.copyfile(path, folder / "crash-final.db")
    return report
