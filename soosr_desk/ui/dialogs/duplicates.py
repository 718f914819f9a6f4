"""The warning before a contact is saved twice: who the other record is and why it looks
like the same person, with the way out (open it, merge, or save anyway)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
)

from soosr_desk.services.contacts import ContactData
from soosr_desk.services.duplicates import REASONS, Duplicate, find_duplicates
from soosr_desk.ui.i18n import tr_msg


class DuplicateDialog(QDialog):
    """exec() returns CANCEL, SAVE, OPEN or MERGE; `chosen()` is the other contact's id."""

    CANCEL, SAVE, OPEN, MERGE = 0, 1, 2, 3

    def __init__(
        self, matches: list[Duplicate], can_merge: bool, parent=None, keep_both: bool = False
    ):
        super().__init__(parent)
        self.setObjectName("duplicateDialog")
        self.setWindowTitle(self.tr("Possible duplicate"))
        layout = QVBoxLayout(self)
        text = QLabel(
            self.tr(
                "This person may already be in the contacts. Two records of one person go wrong "
                "later: an erasure or an objection recorded on one leaves the other."
            )
        )
        text.setWordWrap(True)
        layout.addWidget(text)
        self.list = QListWidget()
        self.list.setObjectName("duplicateList")
        for d in matches:
            parts = [d.name or self.tr("(no name)"), d.company, tr_msg(REASONS[d.reason])]
            label = self.tr("No. %1").replace("%1", str(d.contact_id))
            item = QListWidgetItem(f"{label}: " + " — ".join(p for p in parts if p))
            item.setData(Qt.ItemDataRole.UserRole, d.contact_id)
            self.list.addItem(item)
        self.list.setCurrentRow(0)
        self.list.setMaximumHeight(self.list.sizeHintForRow(0) * min(len(matches), 5) + 8)
        layout.addWidget(self.list)
        buttons = QDialogButtonBox()
        self.open_button = buttons.addButton(
            self.tr("Open the other contact"), QDialogButtonBox.ButtonRole.ActionRole
        )
        self.open_button.clicked.connect(lambda: self.done(self.OPEN))
        self.merge_button = None
        if can_merge:
            self.merge_button = buttons.addButton(
                self.tr("Merge it into this contact…"), QDialogButtonBox.ButtonRole.ActionRole
            )
            self.merge_button.setToolTip(
                self.tr(
                    "Moves its notes, consents, requests and invoices here and empties the other "
                    "record"
                )
            )
            self.merge_button.clicked.connect(lambda: self.done(self.MERGE))
        self.save_button = buttons.addButton(
            self.tr("Keep both") if keep_both else self.tr("Save anyway"),
            QDialogButtonBox.ButtonRole.AcceptRole,
        )
        self.save_button.clicked.connect(lambda: self.done(self.SAVE))
        cancel = buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        cancel.clicked.connect(lambda: self.done(self.CANCEL))
        self.open_button.setDefault(True)
        layout.addWidget(buttons)

    def chosen(self) -> int:
        return int(self.list.currentItem().data(Qt.ItemDataRole.UserRole))


_KEYS = ("first_name", "last_name", "postcode", "email")


def ask_before_save(parent, before: ContactData | None, data: ContactData) -> tuple[int, int]:
    """Before a new contact, or a changed name, postcode or e-mail, is saved: when another
    contact looks like the same person, the user's answer and that contact's id
    ((SAVE, 0) when there is nothing to ask)."""
    if (
        before is not None
        and before.id is not None
        and all(getattr(before, k).strip() == getattr(data, k).strip() for k in _KEYS)
    ):
        return DuplicateDialog.SAVE, 0
    return ask(parent, data, keep_both=False)


def ask(parent, data: ContactData, keep_both: bool = True) -> tuple[int, int]:
    """The other contacts that look like `data`, and what the user wants done:
    (CANCEL, SAVE, OPEN or MERGE, the other contact's id); (SAVE, 0) when there are none."""
    matches = find_duplicates(data)
    if not matches:
        return DuplicateDialog.SAVE, 0
    dialog = DuplicateDialog(
        matches, can_merge=data.id is not None, parent=parent, keep_both=keep_both
    )
    answer = dialog.exec()
    return answer, dialog.chosen()
