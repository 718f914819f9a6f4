"""One data breach of the log (Art. 33(5) GDPR): what happened, who and what it touched,
and whether and when it was reported to the AP and told to the people, or why not."""

from __future__ import annotations

import dataclasses
import datetime as dt

from PySide6.QtCore import QCoreApplication, QDate, QDateTime, Qt, QTime, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDateTimeEdit,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from soosr_desk.rules.breaches import DECISION_LABELS, WARN_HOURS, Decision
from soosr_desk.services import breaches as service
from soosr_desk.services.errors import Conflict, ServiceError, ValidationErrors
from soosr_desk.ui.errors import failure_text
from soosr_desk.ui.i18n import date_format, error_text, fmt_date, fmt_datetime, tr_msg
from soosr_desk.ui.widgets.fields import (
    EMPTY_DATE,
    add_field,
    differs,
    error_label,
    on_edit,
    read_value,
    write_value,
)

EMPTY_MOMENT = QDateTime(EMPTY_DATE, QTime(0, 0))
SOON_COLOUR = "#b25b00"  # the warning colour of the lists (ui.models.rows_model.WARNING)
OVERDUE_COLOUR = "#b00020"  # the error colour of the forms (ui.widgets.fields.ERROR_STYLE)
_MAX_SPIN = 2_147_483_647  # QSpinBox holds a C int


def countdown_text(hours_left: float) -> str:
    """The 72-hour clock as "13 h left", "40 min left" or "deadline passed"."""
    if hours_left < 0:
        return QCoreApplication.translate("BreachClock", "deadline passed")
    if hours_left < 1:
        return QCoreApplication.translate("BreachClock", "%1 min left").replace(
            "%1", str(int(hours_left * 60)))  # fmt: skip
    return QCoreApplication.translate("BreachClock", "%1 h left").replace(
        "%1", str(int(hours_left)))  # fmt: skip


def clock_colour(hours_left: float | None) -> str | None:
    """The colour of a running clock: orange within the last 24 hours, red once passed."""
    if hours_left is None or hours_left > WARN_HOURS:
        return None
    return OVERDUE_COLOUR if hours_left < 0 else SOON_COLOUR


def problem_texts(problems) -> list[str]:
    """Rules' problems in the user's language, dates written the local way."""
    out = []
    for p in problems:
        params = {k: fmt_date(v) if isinstance(v, dt.date) else v for k, v in p.params.items()}
        out.append(tr_msg(p.message).format(**params))
    return out


def _text(height: int = 70) -> QPlainTextEdit:
    edit = QPlainTextEdit()
    edit.setFixedHeight(height)
    edit.setTabChangesFocus(True)
    return edit


class _Typeable:
    """Typing into an empty date field starts from today (an empty field shows a special
    text that swallows the first digits); Delete or Backspace on the whole text empties it."""

    def keyPressEvent(self, event) -> None:  # noqa: N802 (Qt's name)
        empty = self.dateTime() <= self.minimumDateTime()
        if empty and event.text().isdigit():
            self.setDateTime(QDateTime(QDate.currentDate(), QTime(0, 0)))
            self.setCurrentSectionIndex(0)
            self.setSelectedSection(self.sectionAt(0))
        elif (
            event.key() in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace)
            and self.lineEdit().selectedText() == self.text()
        ):
            self.setDateTime(self.minimumDateTime())
            return
        super().keyPressEvent(event)


class MomentEdit(_Typeable, QDateTimeEdit):
    pass


class DayEdit(_Typeable, QDateEdit):
    pass


def _moment_edit() -> QDateTimeEdit:
    edit = MomentEdit()
    edit.setCalendarPopup(True)
    edit.setDisplayFormat(f"{date_format()} HH:mm")
    edit.setMinimumDateTime(EMPTY_MOMENT)
    edit.setSpecialValueText(" ")
    edit.setDateTime(EMPTY_MOMENT)
    return edit


def _date_edit() -> QDateEdit:
    edit = DayEdit()
    edit.setCalendarPopup(True)
    edit.setDisplayFormat(date_format())
    edit.setMinimumDate(EMPTY_DATE)
    edit.setSpecialValueText(" ")
    edit.setDate(EMPTY_DATE)
    return edit


def _count_edit(unknown: str) -> QSpinBox:
    edit = QSpinBox()
    edit.setRange(-1, _MAX_SPIN)
    edit.setSpecialValueText(unknown)  # shown at -1: the number is not known
    edit.setValue(-1)
    edit.setMaximumWidth(180)
    return edit


