"""What every record editor does: fields with an error line, the Save and Undo buttons,
refusals shown next to their field (on the right tab), and "is anything unsaved?".

A subclass builds its fields with `_add`, and implements `_blank`, `_write_extra`,
`_read_extra` (for what is not a plain field) and `_store` (the service call)."""

from __future__ import annotations

import dataclasses

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from soosr_desk.services.errors import ValidationErrors
from soosr_desk.ui.i18n import error_text
from soosr_desk.ui.operation import attempt
from soosr_desk.ui.widgets.fields import (
    add_field,
    check_dates,
    differs,
    error_label,
    on_edit,
    read_value,
    write_value,
)


class ScrollingTabs(QTabWidget):
    """Tabs whose page scrolls when the screen is smaller than its form (a 1366x768
    laptop, or 150 % scaling), so no field or button is pushed out of the window."""

    def addTab(self, page: QWidget, title: str) -> int:  # noqa: N802 (Qt's name)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(page)
        return super().addTab(scroll, title)

    def indexOf(self, page: QWidget) -> int:  # noqa: N802
        for i in range(self.count()):
            if page in (super().widget(i), super().widget(i).widget()):
                return i
        return -1

    def widget(self, index: int) -> QWidget | None:
        scroll = super().widget(index)
        return scroll.widget() if scroll is not None else None

    def currentWidget(self) -> QWidget | None:  # noqa: N802
        return self.widget(self.currentIndex())

    def setCurrentWidget(self, page: QWidget) -> None:  # noqa: N802
        index = self.indexOf(page)
        if index >= 0:
            self.setCurrentIndex(index)


def text_box(max_height: int = 80) -> QPlainTextEdit:
    edit = QPlainTextEdit()
    edit.setMaximumHeight(max_height)
    edit.setTabChangesFocus(True)
    return edit


class RecordEditor(QWidget):
    saved = Signal(int)
    status = Signal(str)

    limits: dict[str, int] = {}

    def __init__(self, parent=None):
        super().__init__(parent)
        self._data = None
        self._loading = False
        self._errors: dict[str, QLabel] = {}
        self.fields: dict[str, QWidget] = {}
        self.layout_ = QVBoxLayout(self)
        self.heading = QLabel()
        self.heading.setStyleSheet("font-size: 15pt; font-weight: 600;")
        self.heading.setWordWrap(True)
        self.layout_.addWidget(self.heading)
        self.problems = QLabel()
        self.problems.setWordWrap(True)
        self.problems.setStyleSheet("background: #fde7c8; padding: 6px; border-radius: 4px;")
        self.problems.hide()
        self.layout_.addWidget(self.problems)
        self.tabs = ScrollingTabs()
        self.layout_.addWidget(self.tabs, 1)
        self.message = error_label()
        self.save_button = QPushButton(self.tr("Save"))
        self.save_button.clicked.connect(self.save)
        self.revert_button = QPushButton(self.tr("Undo changes"))
        self.revert_button.clicked.connect(self.revert)
        self.buttons = QHBoxLayout()
        self.buttons.addWidget(self.save_button)
        self.buttons.addWidget(self.revert_button)
        self.buttons.addStretch(1)

    def finish_layout(self) -> None:
        """Adds the message line and the buttons under the tabs; call at the end of
        the subclass's __init__."""
        self.layout_.addWidget(self.message)
        self.layout_.addLayout(self.buttons)
        self.setEnabled(False)

    # --- building -----------------------------------------------------------------------
    def _add(
        self,
        form: QFormLayout,
        name: str,
        label: str,
        widget: QWidget,
        holder: QWidget | None = None,
    ) -> None:
        self._errors[name] = add_field(form, name, label, widget, holder)
        self.fields[name] = widget
        limit = self.limits.get(name)
        if isinstance(widget, QLineEdit) and limit:
            widget.setMaxLength(limit)
        self._watch_field(widget)

    # a field of a kind fields.py does not know (a date and time, a number) needs these
    def _watch_field(self, widget: QWidget) -> None:
        on_edit(widget, self._edited)

    def _read_field(self, widget: QWidget):
        return read_value(widget)

    def _write_field(self, widget: QWidget, value) -> None:
        write_value(widget, value)

    def _edited(self, *_args) -> None:
        if not self._loading:
            self.revert_button.setEnabled(True)
            self._after_edit()

    def _after_edit(self) -> None:
        """Enables or disables fields that depend on others."""

    # --- for subclasses ---------------------------------------------------------------
    def _blank(self):
        raise NotImplementedError

    def _write_extra(self, data) -> None:
        """Puts what is not a plain field (lists, checklists) into the form."""

    def _read_extra(self) -> dict[str, object]:
        return {}

    def _store(self, data):
        raise NotImplementedError

    def _title(self, data) -> str:
        return ""

    def _problems(self, data) -> list[str]:
        return []

    def _saved_text(self) -> str:
        return self.tr("Saved.")

    # --- data -------------------------------------------------------------------------
    def record_id(self) -> int | None:
        return self._data.id if self._data is not None else None

    def clear(self) -> None:
        self._data = None
        self.setEnabled(False)

    def load(self, data) -> None:
        self._loading = True
        try:
            self._data = data
            self.setEnabled(True)
            self._prepare(data)
            for name, w in self.fields.items():
                self._write_field(w, getattr(data, name))
            self._write_extra(data)
            for err in self._errors.values():
                err.hide()
            self.message.hide()
            self.heading.setText(self._title(data))
            problems = self._problems(data)
            self.problems.setText("\n".join(problems))
            self.problems.setVisible(bool(problems))
            self._after_edit()
        finally:
            self._loading = False
        self.revert_button.setEnabled(False)

    def _prepare(self, data) -> None:
        """Fills choice lists before the values are written."""

    def form_data(self):
        values = {name: self._read_field(w) for name, w in self.fields.items()}
        values.update(self._read_extra())
        return dataclasses.replace(
            self._data if self._data is not None else self._blank(), **values
        )

    def is_dirty(self) -> bool:
        if self._data is None:
            return False
        now, then = self.form_data(), self._data
        return any(
            differs(getattr(now, f.name), getattr(then, f.name)) for f in dataclasses.fields(then)
        )

    # --- actions ----------------------------------------------------------------------
    def save(self) -> bool:
        if self._data is None:
            return False
        for err in self._errors.values():
            err.hide()
        self.message.hide()

        def store():
            check_dates(self.fields)
            return self._store(self.form_data())

        done = attempt(store, self._show_message, invalid=self.show_errors)
        if done.value is None:  # the form keeps what was typed
            return False
        saved = done.value
        self.load(saved)
        self.saved.emit(saved.id)
        self.status.emit(self._saved_text())
        return True

    def show_errors(self, exc: ValidationErrors) -> None:
        for e in exc.errors:
            label = self._errors.get(e.field)
            if label is not None:
                label.setText(error_text(e))
                label.show()
            else:
                self._show_message(error_text(e))
        first = self.fields.get(exc.errors[0].field)
        if first is None:
            return
        for i in range(self.tabs.count()):
            if self.tabs.widget(i).isAncestorOf(first):
                self.tabs.setCurrentIndex(i)
        first.setFocus()

    def revert(self) -> None:
        if self._data is not None:
            self.load(self._data)

    def _show_message(self, text: str) -> None:
        self.message.setText(text)
        self.message.show()
