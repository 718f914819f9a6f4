"""Shows a PDF (a letter) inside the app and prints it through Qt's print dialog.

Pages are rendered with pdfium (pypdfium2): PySide6-Essentials has no QtPdf module."""

from __future__ import annotations

from pathlib import Path

import pypdfium2 as pdfium
from PySide6.QtCore import Qt
from PySide6.QtGui import QImage, QPixmap
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QLabel,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from soosr_desk.services import targets
from soosr_desk.ui.errors import failure_text
from soosr_desk.ui.file_targets import file_refused
from soosr_desk.ui.printing import print_pdf
from soosr_desk.ui.screen_fit import fit_to_screen


def render_page(document: pdfium.PdfDocument, index: int, dpi: float) -> QImage:
    page = document[index]
    bitmap = page.render(scale=dpi / 72, rev_byteorder=True)
    image = QImage(
        bitmap.buffer, bitmap.width, bitmap.height, bitmap.stride, QImage.Format.Format_RGB888
    )
    return image.copy()  # own the pixels: the bitmap's buffer goes with it


class PdfPreview(QDialog):
    def __init__(
        self,
        pdf: bytes,
        title: str,
        file_name: str,
        parent=None,
        attachment: tuple[str, bytes] | None = None,
    ):
        super().__init__(parent)
        self.setWindowTitle(title)
        fit_to_screen(self, 760, 900)  # an A4 page wide; as tall as the screen allows
        self.pdf, self.file_name, self.attachment = pdf, file_name, attachment
        layout = QVBoxLayout(self)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        pages = QWidget()
        pl = QVBoxLayout(pages)
        document = pdfium.PdfDocument(pdf)
        self.page_count = len(document)
        for i in range(self.page_count):
            label = QLabel()
            label.setPixmap(QPixmap.fromImage(render_page(document, i, 90)))
            label.setAlignment(Qt.AlignmentFlag.AlignHCenter)
            label.setStyleSheet("background: white; border: 1px solid #bbb;")
            pl.addWidget(label)
        scroll.setWidget(pages)
        layout.addWidget(scroll, 1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.print_button = QPushButton(self.tr("Print…"))
        self.print_button.clicked.connect(self.print_)
        self.save_button = QPushButton(self.tr("Save as PDF…"))
        self.save_button.clicked.connect(self.save)
        buttons.addButton(self.print_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(self.save_button, QDialogButtonBox.ButtonRole.ActionRole)
        if attachment is not None:
            self.attachment_button = QPushButton(self.tr("Save attachment…"))
            self.attachment_button.clicked.connect(self.save_attachment)
            buttons.addButton(self.attachment_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.print_button.setDefault(True)

    def print_(self) -> bool:
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        dialog = QPrintDialog(printer, self)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return False
        try:
            print_pdf(self.pdf, printer)
        except Exception as exc:
            QMessageBox.warning(self, self.windowTitle(), failure_text(exc))
            return False
        return True

    def _save(self, name: str, content: bytes, filter_: str) -> Path | None:
        target, _ = QFileDialog.getSaveFileName(
            self, self.windowTitle(), str(Path.home() / name), filter_
        )
        if not target or file_refused(self, self.windowTitle(), Path(target)):
            return None
        try:  # the save dialog asked before replacing an existing file
            targets.write_file(Path(target), lambda tmp: tmp.write_bytes(content), replace=True)
        except Exception as exc:
            QMessageBox.warning(self, self.windowTitle(), failure_text(exc))
            return None
        return Path(target)

    def save(self) -> Path | None:
        return self._save(self.file_name, self.pdf, self.tr("PDF document (*.pdf)"))

    def save_attachment(self) -> Path | None:
        name, content = self.attachment
        return self._save(name, content, self.tr("ZIP file (*.zip)"))
