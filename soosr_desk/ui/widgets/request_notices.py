"""The recipients tab of a rights request (Art. 19): which recipients of the data were told
about a rectification, erasure or restriction, or why telling them is impossible."""

from __future__ import annotations

from PySide6.QtWidgets import QHBoxLayout, QInputDialog, QLabel, QPushButton, QVBoxLayout, QWidget

from soosr_desk.services.requests import notices as notices_service
from soosr_desk.ui.i18n import fmt_date
from soosr_desk.ui.widgets.tables import fill_table, record_table, selected_record


class RecipientsTab(QWidget):
    """`run(call, done_text)` runs an action on the request and reloads it; `today()` gives
    the date."""

    def __init__(self, run, today, parent=None):
        super().__init__(parent)
        self.run, self.today = run, today
        rl = QVBoxLayout(self)
        hint = QLabel(
            self.tr(
                "Art. 19: tell every recipient of the data about a "
                "rectification, erasure or restriction, or write down why that "
                "is impossible. The request can be closed when all are done."
            )
        )
        hint.setWordWrap(True)
        rl.addWidget(hint)
        self.notice_table = record_table(
            [self.tr("Recipient"), self.tr("Told on"), self.tr("Why not")]
        )
        self.notice_table.setObjectName("notices")
        rl.addWidget(self.notice_table, 1)
        nrow = QHBoxLayout()
        self.told_button = QPushButton(self.tr("Told today"))
        self.told_button.clicked.connect(self.mark_told)
        self.impossible_button = QPushButton(self.tr("Impossible…"))
        self.impossible_button.clicked.connect(self.mark_impossible)
        nrow.addWidget(self.told_button)
        nrow.addWidget(self.impossible_button)
        nrow.addStretch(1)
        rl.addLayout(nrow)

    def fill(self, request_id: int) -> bool:
        """Shows the request's recipients; False when there are none to tell."""
        notices = notices_service.notices(request_id)
        fill_table(
            self.notice_table,
            [(n.id, [n.recipient, fmt_date(n.told_on), n.impossible_reason]) for n in notices],
        )
        return bool(notices)

    def mark_told(self) -> bool:
        notice = selected_record(self.notice_table)
        if notice is None:
            return False
        return self.run(
            lambda: notices_service.set_notice(notice, self.today(), today=self.today()),
            self.tr("Recipient marked as told."),
        )

    def mark_impossible(self) -> bool:
        notice = selected_record(self.notice_table)
        if notice is None:
            return False
        reason, ok = QInputDialog.getText(
            self, self.tr("Telling is impossible"), self.tr("Why can this recipient not be told?")
        )
        if not ok:
            return False
        return self.run(
            lambda: notices_service.set_notice(notice, None, reason, today=self.today()),
            self.tr("Recorded why the recipient cannot be told."),
        )
