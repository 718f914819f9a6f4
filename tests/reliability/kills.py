"""RELIABILITY.md R2 and R14: a kill during a migration, a restore or an erasure with its
VACUUM leaves the old or the new database, whole, and the next start finishes the job;
two processes writing at once never meet "database is locked"."""

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

from soosr_desk.store.migrations import SCHEMA_VERSION as BASE  # the child adds BASE + 1

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


def _timed(args: list[str]) -> float:
    """How long the child takes when it is not killed: the window the kills are spread over."""
    t0 = time.perf_counter()
    subprocess.run([sys.executable, *args], check=True, capture_output=True, env=ENV, timeout=300)
    return time.perf_counter() - t0


def _kill_at_random(args: list[str], rng: random.Random, low: float, high: float) -> str:
    """Starts a child, kills it with SIGKILL after a random time, returns what it printed."""
    child = subprocess.Popen(
        [sys.executable, *args],
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
        text=True,
        env=ENV,
    )
    time.sleep(rng.uniform(low, high))
    os.kill(child.pid, signal.SIGKILL)
    out, _ = child.communicate()
    return out


def _remove(path: Path) -> None:
    for suffix in ("", "-wal", "-shm", "-journal"):
        Path(str(path) + suffix).unlink(missing_ok=True)


def _demo_file(folder: Path, name: str, contacts: int) -> Path:
    """A closed demo database of `contacts` contacts, big enough that a copy, a migration
    step or a VACUUM takes long enough to be hit by a random kill."""
    from soosr_desk.services.demo import generate_demo
    from soosr_desk.store import models as m
    from soosr_desk.store.opening import close_database, open_database

    path = folder / name
    db = open_database(path)
    generate_demo(db, contacts=contacts, seed=7, today=dt.date(2026, 11, 25))
    close_database(db)
    m.database_proxy.initialize(None)
    return path


@dataclass
class MigrationFigures(Figures):
    killed_before: int = 0  # the kill found the file still at version 1
    killed_after: int = 0  # ... already at version 2


def _schema_state(path: Path, contacts: int) -> tuple[int | None, str]:
    """(version, problem): version 1 untouched or 2 complete, else a problem in words."""
    from tests.reliability.migrate_child import PROBE_COLUMN, PROBE_TABLE

    conn = sqlite3.connect(path)
    try:
        if conn.execute("PRAGMA integrity_check").fetchone()[0] != "ok":
            return None, "integrity_check failed"
        version = conn.execute("PRAGMA user_version").fetchone()[0]
        columns = {r[1] for r in conn.execute("PRAGMA table_info(contact)")}
        tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master")}
        count = conn.execute("SELECT count(*) FROM contact").fetchone()[0]
        if count != contacts:
            return version, f"{count} contacts instead of {contacts}"
        if version == BASE:
            if PROBE_COLUMN in columns or PROBE_TABLE in tables:
                return version, "the old version with part of the new step"
            return 1, ""
        if version == BASE + 1:
            filled = conn.execute(
                f"SELECT count(*) FROM contact WHERE {PROBE_COLUMN} = 'v2:' || id"
            ).fetchone()[0]
            logged = conn.execute(f"SELECT count(*) FROM {PROBE_TABLE}").fetchone()[0]
            if filled != contacts or logged != contacts:
                return version, f"version 2 with {filled}/{logged} of {contacts} rows"
            return 2, ""
        return version, f"version {version}"
    finally:
        conn.close()


def kill_during_migration(
    folder: Path, kills: int, seed: int = 1, contacts: int = 20_000
) -> MigrationFigures:
    """R2a: the child opens a version-1 file with a step 2 added (copy first, then the step
    and its version bump in one transaction) and is killed at a random moment. The file
    must be at version 1 untouched or at version 2 complete, never between; any
    pre-migration copy under its real name must be whole; and the next start (a child that
    is not killed) must finish the migration."""
    import shutil

    rng = random.Random(seed)
    pristine = _demo_file(folder, "v1.db", contacts)
    conn = sqlite3.connect(pristine)
    count = conn.execute("SELECT count(*) FROM contact").fetchone()[0]
    conn.close()
    path = folder / "migrate.db"
    child = str(Path(__file__).with_name("migrate_child.py"))
    shutil.copyfile(pristine, path)
    whole = _timed([child, str(path)])
    for copy in folder.glob(f"migrate.db.v{BASE}-*.bak"):
        copy.unlink()  # the kills start without a copy from an earlier attempt
    figures = MigrationFigures()
    for _ in range(kills):
        _remove(path)
        shutil.copyfile(pristine, path)
        _kill_at_random([child, str(path)], rng, 0.02, whole)
        figures.runs += 1
        version, problem = _schema_state(path, count)
        for copy in folder.glob(f"migrate.db.v{BASE}-*.bak"):
            copy_version, copy_problem = _schema_state(copy, count)
            if copy_problem or copy_version != 1:  # 1: the old version, whole
                problem = problem or f"pre-migration copy: {copy_problem or copy_version}"
        if version == 1:
            figures.killed_before += 1
        elif version == 2:
            figures.killed_after += 1
        again = subprocess.run(
            [sys.executable, child, str(path)], capture_output=True, text=True, env=ENV, timeout=120
        )
        if not problem and "migrated" not in again.stdout:
            tail = again.stderr.strip().splitlines()[-1:] or ["?"]
            problem = f"the next start did not finish the migration: {tail[0]}"
        if not problem:
            version, problem = _schema_state(path, count)
            if version != 2 and not problem:
                problem = f"the next start left version {version}"
        if problem:
            figures.bad += 1
            figures.detail.append(f"after kill {figures.runs}: {problem}")
    return figures


