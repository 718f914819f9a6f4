"""The breaches page driven as a user drives it: log a breach by typing, see the 72-hour
clock count down in the list, filter, refusals under their fields, closing."""

from __future__ import annotations

import datetime as dt
import re

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QMessageBox

from soosr_desk.services import breaches as service
from soosr_desk.store import models as m
from soosr_desk.ui.i18n import fmt_datetime
from soosr_desk.ui.pages.breaches import CLOCK_COLUMN, BreachesPage

pytestmark = pytest.mark.gui


@pytest.fixture
def page(db, qtbot):
    page = BreachesPage()
    qtbot.addWidget(page)
    # what the main window does: Ctrl+N and Ctrl+S go to the current page
    QShortcut(QKeySequence.StandardKey.New, page, page.new_record)
    QShortcut(QKeySequence.StandardKey.Save, page, page.save)
    page.resize(1366, 768)
    page.show()
    qtbot.waitExposed(page)
    page.activateWindow()
    page.refresh()
    yield page
    page.editor._data = None


def _now() -> dt.datetime:
    return dt.datetime.now().replace(second=0, microsecond=0)


def _log(hours_ago: float, description: str, **kw) -> service.BreachData:
    found = _now() - dt.timedelta(hours=hours_ago)
    return service.save_breach(service.BreachData(found_at=found, description=description, **kw))


def _cell(page, row: int, column: int, role=Qt.ItemDataRole.DisplayRole):
    return page.proxy.index(row, column).data(role)


def _type_moment(qtbot, edit, value: dt.datetime) -> None:
    edit.line.selectAll()
    qtbot.keyClicks(edit.line, value.strftime("%d-%m-%Y %H:%M"))


