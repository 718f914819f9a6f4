"""F1: short help for the page you are on, shipped with the program (no internet)."""

from __future__ import annotations

from importlib import resources
from pathlib import Path

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QTextBrowser, QVBoxLayout

from soosr_desk.ui.i18n import current_language
from soosr_desk.ui.screen_fit import fit_to_screen


def help_file(topic: str, language: str | None = None) -> Path | None:
    base = Path(str(resources.files("soosr_desk").joinpath("resources", "help")))
    for lang in (language or current_language(), "nl"):
        path = base / lang / f"{topic}.html"
        if path.exists():
            return path
    return None


class HelpDialog(QDialog):
    def __init__(self, topic: str, parent=None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Help — SOOSR Desk"))
        fit_to_screen(self, 560, 460)
        layout = QVBoxLayout(self)
        self.browser = QTextBrowser()
        self.browser.setOpenExternalLinks(True)  # the AP's pages, in the browser
        path = help_file(topic)
        if path is None:
            self.browser.setPlainText(self.tr("There is no help for this page yet."))
        else:
            self.browser.setHtml(path.read_text("utf-8"))
        layout.addWidget(self.browser)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
