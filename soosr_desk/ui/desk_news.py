"""What other desks changed on the office server shows here within seconds (issue 18).

A QThread waits on a listening connection of its own (services/news.py; PostgreSQL
LISTEN/NOTIFY), never on the window's connection and never by reading tables over and
over. The areas another desk wrote reach the UI thread as a signal; after a short pause
(a burst of writes refreshes once) the page on screen is shown again when its area
changed. The other pages read afresh anyway when they are shown, and a page keeps what
the user is typing (Page.refresh leaves a form with changes alone). While a dialog is
open the refresh waits for it to close. On a desk's own file nothing of this runs."""

from __future__ import annotations

import logging

from PySide6.QtCore import QObject, QThread, QTimer, Signal
from PySide6.QtWidgets import QApplication

from soosr_desk.services import news

log = logging.getLogger(__name__)

PAUSE_MS = 400  # gathers a burst of writes into one refresh
RETRY_S = 5.0  # after the server went away: how long before connecting again
WAIT_S = 0.5  # how long one wait lasts: the thread ends within this after stop()


class _Listening(QThread):
    changed = Signal(object)  # a frozenset of area names
    connected = Signal()  # listening (again): what is written from now on is heard

    def __init__(self) -> None:
        super().__init__()
        self._stopping = False

    def stop(self) -> None:
        self._stopping = True

    def _pause(self, seconds: float) -> None:
        waited = 0.0
        while not self._stopping and waited < seconds:
            self.msleep(int(WAIT_S * 1000))
            waited += WAIT_S

    def run(self) -> None:
        listen = None
        missed = False  # the connection broke: what was written meanwhile is unknown
        while not self._stopping:
            if listen is None:
                try:
                    listen = news.listener()
                except news.ListenerGone as exc:
                    log.info("no news from the server (%s); trying again", exc)
                    missed = True
                    self._pause(RETRY_S)
                    continue
                if listen is None:
                    return  # a desk's own file: nobody else writes
                self.connected.emit()
                if missed:
                    self.changed.emit(news.ALL_AREAS)
                    missed = False
            try:
                tables = listen.wait(WAIT_S)
            except news.ListenerGone as exc:
                log.info("the news connection broke (%s)", exc)
                listen.close()
                listen, missed = None, True
                continue
            if tables:
                self.changed.emit(news.areas(tables))
        if listen is not None:
            listen.close()


class DeskNews(QObject):
    """Refreshes the window's page on screen when another desk changed its area."""

    refreshed = Signal(object)  # the areas shown again (for tests and the status bar)
    listening = Signal()  # the listening connection is (again) up

    def __init__(self, window) -> None:
        super().__init__(window)
        self.window = window
        self.pending: set[str] = set()
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(PAUSE_MS)
        self.timer.timeout.connect(self._refresh)
        self.thread: _Listening | None = None

    def start(self) -> bool:
        """Starts listening when the open database is the office's server; False on a file."""
        if not news.shared() or self.thread is not None:
            return False
        self.thread = _Listening()
        self.thread.changed.connect(self._heard)
        self.thread.connected.connect(self.listening)
        self.thread.start()
        return True

    def stop(self) -> None:
        self.timer.stop()
        if self.thread is not None:
            self.thread.stop()
            self.thread.wait()
            self.thread = None

    def _heard(self, areas) -> None:
        self.pending |= set(areas)
        if not self.timer.isActive():
            self.timer.start()

    def _refresh(self) -> None:
        if QApplication.activeModalWidget() is not None:
            self.timer.start()  # a dialog is open: after it closes
            return
        areas, self.pending = self.pending, set()
        page = self.window.current_page()
        if page.help_topic in areas and page.help_topic != "settings":
            page.changed_elsewhere()  # the settings form is read when shown (typed text)
        self.refreshed.emit(frozenset(areas))
