"""The register page driven as a user drives it."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from soosr_desk.services import activities as service
from soosr_desk.store import models as m
from soosr_desk.store.seed import ACTIVITIES
from soosr_desk.ui.pages.register import RegisterPage

pytestmark = pytest.mark.gui


@pytest.fixture
def page(db, qtbot):
    page = RegisterPage()
    qtbot.addWidget(page)
    page.resize(1366, 768)
    page.show()
    page.refresh()
    yield page
    page.editor.clear()


def _select(page, name):
    for r in range(page.proxy.rowCount()):
        if page.proxy.index(r, 0).data() == name:
            page.view.setCurrentIndex(page.proxy.index(r, 0))
            return
    raise AssertionError(name)


def test_seeded_activities_are_listed_and_flagged(page):
    assert page.model.rowCount() == len(ACTIVITIES)
    names = [page.proxy.index(r, 0).data() for r in range(len(ACTIVITIES))]
    assert names == sorted(names)
    attention = page.proxy.index(0, 4).data()
    assert "12" in attention  # not reviewed in the last 12 months (seed: 2019)


def test_filter_as_you_type(page, qtbot):
    qtbot.keyClicks(page.filter, "market")
    assert page.proxy.rowCount() == 1


def test_edit_purpose_and_mark_reviewed(page, qtbot):
    _select(page, "Direct marketing")
    editor = page.editor
    purpose = editor.fields["purpose"]
    purpose.setPlainText(purpose.toPlainText() + " Ook per sms.")
    qtbot.mouseClick(editor.reviewed_today, Qt.MouseButton.LeftButton)
    assert editor.save()
    a = m.ProcessingActivity.get(m.ProcessingActivity.name == "Direct marketing")
    assert a.purpose.endswith("Ook per sms.") and a.last_reviewed == dt.date.today()
    row = page.model.row_of(a.id)
    assert page.model.index(row, 4).data() == ""
    assert not editor.problems.isVisible()


def test_legitimate_interest_needs_the_interest(page, qtbot):
    _select(page, "Algemeen contact")
    editor = page.editor
    editor.fields["legitimate_interest"].setPlainText("")
    editor.reviewed_today.click()
    assert editor.save()
    a = m.ProcessingActivity.get(m.ProcessingActivity.name == "Algemeen contact")
    assert a.legitimate_interest == ""
    assert "not written down" in page.model.index(page.model.row_of(a.id), 4).data()
    assert "not written down" in editor.problems.text()


def test_transfer_needs_a_safeguard_and_bsn_is_refused(page, qtbot):
    _select(page, "Klantenaccount")
    editor = page.editor
    editor.tabs.setCurrentIndex(2)
    editor.fields["third_country_transfer"].setChecked(True)
    editor.fields["source"].setPlainText("BSN 111222333")
    assert editor.save() is False
    assert not editor._errors["transfer_safeguard"].isHidden()
    assert "BSN" in editor._errors["source"].text()
    assert not m.ProcessingActivity.get(
        m.ProcessingActivity.name == "Klantenaccount"
    ).third_country_transfer


def test_new_activity_with_categories(page, qtbot, monkeypatch):
    page.new_record()
    editor = page.editor
    qtbot.keyClicks(editor.fields["name"], "Sollicitaties")
    editor.fields["purpose"].setPlainText("Werving en selectie van nieuwe medewerkers.")
    editor.fields["legal_basis"].setCurrentIndex(editor.fields["legal_basis"].findData("consent"))
    from PySide6.QtWidgets import QInputDialog

    monkeypatch.setattr(QInputDialog, "getText", lambda *a, **k: ("Sollicitanten", True))
    editor.tabs.setCurrentIndex(1)
    buttons = [
        b for b in editor.findChildren(type(editor.save_button)) if b.text() == "Add category…"
    ]
    qtbot.mouseClick(buttons[0], Qt.MouseButton.LeftButton)
    assert editor.save()
    a = m.ProcessingActivity.get(m.ProcessingActivity.name == "Sollicitaties")
    subjects = [
        c.name
        for c in m.DataSubjectCategory.select()
        .join(m.ActivitySubjectCategory)
        .where(m.ActivitySubjectCategory.activity == a)
    ]
    assert subjects == ["Sollicitanten"]
    assert page.model.rowCount() == len(ACTIVITIES) + 1


def test_delete_asks_first(page, qtbot, monkeypatch):
    _select(page, "Klantenaccount")
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.No)
    page.delete_current()
    assert m.ProcessingActivity.select().count() == len(ACTIVITIES)
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    page.delete_current()
    assert m.ProcessingActivity.select().count() == len(ACTIVITIES) - 1


def test_export_from_the_page(page, qtbot, monkeypatch, tmp_path):
    from openpyxl import load_workbook
    from PySide6.QtWidgets import QFileDialog

    target = tmp_path / "register.xlsx"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    page.export()
    wb = load_workbook(target)
    assert wb["Verwerkingsregister"].max_row == len(ACTIVITIES) + 1


def test_service_refuses_stale_edit(db):
    a = service.get_activity(1)
    b = service.get_activity(1)
    a.owner = "Jan"
    service.save_activity(a)
    b.owner = "Piet"
    from soosr_desk.services.errors import Conflict

    with pytest.raises(Conflict):
        service.save_activity(b)
