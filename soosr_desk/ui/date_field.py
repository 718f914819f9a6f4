"""One date field for every form: type `26-11-2026`, `26-11-26`, `261126`, `26/11/2026`,
`2026-11-26` or `vandaag`/`today`; empty shows empty; the calendar opens at the date or
today; an impossible date is refused next to the field, and the form will not save it.

With `with_time=True` the field takes a time after the date (`26-11-2026 14:30`)."""

from __future__ import annotations

import datetime as dt
import re

from PySide6.QtCore import QDate, QEvent, Qt, Signal
from PySide6.QtWidgets import (
    QCalendarWidget,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMenu,
    QToolButton,
    QWidget,
    QWidgetAction,
)

from soosr_desk.ui.i18n import current_language, fmt_date

TODAY_WORDS = {"vandaag", "today", "v", "t", "nu", "now"}
YESTERDAY_WORDS = {"gisteren", "yesterday"}
TOMORROW_WORDS = {"morgen", "tomorrow"}
_SEPARATED = re.compile(r"^(\d{1,4})[-/. ](\d{1,2})[-/. ](\d{1,4})$")
_TIME = re.compile(r"^(\d{1,2})[:.h]?(\d{2})$")


class NotADate(ValueError):
    """The text is no date that exists (31-02-2026) or no date at all."""


def _year(text: str, today: dt.date) -> int:
    year = int(text)
    if len(text) <= 2:  # 26 -> 2026; 95 -> 1995: the nearest century within 50 years
        year += today.year // 100 * 100
        if year > today.year + 50:
            year -= 100
    return year


def _make(day: int, month: int, year: int) -> dt.date:
    try:
        return dt.date(year, month, day)
    except ValueError:
        raise NotADate from None


def parse_date(text: str, today: dt.date) -> dt.date | None:
    """The date typed as `text` (day first), None for empty; NotADate when impossible."""
    text = text.strip().lower()
    if not text:
        return None
    if text in TODAY_WORDS:
        return today
    if text in YESTERDAY_WORDS:
        return today - dt.timedelta(days=1)
    if text in TOMORROW_WORDS:
        return today + dt.timedelta(days=1)
    if text.isdigit() and len(text) in (6, 8):  # 261126, 26112026
        return _make(int(text[:2]), int(text[2:4]), _year(text[4:], today))
    match = _SEPARATED.match(text)
    if not match:
        raise NotADate
    a, b, c = match.groups()
    if len(a) == 4:  # 2026-11-26
        return _make(int(c), int(b), int(a))
    if len(c) == 3:
        raise NotADate
    return _make(int(a), int(b), _year(c, today))


def parse_moment(text: str, now: dt.datetime) -> dt.datetime | None:
    """A date with an optional time after it (`26-11-2026 14:30`); `nu`/`now` is now."""
    text = " ".join(text.split()).lower()
    if text in TODAY_WORDS:
        return now.replace(second=0, microsecond=0)
    day_text, _, time_text = text.rpartition(" ") if " " in text else (text, "", "")
    if not _SEPARATED.match(text) and day_text and (m := _TIME.match(time_text)):
        day = parse_date(day_text, now.date())
        hour, minute = int(m.group(1)), int(m.group(2))
        if hour > 23 or minute > 59:
            raise NotADate
        return dt.datetime.combine(day, dt.time(hour, minute)) if day else None
    day = parse_date(text, now.date())
    return dt.datetime.combine(day, dt.time(0, 0)) if day else None


