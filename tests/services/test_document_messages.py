"""A message about a kept document says where documents are on the engine in use: the
documents folder beside the desk's file (with its path), or the office database on the
server (issue 18). It never calls the server's address a folder."""

from __future__ import annotations

import datetime as dt
import errno
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from soosr_desk.services import agreements, mail_intake, request_documents, third_parties
from soosr_desk.services import document_messages as texts
from soosr_desk.services.errors import ServiceError
from soosr_desk.store import documents
from soosr_desk.store import models as m
from tests.services import kept_documents, mail_files

pytestmark = pytest.mark.both_engines

TODAY = dt.date(2026, 7, 2)


def _agreement_with(path) -> tuple[int, int]:
    ag_id = kept_documents.agreement_with(path, TODAY)
    return m.ProcessorAgreement.get_by_id(ag_id).third_party_id, ag_id


def _says_where(text: str, engine: str) -> None:
    folder = documents.folder()
    if engine == "sqlite":
        assert "documents folder" in text and str(folder) in text, text
    else:
        assert "office database" in text, text
        assert "folder" not in text and "postgresql" not in text, text
        url = str(m.database_proxy.obj.address.display())
        assert url not in text, text


def test_a_missing_agreement_copy_says_where_it_should_be(db, engine, tmp_path):
    source = tmp_path / "VWO getekend.pdf"
    source.write_bytes(b"%PDF-1.4 getekend")
    party_id, ag_id = _agreement_with(source)
    kept_documents.remove(m.ProcessorAgreement.get_by_id(ag_id).document_file)
    (problem,) = [p for p in third_parties.problems_of(party_id, TODAY) if "document" in p.code]
    _says_where(problem.message.format(**problem.params), engine)
    with pytest.raises(ServiceError) as refused:
        agreements.document_path(ag_id)
    _says_where(refused.value.render(), engine)


def test_a_copy_that_cannot_be_kept_says_where(db, engine, tmp_path, monkeypatch):
    source = tmp_path / "VWO getekend.pdf"
    source.write_bytes(b"%PDF-1.4 getekend")
    _party, ag_id = _agreement_with(source)

    def full(*_args):
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(documents, "put_file", full)
    with pytest.raises(ServiceError) as refused:
        agreements.attach_document(ag_id, source)
    _says_where(refused.value.render(), engine)
    monkeypatch.setattr(documents, "put", full)
    with pytest.raises(ServiceError) as refused:
        request_documents.store_file(b"From: x", ".eml")
    _says_where(refused.value.render(), engine)


def test_a_missing_kept_email_says_where_it_should_be(db, engine):
    facts = mail_intake.read_mail_bytes(mail_files.QP_EML.encode("ascii"), "verzoek.eml")
    saved = mail_intake.request_from_mail(facts, facts.clear_kind, today=TODAY)
    (doc,) = request_documents.documents_of(saved.id)
    kept_documents.remove(m.RequestDocument.get_by_id(doc.id).file)
    with pytest.raises(ServiceError) as refused:
        request_documents.document_bytes(doc.id)
    text = refused.value.render()
    where = "office database" if engine == "postgresql" else "documents folder"
    assert where in text and "checksum" in text
    if engine == "postgresql":
        assert "folder" not in text


def test_the_dutch_server_texts_name_the_office_database():
    """Dutch first: the server's texts say kantoordatabase, never documentenmap."""
    ts = Path(__file__).resolve().parents[2] / "resources" / "i18n" / "soosr_desk_nl.ts"
    dutch = {
        m.findtext("source"): m.findtext("translation")
        for c in ET.parse(ts).getroot().iter("context")
        if not c.findtext("name")
        for m in c.iter("message")
    }
    pairs = [*texts.AGREEMENT_PROBLEMS.values(), texts.AGREEMENT_NOT_KEPT]
    pairs += [texts.EMAIL_NOT_KEPT, texts.EMAIL_MISSING]
    for on_file, on_server in pairs:
        if on_file == on_server:
            continue
        assert "documentenmap" in dutch[on_file]
        assert "kantoordatabase" in dutch[on_server] and "map" not in dutch[on_server]
