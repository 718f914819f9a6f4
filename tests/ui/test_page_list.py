"""The window makes a page the first time it is shown (issue 20), yet names every page
from the start and behaves the same once it is made."""

from __future__ import annotations

import os
import subprocess
import sys

import pytest
from PySide6.QtCore import QSettings

from soosr_desk.ui.main_window import MainWindow
from soosr_desk.ui.page_list import title_of
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


def test_pages_made_late_have_the_titles_and_topics_of_their_classes(window):
    from soosr_desk.ui.pages.breaches import BreachesPage
    from soosr_desk.ui.pages.requests import RequestsPage

    for kind in (RequestsPage, BreachesPage):
        i = window.pages.index_of(kind.__name__)
        entry = window.pages.entries()[i]
        assert entry.title() == title_of(kind)
        assert entry.topic == kind.help_topic
        assert window.sidebar.item(i).text() == title_of(kind)
        window.show_page(i)
        assert type(window.current_page()) is kind


def test_the_window_shows_without_the_calendar_library(db_path):
    """A fresh process: the window is up before icalendar (for the requests page's
    calendar export) is imported."""
    lines = _after_a_fresh_window(
        db_path,
        "print('icalendar' in sys.modules)\nw.show_page(4)\nprint('icalendar' in sys.modules)\n",
    )
    assert lines[-2:] == ["False", "True"]


def test_the_window_shows_without_the_server_driver_or_the_pdf_library(db_path):
    """A fresh process on the SQLite file: the window and its dashboard are up without
    psycopg (peewee would import it with itself) and without reportlab (the dashboard's
    checks import the letter and statement modules); a statement PDF then loads it."""
    lines = _after_a_fresh_window(
        db_path,
        "print('psycopg' in sys.modules, 'reportlab' in sys.modules)\n"
        "from soosr_desk.services import statement\n"
        "import datetime as dt\n"
        "print(statement.preview('nl', dt.date.today())[1][:5])\n"
        "print('reportlab' in sys.modules)\n",
    )
    assert lines[-3:] == ["False False", "b'%PDF-'", "True"]


def _after_a_fresh_window(db_path, then: str) -> list[str]:
    """The lines a fresh process prints when it opens `db_path`, shows the main window
    (`w`) and then runs `then`: what a start imports, unlike this test process."""
    code = (
        "import sys\n"
        "from soosr_desk.store.opening import open_database\n"
        "from soosr_desk.ui.app import make_application\n"
        "from soosr_desk.ui.main_window import MainWindow\n"
        "app = make_application()\n"
        "open_database(sys.argv[1])\n"
        "w = MainWindow(sys.argv[1]); w.show(); app.processEvents()\n"
        + then
        + "import os; os._exit(0)\n"
    )
    out = subprocess.run(
        [sys.executable, "-c", code, str(db_path)],
        capture_output=True,
        text=True,
        timeout=120,
        env=dict(os.environ, QT_QPA_PLATFORM="offscreen"),
    )
    assert out.returncode == 0, out.stderr[-2000:]
    return out.stdout.strip().splitlines()