def test_log_a_breach_by_typing_and_ctrl_s(page, qtbot):
    assert page.model.rowCount() == 0 and not page.editor.isEnabled()
    qtbot.keyClick(page, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    editor = page.editor
    assert editor.isEnabled() and editor.heading.text() == "New breach"
    found = _now() - dt.timedelta(hours=5)
    _type_moment(qtbot, editor.fields["found_at"], found)
    qtbot.keyClicks(editor.fields["description"], "USB-stick met offertes kwijt.")
    qtbot.keyClick(editor.fields["description"], Qt.Key.Key_Return)
    qtbot.keyClicks(editor.fields["description"], "Geen back-up.")
    qtbot.keyClicks(editor.fields["measures"], "Klanten gebeld.")
    editor.tabs.setCurrentIndex(1)
    count = editor.fields["people_count"]
    count.setFocus()
    count.selectAll()
    qtbot.keyClicks(count, "120")
    deadline = found + dt.timedelta(hours=72)
    assert fmt_datetime(deadline) in editor.clock.text()
    assert "Report to the AP by:" in editor.clock.text()
    qtbot.keyClick(editor.fields["description"], Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)

    row = m.Breach.get()
    assert row.reference == f"DL-{found.year}-001"
    assert row.found_at == found and row.people_count == 120 and row.report_decision == ""
    assert row.description == "USB-stick met offertes kwijt.\nGeen back-up."
    assert editor.heading.text() == row.reference and not editor.is_dirty()
    assert page.model.rowCount() == 1
    assert _cell(page, 0, 0) == row.reference
    assert _cell(page, 0, 2) == "USB-stick met offertes kwijt."
    assert _cell(page, 0, 3) == "No decision yet"
    hours = int(re.fullmatch(r"(\d+) h left", _cell(page, 0, CLOCK_COLUMN)).group(1))
    assert hours in (66, 67)  # 67 h, minus the seconds the test took
    assert _cell(page, 0, CLOCK_COLUMN, Qt.ItemDataRole.ForegroundRole) is None


def test_clock_turns_orange_then_red_and_stops_when_reported(page):
    _log(10, "Ruim op tijd")
    _log(50, "Bijna verlopen")
    _log(80, "Verlopen zonder besluit")
    reported = _log(
        30,
        "Gemeld",
        report_decision="report",
        reported_to_authority_at=_now() - dt.timedelta(hours=1),
    )
    _log(90, "Niet te melden", report_decision="no_report", not_reported_reason="Versleuteld.")
    page.refresh()
    page.view.sortByColumn(CLOCK_COLUMN, Qt.SortOrder.AscendingOrder)
    rows = {_cell(page, r, 2): r for r in range(page.proxy.rowCount())}
    assert [_cell(page, r, 2) for r in range(3)] == [
        "Verlopen zonder besluit",
        "Bijna verlopen",
        "Ruim op tijd",
    ]

    def colour(text):
        brush = _cell(page, rows[text], CLOCK_COLUMN, Qt.ItemDataRole.ForegroundRole)
        return None if brush is None else brush.color().name()

    assert _cell(page, rows["Verlopen zonder besluit"], CLOCK_COLUMN) == "deadline passed"
    assert colour("Verlopen zonder besluit") == "#b00020"
    assert re.fullmatch(r"2[12] h left", _cell(page, rows["Bijna verlopen"], CLOCK_COLUMN))
    assert colour("Bijna verlopen") == "#b25b00"
    assert colour("Ruim op tijd") is None
    assert _cell(page, rows["Gemeld"], CLOCK_COLUMN).startswith("reported ")
    assert colour("Gemeld") is None
    assert _cell(page, rows["Niet te melden"], CLOCK_COLUMN) == "not to be reported"
    tip = _cell(page, rows["Verlopen zonder besluit"], 0, Qt.ItemDataRole.ToolTipRole)
    assert "ran out" in tip
    page.show_record(reported.id)
    assert page.editor.heading.text() == reported.reference
    assert "reported on" in page.editor.clock.text()


def test_filter_the_list_by_typing(page, qtbot):
    _log(2, "Phishingmail geopend door medewerker")
    _log(3, "Verkeerde bijlage gemaild")
    _log(4, "Inbraak in archiefkast")
    page.refresh()
    assert page.proxy.rowCount() == 3
    qtbot.keyClicks(page.filter, "PHISH")
    assert page.proxy.rowCount() == 1
    assert _cell(page, 0, 2) == "Phishingmail geopend door medewerker"
    page.filter.clear()
    qtbot.keyClicks(page.filter, "DL-")
    assert page.proxy.rowCount() == 3


def test_refusals_show_under_their_fields_and_nothing_is_saved(page, qtbot):
    page.new_record()
    editor = page.editor
    decision = editor.fields["report_decision"]
    decision.setCurrentIndex(decision.findData("no_report"))
    assert "decided not to report" in editor.clock.text()
    assert editor.save() is False
    assert not editor._errors["description"].isHidden()
    assert "what happened" in editor._errors["description"].text()
    assert "not reported" in editor._errors["not_reported_reason"].text()
    assert editor.tabs.currentIndex() == 0  # the tab of the first refusal
    assert m.Breach.select().count() == 0


def test_unsaved_changes_are_asked_about(page, qtbot, monkeypatch):
    _log(2, "Eerste")
    _log(3, "Tweede")
    page.refresh()
    page.view.sortByColumn(2, Qt.SortOrder.AscendingOrder)
    page.view.selectRow(0)
    first = page.editor.record_id()
    page.editor.fields["measures"].setPlainText("Half getypt")
    asked = []

    def cancel(box):
        asked.append(box.text())
        return QMessageBox.StandardButton.Cancel

    monkeypatch.setattr(QMessageBox, "exec", cancel)
    page.view.selectRow(1)
    assert asked == ["This breach has changes that are not saved yet."]
    assert page.editor.record_id() == first
    assert page.editor.fields["measures"].toPlainText() == "Half getypt"


def test_close_needs_a_decision_then_closes(page, qtbot, monkeypatch):
    saved = _log(2, "Mail aan verkeerde klant")
    page.refresh()
    page.show_record(saved.id)
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    page.close_current()
    assert "before closing" in page.editor._errors["report_decision"].text()
    assert m.Breach.get_by_id(saved.id).closed_on is None
    editor = page.editor
    decision = editor.fields["report_decision"]
    decision.setCurrentIndex(decision.findData("no_report"))
    qtbot.keyClicks(editor.fields["not_reported_reason"], "Klant heeft de mail verwijderd.")
    monkeypatch.setattr(QMessageBox, "exec", lambda box: QMessageBox.StandardButton.Save)
    page.close_current()  # saves the typed reason first (asked: Save), then closes
    row = m.Breach.get_by_id(saved.id)
    assert row.closed_on == dt.date.today() and row.not_reported_reason.startswith("Klant")
    assert _cell(page, 0, 5) != "" and not page.close_button.isEnabled()


def test_list_model_passes_the_model_tester(page, qtmodeltester):
    _log(2, "Een")
    _log(80, "Twee")
    page.refresh()
    qtmodeltester.check(page.model)
    qtmodeltester.check(page.proxy)
