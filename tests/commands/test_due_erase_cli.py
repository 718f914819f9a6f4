"""`soosr-desk due` and `soosr-desk erase`, as an administrator uses them."""

from __future__ import annotations

import datetime as dt
import sqlite3
from pathlib import Path

import pytest

from soosr_desk import cli
from soosr_desk.services import retention
from soosr_desk.store import file_checks
from soosr_desk.store import models as m
from soosr_desk.store.opening import open_database

NAME = ("Ymkje", "Hoekstra-Tjalsma")
EMAIL = "ymkje.tjalsma@voorbeeld-cli.nl"
NOTE = "Ymkje belde over haar bestelling van de blauwe tulpenbollen."


@pytest.fixture(autouse=True)
def _commands(monkeypatch):
    """The commands as the lead lists them in soosr_desk/commands/__init__.py."""
    extra = tuple(c for c in ("due", "erase") if c not in cli.COMMANDS)
    monkeypatch.setattr(cli, "COMMANDS", cli.COMMANDS + extra)


def _run(*args: str) -> int:
    try:
        return cli.main(["--lang", "en", *args])
    finally:
        m.database_proxy.initialize(None)


def _database(path: Path) -> int:
    """A closed database with an old website lead (due), a recent one, and a person whose
    strings are unique."""
    db = open_database(path)
    try:
        m.Contact.create(
            first_name="Oud",
            last_name="Formulier",
            source="website_form",
            received_on=dt.date(2019, 1, 1),
        )
        m.Contact.create(
            first_name="Nieuw",
            last_name="Formulier",
            source="website_form",
            received_on=dt.date.today(),
        )
        c = m.Contact.create(
            first_name=NAME[0],
            last_name=NAME[1],
            email=EMAIL,
            phone="+31 6 47192836",
            received_on=dt.date.today(),
        )
        m.ContactNote.create(contact=c, text=NOTE)
        return c.id
    finally:
        db.close()


def _bytes(path: Path) -> bytes:
    return b"".join(
        p.read_bytes()
        for p in (Path(str(path) + s) for s in ("", "-wal", "-journal", "-shm"))
        if p.exists()
    )


def test_due_prints_tab_separated_lines(tmp_path, capsys):
    path = tmp_path / "d.db"
    _database(path)
    assert _run("due", "--db", str(path)) == 0
    header, *lines = capsys.readouterr().out.splitlines()
    assert header.split("\t") == ["No.", "Name", "Reason", "Due since"]
    db = open_database(path)
    try:
        expected = retention.due_list(dt.date.today())
    finally:
        db.close()
    assert len(lines) == len(expected) == 1
    cid, name, rule, since = lines[0].split("\t")
    assert (int(cid), name, rule) == (
        expected[0].contact_id,
        "Formulier, Oud",
        "website form, 2 years",
    )
    assert since == "2021-01-01"


def test_due_with_nothing_due(tmp_path, capsys):
    path = tmp_path / "empty.db"
    open_database(path).close()
    assert _run("due", "--db", str(path)) == 0
    assert capsys.readouterr().out == "Nothing is due for erasure.\n"


def test_erase_asks_for_yes(tmp_path, capsys):
    path = tmp_path / "d.db"
    cid = _database(path)
    with pytest.raises(SystemExit) as info:
        _run("erase", str(cid), "--db", str(path))
    assert info.value.code == 2
    assert "--yes" in capsys.readouterr().err
    assert EMAIL.encode() in _bytes(path)


def test_erase_removes_the_person_and_exits_0(tmp_path, capsys):
    path = tmp_path / "d.db"
    cid = _database(path)
    assert _run("erase", str(cid), "--db", str(path), "--yes") == 0
    out = capsys.readouterr().out
    assert "removed: contact person (1): " in out and "removed: notes (1): " in out
    assert "kept: contact person (1): An empty record marked as erased" in out
    assert "tell (Art. 19): " in out and "(recipients (category))" in out
    assert NAME[1] not in out and EMAIL not in out
    data = _bytes(path)
    for s in (*NAME, EMAIL, "+31 6 47192836", NOTE):
        assert s.encode() not in data


def test_erase_unknown_contact_exits_2(tmp_path, capsys):
    path = tmp_path / "d.db"
    _database(path)
    with pytest.raises(SystemExit) as info:
        _run("erase", "999", "--db", str(path), "--yes")
    assert info.value.code == 2
    assert "no longer exists" in capsys.readouterr().err


def test_erase_with_a_reader_open_exits_1(tmp_path, capsys, monkeypatch):
    monkeypatch.setattr(file_checks, "BUSY_TIMEOUT_S", 0.2)  # wait briefly for the reader
    path = tmp_path / "d.db"
    cid = _database(path)
    reader = sqlite3.connect(str(path))
    try:
        reader.execute("BEGIN")
        reader.execute("SELECT count(*) FROM contact").fetchone()
        assert _run("erase", str(cid), "--db", str(path), "--yes") == 1
        captured = capsys.readouterr()
        assert "still in the write-ahead log" in captured.err
        assert "Erased." not in captured.out
        assert EMAIL.encode() in _bytes(path), "not finished: the bytes are still on disk"
    finally:
        reader.close()
