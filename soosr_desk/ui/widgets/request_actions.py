"""What each kind of request does to the person's data, one panel per kind (the Handling
tab of the request editor): the text that says what happens, and the button that does it.
The editor connects the buttons to the services."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QFormLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from soosr_desk.rules.vocab import RequestKind
from soosr_desk.services.requests import RECTIFIABLE


class RequestActions(QStackedWidget):
    """The panel of the request's kind; `rect_fields` hold the corrected values."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.actions: dict[str, QWidget] = {}

        def panel(text: str, *buttons: QPushButton) -> QWidget:
            w = QWidget()
            v = QVBoxLayout(w)
            label = QLabel(text)
            label.setWordWrap(True)
            v.addWidget(label)
            for b in buttons:
                v.addWidget(b, 0, Qt.AlignmentFlag.AlignLeft)
            v.addStretch(1)
            return w

        self.actions["access"] = panel(
            self.tr(
                "Access (Art. 15): the answer letter holds a copy of every datum held on the person "
                "and the information Art. 15 asks for. Link the person, then make the answer "
                "letter on the Letters tab."
            )
        )
        # rectification: the fields to correct
        rect = QWidget()
        rv = QVBoxLayout(rect)
        intro = QLabel(
            self.tr(
                "Rectification (Art. 16): type the corrected values and "
                "apply them; before and after are kept with the request."
            )
        )
        intro.setWordWrap(True)
        rv.addWidget(intro)
        rf = QFormLayout()
        self.rect_fields: dict[str, QLineEdit] = {}
        self.rect_labels = labels = {
            "first_name": self.tr("First name"),
            "last_name": self.tr("Last name"),
            "job_title": self.tr("Job title"),
            "street": self.tr("Street"),
            "postcode": self.tr("Postcode"),
            "city": self.tr("City"),
            "country": self.tr("Country"),
            "phone": self.tr("Telephone"),
            "email": self.tr("E-mail"),
            "location": self.tr("Location"),
        }
        for name in RECTIFIABLE:
            edit = QLineEdit()
            edit.setObjectName(f"rect_{name}")
            self.rect_fields[name] = edit
            rf.addRow(labels[name], edit)
        rv.addLayout(rf)
        self.rectify_button = QPushButton(self.tr("Apply the corrections"))
        rv.addWidget(self.rectify_button, 0, Qt.AlignmentFlag.AlignLeft)
        self.changes_label = QLabel()
        self.changes_label.setWordWrap(True)
        rv.addWidget(self.changes_label)
        rv.addStretch(1)
        self.actions["rectification"] = rect
        self.erase_button = QPushButton(self.tr("Erase this person…"))
        self.actions["erasure"] = panel(
            self.tr(
                "Erasure (Art. 17): the person is erased everywhere SOOSR Desk keeps data; what a "
                "legal duty keeps (invoices for seven years) stays and is named in the answer."
            ),
            self.erase_button,
        )
        self.restrict_button = QPushButton(self.tr("Restrict processing"))
        self.actions["restriction"] = panel(
            self.tr(
                "Restriction (Art. 18): the data is kept but not used until the restriction is "
                "lifted."
            ),
            self.restrict_button,
        )
        self.object_button = QPushButton(self.tr("Record the objection"))
        self.actions["objection"] = panel(
            self.tr(
                "Objection (Art. 21): an objection to direct marketing is absolute: no more "
                "marketing from now on. An objection to another activity (Art. 21(1)) is decided "
                "below, with the reasons."
            ),
            self.object_button,
        )
        self.actions["portability"] = panel(
            self.tr(
                "Portability (Art. 20): the answer letter comes with the person's data as JSON and "
                "CSV (UTF-8) in a ZIP file, saved beside the letter."
            )
        )
        self.withdraw_button = QPushButton(self.tr("Withdraw every active consent"))
        self.actions["withdrawal"] = panel(
            self.tr(
                "Withdrawal of consent (Art. 7(3)): takes effect at once; the consent stays in the "
                "history."
            ),
            self.withdraw_button,
        )
        for kind in RequestKind:
            self.addWidget(self.actions[kind.value])

    def show_kind(self, kind: str) -> None:
        self.setCurrentWidget(self.actions.get(kind, self.actions["access"]))
