"""soosr-desk move (issue 18): a desk's file into an empty office database on a server,
everything in it, checked, in one transaction, the file left as it was."""

from __future__ import annotations

import datetime as dt
import hashlib

import psycopg
import pytest

from soosr_desk import cli
from soosr_desk.services import audit, requests
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
        docs = list((data_dir() / "server-documents").glob("*/agreement-*"))
        assert docs and len(docs) == len(list(desk_file.with_name("desk.db.documents").iterdir()))
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
