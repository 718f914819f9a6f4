"""Rights requests (Art. 12-22): the list with the days left, and each request from intake
to the printed answer."""

from __future__ import annotations

from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import QPushButton

from soosr_desk.rules.deadlines import DeadlineState
from soosr_desk.rules.vocab import RequestKind, RequestStatus
from soosr_desk.services import requests as service
from soosr_desk.services.requests import letters as letters_service
from soosr_desk.ui import intake
from soosr_desk.ui.i18n import tr_msg
from soosr_desk.ui.mail_drop import mails_from_mime, may_hold_mail
from soosr_desk.ui.operation import attempt, in_box
from soosr_desk.ui.pages.list_page import ListEditorPage
from soosr_desk.ui.widgets.request_editor import RequestEditor

SOON = QColor("#b25b00")
OVERDUE = QColor("#b00020")


class RequestsPage(ListEditorPage):
    help_topic = "requests"
    stretch_column, reference_columns = 2, (0,)

    def __init__(self, parent=None):
        super().__init__(
            RequestEditor(),
            [
                self.tr("Reference"),
                self.tr("Type"),
                self.tr("Requester"),
                self.tr("Deadline"),
                self.tr("Days left"),
                self.tr("Status"),
            ],
            parent,
        )
        self.delete_button.hide()  # a request is a record of proof: it is closed, not deleted
        self.export_button = QPushButton(self.tr("Export to Excel…"))
        self.export_button.clicked.connect(self.export)
        self.bottom.addWidget(self.export_button)
        self.letters_button = QPushButton(self.tr("Save letters…"))
        self.letters_button.setToolTip(
            self.tr("The latest letter of every open request, as PDF files in a folder")
        )
        self.letters_button.clicked.connect(self.save_letters)
        self.bottom.insertWidget(0, self.letters_button)
        self.mail_button = QPushButton(self.tr("E-mail letter…"))
        self.mail_button.setToolTip(
            self.tr(
                "The selected (or latest) letter as an e-mail to "
                "the requester, opened in your mail program"
            )
        )
        self.mail_button.clicked.connect(self.email_letter)
        self.bottom.insertWidget(1, self.mail_button)
        self.kept_mail_button = QPushButton(self.tr("Open e-mail"))
        self.kept_mail_button.setToolTip(self.tr("The e-mail this request came in by"))
        self.kept_mail_button.clicked.connect(
            lambda: (
                self.editor.record_id() is not None
                and (intake.open_kept_mail(self, self.editor.record_id()))
            )
        )
        self.bottom.insertWidget(2, self.kept_mail_button)
        self.setAcceptDrops(True)  # an e-mail dropped here becomes a request (ui/intake.py)
        self.splitter.setSizes([700, 640])
        self.view.setWordWrap(False)
        self.model.colour = self._colour
        self._states: dict[int, str] = {}

    def title(self) -> str:
        return self.tr("Requests")

    def texts(self) -> dict[str, str]:
        return {
            "filter": self.tr("Filter requests…"),
            "new": self.tr("New request"),
            "delete": self.tr("Delete request…"),
            "unsaved": self.tr("This request has changes that are not saved yet."),
            "confirm_delete": "",
            "deleted": "",
        }

    def rows(self):
        rows = []
        self._states = {}
        for r in service.list_requests():
            left = r.days_left
            self._states[r.id] = r.state
            tip = ""
            if r.state == DeadlineState.OVERDUE:
                tip = self.tr("The deadline has passed.")
            elif r.state == DeadlineState.SOON:
                tip = self.tr("The deadline is near.")
            rows.append(
                (
                    r.id,
                    (
                        r.reference,
                        tr_msg(RequestKind.label_of(r.kind)),
                        r.requester,
                        r.deadline,
                        left,
                        tr_msg(RequestStatus.label_of(r.status)),
                    ),
                    tip,
                    bool(r.state) and DeadlineState(r.state).needs_attention,
                )
            )
        return rows

    def _colour(self, record_id: int):
        state = self._states.get(record_id)
        if state == DeadlineState.OVERDUE:
            return QBrush(OVERDUE)
        if state == DeadlineState.SOON:
            return QBrush(SOON)
        return None

    def load_record(self, record_id: int):
        return service.get_request(record_id)

    def blank_record(self):
        return self.editor._blank()

    def new_record(self) -> bool:
        done = super().new_record()
        self.editor.tabs.setCurrentIndex(0)
        self.editor.fields["requester_name"].setFocus()
        return done

    def delete_record(self, record_id: int) -> None:
        raise NotImplementedError  # not offered

    def print_current(self) -> bool:
        """Ctrl+P on a request with letters: the latest (or selected) letter; else the list."""
        from soosr_desk.ui.widgets.tables import selected_record

        if self.editor.record_id() is not None:
            letter = selected_record(self.editor.letter_table)
            letters = letters_service.letters_of(self.editor.record_id())
            if letter is None and letters:
                letter = letters[-1].id
            if letter is not None:
                self.editor.previewer(letter)
                return True
        return super().print_current()

    # --- e-mail in and out (issue 17) --------------------------------------------------
    def dragEnterEvent(self, event) -> None:
        if may_hold_mail(event.mimeData()):
            event.acceptProposedAction()

    def dropEvent(self, event) -> None:
        mails = mails_from_mime(event.mimeData())
        if mails:
            event.acceptProposedAction()
            self.take_mail(*mails[0])
        elif may_hold_mail(event.mimeData()):  # Outlook named a message but gave no bytes
            self.status.emit(
                self.tr(
                    "The e-mail could not be taken over from Outlook. Save "
                    "it first (File > Save As) and drop the saved file."
                )
            )

    def request_from_mail_file(self) -> None:
        picked = intake.read_mail_file(self)
        if picked is not None:
            self.take_mail(*picked)

    def take_mail(self, name: str, data: bytes) -> None:
        if not self.can_leave():
            return
        saved = intake.request_from_mail(self, name, data)
        if saved is not None:
            self.refresh()
            self.show_record(saved.id)
            self.status.emit(
                self.tr("Request %1 made from the e-mail.").replace("%1", saved.reference)
            )

    def email_letter(self) -> None:
        from soosr_desk.ui.widgets.tables import selected_record

        request_id = self.editor.record_id()
        letters = letters_service.letters_of(request_id) if request_id is not None else []
        letter = selected_record(self.editor.letter_table) or (letters[-1].id if letters else None)
        if letter is None:
            self.status.emit(self.tr("Make the letter first; then it can be e-mailed."))
            return
        intake.email_letter(self, letter, self.letter_mailed)

    def letter_mailed(self, letter_id: int) -> None:
        """Staff confirmed the e-mail was sent: the letter is marked sent by e-mail today
        (made is not sent, issue 14)."""
        if attempt(
            lambda: letters_service.mark_sent(
                letter_id, self.editor.today(), "email", today=self.editor.today()
            ),
            self.status.emit,
        ).ok:
            self.status.emit(self.tr("The letter was e-mailed and marked sent."))
        self.refresh()

    def save_letters(self) -> bool:
        from pathlib import Path

        from PySide6.QtWidgets import QFileDialog, QMessageBox

        from soosr_desk.services import targets
        from soosr_desk.ui.file_targets import folder_refused, replace_confirmed
        from soosr_desk.ui.jobs import run_job

        folder = QFileDialog.getExistingDirectory(
            self, self.tr("Save the letters in"), str(Path.home())
        )
        if not folder or folder_refused(self, self.tr("Save letters"), Path(folder)):
            return False

        def write(replace: bool):
            return run_job(
                self,
                self.tr("Writing the letters…"),
                lambda progress, cancelled: letters_service.write_letters(
                    Path(folder), progress=progress, cancelled=cancelled, replace=replace
                ),
            )

        def write_or_replace():
            try:
                return write(False)
            except targets.TargetRefused as exc:  # an existing letter: replaced if the user says so
                if exc.message != targets.EXISTS:
                    raise
                if not replace_confirmed(self, self.tr("Save letters"), exc):
                    return None  # the user keeps the letters that are there
                return write(True)

        done = attempt(write_or_replace, in_box(self, self.tr("Save letters")))
        if done.value is None:
            return False
        written = done.value
        text = self.tr("%n file(s) written to %1.", "", len(written.files)).replace("%1", folder)
        if written.without_letter:
            text += "\n" + self.tr("No letter yet: %1").replace(
                "%1", ", ".join(written.without_letter)
            )
        QMessageBox.information(self, self.tr("Save letters"), text)
        self.status.emit(text.splitlines()[0])
        return True

    def export(self) -> None:
        from soosr_desk.ui.dialogs.export_dialog import export_to_excel

        path = export_to_excel(self, "requests")
        if path is not None:
            self.status.emit(self.tr("Exported to %1.").replace("%1", str(path)))