@dataclass
class ErasureFigures(Figures):
    acknowledged: int = 0  # erasures that returned before the kill
    in_flight_done: int = 0  # the one under way when killed, found committed


TARGETS = 12


def _target_strings(i: int) -> list[str]:
    return [f"Wisproef{i:03d}Qx", f"wisproef{i:03d}qx@voorbeeld.nl", f"notitie-wisproef-{i:03d}"]


def kill_during_erasure(
    folder: Path, kills: int, seed: int = 1, contacts: int = 20_000
) -> ErasureFigures:
    """R2c: the child erases contacts one by one, each with its checkpoint and VACUUM, and
    is killed at a random moment. After the next start (which finishes a pending erasure)
    the file is whole, every acknowledged erasure is done and its bytes are gone from the
    file and the log, the one under way is either done (bytes gone) or not begun (the
    contact whole), and no other contact was touched."""
    import shutil

    from soosr_desk.services import contacts as cs
    from soosr_desk.services import erasure
    from soosr_desk.store import models as m
    from soosr_desk.store.opening import close_database, open_database
    from tests.services.test_erasure import _found

    rng = random.Random(seed)
    pristine = _demo_file(folder, "erase-v1.db", contacts)
    db = open_database(pristine)
    ids = []
    for i in range(TARGETS):
        last, email, note = _target_strings(i)
        c = cs.save_contact(
            cs.ContactData(first_name="Proef", last_name=last, email=email),
            today=dt.date(2026, 11, 25),
        )
        cs.add_note(c.id, note)
        ids.append(c.id)
    erased_before = m.Contact.select().where(m.Contact.erased).count()  # demo data has some
    close_database(db)
    m.database_proxy.initialize(None)
    path = folder / "erase.db"
    child = str(Path(__file__).with_name("erase_child.py"))
    shutil.copyfile(pristine, path)
    whole = _timed([child, str(path), *map(str, ids)])
    figures = ErasureFigures()
    for _ in range(kills):
        _remove(path)
        shutil.copyfile(pristine, path)
        out = _kill_at_random([child, str(path), *map(str, ids)], rng, 0.05, whole)
        figures.runs += 1
        acked = {int(line.split()[1]) for line in out.splitlines() if line.startswith("erased")}
        started = {int(line.split()[1]) for line in out.splitlines() if line.startswith("start")}
        figures.acknowledged += len(acked)
        problems = []
        conn = sqlite3.connect(path)
        if conn.execute("PRAGMA integrity_check").fetchone()[0] != "ok":
            problems.append("integrity_check failed")
        conn.close()
        if not problems:
            db = open_database(path)  # what the program does at start: finish what is pending
            try:
                if erasure.is_pending() and not erasure.finish_pending():
                    problems.append("the pending erasure could not be finished")
                erased = {
                    c.id
                    for c in m.Contact.select(m.Contact.id).where(
                        m.Contact.erased, m.Contact.id.in_(ids)
                    )
                }
                others = m.Contact.select().where(m.Contact.erased).count() - len(erased)
            finally:
                close_database(db)
                m.database_proxy.initialize(None)
            if others != erased_before:
                problems.append(f"{others} other contacts erased, {erased_before} before")
            if erased - started:
                problems.append(f"erased without being asked: {sorted(erased - started)}")
            if acked - erased:
                problems.append(f"acknowledged but not erased: {sorted(acked - erased)}")
            figures.in_flight_done += len((started - acked) & erased)
            for i, cid in enumerate(ids):
                hits = _found(path, _target_strings(i))
                if cid in erased and hits:
                    problems.append(f"contact {cid} erased but bytes left: {hits[:2]}")
                if cid not in erased and len({s for _, s in hits}) != 3:
                    problems.append(f"contact {cid} not erased but not whole either")
        if problems:
            figures.bad += 1
            figures.detail.append(f"after kill {figures.runs}: {'; '.join(problems)}")
    return figures


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
        child = subprocess.Popen(
            [sys.executable, child_script, str(path), str(a), str(b)],
            stdout=subprocess.DEVNULL,
            env=ENV,
        )
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
    children = [
        subprocess.Popen(
            [sys.executable, writer, str(path), str(seed)],
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
            env=ENV,
        )
        for seed in (101, 202)
    ]
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
