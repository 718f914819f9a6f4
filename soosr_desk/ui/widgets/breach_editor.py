"""One data breach of the log (Art. 33(5) GDPR): what happened, who and what it touched,
and whether and when it was reported to the AP and told to the people, or why not."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt, QUrl, Signal
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QSpinBox,
    QWidget,
)

from soosr_desk.exports.safe_text import safe_filename
from soosr_desk.rules.breaches import AP_REPORT_URL, DECISION_LABELS, WARN_HOURS, Decision
from soosr_desk.services import breach_notice
from soosr_desk.services import breaches as service
from soosr_desk.services.errors import ServiceError
from soosr_desk.ui.errors import failure_text
from soosr_desk.ui.i18n import error_text, fmt_date, fmt_datetime, tr_msg
from soosr_desk.ui.widgets.fields import date_edit
from soosr_desk.ui.widgets.record_editor import RecordEditor, text_box

SOON_COLOUR = "#b25b00"  # the warning colour of the lists (ui.models.rows_model.WARNING)
OVERDUE_COLOUR = "#b00020"  # the error colour of the forms (ui.widgets.fields.ERROR_STYLE)
_MAX_SPIN = 2_147_483_647  # QSpinBox holds a C int


def countdown_text(hours_left: float) -> str:
    """The 72-hour clock as "13 h left", "40 min left" or "deadline passed"."""
    if hours_left < 0:
        return QCoreApplication.translate("BreachClock", "deadline passed")
    if hours_left < 1:
        return QCoreApplication.translate("BreachClock", "%1 min left").replace(
            "%1", str(int(hours_left * 60))
        )
    return QCoreApplication.translate("BreachClock", "%1 h left").replace(
        "%1", str(int(hours_left))
    )


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


def _count_edit(unknown: str) -> QSpinBox:
    edit = QSpinBox()
    edit.setRange(-1, _MAX_SPIN)
    edit.setSpecialValueText(unknown)  # shown at -1: the number is not known
    edit.setValue(-1)
    edit.setMaximumWidth(180)
    return edit


def _with_button(widget: QWidget, button: QPushButton) -> QWidget:
    row = QWidget()
    layout = QHBoxLayout(row)
    layout.setContentsMargins(0, 0, 0, 0)
    layout.addWidget(widget, 1)
    layout.addWidget(button)
    return row


class BreachEditor(RecordEditor):
    limits = service.TEXT_LIMITS
    loaded = Signal()  # a breach was shown, or none: the page's buttons follow

    def __init__(self, parent=None):
        super().__init__(parent)
        self.clock = QLabel()
        self.clock.setObjectName("breachClock")
        self.clock.setWordWrap(True)
        self.layout_.insertWidget(1, self.clock)  # under the heading

        wf = self._tab(self.tr("What happened"))
        self._add(wf, "found_at", self.tr("Found on"), date_edit(with_time=True))
        self._add(wf, "occurred_at", self.tr("Happened on (if known)"), date_edit(with_time=True))
        self._add(wf, "description", self.tr("What happened"), text_box(150))
        self._add(wf, "consequences", self.tr("Likely consequences"), text_box(110))
        self._add(wf, "measures", self.tr("Measures taken"), text_box(110))

        pf = self._tab(self.tr("Data and people"))
        self._add(pf, "data_categories", self.tr("Kinds of personal data"), text_box(90))
        self._add(pf, "subject_categories", self.tr("Groups of people affected"), text_box(90))
        self._add(pf, "people_count", self.tr("Number of people"), _count_edit(self.tr("unknown")))
        self._add(
            pf, "records_count", self.tr("Number of records"), _count_edit(self.tr("unknown"))
        )

        rf = self._tab(self.tr("Reporting"))
        self.decide_help = self._decide_help()
        rf.addRow(self.decide_help)
        decision = QComboBox()
        for value in Decision:
            decision.addItem(tr_msg(DECISION_LABELS[value]), value.value)
        self._add(rf, "report_decision", self.tr("Report to the AP?"), decision)
        reported = date_edit(with_time=True)
        self.reported_now = QPushButton(self.tr("Now"))
        self.reported_now.clicked.connect(reported.set_today)
        self._add(
            rf,
            "reported_to_authority_at",
            self.tr("Reported to the AP on"),
            reported,
            holder=_with_button(reported, self.reported_now),
        )
        self._add(rf, "late_reason", self.tr("Reasons for reporting after 72 hours"), text_box(60))
        self._add(rf, "not_reported_reason", self.tr("Why not reported"), text_box(70))
        informed = date_edit()
        self.informed_today = QPushButton(self.tr("Today"))
        self.informed_today.clicked.connect(informed.set_today)
        self._add(
            rf,
            "people_informed_on",
            self.tr("People informed on"),
            informed,
            holder=_with_button(informed, self.informed_today),
        )
        self._add(
            rf, "people_not_informed_reason", self.tr("Why people not informed"), text_box(70)
        )
        self.letter_language = QComboBox()
        self.letter_language.addItem(self.tr("Dutch"), "nl")
        self.letter_language.addItem(self.tr("English"), "en")
        self.letter_button = QPushButton(self.tr("Letter to the people concerned (Art. 34)…"))
        self.letter_button.clicked.connect(self.make_letter)
        letter_row = QWidget()
        ll = QHBoxLayout(letter_row)
        ll.setContentsMargins(0, 0, 0, 0)
        ll.addWidget(self.letter_language)
        ll.addWidget(self.letter_button)
        ll.addStretch(1)
        rf.addRow(self.tr("Letter"), letter_row)
        self.opener = lambda path: QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))
        self._add(rf, "closed_on", self.tr("Closed on"), date_edit())
        self.finish_layout()
        self._show_empty()

    def make_letter(self) -> Path | None:
        """The Art. 34 letter of the saved breach, in the chosen language, saved where the
        user says and opened. Staff record the date the letters went out themselves."""
        if self._data is None or not self._data.id:
            return None
        title = self.tr("Letter to the people concerned")
        if self.is_dirty():
            QMessageBox.information(self, title, self.tr("Save the breach first."))
            return None
        language = self.letter_language.currentData()
        suggested = safe_filename(f"datalek-{self._data.reference}-{language}", "pdf")
        name, _ = QFileDialog.getSaveFileName(
            self, title, str(Path.home() / suggested), self.tr("PDF file (*.pdf)")
        )
        if not name:
            return None
        try:
            path = breach_notice.make_letter(self._data.id, language, Path(name))
        except ServiceError as exc:
            QMessageBox.warning(self, title, error_text(exc))
            return None
        except Exception as exc:
            QMessageBox.warning(self, title, failure_text(exc))
            return None
        self.opener(path)
        self._show_message(
            self.tr(
                "Letter saved. Enter the date the people were informed "
                "once the letters have gone out."
            )
        )
        return path

    def _decide_help(self) -> QLabel:
        """The AP's criteria for reporting, in a few lines, and the way to its form."""
        points = [
            self.tr(
                "the data can be misused: identity fraud, money lost, damage to a "
                "reputation, discrimination;"
            ),
            self.tr("sensitive data: health, BSN, copies of ID, financial data, passwords;"),
            self.tr("many people, or vulnerable people such as children;"),
            self.tr("the data is readable: not encrypted, not retrieved or wiped in time."),
        ]
        text = (
            "<p>"
            + self.tr(
                "Report to the Autoriteit Persoonsgegevens within 72 hours of "
                "finding the breach (Art. 33 GDPR), unless it is unlikely to put "
                "people at risk. Report when, for example:"
            )
            + "</p><ul>"
            + "".join(f"<li>{p}</li>" for p in points)
            + "</ul><p>"
            + self.tr(
                "Not reporting? Write down why (Art. 33(5)). A high risk for the "
                "people? Tell them too (Art. 34). Press F1 for more."
            )
            + "</p><p>"
            + f"<a href='{AP_REPORT_URL}'>"
            + self.tr("Report a data breach to the AP (meldformulier datalekken)")
            + "</a></p>"
        )
        label = QLabel(text)
        label.setObjectName("decideHelp")
        label.setWordWrap(True)
        label.setTextFormat(Qt.TextFormat.RichText)
        label.setOpenExternalLinks(True)
        return label

    def _tab(self, title: str) -> QFormLayout:
        page = QWidget()
        self.tabs.addTab(page, title)
        return QFormLayout(page)

    # --- the fields fields.py does not know: a date with a time, a number ---------------
    def _watch_field(self, widget: QWidget) -> None:
        if isinstance(widget, QSpinBox):
            widget.valueChanged.connect(self._edited)
        else:
            super()._watch_field(widget)

    def _read_field(self, widget: QWidget):
        if isinstance(widget, QSpinBox):
            return None if widget.value() < 0 else widget.value()
        return super()._read_field(widget)

    def _write_field(self, widget: QWidget, value) -> None:
        if isinstance(widget, QSpinBox):
            widget.setValue(-1 if value is None else min(value, _MAX_SPIN))
        else:
            super()._write_field(widget, value)

    # --- RecordEditor -------------------------------------------------------------------
    def _blank(self) -> service.BreachData:
        return service.BreachData(found_at=dt.datetime.now().replace(second=0, microsecond=0))

    def _title(self, data) -> str:
        return data.reference or self.tr("New breach")

    def _problems(self, data) -> list[str]:
        return problem_texts(service.problems_of(data)) if data.id else []

    def _store(self, data):
        return service.save_breach(data)

    def _saved_text(self) -> str:
        return self.tr("Breach %1 saved.").replace("%1", self._data.reference)

    def _after_edit(self) -> None:
        self.show_clock()

    def load(self, data) -> None:
        super().load(data)
        self.loaded.emit()

    def clear(self) -> None:
        super().clear()
        self._show_empty()
        self.loaded.emit()

    def _show_empty(self) -> None:
        self.heading.setText(self.tr("No breach selected"))
        self.problems.hide()
        self.clock.setStyleSheet("")
        self.clock.setText(self.tr("Log a breach as soon as it is found: New breach (Ctrl+N)."))

    # --- the 72-hour clock --------------------------------------------------------------
    def show_clock(self) -> None:
        """The deadline for the report to the AP and where the clock stands, as typed."""
        if self._data is None:
            return
        found = self._read_field(self.fields["found_at"])
        if found is None:
            self.clock.setText(
                self.tr(
                    "Enter when the breach was found: the 72 hours to "
                    "report it to the AP start then."
                )
            )
            self.clock.setStyleSheet("")
            return
        deadline = service.authority_deadline(found)
        text = self.tr("Report to the AP by: %1").replace("%1", fmt_datetime(deadline))
        reported = self._read_field(self.fields["reported_to_authority_at"])
        left = None
        if reported is not None:
            state = self.tr("reported on %1").replace("%1", fmt_datetime(reported))
        elif self._read_field(self.fields["report_decision"]) == Decision.NO_REPORT:
            state = self.tr("decided not to report")
        else:
            left = service.hours_left(found)
            state = countdown_text(left)
        self.clock.setText(f"<b>{text}</b> \u2014 {state}")
        colour = clock_colour(left)
        self.clock.setStyleSheet(f"color: {colour};" if colour else "")
