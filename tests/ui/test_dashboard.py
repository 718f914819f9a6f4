"""The dashboard shows at once; its to-do list is read off the UI thread and fills in."""

from __future__ import annotations

import threading

import pytest

from soosr_desk.services import checks
from soosr_desk.store.seed import ACTIVITIES
from soosr_desk.ui.pages import dashboard
from soosr_desk.ui.pages.dashboard import DashboardPage

pytestmark = pytest.mark.gui


def test_the_to_do_list_is_read_off_the_ui_thread(db, qtbot, monkeypatch):
    release = threading.Event()
    threads = []
    real = checks.all_problems

    def slow(today):
        threads.append(threading.current_thread())
        release.wait(10)  # a 100,000-contact database: the read takes a moment
        return real(today)

    monkeypatch.setattr(checks, "all_problems", slow)
    counted = []
    real_overview = dashboard.overview

    def overview():
        counted.append(threading.current_thread())
        return real_overview()

    monkeypatch.setattr(dashboard, "overview", overview)
    page = DashboardPage()
    qtbot.addWidget(page)
    page.show()
    page.refresh()  # returns while the read still runs
    assert page.checking and page.checking_label.isVisible()
    assert not page.none_label.isVisible(), "not 'nothing to do' before the check said so"
    # the figures too are counted off the UI thread (issue 20), before the to-do list ends
    qtbot.waitUntil(lambda: page.values["activities"].text() == str(len(ACTIVITIES)), timeout=20000)
    assert counted and counted[0] is not threading.main_thread()
    qtbot.waitUntil(lambda: bool(threads), timeout=20000)
    assert threads[0] is not threading.main_thread()
    with qtbot.waitSignal(page.checked, timeout=20000):
        release.set()
    assert not page.checking_label.isVisible()
    assert page.problems.count() > 0


def test_an_older_read_never_overwrites_a_newer_one(db, qtbot, monkeypatch):
    first = threading.Event()
    calls = []
    real = checks.all_problems

    def answer(today):
        calls.append(1)
        if len(calls) == 1:
            first.wait(10)  # the first read is slow and ends last
            return []
        return real(today)

    monkeypatch.setattr(checks, "all_problems", answer)
    page = DashboardPage()
    qtbot.addWidget(page)
    page.refresh()
    qtbot.waitUntil(lambda: bool(calls))
    with qtbot.waitSignal(page.checked, timeout=5000):
        page.refresh()
    shown = page.problems.count()
    assert shown > 0
    first.set()
    from soosr_desk.ui import background

    background.wait_for_all()
    qtbot.wait(50)
    assert page.problems.count() == shown, "the stale empty answer was dropped"


def test_a_failed_read_says_so_instead_of_an_empty_list(db, qtbot, monkeypatch):
    def broken(today):
        raise OSError(5, "Input/output error")

    monkeypatch.setattr(checks, "all_problems", broken)
    page = DashboardPage()
    qtbot.addWidget(page)
    page.show()
    page.refresh()
    qtbot.waitUntil(lambda: "Checking" not in page.checking_label.text())
    assert page.checking_label.isVisible(), "the failure is said where the list would be"
    assert "went wrong" in page.checking_label.text() or "disk" in page.checking_label.text()
    assert not page.none_label.isVisible(), "never 'nothing needs your attention' after a failure"
