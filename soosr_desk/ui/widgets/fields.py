"""What every editor form does with its fields: a field with an error line under it, and
reading, writing and watching a value whatever the widget (line, text, combo, check, date)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

EMPTY_DATE = QDate(1900, 1, 1)  # a QDateEdit shows this as empty (special value text)
ERROR_STYLE = "color: #b00020;"


def to_qdate(value: dt.date | None) -> QDate:
    return QDate(value.year, value.month, value.day) if value else EMPTY_DATE


def from_qdate(value: QDate) -> dt.date | None:
    if not value.isValid() or value == EMPTY_DATE:
        return None
    return dt.date(value.year(), value.month(), value.day())


def error_label() -> QLabel:
    label = QLabel()
    label.setObjectName("fieldError")
    label.setStyleSheet(ERROR_STYLE)
    label.setWordWrap(True)
    label.hide()
    return label


def add_field(form: QFormLayout, name: str, label: str, widget: QWidget,
              holder: QWidget | None = None) -> QLabel:  # fmt: skip
    """Adds `widget` (inside `holder`, if given) with an error line under it; returns it."""
    box = QWidget()
    # as tall as its contents: spare height stays below the form, not inside a row
    box.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Maximum)
    v = QVBoxLayout(box)
    v.setContentsMargins(0, 0, 0, 0)
    v.setSpacing(1)
    v.addWidget(holder or widget)
    err = error_label()
    v.addWidget(err)
    widget.setObjectName(name)
    form.addRow(label, box)
    return err


def on_edit(widget: QWidget, slot: Callable) -> None:
    """Calls `slot` whenever the user changes the widget's value."""
    if isinstance(widget, QLineEdit):
        widget.textEdited.connect(slot)
    elif isinstance(widget, QPlainTextEdit):
        widget.textChanged.connect(slot)
    elif isinstance(widget, QComboBox):
        widget.currentIndexChanged.connect(slot)
    elif isinstance(widget, QCheckBox):
        widget.toggled.connect(slot)
    elif isinstance(widget, QDateEdit):
        widget.dateChanged.connect(slot)


def read_value(widget: QWidget):
    if isinstance(widget, QLineEdit):
        return widget.text()
    if isinstance(widget, QPlainTextEdit):
        return widget.toPlainText()
    if isinstance(widget, QComboBox):
        return widget.currentData()
    if isinstance(widget, QCheckBox):
        return widget.isChecked()
    if isinstance(widget, QDateEdit):
        return from_qdate(widget.date())
    raise TypeError(type(widget).__name__)


def write_value(widget: QWidget, value) -> None:
    if isinstance(widget, QLineEdit):
        widget.setText(value or "")
        widget.setCursorPosition(0)
    elif isinstance(widget, QPlainTextEdit):
        widget.setPlainText(value or "")
    elif isinstance(widget, QComboBox):
        widget.setCurrentIndex(max(0, widget.findData(value)))
    elif isinstance(widget, QCheckBox):
        widget.setChecked(bool(value))
    elif isinstance(widget, QDateEdit):
        widget.setDate(to_qdate(value))
    else:
        raise TypeError(type(widget).__name__)


def differs(a, b) -> bool:
    """Whether a form value differs from the stored one (surrounding blanks don't count)."""
    if isinstance(a, str) or isinstance(b, str):
        return (a or "").strip() != (b or "").strip()
    return a != b


def date_edit() -> QDateEdit:
    """A date field that may be empty, in the user's date format, with a calendar."""
    from soosr_desk.ui.i18n import date_format

    edit = QDateEdit()
    edit.setCalendarPopup(True)
    edit.setDisplayFormat(date_format())
    edit.setMinimumDate(EMPTY_DATE)
    edit.setSpecialValueText(" ")
    edit.setDate(EMPTY_DATE)
    return edit


def button(text: str, slot: Callable) -> QPushButton:
    """A push button that calls `slot` when clicked."""
    b = QPushButton(text)
    b.clicked.connect(slot)
    return b


def button_row(*buttons: QPushButton) -> QHBoxLayout:
    """Buttons side by side on the left of a row (`None` pushes the rest to the right)."""
    row = QHBoxLayout()
    for b in buttons:
        if b is None:
            row.addStretch(1)
        else:
            row.addWidget(b)
    if None not in buttons:
        row.addStretch(1)
    return row
