"""Issue 15, findings 1, 7, 8 and 10: the command line never writes over the database,
never makes a database by a wrong path, ends every failure in one line with exit code 2
(no traceback, no partial file), and writes a mailing list Dutch Excel cannot misread."""

from __future__ import annotations

import csv
import errno
import hashlib
import io
import os
import re
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest
from openpyxl import load_workbook

from soosr_desk import cli
from soosr_desk.services import backups
from soosr_desk.store import models as m
from soosr_desk.store.opening import open_database

ROOT = Path(__file__).resolve().parents[2]


def _run(*args: str) -> int:
    try:
        return cli.main(["--lang", "en", *args])
    finally:
        m.database_proxy.initialize(None)


def _fails(capsys, *args: str) -> str:
    """Runs a command that must end with exit code 2 and one line on stderr, no traceback."""
    with pytest.raises(SystemExit) as info:
        _run(*args)
    assert info.value.code == 2
    err = capsys.readouterr().err.strip()
    assert err and "Traceback" not in err
    return err.splitlines()[-1]


def _sha(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _with_contacts(db_path: Path) -> None:
    db = open_database(db_path)
    from soosr_desk.services import contacts

    contacts.save_contact(
        contacts.ContactData(
            first_name="Anna",
            last_name="Smit",
            email="anna@example.nl",
            relation="customer_contact",
        )
    )
    db.close()
    m.database_proxy.initialize(None)


# --- finding 1: an output over the database -------------------------------------------------


@pytest.mark.parametrize("suffix", ["", "-wal", "-shm", "-journal", ".lock"])
def test_mailing_never_writes_over_the_database_or_its_companions(db_path, capsys, suffix):
    _with_contacts(db_path)
    target = Path(f"{db_path}{suffix}")
    before = _sha(db_path)
    line = _fails(capsys, "mailing", "--db", str(db_path), "--out", str(target), "--force")
    assert "is the database" in line
    assert _sha(db_path) == before
    if suffix in ("-journal", ".lock"):
        assert not target.exists()  # nothing was written under those names


def test_a_symlink_or_dotted_path_to_the_database_is_refused_too(db_path, tmp_path, capsys):
    link = tmp_path / "link.csv"
    link.symlink_to(db_path)
    before = _sha(db_path)
    dotted = tmp_path / "." / ".." / tmp_path.name / db_path.name
    assert "is the database" in _fails(
        capsys, "mailing", "--db", str(db_path), "--out", str(dotted)
    )
    assert "is the database" in _fails(capsys, "mailing", "--db", str(db_path), "--out", str(link))
    assert _sha(db_path) == before


def test_nothing_is_written_into_the_backup_folder(db_path, capsys):
    assert _run("backup", "--db", str(db_path)) == 0
    made = backups.list_backups(db_path)[0].path
    before = _sha(made)
    capsys.readouterr()
    line = _fails(capsys, "export", "register", "--db", str(db_path), "--out", str(made) + ".xlsx")
    assert "backup" in line
    _fails(capsys, "mailing", "--db", str(db_path), "--out", str(made), "--force")
    assert _sha(made) == before


def test_an_existing_file_is_replaced_only_with_force(db_path, tmp_path, capsys):
    out = tmp_path / "register.xlsx"
    out.write_bytes(b"mine")
    line = _fails(capsys, "export", "register", "--db", str(db_path), "--out", str(out))
    assert "already exists" in line and "--force" in line
    assert out.read_bytes() == b"mine"
    assert _run("export", "register", "--db", str(db_path), "--out", str(out), "--force") == 0
    assert load_workbook(out).sheetnames


# --- finding 7: one line and exit 2, never a traceback or a partial file ---------------------


def test_out_as_a_folder_dot_or_missing_folder_gives_one_line(db_path, tmp_path, capsys):
    assert "is a folder" in _fails(
        capsys, "export", "register", "--db", str(db_path), "--out", str(tmp_path)
    )
    assert "is a folder" in _fails(capsys, "mailing", "--db", str(db_path), "--out", ".")
    line = _fails(
        capsys,
        "export",
        "register",
        "--db",
        str(db_path),
        "--out",
        str(tmp_path / "gone" / "x.xlsx"),
    )
    assert "does not exist" in line
    assert not (tmp_path / "gone").exists()


def test_a_full_disk_during_an_export_leaves_no_file(db_path, tmp_path, capsys, monkeypatch):
    """ENOSPC at the OS call that makes the bytes durable, as a full disk reports it."""
    import soosr_desk.exports.safe_text as safe_text

    def full(fd):
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(safe_text.os, "fsync", full)
    out = tmp_path / "out"
    out.mkdir()
    for args in (
        ("export", "all", "--out", str(out / "a.xlsx")),
        ("mailing", "--out", str(out / "m.csv")),
        ("statement", "--out", str(out), "--publish"),
    ):
        line = _fails(capsys, args[0], "--db", str(db_path), *args[1:])
        assert "disk is full" in line
    assert list(out.iterdir()) == []  # no partial file, no temporary file


def test_letters_and_statement_make_a_missing_folder(db_path, tmp_path):
    assert _run("letters", "--db", str(db_path), "--out", str(tmp_path / "a" / "b")) == 0
    assert (tmp_path / "a" / "b").is_dir()


def test_a_closed_pipe_ends_quietly_with_exit_2(db_path):
    """`soosr-desk check | head`: the reader went away before the output was written."""
    env = dict(os.environ, PYTHONPATH=str(ROOT), QT_QPA_PLATFORM="offscreen")
    proc = subprocess.Popen(
        [sys.executable, "-m", "soosr_desk", "--lang", "en", "check", "--db", str(db_path)],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        env=env,
    )
    proc.stdout.close()
    err = proc.stderr.read().decode()
    assert proc.wait(timeout=60) == 2
    assert "Traceback" not in err and "output was cut off" in err


# --- finding 8: wrong paths change nothing ---------------------------------------------------


@pytest.mark.parametrize(
    "command",
    [["check"], ["export", "register", "--out", "x.xlsx"], ["due"], ["mailing", "--out", "m.csv"]],
)
def test_a_missing_database_is_not_made(tmp_path, capsys, command, monkeypatch):
    monkeypatch.chdir(tmp_path)
    path = tmp_path / "typo.db"
    args = [command[0], "--db", str(path), *command[1:]]
    assert "no SOOSR Desk database" in _fails(capsys, *args)
    assert (
        sorted(p.name for p in tmp_path.iterdir() if not p.name.startswith(("config", "data")))
        == []
    )


def test_an_empty_sqlite_file_of_another_program_is_refused_untouched(tmp_path, capsys):
    path = tmp_path / "other.db"
    conn = sqlite3.connect(path)
    conn.execute("PRAGMA user_version = 7")
    conn.commit()
    conn.close()
    before = _sha(path)
    assert "another program" in _fails(capsys, "check", "--db", str(path))
    assert "another program" in _fails(capsys, "demo", "--create", "--db", str(path))
    assert _sha(path) == before
    conn = sqlite3.connect(path)
    assert conn.execute("SELECT count(*) FROM sqlite_master").fetchone()[0] == 0
    conn.close()


def test_demo_refuses_a_real_database_and_stamps_its_own(db_path, tmp_path, capsys):
    _with_contacts(db_path)
    before = _sha(db_path)
    assert "real contacts" in _fails(capsys, "demo", "--db", str(db_path), "--contacts", "5")
    assert _sha(db_path) == before
    demo = tmp_path / "demo.db"
    assert "--create" in _fails(capsys, "demo", "--db", str(demo), "--contacts", "5")
    assert not demo.exists()
    assert _run("demo", "--create", "--db", str(demo), "--contacts", "5") == 0
    assert _run("demo", "--db", str(demo), "--contacts", "5") == 0  # stamped: allowed again
    conn = sqlite3.connect(demo)
    assert conn.execute("SELECT value FROM setting WHERE key='demo_data'").fetchone() == ("1",)
    assert conn.execute("SELECT count(*) FROM contact").fetchone()[0] == 10
    conn.close()


# --- finding 10: the mailing list in Dutch Excel ---------------------------------------------


def test_every_mailing_cell_is_quoted_and_formulas_keep_their_prefix(db_path, tmp_path):
    db = open_database(db_path)
    from soosr_desk.services import contacts

    contacts.save_contact(
        contacts.ContactData(
            first_name="x;=1+2",
            last_name="=HYPERLINK(1)",
            email="a@example.nl",
            relation="customer_contact",
        )
    )
    db.close()
    out = tmp_path / "m.csv"
    assert _run("mailing", "--db", str(db_path), "--out", str(out)) == 0
    text = out.read_text("utf-8-sig")
    for line in text.splitlines():
        assert re.fullmatch(r'"[^"]*"(,"[^"]*")*', line), line
    # Dutch Excel splits on ";": quoted, the cell stays whole and never starts with "="
    rows = list(csv.reader(io.StringIO(text), delimiter=";"))
    assert all(not cell.lstrip('"').startswith("=") for row in rows for cell in row[1:])
    data = list(csv.reader(io.StringIO(text)))
    assert data[1][:2] == ["'x;=1+2", "'=HYPERLINK(1)"] or data[1][:2] == [
        "x;=1+2",
        "'=HYPERLINK(1)",
    ]


def test_the_mailing_list_as_xlsx(db_path, tmp_path):
    _with_contacts(db_path)
    out = tmp_path / "m.xlsx"
    assert _run("mailing", "--db", str(db_path), "--out", str(out)) == 0
    ws = load_workbook(out).active
    rows = list(ws.iter_rows(values_only=True))
    assert rows[0] == ("voornaam", "achternaam", "e-mail", "bedrijf")
    assert rows[1][:3] == ("Anna", "Smit", "anna@example.nl")


def test_letters_replace_an_existing_file_only_with_force(db_path, tmp_path, capsys):
    db = open_database(db_path)
    import datetime as dt

    from soosr_desk.services import requests as rq

    r = rq.save_request(rq.RequestData(received_on=dt.date.today(), requester_name="A. Aa"))
    rq.refuse(r.id, "Het twintigste gelijke verzoek.", today=dt.date.today())  # a letter
    db.close()
    m.database_proxy.initialize(None)
    assert _run("letters", "--db", str(db_path), "--out", str(tmp_path / "l")) == 0
    pdf = next((tmp_path / "l").iterdir())
    pdf.write_bytes(b"edited")
    assert "already exists" in _fails(
        capsys, "letters", "--db", str(db_path), "--out", str(tmp_path / "l")
    )
    assert pdf.read_bytes() == b"edited"
    assert _run("letters", "--db", str(db_path), "--out", str(tmp_path / "l"), "--force") == 0
    assert pdf.read_bytes().startswith(b"%PDF")
