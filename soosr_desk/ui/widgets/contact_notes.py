"""Dated notes from customer contact, with their author; and consents per purpose."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from soosr_desk.rules.special_data import HEALTH_WARNING, health_terms
from soosr_desk.rules.vocab import CONSENT_PURPOSES
from soosr_desk.services import contacts as service
from soosr_desk.ui.i18n import fmt_date, fmt_datetime, tr_msg
from soosr_desk.ui.operation import attempt, in_box
from soosr_desk.ui.widgets.fields import button, button_row, date_edit


def _item(text: str) -> QTableWidgetItem:
    item = QTableWidgetItem(text)
    item.setToolTip(text[:500])
    return item


class NotesPanel(QWidget):
    """Lists the notes, newest first, and adds one. A note typed by mistake can be deleted
    after a confirmation."""

    changed = Signal(str)  # a status line

    def __init__(self, parent=None):
        super().__init__(parent)
        self._contact_id: int | None = None
        self._notes: list[service.NoteData] = []
        layout = QVBoxLayout(self)
        self.table = QTableWidget(0, 3)
        self.table.setHorizontalHeaderLabels([self.tr("Date"), self.tr("Author"), self.tr("Note")])
        self.table.horizontalHeader().setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectRows)
        self.table.setWordWrap(True)
        layout.addWidget(self.table, 2)
        self.editor = QPlainTextEdit()
        self.editor.setPlaceholderText(self.tr("Type a new note about contact with this person…"))
        self.editor.setMaximumHeight(90)
        layout.addWidget(self.editor)
        # Art. 9: a warning while typing, not a refusal (a word is not always health data)
        self.health_warning = QLabel()
        self.health_warning.setObjectName("healthWarning")
        self.health_warning.setStyleSheet("color: #b25b00;")
        self.health_warning.setWordWrap(True)
        self.health_warning.hide()
        layout.addWidget(self.health_warning)
        self.editor.textChanged.connect(self._check_health)
        self.error = QLabel()
        self.error.setStyleSheet("color: #b00020;")
        self.error.setWordWrap(True)
        self.error.hide()
        layout.addWidget(self.error)
        self.add_button = button(self.tr("Add note"), self.add_note)
        self.delete_button = button(self.tr("Delete selected note…"), self.delete_selected)
        row = button_row(self.add_button, None, self.delete_button)
        layout.addLayout(row)

    def load(self, contact_id: int | None, read_only: bool) -> None:
        self._contact_id = contact_id
        self._read_only = read_only
        self._notes = service.list_notes(contact_id) if contact_id else []
        self.table.setRowCount(len(self._notes))
        for r, note in enumerate(self._notes):
            self.table.setItem(r, 0, _item(fmt_datetime(note.noted_at)))
            self.table.setItem(r, 1, _item(note.author))
            self.table.setItem(r, 2, _item(note.text))
        self.table.resizeRowsToContents()
        enabled = contact_id is not None and not read_only
        for w in (self.editor, self.add_button, self.delete_button):
            w.setEnabled(enabled)
        self.error.hide()

    def _show_error(self, text: str) -> None:
        self.error.setText(text)
        self.error.show()

    def has_unsaved_text(self) -> bool:
        return bool(self.editor.toPlainText().strip())

    def _check_health(self) -> None:
        terms = health_terms(self.editor.toPlainText())
        if terms:
            self.health_warning.setText(
                tr_msg(HEALTH_WARNING).format(terms=", ".join(f"“{t}”" for t in terms[:5]))
            )
        self.health_warning.setVisible(bool(terms))

    def add_note(self) -> bool:
        if self._contact_id is None:
            return False
        if not attempt(
            lambda: service.add_note(self._contact_id, self.editor.toPlainText()), self._show_error
        ).ok:
            return False
        self.editor.clear()
        self.load(self._contact_id, self._read_only)
        self.changed.emit(self.tr("Note added."))
        return True

    def delete_selected(self) -> None:
        row = self.table.currentRow()
        if self._contact_id is None or not (0 <= row < len(self._notes)):
            return
        note = self._notes[row]
        answer = QMessageBox.question(
            self,
            self.tr("Delete note"),
            self.tr("Delete the note of %1? This cannot be undone.").replace(
                "%1", fmt_datetime(note.noted_at)
            ),
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        if not attempt(
            lambda: service.delete_note(note.id), in_box(self, self.tr("Delete note"))
        ).ok:
            return
        self.load(self._contact_id, self._read_only)
        self.changed.emit(self.tr("Note deleted."))


class ConsentsPanel(QWidget):
    """Consents per purpose. Withdrawing keeps the consent in the history (Art. 7(3))."""

    changed = Signal(str)

    def __init__(self, parent=None):
        super().__init__(parent)
        self._contact_id: int | None = None
        self._consents: list[service.ConsentData] = []
        layout = QVBoxLayout(self)
        self.table = QTableWidget(0, 5)
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("Purpose"),
                self.tr("Given on"),
                self.tr("Evidence"),
                self.tr("Withdrawn on"),
                self.tr("Status"),
            ]
        )
        self.table.horizontalHeader().setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectRows)
        layout.addWidget(self.table, 2)

        form = QFormLayout()
        self.purpose = QComboBox()
        self.purpose.setEditable(True)
        for p in CONSENT_PURPOSES:
            self.purpose.addItem(tr_msg(p))
        self.given_on = date_edit()
        self.given_on.set_value(dt.date.today())
        self.evidence = QLineEdit()
        self.evidence.setMaxLength(2000)
        self.evidence.setPlaceholderText(self.tr("How was consent given? e.g. ticked box on form"))
        form.addRow(self.tr("Purpose"), self.purpose)
        form.addRow(self.tr("Given on"), self.given_on)
        form.addRow(self.tr("Evidence"), self.evidence)
        layout.addLayout(form)
        self.error = QLabel()
        self.error.setStyleSheet("color: #b00020;")
        self.error.setWordWrap(True)
        self.error.hide()
        layout.addWidget(self.error)
        row = QHBoxLayout()
        self.give_button = QPushButton(self.tr("Record consent"))
        self.give_button.clicked.connect(self.give)
        self.withdraw_button = QPushButton(self.tr("Withdraw selected consent…"))
        self.withdraw_button.clicked.connect(self.withdraw_selected)
        row.addWidget(self.give_button)
        row.addStretch(1)
        row.addWidget(self.withdraw_button)
        layout.addLayout(row)

    def load(self, contact_id: int | None, read_only: bool, objected: bool = False) -> None:
        self._contact_id = contact_id
        self._state = (read_only, objected)
        self._consents = service.list_consents(contact_id) if contact_id else []
        self.table.setRowCount(len(self._consents))
        for r, c in enumerate(self._consents):
            status = self.tr("Active") if c.active else self.tr("Withdrawn")
            for col, text in enumerate(
                (c.purpose, fmt_date(c.given_on), c.evidence, fmt_date(c.withdrawn_on), status)
            ):
                self.table.setItem(r, col, _item(text))
        can_give = contact_id is not None and not read_only and not objected
        for w in (self.purpose, self.given_on, self.evidence, self.give_button):
            w.setEnabled(can_give)
        # withdrawal stays possible while restricted: it only lessens processing
        self.withdraw_button.setEnabled(contact_id is not None)
        self.error.hide()

    def _show_error(self, text: str) -> None:
        self.error.setText(text)
        self.error.show()

    def has_unsaved_text(self) -> bool:
        return bool(self.evidence.text().strip())

    def give(self) -> None:
        if self._contact_id is None:
            return
        if not self.given_on.is_valid():
            self.error.setText(self.given_on.refusal())
            self.error.show()
            return
        if not attempt(
            lambda: service.give_consent(
                self._contact_id,
                self.purpose.currentText(),
                self.given_on.value() or dt.date.today(),
                self.evidence.text(),
            ),
            self._show_error,
        ).ok:
            return
        self.evidence.clear()
        self.load(self._contact_id, *self._state)
        self.changed.emit(self.tr("Consent recorded."))

    def withdraw_selected(self) -> None:
        row = self.table.currentRow()
        if self._contact_id is None or not (0 <= row < len(self._consents)):
            self.error.setText(self.tr("Select the consent to withdraw first."))
            self.error.show()
            return
        consent = self._consents[row]
        answer = QMessageBox.question(
            self,
            self.tr("Withdraw consent"),
            self.tr(
                "Withdraw the consent for \u201c%1\u201d as of today? It takes effect at once and "
                "stays in the history."
            ).replace("%1", consent.purpose),
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        if not attempt(
            lambda: service.withdraw_consent(consent.id, dt.date.today()), self._show_error
        ).ok:
            return
        self.load(self._contact_id, *self._state)
        self.changed.emit(self.tr("Consent withdrawn."))