class DateField(QWidget):
    """A line to type the date in, a calendar button, and a red word when it is no date."""

    edited = Signal()  # the user typed or picked a date (also while typing)

    def __init__(self, parent=None, *, with_time: bool = False):
        super().__init__(parent)
        self.with_time = with_time
        self._value: dt.date | dt.datetime | None = None
        self._valid = True
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        self.line = QLineEdit()
        self.line.setObjectName("dateText")
        dutch = current_language() == "nl"
        sample = ("dd-mm-jjjj", " uu:mm") if dutch else ("dd/mm/yyyy", " hh:mm")
        self.line.setPlaceholderText(sample[0] + (sample[1] if with_time else ""))
        self.line.setToolTip(self.tr("Type a date such as 26-11-2026, 261126 or \u201ctoday\u201d"))
        self.line.setMaximumWidth(150 if with_time else 110)
        self.line.setMinimumWidth(120 if with_time else 95)
        self.line.textEdited.connect(self._typed)
        self.line.editingFinished.connect(self._finish)
        self.calendar_button = QToolButton()
        self.calendar_button.setObjectName("calendarButton")
        self.calendar_button.setText("\u25be")
        self.calendar_button.setToolTip(self.tr("Choose a date on the calendar"))
        self.calendar_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.calendar_button.setStyleSheet("QToolButton::menu-indicator { image: none; }")
        self.calendar = QCalendarWidget()
        self.calendar.setGridVisible(True)
        self.calendar.clicked.connect(self._picked)
        self.calendar.activated.connect(self._picked)
        menu = QMenu(self.calendar_button)
        action = QWidgetAction(menu)
        action.setDefaultWidget(self.calendar)
        menu.addAction(action)
        menu.aboutToShow.connect(self._open_calendar)
        self.calendar_button.setMenu(menu)
        self.error = QLabel()
        self.error.setObjectName("dateError")
        self.error.setStyleSheet("color: #b00020;")
        self.error.hide()
        layout.addWidget(self.line)
        layout.addWidget(self.calendar_button)
        layout.addWidget(self.error)
        layout.addStretch(1)
        self.setFocusProxy(self.line)
        self.line.installEventFilter(self)

    def eventFilter(self, watched, event) -> bool:  # noqa: N802 (Qt's name)
        """Alt+Down or F4 opens the calendar, as in every other date field on Windows."""
        if (
            watched is self.line
            and event.type() == QEvent.Type.KeyPress
            and (
                event.key() == Qt.Key.Key_F4
                or (
                    event.key() == Qt.Key.Key_Down
                    and event.modifiers() & Qt.KeyboardModifier.AltModifier
                )
            )
        ):
            self.calendar_button.showMenu()
            return True
        return super().eventFilter(watched, event)

    # --- value ------------------------------------------------------------------------
    def value(self):
        """The date (or date and time) shown; None when empty or not a date."""
        return self._value if self._valid else None

    def is_valid(self) -> bool:
        return self._valid

    def set_value(self, value) -> None:
        if isinstance(value, dt.datetime) and not self.with_time:
            value = value.date()
        self._value = value
        self._valid = True
        self.line.setText(self._format(value))
        self.error.hide()

    def set_today(self) -> None:
        """Today (or now, with time), as if the user typed it."""
        now = dt.datetime.now().replace(second=0, microsecond=0)
        self.set_value(now if self.with_time else now.date())
        self.edited.emit()

    def text(self) -> str:
        return self.line.text()

    def _format(self, value) -> str:
        if value is None:
            return ""
        if self.with_time:
            return f"{fmt_date(value)} {value:%H:%M}"
        return fmt_date(value)

    def _parse(self, text: str):
        if self.with_time:
            return parse_moment(text, dt.datetime.now())
        return parse_date(text, dt.date.today())

    # --- user -------------------------------------------------------------------------
    def _typed(self, text: str) -> None:
        try:
            self._value, self._valid = self._parse(text), True
        except NotADate:
            self._value, self._valid = None, False
        if self._valid:
            self.error.hide()
        self.edited.emit()

    def _finish(self) -> None:
        """Leaving the field: show the date as the program writes it, or say it is none."""
        if self._valid:
            self.line.setText(self._format(self._value))
            self.error.hide()
        else:
            self.error.setText(self.refusal())
            self.error.show()

    def refusal(self) -> str:
        """What is said next to the field when the text typed there is no date."""
        return self.tr("no such date; type e.g. %1").replace("%1", fmt_date(dt.date.today()))

    def _open_calendar(self) -> None:
        value = self.value()
        day = value.date() if isinstance(value, dt.datetime) else value
        day = day or dt.date.today()
        self.calendar.setSelectedDate(QDate(day.year, day.month, day.day))
        self.calendar.setCurrentPage(day.year, day.month)
        self.calendar.setFocus(Qt.FocusReason.PopupFocusReason)

    def _picked(self, qdate: QDate) -> None:
        day = dt.date(qdate.year(), qdate.month(), qdate.day())
        if self.with_time:
            old = self.value()
            day = dt.datetime.combine(day, old.time() if old else dt.time(0, 0))
        self.set_value(day)
        self.calendar_button.menu().close()
        self.edited.emit()

    def setReadOnly(self, read_only: bool) -> None:  # noqa: N802 (like QLineEdit)
        self.line.setReadOnly(read_only)
        self.calendar_button.setEnabled(not read_only)
