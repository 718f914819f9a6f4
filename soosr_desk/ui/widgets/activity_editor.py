"""One processing activity of the register: every field Art. 30(1) asks for."""

from __future__ import annotations

import dataclasses
import datetime as dt

from PySide6.QtCore import QDate, Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QFormLayout,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from soosr_desk.rules.vocab import LegalBasis
from soosr_desk.services import register as service
from soosr_desk.services.errors import Conflict, ServiceError, ValidationErrors
from soosr_desk.ui.errors import failure_text
from soosr_desk.ui.i18n import date_format, error_text, tr_msg
from soosr_desk.ui.widgets.fields import (
    EMPTY_DATE,
    add_field,
    differs,
    error_label,
    on_edit,
    read_value,
    write_value,
)


def _text(max_height: int = 80) -> QPlainTextEdit:
    edit = QPlainTextEdit()
    edit.setMaximumHeight(max_height)
    edit.setTabChangesFocus(True)
    return edit


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


class ActivityEditor(QWidget):
    saved = Signal(int)
    status = Signal(str)

    def __init__(self, parent=None):
        super().__init__(parent)
        self._data: service.ActivityData | None = None
        self._loading = False
        self._errors: dict[str, QLabel] = {}
        self.fields: dict[str, QWidget] = {}
        layout = QVBoxLayout(self)
        self.heading = QLabel()
        self.heading.setStyleSheet("font-size: 15pt; font-weight: 600;")
        self.heading.setWordWrap(True)
        layout.addWidget(self.heading)
        self.problems = QLabel()
        self.problems.setWordWrap(True)
        self.problems.setStyleSheet("background: #fde7c8; padding: 6px; border-radius: 4px;")
        layout.addWidget(self.problems)

        self.tabs = QTabWidget()
        layout.addWidget(self.tabs, 1)
        general = QWidget()
        gf = QFormLayout(general)
        self._add(gf, "name", self.tr("Name"), QLineEdit())
        self._add(gf, "name_en", self.tr("Name (English)"), QLineEdit())
        self._add(gf, "purpose", self.tr("Purpose"), _text(110))
        self._add(gf, "purpose_en", self.tr("Purpose (English)"), _text(80))
        basis = QComboBox()
        for code, label in LegalBasis.choices():
            basis.addItem(tr_msg(label), code)
        self._add(gf, "legal_basis", self.tr("Legal basis"), basis)
        self._add(gf, "legitimate_interest", self.tr("Legitimate interest"), _text(60))
        self._add(gf, "legitimate_interest_en", self.tr("Legitimate interest (English)"), _text(60))
        self._add(gf, "owner", self.tr("Owner"), QLineEdit())
        reviewed = QDateEdit()
        reviewed.setCalendarPopup(True)
        reviewed.setDisplayFormat(date_format())
        reviewed.setMinimumDate(EMPTY_DATE)
        reviewed.setSpecialValueText(" ")
        row = QWidget()
        rl = QHBoxLayout(row)
        rl.setContentsMargins(0, 0, 0, 0)
        rl.addWidget(reviewed, 1)
        self.reviewed_today = QPushButton(self.tr("Reviewed today"))
        self.reviewed_today.clicked.connect(lambda: reviewed.setDate(QDate.currentDate()))
        rl.addWidget(self.reviewed_today)
        self._add(gf, "last_reviewed", self.tr("Last reviewed"), reviewed, holder=row)
        self.tabs.addTab(general, self.tr("General"))

        people = QWidget()
        pl = QVBoxLayout(people)
        self.subjects = CheckList()
        self.data = CheckList()
        for title, lst, kind in ((self.tr("Categories of data subjects"), self.subjects, "subjects"),
                                 (self.tr("Categories of personal data"), self.data, "data")):  # fmt: skip
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
        self._add(rf, "third_country_transfer", self.tr("Transfer outside the EEA"),
                  QCheckBox(self.tr("Yes, data goes to a country outside the EEA")))  # fmt: skip
        self._add(rf, "transfer_safeguard", self.tr("Safeguard"), _text(60))
        self.tabs.addTab(recipients, self.tr("Recipients"))

        keep = QWidget()
        kf = QFormLayout(keep)
        self._add(kf, "retention_rule_id", self.tr("Retention rule"), QComboBox())
        self._add(kf, "retention_note", self.tr("Retention note"), _text(60))
        self._add(kf, "security_measures", self.tr("Security measures"), _text(110))
        self._add(kf, "source", self.tr("Source of the data"), _text(60))
        self._add(kf, "automated_decisions", self.tr("Automated decisions"),
                  QCheckBox(self.tr("Yes, including profiling (Art. 22)")))  # fmt: skip
        self._add(kf, "automated_decisions_note", self.tr("Logic and consequences"), _text(60))
        self.tabs.addTab(keep, self.tr("Retention and security"))

        self.message = error_label()
        layout.addWidget(self.message)
        buttons = QHBoxLayout()
        self.save_button = QPushButton(self.tr("Save"))
        self.save_button.clicked.connect(self.save)
        self.revert_button = QPushButton(self.tr("Undo changes"))
        self.revert_button.clicked.connect(self.revert)
        buttons.addWidget(self.save_button)
        buttons.addWidget(self.revert_button)
        buttons.addStretch(1)
        layout.addLayout(buttons)
        self.fields["legal_basis"].currentIndexChanged.connect(self._basis_changed)
        self.fields["third_country_transfer"].toggled.connect(self._basis_changed)
        self.fields["automated_decisions"].toggled.connect(self._basis_changed)
        self.setEnabled(False)

    # --- building ---------------------------------------------------------------------
    def _add(self, form: QFormLayout, name: str, label: str, widget: QWidget,
             holder: QWidget | None = None) -> None:  # fmt: skip
        self._errors[name] = add_field(form, name, label, widget, holder)
        self.fields[name] = widget
        limit = service.TEXT_LIMITS.get(name)
        if isinstance(widget, QLineEdit) and limit:
            widget.setMaxLength(limit)
        on_edit(widget, self._edited)

    def _edited(self, *_args) -> None:
        if not self._loading:
            self.revert_button.setEnabled(True)

    def _basis_changed(self, *_args) -> None:
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
        try:
            choice = service.add_choice(kind, name)
        except ServiceError as exc:
            self._show_message(error_text(exc))
            return
        lst = self.subjects if kind == "subjects" else self.data
        ticked = lst.ticked() + [choice.id]
        lst.set_choices(service.choices(kind), ticked)
        self._edited()

    # --- data -------------------------------------------------------------------------
    def activity_id(self) -> int | None:
        return self._data.id if self._data else None

    def load(self, data: service.ActivityData) -> None:
        self._loading = True
        try:
            self._data = data
            self.setEnabled(True)
            rules = self.fields["retention_rule_id"]
            rules.clear()
            rules.addItem(self.tr("(none)"), None)
            for r in service.retention_rules():
                rules.addItem(r.name, r.id)
            for name, w in self.fields.items():
                write_value(w, getattr(data, name))
            self.subjects.set_choices(service.choices("subjects"), data.subject_ids)
            self.data.set_choices(service.choices("data"), data.data_ids)
            self.recipients.set_choices(service.choices("recipients"), data.recipient_ids)
            for err in self._errors.values():
                err.hide()
            self.message.hide()
            self.heading.setText(data.name or self.tr("New processing activity"))
            self._basis_changed()
            self._show_problems()
        finally:
            self._loading = False
        self.revert_button.setEnabled(False)

    def _show_problems(self) -> None:
        d = self._data
        from soosr_desk.rules.register import activity_problems

        problems = activity_problems(d.legal_basis, d.legitimate_interest, d.last_reviewed,
                                     dt.date.today()) if d and d.id else []  # fmt: skip
        self.problems.setText("\n".join(tr_msg(p.message) for p in problems))
        self.problems.setVisible(bool(problems))

    def form_data(self) -> service.ActivityData:
        values = {name: read_value(w) for name, w in self.fields.items()}
        values["subject_ids"] = self.subjects.ticked()
        values["data_ids"] = self.data.ticked()
        values["recipient_ids"] = self.recipients.ticked()
        return dataclasses.replace(self._data or service.ActivityData(), **values)

    def is_dirty(self) -> bool:
        if self._data is None:
            return False
        now, then = self.form_data(), self._data
        return any(differs(getattr(now, f.name), getattr(then, f.name))
                   for f in dataclasses.fields(service.ActivityData))  # fmt: skip

    # --- actions ----------------------------------------------------------------------
    def save(self) -> bool:
        if self._data is None:
            return False
        for err in self._errors.values():
            err.hide()
        self.message.hide()
        try:
            saved = service.save_activity(self.form_data())
        except ValidationErrors as exc:
            for e in exc.errors:
                label = self._errors.get(e.field)
                if label is not None:
                    label.setText(error_text(e))
                    label.show()
                else:
                    self._show_message(error_text(e))
            first = exc.errors[0].field
            for i in range(self.tabs.count()):
                if self.tabs.widget(i).isAncestorOf(self.fields.get(first, self)):
                    self.tabs.setCurrentIndex(i)
            return False
        except (Conflict, ServiceError) as exc:
            self._show_message(error_text(exc))
            return False
        except Exception as exc:  # disk full, read-only: the form keeps what was typed
            self._show_message(failure_text(exc))
            return False
        self.load(saved)
        self.saved.emit(saved.id)
        self.status.emit(self.tr("Processing activity saved."))
        return True

    def revert(self) -> None:
        if self._data is not None:
            self.load(self._data)

    def _show_message(self, text: str) -> None:
        self.message.setText(text)
        self.message.show()
