"""The dashboard: what the database holds at a glance. Problems to act on (agreements,
deadlines, erasure, breaches) are added by the issues that build those parts."""

from __future__ import annotations

from PySide6.QtWidgets import QGridLayout, QGroupBox, QLabel, QVBoxLayout

from soosr_desk.services.overview import overview
from soosr_desk.ui.pages.base import Page


class DashboardPage(Page):
    help_topic = "dashboard"

    def __init__(self, parent=None):
        super().__init__(parent)
        layout = QVBoxLayout(self)
        self.heading = QLabel()
        self.heading.setStyleSheet("font-size: 18pt; font-weight: 600;")
        layout.addWidget(self.heading)
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
        layout.addWidget(box)
        note = QLabel(
            self.tr(
                "Warnings about processor agreements, request deadlines, erasure that is "
                "due and breaches will appear here as those parts are built."
            )  # fmt: skip
        )
        note.setWordWrap(True)
        layout.addWidget(note)
        layout.addStretch(1)

    def title(self) -> str:
        return self.tr("Dashboard")

    def areas(self):
        return ("contacts", "register", "third_parties", "requests", "breaches")

    def refresh(self) -> None:
        self.heading.setText(self.tr("Dashboard"))
        data = overview()
        for key, label in self.values.items():
            label.setText(f"{getattr(data, key):,}".replace(",", "."))
