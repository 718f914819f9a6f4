"""soosr-desk move (issue 18): a desk's file into an empty office database on a server,
everything in it, checked, in one transaction, the file left as it was."""

from __future__ import annotations

import datetime as dt
import hashlib

import psycopg
import pytest

from soosr_desk import cli
from soosr_desk.services import audit, request_documents, requests
from soosr_desk.store import models as m
from soosr_desk.store.location import data_dir
from soosr_desk.store.opening import close_database, open_database


def _run(*args: str) -> int:
    try:
        return cli.main(["--lang", "en", *args])
    finally:
        m.database_proxy.initialize(None)


def _digest(path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _counts(url_or_path) -> dict[str, int]:
    database = open_database(url_or_path)
    try:
        return {t._meta.table_name: t.select().count() for t in m.ALL_MODELS}
    finally:
        close_database(database)
        m.database_proxy.initialize(None)


def _server_documents(url: str) -> dict[str, str]:
    """The server's stored documents: name -> SHA-256 of the bytes themselves."""
    with psycopg.connect(url) as conn:
        rows = conn.execute("SELECT file, encode(sha256(content), 'hex') FROM stored_document")
        return dict(rows.fetchall())


def _folder_documents(path) -> dict[str, str]:
    folder = path.with_name(path.name + ".documents")
    return {p.name: _digest(p) for p in folder.iterdir()}


@pytest.fixture
def desk_file(tmp_path, cli_demo):
    """A desk's file with demo data (what `demo --create --contacts 120 --seed 5` makes),
    a request with a letter, and an agreement document."""
    path = cli_demo(tmp_path / "desk.db", contacts=120, seed=5)
    database = open_database(path)
    try:
        request = m.RightsRequest.select().first()
        with database.atomic():  # a letter as the letters service stores it: PDF bytes
            m.RequestLetter.create(
                request=request,
                kind="acknowledgement",
                language="nl",
                pdf=b"%PDF-1.4\n\x00\xff binary",
                attachment=b"\x01\x02",
            )
            mail = b"From: anna@example.nl\r\nSubject: verzoek\r\n\r\ninzage graag\r\n"
            stored, digest = request_documents.store_file(mail, ".eml")
            request_documents.record(request, stored, "verzoek.eml", digest, len(mail))
    finally:
        close_database(database)
        m.database_proxy.initialize(None)
    return path


def test_everything_moves_and_the_file_is_untouched(desk_file, pg_server, capsys):
    expected = _counts(desk_file)
    database = open_database(desk_file)
    try:
        letters = {r.id: bytes(r.pdf) for r in m.RequestLetter.select()}
    finally:
        close_database(database)
        m.database_proxy.initialize(None)
    before = _digest(desk_file)  # reading it above checkpointed it; from here: untouched
    url = pg_server.create()
    try:
        assert _run("move", "--from", str(desk_file), "--to", url) == 0
        out = capsys.readouterr().out
        assert "the audit trail is unbroken" in out and "documents copied" in out
        assert _digest(desk_file) == before
        moved = _counts(url)
        expected["audit_event"] += 1  # the move itself is recorded
        assert moved == expected
        database = open_database(url)
        try:
            assert {r.id: bytes(r.pdf) for r in m.RequestLetter.select()} == letters
            assert audit.verify_chain().broken_at is None
            assert m.AuditEvent.select().order_by(m.AuditEvent.id.desc()).first().action == (
                "move_in"
            )
            # new rows get new ids: the sequences were moved past the copied ones
            data = requests.RequestData(
                kind="access",
                received_on=dt.date.today(),
                requester_name="Anna de Vries",
                requester_email="anna@example.nl",
            )
            saved = requests.save_request(data)
            assert saved.id > max(r.id for r in m.RightsRequest.select() if r.id != saved.id)
        finally:
            close_database(database)
            m.database_proxy.initialize(None)
        # the documents: in the server's table, the same bytes as beside the file
        assert _server_documents(url) == _folder_documents(desk_file) != {}
        assert not (data_dir() / "server-documents").exists()  # no copy at this desk
    finally:
        pg_server.drop(url)


def test_documents_go_to_the_server_and_back_out_whole(desk_file, pg_server, tmp_path, capsys):
    """The signed documents and the kept e-mail: into the server's table with the move,
    and out again into the new file's own documents folder, byte for byte."""
    beside = _folder_documents(desk_file)
    assert any(n.endswith(".eml") for n in beside) and any(
        n.startswith("agreement-") for n in beside
    )
    url = pg_server.create()
    try:
        assert _run("move", "--from", str(desk_file), "--to", url) == 0
        assert f"{len(beside)} documents copied" in capsys.readouterr().out
        assert _server_documents(url) == beside
        auditor = tmp_path / "stick" / "auditor.db"
        auditor.parent.mkdir()
        assert _run("move", "--from", url, "--to", str(auditor)) == 0
        assert f"{len(beside)} documents copied" in capsys.readouterr().out
        assert _folder_documents(auditor) == beside
        assert sorted(p.name for p in auditor.parent.iterdir()) == [
            "auditor.db",
            "auditor.db.documents",
        ]
        database = open_database(auditor)
        try:  # the new file's rows find their documents, checked
            (doc,) = request_documents.documents_of(m.RequestDocument.select().first().request_id)
            assert doc.intact
        finally:
            close_database(database)
            m.database_proxy.initialize(None)
        (auditor.parent / "other.db.documents").mkdir()
        with pytest.raises(SystemExit):  # a folder of that name is never written into
            _run("move", "--from", url, "--to", str(auditor.parent / "other.db"))
        assert "already exists" in capsys.readouterr().err
        assert not (auditor.parent / "other.db").exists()
    finally:
        pg_server.drop(url)


def test_a_server_database_that_is_not_empty_is_refused(desk_file, pg_server, pg_template, capsys):
    url = pg_server.create(template=pg_template)
    try:
        with pytest.raises(SystemExit) as stop:
            _run("move", "--from", str(desk_file), "--to", url)
        assert stop.value.code == 2
        assert "is not empty" in capsys.readouterr().err
        assert _counts(url)["contact"] == 0
    finally:
        pg_server.drop(url)


def test_a_broken_audit_trail_writes_nothing_to_the_server(desk_file, pg_server, capsys):
    database = open_database(desk_file)
    try:
        m.AuditEvent.update(fields="tampered").where(m.AuditEvent.id == 2).execute()
    finally:
        close_database(database)
        m.database_proxy.initialize(None)
    url = pg_server.create()
    try:
        with pytest.raises(SystemExit):
            _run("move", "--from", str(desk_file), "--to", url)
        assert "audit trail" in capsys.readouterr().err
        with psycopg.connect(url) as conn:
            tables = conn.execute(
                "SELECT count(*) FROM pg_tables WHERE schemaname = 'public'"
            ).fetchone()[0]
        assert tables == 0  # not even the schema: one transaction, rolled back
    finally:
        pg_server.drop(url)
