"""The window makes a page the first time it is shown (issue 20), yet names every page
from the start and behaves the same once it is made."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QSettings

from soosr_desk.ui.main_window import MainWindow
from soosr_desk.ui.pages.contacts import ContactsPage
from soosr_desk.ui.pages.dashboard import DashboardPage

pytestmark = pytest.mark.gui


@pytest.fixture
def window(db, db_path, qtbot):
    w = MainWindow(db_path)
    qtbot.addWidget(w)
    w.show()
    return w


def test_only_the_dashboard_is_made_at_start_but_every_page_is_named(window):
    assert [type(p) for p in window.pages.made()] == [DashboardPage]
    names = [window.sidebar.item(i).text() for i in range(window.sidebar.count())]
    assert len(names) == len(window.pages) == 8
    assert all(names)
    assert [window.pages[i].title() for i in range(len(window.pages))] == names


def test_a_page_is_made_when_shown_and_tells_the_status_bar(window, qtbot):
    window.show_page(1)
    page = window.current_page()
    assert isinstance(page, ContactsPage)
    assert page.isVisible()
    assert window.pages.made_of(ContactsPage) is page
    page.status.emit("Opgeslagen.")
    assert window.statusBar().currentMessage() == "Opgeslagen."
    window.show_page(0)
    window.show_page(1)
    assert window.current_page() is page, "made once"


def test_the_contacts_splitter_comes_back_when_the_page_is_made(window, db_path, qtbot):
    window.show_page(1)
    page = window.current_page()
    page.splitter.setSizes([300, 700])
    wanted = page.splitter.sizes()
    QSettings().setValue("contacts/splitter", page.splitter.saveState())  # as at closing
    second = MainWindow(db_path)
    qtbot.addWidget(second)
    second.show()
    assert second.pages.made_of(ContactsPage) is None
    second.show_page(1)
    assert second.current_page().splitter.sizes() == wanted
