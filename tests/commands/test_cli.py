"""The command line, as an administrator uses it."""

from __future__ import annotations

import psycopg
import pytest

from soosr_desk import cli
from soosr_desk.store import models as m
from soosr_desk.store.location import data_dir
from soosr_desk.store.opening import open_database


def _run(*args: str) -> int:
    try:
        return cli.main(["--lang", "en", *args])
    finally:
        m.database_proxy.initialize(None)


def test_demo_then_check(tmp_path, capsys):
    path = tmp_path / "demo.db"
    assert _run("demo", "--create", "--db", str(path), "--contacts", "300", "--seed", "7") == 0
    assert "300 contacts" in capsys.readouterr().out
    # the seeded register was last reviewed in 2019: check reports it and exits 1
    assert _run("check", "--db", str(path)) == 1
    out = capsys.readouterr().out
    assert "Register\t" in out and "Not reviewed in the last 12 months" in out
    db = open_database(path)
    try:
        assert m.Contact.select().count() == 300
    finally:
        db.close()


def test_check_on_a_clean_database_exits_0(tmp_path, capsys):
    path = tmp_path / "clean.db"
    db = open_database(path)
    import datetime as dt

    from soosr_desk.services import statement

    m.ProcessingActivity.update(last_reviewed=dt.date.today()).execute()
    statement.publish(dt.date.today())
    db.close()
    assert _run("check", "--db", str(path)) == 0
    assert "No problems found." in capsys.readouterr().out


def test_check_reports_a_tampered_audit_trail(tmp_path, capsys, cli_demo):
    path = cli_demo(tmp_path / "t.db", contacts=20, seed=1)  # demo --create --contacts 20
    db = open_database(path)
    from soosr_desk.services import contacts

    contacts.save_contact(contacts.ContactData(first_name="A", last_name="B"))
    contacts.save_contact(contacts.ContactData(first_name="C", last_name="D"))
    first = m.AuditEvent.select().order_by(m.AuditEvent.id).first()
    m.AuditEvent.update(fields="x").where(m.AuditEvent.id == first.id).execute()
    db.close()
    assert _run("check", "--db", str(path)) == 1
    assert "audit trail was altered" in capsys.readouterr().out


def test_bad_file_gives_a_message_and_exit_2(tmp_path, capsys):
    path = tmp_path / "x.db"
    path.write_text("not a database")
    with pytest.raises(SystemExit) as info:
        _run("check", "--db", str(path))
    assert info.value.code == 2
    assert "not a SOOSR Desk database" in capsys.readouterr().err


def test_dutch_messages_by_default(tmp_path, capsys):
    path = tmp_path / "x.db"
    path.write_text("not a database")
    with pytest.raises(SystemExit):
        cli.main(["check", "--db", str(path)])
    err = capsys.readouterr().err
    assert "SOOSR Desk" in err
    assert "is not a SOOSR Desk database" not in err, "the default language is Dutch"


def test_no_personal_data_in_logs(tmp_path):
    path = tmp_path / "demo.db"
    _run("demo", "--create", "--db", str(path), "--contacts", "200")
    _run("check", "--db", str(path))
    db = open_database(path)
    try:
        people = list(m.Contact.select(m.Contact.last_name, m.Contact.email).tuples())
    finally:
        db.close()
    logs = "".join(p.read_text("utf-8") for p in (data_dir() / "logs").glob("*.log*"))
    for last_name, email in people:
        if not email:
            continue  # erased by a demo erasure request
        assert email not in logs
        assert f" {last_name} " not in logs


def test_check_lists_a_processor_without_agreement_and_exits_1(tmp_path, capsys):
    import datetime as dt

    path = tmp_path / "tp.db"
    db = open_database(path)
    from soosr_desk.services import statement
    from soosr_desk.services import third_parties as tp

    m.ProcessingActivity.update(last_reviewed=dt.date.today()).execute()
    statement.publish(dt.date.today())
    party = tp.save_third_party(tp.ThirdPartyData(name="Salarisgemak B.V."))
    db.close()
    assert _run("check", "--db", str(path)) == 1
    out = capsys.readouterr().out
    assert out == (
        f"Third parties & agreements\t{party.id}\tSalarisgemak B.V.: A processor without a "
        "processor agreement (Art. 28).\n"
    )


def test_letters_writes_the_kept_letters(tmp_path, capsys):
    import datetime as dt

    from soosr_desk.services import requests as rq

    path = tmp_path / "l.db"
    db = open_database(path)
    today = dt.date.today()
    a = rq.save_request(rq.RequestData(received_on=today, requester_name="A. Aa"))
    b = rq.save_request(rq.RequestData(received_on=today, requester_name="B. Bb"))
    rq.refuse(a.id, "Het twintigste gelijke verzoek.", today=today)  # its letter, a draft
    db.close()
    out = tmp_path / "out"
    out.mkdir()
    assert _run("letters", "--db", str(path), "--out", str(out)) == 0
    printed = capsys.readouterr().out
    assert f"{b.reference}\tno letter yet" in printed
    files = list(out.iterdir())
    assert len(files) == 1 and files[0].name.startswith(a.reference)
    assert files[0].read_bytes().startswith(b"%PDF")
    with pytest.raises(SystemExit) as stop:
        _run("letters", "--db", str(path), "--out", str(out), "--ref", "AVG-1999-0001")
    assert stop.value.code == 2


def test_commands_work_on_a_server_database(pg_server, capsys, tmp_path, monkeypatch):
    """--db takes a postgresql:// address (issue 18): demo writes the office database,
    check reads it, and nothing is written where the address would be a path."""
    work = tmp_path / "cwd"
    work.mkdir()
    monkeypatch.chdir(work)
    url = pg_server.create()
    try:
        assert _run("demo", "--db", url, "--create", "--contacts", "40", "--seed", "3") == 0
        assert "40 contacts" in capsys.readouterr().out
        assert _run("check", "--db", url) == 1  # the seeded register is old: reported
        assert "Register\t" in capsys.readouterr().out
        db = open_database(url)
        try:
            assert m.Contact.select().count() == 40
            from soosr_desk.services import audit, contacts

            contacts.save_contact(contacts.ContactData(first_name="Na", last_name="Demo"))
            assert audit.verify_chain().broken_at is None
        finally:
            db.close()
        assert list(work.iterdir()) == []
        with psycopg.connect(url) as conn:  # the demo's documents: on the server, checked
            rows = conn.execute(
                "SELECT file, encode(sha256(content), 'hex') = sha256 FROM stored_document"
            ).fetchall()
        assert rows and all(name.endswith("-demo.pdf") and fits for name, fits in rows)
        assert not (data_dir() / "server-documents").exists()  # no copy at this desk
    finally:
        pg_server.drop(url)


def test_a_password_in_the_server_address_is_refused(capsys):
    with pytest.raises(SystemExit) as stop:
        _run("check", "--db", "postgresql://desk:geheim@server.local/office")
    assert stop.value.code == 2
    err = capsys.readouterr().err
    assert "without a password" in err and "geheim" not in err


def test_a_server_restore_asks_for_yes_before_touching_the_server(capsys, tmp_path):
    backup = tmp_path / "soosr-desk-20260101-120000.dump"
    backup.write_bytes(b"PGDMP")
    with pytest.raises(SystemExit):  # issue 18: server backups exist; a restore asks first
        _run("backup", "--db", "postgresql://desk@server.local/office", "--restore", str(backup))
    assert "--yes" in capsys.readouterr().err
