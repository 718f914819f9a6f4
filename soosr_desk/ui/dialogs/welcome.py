"""First start on a database: show the controller's details to check and where the data
is kept, so a new office starts from the right letterhead."""

from __future__ import annotations

from html import escape
from pathlib import Path

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QVBoxLayout

from soosr_desk.services import settings


class WelcomeDialog(QDialog):
    CHANGE = 2

    def __init__(self, db_path: Path, parent=None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Welcome to SOOSR Desk"))
        c = settings.get_controller()
        lines = [
            c.name,
            " ".join(p for p in (c.street, c.address_extra) if p),
            " ".join(p for p in (c.postcode, c.city) if p),
            c.phone,
            c.email,
        ]
        details = "<br>".join(escape(x) for x in lines if x)
        layout = QVBoxLayout(self)
        text = QLabel(
            "<h3>"
            + self.tr("Welcome to SOOSR Desk")
            + "</h3><p>"
            + self.tr(
                "Every letter and register carries the controller's details. Please check them:"
            )
            + f"</p><p style='margin-left:16px'>{details}</p><p>"
            + self.tr("Your data is kept in this file, on this computer only:")
            + f"</p><p style='margin-left:16px'><tt>{escape(str(db_path))}</tt></p><p>"
            + self.tr(
                "Keep this computer's disk encrypted (BitLocker or Device "
                "Encryption): the file holds personal data."
            )
            + "</p>"
        )
        text.setWordWrap(True)
        layout.addWidget(text)
        buttons = QDialogButtonBox()
        ok = buttons.addButton(
            self.tr("The details are right"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        change = buttons.addButton(
            self.tr("Change the details…"), QDialogButtonBox.ButtonRole.ActionRole
        )
        ok.clicked.connect(self.accept)
        change.clicked.connect(lambda: self.done(self.CHANGE))
        layout.addWidget(buttons)


def needs_welcome() -> bool:
    return settings.get_setting("welcomed") != "yes"


def mark_welcomed() -> None:
    settings.set_setting("welcomed", "yes")
