"""Export to Excel: choose what, choose where, then the export runs off the UI thread."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QCheckBox, QFileDialog, QInputDialog, QMessageBox, QWidget

from soosr_desk.exports.progress import ExportCancelled
from soosr_desk.exports.safe_text import safe_filename
from soosr_desk.rules.i18n import N_, plural
from soosr_desk.services import register_workbooks
from soosr_desk.ui.file_targets import file_refused
from soosr_desk.ui.i18n import fmt_number, tr_msg
from soosr_desk.ui.jobs import run_job
from soosr_desk.ui.operation import attempt, in_box

# A function has no class to give its texts a context: `parent.tr()` would look them up
# under the caller's class at run time while lupdate files them under "parent".
translate = QCoreApplication.translate


def _open_in_excel() -> str:
    return translate(
        "ExportDialog", "The file cannot be written. Is it open in Excel? Close it and try again."
    )


def kind_labels() -> dict[str, str]:
    return {
        "all": translate("ExportDialog", "All registers in one workbook"),
        "register": translate("ExportDialog", "Register of processing activities"),
        "recipients": translate("ExportDialog", "Third parties and processor agreements"),
        "requests": translate("ExportDialog", "Rights requests"),
        "breaches": translate("ExportDialog", "Data breaches"),
        "contacts": translate("ExportDialog", "Contacts"),
    }


def ask_leave_out_restricted(parent: QWidget) -> bool | None:
    """For a workbook with the contacts sheet: restricted contacts (Art. 18) go in flagged,
    with name and company only, unless the box is ticked. None when cancelled."""
    box = QMessageBox(
        QMessageBox.Icon.Question,
        translate("ExportDialog", "Export to Excel"),
        translate(
            "ExportDialog",
            "Restricted contacts (Art. 18) may only be stored. In the contacts sheet they appear "
            "flagged, with their name and company only, so the accountant can match invoices.",
        ),
        QMessageBox.StandardButton.Ok | QMessageBox.StandardButton.Cancel,
        parent,
    )
    box.setObjectName("restricted_choice")
    check = QCheckBox(translate("ExportDialog", "Leave restricted contacts out entirely"))
    check.setObjectName("omit_restricted")
    box.setCheckBox(check)
    box.exec()
    if box.clickedButton() is not box.button(QMessageBox.StandardButton.Ok):
        return None
    return check.isChecked()


def export_to_excel(parent: QWidget, kind: str | None = None, folder: str = "") -> Path | None:
    """Asks what and where, writes the workbook, reports. Returns the file or None."""
    labels = kind_labels()
    title = translate("ExportDialog", "Export to Excel")
    if kind is None:
        choice, ok = QInputDialog.getItem(
            parent,
            title,
            translate("ExportDialog", "What do you want to export?"),
            list(labels.values()),
            0,
            False,
        )
        if not ok:
            return None
        kind = next(k for k, v in labels.items() if v == choice)
    omit_restricted = False
    if kind in ("contacts", "all"):
        answer = ask_leave_out_restricted(parent)
        if answer is None:
            return None
        omit_restricted = answer
    suggested = safe_filename(f"AVG-{kind}-{dt.date.today():%Y-%m-%d}", "xlsx")
    name, _ = QFileDialog.getSaveFileName(
        parent,
        title,
        str(Path(folder or Path.home()) / suggested),
        translate("ExportDialog", "Excel workbook (*.xlsx)"),
    )
    if not name:
        return None
    path = Path(name) if name.lower().endswith(".xlsx") else Path(name + ".xlsx")
    if file_refused(parent, translate("ExportDialog", "Export to Excel"), path):
        return None
    done = attempt(
        lambda: run_job(
            parent,
            translate("ExportDialog", "Exporting…"),
            lambda progress, cancelled: register_workbooks.export(
                kind, path, progress=progress, cancelled=cancelled, omit_restricted=omit_restricted
            ),
        ),
        in_box(parent, title),
        silent=(ExportCancelled,),
        texts={PermissionError: _open_in_excel()},
    )
    if done.value is None:
        return None
    report = done.value
    if report.truncated:
        QMessageBox.information(
            parent,
            title,
            tr_msg(
                plural(
                    len(report.truncated),
                    N_(
                        "%1 cell held more text than Excel allows; it ends in \u201c[afgekapt]\u201d. "
                        "The cover sheet lists it."
                    ),
                    N_(
                        "%1 cells held more text than Excel allows; they end in "
                        "\u201c[afgekapt]\u201d. The cover sheet lists them."
                    ),
                )
            ).replace("%1", fmt_number(len(report.truncated))),
        )
    return path


def export_mailing_list(parent: QWidget) -> Path | None:
    """A mailing list (Excel or CSV) with only the people who may receive the mailing."""
    from soosr_desk.rules.vocab import CONSENT_PURPOSES
    from soosr_desk.services import marketing
    from soosr_desk.ui.i18n import tr_msg

    purposes = [tr_msg(p) for p in CONSENT_PURPOSES[:2]]
    title = translate("ExportDialog", "Mailing list")
    question = translate("ExportDialog", "For which mailing?")
    purpose, ok = QInputDialog.getItem(parent, title, question, purposes, 0, True)
    if not ok or not purpose.strip():
        return None
    suggested = safe_filename(f"mailinglijst-{purpose}-{dt.date.today():%Y-%m-%d}", "xlsx")
    excel = translate("ExportDialog", "Excel workbook (*.xlsx)")
    csv = translate("ExportDialog", "CSV file (*.csv)")
    name, chosen = QFileDialog.getSaveFileName(
        parent, title, str(Path.home() / suggested), f"{excel};;{csv}"
    )
    if not name:
        return None
    path = Path(name)
    if path.suffix.lower() not in (".xlsx", ".csv"):
        path = path.with_name(path.name + (".csv" if chosen == csv else ".xlsx"))
    if file_refused(parent, title, path):
        return None
    done = attempt(
        lambda: marketing.export_mailing_list(purpose, path),
        in_box(parent, title),
        texts={PermissionError: _open_in_excel()},
    )
    if done.value is None:
        return None
    count = done.value
    QMessageBox.information(
        parent,
        title,
        translate(
            "ExportDialog",
            "%1 people may receive this mailing. Left out: everyone who objected to direct "
            "marketing, is restricted, withdrew their consent for it, or never gave one "
            "(customers excepted).",
        ).replace("%1", fmt_number(count)),
    )
    return path