def _tab(tabs: QTabWidget, title: str) -> QFormLayout:
    """A tab holding a form at the top (rows keep their natural height)."""
    page = QWidget()
    outer = QVBoxLayout(page)
    form = QFormLayout()
    outer.addLayout(form)
    outer.addStretch(1)
    tabs.addTab(page, title)
    return form


def _with_button(widget: QWidget, button: QPushButton) -> QWidget:
    row = QWidget()
    layout = QHBoxLayout(row)
    layout.setContentsMargins(0, 0, 0, 0)
    layout.addWidget(widget, 1)
    layout.addWidget(button)
    return row


def _read(widget: QWidget):
    if isinstance(widget, QDateTimeEdit) and not isinstance(widget, QDateEdit):
        value = widget.dateTime()
        return None if value <= EMPTY_MOMENT else value.toPython().replace(microsecond=0)
    if isinstance(widget, QSpinBox):
        return None if widget.value() < 0 else widget.value()
    return read_value(widget)


def _write(widget: QWidget, value) -> None:
    if isinstance(widget, QDateTimeEdit) and not isinstance(widget, QDateEdit):
        if value is None:
            widget.setDateTime(EMPTY_MOMENT)
        else:
            day = QDate(value.year, value.month, value.day)
            widget.setDateTime(QDateTime(day, QTime(value.hour, value.minute, value.second)))
    elif isinstance(widget, QSpinBox):
        widget.setValue(-1 if value is None else min(value, _MAX_SPIN))
    else:
        write_value(widget, value)


