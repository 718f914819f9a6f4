"""import contacts / import request / calendar / letters --eml, as an administrator runs them."""

from __future__ import annotations

import datetime as dt
import email
import email.policy

from icalendar import Calendar

from soosr_desk import cli
from soosr_desk.store import models as m
from soosr_desk.store.opening import open_database
from tests.services import contact_files, mail_files


def _run(*args: str) -> int:
    try:
        return cli.main(["--lang", "en", *args])
    except SystemExit as exc:
        return exc.code
    finally:
        m.database_proxy.initialize(None)


def _db(path):
    open_database(path).close()
    m.database_proxy.initialize(None)


def test_import_contacts_exit_codes(tmp_path, capsys):
    db = tmp_path / "desk.db"
    _db(db)
    good = tmp_path / "outlook.csv"
    good.write_bytes(contact_files.outlook_en_csv())
    assert _run("import", "contacts", "--db", str(db), str(good), "--source", "contract") == 0
    assert "outlook.csv\tadded\t2\tupdated\t0\tskipped\t0" in capsys.readouterr().out
    mixed = tmp_path / "lijst.csv"
    mixed.write_bytes(contact_files.dutch_excel_csv())
    assert _run("import", "contacts", "--db", str(db), str(mixed), "--dry-run") == 1
    out = capsys.readouterr().out
    assert "added\t3" in out and "row 3\temail\tThis is not a valid e-mail address" in out
    assert "row 5\tcompany_name\tA number that looks like a BSN" in out
    broken = tmp_path / "kapot.xlsx"
    broken.write_bytes(b"not a workbook")
    assert _run("import", "contacts", "--db", str(db), str(mixed), str(broken)) == 2
    assert "kapot.xlsx" in capsys.readouterr().err
    database = open_database(db)
    try:  # the dry run and the refused run changed nothing
        assert m.Contact.select().where(m.Contact.source == "contract").count() == 2
        assert m.Contact.select().count() == 2
    finally:
        database.close()
        m.database_proxy.initialize(None)


def test_import_request(tmp_path, capsys):
    db = tmp_path / "desk.db"
    _db(db)
    mail = tmp_path / "verzoek.eml"
    mail.write_bytes(mail_files.QP_EML.encode("ascii"))
    assert _run("import", "request", "--db", str(db), str(mail)) == 0
    assert capsys.readouterr().out.strip() == "AVG-2026-0001"
    undated = tmp_path / "bezwaar.eml"
    undated.write_bytes(mail_files.html_eml_without_date())
    assert _run("import", "request", "--db", str(db), str(undated)) == 2
    assert "--received" in capsys.readouterr().err
    assert _run("import", "request", "--db", str(db), str(undated), "--received", "2026-11-02") == 0
    msg = tmp_path / "Intrekken.msg"
    msg.write_bytes(mail_files.outlook_msg())
    assert _run("import", "request", "--db", str(db), str(msg)) == 0
    assert capsys.readouterr().out.split() == ["AVG-2026-0002", "AVG-2026-0003"]
    mixed = tmp_path / "mixed.eml"
    mixed.write_bytes(
        b"From: a@b.nl\r\nDate: Mon, 02 Mar 2026 09:00:00 +0100\r\n"
        b"Subject: inzage en verwijderen\r\n\r\nGraag.\r\n"
    )
    assert _run("import", "request", "--db", str(db), str(mixed)) == 2
    assert "--kind" in capsys.readouterr().err
    assert _run("import", "request", "--db", str(db), str(mixed), "--kind", "access") == 0


def test_calendar_and_letters_as_drafts(tmp_path, capsys):
    db = tmp_path / "desk.db"
    _db(db)
    mail = tmp_path / "verzoek.eml"
    mail.write_bytes(mail_files.QP_EML.encode("ascii"))
    assert _run("import", "request", "--db", str(db), str(mail)) == 0
    database = open_database(db)
    try:
        from soosr_desk.services import requests
        from soosr_desk.services.requests import letters as request_letters

        req = requests.list_requests()[0]
        requests.link_contact(req.id, None)
        request_letters.make_letter(req.id, "answer", today=dt.date(2026, 7, 2))  # a draft
        m.Breach.create(
            reference="DL-2026-001",
            found_at=dt.datetime(2026, 11, 25, 9, 0),
            description="laptop kwijt met klantgegevens van Mariëlle",
        )
    finally:
        database.close()
        m.database_proxy.initialize(None)
    capsys.readouterr()
    ics = tmp_path / "termijnen.ics"
    assert _run("calendar", "--db", str(db), "--out", str(ics)) == 0
    cal = Calendar.from_ical(ics.read_bytes())
    events = {str(e["uid"]): e for e in cal.walk("VEVENT")}
    answer = events[f"request-{req.id}-answer@soosr-desk"]
    assert answer.decoded("dtstart") == dt.date(2026, 8, 3)  # 1 Aug 2026 is a Saturday
    assert "AVG-2026-0001" in str(answer["summary"])
    breach = events[next(k for k in events if k.startswith("breach-"))]
    assert breach.decoded("dtstart").astimezone() == dt.datetime(2026, 11, 28, 9, 0).astimezone()
    text = ics.read_text("utf-8")
    assert "Mari" not in text and "laptop" not in text and "dejong" not in text.lower()
    assert _run("calendar", "--db", str(db), "--out", str(tmp_path / "nope" / "x.ics")) == 2
    assert _run("calendar", "--db", str(db), "--out", str(db)) == 0  # written as desk.ics
    assert (tmp_path / "desk.ics").is_file() and db.read_bytes().startswith(b"SQLite format 3")

    out = tmp_path / "brieven"
    out.mkdir()
    assert _run("letters", "--db", str(db), "--out", str(out), "--eml") == 0
    (draft,) = out.glob("*.eml")
    msg = email.message_from_bytes(draft.read_bytes(), policy=email.policy.default)
    assert msg["X-Unsent"] == "1" and msg["To"].addresses[0].addr_spec == "M.deJong@Example.nl"
    assert msg["Subject"] == "Uw verzoek AVG-2026-0001"
    assert "Geachte Mariëlle de Jong" in msg.get_body(("plain",)).get_content()
    (pdf,) = msg.iter_attachments()
    assert pdf.get_content_type() == "application/pdf"
    assert pdf.get_content() == next(out.glob("*.pdf")).read_bytes()
