"""Data in and out the way an office works (issue 17), as the window offers it: File >
Import…, undo of the last import, File > Request from e-mail…, File > Calendar file…, a
dropped e-mail on the Requests page, and a letter as an e-mail draft."""

from __future__ import annotations

import contextlib
import datetime as dt
import tempfile
import time
from pathlib import Path

from PySide6.QtCore import QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from soosr_desk.rules.i18n import N_, plural
from soosr_desk.services import (
    deadline_calendar,
    document_messages,
    letter_mail,
    mail_intake,
    request_documents,
)
from soosr_desk.services.importing import batch
from soosr_desk.ui.dialogs.import_wizard import ImportWizard
from soosr_desk.ui.dialogs.mail_request import MailRequestDialog
from soosr_desk.ui.errors import failure_text
from soosr_desk.ui.file_targets import file_refused
from soosr_desk.ui.i18n import error_text, tr_filled, tr_msg
from soosr_desk.ui.operation import attempt, in_box

DRAFTS_KEPT_SECONDS = 24 * 3600


def _mail_folder() -> Path:
    """Where drafts and copies of kept e-mails go for the mail program to open: one folder
    in the temp folder; what is older than a day is removed (copies of personal data do
    not linger)."""
    folder = Path(tempfile.gettempdir()) / "soosr-desk-mail"
    folder.mkdir(exist_ok=True)
    now = time.time()
    for old in folder.glob("*"):
        with contextlib.suppress(OSError):
            if now - old.stat().st_mtime > DRAFTS_KEPT_SECONDS:
                old.unlink()
    return folder


def import_contacts(parent: QWidget) -> batch.ImportResult | None:
    """The wizard; afterwards the counts, with the rows skipped and an offer to undo."""
    wizard = ImportWizard(parent)
    try:
        if not wizard.exec():
            return None
    except Exception as exc:
        QMessageBox.warning(parent, tr_msg(N_("Import contacts")), failure_text(exc))
        return None
    report_import(parent, wizard.result)
    return wizard.result


def report_import(parent: QWidget, result: batch.ImportResult) -> None:
    text = (
        tr_msg(N_("%1 added, %2 updated, %3 skipped."))
        .replace("%1", str(result.added))
        .replace("%2", str(result.updated))
        .replace("%3", str(len(result.skipped)))
    )
    row = tr_msg(N_("Row"))
    lines = [f"{row} {n}: {error_text(e)}" for n, e in result.skipped[:15]]
    if len(result.skipped) > 15:
        lines.append("…")
    box = QMessageBox(
        QMessageBox.Icon.Information,
        tr_msg(N_("Import contacts")),
        text,
        QMessageBox.StandardButton.Ok,
        parent,
    )
    if lines:
        box.setDetailedText("\n".join(lines))
    undo = box.addButton(tr_msg(N_("Undo this import")), QMessageBox.ButtonRole.ActionRole)
    box.exec()
    if box.clickedButton() is undo:
        undo_import(parent, result.batch_id)


def undo_import(parent: QWidget, batch_id: int | None = None) -> bool:
    """Undoes the given (or the latest) import that was not undone yet, after asking."""
    if batch_id is None:
        open_batches = [b for b in batch.list_batches() if not b.undone]
        if not open_batches:
            QMessageBox.information(
                parent, tr_msg(N_("Undo import")), tr_msg(N_("There is no import to undo."))
            )
            return False
        batch_id = open_batches[0].id
    if QMessageBox.question(
        parent,
        tr_msg(N_("Undo import")),
        tr_msg(N_("Remove the contacts this import added and put back what it updated?")),
    ) != (QMessageBox.StandardButton.Yes):
        return False
    done = attempt(lambda: batch.undo_batch(batch_id), in_box(parent, tr_msg(N_("Undo import"))))
    if done.value is None:
        return False
    removed = done.value
    QMessageBox.information(
        parent,
        tr_msg(N_("Undo import")),
        tr_msg(
            plural(
                removed,
                N_("The import was undone: %1 contact removed."),
                N_("The import was undone: %1 contacts removed."),
            )
        ).replace("%1", str(removed)),
    )
    return True


