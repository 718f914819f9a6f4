"""The privacy statement made from the register: publish a new version when the register
changed, look at a version, and save its HTML (for the website) and PDF."""

from __future__ import annotations

import datetime as dt
import tempfile
from pathlib import Path

from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
)

from soosr_desk.services import statement as service
from soosr_desk.ui.file_targets import folder_refused
from soosr_desk.ui.i18n import fmt_date
from soosr_desk.ui.jobs import run_job
from soosr_desk.ui.operation import attempt, in_box
from soosr_desk.ui.screen_fit import fit_to_screen


class StatementDialog(QDialog):
    def __init__(self, parent=None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Privacy statement"))
        fit_to_screen(self, 560, 420)
        layout = QVBoxLayout(self)
        intro = QLabel(
            self.tr(
                "The privacy statement is made from the register, the controller's details and "
                "the retention rules, in Dutch and English. Every published version is kept."
            )
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        self.state = QLabel()
        self.state.setObjectName("statementState")
        self.state.setWordWrap(True)
        layout.addWidget(self.state)
        self.english = QLabel()  # English texts missing: warned, publishing still allowed
        self.english.setObjectName("statementEnglishMissing")
        self.english.setWordWrap(True)
        self.english.setStyleSheet("color: #b25b00;")
        layout.addWidget(self.english)
        layout.addWidget(QLabel(self.tr("Published versions:")))
        self.versions = QListWidget()
        self.versions.currentRowChanged.connect(self._chosen)
        layout.addWidget(self.versions, 1)
        row = QHBoxLayout()
        self.publish_button = QPushButton(self.tr("Publish new version"))
        self.publish_button.clicked.connect(self.publish)
        self.open_button = QPushButton(self.tr("Open PDF (Dutch)"))
        self.open_button.clicked.connect(lambda: self.open_pdf("nl"))
        self.open_en_button = QPushButton(self.tr("Open PDF (English)"))
        self.open_en_button.clicked.connect(lambda: self.open_pdf("en"))
        self.save_button = QPushButton(self.tr("Save files…"))
        self.save_button.clicked.connect(self.save_files)
        for b in (self.publish_button, self.open_button, self.open_en_button, self.save_button):
            row.addWidget(b)
        layout.addLayout(row)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.opener = lambda path: QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))
        self.refresh()

    def refresh(self) -> None:
        latest = service.latest_published()
        changed = service.changed_since_published()
        if latest is None:
            text = self.tr("No version has been published yet. Publish the first one.")
        elif changed:
            text = self.tr(
                "The register changed after version %1 of %2 was published. "
                "Publish a new version and put it on the website."
            )
            text = text.replace("%1", str(latest.version)).replace(
                "%2", fmt_date(latest.published_on)
            )
        else:
            text = (
                self.tr("Version %1 of %2 matches the register.")
                .replace("%1", str(latest.version))
                .replace("%2", fmt_date(latest.published_on))
            )
        self.state.setText(text)
        self.english.setText(self.english_warning())
        self.english.setVisible(bool(self.english.text()))
        self.state.setStyleSheet("color: #b25b00; font-weight: 600;" if changed else "")
        self.versions.clear()
        for v in service.versions():
            item = QListWidgetItem(
                self.tr("Version %1 — %2")
                .replace("%1", str(v.version))
                .replace("%2", fmt_date(v.published_on))
            )
            item.setData(Qt.ItemDataRole.UserRole, v.version)
            self.versions.addItem(item)
        if self.versions.count():
            self.versions.setCurrentRow(0)
        self._chosen(self.versions.currentRow())

    def english_warning(self) -> str:
        """Which activity texts have no English version, by activity and field; the
        English statement gives them in Dutch and says so."""
        labels = {
            "name": self.tr("name"),
            "purpose": self.tr("purpose"),
            "legitimate_interest": self.tr("legitimate interest"),
            "source": self.tr("source"),
            "retention_note": self.tr("retention note"),
        }
        missing = service.english_missing()
        if not missing:
            return ""
        items = "; ".join(f"{name}: {labels.get(f, f)}" for name, f in missing)
        return self.tr(
            "No English text yet, so the English statement gives these in Dutch (and says so): %1"
        ).replace("%1", items)

    def _chosen(self, row: int) -> None:
        has = row >= 0
        for b in (self.open_button, self.open_en_button, self.save_button):
            b.setEnabled(has)

    def selected_version(self) -> int | None:
        item = self.versions.currentItem()
        return item.data(Qt.ItemDataRole.UserRole) if item else None

    def publish(self) -> None:
        warning = self.english_warning()
        answer = QMessageBox.question(
            self,
            self.tr("Publish new version"),
            self.tr(
                "Publish a new version of the privacy statement, dated today, from the register "
                "as it is now?"
            )
            + (f"\n\n{warning}" if warning else ""),
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        done = attempt(
            lambda: run_job(
                self,
                self.tr("Making the privacy statement…"),
                lambda progress, cancelled: service.publish(dt.date.today()),
                cancellable=False,
            ),
            in_box(self, self.windowTitle()),
        )
        if done.value is None:
            return
        version, _rows = done.value
        self.refresh()
        self.state.setText(
            self.tr(
                "Version %1 published. Save the files and put the HTML on the website."
            ).replace("%1", str(version))
        )

    def open_pdf(self, language: str) -> None:
        version = self.selected_version()
        if version is None:
            return
        row = service.get_version(version, language)
        folder = Path(tempfile.mkdtemp(prefix="soosr-statement-"))
        path = folder / service.file_names(version, language)[1]
        path.write_bytes(bytes(row.pdf))
        self.opener(path)

    def save_files(self) -> None:
        version = self.selected_version()
        if version is None:
            return
        folder = QFileDialog.getExistingDirectory(
            self, self.tr("Save the privacy statement in"), str(Path.home())
        )
        if not folder:
            return
        names = [n for lang in service.LANGUAGES for n in service.file_names(version, lang)]
        if folder_refused(self, self.windowTitle(), Path(folder), names):
            return
        done = attempt(
            lambda: service.write_files(version, Path(folder)), in_box(self, self.windowTitle())
        )
        if done.value is None:
            return
        written = done.value
        QMessageBox.information(
            self,
            self.windowTitle(),
            self.tr("Saved:\n%1").replace("%1", "\n".join(p.name for p in written)),
        )
