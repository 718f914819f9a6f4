"""The letters tab of a rights request: the letters made for it, and making, sending and
discarding them."""

from __future__ import annotations

from PySide6.QtWidgets import QPushButton, QVBoxLayout, QWidget

from soosr_desk.services.requests import letters as letters_service
from soosr_desk.ui.i18n import fmt_date, fmt_datetime
from soosr_desk.ui.jobs import run_job
from soosr_desk.ui.widgets.fields import button, button_row
from soosr_desk.ui.widgets.tables import fill_table, record_table, selected_record


class LettersTab(QWidget):
    """`run(call, done_text)` runs an action on the request and reloads it; `request_id()`
    and `today()` give the request and the date; `preview(letter_id)` shows a letter and
    `sent_dialog(today, parent)` asks when and how it went out."""

    def __init__(self, run, request_id, today, show_message, preview, sent_dialog, parent=None):
        super().__init__(parent)
        self.run, self.request_id, self.today = run, request_id, today
        self.show_message, self.preview, self.sent_dialog = show_message, preview, sent_dialog
        ll = QVBoxLayout(self)
        self.letter_table = record_table(
            [self.tr("Letter"), self.tr("Language"), self.tr("Sent"), self.tr("Made at")]
        )
        self.letter_table.setObjectName("letters")
        self.letter_table.doubleClicked.connect(lambda _i: self.view_letter())
        ll.addWidget(self.letter_table, 1)
        self.answer_button = QPushButton(self.tr("Make the answer letter"))
        self.extension_letter_button = QPushButton(self.tr("Extension letter"))
        self.view_button = button(self.tr("View and print…"), self.view_letter)
        self.sent_button = button(self.tr("Mark sent…"), self.mark_sent)
        self.discard_button = button(self.tr("Discard draft"), self.discard_draft)
        self.close_button = QPushButton(self.tr("Close the request"))
        ll.addLayout(
            button_row(
                self.answer_button,
                self.extension_letter_button,
                self.view_button,
                self.sent_button,
                self.discard_button,
                None,
                self.close_button,
            )
        )

    def fill(self, request_id: int) -> None:
        labels = {
            "answer": self.tr("Answer"),
            "extension": self.tr("Extension"),
            "id_request": self.tr("Request for proof of identity"),
            "refusal": self.tr("Refusal"),
        }
        ways = {"post": self.tr("by post"), "email": self.tr("by e-mail")}
        fill_table(
            self.letter_table,
            [
                (
                    x.id,
                    [
                        labels.get(x.kind, x.kind),
                        x.language.upper(),
                        self.tr("Draft, not sent")
                        if x.draft
                        else f"{fmt_date(x.sent_on)} {ways.get(x.sent_by, '')}",
                        fmt_datetime(x.created_at),
                    ],
                )
                for x in letters_service.letters_of(request_id)
            ],
        )

    def make_letter(self, kind: str):
        """The letter made as a draft, or None when it could not be made."""
        made = {}

        def call():
            # off the UI thread (issue 20: 0.3 s for a person with 200 notes); the window
            # keeps painting and a progress dialog shows when it takes longer than 0.5 s
            request_id, today = self.request_id(), self.today()
            made["letter"] = run_job(
                self,
                self.tr("Making the letter…"),
                lambda progress, cancelled: letters_service.make_letter(
                    request_id, kind, today=today
                ),
                cancellable=False,
            )

        if not self.run(
            call, self.tr("Letter made as a draft: check it, send it, then mark it sent.")
        ):
            return None
        return made["letter"]

    def selected_letter(self) -> int | None:
        letter = selected_record(self.letter_table)
        if letter is None:
            self.show_message(self.tr("Select the letter in the list first."))
        return letter

    def mark_sent(self) -> bool:
        letter = self.selected_letter()
        if letter is None:
            return False
        dialog = self.sent_dialog(self.today(), self)
        if not dialog.exec():
            return False
        on, by = dialog.values()
        return self.run(
            lambda: letters_service.mark_sent(letter, on, by, today=self.today()),
            self.tr("Letter marked sent."),
        )

    def discard_draft(self) -> bool:
        letter = self.selected_letter()
        if letter is None:
            return False
        return self.run(lambda: letters_service.discard_draft(letter), self.tr("Draft discarded."))

    def view_letter(self) -> None:
        letter = selected_record(self.letter_table)
        if letter is not None:
            self.preview(letter)
