"""Export to Excel: choose what, choose where, then the export runs off the UI thread."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from PySide6.QtWidgets import QFileDialog, QInputDialog, QMessageBox, QWidget

from soosr_desk.exports.progress import ExportCancelled
from soosr_desk.exports.safe_text import safe_filename
from soosr_desk.services import register_workbooks
from soosr_desk.ui.errors import failure_text
from soosr_desk.ui.file_targets import file_refused
from soosr_desk.ui.jobs import run_job


def kind_labels(widget: QWidget) -> dict[str, str]:
    return {
        "all": widget.tr("All registers in one workbook"),
        "register": widget.tr("Register of processing activities"),
        "recipients": widget.tr("Third parties and processor agreements"),
        "requests": widget.tr("Rights requests"),
        "breaches": widget.tr("Data breaches"),
        "contacts": widget.tr("Contacts"),
    }


def export_to_excel(parent: QWidget, kind: str | None = None, folder: str = "") -> Path | None:
    """Asks what and where, writes the workbook, reports. Returns the file or None."""
    labels = kind_labels(parent)
    if kind is None:
        choice, ok = QInputDialog.getItem(parent, parent.tr("Export to Excel"),
                                          parent.tr("What do you want to export?"),
                                          list(labels.values()), 0, False)  # fmt: skip
        if not ok:
            return None
        kind = next(k for k, v in labels.items() if v == choice)
    suggested = safe_filename(f"AVG-{kind}-{dt.date.today():%Y-%m-%d}", "xlsx")
    name, _ = QFileDialog.getSaveFileName(parent, parent.tr("Export to Excel"),
                                          str(Path(folder or Path.home()) / suggested),
                                          parent.tr("Excel workbook (*.xlsx)"))  # fmt: skip
    if not name:
        return None
    path = Path(name) if name.lower().endswith(".xlsx") else Path(name + ".xlsx")
    if file_refused(parent, parent.tr("Export to Excel"), path):
        return None
    try:
        report = run_job(parent, parent.tr("Exporting…"),
                         lambda progress, cancelled: register_workbooks.export(
                             kind, path, progress=progress, cancelled=cancelled))  # fmt: skip
    except ExportCancelled:
        return None
    except PermissionError:
        QMessageBox.warning(parent, parent.tr("Export to Excel"), parent.tr(
            "The file cannot be written. Is it open in Excel? Close it and try again."))  # fmt: skip
        return None
    except Exception as exc:
        QMessageBox.warning(parent, parent.tr("Export to Excel"), failure_text(exc))
        return None
    if report.truncated:
        QMessageBox.information(parent, parent.tr("Export to Excel"), parent.tr(
            "%1 cells held more text than Excel allows; they end in \u201c[afgekapt]\u201d. "
            "The cover sheet lists them.").replace("%1", str(len(report.truncated))))  # fmt: skip
    return path


def export_mailing_list(parent: QWidget) -> Path | None:
    """A mailing list (Excel or CSV) with only the people who may receive the mailing."""
    from soosr_desk.rules.vocab import CONSENT_PURPOSES
    from soosr_desk.services import marketing
    from soosr_desk.ui.i18n import tr_msg

    purposes = [tr_msg(p) for p in CONSENT_PURPOSES[:2]]
    purpose, ok = QInputDialog.getItem(parent, parent.tr("Mailing list"),
                                       parent.tr("For which mailing?"), purposes, 0, True)  # fmt: skip
    if not ok or not purpose.strip():
        return None
    suggested = safe_filename(f"mailinglijst-{purpose}-{dt.date.today():%Y-%m-%d}", "xlsx")
    excel, csv = parent.tr("Excel workbook (*.xlsx)"), parent.tr("CSV file (*.csv)")
    name, chosen = QFileDialog.getSaveFileName(parent, parent.tr("Mailing list"),
                                               str(Path.home() / suggested),
                                               f"{excel};;{csv}")  # fmt: skip
    if not name:
        return None
    path = Path(name)
    if path.suffix.lower() not in (".xlsx", ".csv"):
        path = path.with_name(path.name + (".csv" if chosen == csv else ".xlsx"))
    if file_refused(parent, parent.tr("Mailing list"), path):
        return None
    try:
        count = marketing.export_mailing_list(purpose, path)
    except PermissionError:
        QMessageBox.warning(parent, parent.tr("Mailing list"), parent.tr(
            "The file cannot be written. Is it open in Excel? Close it and try again."))  # fmt: skip
        return None
    except Exception as exc:
        QMessageBox.warning(parent, parent.tr("Mailing list"), failure_text(exc))
        return None
    QMessageBox.information(parent, parent.tr("Mailing list"), parent.tr(
        "%1 people may receive this mailing. Left out: everyone who objected to direct "
        "marketing, is restricted, or has no consent (customers excepted).").replace(
        "%1", str(count)))  # fmt: skip
    return path