def read_mail_file(parent: QWidget) -> tuple[str, bytes] | None:
    name, _ = QFileDialog.getOpenFileName(
        parent,
        tr_msg(N_("Request from e-mail")),
        str(Path.home()),
        tr_msg(N_("E-mail (*.eml *.msg)")),
    )
    if not name:
        return None
    try:
        return Path(name).name, Path(name).read_bytes()
    except OSError as exc:
        QMessageBox.warning(
            parent, tr_msg(N_("Request from e-mail")), exc.strerror or str(type(exc))
        )
        return None


def request_from_mail(parent: QWidget, name: str, data: bytes):
    """Reads the e-mail and asks to confirm; returns the new request (RequestData) or None."""
    done = attempt(
        lambda: mail_intake.read_mail_bytes(data, name),
        in_box(parent, tr_msg(N_("Request from e-mail"))),
    )
    if done.value is None:
        return None
    facts = done.value
    dialog = MailRequestDialog(facts, parent)
    if not dialog.exec():
        return None
    return dialog.saved


def write_calendar(parent: QWidget) -> Path | None:
    name, _ = QFileDialog.getSaveFileName(
        parent,
        tr_msg(N_("Calendar file")),
        str(Path.home() / f"AVG-termijnen-{dt.date.today()}.ics"),
        tr_msg(N_("iCalendar file (*.ics)")),
    )
    if not name:
        return None
    path = Path(name) if name.lower().endswith(".ics") else Path(name + ".ics")
    if file_refused(parent, tr_msg(N_("Calendar file")), path):  # never over the database
        return None
    done = attempt(
        lambda: deadline_calendar.write_calendar(path, tr=tr_msg),
        in_box(parent, tr_msg(N_("Calendar file"))),
    )
    if done.value is None:
        return None
    count = done.value
    QMessageBox.information(
        parent,
        tr_msg(N_("Calendar file")),
        tr_msg(
            plural(
                count,
                N_(
                    "%1 deadline written. Open the file in Outlook to add it to a calendar; it "
                    "holds references and kinds only, no personal data."
                ),
                N_(
                    "%1 deadlines written. Open the file in Outlook to add them to a calendar; it "
                    "holds references and kinds only, no personal data."
                ),
            )
        ).replace("%1", str(count)),
    )
    return path


def open_kept_mail(parent: QWidget, request_id: int) -> Path | None:
    """Opens a copy of the e-mail kept with the request (the kept file stays untouched)."""
    docs = request_documents.documents_of(request_id)
    if not docs:
        QMessageBox.information(
            parent,
            tr_msg(N_("Request from e-mail")),
            tr_msg(N_("No e-mail is kept with this request.")),
        )
        return None
    doc = docs[-1]
    if not doc.intact:
        QMessageBox.warning(
            parent,
            tr_msg(N_("Request from e-mail")),
            tr_filled(*document_messages.placed(document_messages.EMAIL_MISSING)),
        )
        return None
    name, data = request_documents.document_bytes(doc.id)
    path = _mail_folder() / f"{doc.id}-{name}"
    path.write_bytes(data)
    QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))
    return path


def email_letter(parent: QWidget, letter_id: int, on_sent) -> Path | None:
    """Writes the draft, opens it in the mail program, and asks whether it was sent; only
    then `on_sent(letter_id)` (the letter is marked sent when staff confirm)."""
    done = attempt(
        lambda: letter_mail.write_draft(letter_id, _mail_folder()),
        in_box(parent, tr_msg(N_("E-mail letter"))),
    )
    if done.value is None:
        return None
    path = done.value
    if not QDesktopServices.openUrl(QUrl.fromLocalFile(str(path))):
        QMessageBox.warning(
            parent,
            tr_msg(N_("E-mail letter")),
            tr_msg(N_("No mail program opened the draft. It is saved as %1.")).replace(
                "%1", str(path)
            ),
        )
        return path
    if QMessageBox.question(
        parent,
        tr_msg(N_("E-mail letter")),
        tr_msg(N_("The e-mail opened in your mail program. Did you send it?")),
    ) == (QMessageBox.StandardButton.Yes):
        on_sent(letter_id)
    return path
