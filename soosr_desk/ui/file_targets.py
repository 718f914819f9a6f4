"""The window's side of services.targets: a chosen file or folder that may not be written
(the database, a backup, the documents folder) is refused with a message; an existing
file is replaced only after a question (the save dialog asks it itself)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from soosr_desk.services import targets
from soosr_desk.ui.i18n import error_text


def file_refused(parent: QWidget, title: str, path: Path) -> bool:
    """True, after telling the user why, when `path` (from a save dialog, which already
    asked about replacing an existing file) may not be written."""
    try:
        targets.check_file(Path(path), replace=True)
    except targets.TargetRefused as exc:
        QMessageBox.warning(parent, title, error_text(exc))
        return True
    return False


def replace_confirmed(parent: QWidget, title: str, exc: Exception) -> bool:
    """After a job refused to replace an existing file (services.targets.EXISTS): asks
    whether to replace the files already there; True for yes."""
    answer = QMessageBox.question(
        parent,
        title,
        QCoreApplication.translate(
            "file_targets",
            "%1 is already in that folder. Replace the files that are there already?",
        ).replace("%1", str(exc.params.get("name", ""))),
        QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
        QMessageBox.StandardButton.No,
    )
    return answer == QMessageBox.StandardButton.Yes


def folder_refused(parent: QWidget, title: str, folder: Path, names: list[str] = ()) -> bool:
    """True when files may not be written into `folder`: a protected folder (message), or
    the user did not want existing files among `names` replaced (question)."""
    try:
        targets.check_folder(Path(folder))
    except targets.TargetRefused as exc:
        QMessageBox.warning(parent, title, error_text(exc))
        return True
    existing = [n for n in names if (Path(folder) / n).exists()]
    if not existing:
        return False
    answer = QMessageBox.question(
        parent,
        title,
        QCoreApplication.translate(
            "file_targets", "These files already exist in the folder:\n%1\n\nReplace them?"
        ).replace("%1", "\n".join(existing)),
        QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
        QMessageBox.StandardButton.No,
    )
    return answer != QMessageBox.StandardButton.Yes
