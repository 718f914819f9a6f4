"""Documents on the office server (issue 18): a signed agreement attached at one desk
opens at another, a kept e-mail is read at another desk, and an erasure at that desk
deletes the e-mail's bytes from the server. Desk B is a second connection with its own
data folder: no desk keeps a lasting copy of its own."""

from __future__ import annotations

import datetime as dt
import hashlib
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest

from soosr_desk.services import agreements, mail_intake, request_documents, scratch
from soosr_desk.services import contacts as contacts_service
from soosr_desk.services.erasure import erase_contact
from soosr_desk.services.errors import ServiceError
from soosr_desk.store import models as m
from soosr_desk.store import server_documents, server_opening
from soosr_desk.store.location import data_dir
from tests.services import kept_documents, mail_files

TODAY = dt.date(2026, 7, 2)
SERVER = pytest.mark.parametrize("engine", ["postgresql"])


@pytest.fixture
def desk_b(db, db_path, tmp_path, monkeypatch):
    """`with desk_b():` runs as the other desk: its own connection and data folder."""
    other = server_opening.connect_url(str(db_path))
    own = tmp_path / "desk-b"

    @contextmanager
    def at_b() -> Iterator[None]:
        with monkeypatch.context() as patch:
            patch.setenv("XDG_DATA_HOME", str(own))
            m.database_proxy.initialize(other)
            try:
                yield
            finally:
                m.database_proxy.initialize(db)

    yield at_b
    other.close()


def _agreement_with(path) -> int:
    return kept_documents.agreement_with(path, TODAY)


@SERVER
def test_a_document_attached_at_one_desk_opens_at_another(db, desk_b, tmp_path):
    content = b"%PDF-1.4 getekend " + bytes(range(256)) * 50
    source = tmp_path / "VWO getekend.pdf"
    source.write_bytes(content)
    ag_id = _agreement_with(source)
    source.unlink()  # the desk's own file may go: the server holds the bytes
    with desk_b():
        party_id = m.ProcessorAgreement.get_by_id(ag_id).third_party_id
        assert agreements.list_agreements(party_id, TODAY)[0].document == "ok"
        opened = agreements.document_path(ag_id)
        assert opened.read_bytes() == content
        assert opened.parent == scratch.own_folder()  # a temporary copy, to open it
        assert str(data_dir()).startswith(str(tmp_path / "desk-b"))
        assert not (data_dir() / "server-documents").exists()
    assert not (data_dir() / "server-documents").exists()
    db.execute_sql("UPDATE stored_document SET content = %s", (b"%PDF-1.4 vervalst",))
    with desk_b():
        assert agreements.list_agreements(party_id, TODAY)[0].document == "changed"
        with pytest.raises(ServiceError, match="checksum"):
            agreements.document_path(ag_id)


@SERVER
def test_attaching_again_at_another_desk_replaces_the_bytes_on_the_server(db, desk_b, tmp_path):
    first, second = tmp_path / "a.pdf", tmp_path / "b.pdf"
    first.write_bytes(b"een")
    second.write_bytes(b"twee")
    ag_id = _agreement_with(first)
    with desk_b():
        agreements.attach_document(ag_id, second)
    row = m.ProcessorAgreement.get_by_id(ag_id)
    assert server_documents.names(db) == [row.document_file]
    assert agreements.document_path(ag_id).read_bytes() == b"twee"
    agreements.delete_agreement(ag_id)
    assert server_documents.names(db) == []


@SERVER
def test_an_erasure_at_another_desk_removes_the_kept_email_from_the_server(db, desk_b):
    contact = contacts_service.save_contact(
        contacts_service.ContactData(
            first_name="Mariëlle", last_name="de Jong", email="m.dejong@example.nl"
        ),
        today=TODAY,
    )
    facts = mail_intake.read_mail_bytes(mail_files.QP_EML.encode("ascii"), "verzoek.eml")
    saved = mail_intake.request_from_mail(facts, facts.clear_kind, today=TODAY)
    (doc,) = request_documents.documents_of(saved.id)
    _name, kept = request_documents.document_bytes(doc.id)
    with desk_b():
        (there,) = request_documents.documents_of(saved.id)
        assert there.intact and request_documents.document_bytes(doc.id) == ("verzoek.eml", kept)
        erase_contact(contact.id, reason="manual", today=TODAY)
    assert request_documents.documents_of(saved.id) == []
    assert server_documents.names(db) == []
    found = db.execute_sql(
        "SELECT count(*) FROM stored_document WHERE sha256 = %s",
        (hashlib.sha256(kept).hexdigest(),),
    ).fetchone()[0]
    assert found == 0


def test_the_file_keeps_its_documents_folder(db, tmp_path):
    source = tmp_path / "vwo.pdf"
    source.write_bytes(b"%PDF-1.4 file")
    ag_id = _agreement_with(source)
    assert "stored_document" not in db.get_tables()
    opened = agreements.document_path(ag_id)
    beside = Path(db.database).resolve()
    assert opened.parent == agreements.documents_dir() == Path(f"{beside}.documents")