class BreachEditor(QWidget):
    saved = Signal(int)
    status = Signal(str)

    def __init__(self, parent=None):
        super().__init__(parent)
        self._data: service.BreachData | None = None
        self._loading = False
        self._errors: dict[str, QLabel] = {}
        self.fields: dict[str, QWidget] = {}
        layout = QVBoxLayout(self)
        self.heading = QLabel()
        self.heading.setStyleSheet("font-size: 15pt; font-weight: 600;")
        self.heading.setWordWrap(True)
        layout.addWidget(self.heading)
        self.clock = QLabel()
        self.clock.setObjectName("breachClock")
        self.clock.setWordWrap(True)
        layout.addWidget(self.clock)
        self.problems = QLabel()
        self.problems.setWordWrap(True)
        self.problems.setStyleSheet("background: #fde7c8; padding: 6px; border-radius: 4px;")
        layout.addWidget(self.problems)
        self.problems.hide()

        self.tabs = QTabWidget()
        layout.addWidget(self.tabs, 1)
        wf = _tab(self.tabs, self.tr("What happened"))
        self._add(wf, "found_at", self.tr("Found on"), _moment_edit())
        self._add(wf, "occurred_at", self.tr("Happened on (if known)"), _moment_edit())
        self._add(wf, "description", self.tr("What happened"), _text(150))
        self._add(wf, "consequences", self.tr("Likely consequences"), _text(110))
        self._add(wf, "measures", self.tr("Measures taken"), _text(110))

        pf = _tab(self.tabs, self.tr("Data and people"))
        self._add(pf, "data_categories", self.tr("Kinds of personal data"), _text(90))
        self._add(pf, "subject_categories", self.tr("Groups of people affected"), _text(90))
        self._add(pf, "people_count", self.tr("Number of people"),
                  _count_edit(self.tr("unknown")))  # fmt: skip
        self._add(pf, "records_count", self.tr("Number of records"),
                  _count_edit(self.tr("unknown")))  # fmt: skip

        rf = _tab(self.tabs, self.tr("Reporting"))
        decision = QComboBox()
        for value in Decision:
            decision.addItem(tr_msg(DECISION_LABELS[value]), value.value)
        self._add(rf, "report_decision", self.tr("Report to the AP?"), decision)
        reported = _moment_edit()
        self.reported_now = QPushButton(self.tr("Now"))
        self.reported_now.clicked.connect(lambda: reported.setDateTime(QDateTime.currentDateTime()))
        self._add(rf, "reported_to_authority_at", self.tr("Reported to the AP on"), reported,
                  holder=_with_button(reported, self.reported_now))  # fmt: skip
        self._add(rf, "not_reported_reason", self.tr("Why not reported"), _text(70))
        informed = _date_edit()
        self.informed_today = QPushButton(self.tr("Today"))
        self.informed_today.clicked.connect(lambda: informed.setDate(QDate.currentDate()))
        self._add(rf, "people_informed_on", self.tr("People informed on"), informed,
                  holder=_with_button(informed, self.informed_today))  # fmt: skip
        self._add(rf, "people_not_informed_reason", self.tr("Why people not informed"), _text(70))
        self._add(rf, "closed_on", self.tr("Closed on"), _date_edit())

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
        self.setEnabled(False)
        self.heading.setText(self.tr("No breach selected"))
        self.clock.setText(self.tr("Log a breach as soon as it is found: New breach (Ctrl+N)."))

    # --- building ---------------------------------------------------------------------
    def _add(self, form: QFormLayout, name: str, label: str, widget: QWidget,
             holder: QWidget | None = None) -> None:  # fmt: skip
        self._errors[name] = add_field(form, name, label, widget, holder)
        self.fields[name] = widget
        limit = service.TEXT_LIMITS.get(name)
        if isinstance(widget, QLineEdit) and limit:
            widget.setMaxLength(limit)
        if isinstance(widget, QDateTimeEdit) and not isinstance(widget, QDateEdit):
            widget.dateTimeChanged.connect(self._edited)
        elif isinstance(widget, QSpinBox):
            widget.valueChanged.connect(self._edited)
        else:
            on_edit(widget, self._edited)

    def _edited(self, *_args) -> None:
        if not self._loading:
            self.revert_button.setEnabled(True)
            self.show_clock()

    # --- data -------------------------------------------------------------------------
    def breach_id(self) -> int | None:
        return self._data.id if self._data else None

    def updated_at(self) -> dt.datetime | None:
        return self._data.updated_at if self._data else None

    def load(self, data: service.BreachData) -> None:
        self._loading = True
        try:
            self._data = data
            self.setEnabled(True)
            for name, w in self.fields.items():
                _write(w, getattr(data, name))
            for err in self._errors.values():
                err.hide()
            self.message.hide()
            self.heading.setText(data.reference or self.tr("New breach"))
            self._show_problems()
        finally:
            self._loading = False
        self.show_clock()
        self.revert_button.setEnabled(False)

    def show_clock(self) -> None:
        """The deadline for the report to the AP and where the clock stands, as typed."""
        if self._data is None:
            return
        found = _read(self.fields["found_at"])
        if found is None:
            self.clock.setText(self.tr("Enter when the breach was found: the 72 hours to "
                                       "report it to the AP start then."))  # fmt: skip
            self.clock.setStyleSheet("")
            return
        deadline = service.authority_deadline(found)
        text = self.tr("Report to the AP by: %1").replace("%1", fmt_datetime(deadline))
        reported = _read(self.fields["reported_to_authority_at"])
        left = None
        if reported is not None:
            state = self.tr("reported on %1").replace("%1", fmt_datetime(reported))
        elif _read(self.fields["report_decision"]) == Decision.NO_REPORT:
            state = self.tr("decided not to report")
        else:
            left = service.hours_left(found)
            state = countdown_text(left)
        self.clock.setText(f"<b>{text}</b> \u2014 {state}")
        colour = clock_colour(left)
        self.clock.setStyleSheet(f"color: {colour};" if colour else "")

    def _show_problems(self) -> None:
        d = self._data
        texts = problem_texts(service.problems_of(d)) if d and d.id else []
        self.problems.setText("\n".join(texts))
        self.problems.setVisible(bool(texts))

    def form_data(self) -> service.BreachData:
        values = {name: _read(w) for name, w in self.fields.items()}
        return dataclasses.replace(self._data or service.BreachData(), **values)

    def is_dirty(self) -> bool:
        if self._data is None:
            return False
        now, then = self.form_data(), self._data
        return any(differs(getattr(now, name), getattr(then, name)) for name in self.fields)

    # --- actions ----------------------------------------------------------------------
    def save(self) -> bool:
        if self._data is None:
            return False
        for err in self._errors.values():
            err.hide()
        self.message.hide()
        try:
            saved = service.save_breach(self.form_data())
        except ValidationErrors as exc:
            self.show_errors(exc)
            return False
        except (Conflict, ServiceError) as exc:
            self._show_message(error_text(exc))
            return False
        except Exception as exc:  # disk full, read-only: the form keeps what was typed
            self._show_message(failure_text(exc))
            return False
        self.load(saved)
        self.saved.emit(saved.id)
        self.status.emit(self.tr("Breach %1 saved.").replace("%1", saved.reference))
        return True

    def show_errors(self, exc: ValidationErrors) -> None:
        """Puts each refusal under its field and opens the tab of the first."""
        for e in exc.errors:
            label = self._errors.get(e.field)
            if label is not None:
                label.setText(error_text(e))
                label.show()
            else:
                self._show_message(error_text(e))
        first = self.fields.get(exc.errors[0].field)
        for i in range(self.tabs.count()):
            if first is not None and self.tabs.widget(i).isAncestorOf(first):
                self.tabs.setCurrentIndex(i)

    def revert(self) -> None:
        if self._data is not None:
            self.load(self._data)

    def _show_message(self, text: str) -> None:
        self.message.setText(text)
        self.message.show()
