"""The decision on a request when the answer is not simply "done": no change needed,
erasure refused on an Art. 17(3) ground, restriction not applied, or an Art. 21(1)
objection to a named activity upheld or denied; always with the reasons the letter gives.
And the dialog that marks a letter sent (date, by post or e-mail)."""

from __future__ import annotations

import datetime as dt

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from soosr_desk.rules.request_outcomes import DECIDED, GROUND_LABELS, OUTCOME_LABELS
from soosr_desk.services import activities as activities_service
from soosr_desk.ui.i18n import tr_msg
from soosr_desk.ui.widgets.fields import date_edit
from soosr_desk.ui.widgets.record_editor import text_box


class OutcomePanel(QWidget):
    """Outcome, ground (erasure), activity (objection) and reasons; `decide_button` is
    connected by the request editor, which calls the service with `values()`."""

    def __init__(self, parent=None):
        super().__init__(parent)
        form = QFormLayout(self)
        self.intro = QLabel(
            self.tr(
                "When the request is not carried out, or not in full, record the decision here: "
                "the letter gives these reasons, the right to complain to the Autoriteit "
                "Persoonsgegevens and the route to the court."
            )
        )
        self.intro.setWordWrap(True)
        form.addRow(self.intro)
        self.outcome = QComboBox()
        self.outcome.setObjectName("outcome")
        form.addRow(self.tr("Decision"), self.outcome)
        self.ground = QComboBox()
        self.ground.setObjectName("erasure_ground")
        for code, label in GROUND_LABELS.items():
            self.ground.addItem(tr_msg(label), code.value)
        self.ground_label = QLabel(self.tr("Ground"))
        form.addRow(self.ground_label, self.ground)
        self.activity = QComboBox()
        self.activity.setObjectName("objection_activity")
        self.activity_label = QLabel(self.tr("Activity objected to"))
        form.addRow(self.activity_label, self.activity)
        self.reason = text_box(70)
        self.reason.setObjectName("outcome_reason")
        form.addRow(self.tr("Reasons (in the letter)"), self.reason)
        self.decide_button = QPushButton(self.tr("Record the decision"))
        form.addRow(self.decide_button)

    def show_for(self, kind: str, outcome: str, reason: str, activity_id: int | None) -> None:
        choices = DECIDED.get(kind, ())
        self.setVisible(bool(choices))
        self.outcome.clear()
        for code in choices:
            self.outcome.addItem(tr_msg(OUTCOME_LABELS[code]), code.value)
        if outcome in [c.value for c in choices]:
            self.outcome.setCurrentIndex(self.outcome.findData(outcome))
        self.ground.setVisible(kind == "erasure")
        self.ground_label.setVisible(kind == "erasure")
        objection = kind == "objection"
        self.activity.setVisible(objection)
        self.activity_label.setVisible(objection)
        if objection:
            self.activity.clear()
            for row in activities_service.list_activities():
                self.activity.addItem(row.name, row.id)
            if activity_id is not None:
                self.activity.setCurrentIndex(max(0, self.activity.findData(activity_id)))
        self.reason.setPlainText(reason)

    def values(self) -> tuple[str, str, str, int | None]:
        """(outcome, reasons, ground, activity id) as chosen."""
        return (
            self.outcome.currentData() or "",
            self.reason.toPlainText(),
            self.ground.currentData() if self.ground.isVisible() else "",
            self.activity.currentData() if self.activity.isVisible() else None,
        )


class MarkSentDialog(QDialog):
    """When and how a letter went out; a letter is a draft until this is recorded."""

    def __init__(self, today: dt.date, parent=None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Mark the letter sent"))
        layout = QVBoxLayout(self)
        form = QFormLayout()
        self.sent_on = date_edit()
        self.sent_on.setObjectName("sent_on")
        self.sent_on.setDate(today)
        form.addRow(self.tr("Sent on"), self.sent_on)
        self.by_post = QRadioButton(self.tr("By post"))
        self.by_email = QRadioButton(self.tr("By e-mail"))
        self.by_post.setChecked(True)
        form.addRow(self.tr("How"), self.by_post)
        form.addRow("", self.by_email)
        layout.addLayout(form)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def values(self) -> tuple[dt.date, str]:
        return self.sent_on.date().toPython(), "post" if self.by_post.isChecked() else "email"
