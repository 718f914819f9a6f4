"""Requests from e-mail: .eml in its encodings and .msg, read, turned into a request, the
e-mail kept (without attachments, BSN masked) and erased with the person."""

from __future__ import annotations

import datetime as dt
import email
import email.policy
import hashlib

import pytest

from soosr_desk.services import contacts as contacts_service
from soosr_desk.services import mail_intake, request_documents
from soosr_desk.services.erasure import erase_contact
from soosr_desk.services.errors import ServiceError
from soosr_desk.store import documents
from soosr_desk.store import models as m
from tests.services import kept_documents, mail_files

pytestmark = pytest.mark.both_engines  # issue 18: on the file and on a server

TODAY = dt.date(2026, 11, 26)


def test_quoted_printable_with_encoded_words_late_at_night():
    facts = mail_intake.read_mail_bytes(mail_files.QP_EML.encode("ascii"), "verzoek.eml")
    assert (facts.sender_name, facts.sender_email) == ("Mariëlle de Jong", "M.deJong@Example.nl")
    assert facts.subject == "Verzoek om inzage – mijn gegevens"
    assert "overzicht van de gegevens die u van mij heeft" in facts.body
    assert facts.received_on == dt.date(2026, 7, 1)  # 23:30 UTC on 30 June is 01:30 in NL
    assert facts.clear_kind == "access"


def test_base64_body_and_attachment():
    facts = mail_intake.read_mail_bytes(mail_files.base64_eml_with_attachment(), "x.eml")
    assert facts.subject == "Erasure request – GDPR"
    assert (facts.sender_name, facts.sender_email) == ("Smith, John", "john.smith@example.co.uk")
    assert "delete all personal data" in facts.body
    assert facts.attachments == ["paspoort.pdf"]
    assert facts.received_on == dt.date(2026, 3, 2)
    assert facts.clear_kind == "erasure"


def test_html_only_without_date():
    facts = mail_intake.read_mail_bytes(mail_files.html_eml_without_date(), "b.eml")
    assert facts.body == "Ik maak bezwaar tegen uw nieuwsbrief."
    assert facts.received_on is None and facts.clear_kind == "objection"


def test_outlook_msg():
    facts = mail_intake.read_mail_bytes(mail_files.outlook_msg(), "Intrekken.msg")
    assert (facts.sender_name, facts.sender_email) == ("Jan de Groot", "jan@groot.example")
    assert facts.subject == "Intrekken toestemming"
    assert "trek ik mijn toestemming" in facts.body
    assert facts.received_on == dt.date(2026, 11, 20)
    assert facts.attachments == ["handtekening.txt"]
    assert facts.clear_kind == "withdrawal"


@pytest.mark.parametrize(
    "data, name",
    [
        (b"", "a.eml"),
        (b"hello world", "a.eml"),
        (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1broken", "a.msg"),
        (b"From: x\r\n\r\n", "a.msg"),
    ],
)
def test_not_an_email(data, name):
    with pytest.raises(mail_intake.UnreadableMail):
        mail_intake.read_mail_bytes(data, name)


def test_request_made_and_mail_kept_then_erased_with_the_person(db):
    contact = contacts_service.save_contact(
        contacts_service.ContactData(
            first_name="Mariëlle", last_name="de Jong", email="m.dejong@example.nl"
        ),
        today=TODAY,
    )
    raw = mail_files.QP_EML.encode("ascii")
    facts = mail_intake.read_mail_bytes(raw, "verzoek.eml")
    saved = mail_intake.request_from_mail(facts, facts.clear_kind, today=TODAY)
    assert (saved.kind, saved.received_on, saved.channel) == (
        "access",
        dt.date(2026, 7, 1),
        "email",
    )
    assert saved.contact_id == contact.id and saved.language == "nl"
    assert saved.requester_name == "Mariëlle de Jong"
    assert "[BSN]" in saved.description and "111222333" not in saved.description
    (doc,) = request_documents.documents_of(saved.id)
    assert doc.intact and doc.name == "verzoek.eml"
    kept = documents.read(m.RequestDocument.get_by_id(doc.id).file)
    assert kept is not None
    assert hashlib.sha256(kept).hexdigest() == doc.sha256
    copy = email.message_from_bytes(kept, policy=email.policy.default)
    assert str(copy["X-Received-SHA256"]).strip() == hashlib.sha256(raw).hexdigest()
    assert "111222333" not in kept.decode("utf-8") and "[BSN]" in copy.get_content()
    assert str(copy["Subject"]) == "Verzoek om inzage – mijn gegevens"

    erase_contact(contact.id, reason="manual", today=TODAY)
    assert request_documents.documents_of(saved.id) == []
    assert kept_documents.kept_names() == []  # on a server: the rows went with the erasure


def test_attachments_are_not_kept(db):
    facts = mail_intake.read_mail_bytes(mail_files.base64_eml_with_attachment(), "x.eml")
    saved = mail_intake.request_from_mail(facts, "erasure", today=TODAY)
    assert saved.language == "en" and saved.contact_id is None
    (doc,) = request_documents.documents_of(saved.id)
    name, kept = request_documents.document_bytes(doc.id)
    copy = email.message_from_bytes(kept, policy=email.policy.default)
    assert not list(copy.iter_attachments()) and b"passport scan" not in kept
    assert "[paspoort.pdf]" in copy.get_content()


def test_no_date_means_asking(db):
    facts = mail_intake.read_mail_bytes(mail_files.html_eml_without_date(), "b.eml")
    with pytest.raises(ServiceError):
        mail_intake.request_from_mail(facts, "objection", today=TODAY)
    assert not m.RightsRequest.select().exists()
    assert kept_documents.kept_names() == []
    saved = mail_intake.request_from_mail(facts, "objection", received_on=TODAY, today=TODAY)
    assert saved.received_on == TODAY
