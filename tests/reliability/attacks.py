"""Issue 15's attacks, counted: for each, how many were tried and how many held
(RELIABILITY rows R25-R35 in docs/reliability.md). `bench/reliability.py --attacks` prints
them; the unit tests of the issue check the same things one by one.

Each attack runs the program as a user would: the command line (in this process, through
`cli.main`, or as a child process where a kill or a pipe is part of the attack) on files in
`folder`. XDG_DATA_HOME must point into a scratch folder (the bench sets it)."""

from __future__ import annotations

import contextlib
import datetime as dt
import hashlib
import io
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
class Attack:
    row: str
    name: str
    tried: int = 0
    held: int = 0
    failed: list[str] = field(default_factory=list)

    def check(self, ok: bool, what: str) -> None:
        self.tried += 1
        if ok:
            self.held += 1
        else:
            self.failed.append(what)


def _sha(path: Path) -> str:
    return hashlib.sha256(Path(path).read_bytes()).hexdigest() if Path(path).exists() else ""


def _cli(*args: str) -> tuple[int, str]:
    """(exit code, stderr) of one command run in this process, as `soosr-desk` would."""
    from soosr_desk import cli
    from soosr_desk.store import models as m

    err = io.StringIO()
    try:
        with contextlib.redirect_stderr(err), contextlib.redirect_stdout(io.StringIO()):
            code = cli.main(["--lang", "en", *args])
    except SystemExit as exc:
        code = int(exc.code or 0)
    except Exception as exc:  # a traceback: the attack got through
        code, err = -1, io.StringIO(f"Traceback: {type(exc).__name__}")
    finally:
        m.database_proxy.initialize(None)
    return code, err.getvalue()


def _env() -> dict[str, str]:
    return dict(os.environ, PYTHONPATH=str(ROOT), QT_QPA_PLATFORM="offscreen")


def _database(folder: Path, name: str = "desk.db", contacts: int = 30) -> Path:
    path = folder / name
    code, err = _cli("demo", "--create", "--db", str(path), "--contacts", str(contacts))
    assert code == 0, err
    return path


def outputs_over_the_database(folder: Path) -> Attack:
    """R25: every writing command aimed at the database, its companions, a symlink or a
    dotted path to it, a backup, and the backup and documents folders."""
    from soosr_desk.services import backups

    a = Attack("R25", "outputs aimed at the database, its files, backups")
    db = _database(folder)
    _cli("backup", "--db", str(db))
    backup = backups.list_backups(db)[0].path
    docs = Path(f"{db}.documents")
    docs.mkdir(exist_ok=True)
    link = folder / "alias.csv"
    link.symlink_to(db)
    targets = [
        db,
        *(Path(f"{db}{s}") for s in ("-wal", "-shm", "-journal", ".lock")),
        link,
        folder / "." / ".." / folder.name / db.name,
        backup,
        backup.parent / "x.xlsx",
        docs / "x.csv",
    ]
    for target in targets:
        for cmd, force in (
            (["mailing"], []),
            (["mailing"], ["--force"]),
            (["export", "register"], []),
            (["export", "register"], ["--force"]),
            (["backup"], []),
        ):
            before, before_target, aimed = _sha(db), _sha(backup), _sha(target)
            code, _ = _cli(*cmd, "--db", str(db), "--out", str(target), *force)
            unchanged = (_sha(db), _sha(backup), _sha(target)) == (before, before_target, aimed)
            a.check(
                unchanged and (code == 2 or cmd[0] == "export" and target.suffix != ".xlsx"),
                f"{cmd[0]} --out {target.name} {force}: exit {code}",
            )
    for cmd in (["statement", "--publish"], ["letters"]):
        for where in (backup.parent, docs, db):
            code, _ = _cli(*cmd, "--db", str(db), "--out", str(where))
            a.check(code == 2 and _sha(backup) == before_target, f"{cmd[0]} into {where.name}")
    return a


