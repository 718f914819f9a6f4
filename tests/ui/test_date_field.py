"""One date field everywhere: typed with real key clicks, empty shows empty, the calendar
opens at today, an impossible date is refused next to the field and never saved."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import QDate, Qt

from soosr_desk.store import models as m
from soosr_desk.ui.date_field import DateField, NotADate, parse_date, parse_moment
from soosr_desk.ui.i18n import fmt_date
from soosr_desk.ui.pages.requests import RequestsPage

pytestmark = pytest.mark.gui
TODAY = dt.date.today()
NOV26 = dt.date(2026, 11, 26)


@pytest.mark.parametrize(
    "typed",
    [
        "26-11-2026",
        "26-11-26",
        "261126",
        "26112026",
        "26/11/2026",
        "2026-11-26",
        "26.11.2026",
        " 26-11-2026 ",
    ],
)
def test_every_way_of_typing_a_day(typed):
    assert parse_date(typed, dt.date(2026, 1, 5)) == NOV26


@pytest.mark.parametrize(
    "typed",
    ["31-02-2026", "310226", "29-02-2025", "00-01-2026", "26-13-2026", "kerst", "26-11", "1-1-206"],
)
def test_impossible_dates_are_refused(typed):
    with pytest.raises(NotADate):
        parse_date(typed, NOV26)


def test_words_and_times():
    assert parse_date("Vandaag", NOV26) == NOV26 and parse_date("today", NOV26) == NOV26
    assert parse_date("", NOV26) is None
    now = dt.datetime(2026, 11, 26, 14, 31, 12)
    assert parse_moment("26-11-2026 9:05", now) == dt.datetime(2026, 11, 26, 9, 5)
    assert parse_moment("nu", now) == dt.datetime(2026, 11, 26, 14, 31)
    assert parse_moment("261126", now) == dt.datetime(2026, 11, 26, 0, 0)
    with pytest.raises(NotADate):
        parse_moment("26-11-2026 25:00", now)


@pytest.fixture
def field(qtbot):
    f = DateField()
    qtbot.addWidget(f)
    f.show()
    return f


def test_typed_into_an_empty_field_keeps_every_digit(field, qtbot):
    assert field.text() == "" and field.value() is None  # empty shows empty
    qtbot.keyClicks(field.line, "26-11-2026")
    assert field.line.text() == "26-11-2026" and field.value() == NOV26  # every digit kept
    field.line.clear()
    qtbot.keyClicks(field.line, "261126")
    qtbot.keyClick(field.line, Qt.Key.Key_Return)
    assert field.value() == NOV26 and field.line.text() == fmt_date(NOV26)
    field.line.selectAll()
    qtbot.keyClicks(field.line, "vandaag")
    qtbot.keyClick(field.line, Qt.Key.Key_Tab)
    assert field.value() == TODAY


def test_an_impossible_date_is_said_next_to_the_field(field, qtbot):
    qtbot.keyClicks(field.line, "31-02-2026")
    qtbot.keyClick(field.line, Qt.Key.Key_Return)
    assert not field.is_valid() and field.value() is None
    assert field.error.isVisible() and "no such date" in field.error.text()
    field.line.clear()
    qtbot.keyClicks(field.line, "28-02-2026")
    assert field.is_valid() and not field.error.isVisible()


def test_the_calendar_opens_at_today_and_picks(field, qtbot, monkeypatch):
    opened = []
    monkeypatch.setattr(field.calendar_button, "showMenu", lambda: opened.append(True))
    qtbot.keyClick(field.line, Qt.Key.Key_Down, Qt.KeyboardModifier.AltModifier)
    assert opened, "Alt+Down opens the calendar"
    field._open_calendar()
    assert field.calendar.selectedDate() == QDate.currentDate()
    assert field.calendar.yearShown() == TODAY.year
    field._picked(QDate(2026, 11, 26))
    assert field.value() == NOV26 and field.text() == fmt_date(NOV26)


@pytest.fixture
def page(db, qtbot):
    page = RequestsPage()
    qtbot.addWidget(page)
    page.show()
    page.refresh()
    yield page
    page.editor.clear()


def test_identity_checked_on_is_typed_and_saved(page, qtbot):
    """The finding: typing 26-11-2026 in "Verified on" showed ' 6112026' and saved nothing."""
    page.new_record()
    editor = page.editor
    qtbot.keyClicks(editor.fields["requester_name"], "Bart Hermans")
    assert page.save()  # the identity tab opens once the request is saved
    qtbot.keyClicks(editor.fields["identity_verified_by"], "Hans")
    verified = editor.fields["identity_verified_on"]
    assert verified.text() == ""
    qtbot.keyClicks(verified.line, TODAY.strftime("%d-%m-%Y"))
    assert page.save()
    assert m.RightsRequest.get().identity_verified_on == TODAY


def test_an_impossible_date_is_not_saved(page, qtbot):
    page.new_record()
    editor = page.editor
    qtbot.keyClicks(editor.fields["requester_name"], "Bart Hermans")
    received = editor.fields["received_on"]
    received.line.selectAll()
    qtbot.keyClicks(received.line, "31-02-2026")
    assert not page.save()
    assert editor._errors["received_on"].isVisibleTo(editor)
    assert "no such date" in editor._errors["received_on"].text()
    assert m.RightsRequest.select().count() == 0
