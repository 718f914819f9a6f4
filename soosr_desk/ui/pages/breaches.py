"""The breaches page: the data-breach log (Art. 33(5) GDPR) with the 72-hour clock for the
report to the Autoriteit Persoonsgegevens counting down, and the editor beside it."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QSortFilterProxyModel, Qt, QTimer
from PySide6.QtGui import QBrush, QColor, QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from soosr_desk.rules.breaches import DECISION_LABELS, ClockState
from soosr_desk.services import breaches as service
from soosr_desk.services.errors import ServiceError, ValidationErrors
from soosr_desk.ui.i18n import error_text, fmt_date, fmt_datetime, tr_msg
from soosr_desk.ui.models.rows_model import RowsModel
from soosr_desk.ui.pages.base import Page, keep_or_leave
from soosr_desk.ui.widgets.breach_editor import (
    BreachEditor,
    clock_colour,
    countdown_text,
    problem_texts,
)

SORT_ROLE = Qt.ItemDataRole.UserRole + 1
CLOCK_COLUMN = 4
STOPPED_KEY = 1e12  # sorts a stopped clock after every running one
TICK_MS = 60_000  # the countdown moves on every minute while the page is shown


class BreachRowsModel(RowsModel):
    """RowsModel with a sort key per cell (dates and hours sort as such, not as text) and
    the clock's colour: orange in the last 24 hours, red once the 72 hours ran out."""

    def __init__(self, headers, parent=None):
        super().__init__(headers, parent)
        self._keys: list[tuple] = []
        self._colours: list[str | None] = []

    def set_breach_rows(self, rows, keys: list[tuple], colours: list[str | None]) -> None:
        self._keys, self._colours = keys, colours  # set before the reset the views react to
        self.set_rows(rows)

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not (0 <= index.row() < len(self._keys)):
            return super().data(index, role)
        r, c = index.row(), index.column()
        if role == SORT_ROLE:
            return self._keys[r][c]
        if role == Qt.ItemDataRole.ForegroundRole and self._colours[r]:
            return QBrush(QColor(self._colours[r]))
        if role == Qt.ItemDataRole.FontRole and c == CLOCK_COLUMN and self._colours[r]:
            font = QFont()
            font.setBold(True)
            return font
        return super().data(index, role)


