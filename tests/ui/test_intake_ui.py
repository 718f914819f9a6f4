"""Issue 17 in the window: the import wizard, an e-mail dropped on the Requests page (as a
file and as Outlook hands it over), and a letter e-mailed as a draft."""

from __future__ import annotations

import datetime as dt
import email
import email.policy
import struct
from pathlib import Path

import pytest
from PySide6.QtCore import QMimeData, QPoint, Qt, QUrl
from PySide6.QtGui import QDesktopServices, QDropEvent
from PySide6.QtWidgets import QMessageBox, QWizard

from soosr_desk.services import requests
from soosr_desk.services.requests import letters as request_letters
from soosr_desk.store import models as m
from soosr_desk.ui import intake
from soosr_desk.ui.dialogs.import_wizard import ImportWizard
from soosr_desk.ui.dialogs.mail_request import MailRequestDialog
from soosr_desk.ui.mail_drop import CONTENTS, DESCRIPTOR, descriptor_names, mails_from_mime
from soosr_desk.ui.pages.requests import RequestsPage
from tests.services import contact_files, mail_files

pytestmark = pytest.mark.gui


def test_wizard_from_file_to_import(db, qtbot, tmp_path):
    path = tmp_path / "lijst.csv"
    path.write_bytes(contact_files.dutch_excel_csv())
    wizard = ImportWizard()
    qtbot.addWidget(wizard)
    wizard.show()
    page = wizard.file_page
    qtbot.keyClicks(page.path_edit, str(path))
    qtbot.waitUntil(lambda: "Windows-1252" in page.detected.text())
    assert wizard.currentPage() is page
    assert "Windows-1252" in page.detected.text() and "6" in page.detected.text()
    assert "CSV file with 6 rows and 7 columns." in page.detected.text()
    page.delimiter.setCurrentIndex(page.delimiter.findData(","))  # the user tries a comma
    assert wizard.table.delimiter == "," and len(wizard.table.headers) == 1
    page.delimiter.setCurrentIndex(page.delimiter.findData(";"))
    qtbot.mouseClick(wizard.button(QWizard.WizardButton.NextButton), Qt.MouseButton.LeftButton)
    assert wizard.currentPage() is wizard.mapping_page
    preview = wizard.mapping_page.preview
    assert preview.mapping() == [
        "first_name",
        "last_name",
        "company_name",
        "job_title",
        "email",
        "phone",
        "city",
    ]
    rows = preview.rows
    result = 1
    assert rows.item(1, 5).toolTip().startswith("This is not a valid e-mail")  # Els
    assert rows.item(3, 4).toolTip().startswith("A number that looks like a BSN")  # Bert
    assert rows.item(4, result).text().startswith("Skipped")  # Kees twice
    assert preview.summary.text() == "6 rows: 3 added, 0 updated, 3 skipped."
    wizard.grab().save(str(tmp_path / "wizard-preview.png"))
    # the job title column is not wanted
    preview.field_combo(3).setCurrentIndex(preview.field_combo(3).findData(""))
    qtbot.mouseClick(wizard.button(QWizard.WizardButton.NextButton), Qt.MouseButton.LeftButton)
    batch = wizard.batch_page
    assert wizard.currentPage() is batch and batch.source.currentData() == "manual"
    batch.source.setCurrentIndex(batch.source.findData("reference"))
    batch.relation.setCurrentIndex(batch.relation.findData("customer_contact"))
    batch.received.line.selectAll()
    qtbot.keyClicks(batch.received.line, "01-10-2026")
    wizard.grab().save(str(tmp_path / "wizard-batch.png"))
    with qtbot.waitSignal(wizard.imported) as done:
        qtbot.mouseClick(
            wizard.button(QWizard.WizardButton.FinishButton), Qt.MouseButton.LeftButton
        )
    assert done.args[0].added == 3
    jose = m.Contact.get(m.Contact.email == "jose@cava.nl")
    assert (jose.source, jose.relation, jose.received_on, jose.job_title) == (
        "reference",
        "customer_contact",
        dt.date(2026, 10, 1),
        "",
    )


def test_undo_the_last_import(db, qtbot, tmp_path, monkeypatch):
    from soosr_desk.services.importing.batch import run_import
    from soosr_desk.services.importing.checks import ImportOptions
    from soosr_desk.services.importing.mapping import guess_mapping
    from soosr_desk.services.importing.readers import read_table

    path = tmp_path / "google.csv"
    path.write_bytes(contact_files.google_csv())
    table = read_table(path)
    run_import(table, guess_mapping(table.headers), ImportOptions())
    monkeypatch.setattr(QMessageBox, "question", lambda *a: QMessageBox.StandardButton.Yes)
    told = []
    monkeypatch.setattr(QMessageBox, "information", lambda *a: told.append(a[2]))
    assert intake.undo_import(None)
    assert not m.Contact.select().where(m.Contact.email == "sanne@devries.example").exists()
    assert intake.undo_import(None) is False and told[-1] == "There is no import to undo."


