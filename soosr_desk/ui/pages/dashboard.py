"""The dashboard: what the database holds at a glance. Problems to act on (agreements,
deadlines, erasure, breaches) are added by the issues that build those parts."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QGridLayout,
    QGroupBox,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
)

from soosr_desk.rules.problem import Problem
from soosr_desk.services import checks
from soosr_desk.services.overview import overview
from soosr_desk.ui import background
from soosr_desk.ui.errors import failure_text, log_exception
from soosr_desk.ui.i18n import fmt_number, tr_filled
from soosr_desk.ui.pages.base import Page
from soosr_desk.ui.printing import print_table


def problem_text(problem: Problem) -> str:
    """A problem in the user's language, with dates written the local way."""
    text = tr_filled(problem.message, problem.params)
    return f"{problem.label}: {text}" if problem.label else text


class DashboardPage(Page):
    help_topic = "dashboard"
    open_record = Signal(str, object)  # area, record id (None: the page itself)
    checked = Signal()  # the to-do list is filled

    def __init__(self, parent=None):
        super().__init__(parent)
        self.checking = False
        layout = QVBoxLayout(self)
        self.heading = QLabel()
        self.heading.setStyleSheet("font-size: 18pt; font-weight: 600;")
        layout.addWidget(self.heading)
        todo = QGroupBox(self.tr("To do"))
        tl = QVBoxLayout(todo)
        self.problems = QListWidget()
        self.problems.setObjectName("problems")
        self.problems.setWordWrap(True)
        self.problems.itemActivated.connect(self._activated)
        self.none_label = QLabel(self.tr("Nothing needs your attention."))
        self.checking_label = QLabel(self.tr("Checking deadlines, agreements and erasures…"))
        self.checking_label.setStyleSheet("color: #666;")
        self.checking_label.hide()
        tl.addWidget(self.checking_label)
        tl.addWidget(self.problems)
        tl.addWidget(self.none_label)
        hint = QLabel(self.tr("Double-click a line (or press Enter) to open the record."))
        hint.setStyleSheet("color: #666;")
        tl.addWidget(hint)
        layout.addWidget(todo, 1)  # the to-do list takes the spare height
        box = QGroupBox(self.tr("What SOOSR Desk holds"))
        self.grid = QGridLayout(box)
        self.values: dict[str, QLabel] = {}
        labels = [
            ("contacts", self.tr("Contacts")),
            ("restricted", self.tr("Restricted contacts (Art. 18)")),
            ("objected", self.tr("Objected to direct marketing")),
            ("companies", self.tr("Companies")),
            ("activities", self.tr("Processing activities in the register")),
            ("third_parties", self.tr("Third parties")),
            ("open_requests", self.tr("Open rights requests")),
            ("breaches", self.tr("Data breaches logged")),
        ]
        for row, (key, text) in enumerate(labels):
            value = QLabel()
            value.setObjectName(f"overview_{key}")
            value.setStyleSheet("font-weight: 600;")
            self.grid.addWidget(QLabel(text), row, 0)
            self.grid.addWidget(value, row, 1)
            self.values[key] = value
        self.grid.setColumnStretch(2, 1)  # figures right beside their labels
        layout.addWidget(box)

    def title(self) -> str:
        return self.tr("Dashboard")

    def print_current(self) -> bool:
        """Ctrl+P: the to-do list, one line a row."""
        rows = [[self.problems.item(i).text()] for i in range(self.problems.count())]
        if self.checking or not rows:
            return False  # nothing (yet) to print: the window says so
        return print_table(self, self.title(), [self.tr("To do")], rows)

    def refresh(self) -> None:
        """The figures and the to-do list from background reads (the counts take 0.1 s and
        the list half a second at 100,000 contacts), so the window shows and answers
        meanwhile."""
        self.heading.setText(self.tr("Dashboard"))
        background.load(self.grid, overview, self._show_figures, self._figures_failed)
        self.checking = True
        self.checking_label.setText(self.tr("Checking deadlines, agreements and erasures…"))
        self.checking_label.show()
        self.none_label.hide()  # not "nothing to do" before the check has said so
        self.problems.setVisible(self.problems.count() > 0)  # a re-check keeps the last list
        today = dt.date.today()
        background.load(
            self, lambda: checks.all_problems(today), self._show_problems, self._check_failed
        )

    def _show_figures(self, data) -> None:
        for key, label in self.values.items():
            label.setText(fmt_number(getattr(data, key)))

    def _figures_failed(self, exc: Exception) -> None:
        for label in self.values.values():
            label.setText("?")
        log_exception(exc)

    def _check_failed(self, exc: Exception) -> None:
        self.checking = False
        self.checking_label.setText(failure_text(exc))
        self.problems.clear()
        self.problems.hide()
        self.none_label.hide()

    def _show_problems(self, problems: list[Problem]) -> None:
        self.checking = False
        self.checking_label.hide()
        self.problems.clear()
        for problem in problems:
            item = QListWidgetItem(problem_text(problem))
            item.setData(Qt.ItemDataRole.UserRole, (problem.area, problem.record))
            if problem.urgent:  # a legal deadline has passed: red and first in the eye
                item.setForeground(QBrush(QColor("#b00020")))
                font = item.font()
                font.setBold(True)
                item.setFont(font)
            self.problems.addItem(item)
        self.problems.setVisible(self.problems.count() > 0)
        self.none_label.setVisible(self.problems.count() == 0)
        self.checked.emit()

    def _activated(self, item: QListWidgetItem) -> None:
        area, record = item.data(Qt.ItemDataRole.UserRole)
        self.open_record.emit(area, record)
