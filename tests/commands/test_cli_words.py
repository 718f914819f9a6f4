"""Issue 16 items 2 and 12: the command line as an office worker types it, in Dutch by
default: --db before the command, a purpose that does not exist, words instead of codes."""

from __future__ import annotations

import datetime as dt
import re

import pytest

from soosr_desk import cli
from soosr_desk.commands import common
from soosr_desk.store import models as m
from soosr_desk.store.opening import open_database

# every code an erasure or retention report could print: a person reads none of these
CODE = re.compile(r"\b[a-z]+_[a-z_]+\b")


@pytest.fixture(autouse=True)
def _reset_language():
    yield
    common.load_translator("en")  # no Dutch left behind for other tests


def _run(*args: str) -> int:
    try:
        return cli.main(list(args))
    finally:
        m.database_proxy.initialize(None)


def _database(path) -> int:
    db = open_database(path)
    try:
        m.Contact.create(
            first_name="Oud",
            last_name="Formulier",
            source="website_form",
            received_on=dt.date(2019, 1, 1),
        )
        c = m.Contact.create(
            first_name="Ymkje",
            last_name="Hoekstra",
            email="y@example.nl",
            city="Sneek",
            received_on=dt.date.today(),
        )
        m.ContactNote.create(contact=c, text="belde")
        m.Consent.create(contact=c, purpose="Nieuwsbrief", given_on=dt.date.today())
        return c.id
    finally:
        db.close()


def test_db_before_the_command_is_accepted(tmp_path, capsys):
    path = tmp_path / "demo.db"
    _database(path)
    assert _run("--lang", "en", "--db", str(path), "due") == 0
    assert "Formulier, Oud" in capsys.readouterr().out


def test_no_db_at_all_says_so(capsys):
    with pytest.raises(SystemExit) as info:
        _run("--lang", "en", "due")
    assert info.value.code == 2
    assert "--db" in capsys.readouterr().err


def test_mailing_refuses_an_unknown_purpose_and_lists_the_purposes(tmp_path, capsys):
    path = tmp_path / "m.db"
    _database(path)
    out = tmp_path / "kerst.csv"
    with pytest.raises(SystemExit) as info:
        _run("mailing", "--db", str(path), "--purpose", "Kerstkaart", "--out", str(out))
    assert info.value.code == 2
    err = capsys.readouterr().err
    assert "Kerstkaart" in err and "Nieuwsbrief" in err
    assert not out.exists()


def test_mailing_for_a_known_purpose_writes_the_list(tmp_path, capsys):
    path = tmp_path / "m.db"
    _database(path)
    out = tmp_path / "nieuwsbrief.csv"
    assert _run("mailing", "--db", str(path), "--purpose", "nieuwsbrief", "--out", str(out)) == 0
    assert "y@example.nl" in out.read_text(encoding="utf-8-sig")
    assert "1" in capsys.readouterr().out


def test_due_speaks_dutch_with_a_header_and_words(tmp_path, capsys):
    path = tmp_path / "d.db"
    _database(path)
    assert _run("due", "--db", str(path)) == 0
    header, line = capsys.readouterr().out.splitlines()
    assert header.split("\t") == ["Nr.", "Naam", "Reden", "Te verwijderen sinds"]
    assert line.split("\t")[2] == "websiteformulier, 2 jaar"
    assert not CODE.search(line)


def test_erase_prints_in_dutch_words(tmp_path, capsys):
    path = tmp_path / "d.db"
    cid = _database(path)
    assert _run("erase", str(cid), "--db", str(path), "--yes") == 0
    out = capsys.readouterr().out
    assert "verwijderd: contactpersoon (1): " in out
    assert "plaats" in out and "e-mail" in out
    assert "bewaard: contactpersoon (1): " in out
    assert not CODE.search(out), CODE.search(out)


def test_lang_after_the_command_is_accepted(tmp_path, capsys):
    path = tmp_path / "d.db"
    _database(path)
    assert _run("due", "--db", str(path), "--lang", "en") == 0
    assert capsys.readouterr().out.splitlines()[0].startswith("No.\tName")


def test_check_names_the_page_in_words(tmp_path, capsys):
    path = tmp_path / "c.db"
    _database(path)
    assert _run("check", "--db", str(path)) == 1
    out = capsys.readouterr().out
    areas = {line.split("\t")[0] for line in out.splitlines()}
    assert "Register" in areas and "Te verwijderen" in areas, areas
    assert not any(CODE.search(a) for a in areas) and "retention" not in areas
