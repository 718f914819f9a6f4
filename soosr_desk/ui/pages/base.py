"""What every sidebar page offers the main window."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QWidget


class Page(QWidget):
    """A sidebar page. The main window routes Ctrl+N, Ctrl+S and Ctrl+F to the current
    page and asks `can_leave()` before switching pages or closing."""

    status = Signal(str)  # a line for the status bar: what just happened

    help_topic = ""

    def title(self) -> str:
        raise NotImplementedError

    def refresh(self) -> None:
        """Re-reads the data: the main window calls it each time the page is shown, so a
        page always shows what other pages, dialogs and windows changed meanwhile."""

    def changed_elsewhere(self) -> None:
        """Another desk on the office server changed this page's area (ui/desk_news.py):
        re-read as when shown; a page whose refresh keeps its list of records overrides."""
        self.refresh()

    def can_leave(self) -> bool:
        """False when unsaved work should keep the user here (the page has asked)."""
        return True

    def new_record(self) -> bool:
        return False

    def save(self) -> bool:
        return False

    def focus_search(self) -> bool:
        return False

    def print_current(self) -> bool:
        """Ctrl+P: prints what the page shows (a list, a letter); False when nothing."""
        return False

    def show_record(self, record_id: int) -> None:
        """Selects and opens one record (from a line on the dashboard)."""