def _outlook_drag(name: str, data: bytes) -> QMimeData:
    """What Outlook puts on the clipboard when a message is dragged out of it."""
    descriptor = bytearray(592)
    encoded = name.encode("utf-16-le")
    descriptor[72 : 72 + len(encoded)] = encoded
    mime = QMimeData()
    mime.setData(DESCRIPTOR, struct.pack("<I", 1) + bytes(descriptor))
    mime.setData(CONTENTS, data)
    return mime


def test_outlook_drag_formats_are_read():
    msg = mail_files.outlook_msg()
    mime = _outlook_drag("Intrekken toestemming.msg", msg)
    assert descriptor_names(bytes(mime.data(DESCRIPTOR).data())) == ["Intrekken toestemming.msg"]
    assert mails_from_mime(mime) == [("Intrekken toestemming.msg", msg)]
    assert mails_from_mime(QMimeData()) == []


@pytest.fixture
def page(db, qtbot):
    page = RequestsPage()
    qtbot.addWidget(page)
    page.resize(1366, 768)
    page.show()
    page.refresh()
    yield page
    page.editor.clear()


def _confirming(qtbot, kind=None, date=None, shots=None):
    def exec_(dialog):
        qtbot.addWidget(dialog)
        dialog.show()
        if shots is not None:
            dialog.grab().save(str(shots))
        if kind:
            dialog.kind.setCurrentIndex(dialog.kind.findData(kind))
        if date:
            qtbot.keyClicks(dialog.received.line, date.strftime("%d-%m-%Y"))
        dialog.accept()
        return dialog.result()

    return exec_


def _drop(page, mime):
    event = QDropEvent(
        QPoint(10, 10).toPointF(),
        Qt.DropAction.CopyAction,
        mime,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    page.dropEvent(event)


def test_outlook_message_dropped_on_the_requests_page(page, qtbot, monkeypatch, tmp_path):
    monkeypatch.setattr(MailRequestDialog, "exec", _confirming(qtbot, shots=tmp_path / "m.png"))
    _drop(page, _outlook_drag("Intrekken toestemming.msg", mail_files.outlook_msg()))
    saved = requests.get_request(page.editor.record_id())
    assert (saved.kind, saved.received_on, saved.requester_email) == (
        "withdrawal",
        dt.date(2026, 11, 20),
        "jan@groot.example",
    )
    assert m.RequestDocument.select().where(m.RequestDocument.request == saved.id).count() == 1
    opened = []
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: opened.append(url) or True)
    qtbot.mouseClick(page.kept_mail_button, Qt.MouseButton.LeftButton)
    kept = email.message_from_bytes(
        Path(opened[0].toLocalFile()).read_bytes(), policy=email.policy.default
    )
    assert kept["Subject"] == "Intrekken toestemming" and "[handtekening.txt]" in kept.get_content()


def test_outlook_drag_without_contents_says_what_to_do(page, qtbot):
    mime = _outlook_drag("Verzoek.msg", b"")
    with qtbot.waitSignal(page.status) as status:
        _drop(page, mime)
    assert "Save it first" in status.args[0]
    assert not m.RightsRequest.select().exists()


def test_undated_eml_file_dropped_asks_for_the_date(page, qtbot, monkeypatch, tmp_path):
    path = tmp_path / "bezwaar.eml"
    path.write_bytes(mail_files.html_eml_without_date())
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(path))])
    refused = []

    def first_without_date(dialog):
        qtbot.addWidget(dialog)
        assert dialog.received.value() is None and dialog.received.text() == ""
        assert dialog.kind.currentData() == "objection"  # suggested, to confirm
        dialog.accept()
        refused.append(dialog.error.text())
        return _confirming(qtbot, date=dt.date(2026, 11, 3))(dialog)

    monkeypatch.setattr(MailRequestDialog, "exec", first_without_date)
    _drop(page, mime)
    assert refused == ["Enter the date the request was received."]
    saved = requests.get_request(page.editor.record_id())
    assert saved.received_on == dt.date(2026, 11, 3) and saved.kind == "objection"


def test_letter_emailed_as_a_draft(page, qtbot, monkeypatch, tmp_path):
    monkeypatch.setattr(MailRequestDialog, "exec", _confirming(qtbot))
    page.take_mail("verzoek.eml", mail_files.QP_EML.encode("ascii"))
    request_id = page.editor.record_id()
    requests.link_contact(request_id, None)
    request_letters.make_letter(request_id, "answer")  # no data held: a draft
    page.refresh()
    page.show_record(request_id)
    opened = []
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: opened.append(url) or True)
    monkeypatch.setattr(QMessageBox, "question", lambda *a: QMessageBox.StandardButton.Yes)
    with qtbot.waitSignal(page.status) as status:
        qtbot.mouseClick(page.mail_button, Qt.MouseButton.LeftButton)
    assert status.args == ["The letter was e-mailed and marked sent."]
    assert not request_letters.letters_of(request_id)[-1].draft
    raw = Path(opened[0].toLocalFile()).read_bytes()
    draft = email.message_from_bytes(raw, policy=email.policy.default)
    assert draft["X-Unsent"] == "1" and draft["Subject"] == "Uw verzoek AVG-2026-0001"
    (pdf,) = draft.iter_attachments()
    assert pdf.get_content().startswith(b"%PDF")
