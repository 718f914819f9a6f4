"""One third party: who they are, what they receive for which activities, and (for a
processor) the list of its processor agreements, each edited in an AgreementEditor."""

from __future__ import annotations

import datetime as dt

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from soosr_desk.rules.agreements import CHECKLIST, RecipientRole, outside_eea
from soosr_desk.services import activities as activities_service
from soosr_desk.services import agreements as agreement_service
from soosr_desk.services import third_parties as service
from soosr_desk.ui.i18n import fmt_date, tr_filled, tr_msg
from soosr_desk.ui.operation import attempt
from soosr_desk.ui.questions import keep_or_leave
from soosr_desk.ui.widgets.activity_editor import CheckList
from soosr_desk.ui.widgets.agreement_editor import AgreementEditor
from soosr_desk.ui.widgets.fields import button, button_row
from soosr_desk.ui.widgets.record_editor import RecordEditor, text_box
from soosr_desk.ui.widgets.tables import record_table


class ThirdPartyEditor(RecordEditor):
    limits = service.PARTY_LIMITS

    def __init__(self, parent=None):
        super().__init__(parent)
        general = QWidget()
        gf = QFormLayout(general)
        self._add(gf, "name", self.tr("Organisation"), QLineEdit())
        self._add(gf, "category_id", self.tr("Category"), QComboBox())
        role = QComboBox()
        for code, label in service.ROLE_LABELS.items():
            role.addItem(tr_msg(label), code.value)
        self._add(gf, "role", self.tr("Role"), role)
        country = QLineEdit()
        country.setMaxLength(2)
        country.setPlaceholderText("NL")
        country.setMaximumWidth(60)
        holder = QWidget()
        hl = QHBoxLayout(holder)
        hl.setContentsMargins(0, 0, 0, 0)
        hl.addWidget(country)
        self.outside = QLabel(self.tr("Outside the EEA: record the safeguard below."))
        self.outside.setStyleSheet("color: #b25b00;")
        hl.addWidget(self.outside, 1)
        self._add(gf, "country", self.tr("Country"), country, holder=holder)
        self._add(gf, "safeguard", self.tr("Safeguard (outside the EEA)"), text_box(50))
        self._add(gf, "contact_person", self.tr("Contact person"), QLineEdit())
        self._add(gf, "contact_email", self.tr("E-mail"), QLineEdit())
        self._add(gf, "contact_phone", self.tr("Telephone"), QLineEdit())
        self._add(gf, "receives", self.tr("What they receive"), text_box(60))
        self._add(gf, "notes", self.tr("Notes"), text_box(60))
        self._add(
            gf,
            "active",
            self.tr("Active"),
            QCheckBox(self.tr("We currently share data with this party")),
        )
        self.tabs.addTab(general, self.tr("General"))

        acts = QWidget()
        al = QVBoxLayout(acts)
        al.addWidget(QLabel(self.tr("The processing activities they receive data for:")))
        self.activities = CheckList()
        self.activities.changed.connect(self._edited)
        al.addWidget(self.activities, 1)
        self.tabs.addTab(acts, self.tr("Processing activities"))

        agreements = QWidget()
        gl = QVBoxLayout(agreements)
        self.agreement_hint = QLabel()
        self.agreement_hint.setWordWrap(True)
        gl.addWidget(self.agreement_hint)
        self.agreement_list = record_table(
            [
                self.tr("Agreement"),
                self.tr("Status"),
                self.tr("Signed"),
                self.tr("Expires"),
                self.tr("Checklist"),
            ]
        )
        self.agreement_list.setObjectName("agreements")
        self.agreement_list.setMaximumHeight(120)
        self.agreement_list.currentCellChanged.connect(self._agreement_chosen)
        gl.addWidget(self.agreement_list)
        self.new_agreement_button = button(self.tr("New agreement"), self.new_agreement)
        self.delete_agreement_button = button(self.tr("Delete agreement…"), self.delete_agreement)
        gl.addLayout(button_row(self.new_agreement_button, self.delete_agreement_button))
        self.agreement = AgreementEditor()
        self.agreement.saved.connect(self._agreement_saved)
        self.agreement.status.connect(self.status)
        gl.addWidget(self.agreement, 1)
        self.agreements_tab = agreements
        self.tabs.addTab(agreements, self.tr("Processor agreements"))
        self.finish_layout()
        self.fields["role"].currentIndexChanged.connect(self._after_edit)
        self.fields["country"].textEdited.connect(self._after_edit)
        self._agreement_ids: list[int] = []
        self._switching = False

    # --- form ---------------------------------------------------------------------------
    def _after_edit(self, *_args) -> None:
        f = self.fields
        outside = outside_eea(f["country"].text())
        self.outside.setVisible(outside)
        f["safeguard"].setEnabled(outside or bool(f["safeguard"].toPlainText().strip()))
        processor = f["role"].currentData() == RecipientRole.PROCESSOR.value
        saved = self._data is not None and self._data.id is not None
        self.agreements_tab.setEnabled(saved)
        if not saved:
            self.agreement_hint.setText(
                self.tr("Save the third party first; then add its processor agreement here.")
            )
        elif processor:
            self.agreement_hint.setText(
                self.tr(
                    "A processor needs a signed processor agreement that covers every point of "
                    "Art. 28(3)."
                )
            )
        else:
            self.agreement_hint.setText(
                self.tr("This party is not a processor: no processor agreement is needed.")
            )

    def _blank(self):
        return service.ThirdPartyData()

    def _prepare(self, data) -> None:
        combo = self.fields["category_id"]
        combo.clear()
        combo.addItem(self.tr("(none)"), None)
        for cid, name in service.categories():
            combo.addItem(name, cid)

    def _write_extra(self, data) -> None:
        choices = [activities_service.Choice(i, n) for i, n in service.activities()]
        self.activities.set_choices(choices, data.activity_ids)
        keep = self.agreement.record_id() if self.agreement.record_id() is not None else None
        self._fill_agreements(data, keep)

    def _read_extra(self) -> dict[str, object]:
        return {"activity_ids": self.activities.ticked()}

    def _title(self, data) -> str:
        return data.name or self.tr("New third party")

    def _problems(self, data) -> list[str]:
        if not data.id:
            return []
        return [
            tr_filled(p.message, p.params) for p in service.problems_of(data.id, dt.date.today())
        ]

    def _store(self, data):
        return service.save_third_party(data)

    def _saved_text(self) -> str:
        return self.tr("Third party saved.")

    def party_dirty(self) -> bool:
        return super().is_dirty()

    def is_dirty(self) -> bool:
        return self.party_dirty() or self.agreement.is_dirty()

    def save(self) -> bool:
        """Saves the agreement being edited, then the party (Ctrl+S saves both)."""
        if self.agreement.is_dirty() and not self.agreement.save():
            self.tabs.setCurrentWidget(self.agreements_tab)
            return False
        if self.party_dirty() or (self._data is not None and self._data.id is None):
            return super().save()
        return self._data is not None

    def revert(self) -> None:
        self.agreement.revert()
        super().revert()

    # --- agreements -------------------------------------------------------------------
    def _fill_agreements(self, data, keep: int | None) -> None:
        self._switching = True
        table = self.agreement_list
        table.setRowCount(0)
        self._agreement_ids = []
        rows = agreement_service.list_agreements(data.id) if data.id else []
        status_labels = {
            s.value: tr_msg(label) for s, label in agreement_service.STATUS_LABELS.items()
        }
        for r in rows:
            i = table.rowCount()
            table.insertRow(i)
            values = [
                r.title or self.tr("Processor agreement"),
                status_labels[r.status],
                fmt_date(r.signed_on),
                fmt_date(r.expires_on),
                f"{r.ticked}/{len(CHECKLIST)}",
            ]
            for col, value in enumerate(values):
                table.setItem(i, col, QTableWidgetItem(value))
            self._agreement_ids.append(r.id)
        self._switching = False
        self.delete_agreement_button.setEnabled(bool(rows))
        if keep in self._agreement_ids:
            target = self._agreement_ids.index(keep)
        elif rows:
            target = len(rows) - 1  # the newest
        else:
            self.agreement.clear()
            return
        self._switching = True
        table.selectRow(target)
        self._switching = False
        self.agreement.load(agreement_service.get_agreement(self._agreement_ids[target]))

    def _agreement_chosen(self, row: int, *_args) -> None:
        if self._switching or not (0 <= row < len(self._agreement_ids)):
            return
        wanted = self._agreement_ids[row]
        if wanted == self.agreement.record_id():
            return
        unsaved = self.tr("This agreement has changes that are not saved yet.")
        if self.agreement.is_dirty() and not keep_or_leave(self, unsaved, self.agreement.save):
            current = self.agreement.record_id()
            if current in self._agreement_ids:
                self._switching = True
                self.agreement_list.selectRow(self._agreement_ids.index(current))
                self._switching = False
            return
        self.agreement.load(agreement_service.get_agreement(wanted))

    def new_agreement(self) -> None:
        if self._data is None or self._data.id is None:
            return
        if self.agreement.is_dirty() and not self.agreement.save():
            return
        self.agreement_list.clearSelection()
        self.agreement.load(agreement_service.AgreementData(third_party_id=self._data.id))
        self.agreement.tabs.setCurrentIndex(0)
        self.agreement.fields["title"].setFocus()

    def _agreement_saved(self, agreement_id: int) -> None:
        if self._data is None:
            return
        self._fill_agreements(self._data, agreement_id)
        self.problems.setText("\n".join(self._problems(self._data)))
        self.problems.setVisible(bool(self.problems.text()))
        self.saved.emit(self._data.id)

    def delete_agreement(self) -> None:
        agreement_id = self.agreement.record_id()
        if agreement_id is None:
            return
        answer = QMessageBox.question(
            self,
            self.tr("Delete agreement"),
            self.tr(
                "Delete this processor agreement and the app's copy of its signed document? "
                "Keep agreements that ended: mark them expired or terminated instead."
            ),
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        if not attempt(
            lambda: agreement_service.delete_agreement(agreement_id), self._show_message
        ).ok:
            return
        self.agreement.clear()
        self._fill_agreements(self._data, None)
        self.saved.emit(self._data.id)
        self.status.emit(self.tr("Processor agreement deleted."))
