"""soosr-desk move --from postgresql://... --to FILE (issue 18): the office database out
into a new file for an auditor: everything, from one snapshot, checked, never over an
existing file, nothing left behind on failure."""

from __future__ import annotations

import psycopg
import pytest

from soosr_desk import cli
from soosr_desk.services import audit
from soosr_desk.store import models as m
from soosr_desk.store.opening import close_database, open_database

PDF = b"%PDF-1.4\n\x00\xff binary"


def _run(*args: str) -> int:
    try:
        return cli.main(["--lang", "en", *args])
    finally:
        m.database_proxy.initialize(None)


def _counts(url_or_path) -> dict[str, int]:
    database = open_database(url_or_path, create=False)
    try:
        return {t._meta.table_name: t.select().count() for t in m.ALL_MODELS}
    finally:
        close_database(database)
        m.database_proxy.initialize(None)


@pytest.fixture
def office(cli_demo):
    """A server database with demo people (what `demo --db URL --contacts 150 --seed 3`
    makes, conftest), a letter and an erasure."""
    url = cli_demo(None, contacts=150, seed=3)
    database = open_database(url)
    try:
        request = m.RightsRequest.select().first()
        with database.atomic():
            m.RequestLetter.create(
                id=9999, request=request, kind="acknowledgement", language="nl", pdf=PDF
            )
    finally:
        close_database(database)
        m.database_proxy.initialize(None)
    return url


def test_the_office_database_goes_out_whole_into_a_new_file(office, tmp_path, capsys):
    expected = _counts(office)
    target = tmp_path / "auditor.db"
    assert _run("move", "--from", office, "--to", str(target)) == 0
    assert "the audit trail is unbroken" in capsys.readouterr().out
    assert _counts(target) == expected
    database = open_database(target, create=False)
    try:
        assert audit.verify_chain().broken_at is None
        assert bytes(m.RequestLetter.get_by_id(9999).pdf) == PDF
    finally:
        close_database(database)
        m.database_proxy.initialize(None)
    assert target.stat().st_mode & 0o077 == 0
    assert not [p for p in tmp_path.iterdir() if p.name.startswith(".")]
    database = open_database(office)
    try:  # the server records that a copy left it
        last = m.AuditEvent.select().order_by(m.AuditEvent.id.desc()).first()
        assert last.action == "move_out" and audit.verify_chain().broken_at is None
    finally:
        close_database(database)
        m.database_proxy.initialize(None)


def test_an_existing_file_is_never_overwritten(office, tmp_path, capsys):
    target = tmp_path / "auditor.db"
    target.write_bytes(b"the auditor's own notes")
    with pytest.raises(SystemExit) as stop:
        _run("move", "--from", office, "--to", str(target))
    assert stop.value.code == 2
    assert "already exists" in capsys.readouterr().err
    assert target.read_bytes() == b"the auditor's own notes"


def test_a_broken_audit_trail_leaves_no_file(office, tmp_path, capsys):
    with psycopg.connect(office, autocommit=True) as conn:
        conn.execute("UPDATE audit_event SET fields = 'tampered' WHERE id = 2")
    folder = tmp_path / "stick"
    folder.mkdir()
    with pytest.raises(SystemExit):
        _run("move", "--from", office, "--to", str(folder / "auditor.db"))
    assert "audit trail" in capsys.readouterr().err
    assert list(folder.iterdir()) == []
