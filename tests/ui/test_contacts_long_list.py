"""A list longer than what a keystroke reads at once (issue 20): the first rows show at
once, the rest and the count come from a background read, and whatever the user does
meanwhile (type on, sort, print, open a contact) ends with the right list. The sizes are
made small so that a dozen contacts behave like 500,000."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, Qt

from soosr_desk.services import contacts as service
from soosr_desk.ui.main_window import MainWindow
from soosr_desk.ui.models import contacts_model

pytestmark = pytest.mark.gui

CITIES = ["Leiden", "Assen", "Zwolle", "Delft", "Amsterdam"]


@pytest.fixture
def people(db, monkeypatch):
    monkeypatch.setattr(contacts_model, "FIRST", 3)
    monkeypatch.setattr(contacts_model, "FEW", 4)
    return [
        service.save_contact(
            service.ContactData(
                first_name=f"Jan{i:02d}",
                last_name=["Jansen", "de Vries", "Bakker"][i % 3],
                city=CITIES[i % len(CITIES)],
                email=f"p{(i * 7) % 14:02d}@example.nl",
            )
        ).id
        for i in range(14)
    ]


@pytest.fixture
def page(db, db_path, people, qtbot):
    window = MainWindow(db_path)
    window.show()
    window.show_page(1)
    page = window.current_page()
    yield page
    page.editor.show_empty()
    window.close()
    window.deleteLater()


def _complete(page, qtbot):
    qtbot.waitUntil(page.model.is_complete, timeout=10_000)


def _column(page, key):
    col = page.model.KEYS.index(key)
    return [page.model.index(r, col).data() for r in range(page.model.rowCount())]


def _click_header(page, qtbot, key):
    header = page.view.horizontalHeader()
    pos = QPoint(header.sectionViewportPosition(page.model.KEYS.index(key)) + 10, 5)
    qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=pos)


def _names(ids):
    rows = service.rows_for(ids)
    return [rows[i].name for i in ids]


def test_the_whole_list_and_its_count_follow_the_first_rows(page, qtbot):
    _complete(page, qtbot)
    assert page.model.rowCount() == 14
    assert page.count.text().startswith("14 contact")
    qtbot.keyClicks(page.filter, "jan")  # every contact: more than the first rows
    assert page.model.rowCount() >= 3
    assert page.model.is_complete() or page.count.text() == "Counting contacts…"
    _complete(page, qtbot)
    assert _column(page, "name") == _names(service.search_ids("jan"))
    assert page.count.text().startswith("14 contact")


def test_typing_on_while_the_rest_is_read_ends_with_the_last_words(page, qtbot):
    for text in ("j", "ja", "jan", "jan0"):  # no waiting between the keys
        page.filter.setText(text)
    qtbot.keyClicks(page.filter, "1")  # "jan01"
    _complete(page, qtbot)
    assert _column(page, "name") == ["de Vries, Jan01"]
    page.filter.setText("ba")
    page.filter.setText("bakker")
    _complete(page, qtbot)
    assert _column(page, "name") == _names(service.search_ids("bakker"))
    assert len(_column(page, "name")) == 4
    assert page.count.text().startswith("4 contact")


@pytest.mark.parametrize("text", ["", "jan", "jansen", "jan01"])
def test_sorted_by_city_with_and_without_words(page, qtbot, text):
    """No words, many matches (more than are ordered at once), a few (ordered at once)."""
    _click_header(page, qtbot, "city")
    qtbot.keyClicks(page.filter, text)
    _complete(page, qtbot)
    assert _column(page, "name") == _names(service.search_ids(text, "city"))
    cities = [c.lower() for c in _column(page, "city")]
    assert cities == sorted(cities)
    _click_header(page, qtbot, "city")  # descending
    _complete(page, qtbot)
    assert _column(page, "name") == _names(service.search_ids(text, "city", True))


def test_a_contact_beyond_the_first_rows_is_selected_when_the_list_is_in(page, qtbot):
    _complete(page, qtbot)
    last = service.search_ids("")[-1]
    page.show_record(last)
    _complete(page, qtbot)
    assert page.editor.contact_id() == last
    assert page.model.contact_id(page.view.currentIndex().row()) == last


def test_printing_counts_the_whole_list_first(page, qtbot, monkeypatch):
    printed = []
    monkeypatch.setattr(
        "soosr_desk.ui.pages.contacts.print_table",
        lambda parent, title, headers, rows: printed.append(rows) or True,
    )
    page.filter.setText("jan")
    page.print_current()
    assert page.model.is_complete()
    assert len(printed[0]) == 14


def test_a_read_no_longer_wanted_never_makes_the_window_read_the_whole_list(
    page, qtbot, monkeypatch
):
    """Typing on from many matches to a few: the background read of the many is stopped,
    and its "stopped" is not taken for a failure that the UI thread must make up for."""
    on_ui_thread = []
    whole = contacts_model._whole_list

    def watched(text, key, order, reader):
        if reader is None:
            on_ui_thread.append(text)
        return whole(text, key, order, reader)

    monkeypatch.setattr(contacts_model, "_whole_list", watched)
    for _ in range(3):
        page.filter.setText("jan")  # many: the rest in the background
        page.filter.setText("jan01")  # one: complete at once
        qtbot.wait(200)
    _complete(page, qtbot)
    assert _column(page, "name") == ["de Vries, Jan01"]
    assert on_ui_thread == []
