"""A page with a short list on the left (filter as you type, sort by any column) and the
selected record's editor on the right: the register, third parties, breaches.

A subclass gives the columns, the rows, how to load and delete a record and its editor
(a `RecordEditor`); this class does selection, unsaved-changes questions, Ctrl+N/S/F and
opening a record from the dashboard."""

from __future__ import annotations

from PySide6.QtCore import QSortFilterProxyModel, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from soosr_desk.ui.models.rows_model import SORT_ROLE, RowsModel
from soosr_desk.ui.operation import attempt, in_box
from soosr_desk.ui.pages.base import Page
from soosr_desk.ui.printing import model_table, print_table
from soosr_desk.ui.questions import keep_or_leave
from soosr_desk.ui.widgets.columns import ColumnLayout
from soosr_desk.ui.widgets.record_editor import RecordEditor


class ListEditorPage(Page):
    stretch_column = 0  # takes the room left; its long texts end in "…" (full text: tooltip)
    reference_columns: tuple[int, ...] = ()  # never cut

    def __init__(
        self, editor: RecordEditor, headers: list[str], parent=None, extra: QWidget | None = None
    ):
        super().__init__(parent)
        self.model = RowsModel(headers)
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.proxy.setFilterKeyColumn(-1)
        self.proxy.setSortRole(SORT_ROLE)
        left = QWidget()
        lv = QVBoxLayout(left)
        lv.setContentsMargins(0, 0, 0, 0)
        top = QHBoxLayout()
        self.filter = QLineEdit()
        self.filter.setPlaceholderText(self.texts()["filter"])
        self.filter.setClearButtonEnabled(True)
        self.filter.textChanged.connect(self.proxy.setFilterFixedString)
        self.new_button = QPushButton(self.texts()["new"])
        self.new_button.clicked.connect(self.new_record)
        top.addWidget(self.filter, 1)
        top.addWidget(self.new_button)
        lv.addLayout(top)
        self.view = QTableView()
        self.view.setModel(self.proxy)
        self.view.setSortingEnabled(True)
        self.view.sortByColumn(0, Qt.SortOrder.AscendingOrder)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.verticalHeader().setVisible(False)
        self.view.selectionModel().currentRowChanged.connect(self._current_changed)
        self.columns = ColumnLayout(
            self.view,
            type(self).__name__,
            stretch=self.stretch_column,
            whole=self.reference_columns,
        )
        lv.addWidget(self.view, 1)
        self.bottom = QHBoxLayout()
        self.delete_button = QPushButton(self.texts().get("delete", ""))
        self.delete_button.clicked.connect(self.delete_current)
        self.bottom.addWidget(self.delete_button)
        self.bottom.addStretch(1)
        lv.addLayout(self.bottom)
        if extra is not None:
            lv.addWidget(extra)
        self.editor = editor
        self.editor.saved.connect(self._saved)
        # "Undo changes" after the editor put its copy back: the record as stored now (a
        # save refused because another window or desk saved first shows what they saved)
        self.editor.revert_button.clicked.connect(self.refresh)
        self.editor.status.connect(self.status)
        self.splitter = splitter = QSplitter()
        splitter.addWidget(left)
        splitter.addWidget(self.editor)
        splitter.setStretchFactor(0, 2)
        splitter.setStretchFactor(1, 3)
        splitter.setSizes([560, 760])
        splitter.setChildrenCollapsible(False)
        layout = QVBoxLayout(self)
        layout.addWidget(splitter)
        self._switching = False

    # --- for subclasses ---------------------------------------------------------------
    def texts(self) -> dict[str, str]:
        """filter, new, unsaved, and (where records are deleted) delete, confirm_delete,
        deleted: the page's own words."""
        raise NotImplementedError

    def rows(self) -> list[tuple[int, tuple, str, bool]]:
        raise NotImplementedError

    def load_record(self, record_id: int):
        raise NotImplementedError

    def blank_record(self):
        raise NotImplementedError

    def delete_record(self, record_id: int) -> None:
        raise NotImplementedError

    # --- Page -------------------------------------------------------------------------
    def refresh(self) -> None:
        current = self.editor.record_id()
        self.refresh_rows()
        if current is not None and self.model.row_of(current) >= 0:
            self._select(current)
            if not self.editor.is_dirty():  # show what another page or window changed
                done = attempt(lambda: self.load_record(current), self.status.emit)
                if done.ok:
                    self.editor.load(done.value)
        elif current is None and self.editor.is_dirty():
            pass  # a new record being typed: keep it
        elif self.model.rowCount():
            self.view.selectRow(0)
        else:
            self.editor.clear()

    def refresh_rows(self) -> None:
        """Reads the rows again, sorted as before; leaves the editor alone."""
        self.model.set_rows(self.rows())
        header = self.view.horizontalHeader()
        self.view.sortByColumn(header.sortIndicatorSection(), header.sortIndicatorOrder())

    def _select(self, record_id: int) -> None:
        row = self.model.row_of(record_id)
        if row < 0:
            return
        index = self.proxy.mapFromSource(self.model.index(row, 0))
        self._switching = True
        self.view.setCurrentIndex(index)
        self._switching = False

    def _current_changed(self, current, _previous) -> None:
        if self._switching or not current.isValid():
            return
        record_id = self.model.record_id(self.proxy.mapToSource(current).row())
        if record_id is None or record_id == self.editor.record_id():
            return
        if not self.can_leave():
            if self.editor.record_id() is not None:
                self._select(self.editor.record_id())
            return
        done = attempt(lambda: self.load_record(record_id), self.status.emit)
        if done.ok:
            self.editor.load(done.value)

    def _saved(self, record_id: int) -> None:
        self.refresh()
        self._select(record_id)

    def can_leave(self) -> bool:
        if not self.editor.is_dirty():
            return True
        return keep_or_leave(self, self.texts()["unsaved"], self.editor.save)

    def new_record(self) -> bool:
        if not self.can_leave():
            return True
        self.view.clearSelection()
        self.editor.load(self.blank_record())
        self.editor.tabs.setCurrentIndex(0)
        self.editor.fields["name"].setFocus() if "name" in self.editor.fields else None
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

    def print_current(self) -> bool:
        """Prints the list as shown (filtered and sorted) through Qt's print dialog."""
        headers, rows = model_table(self.proxy)
        return print_table(self, self.title(), headers, rows, self.reference_columns)

    def delete_current(self) -> None:
        record_id = self.editor.record_id()
        if record_id is None:
            return
        texts = self.texts()
        answer = QMessageBox.question(self, texts["delete"].rstrip("…"), texts["confirm_delete"])
        if answer != QMessageBox.StandardButton.Yes:
            return
        if not attempt(
            lambda: self.delete_record(record_id), in_box(self, texts["delete"].rstrip("…"))
        ).ok:
            return
        self.editor.clear()
        self.refresh()
        self.status.emit(texts["deleted"])
