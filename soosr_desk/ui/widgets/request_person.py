"""The person tab of a rights request: whom the request is about, and finding that person
among the contacts."""

from __future__ import annotations

from PySide6.QtWidgets import QHBoxLayout, QLabel, QLineEdit, QPushButton, QVBoxLayout, QWidget

from soosr_desk.services import contacts as contacts_service
from soosr_desk.services import requests as service
from soosr_desk.ui.widgets.fields import button_row
from soosr_desk.ui.widgets.tables import fill_table, record_table, selected_record


class PersonTab(QWidget):
    def __init__(self, parent=None):
        super().__init__(parent)
        pl = QVBoxLayout(self)
        self.linked = QLabel()
        self.linked.setObjectName("linked")
        self.linked.setWordWrap(True)
        pl.addWidget(self.linked)
        search_row = QHBoxLayout()
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Search contacts by name, e-mail or phone…"))
        self.search.setClearButtonEnabled(True)
        self.search.textChanged.connect(self.find)
        search_row.addWidget(self.search, 1)
        pl.addLayout(search_row)
        self.matches = record_table(
            [self.tr("Name"), self.tr("Company"), self.tr("E-mail"), self.tr("City")]
        )
        self.matches.setObjectName("matches")
        pl.addWidget(self.matches, 1)
        self.link_button = QPushButton(self.tr("This is the person"))
        self.no_data_button = QPushButton(self.tr("We hold no data on the requester"))
        pl.addLayout(button_row(self.link_button, self.no_data_button))

    def show_link(self, data) -> None:
        """Says whom the request is about; offers candidates while it is not linked."""
        if not data.id:
            self.linked.setText("")
            return
        if data.contact_id:
            row = contacts_service.rows_for([data.contact_id]).get(data.contact_id)
            self.linked.setText(self.tr("About: %1").replace("%1", row.name if row else "?"))
        elif data.no_contact_held:
            self.linked.setText(self.tr("We hold no data on the requester."))
        else:
            self.linked.setText(self.tr("Not linked yet: find the person below."))
        self.fill_matches(service.candidates(data.id) if not data.contact_id else [])

    def find(self, text: str) -> None:
        if len(text.strip()) < 2:
            return
        ids = contacts_service.search_ids(text, limit=50)  # the first 50, not all that match
        rows = contacts_service.rows_for(ids)
        self.fill_matches([rows[i] for i in ids if i in rows])

    def fill_matches(self, rows) -> None:
        fill_table(self.matches, [(r.id, [r.name, r.company, r.email, r.city]) for r in rows])
        if rows:
            self.matches.selectRow(0)

    def selected(self) -> int | None:
        return selected_record(self.matches)
