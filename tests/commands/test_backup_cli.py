"""soosr-desk backup: a checked copy in the backup folder (or a chosen file), and --list."""

from __future__ import annotations

import datetime as dt
import sqlite3
from pathlib import Path

import pytest

from soosr_desk import cli
from soosr_desk.services import backups
from soosr_desk.store import file_checks
from soosr_desk.store import models as m
from soosr_desk.store.location import data_dir
from soosr_desk.store.opening import close_database, open_database


@pytest.fixture(autouse=True)
def backup_command_listed(monkeypatch):
    """Until soosr_desk/commands/__init__.py lists "backup" (the lead adds it)."""
    if "backup" not in cli.COMMANDS:
        monkeypatch.setattr(cli, "COMMANDS", (*cli.COMMANDS, "backup"))


def _run(*args: str) -> int:
    try:
        return cli.main(["--lang", "en", *args])
    finally:
        m.database_proxy.initialize(None)


def _contacts_in(path: Path) -> int:
    conn = sqlite3.connect(Path(path).resolve().as_uri() + "?mode=ro", uri=True)
    try:
        return conn.execute("SELECT count(*) FROM contact").fetchone()[0]
    finally:
        conn.close()


@pytest.fixture
def demo_db(tmp_path, cli_demo):
    """What `demo --create --db demo.db --contacts 40 --seed 3` makes (conftest)."""
    return cli_demo(tmp_path / "demo.db", contacts=40, seed=3)


def test_backup_prints_the_path_and_exits_0(demo_db, capsys):
    capsys.readouterr()
    assert _run("backup", "--db", str(demo_db)) == 0
    out = capsys.readouterr().out.strip().splitlines()
    made = Path(out[-1])
    assert made.exists() and made.parent == backups.backup_dir(demo_db)
    assert made.is_relative_to(data_dir() / "backups")
    assert backups.NAME_RE.match(made.name)
    assert _contacts_in(made) == 40
    assert file_checks.inspect_copy(made).ok


def test_backup_list_shows_the_backups_newest_first(demo_db, capsys):
    assert _run("backup", "--db", str(demo_db), "--list") == 0
    assert "No backups yet." in capsys.readouterr().out
    db = open_database(demo_db)

    three_days_ago = (dt.datetime.now() - dt.timedelta(days=3)).replace(microsecond=0)
    old = backups.make_backup(db, demo_db, now=three_days_ago)
    close_database(db)
    m.database_proxy.initialize(None)
    assert _run("backup", "--db", str(demo_db)) == 0
    new = Path(capsys.readouterr().out.strip().splitlines()[-1])
    assert _run("backup", "--db", str(demo_db), "--list") == 0
    lines = capsys.readouterr().out.strip().splitlines()
    assert [line.split("\t")[2] for line in lines] == [str(new), str(old.path)]
    assert lines[1].split("\t")[0] == f"{three_days_ago:%Y-%m-%d %H:%M:%S}"
    assert lines[1].split("\t")[1] == str(old.size)


def test_backup_to_a_chosen_file(demo_db, tmp_path, capsys):
    out = tmp_path / "usb" / "copy.db"
    out.parent.mkdir()
    assert _run("backup", "--db", str(demo_db), "--out", str(out)) == 0
    assert capsys.readouterr().out.strip().splitlines()[-1] == str(out)
    assert _contacts_in(out) == 40
    assert backups.list_backups(demo_db) == []
    with pytest.raises(SystemExit) as info:
        _run("backup", "--db", str(demo_db), "--out", str(out))
    assert info.value.code == 2
    assert "never overwritten" in capsys.readouterr().err


def test_backup_of_a_missing_database_creates_nothing(tmp_path, capsys):
    path = tmp_path / "nothing.db"
    with pytest.raises(SystemExit) as info:
        _run("backup", "--db", str(path))
    assert info.value.code == 2
    assert "There is no database" in capsys.readouterr().err
    assert not path.exists()
