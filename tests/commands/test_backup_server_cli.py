"""soosr-desk backup on a server database (issue 18): a dump in the backup folder, the
list, and a restore with the rights exercised since applied again."""

from __future__ import annotations

from pathlib import Path

from soosr_desk import cli
from soosr_desk.services import contacts, erasure
from soosr_desk.store import models as m
from soosr_desk.store.opening import close_database, open_database


def _run(*args: str) -> int:
    try:
        return cli.main(["--lang", "en", *args])
    finally:
        m.database_proxy.initialize(None)


def test_backup_list_and_restore_on_a_server(pg_server, pg_template, capsys):
    url = pg_server.take(pg_template)
    try:
        database = open_database(url)
        try:
            cid = contacts.save_contact(
                contacts.ContactData(first_name="Terug", last_name="Niet")
            ).id
        finally:
            close_database(database)
            m.database_proxy.initialize(None)
        assert _run("backup", "--db", url) == 0
        made = Path(capsys.readouterr().out.strip())
        assert made.suffix == ".dump" and made.is_file()
        assert _run("backup", "--db", url, "--list") == 0
        assert str(made) in capsys.readouterr().out
        database = open_database(url)
        try:
            erasure.erase_contact(cid, reason="manual")
        finally:
            close_database(database)
            m.database_proxy.initialize(None)
        assert _run("backup", "--db", url, "--restore", str(made), "--yes") == 0
        out = capsys.readouterr().out
        assert (
            "1 erasure made after this backup was applied again." in out
            and "kept in the backup" in out
        )
        database = open_database(url)
        try:
            assert m.Contact.get_by_id(cid).first_name == ""
        finally:
            close_database(database)
            m.database_proxy.initialize(None)
    finally:
        pg_server.drop(url)
