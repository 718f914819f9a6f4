"""What every editor form does with its fields: a field with an error line under it, and
reading, writing and watching a value whatever the widget (line, text, combo, check, date)."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
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

from soosr_desk.services.errors import ValidationError, ValidationErrors
from soosr_desk.ui.date_field import DateField

ERROR_STYLE = "color: #b00020;"


def error_label() -> QLabel:
    label = QLabel()
    label.setObjectName("fieldError")
    label.setStyleSheet(ERROR_STYLE)
    label.setWordWrap(True)
    label.hide()
    return label


def add_field(
    form: QFormLayout, name: str, label: str, widget: QWidget, holder: QWidget | None = None
) -> QLabel:
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
    elif isinstance(widget, DateField):
        widget.edited.connect(slot)


def read_value(widget: QWidget):
    if isinstance(widget, QLineEdit):
        return widget.text()
    if isinstance(widget, QPlainTextEdit):
        return widget.toPlainText()
    if isinstance(widget, QComboBox):
        return widget.currentData()
    if isinstance(widget, QCheckBox):
        return widget.isChecked()
    if isinstance(widget, DateField):
        return widget.value()
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
    elif isinstance(widget, DateField):
        widget.set_value(value)
    else:
        raise TypeError(type(widget).__name__)


def differs(a, b) -> bool:
    """Whether a form value differs from the stored one (surrounding blanks don't count)."""
    if isinstance(a, str) or isinstance(b, str):
        return (a or "").strip() != (b or "").strip()
    return a != b


def date_edit(*, with_time: bool = False) -> DateField:
    """The date field of every form (typed or picked; may be empty)."""
    return DateField(with_time=with_time)


def check_dates(widgets: dict[str, QWidget]) -> None:
    """Refuses to go on while a date field holds text that is no date (said next to it)."""
    errors = [
        ValidationError(name, w.refusal())
        for name, w in widgets.items()
        if isinstance(w, DateField) and not w.is_valid()
    ]
    if errors:
        raise ValidationErrors(errors)


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
