"""RELIABILITY.md R2 and R14: a kill during a restore leaves the old or the new database,
whole; two processes writing at once never meet "database is locked"."""

from __future__ import annotations

import datetime as dt
import os
import random
import signal
import sqlite3
import subprocess
import sys
import time
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
ENV = dict(os.environ, PYTHONPATH=str(ROOT))


@dataclass
class Figures:
    runs: int = 0
    bad: int = 0
    detail: list[str] = field(default_factory=list)


def _contacts(path: Path) -> int | None:
    from soosr_desk.store import models as m
    from soosr_desk.store.opening import close_database, open_database

    try:
        db = open_database(path)
    except Exception:  # the file is not whole, or not a database any more
        return None
    try:
        return m.Contact.select().count()
    finally:
        close_database(db)
        m.database_proxy.initialize(None)


def kill_during_restore(folder: Path, kills: int, seed: int = 1) -> Figures:
    from soosr_desk.services import backups
    from soosr_desk.services import contacts as cs
    from soosr_desk.store import models as m
    from soosr_desk.store.opening import close_database, open_database

    rng = random.Random(seed)
    path = folder / "restore.db"
    db = open_database(path)
    for i in range(5):
        cs.save_contact(cs.ContactData(last_name=f"A{i}"))
    a = backups.make_backup(db, path, now=dt.datetime.now(), out=folder / "a.db").path
    cs.save_contact(cs.ContactData(last_name="B"))
    b = backups.make_backup(db, path, now=dt.datetime.now(), out=folder / "b.db").path
    close_database(db)
    m.database_proxy.initialize(None)
    figures = Figures()
    child_script = str(Path(__file__).with_name("restore_child.py"))
    for _ in range(kills):
        child = subprocess.Popen([sys.executable, child_script, str(path), str(a), str(b)],
                                 stdout=subprocess.DEVNULL, env=ENV)  # fmt: skip
        time.sleep(rng.uniform(0.3, 1.2))
        os.kill(child.pid, signal.SIGKILL)
        child.wait()
        figures.runs += 1
        count = _contacts(path)
        conn = sqlite3.connect(path)
        ok = conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        conn.close()
        if count not in (5, 6) or not ok:
            figures.bad += 1
            figures.detail.append(f"after kill {figures.runs}: {count} contacts, ok={ok}")
        for leftover in folder.glob("restore.db.before-restore-*"):
            leftover.unlink()  # keep the folder small over many rounds
    return figures


def two_writers(folder: Path, seconds: float) -> Figures:
    """Two writer processes on one database (bypassing the app lock, as a safety net)."""
    from soosr_desk.store.opening import close_database, open_database

    path = folder / "two.db"
    close_database(open_database(path))
    writer = str(Path(__file__).with_name("crash_writer.py"))
    children = [subprocess.Popen([sys.executable, writer, str(path), str(seed)],
                                 stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
                                 env=ENV) for seed in (101, 202)]  # fmt: skip
    time.sleep(seconds)
    figures = Figures()
    for child in children:
        os.kill(child.pid, signal.SIGKILL)
        out, err = child.communicate()
        figures.runs += out.count("\n")
        if "locked" in err or "Traceback" in err:
            figures.bad += 1
            figures.detail.append(err.strip().splitlines()[-1] if err.strip() else "?")
    conn = sqlite3.connect(path)
    if conn.execute("PRAGMA integrity_check").fetchone()[0] != "ok":
        figures.bad += 1
        figures.detail.append("integrity_check failed")
    conn.close()
    return figures
