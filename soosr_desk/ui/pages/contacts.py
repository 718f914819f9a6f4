"""The contacts page: a list that filters as you type, and the editor beside it."""

from __future__ import annotations

from PySide6.QtCore import QItemSelectionModel, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from soosr_desk.services import contacts as service
from soosr_desk.services.errors import NotFound
from soosr_desk.ui.i18n import error_text, fmt_number
from soosr_desk.ui.models.contacts_model import ContactTableModel
from soosr_desk.ui.pages.base import Page
from soosr_desk.ui.printing import model_table, print_table
from soosr_desk.ui.questions import keep_or_leave
from soosr_desk.ui.widgets.columns import ColumnLayout
from soosr_desk.ui.widgets.contact_editor import ContactEditor

MAX_PRINTED = 2000  # contacts: some 60 pages


class ContactsPage(Page):
    help_topic = "contacts"

    def __init__(self, parent=None):
        super().__init__(parent)
        self._switching = False
        self.model = ContactTableModel(self)

        left = QWidget()
        lv = QVBoxLayout(left)
        lv.setContentsMargins(0, 0, 0, 0)
        top = QHBoxLayout()
        self.filter = QLineEdit()
        self.filter.setObjectName("contactFilter")
        self.filter.setPlaceholderText(self.tr("Search by name, e-mail, phone, city or company…"))
        self.filter.setClearButtonEnabled(True)
        self.filter.textChanged.connect(self._filter_changed)
        self.new_button = QPushButton(self.tr("New contact"))
        self.new_button.setToolTip(self.tr("Add a contact (Ctrl+N)"))
        self.new_button.clicked.connect(self.new_record)
        top.addWidget(self.filter, 1)
        top.addWidget(self.new_button)
        lv.addLayout(top)
        self.count = QLabel()
        lv.addWidget(self.count)

        self.view = QTableView()
        self.view.setObjectName("contactList")
        self.view.setModel(self.model)
        self.view.setSortingEnabled(True)
        self.view.horizontalHeader().setSortIndicator(0, Qt.SortOrder.AscendingOrder)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.setAlternatingRowColors(True)
        self.view.setWordWrap(False)
        vh = self.view.verticalHeader()
        vh.setVisible(False)
        vh.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        vh.setDefaultSectionSize(self.fontMetrics().height() + 8)
        self.columns = ColumnLayout(self.view, "contacts")
        self.view.horizontalHeader().setStretchLastSection(True)
        self.view.selectionModel().currentRowChanged.connect(self._current_changed)
        lv.addWidget(self.view, 1)

        self.editor = ContactEditor()
        self.editor.saved.connect(self._saved)
        self.editor.open_contact.connect(self.show_record)
        self.editor.status.connect(self.status)

        splitter = QSplitter()
        splitter.addWidget(left)
        splitter.addWidget(self.editor)
        splitter.setStretchFactor(0, 5)
        splitter.setStretchFactor(1, 4)
        splitter.setSizes([600, 480])
        splitter.setChildrenCollapsible(False)
        self.splitter = splitter
        layout = QVBoxLayout(self)
        layout.addWidget(splitter)
        self.model.modelReset.connect(self._update_count)
        self.model.completed.connect(self._list_complete)
        self._loaded = False

    def title(self) -> str:
        return self.tr("Contacts")

    # --- list -------------------------------------------------------------------------
    def refresh(self) -> None:
        current = self.editor.contact_id()
        if not self._loaded:
            self.model.reload()
            self._loaded = True
        else:
            self.model.refresh_rows()
        self._update_count()
        if current is not None:
            self._select(current)
            self._reload_open(current)

    def changed_elsewhere(self) -> None:
        """Another desk added or erased contacts: the list itself is read again."""
        current = self.editor.contact_id()
        self.model.reload()
        if current is not None:
            self._select(current)
            self._reload_open(current)

    def _reload_open(self, contact_id: int) -> None:
        """The open contact as stored now (another window or desk may have changed it); an
        unsaved form stays, unless the person was erased meanwhile: then it goes too."""
        try:
            data = service.get_contact(contact_id)
        except NotFound as exc:
            self.editor.show_empty()
            self.status.emit(error_text(exc))
            return
        if data.erased:
            self.editor.show_empty()
            self.status.emit(self.tr("The person who was open here has been erased."))
        elif not self.editor.is_dirty():
            self.editor.load(data)

    def _filter_changed(self, text: str) -> None:
        self.model.set_filter(text)
        current = self.editor.contact_id()
        if current is not None:
            self._select(current)

    def _list_complete(self) -> None:
        """The rest of a long list has come in (issue 20): the count, and the contact
        being edited selected again if it was beyond the first rows."""
        self._update_count()
        current = self.editor.contact_id()
        if current is not None and not self.view.selectionModel().hasSelection():
            self._select(current)

    def _update_count(self) -> None:
        if not self.model.is_complete():
            self.count.setText(self.tr("Counting contacts…"))
            return
        n = self.model.rowCount()
        # the plural from the translation, the figure as the language writes it (4.999 / 4,999)
        self.count.setText(self.tr("%n contact(s)", "", n).replace(str(n), fmt_number(n), 1))

    def _select(self, contact_id: int) -> None:
        row = self.model.row_of(contact_id)
        self._switching = True
        try:
            sm = self.view.selectionModel()
            if row < 0:
                sm.clearSelection()
                return
            index = self.model.index(row, 0)
            sm.setCurrentIndex(
                index,
                QItemSelectionModel.SelectionFlag.ClearAndSelect
                | QItemSelectionModel.SelectionFlag.Rows,
            )
            self.view.scrollTo(index)
        finally:
            self._switching = False

    def _current_changed(self, current, previous) -> None:
        if self._switching:
            return
        contact_id = self.model.contact_id(current.row()) if current.isValid() else None
        if contact_id is None or contact_id == self.editor.contact_id():
            return
        if not self.can_leave():
            previous_id = self.editor.contact_id()
            if previous_id is not None:
                self._select(previous_id)
            return
        self.editor.load_id(contact_id)

    def _saved(self, contact_id: int) -> None:
        if self.model.row_of(contact_id) < 0:
            self.model.reload()
        else:
            self.model.refresh_rows()
        self._select(contact_id)

    # --- page protocol ----------------------------------------------------------------
    def can_leave(self) -> bool:
        if not self.editor.is_dirty():
            return True
        return keep_or_leave(
            self, self.tr("This contact has changes that are not saved yet."), self.editor.save
        )

    def new_record(self) -> bool:
        if not self.can_leave():
            return True
        self._switching = True
        self.view.selectionModel().clearSelection()
        self._switching = False
        self.editor.new()
        return True

    def save(self) -> bool:
        return self.editor.save()

    def show_record(self, record_id: int) -> None:
        if self.can_leave():
            self.filter.clear()
            self._select(record_id)
            self.editor.load_id(record_id)

    def focus_search(self) -> bool:
        self.filter.setFocus()
        self.filter.selectAll()
        return True

    def print_current(self) -> bool:
        """Ctrl+P: the contacts the filter shows, as a table (a list too long to be read on
        paper is filtered first)."""
        self.model.finish()
        count = self.model.rowCount()
        if count > MAX_PRINTED:
            self.status.emit(
                self.tr("%1 contacts is too many to print: filter the list to at most %2 first.")
                .replace("%1", fmt_number(count))
                .replace("%2", fmt_number(MAX_PRINTED))
            )
            return True
        headers, rows = model_table(self.model)
        return print_table(self, self.title(), headers, rows)
