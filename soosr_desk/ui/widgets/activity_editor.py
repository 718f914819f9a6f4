"""One processing activity of the register: every field Art. 30(1) asks for."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from soosr_desk.rules.activities import activity_problems
from soosr_desk.rules.vocab import LegalBasis
from soosr_desk.services import activities as service
from soosr_desk.services import transfers
from soosr_desk.ui.i18n import tr_msg
from soosr_desk.ui.operation import attempt
from soosr_desk.ui.widgets.fields import date_edit
from soosr_desk.ui.widgets.record_editor import RecordEditor, text_box


class CheckList(QListWidget):
    """A list of categories to tick; `changed` fires when the user ticks one."""

    changed = Signal()

    def __init__(self, parent=None):
        super().__init__(parent)
        self.itemChanged.connect(lambda _item: self.changed.emit())

    def set_choices(self, choices: list[service.Choice], ticked: list[int]) -> None:
        self.blockSignals(True)
        self.clear()
        for choice in choices:
            item = QListWidgetItem(choice.name)
            item.setData(Qt.ItemDataRole.UserRole, choice.id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(
                Qt.CheckState.Checked if choice.id in ticked else Qt.CheckState.Unchecked
            )
            self.addItem(item)
        self.blockSignals(False)

    def ticked(self) -> list[int]:
        return sorted(
            self.item(i).data(Qt.ItemDataRole.UserRole)
            for i in range(self.count())
            if self.item(i).checkState() == Qt.CheckState.Checked
        )


class ActivityEditor(RecordEditor):
    limits = service.TEXT_LIMITS

    def __init__(self, parent=None):
        super().__init__(parent)
        general = QWidget()
        gf = QFormLayout(general)
        self._add(gf, "name", self.tr("Name"), QLineEdit())
        self._add(gf, "name_en", self.tr("Name (English)"), QLineEdit())
        self._add(gf, "purpose", self.tr("Purpose"), text_box(110))
        self._add(gf, "purpose_en", self.tr("Purpose (English)"), text_box(80))
        basis = QComboBox()
        for code, label in LegalBasis.choices():
            basis.addItem(tr_msg(label), code)
        self._add(gf, "legal_basis", self.tr("Legal basis"), basis)
        self._add(
            gf,
            "consent_too",
            self.tr("Consent as well"),
            QCheckBox(
                self.tr(
                    "Also consent, for the people this basis does not cover (e.g. the newsletter "
                    "for non-customers)"
                )
            ),
        )
        self._add(gf, "legitimate_interest", self.tr("Legitimate interest"), text_box(60))
        self._add(
            gf, "legitimate_interest_en", self.tr("Legitimate interest (English)"), text_box(60)
        )
        self._add(gf, "owner", self.tr("Owner"), QLineEdit())
        reviewed = date_edit()
        row = QWidget()
        rl = QHBoxLayout(row)
        rl.setContentsMargins(0, 0, 0, 0)
        rl.addWidget(reviewed, 1)
        self.reviewed_today = QPushButton(self.tr("Reviewed today"))
        self.reviewed_today.clicked.connect(reviewed.set_today)
        rl.addWidget(self.reviewed_today)
        self._add(gf, "last_reviewed", self.tr("Last reviewed"), reviewed, holder=row)
        self.tabs.addTab(general, self.tr("General"))

        people = QWidget()
        pl = QVBoxLayout(people)
        self.subjects = CheckList()
        self.data = CheckList()
        for title, lst, kind in (
            (self.tr("Categories of data subjects"), self.subjects, "subjects"),
            (self.tr("Categories of personal data"), self.data, "data"),
        ):
            head = QHBoxLayout()
            head.addWidget(QLabel(f"<b>{title}</b>"))
            head.addStretch(1)
            add = QPushButton(self.tr("Add category…"))
            add.clicked.connect(lambda _=False, k=kind: self._add_choice(k))
            head.addWidget(add)
            pl.addLayout(head)
            pl.addWidget(lst)
            lst.changed.connect(self._edited)
        self.tabs.addTab(people, self.tr("Data and people"))

        recipients = QWidget()
        rf = QFormLayout(recipients)
        self.recipients = CheckList()
        self.recipients.changed.connect(self._edited)
        rf.addRow(self.tr("Recipients (categories)"), self.recipients)
        self._add(
            rf,
            "third_country_transfer",
            self.tr("Transfer outside the EEA"),
            QCheckBox(self.tr("Yes, data goes to a country outside the EEA")),
        )
        self._add(rf, "transfer_safeguard", self.tr("Safeguard"), text_box(60))
        self.derived_transfers = QLabel()
        self.derived_transfers.setObjectName("derivedTransfers")
        self.derived_transfers.setWordWrap(True)
        rf.addRow(self.tr("From the third parties"), self.derived_transfers)
        self._add(rf, "joint_controllers", self.tr("Joint controllers (Art. 26)"), text_box(50))
        self.fields["joint_controllers"].setPlaceholderText(
            self.tr("Who, and the essence of the arrangement; empty: none")
        )
        self.tabs.addTab(recipients, self.tr("Recipients"))

        keep = QWidget()
        kf = QFormLayout(keep)
        self._add(kf, "retention_rule_id", self.tr("Retention rule"), QComboBox())
        self._add(kf, "retention_note", self.tr("Retention note"), text_box(60))
        self._add(kf, "retention_note_en", self.tr("Retention note (English)"), text_box(40))
        self._add(kf, "security_measures", self.tr("Security measures"), text_box(110))
        self._add(kf, "source", self.tr("Source of the data"), text_box(60))
        self._add(kf, "source_en", self.tr("Source of the data (English)"), text_box(40))
        self._add(
            kf,
            "automated_decisions",
            self.tr("Automated decisions"),
            QCheckBox(self.tr("Yes, including profiling (Art. 22)")),
        )
        self._add(kf, "automated_decisions_note", self.tr("Logic and consequences"), text_box(60))
        self.tabs.addTab(keep, self.tr("Retention and security"))
        self.finish_layout()
        self.fields["legal_basis"].currentIndexChanged.connect(self._after_edit)
        self.fields["third_country_transfer"].toggled.connect(self._after_edit)
        self.fields["automated_decisions"].toggled.connect(self._after_edit)

    def _after_edit(self, *_args) -> None:
        f = self.fields
        li = f["legal_basis"].currentData() == LegalBasis.LEGITIMATE_INTEREST.value
        f["legitimate_interest"].setEnabled(li)
        f["legitimate_interest_en"].setEnabled(li)
        f["transfer_safeguard"].setEnabled(f["third_country_transfer"].isChecked())
        f["automated_decisions_note"].setEnabled(f["automated_decisions"].isChecked())

    def _add_choice(self, kind: str) -> None:
        name, ok = QInputDialog.getText(self, self.tr("Add category"), self.tr("Name"))
        if not ok or not name.strip():
            return
        done = attempt(lambda: service.add_choice(kind, name), self._show_message)
        if done.value is None:
            return
        choice = done.value
        lst = self.subjects if kind == "subjects" else self.data
        ticked = lst.ticked() + [choice.id]
        lst.set_choices(service.choices(kind), ticked)
        self._edited()

    # --- data -------------------------------------------------------------------------
    def activity_id(self) -> int | None:
        return self.record_id()

    def _blank(self):
        return service.ActivityData()

    def _prepare(self, data) -> None:
        rules = self.fields["retention_rule_id"]
        rules.clear()
        rules.addItem(self.tr("(none)"), None)
        for r in service.retention_rules():
            rules.addItem(r.name, r.id)

    def _write_extra(self, data) -> None:
        # Art. 30(1)(e): what the linked third parties' countries say, beside the flag
        found = transfers.of_activity(data.id) if data.id else []
        missing = self.tr("no safeguard recorded")
        self.derived_transfers.setText(
            "; ".join(f"{country} ({safeguard or missing})" for country, safeguard in found)
            or self.tr("No linked third party outside the EEA.")
        )
        self.subjects.set_choices(service.choices("subjects"), data.subject_ids)
        self.data.set_choices(service.choices("data"), data.data_ids)
        self.recipients.set_choices(service.choices("recipients"), data.recipient_ids)

    def _read_extra(self) -> dict[str, object]:
        return {
            "subject_ids": self.subjects.ticked(),
            "data_ids": self.data.ticked(),
            "recipient_ids": self.recipients.ticked(),
        }

    def _title(self, data) -> str:
        return data.name or self.tr("New processing activity")

    def _problems(self, data) -> list[str]:
        if not data.id:
            return []
        return [
            tr_msg(p.message)
            for p in activity_problems(
                data.legal_basis, data.legitimate_interest, data.last_reviewed, dt.date.today()
            )
        ]

    def _store(self, data):
        return service.save_activity(data)

    def _saved_text(self) -> str:
        return self.tr("Processing activity saved.")