class BreachesPage(Page):
    help_topic = "breaches"

    def __init__(self, parent=None, extra: QWidget | None = None):
        super().__init__(parent)
        self.model = BreachRowsModel(
            [
                self.tr("Reference"),
                self.tr("Found"),
                self.tr("What happened"),
                self.tr("Decision"),
                self.tr("72-hour clock"),
                self.tr("Closed"),
            ]  # fmt: skip
        )
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setSortRole(SORT_ROLE)
        self.proxy.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.proxy.setFilterKeyColumn(-1)
        left = QWidget()
        lv = QVBoxLayout(left)
        lv.setContentsMargins(0, 0, 0, 0)
        top = QHBoxLayout()
        self.filter = QLineEdit()
        self.filter.setObjectName("breachFilter")
        self.filter.setPlaceholderText(self.tr("Filter breaches…"))
        self.filter.setClearButtonEnabled(True)
        self.filter.textChanged.connect(self.proxy.setFilterFixedString)
        self.new_button = QPushButton(self.tr("New breach"))
        self.new_button.setToolTip(self.tr("Log a breach (Ctrl+N)"))
        self.new_button.clicked.connect(self.new_record)
        top.addWidget(self.filter, 1)
        top.addWidget(self.new_button)
        lv.addLayout(top)
        self.view = QTableView()
        self.view.setObjectName("breachList")
        self.view.setModel(self.proxy)
        self.view.setSortingEnabled(True)
        self.view.sortByColumn(1, Qt.SortOrder.DescendingOrder)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.setWordWrap(False)
        self.view.verticalHeader().setVisible(False)
        header = self.view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.view.selectionModel().currentRowChanged.connect(self._current_changed)
        lv.addWidget(self.view, 1)
        bottom = QHBoxLayout()
        self.close_button = QPushButton(self.tr("Close breach…"))
        self.close_button.setToolTip(self.tr(
            "Close the breach once the decision, the report and the people's side are "
            "written down. A breach is never deleted: the log is proof."))  # fmt: skip
        self.close_button.clicked.connect(self.close_current)
        self.export_button = QPushButton(self.tr("Export to Excel…"))
        self.export_button.clicked.connect(self.export)
        bottom.addWidget(self.close_button)
        bottom.addStretch(1)
        bottom.addWidget(self.export_button)
        lv.addLayout(bottom)
        if extra is not None:
            lv.addWidget(extra)
        self.editor = BreachEditor()
        self.editor.saved.connect(self._saved)
        self.editor.status.connect(self.status)
        splitter = QSplitter()
        splitter.addWidget(left)
        splitter.addWidget(self.editor)
        splitter.setStretchFactor(0, 1)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([720, 600])
        splitter.setChildrenCollapsible(False)
        self.splitter = splitter
        layout = QVBoxLayout(self)
        layout.addWidget(splitter)
        self._switching = False
        self.timer = QTimer(self)
        self.timer.setInterval(TICK_MS)
        self.timer.timeout.connect(self._tick)
        self.timer.start()
        self._update_buttons()

    def title(self) -> str:
        return self.tr("Breaches")

    def areas(self):
        return ("breaches",)

    # --- list -------------------------------------------------------------------------
    def refresh(self) -> None:
        current = self.editor.breach_id()
        rows, keys, colours = [], [], []
        for b in service.list_breaches():
            if b.reported_at is not None:
                clock = self.tr("reported %1").replace("%1", fmt_datetime(b.reported_at))
            elif b.clock == ClockState.STOPPED:
                clock = self.tr("not to be reported")
            else:
                clock = countdown_text(b.hours_left)
            problems = problem_texts(b.problems)
            decision = tr_msg(DECISION_LABELS.get(b.report_decision, b.report_decision))
            rows.append((b.id, (b.reference, fmt_datetime(b.found_at), b.summary, decision,
                                clock, fmt_date(b.closed_on)),
                         "\n".join(problems), False))  # fmt: skip
            # running clocks sort by hours left, stopped ones after them
            clock_key = b.hours_left if b.hours_left is not None else STOPPED_KEY
            keys.append((b.reference, b.found_at.isoformat(), b.summary.casefold(), decision,
                         clock_key, b.closed_on.isoformat() if b.closed_on else ""))  # fmt: skip
            colours.append(clock_colour(b.hours_left))
        self.model.set_breach_rows(rows, keys, colours)
        header = self.view.horizontalHeader()
        self.view.sortByColumn(header.sortIndicatorSection(), header.sortIndicatorOrder())
        if current is not None:
            self._select(current)
        elif self.model.rowCount() and self.editor._data is None:
            self.view.selectRow(0)
        self.editor.show_clock()
        self._update_buttons()

    def _tick(self) -> None:
        if self.isVisible() and not self.editor.is_dirty():
            self.refresh()
        elif self.isVisible():
            self.editor.show_clock()

    def _select(self, breach_id: int) -> None:
        row = self.model.row_of(breach_id)
        if row < 0:
            return
        index = self.proxy.mapFromSource(self.model.index(row, 0))
        self._switching = True
        self.view.setCurrentIndex(index)
        self._switching = False

    def _current_changed(self, current, _previous) -> None:
        if self._switching or not current.isValid():
            return
        breach_id = self.model.record_id(self.proxy.mapToSource(current).row())
        if breach_id is None or breach_id == self.editor.breach_id():
            return
        if not self.can_leave():
            if self.editor.breach_id() is not None:
                self._select(self.editor.breach_id())
            return
        try:
            self.editor.load(service.get_breach(breach_id))
        except ServiceError as exc:
            self.status.emit(error_text(exc))
        self._update_buttons()

    def _saved(self, breach_id: int) -> None:
        self.refresh()
        self._select(breach_id)
        self.changed.emit("breaches")

    def _update_buttons(self) -> None:
        data = self.editor._data
        self.close_button.setEnabled(bool(data and data.id and data.closed_on is None))

    # --- Page API ---------------------------------------------------------------------
    def can_leave(self) -> bool:
        if not self.editor.is_dirty():
            return True
        return keep_or_leave(
            self, self.tr("This breach has changes that are not saved yet."), self.editor.save
        )

    def new_record(self) -> bool:
        if not self.can_leave():
            return True
        self.view.clearSelection()
        found = dt.datetime.now().replace(second=0, microsecond=0)
        self.editor.load(service.BreachData(found_at=found))
        self.editor.tabs.setCurrentIndex(0)
        self.editor.fields["description"].setFocus()
        self._update_buttons()
        return True

    def save(self) -> bool:
        return self.editor.save()

    def show_record(self, record_id: int) -> None:
        self.filter.clear()
        self._select(record_id)
        self._current_changed(self.view.currentIndex(), None)

    def focus_search(self) -> bool:
        self.filter.setFocus()
        self.filter.selectAll()
        return True

    # --- actions ----------------------------------------------------------------------
    def close_current(self) -> None:
        breach_id = self.editor.breach_id()
        if breach_id is None or not self.can_leave():
            return
        answer = QMessageBox.question(self, self.tr("Close breach"), self.tr(
            "Close this breach? It stays in the log; you can still correct it later."))  # fmt: skip
        if answer != QMessageBox.StandardButton.Yes:
            return
        try:
            closed = service.close_breach(breach_id, updated_at=self.editor.updated_at())
        except ValidationErrors as exc:
            self.editor.show_errors(exc)
            return
        except ServiceError as exc:
            QMessageBox.warning(self, self.tr("Close breach"), error_text(exc))
            return
        self.editor.load(closed)
        self._saved(closed.id)
        self.status.emit(self.tr("Breach %1 closed.").replace("%1", closed.reference))

    def export(self) -> None:
        from soosr_desk.ui.dialogs.export_dialog import export_to_excel

        path = export_to_excel(self, "breaches")
        if path is not None:
            self.status.emit(self.tr("Exported to %1.").replace("%1", str(path)))
