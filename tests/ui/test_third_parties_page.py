"""The third parties page driven as a user drives it: a processor is added, its agreement
recorded and ticked, the signed document attached; the dashboard follows along."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog, QMessageBox

from soosr_desk.rules.agreements import CHECKLIST
from soosr_desk.services import agreements, checks
from soosr_desk.services import third_parties as service
from soosr_desk.store import models as m
from soosr_desk.ui.pages.dashboard import DashboardPage
from soosr_desk.ui.pages.third_parties import ThirdPartiesPage

pytestmark = pytest.mark.gui


@pytest.fixture
def page(db, qtbot):
    page = ThirdPartiesPage()
    qtbot.addWidget(page)
    page.resize(1366, 768)
    page.show()
    page.refresh()
    yield page
    page.editor.agreement.clear()
    page.editor.clear()


def _dashboard_lines(qtbot) -> list[str]:
    dash = DashboardPage()
    qtbot.addWidget(dash)
    with qtbot.waitSignal(dash.checked):
        dash.refresh()
    return [dash.problems.item(i).text() for i in range(dash.problems.count())]


def _new_processor(page, qtbot, name="Salarisgemak B.V."):
    qtbot.keyClick(page, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    page.new_record()
    editor = page.editor
    qtbot.keyClicks(editor.fields["name"], name)
    editor.fields["category_id"].setCurrentIndex(1)
    qtbot.keyClicks(editor.fields["contact_person"], "P. Jansen")
    assert editor.is_dirty()
    assert page.save()
    return m.ThirdParty.get(m.ThirdParty.name == name)


def test_add_a_processor_and_see_it_listed_and_flagged(page, qtbot):
    party = _new_processor(page, qtbot)
    row = page.model.row_of(party.id)
    assert row >= 0
    assert page.model.index(row, 4).data() == "Missing"
    assert "without a processor agreement" in page.model.index(row, 0).data(
        Qt.ItemDataRole.ToolTipRole
    )
    assert any("Salarisgemak B.V.: A processor without" in x for x in _dashboard_lines(qtbot))


def test_filter_as_you_type(page, qtbot):
    _new_processor(page, qtbot, "Alpha Hosting")
    _new_processor(page, qtbot, "Beta Drukkerij")
    qtbot.keyClicks(page.filter, "druk")
    assert page.proxy.rowCount() == 1
    assert page.proxy.index(0, 0).data() == "Beta Drukkerij"


def test_a_complete_agreement_clears_the_dashboard(page, qtbot, tmp_path):
    party = _new_processor(page, qtbot)
    editor = page.editor
    assert editor.agreements_tab.isEnabled()
    qtbot.mouseClick(editor.new_agreement_button, Qt.MouseButton.LeftButton)
    ag = editor.agreement
    qtbot.keyClicks(ag.fields["title"], "Verwerkersovereenkomst 2026")
    ag.fields["status"].setCurrentIndex(ag.fields["status"].findData("signed"))
    qtbot.keyClicks(ag.fields["signed_on"].line, "1-3-2026")
    qtbot.keyClicks(ag.fields["expires_on"].line, "010330")
    # Ctrl+S on the page saves the agreement being edited
    assert page.save()
    saved = m.ProcessorAgreement.get(m.ProcessorAgreement.third_party == party.id)
    assert saved.status == "signed" and saved.signed_on == dt.date(2026, 3, 1)
    assert any("misses 16 of the 16 points" in x for x in _dashboard_lines(qtbot))
    ag.checklist.tick_all()
    security = [p.code for p in CHECKLIST].index("security")
    ag.checklist.item(security, 2).setText("Bijlage 2")
    assert page.editor.is_dirty()
    assert ag.save()
    items = {i.point: (i.ticked, i.note) for i in saved.checklist}
    assert all(t for t, _n in items.values()) and items["security"] == (True, "Bijlage 2")
    assert editor.agreement_list.item(0, 4).text() == f"{len(CHECKLIST)}/{len(CHECKLIST)}"
    assert any("document is not attached" in x for x in _dashboard_lines(qtbot))
    doc = tmp_path / "getekend.pdf"
    doc.write_bytes(b"%PDF-1.4 getekend")
    assert ag.attach_path(doc)
    assert "getekend.pdf" in ag.document.text() and "intact" in ag.document.text()
    assert not [x for x in _dashboard_lines(qtbot) if "Salarisgemak" in x]
    row = page.model.row_of(party.id)
    assert page.model.index(row, 4).data() == "Complete"
    opened = []
    ag.opener = opened.append
    qtbot.mouseClick(ag.open_button, Qt.MouseButton.LeftButton)
    assert opened == [agreements.document_path(saved.id)]


def test_attach_through_the_file_dialog_saves_a_new_agreement_first(
    page, qtbot, tmp_path, monkeypatch
):
    _new_processor(page, qtbot)
    page.editor.new_agreement()
    doc = tmp_path / "concept.pdf"
    doc.write_bytes(b"%PDF concept")
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(doc), ""))
    qtbot.mouseClick(page.editor.agreement.attach_button, Qt.MouseButton.LeftButton)
    ag = m.ProcessorAgreement.get()
    assert ag.document_name == "concept.pdf"


def test_a_missing_copy_is_shown_and_open_is_refused(page, qtbot, tmp_path):
    party = _new_processor(page, qtbot)
    page.editor.new_agreement()
    ag = page.editor.agreement
    qtbot.keyClicks(ag.fields["title"], "VWO")
    assert ag.save()
    doc = tmp_path / "vwo.pdf"
    doc.write_bytes(b"%PDF vwo")
    assert ag.attach_path(doc)
    agreements.document_path(ag.record_id()).unlink()
    page.refresh()
    page.show_record(party.id)
    assert "MISSING" in page.editor.agreement.document.text()
    assert not page.editor.agreement.open_button.isEnabled()


def test_a_vanished_file_gives_a_clear_message(page, qtbot, tmp_path):
    _new_processor(page, qtbot)
    page.editor.new_agreement()
    ag = page.editor.agreement
    assert ag.save()
    assert not ag.attach_path(tmp_path / "weg.pdf")
    assert ag.message.isVisible() or not ag.message.isHidden()
    assert "no longer exists at the place it was chosen from" in ag.message.text()


def test_outside_the_eea_shows_the_hint_and_the_problem(page, qtbot):
    page.new_record()
    editor = page.editor
    qtbot.keyClicks(editor.fields["name"], "Cloudy Inc.")
    editor.fields["role"].setCurrentIndex(editor.fields["role"].findData("independent_controller"))
    editor.fields["country"].clear()
    qtbot.keyClicks(editor.fields["country"], "US")
    assert editor.outside.isVisibleTo(editor)
    assert page.save()
    lines = _dashboard_lines(qtbot)
    assert any("Cloudy Inc.: Receives data in a country outside the EEA (US)" in x for x in lines)
    qtbot.keyClicks(editor.fields["safeguard"], "EU-US Data Privacy Framework")
    assert page.save()
    assert not [x for x in _dashboard_lines(qtbot) if "Cloudy" in x]


def test_refusals_show_next_to_the_field_and_keep_the_text(page, qtbot):
    page.new_record()
    editor = page.editor
    qtbot.keyClicks(editor.fields["contact_email"], "geen-adres")
    assert not page.save()
    assert editor._errors["name"].isVisibleTo(editor)
    assert editor._errors["contact_email"].isVisibleTo(editor)
    assert editor.fields["contact_email"].text() == "geen-adres"
    assert m.ThirdParty.select().count() == 0


def test_leaving_with_unsaved_agreement_asks(page, qtbot, monkeypatch):
    party = _new_processor(page, qtbot)
    page.editor.new_agreement()
    qtbot.keyClicks(page.editor.agreement.fields["title"], "Half getypt")
    asked = []
    monkeypatch.setattr(
        QMessageBox,
        "exec",
        lambda self: asked.append(self.text()) or QMessageBox.StandardButton.Cancel,
    )
    assert not page.can_leave()
    assert asked and "not saved" in asked[0]
    assert (
        m.ProcessorAgreement.select().where(m.ProcessorAgreement.third_party == party.id).count()
        == 0
    )


def test_dashboard_line_opens_the_agreement(qtbot, db):
    from soosr_desk.ui.main_window import MainWindow

    party = service.save_third_party(service.ThirdPartyData(name="Drukkerij Zwart"))
    window = MainWindow(m.database_proxy.obj.database)
    qtbot.addWidget(window)
    window.show()
    problems = [p for p in checks.all_problems(dt.date.today()) if p.record == party.id]
    assert problems
    window.open_record("third_parties", party.id)
    page = window.current_page()
    assert isinstance(page, ThirdPartiesPage)
    assert page.editor.record_id() == party.id
    assert page.editor.tabs.currentWidget() is page.editor.agreements_tab
