"""A new request from an e-mail: what was read from it, the received date (asked when the
e-mail has none, never assumed), and the kind suggested from its words, to confirm."""

from __future__ import annotations

import datetime as dt

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QVBoxLayout,
)

from soosr_desk.rules.validation import future_problem
from soosr_desk.rules.vocab import RequestKind
from soosr_desk.services import mail_intake
from soosr_desk.ui.date_field import DateField
from soosr_desk.ui.i18n import tr_msg
from soosr_desk.ui.operation import attempt


class MailRequestDialog(QDialog):
    def __init__(self, facts: mail_intake.MailFacts, parent=None):
        super().__init__(parent)
        self.facts = facts
        self.saved = None
        self.setWindowTitle(self.tr("New request from e-mail"))
        self.setMinimumWidth(520)
        sender = (
            f"{facts.sender_name} <{facts.sender_email}>"
            if facts.sender_name
            else (facts.sender_email)
        )
        self.received = DateField()
        self.received.setObjectName("received")
        self.received.set_value(facts.received_on)  # empty when the e-mail has no date
        self.kind = QComboBox()
        self.kind.setObjectName("kind")
        self.kind.addItem(self.tr("(choose)"), "")
        for code, label in RequestKind.choices():
            self.kind.addItem(tr_msg(label), code)
        suggestion = facts.clear_kind
        self.kind.setCurrentIndex(self.kind.findData(suggestion) if suggestion else 0)
        self.hint = QLabel(self._hint_text(suggestion))
        self.hint.setObjectName("hint")
        self.hint.setWordWrap(True)
        contact = mail_intake.matching_contact(facts.sender_email)
        form = QFormLayout()
        form.addRow(self.tr("From:"), QLabel(sender or "-"))
        form.addRow(self.tr("Subject:"), QLabel(facts.subject or "-"))
        form.addRow(self.tr("Received on:"), self.received)
        form.addRow(self.tr("Kind:"), self.kind)
        form.addRow("", self.hint)
        form.addRow(
            self.tr("Contact:"),
            QLabel(
                self.tr("Linked to the contact with this e-mail address.")
                if contact
                else self.tr("No (single) contact with this e-mail address; link one later.")
            ),
        )
        if facts.sent_at is None:
            undated = QLabel(
                self.tr("The e-mail has no date: enter the date the request was received.")
            )
            undated.setWordWrap(True)  # not cut off at the dialog's edge
            form.addRow("", undated)
        if facts.attachments:
            names = QLabel(
                self.tr("%1 (not kept: only their names are kept with the request)").replace(
                    "%1", ", ".join(facts.attachments)
                )
            )
            names.setWordWrap(True)
            form.addRow(self.tr("Attachments:"), names)
        self.error = QLabel()
        self.error.setObjectName("error")
        self.error.setStyleSheet("color: #b00020")
        self.error.setWordWrap(True)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Create request"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)

    def _hint_text(self, suggestion: str | None) -> str:
        if suggestion:
            return self.tr(
                "Suggested from the words of the e-mail: %1. Check that this is right."
            ).replace("%1", tr_msg(RequestKind.label_of(suggestion)))
        kinds = ", ".join(tr_msg(RequestKind.label_of(k)) for k in self.facts.kinds)
        if kinds:
            return self.tr("The words point to more than one kind (%1): choose.").replace(
                "%1", kinds
            )
        return self.tr("The kind is not clear from the words: choose.")

    def accept(self) -> None:
        if not self.kind.currentData():
            self.error.setText(self.tr("Choose the kind of request."))
            return
        received = self.received.value()
        if not self.received.is_valid():
            self.error.setText(self.received.refusal())
            return
        if received is None:
            self.error.setText(self.tr("Enter the date the request was received."))
            return
        if future_problem(received, dt.date.today()):
            self.error.setText(tr_msg(future_problem(received, dt.date.today())))
            return
        done = attempt(
            lambda: mail_intake.request_from_mail(
                self.facts, self.kind.currentData(), received_on=received
            ),
            self.error.setText,
        )
        if done.value is None:
            return
        self.saved = done.value
        super().accept()
