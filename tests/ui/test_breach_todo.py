"""Issue 16 item 8: a breach without a decision is on the to-do list from the moment it is
logged, with the hours left; the breach page helps decide; F1 explains the page."""

from __future__ import annotations

import datetime as dt
import re

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from soosr_desk.rules.breaches import AP_REPORT_URL as AP_REPORT_PAGE
from soosr_desk.services import breaches as service
from soosr_desk.ui.help import HelpDialog, help_file
from soosr_desk.ui.main_window import MainWindow
from soosr_desk.ui.pages.breaches import BreachesPage
from soosr_desk.ui.pages.dashboard import DashboardPage

pytestmark = pytest.mark.gui


def test_a_breach_just_logged_is_on_the_dashboard_with_the_hours_left(db, qtbot, tmp_path):
    found = dt.datetime.now().replace(second=0, microsecond=0) - dt.timedelta(minutes=30)
    service.save_breach(service.BreachData(found_at=found, description="USB-stick kwijt"))
    page = DashboardPage()
    qtbot.addWidget(page)
    page.resize(1366, 768)
    page.show()
    with qtbot.waitSignal(page.checked, timeout=10000):
        page.refresh()
    texts = [page.problems.item(i).text() for i in range(page.problems.count())]
    breach = [t for t in texts if t.startswith("DL-")]
    assert breach, texts
    assert re.search(r"\b7[01] hours left\b", breach[0]), breach[0]
    page.grab().save(str(tmp_path / "dashboard.png"))


def test_the_breach_page_shows_the_criteria_and_the_ap_link(db, qtbot):
    page = BreachesPage()
    qtbot.addWidget(page)
    page.show()
    page.refresh()
    page.new_record()
    help_label = page.editor.decide_help
    text = help_label.text()
    assert AP_REPORT_PAGE in text and help_label.openExternalLinks()
    assert "72" in text and "Art. 33" in text and "Art. 34" in text


@pytest.mark.parametrize("language", ["nl", "en"])
def test_every_page_has_help_that_says_what_to_do_and_the_law(language):
    window_topics = (
        "dashboard",
        "contacts",
        "register",
        "third_parties",
        "requests",
        "retention",
        "breaches",
        "settings",
    )
    for topic in window_topics:
        path = help_file(topic, language)
        assert path is not None and path.parent.name == language, topic
        html = path.read_text("utf-8")
        words = len(re.sub(r"<[^>]+>", " ", html).split())
        assert words >= 180, f"{language}/{topic}: {words} words"
        assert re.search(r"<h3>", html), f"{language}/{topic}: no sections"
        assert re.search(r"\b(art\.|Art\.|artikel|article)", html), f"{language}/{topic}: no law"


def test_f1_opens_the_help_of_the_current_page(db, db_path, qtbot):
    window = MainWindow(db_path)
    window.show()
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    window.show_page(
        window.pages.index(next(p for p in window.pages if isinstance(p, BreachesPage)))
    )
    qtbot.keyClick(window, Qt.Key.Key_F1)
    dialog = window.help_dialog
    assert isinstance(dialog, HelpDialog) and dialog.isVisible()
    shown = dialog.browser.toPlainText()
    assert "72" in shown and len(shown.split()) >= 180
    dialog.close()
    window.close()
    window.deleteLater()