def restores_that_resurrect(folder: Path, people: int = 20) -> Attack:
    """R26: backup, then erasures, objections and withdrawals, then a restore (command line)."""
    from soosr_desk.services import contacts as cs
    from soosr_desk.services import erasure
    from soosr_desk.store import models as m
    from soosr_desk.store.opening import close_database, open_database

    a = Attack("R26", "restores after erasures, objections, withdrawals")
    db_path = _database(folder, contacts=people * 3)
    db = open_database(db_path)
    c = m.Contact
    free = c.select(c.id).where(~c.erased & ~c.objected_marketing & ~c.restricted & ~c.legal_hold)
    ids = [row.id for row in free.limit(people * 2)]
    consents = [
        cs.give_consent(cid, "Uitnodiging bench", dt.date.today(), "web").id for cid in ids[people:]
    ]
    close_database(db)
    _cli("backup", "--db", str(db_path))
    from soosr_desk.services import backups

    backup = backups.list_backups(db_path)[0].path
    db = open_database(db_path)
    erasure.erase_many(ids[:people], reason="manual")
    for cid in ids[people:]:
        cs.set_objection(cid, True)
    for consent in consents:
        cs.withdraw_consent(consent, dt.date.today(), "mail")
    close_database(db)
    m.database_proxy.initialize(None)
    code, _ = _cli("backup", "--db", str(db_path), "--restore", str(backup), "--yes")
    conn = sqlite3.connect(db_path)
    try:
        for cid in ids[:people]:
            erased = conn.execute("SELECT erased FROM contact WHERE id=?", (cid,)).fetchone()
            a.check(code == 0 and erased == (1,), f"contact {cid} back after the restore")
        for cid in ids[people:]:
            objected = conn.execute(
                "SELECT objected_marketing FROM contact WHERE id=?", (cid,)
            ).fetchone()
            a.check(objected == (1,), f"objection of {cid} undone")
        for consent in consents:
            gone = conn.execute(
                "SELECT withdrawn_on FROM consent WHERE id=?", (consent,)
            ).fetchone()
            a.check(gone is not None and gone[0] is not None, f"withdrawal {consent} undone")
    finally:
        conn.close()
    return a


def clock_set_ahead(folder: Path, days: int = 60) -> Attack:
    """R27: daily starts, one start dated 2029, then the real clock again for 40 days."""
    from soosr_desk.services import backups

    a = Attack("R27", "a start with the clock years ahead")
    bfolder = folder / "clock"
    bfolder.mkdir()
    start = dt.date(2026, 9, 1)
    erased_at = dt.datetime(2026, 9, 20, 12)
    for i in range(days):
        day = start + dt.timedelta(days=i)
        (bfolder / f"soosr-desk-{day:%Y%m%d}-090000.db").write_bytes(b"x")
        backups.prune(bfolder, day, floor_after=erased_at)
    last = start + dt.timedelta(days=days - 1)
    (bfolder / "soosr-desk-20290601-090000.db").write_bytes(b"x")
    backups.prune(bfolder, dt.date(2029, 6, 1), floor_after=erased_at)
    real = [p for p in bfolder.glob("soosr-desk-2026*.db")]
    a.check(len(real) >= backups.KEEP_AT_LEAST - 1, f"{len(real)} real backups left")
    for i in range(1, 41):
        day = last + dt.timedelta(days=i)
        (bfolder / f"soosr-desk-{day:%Y%m%d}-090000.db").write_bytes(b"x")
        backups.prune(bfolder, day, floor_after=erased_at)
        future = (bfolder / "soosr-desk-20290601-090000.db").exists()
        # first seen as future on day 1: kept until day 1 + MAX_AGE_DAYS, then gone
        a.check(future == (i < 1 + backups.MAX_AGE_DAYS), f"day {i}: future backup kept={future}")
        old = [p for p in bfolder.glob("*.db") if p.name[11:19] <= erased_at.strftime("%Y%m%d")]
        a.check(
            not old or day < backups.roll_over_date(erased_at.date()),
            f"day {i}: a backup from before the erasure outlived its roll-over",
        )
    return a


