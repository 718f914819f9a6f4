"""The fields of one contact, with an error line under each field."""

from __future__ import annotations

import dataclasses

from PySide6.QtCore import QStringListModel, Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QCompleter,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from soosr_desk.rules.vocab import ContactSource, Gender, Language, Relation, SigningAuthority
from soosr_desk.services import contacts as service
from soosr_desk.services.contacts import ContactData
from soosr_desk.ui.i18n import tr_msg
from soosr_desk.ui.widgets.fields import (
    add_field,
    check_dates,
    date_edit,
    differs,
    read_value,
    write_value,
)


class ContactForm(QWidget):
    """Edits the plain fields of a ContactData; `edited` fires on every user change."""

    edited = Signal()

    def __init__(self, parent=None):
        super().__init__(parent)
        self._loaded = ContactData()
        self._shown: dict[str, object] = {}  # what the fields showed once loaded
        self._errors: dict[str, QLabel] = {}
        self._widgets: dict[str, QWidget] = {}
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        grid = QGridLayout()
        layout.addLayout(grid)

        person = QGroupBox(self.tr("Person"))
        pf = QFormLayout(person)
        self._line(pf, "first_name", self.tr("First name"))
        self._line(pf, "last_name", self.tr("Last name"))
        self._combo(pf, "gender", self.tr("Gender"), Gender)
        self._line(pf, "job_title", self.tr("Job title"))
        self._combo(pf, "signing_authority", self.tr("Signing authority"), SigningAuthority)
        self._combo(pf, "language", self.tr("Language for letters"), Language)

        reach = QGroupBox(self.tr("Contact details"))
        rf = QFormLayout(reach)
        self._line(rf, "email", self.tr("E-mail"))
        self._line(rf, "phone", self.tr("Phone"))
        self._line(rf, "location", self.tr("Location"))

        company = QGroupBox(self.tr("Employer and business address"))
        cf = QFormLayout(company)
        self._line(cf, "company_name", self.tr("Company"))
        self._line(cf, "street", self.tr("Street and number"))
        self._line(cf, "postcode", self.tr("Postcode"))
        self._line(cf, "city", self.tr("City"))
        self._line(cf, "country", self.tr("Country (code)"))

        origin = QGroupBox(self.tr("Origin"))
        of = QFormLayout(origin)
        self._combo(of, "source", self.tr("Source"), ContactSource)
        self._combo(of, "relation", self.tr("Relation"), Relation)
        received = date_edit()
        received.edited.connect(self._changed)
        self._add(of, "received_on", self.tr("Data received on"), received)

        self._grid = grid
        self._groups = (person, company, reach, origin)
        self._columns = 0
        self._arrange(2)
        layout.addStretch(1)
        self._companies = QStringListModel(self)
        self._completer = QCompleter(self._companies, self)
        self._completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self._widgets["company_name"].setCompleter(self._completer)
        self._loading = False

    # --- building ---------------------------------------------------------------------
    TWO_COLUMNS_FROM = 820  # px: below this the groups stack, so the list keeps its room

    def _arrange(self, columns: int) -> None:
        if columns == self._columns:
            return
        self._columns = columns
        for group in self._groups:
            self._grid.removeWidget(group)
        for i, group in enumerate(self._groups):
            self._grid.addWidget(
                group, i // columns if columns == 2 else i, i % columns if columns == 2 else 0
            )
        for col in (0, 1):
            self._grid.setColumnStretch(col, 1 if col < columns else 0)

    def resizeEvent(self, event) -> None:
        self._arrange(2 if event.size().width() >= self.TWO_COLUMNS_FROM else 1)
        super().resizeEvent(event)

    def _add(self, form: QFormLayout, name: str, label: str, widget: QWidget) -> None:
        self._errors[name] = add_field(form, name, label, widget)
        self._widgets[name] = widget

    def _line(self, form: QFormLayout, name: str, label: str) -> None:
        edit = QLineEdit()
        limit = service.TEXT_FIELDS.get(name)
        if limit:
            edit.setMaxLength(limit)
        edit.textEdited.connect(self._changed)
        self._add(form, name, label, edit)

    def _combo(self, form: QFormLayout, name: str, label: str, choice) -> None:
        combo = QComboBox()
        for code, text in choice.choices():
            combo.addItem(tr_msg(text), code)
        combo.currentIndexChanged.connect(self._changed)
        self._add(form, name, label, combo)

    def _changed(self, *_args) -> None:
        if not self._loading:
            self.edited.emit()

    # --- data -------------------------------------------------------------------------
    def set_companies(self, names: list[str]) -> None:
        self._companies.setStringList(names)

    def load(self, data: ContactData) -> None:
        self._loading = True
        try:
            self._loaded = data
            for name, widget in self._widgets.items():
                write_value(widget, getattr(data, name))
            self._shown = {name: read_value(w) for name, w in self._widgets.items()}
            self.clear_errors()
        finally:
            self._loading = False

    def data(self) -> ContactData:
        values = {name: read_value(w) for name, w in self._widgets.items()}
        return dataclasses.replace(self._loaded, **values)

    def check_dates(self) -> None:
        """ValidationErrors while a date field holds text that is no date."""
        check_dates(self._widgets)

    def is_dirty(self) -> bool:
        """Whether the user changed a field: compared with what the fields showed when
        loaded, so a stored value no list holds (an erased contact's blank gender shows as
        the first choice) is no change of theirs."""
        return any(differs(read_value(w), self._shown.get(n)) for n, w in self._widgets.items())

    def set_read_only(self, read_only: bool) -> None:
        for widget in self._widgets.values():
            if isinstance(widget, QLineEdit):
                widget.setReadOnly(read_only)
            else:
                widget.setEnabled(not read_only)

    # --- errors -----------------------------------------------------------------------
    def clear_errors(self) -> None:
        for label in self._errors.values():
            label.clear()
            label.hide()

    def show_error(self, field: str, text: str) -> bool:
        """Shows `text` under the field; False when the form has no such field."""
        label = self._errors.get(field)
        if label is None:
            return False
        label.setText(text)
        label.show()
        return True

    def focus_field(self, field: str) -> None:
        widget = self._widgets.get(field)
        if widget is not None:
            widget.setFocus()

    def widget(self, field: str) -> QWidget:
        return self._widgets[field]
