"""soosr-desk statement: the published privacy statement as files for the website."""

from __future__ import annotations

import pytest

from soosr_desk import cli
from soosr_desk.store import models as m
from soosr_desk.store.opening import open_database

FILES = [
    "privacy-statement-v{n}-en.html",
    "privacy-statement-v{n}-en.pdf",
    "privacy-statement-v{n}-nl.html",
    "privacy-statement-v{n}-nl.pdf",
]


@pytest.fixture(autouse=True)
def _statement_command(monkeypatch):
    # until "statement" is listed in soosr_desk.commands.COMMANDS
    if "statement" not in cli.COMMANDS:
        monkeypatch.setattr(cli, "COMMANDS", (*cli.COMMANDS, "statement"))


def _run(*args: str) -> int:
    try:
        return cli.main(["--lang", "en", *args])
    finally:
        m.database_proxy.initialize(None)


def _names(folder, n):
    return sorted(p.name for p in folder.iterdir() if p.name.startswith(f"privacy-statement-v{n}"))


def test_publish_then_write_the_latest_version(db_path, tmp_path, capsys):
    out = tmp_path / "site"
    out.mkdir()
    assert _run("statement", "--db", str(db_path), "--out", str(out), "--publish") == 0
    printed = capsys.readouterr().out.split()
    assert sorted(printed) == sorted(str(out / f.format(n=1)) for f in FILES)
    assert _names(out, 1) == [f.format(n=1) for f in FILES]
    page = (out / "privacy-statement-v1-nl.html").read_text("utf-8")
    assert "Privacyverklaring" in page and "Versie 1" in page
    assert (out / "privacy-statement-v1-en.pdf").read_bytes().startswith(b"%PDF")

    # without --publish: the same version again, no new one
    again = tmp_path / "again"
    again.mkdir()
    assert _run("statement", "--db", str(db_path), "--out", str(again)) == 0
    assert _names(again, 1) == [f.format(n=1) for f in FILES]
    assert capsys.readouterr().err == ""

    # --publish again: version 2, version 1 kept
    assert _run("statement", "--db", str(db_path), "--out", str(out), "--publish") == 0
    assert _names(out, 2) == [f.format(n=2) for f in FILES]
    db = open_database(db_path)
    try:
        assert sorted({v.version for v in m.StatementVersion.select()}) == [1, 2]
    finally:
        db.close()


def test_nothing_published_yet_says_to_publish(db_path, tmp_path, capsys):
    with pytest.raises(SystemExit) as info:
        _run("statement", "--db", str(db_path), "--out", str(tmp_path))
    assert info.value.code == 2
    assert "--publish" in capsys.readouterr().err
    assert not list(tmp_path.glob("privacy-statement-*"))


def test_warns_when_the_register_changed_after_publishing(db_path, tmp_path, capsys):
    assert _run("statement", "--db", str(db_path), "--out", str(tmp_path), "--publish") == 0
    db = open_database(db_path)
    try:
        m.ProcessingActivity.update(purpose="Iets nieuws.").where(
            m.ProcessingActivity.sort_order == 0
        ).execute()
    finally:
        db.close()
    capsys.readouterr()
    # the files of version 1 are there already: replaced only with --force (issue 15)
    with pytest.raises(SystemExit) as info:
        _run("statement", "--db", str(db_path), "--out", str(tmp_path))
    assert info.value.code == 2 and "--force" in capsys.readouterr().err
    assert _run("statement", "--db", str(db_path), "--out", str(tmp_path), "--force") == 0
    err = capsys.readouterr().err
    assert "changed after version 1" in err and "--publish" in err
    # the files are still those of version 1 as published
    assert "Iets nieuws." not in (tmp_path / "privacy-statement-v1-nl.html").read_text("utf-8")


def test_a_missing_folder_is_made(db_path, tmp_path, capsys):
    """Issue 15, finding 7: a folder given to --out is created when missing."""
    out = tmp_path / "nope" / "deeper"
    assert _run("statement", "--db", str(db_path), "--out", str(out), "--publish") == 0
    assert (out / "privacy-statement-v1-nl.pdf").is_file()


def test_publish_is_refused_while_a_transfer_lacks_a_safeguard(db_path, tmp_path, capsys):
    db = open_database(db_path)
    try:
        party = m.ThirdParty.create(name="Mailer Inc.", country="US")
        activity = m.ProcessingActivity.select().first()
        m.ThirdPartyActivity.create(third_party=party, activity=activity)
    finally:
        db.close()
        m.database_proxy.initialize(None)
    with pytest.raises(SystemExit) as info:
        _run("statement", "--db", str(db_path), "--out", str(tmp_path), "--publish")
    assert info.value.code == 2
    err = capsys.readouterr().err
    assert "Mailer Inc." in err and "safeguard" in err
    assert not list(tmp_path.glob("privacy-statement-*"))
