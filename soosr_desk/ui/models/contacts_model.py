"""The contacts list as a Qt model: ids from the service (filtered and sorted in SQL),
rows loaded a page at a time as the view shows them. Never all rows into widgets.

Speed at 100,000 contacts (issue 20, bench/contacts.py): sorted by name, the covering
index answers a keystroke on its own. Sorted by another column, a keystroke takes the
matches from that same index and keeps the column's order, read once through its own
index and kept until the data may have changed (`reload`, `refresh_rows`): otherwise each
keystroke would look up 100,000 rows in the table."""

from __future__ import annotations

from collections import OrderedDict

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor, QFont

from soosr_desk.rules.vocab import Relation
from soosr_desk.services import contacts as service
from soosr_desk.ui.i18n import fmt_date, tr_msg

PAGE = 50  # rows read at a time: a screenful and a bit, so a keystroke reads few
_ROOT = QModelIndex()
MAX_PAGES = 80


class ContactTableModel(QAbstractTableModel):
    KEYS = ("name", "company", "email", "phone", "city", "relation", "status", "updated")

    def __init__(self, parent=None):
        super().__init__(parent)
        self._ids: list[int] = []
        self._pages: OrderedDict[int, dict[int, service.ContactRow]] = OrderedDict()
        self._filter = ""
        self._sort = "name"
        self._descending = False
        self._loaded = False  # ids are read when the page is first shown, not at start-up
        self._order: tuple[tuple[str, bool], list[int]] | None = None  # (sort, ids) kept
        self._headers = {
            "name": self.tr("Name"),
            "company": self.tr("Company"),
            "email": self.tr("E-mail"),
            "phone": self.tr("Phone"),
            "city": self.tr("City"),
            "relation": self.tr("Relation"),
            "status": self.tr("Status"),
            "updated": self.tr("Changed"),
        }
        self._italic = QFont()
        self._italic.setItalic(True)

    # --- loading ----------------------------------------------------------------------
    def set_filter(self, text: str) -> None:
        self._filter = text
        self._reset()

    def reload(self) -> None:
        """Reads the list again (the data may have changed)."""
        self._order = None
        self._reset()

    def _reset(self) -> None:
        self._loaded = True
        self.beginResetModel()
        self._ids = self._read_ids()
        self._pages.clear()
        self.endResetModel()

    def _read_ids(self) -> list[int]:
        key = (self._sort, self._descending)
        if self._sort == "name" or not self._filter.split():
            ids = service.search_ids(self._filter, *key)
            if not self._filter.split() and self._sort != "name":
                self._order = (key, ids)
            return ids
        if self._order is None or self._order[0] != key:
            self._order = (key, service.search_ids("", *key))
        matches = set(service.search_ids(self._filter, "name"))
        return [cid for cid in self._order[1] if cid in matches]

    def refresh_rows(self) -> None:
        """Re-reads the shown rows (after an edit) without changing order or selection."""
        self._order = None  # an edit may have moved a contact in another column's order
        self._pages.clear()
        if self._ids:
            self.dataChanged.emit(
                self.index(0, 0), self.index(len(self._ids) - 1, len(self.KEYS) - 1)
            )

    def contact_id(self, row: int) -> int | None:
        return self._ids[row] if 0 <= row < len(self._ids) else None

    def row_of(self, contact_id: int) -> int:
        try:
            return self._ids.index(contact_id)
        except ValueError:
            return -1

    def _row(self, row: int) -> service.ContactRow | None:
        page_no = row // PAGE
        page = self._pages.get(page_no)
        if page is None:
            ids = self._ids[page_no * PAGE : (page_no + 1) * PAGE]
            page = service.rows_for(ids)
            self._pages[page_no] = page
            if len(self._pages) > MAX_PAGES:
                self._pages.popitem(last=False)
        else:
            self._pages.move_to_end(page_no)
        return page.get(self._ids[row])

    # --- Qt model API ---------------------------------------------------------------------
    def rowCount(self, parent=_ROOT):
        return 0 if parent.isValid() else len(self._ids)

    def columnCount(self, parent=_ROOT):
        return 0 if parent.isValid() else len(self.KEYS)

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):
        if (
            orientation == Qt.Orientation.Horizontal
            and role == Qt.ItemDataRole.DisplayRole
            and 0 <= section < len(self.KEYS)
        ):
            return self._headers[self.KEYS[section]]
        return None

    def data(self, index: QModelIndex | QPersistentModelIndex, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not (0 <= index.row() < len(self._ids)):
            return None
        row = self._row(index.row())
        if row is None:  # erased or deleted since the ids were read
            return None
        key = self.KEYS[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(row, key)
        if role == Qt.ItemDataRole.ToolTipRole and row.restricted:
            return self.tr("Restricted (Art. 18): kept, not processed, not editable.")
        if role == Qt.ItemDataRole.ForegroundRole and row.restricted:
            return QBrush(QColor("#7a7a7a"))
        if role == Qt.ItemDataRole.FontRole and row.restricted:
            return self._italic
        if role == Qt.ItemDataRole.UserRole:
            return row.id
        return None

    def _display(self, row: service.ContactRow, key: str) -> str:
        if key == "relation":
            return tr_msg(Relation.label_of(row.relation))
        if key == "status":
            flags = []
            if row.restricted:
                flags.append(self.tr("Restricted"))
            if row.objected_marketing:
                flags.append(self.tr("No marketing"))
            return ", ".join(flags)
        if key == "updated":
            return fmt_date(row.updated_at)
        return getattr(row, key)

    def sort(self, column: int, order=Qt.SortOrder.AscendingOrder):
        key = self.KEYS[column] if 0 <= column < len(self.KEYS) else "name"
        key = key if key in service.SORT_KEYS else "name"
        descending = order == Qt.SortOrder.DescendingOrder
        if (key, descending) == (self._sort, self._descending):
            return  # the header asks again when the indicator is set
        self._sort, self._descending = key, descending
        if not self._loaded:
            return
        self.layoutAboutToBeChanged.emit()
        old = list(self._ids)
        persistent = self.persistentIndexList()
        self._ids = self._read_ids()
        self._pages.clear()
        positions = {cid: i for i, cid in enumerate(self._ids)}
        new_indexes = []
        for idx in persistent:
            cid = old[idx.row()] if 0 <= idx.row() < len(old) else None
            r = positions.get(cid, -1) if cid is not None else -1
            new_indexes.append(self.index(r, idx.column()) if r >= 0 else QModelIndex())
        self.changePersistentIndexList(persistent, new_indexes)
        self.layoutChanged.emit()
