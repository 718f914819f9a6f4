"""The breaches page: the data-breach log (Art. 33(5) GDPR) with the 72-hour clock for the
report to the Autoriteit Persoonsgegevens counting down, and the editor beside it."""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QBrush, QColor, QFont
from PySide6.QtWidgets import QMessageBox, QPushButton, QStyledItemDelegate, QWidget

from soosr_desk.rules.breaches import DECISION_LABELS, ClockState
from soosr_desk.services import breaches as service
from soosr_desk.ui.i18n import fmt_datetime, tr_msg
from soosr_desk.ui.models.rows_model import Cell
from soosr_desk.ui.operation import attempt, in_box
from soosr_desk.ui.pages.list_page import ListEditorPage
from soosr_desk.ui.widgets.breach_editor import (
    BreachEditor,
    clock_colour,
    countdown_text,
    problem_texts,
)

CLOCK_COLUMN = 4
STOPPED_KEY = 1e12  # sorts a stopped clock after every running one
TICK_MS = 60_000  # the countdown moves on every minute while the page is shown


class _BoldWhenColoured(QStyledItemDelegate):
    """The clock in bold once it is coloured: the last 24 hours, or passed."""

    def initStyleOption(self, option, index) -> None:  # noqa: N802 (Qt's name)
        super().initStyleOption(option, index)
        if index.data(Qt.ItemDataRole.ForegroundRole) is not None:
            font = QFont(option.font)
            font.setBold(True)
            option.font = font


class BreachesPage(ListEditorPage):
    help_topic = "breaches"
    stretch_column, reference_columns = 2, (0,)

    def __init__(self, parent=None, extra: QWidget | None = None):
        super().__init__(
            BreachEditor(),
            [
                self.tr("Reference"),
                self.tr("Found"),
                self.tr("What happened"),
                self.tr("Decision"),
                self.tr("72-hour clock"),
                self.tr("Closed"),
            ],
            parent,
            extra,
        )
        self.filter.setObjectName("breachFilter")
        self.view.setObjectName("breachList")
        self.new_button.setToolTip(self.tr("Log a breach (Ctrl+N)"))
        self.delete_button.hide()  # a breach log is proof: a breach is closed, not deleted
        self.close_button = QPushButton(self.tr("Close breach…"))
        self.close_button.setToolTip(
            self.tr(
                "Close the breach once the decision, the report and the people's side are "
                "written down. A breach is never deleted: the log is proof."
            )
        )
        self.close_button.clicked.connect(self.close_current)
        self.bottom.insertWidget(0, self.close_button)
        self.export_button = QPushButton(self.tr("Export to Excel…"))
        self.export_button.clicked.connect(self.export)
        self.bottom.addWidget(self.export_button)
        self.view.setWordWrap(False)
        self.view.sortByColumn(1, Qt.SortOrder.DescendingOrder)  # the newest first
        self.clock_delegate = _BoldWhenColoured(self.view)
        self.view.setItemDelegateForColumn(CLOCK_COLUMN, self.clock_delegate)
        self.splitter.setStretchFactor(0, 1)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setSizes([720, 600])
        self.model.colour = self._colour
        self._colours: dict[int, str | None] = {}
        self.editor.loaded.connect(self._update_buttons)
        self.timer = QTimer(self)
        self.timer.setInterval(TICK_MS)
        self.timer.timeout.connect(self._tick)
        self.timer.start()
        self._update_buttons()

    def title(self) -> str:
        return self.tr("Breaches")

    def texts(self) -> dict[str, str]:
        return {
            "filter": self.tr("Filter breaches…"),
            "new": self.tr("New breach"),
            "unsaved": self.tr("This breach has changes that are not saved yet."),
        }  # no delete: the delete button is hidden

    # --- ListEditorPage -----------------------------------------------------------------
    def rows(self):
        rows = []
        self._colours = {}
        for b in service.list_breaches():
            if b.reported_at is not None:
                clock = self.tr("reported %1").replace("%1", fmt_datetime(b.reported_at))
            elif b.clock == ClockState.STOPPED:
                clock = self.tr("not to be reported")
            else:
                clock = countdown_text(b.hours_left)
            # running clocks sort by hours left, stopped ones after them
            key = b.hours_left if b.hours_left is not None else STOPPED_KEY
            self._colours[b.id] = clock_colour(b.hours_left)
            decision = tr_msg(DECISION_LABELS.get(b.report_decision, b.report_decision))
            rows.append(
                (
                    b.id,
                    (
                        b.reference,
                        Cell(fmt_datetime(b.found_at), b.found_at),
                        b.summary,
                        decision,
                        Cell(clock, key),
                        b.closed_on,
                    ),
                    "\n".join(problem_texts(b.problems)),
                    self._colours[b.id] is not None,
                )
            )
        return rows

    def _colour(self, record_id: int) -> QBrush | None:
        colour = self._colours.get(record_id)
        return QBrush(QColor(colour)) if colour else None

    def load_record(self, record_id: int):
        return service.get_breach(record_id)

    def blank_record(self):
        return self.editor._blank()

    def new_record(self) -> bool:
        done = super().new_record()
        self.editor.fields["description"].setFocus()
        return done

    def delete_record(self, record_id: int) -> None:
        raise NotImplementedError  # not offered

    def _tick(self) -> None:
        """Moves the clocks on; leaves the editor's text (and where its cursor is) alone."""
        if not self.isVisible():
            return
        self.refresh_rows()
        if self.editor.record_id() is not None:
            self._select(self.editor.record_id())
        self.editor.show_clock()

    def _update_buttons(self) -> None:
        data = self.editor._data
        self.close_button.setEnabled(bool(data and data.id and data.closed_on is None))

    # --- actions ----------------------------------------------------------------------
    def close_current(self) -> None:
        breach_id = self.editor.record_id()
        if breach_id is None or not self.can_leave():
            return
        answer = QMessageBox.question(
            self,
            self.tr("Close breach"),
            self.tr("Close this breach? It stays in the log; you can still correct it later."),
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        done = attempt(
            lambda: service.close_breach(breach_id, updated_at=self.editor._data.updated_at),
            in_box(self, self.tr("Close breach")),
            invalid=self.editor.show_errors,
        )
        if done.value is None:
            return
        closed = done.value
        self.editor.load(closed)
        self._saved(closed.id)
        self.status.emit(self.tr("Breach %1 closed.").replace("%1", closed.reference))

    def export(self) -> None:
        from soosr_desk.ui.dialogs.export_dialog import export_to_excel

        path = export_to_excel(self, "breaches")
        if path is not None:
            self.status.emit(self.tr("Exported to %1.").replace("%1", str(path)))
