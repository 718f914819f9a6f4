"""The register page: the processing activities, their editor, the Excel export and the
privacy statement made from them."""

from __future__ import annotations

from PySide6.QtCore import QSortFilterProxyModel, Qt
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

from soosr_desk.rules.vocab import LegalBasis
from soosr_desk.services import register as service
from soosr_desk.services.errors import ServiceError
from soosr_desk.ui.i18n import error_text, fmt_date, tr_msg
from soosr_desk.ui.models.rows_model import RowsModel
from soosr_desk.ui.pages.base import Page, keep_or_leave
from soosr_desk.ui.widgets.activity_editor import ActivityEditor


class RegisterPage(Page):
    help_topic = "register"

    def __init__(self, parent=None, extra: QWidget | None = None):
        super().__init__(parent)
        self.model = RowsModel(
            [
                self.tr("Activity"),
                self.tr("Legal basis"),
                self.tr("Owner"),
                self.tr("Last reviewed"),
                self.tr("Attention"),
            ]  # fmt: skip
        )
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.proxy.setFilterKeyColumn(-1)
        left = QWidget()
        lv = QVBoxLayout(left)
        lv.setContentsMargins(0, 0, 0, 0)
        top = QHBoxLayout()
        self.filter = QLineEdit()
        self.filter.setPlaceholderText(self.tr("Filter activities…"))
        self.filter.setClearButtonEnabled(True)
        self.filter.textChanged.connect(self.proxy.setFilterFixedString)
        self.new_button = QPushButton(self.tr("New activity"))
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
        self.view.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.view.selectionModel().currentRowChanged.connect(self._current_changed)
        lv.addWidget(self.view, 1)
        bottom = QHBoxLayout()
        self.delete_button = QPushButton(self.tr("Delete activity…"))
        self.delete_button.clicked.connect(self.delete_current)
        self.export_button = QPushButton(self.tr("Export to Excel…"))
        self.export_button.clicked.connect(self.export)
        bottom.addWidget(self.delete_button)
        bottom.addStretch(1)
        bottom.addWidget(self.export_button)
        lv.addLayout(bottom)
        if extra is not None:
            lv.addWidget(extra)
        self.editor = ActivityEditor()
        self.editor.saved.connect(self._saved)
        self.editor.status.connect(self.status)
        splitter = QSplitter()
        splitter.addWidget(left)
        splitter.addWidget(self.editor)
        splitter.setStretchFactor(0, 2)
        splitter.setStretchFactor(1, 3)
        splitter.setSizes([560, 760])
        splitter.setChildrenCollapsible(False)
        layout = QVBoxLayout(self)
        layout.addWidget(splitter)
        self._switching = False

    def title(self) -> str:
        return self.tr("Register")

    def areas(self):
        return ("register",)

    def refresh(self) -> None:
        current = self.editor.activity_id()
        rows = []
        for a in service.list_activities():
            problems = [tr_msg(p) for p in a.problems]
            rows.append((a.id, (a.name, tr_msg(LegalBasis.label_of(a.legal_basis)), a.owner,
                                fmt_date(a.last_reviewed), " ".join(problems)),
                         "\n".join(problems), bool(problems)))  # fmt: skip
        self.model.set_rows(rows)
        header = self.view.horizontalHeader()
        self.view.sortByColumn(header.sortIndicatorSection(), header.sortIndicatorOrder())
        if current is not None:
            self._select(current)
        elif self.model.rowCount():
            self.view.selectRow(0)

    def _select(self, activity_id: int) -> None:
        row = self.model.row_of(activity_id)
        if row < 0:
            return
        index = self.proxy.mapFromSource(self.model.index(row, 0))
        self._switching = True
        self.view.setCurrentIndex(index)
        self._switching = False

    def _current_changed(self, current, _previous) -> None:
        if self._switching or not current.isValid():
            return
        activity_id = self.model.record_id(self.proxy.mapToSource(current).row())
        if activity_id is None or activity_id == self.editor.activity_id():
            return
        if not self.can_leave():
            if self.editor.activity_id() is not None:
                self._select(self.editor.activity_id())
            return
        try:
            self.editor.load(service.get_activity(activity_id))
        except ServiceError as exc:
            self.status.emit(error_text(exc))

    def _saved(self, activity_id: int) -> None:
        self.refresh()
        self._select(activity_id)
        self.changed.emit("register")

    def can_leave(self) -> bool:
        if not self.editor.is_dirty():
            return True
        return keep_or_leave(
            self, self.tr("This activity has changes that are not saved yet."), self.editor.save
        )

    def new_record(self) -> bool:
        if not self.can_leave():
            return True
        self.view.clearSelection()
        self.editor.load(service.ActivityData())
        self.editor.tabs.setCurrentIndex(0)
        self.editor.fields["name"].setFocus()
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

    def delete_current(self) -> None:
        activity_id = self.editor.activity_id()
        if activity_id is None:
            return
        answer = QMessageBox.question(self, self.tr("Delete activity"), self.tr(
            "Delete this processing activity from the register? The privacy statement "
            "changes with it."))  # fmt: skip
        if answer != QMessageBox.StandardButton.Yes:
            return
        try:
            service.delete_activity(activity_id)
        except ServiceError as exc:
            QMessageBox.warning(self, self.tr("Delete activity"), error_text(exc))
            return
        self.editor._data = None
        self.refresh()
        self.changed.emit("register")
        self.status.emit(self.tr("Activity deleted."))

    def export(self) -> None:
        from soosr_desk.ui.dialogs.export_dialog import export_to_excel

        path = export_to_excel(self, "register")
        if path is not None:
            self.status.emit(self.tr("Exported to %1.").replace("%1", str(path)))
