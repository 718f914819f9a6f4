"""A tour of every page and dialog of the program, for the screenshots and for the tests
that look at every screen (Dutch everywhere, fits the screen).

`dialogs(window)` opens each dialog without blocking (the modal `exec()` calls and Qt's
static dialogs are caught and shown instead) and yields (name, dialog) one at a time;
`visible_texts(widget)` lists every text a person can read on a widget and its children."""

from __future__ import annotations

import contextlib
import datetime as dt
import re
import tempfile
import time
from collections.abc import Iterator
from pathlib import Path

from PySide6.QtCore import QAbstractListModel, QModelIndex, Qt, QTimer
from PySide6.QtGui import QPixmap
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QApplication,
    QComboBox,
    QDialog,
    QGroupBox,
    QInputDialog,
    QLabel,
    QLineEdit,
    QMainWindow,
    QMenu,
    QMessageBox,
    QProgressDialog,
    QTabWidget,
    QWidget,
)

_TAG = re.compile(r"<[^>]+>")


@contextlib.contextmanager
def caught_dialogs(shown: list[QDialog]):
    """Modal dialogs show without blocking and land in `shown`; each answers Cancel."""
    saved = {
        "exec": QDialog.exec,
        "box_exec": QMessageBox.exec,
        "getItem": QInputDialog.getItem,
        **{n: getattr(QMessageBox, n) for n in ("warning", "information", "question", "about")},
    }

    def exec_(dialog):
        dialog.show()
        shown.append(dialog)
        return QDialog.DialogCode.Rejected

    def box_exec(box):
        box.show()
        shown.append(box)
        return QMessageBox.StandardButton.Cancel

    def get_item(parent, title, label, items, current=0, editable=True, *a, **k):
        dialog = QInputDialog(parent)
        dialog.setWindowTitle(title)
        dialog.setLabelText(label)
        dialog.setComboBoxItems(items)
        dialog.setComboBoxEditable(editable)
        dialog.show()
        shown.append(dialog)
        return "", False

    def box(icon):
        def static(parent, title, text, *a, **k):
            b = QMessageBox(icon, title, text, QMessageBox.StandardButton.Ok, parent)
            b.show()
            shown.append(b)
            return QMessageBox.StandardButton.Cancel

        return static

    QDialog.exec = exec_
    QMessageBox.exec = box_exec
    QInputDialog.getItem = staticmethod(get_item)
    QMessageBox.warning = staticmethod(box(QMessageBox.Icon.Warning))
    QMessageBox.information = staticmethod(box(QMessageBox.Icon.Information))
    QMessageBox.question = staticmethod(box(QMessageBox.Icon.Question))
    QMessageBox.about = staticmethod(box(QMessageBox.Icon.NoIcon))
    try:
        yield shown
    finally:
        QDialog.exec = saved["exec"]
        QMessageBox.exec = saved["box_exec"]
        QInputDialog.getItem = saved["getItem"]
        for n in ("warning", "information", "question", "about"):
            setattr(QMessageBox, n, saved[n])


def _letter_pdf() -> bytes:
    """A real reply letter of a made-up request, so the preview shows what staff see."""
    from soosr_desk.services import requests as rq
    from soosr_desk.services.requests import letters

    req = rq.save_request(
        rq.RequestData(
            received_on=dt.date.today(),
            kind="access",
            requester_name="Bart Hermans",
            requester_street="Dorpsstraat 1",
            requester_postcode="1051 DK",
            requester_city="Amsterdam",
            no_contact_held=True,
        )
    )
    letter = letters.make_letter(req.id, "answer", today=dt.date.today())
    return letters.letter_file(letter.id)[1]