def killed_exports(folder: Path, kills: int = 5, seed: int = 1) -> Attack:
    """R28: `export all` killed at a random moment; the next command leaves no temporary
    file with personal data anywhere and no partial workbook."""
    a = Attack("R28", "exports killed (kill -9), then one start")
    rng = random.Random(seed)
    db = _database(folder, "big.db", contacts=4000)
    env = _env()
    spill = Path(env.get("XDG_DATA_HOME", "")) / "SOOSR Desk" / "tmp"
    out = folder / "out"
    out.mkdir()
    for i in range(kills):
        child = subprocess.Popen(
            [
                sys.executable,
                "-m",
                "soosr_desk",
                "export",
                "all",
                "--db",
                str(db),
                "--out",
                str(out / f"e{i}.xlsx"),
            ],
            env=env,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        time.sleep(rng.uniform(0.8, 2.5))
        with contextlib.suppress(ProcessLookupError):
            os.kill(child.pid, signal.SIGKILL)
        child.wait()
        subprocess.run(
            [sys.executable, "-m", "soosr_desk", "due", "--db", str(db)],
            env=env,
            capture_output=True,
            timeout=120,
        )
        left = [p.name for p in spill.rglob("*")] if spill.is_dir() else []
        partial = [p.name for p in out.iterdir() if p.name.startswith(".soosr-")]
        a.check(not left and not partial, f"kill {i}: left {left + partial}")
        for p in out.glob("*.xlsx"):
            p.unlink()  # a kill after the rename: a whole workbook, fine
    return a


def audit_tampering(folder: Path) -> Attack:
    """R29: the ways to change the audit trail with the file and the source code at hand."""
    from soosr_desk.services import audit, checks
    from soosr_desk.store import models as m
    from soosr_desk.store.opening import close_database, open_database

    a = Attack("R29", "audit trail edits (end, all, rehashed, renumbered)")
    template = _database(folder, "audit.db")
    _cli("backup", "--db", str(template))

    def rehash(events, *, start_id: int = 1, change: str | None = None) -> None:
        prev, v2 = "", audit._v2_from()
        for i, e in enumerate(events):
            new_id = start_id + i
            text = change if change is not None and i == 0 else e.fields
            h = audit._digest(
                prev,
                e.at,
                e.actor,
                e.action,
                e.entity,
                e.entity_id,
                text,
                new_id if new_id >= v2 else None,
            )
            m.AuditEvent.insert(
                id=new_id,
                at=e.at,
                actor=e.actor,
                action=e.action,
                entity=e.entity,
                entity_id=e.entity_id,
                fields=text,
                prev_hash=prev,
                hash=h,
            ).execute()
            prev = h

    def drop_last(n):
        def run(events):
            ids = [e.id for e in events[-n:]]
            m.AuditEvent.delete().where(m.AuditEvent.id.in_(ids)).execute()

        return run

    def rewrite(kind):
        def run(events):
            m.AuditEvent.delete().execute()
            if kind == "first dropped":
                rehash(events[1:])
            elif kind == "field changed":
                rehash(events, change="x")

        return run

    def move_last(events):
        m.AuditEvent.update(id=events[-1].id + 3).where(m.AuditEvent.id == events[-1].id).execute()

    def edit_middle(events):
        mid = events[len(events) // 2].id
        m.AuditEvent.update(fields="y").where(m.AuditEvent.id == mid).execute()

    cases = {
        "last event deleted": drop_last(1),
        "last 5 deleted": drop_last(5),
        "all deleted": lambda ev: m.AuditEvent.delete().execute(),
        "first dropped, renumbered, rehashed": rewrite("first dropped"),
        "a field changed, rehashed": rewrite("field changed"),
        "last moved to another id": move_last,
        "middle edited": edit_middle,
    }
    for i, (name, attack) in enumerate(cases.items()):
        path = folder / f"audit{i}.db"
        shutil.copyfile(template, path)
        src = audit.anchor_path(template)
        audit.anchor_path(path).parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(src, audit.anchor_path(path))
        bsrc = Path(str(template))
        from soosr_desk.services import backups

        bdir = backups.backup_dir(path)
        shutil.copytree(backups.backup_dir(bsrc), bdir, dirs_exist_ok=True)
        db = open_database(path)
        events = list(m.AuditEvent.select().order_by(m.AuditEvent.id))
        attack(events)
        found = bool(checks.database_problems(dt.date.today()))
        close_database(db)
        m.database_proxy.initialize(None)
        a.check(found, name)
    return a
