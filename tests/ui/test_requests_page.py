"""The requests page driven as a user drives it: each kind from intake to the letter and
closing."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QInputDialog, QMessageBox

from soosr_desk.services import contacts as cs
from soosr_desk.services import requests as rq
from soosr_desk.services import third_parties
from soosr_desk.services.requests import letters as rl
from soosr_desk.services.requests import notices as rn
from soosr_desk.store import models as m
from soosr_desk.ui.pages.requests import RequestsPage
from tests import pdf_text

pytestmark = pytest.mark.gui
TODAY = dt.date.today()


@pytest.fixture
def page(db, qtbot):
    page = RequestsPage()
    qtbot.addWidget(page)
    page.resize(1366, 768)
    page.show()
    page.refresh()
    page.previewed = []
    page.editor.previewer = page.previewed.append
    yield page
    page.editor.clear()


@pytest.fixture
def anna(db):
    c = cs.save_contact(
        cs.ContactData(
            first_name="Anna", last_name="de Vries", email="anna@example.nl", city="Noordwijk"
        )
    )
    cs.give_consent(c.id, "Nieuwsbrief", TODAY, "formulier")
    return c


def _intake(page, qtbot, kind: str, name="Anna de Vries", email="anna@example.nl"):
    page.new_record()
    e = page.editor
    e.fields["kind"].setCurrentIndex(e.fields["kind"].findData(kind))
    qtbot.keyClicks(e.fields["requester_name"], name)
    qtbot.keyClicks(e.fields["requester_email"], email)
    qtbot.keyClicks(e.fields["requester_street"], "Dorpsstraat 1")
    qtbot.keyClicks(e.fields["requester_postcode"], "2201 AA")
    qtbot.keyClicks(e.fields["requester_city"], "Noordwijk")
    qtbot.keyClick(page, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert page.save()
    return rq.get_request(e.record_id())


def _link_first_match(page, qtbot):
    e = page.editor
    e.tabs.setCurrentIndex(1)
    assert e.matches.rowCount() >= 1
    e.matches.selectRow(0)
    qtbot.mouseClick(e.link_button, Qt.MouseButton.LeftButton)


class _SentDialog:
    """Stands in for the modal MarkSentDialog: the date and the way staff would pick."""

    def __init__(self, on=None, by="post"):
        self.on, self.by = on, by

    def __call__(self, today, parent=None):
        self.on = self.on or today
        return self

    def exec(self):
        return True

    def values(self):
        return self.on, self.by


def _mark_last_sent(page, qtbot, by="post"):
    e = page.editor
    e.sent_dialog = _SentDialog(by=by)
    e.tabs.setCurrentWidget(e.letters_tab)
    e.letter_table.selectRow(e.letter_table.rowCount() - 1)
    qtbot.mouseClick(e.sent_button, Qt.MouseButton.LeftButton)


def _answer_and_close(page, qtbot):
    e = page.editor
    qtbot.mouseClick(e.answer_button, Qt.MouseButton.LeftButton)
    assert page.previewed, e.message.text()
    assert rq.get_request(e.record_id()).status != "answered"  # made is not sent
    _mark_last_sent(page, qtbot)
    assert rq.get_request(e.record_id()).status == "answered", e.message.text()
    qtbot.mouseClick(e.close_button, Qt.MouseButton.LeftButton)
    return rq.get_request(e.record_id())


def test_intake_shows_reference_and_days_left(page, qtbot):
    req = _intake(page, qtbot, "access")
    assert req.reference == f"AVG-{TODAY.year}-0001"
    row = page.model.row_of(req.id)
    assert page.model.index(row, 0).data() == req.reference
    assert page.model.index(row, 4).data() == str((req.deadline - TODAY).days)
    assert " days left." in page.editor.problems.text()


def test_a_received_date_in_the_future_is_refused(page, qtbot):
    page.new_record()
    e = page.editor
    qtbot.keyClicks(e.fields["requester_name"], "X")
    e.fields["received_on"].line.clear()
    qtbot.keyClicks(e.fields["received_on"].line, "morgen")
    assert not page.save()
    assert e._errors["received_on"].isVisibleTo(e)
    assert m.RightsRequest.select().count() == 0


def test_access_end_to_end(page, qtbot, anna):
    _intake(page, qtbot, "access")
    _link_first_match(page, qtbot)
    assert "Anna" in page.editor.linked.text()
    closed = _answer_and_close(page, qtbot)
    assert closed.status == "closed"
    assert [x.kind for x in rl.letters_of(closed.id)] == ["answer"]


def test_rectification_end_to_end_with_a_recipient(page, qtbot, anna, monkeypatch):
    activity = (
        m.ProcessingActivity.select().where(m.ProcessingActivity.legal_basis != "consent").first()
    )
    third_parties.save_third_party(
        third_parties.ThirdPartyData(name="Boekhoudt B.V.", activity_ids=[activity.id])
    )
    _intake(page, qtbot, "rectification")
    _link_first_match(page, qtbot)
    e = page.editor
    e.rect_fields["city"].clear()
    qtbot.keyClicks(e.rect_fields["city"], "Leiden")
    qtbot.mouseClick(e.rectify_button, Qt.MouseButton.LeftButton)
    assert cs.get_contact(anna.id).city == "Leiden"
    assert "Noordwijk → Leiden" in e.changes_label.text()
    qtbot.mouseClick(e.answer_button, Qt.MouseButton.LeftButton)
    _mark_last_sent(page, qtbot)
    qtbot.mouseClick(e.close_button, Qt.MouseButton.LeftButton)
    assert "Boekhoudt B.V." in e.message.text()  # Art. 19 first
    e.notice_table.selectRow(0)
    qtbot.mouseClick(e.told_button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(e.close_button, Qt.MouseButton.LeftButton)
    assert rq.get_request(e.record_id()).status == "closed"


@pytest.mark.parametrize("kind", ["restriction", "objection", "withdrawal"])
def test_flag_kinds_end_to_end(page, qtbot, anna, kind):
    _intake(page, qtbot, kind)
    _link_first_match(page, qtbot)
    e = page.editor
    button = {
        "restriction": e.restrict_button,
        "objection": e.object_button,
        "withdrawal": e.withdraw_button,
    }[kind]
    e.tabs.setCurrentIndex(3)
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    c = cs.get_contact(anna.id)
    if kind == "restriction":
        assert c.restricted
        for n in rn.notices(e.record_id()):
            rn.set_notice(n.id, TODAY)
        page.refresh()
    elif kind == "objection":
        assert c.objected_marketing
    else:
        assert all(not x.active for x in cs.list_consents(anna.id))
    assert _answer_and_close(page, qtbot).status == "closed"


def test_portability_end_to_end(page, qtbot, anna):
    _intake(page, qtbot, "portability")
    _link_first_match(page, qtbot)
    closed = _answer_and_close(page, qtbot)
    letters = rl.letters_of(closed.id)
    assert letters[0].has_attachment


def test_erasure_end_to_end(page, qtbot, anna, monkeypatch):
    _intake(page, qtbot, "erasure")
    _link_first_match(page, qtbot)
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    qtbot.mouseClick(page.editor.erase_button, Qt.MouseButton.LeftButton)
    erased = m.Contact.get_or_none(m.Contact.id == anna.id)
    assert erased is None or erased.erased
    assert _answer_and_close(page, qtbot).status == "closed"


def test_no_data_held_answer(page, qtbot):
    _intake(page, qtbot, "access", name="Onbekende Persoon", email="x@example.nl")
    qtbot.mouseClick(page.editor.no_data_button, Qt.MouseButton.LeftButton)
    assert "no data" in page.editor.linked.text()
    assert _answer_and_close(page, qtbot).status == "closed"


def test_extension_and_refusal(page, qtbot, monkeypatch):
    req = _intake(page, qtbot, "access")
    monkeypatch.setattr(
        QInputDialog, "getMultiLineText", lambda *a, **k: ("Veel verzoeken tegelijk", True)
    )
    qtbot.mouseClick(page.editor.extend_button, Qt.MouseButton.LeftButton)
    extended = rq.get_request(req.id)
    assert extended.extended and extended.deadline > req.deadline
    assert [x.kind for x in rl.letters_of(req.id)] == ["extension"]
    assert page.previewed  # the extension letter is shown at once, as a draft
    assert not page.editor.extend_button.isEnabled()
    qtbot.mouseClick(page.editor.refuse_button, Qt.MouseButton.LeftButton)
    assert rq.get_request(req.id).status == "in_progress"  # the refusal is a draft
    _mark_last_sent(page, qtbot, by="email")
    assert rq.get_request(req.id).status == "refused"
    assert not page.editor.answer_button.isEnabled()


def test_days_left_sort_as_numbers(page, qtbot):
    for days in (40, 3, 25):
        rq.save_request(
            rq.RequestData(received_on=TODAY - dt.timedelta(days=days), requester_name=f"R{days}")
        )
    page.refresh()
    page.view.sortByColumn(4, Qt.SortOrder.AscendingOrder)
    values = [int(page.proxy.index(r, 4).data()) for r in range(3)]
    assert values == sorted(values)


def test_a_letter_prints_every_page(db, qtbot, tmp_path):
    from PySide6.QtPrintSupport import QPrinter

    from soosr_desk.ui.widgets.pdf_view import PdfPreview, print_pdf

    person = cs.save_contact(cs.ContactData(first_name="Printer", last_name="Proef"))
    for i in range(60):
        cs.add_note(person.id, f"Notitie {i} " + "tekst " * 20)
    req = rq.save_request(
        rq.RequestData(received_on=TODAY, requester_name="Printer Proef", contact_id=person.id)
    )
    letter = rl.make_letter(req.id, "answer", today=TODAY)
    name, pdf, _a, _b = rl.letter_file(letter.id)
    pages = pdf_text.page_count(pdf)
    assert pages > 1
    preview = PdfPreview(pdf, name, name)
    qtbot.addWidget(preview)
    assert preview.page_count == pages
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(tmp_path / "printed.pdf"))
    assert print_pdf(pdf, printer) == pages
    assert pdf_text.page_count(tmp_path / "printed.pdf") == pages


def test_save_letters_of_open_requests(page, qtbot, tmp_path, monkeypatch):
    from PySide6.QtWidgets import QFileDialog

    a = rq.save_request(rq.RequestData(received_on=TODAY, requester_name="A. Aa"))
    rq.save_request(rq.RequestData(received_on=TODAY, requester_name="B. Bb"))
    rq.refuse(a.id, "Het twintigste gelijke verzoek.", today=TODAY)  # its letter, a draft
    monkeypatch.setattr(QFileDialog, "getExistingDirectory", lambda *a, **k: str(tmp_path))
    told = []
    monkeypatch.setattr(QMessageBox, "information", lambda *a, **k: told.append(a[2]))
    qtbot.mouseClick(page.letters_button, Qt.MouseButton.LeftButton)
    pdfs = [p for p in tmp_path.iterdir() if p.suffix == ".pdf"]
    assert len(pdfs) == 1 and pdfs[0].name.startswith(a.reference)
    assert told and told[0].startswith("1 file written") and "No letter yet" in told[0]


def test_saving_letters_again_asks_before_replacing(page, qtbot, tmp_path, monkeypatch):
    """Issue 15: an existing letter file is replaced only after the user said so."""
    from PySide6.QtWidgets import QFileDialog

    a = rq.save_request(rq.RequestData(received_on=TODAY, requester_name="A. Aa"))
    rq.refuse(a.id, "Het twintigste gelijke verzoek.", today=TODAY)  # its letter, a draft
    monkeypatch.setattr(QFileDialog, "getExistingDirectory", lambda *a, **k: str(tmp_path))
    monkeypatch.setattr(QMessageBox, "information", lambda *a, **k: None)
    assert page.save_letters()
    pdf = next(p for p in tmp_path.iterdir() if p.suffix == ".pdf")
    pdf.write_bytes(b"the office's own edited copy")
    asked = []
    monkeypatch.setattr(
        QMessageBox, "question", lambda *a, **k: asked.append(a[2]) or QMessageBox.StandardButton.No
    )
    assert not page.save_letters()
    assert asked and pdf.name in asked[0]
    assert pdf.read_bytes() == b"the office's own edited copy"
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    assert page.save_letters()
    assert pdf.read_bytes().startswith(b"%PDF")


def test_a_draft_is_discarded_and_post_without_an_address_is_refused(page, qtbot, anna):
    page.new_record()
    e = page.editor
    qtbot.keyClicks(e.fields["requester_name"], "Anna de Vries")
    qtbot.keyClicks(e.fields["requester_email"], "anna@example.nl")
    assert page.save()
    _link_first_match(page, qtbot)
    qtbot.mouseClick(e.answer_button, Qt.MouseButton.LeftButton)
    _mark_last_sent(page, qtbot, by="post")
    assert "no postal address" in e.message.text()
    assert rl.letters_of(e.record_id())[-1].draft
    e.letter_table.selectRow(0)
    qtbot.mouseClick(e.discard_button, Qt.MouseButton.LeftButton)
    assert rl.letters_of(e.record_id()) == []
    qtbot.mouseClick(e.answer_button, Qt.MouseButton.LeftButton)
    _mark_last_sent(page, qtbot, by="email")
    assert rq.get_request(e.record_id()).status == "answered"
    e.letter_table.selectRow(0)
    qtbot.mouseClick(e.discard_button, Qt.MouseButton.LeftButton)
    assert "was sent" in e.message.text() and rl.letters_of(e.record_id())


def test_objection_to_an_activity_is_decided_with_reasons(page, qtbot, anna, tmp_path):
    _intake(page, qtbot, "objection")
    _link_first_match(page, qtbot)
    e = page.editor
    e.tabs.setCurrentIndex(3)
    panel = e.outcome_panel
    assert panel.isVisibleTo(e) and panel.activity.isVisibleTo(e)
    panel.outcome.setCurrentIndex(panel.outcome.findData("objection_denied"))
    panel.activity.setCurrentIndex(panel.activity.findText("Algemeen contact"))
    qtbot.mouseClick(panel.decide_button, Qt.MouseButton.LeftButton)
    assert "reasons" in e.message.text()  # the reasons are required
    qtbot.keyClicks(panel.reason, "Uw gegevens zijn nodig voor de lopende offerte.")
    qtbot.mouseClick(panel.decide_button, Qt.MouseButton.LeftButton)
    req = rq.get_request(e.record_id())
    assert req.outcome == "objection_denied" and req.objection_activity_id
    e.grab().save(str(tmp_path / "request_editor.png"))
    qtbot.mouseClick(e.answer_button, Qt.MouseButton.LeftButton)
    _name, pdf, _a, _b = rl.letter_file(rl.letters_of(req.id)[-1].id)
    text = " ".join(pdf_text.pages(pdf))
    for expected in (
        "Algemeen contact",
        "dwingende gerechtvaardigde gronden",
        "lopende offerte",
        "artikel 35 UAVG",
    ):
        assert expected in " ".join(text.split()), expected


def test_erasure_under_a_legal_hold_is_refused_with_ground_and_reasons(page, qtbot, monkeypatch):
    held = cs.save_contact(
        cs.ContactData(
            first_name="Anna",
            last_name="de Vries",
            email="anna@example.nl",
            legal_hold=True,
            legal_hold_reason="Incassozaak 2026-17",
        )
    )
    _intake(page, qtbot, "erasure")
    _link_first_match(page, qtbot)
    e = page.editor
    e.tabs.setCurrentIndex(3)
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    qtbot.mouseClick(e.erase_button, Qt.MouseButton.LeftButton)
    assert "legal hold" in e.message.text() and not cs.get_contact(held.id).erased
    qtbot.mouseClick(e.answer_button, Qt.MouseButton.LeftButton)
    assert "Erase the person first" in e.message.text()  # no "erased" letter without erasure
    panel = e.outcome_panel
    assert panel.ground.isVisibleTo(e) and not panel.activity.isVisibleTo(e)
    panel.ground.setCurrentIndex(panel.ground.findData("legal_claims"))
    qtbot.keyClicks(panel.reason, "Er loopt een incassoprocedure.")
    qtbot.mouseClick(panel.decide_button, Qt.MouseButton.LeftButton)
    assert rq.get_request(e.record_id()).erasure_ground == "legal_claims"
    qtbot.mouseClick(e.answer_button, Qt.MouseButton.LeftButton)
    _mark_last_sent(page, qtbot)
    assert rq.get_request(e.record_id()).outcome == "erasure_refused"


def test_a_letter_is_made_off_the_ui_thread(page, qtbot, anna, monkeypatch):
    """Issue 20: a letter for a person with many notes took 0.3 s on the UI thread."""
    import threading

    threads = []
    real = rl.make_letter

    def watched(*args, **kwargs):
        threads.append(threading.current_thread())
        return real(*args, **kwargs)

    monkeypatch.setattr(rl, "make_letter", watched)
    _intake(page, qtbot, "access")
    _link_first_match(page, qtbot)
    qtbot.mouseClick(page.editor.answer_button, Qt.MouseButton.LeftButton)
    assert page.previewed, page.editor.message.text()
    assert threads and threads[0] is not threading.main_thread()