def dialogs(window: QMainWindow) -> Iterator[tuple[str, QWidget]]:
    """Opens every dialog of the program in turn over `window`; closes each after use."""
    from soosr_desk.services.duplicates import SAME_EMAIL, Duplicate
    from soosr_desk.services.mail_intake import MailFacts
    from soosr_desk.ui.dialogs.backups import BackupsDialog
    from soosr_desk.ui.dialogs.duplicates import DuplicateDialog
    from soosr_desk.ui.dialogs.import_wizard import ImportWizard
    from soosr_desk.ui.dialogs.mail_request import MailRequestDialog
    from soosr_desk.ui.dialogs.statement_dialog import StatementDialog
    from soosr_desk.ui.dialogs.welcome import WelcomeDialog
    from soosr_desk.ui.help import HelpDialog
    from soosr_desk.ui.jobs import run_job
    from soosr_desk.ui.questions import keep_or_leave
    from soosr_desk.ui.widgets.pdf_view import PdfPreview

    def one(name: str, make) -> Iterator[tuple[str, QWidget]]:
        shown: list[QDialog] = []
        with caught_dialogs(shown):
            made = make()
        if isinstance(made, QWidget):
            made.show()
            shown.insert(0, made)
        for i, dialog in enumerate(shown):
            QApplication.processEvents()
            yield (name if i == 0 else f"{name}-{i}"), dialog
            dialog.close()
            dialog.deleteLater()

    yield from one("welcome", lambda: WelcomeDialog(window.db_path, window))
    yield from one(
        "backups", lambda: BackupsDialog(window, window.db_path, lambda: None, lambda _p: None)
    )
    yield from one("statement", lambda: StatementDialog(window))
    yield from one("help", lambda: HelpDialog("dashboard", window))
    yield from one("letter", lambda: PdfPreview(_letter_pdf(), "Brief", "brief.pdf", window))
    yield from one("export", window._export)
    yield from one("mailing", window._mailing)
    yield from one("about", window._about)
    yield from one("unsaved", lambda: keep_or_leave(window, "…", lambda: True))
    yield from one(
        "duplicate",
        lambda: DuplicateDialog(
            [Duplicate(1, "Bart Hermans", "Hermans Bouw", SAME_EMAIL)], True, window
        ),
    )
    yield from one(
        "mail-request",
        lambda: MailRequestDialog(
            MailFacts(
                "verzoek.eml",
                b"",
                "Bart Hermans",
                "bart@example.nl",
                "Inzage",
                "Graag wil ik weten welke gegevens u van mij heeft.",
            ),
            window,
        ),
    )

    sample = Path(tempfile.mkdtemp()) / "contacten.csv"
    sample.write_text(
        "Voornaam;Achternaam;E-mail;Plaats\nBart;Hermans;bart@example.nl;Lisse\n", "utf-8"
    )

    def wizard_at(step: int) -> ImportWizard:
        wizard = ImportWizard(window, sample)
        wizard.show()
        for _ in range(step):
            wizard.next()
        return wizard

    for step in range(3):  # each page of the import wizard, as it first shows
        yield from one(f"import-{step + 1}", lambda step=step: wizard_at(step))

    texts: list[str] = []
    shots: list[QPixmap] = []

    def catch_progress():
        for w in QApplication.topLevelWidgets():
            if isinstance(w, QProgressDialog) and w.isVisible() and not shots:
                texts.extend(visible_texts(w))
                shots.append(w.grab())
                poll.stop()

    def slow_work(progress_, cancelled) -> None:
        for step in range(30):  # long enough for the dialog to show on a busy machine
            progress_(step, 40)
            time.sleep(0.1)
            if shots:
                return

    poll = QTimer()
    poll.setInterval(100)
    poll.timeout.connect(catch_progress)
    poll.start()
    run_job(window, "…", slow_work)
    poll.stop()
    holder = QLabel("\n".join(texts))  # what the progress dialog showed, to be checked
    holder.setObjectName("progressTexts")
    if shots:
        holder.setProperty("shot", shots[0])  # for the screenshot: the dialog itself
    yield "progress", holder


def visible_texts(widget: QWidget) -> list[str]:
    """Every text a person reads on `widget` and its visible children: labels, buttons,
    titles, tabs, headers, list and combo items, placeholders, tooltips, menus."""
    out: list[str] = [widget.windowTitle()]
    for w in [widget, *widget.findChildren(QWidget)]:
        if (not w.isVisibleTo(widget) and w is not widget) or w.property("ownLanguageNames"):
            continue
        out.append(w.toolTip())
        if isinstance(w, (QLabel, QAbstractButton)):
            out.append(w.text())
        elif isinstance(w, QGroupBox):
            out.append(w.title())
        elif isinstance(w, QLineEdit):
            out.append(w.placeholderText())
        elif isinstance(w, QComboBox):
            out.extend(w.itemText(i) for i in range(w.count()))
        if isinstance(w, QTabWidget):
            out.extend(w.tabText(i) for i in range(w.count()))
        if isinstance(w, QAbstractItemView) and w.model() is not None:
            model, root = w.model(), QModelIndex()
            columns = 1 if isinstance(model, QAbstractListModel) else model.columnCount(root)
            out.extend(
                str(model.headerData(c, Qt.Orientation.Horizontal) or "") for c in range(columns)
            )
            if model.rowCount(root) <= 30:  # short lists: fixed choices, not records
                out.extend(
                    str(model.index(r, c).data() or "")
                    for r in range(model.rowCount(root))
                    for c in range(columns)
                )
    if isinstance(widget, QMainWindow):
        out.extend(_menu_texts(widget.menuBar().actions()))
    return [t for text in out if text for t in _pieces(text)]


def _menu_texts(actions) -> list[str]:
    out = []
    for action in actions:
        out += [action.text(), action.toolTip()]
        menu = action.menu()
        if isinstance(menu, QMenu):
            out += _menu_texts(menu.actions())
    return out


def _pieces(text: str) -> list[str]:
    """The text as shown: without markup and mnemonic ampersands, and each line apart."""
    plain = _TAG.sub("\n", text).replace("&&", "\0").replace("&", "").replace("\0", "&")
    return [line.strip() for line in plain.splitlines() if line.strip()]
