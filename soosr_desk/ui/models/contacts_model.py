"""The contacts list as a Qt model: ids from the service (filtered and sorted in SQL),
rows loaded a page at a time as the view shows them. Never all rows into widgets.

Speed at 500,000 contacts (issue 20, bench/contacts.py): a keystroke reads only the first
`FIRST` ids in list order on the UI thread, through the index of the sort column, which
stops as soon as it has them ("n" matches nearly everyone: the first 200 are found at
once). The whole list, and so the count, is read in the background through a connection
of its own and added when it is there (`completed`); a newer keystroke interrupts it.
Sorted by another column than the name with a filter, up to `FEW` matches are ordered at
once; more are looked for in that column's order for at most `WITHIN_S`, and the whole
list in the background takes the matches from the name index and keeps the column's
order, read once and kept until the data may have changed (`reload`, `refresh_rows`)."""

from __future__ import annotations

import logging
from collections import OrderedDict

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtGui import QBrush, QColor, QFont

from soosr_desk.rules.vocab import Relation
from soosr_desk.services import contact_list
from soosr_desk.services import contacts as service
from soosr_desk.ui import background
from soosr_desk.ui.i18n import fmt_date, tr_msg

log = logging.getLogger(__name__)

PAGE = 50  # rows read at a time: a screenful and a bit, so a keystroke reads few
_ROOT = QModelIndex()
MAX_PAGES = 80
FIRST = 200  # ids read on the UI thread at a keystroke; the rest in the background
FEW = 2000  # matches ordered by another column at once, on the UI thread
WITHIN_S = 0.05  # the most the UI thread looks for the first matches in a column's order

Key = tuple[str, bool]  # (sort column, descending)


def _whole_list(
    text: str, key: Key, order: list[int] | None, reader
) -> tuple[list[int], list[int] | None]:
    """The whole list (off the UI thread), and the column's order to keep when read."""
    if key[0] == "name" or not text.split():
        ids = contact_list.search_ids(text, *key, reader=reader)
        return ids, (ids if key[0] != "name" and not text.split() else order)
    if order is None:
        order = contact_list.search_ids("", *key, reader=reader)
    matches = set(contact_list.search_ids(text, "name", reader=reader))
    return [cid for cid in order if cid in matches], order


class ContactTableModel(QAbstractTableModel):
    KEYS = ("name", "company", "email", "phone", "city", "relation", "status", "updated")
    completed = Signal()  # the whole list is known: every row and the count

    def __init__(self, parent=None):
        super().__init__(parent)
        self._ids: list[int] = []
        self._complete = True
        self._pages: OrderedDict[int, dict[int, service.ContactRow]] = OrderedDict()
        self._filter = ""
        self._sort = "name"
        self._descending = False
        self._loaded = False  # ids are read when the page is first shown, not at start-up
        self._order: tuple[Key, list[int]] | None = None  # (sort, ids) kept
        self._epoch = 0  # raised when the data may have changed: a kept order is stale
        self._reader: contact_list.readers.SideReader | None = None
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
        self._forget_order()
        self._reset()

    def is_complete(self) -> bool:
        """False while the rest of the list is read in the background."""
        return self._complete

    def finish(self) -> None:
        """Reads the rest of the list now, on this thread (before printing it)."""
        if not self._complete:
            self._stop_reading()
            self._add_rest(self._key(), self._epoch, self._read_rest_here())

    def _reset(self) -> None:
        self._loaded = True
        self._stop_reading()
        self.beginResetModel()
        self._ids, self._complete = self._read_first()
        self._pages.clear()
        self.endResetModel()
        self._after_first()

    def _key(self) -> Key:
        return (self._sort, self._descending)

    def _kept_order(self) -> list[int] | None:
        return self._order[1] if self._order is not None and self._order[0] == self._key() else None

    def _forget_order(self) -> None:
        self._order = None
        self._epoch += 1

    def _read_first(self) -> tuple[list[int], bool]:
        text, key = self._filter, self._key()
        kept = self._kept_order()
        if not text.split() and kept is not None:
            return list(kept), True
        if self._sort == "name" or not text.split():
            ids = contact_list.search_ids(text, *key, limit=FIRST)
            return ids, len(ids) < FIRST
        few = contact_list.search_ids(text, "name", limit=FEW)
        if len(few) < FEW:
            return contact_list.order_ids(few, *key), True
        return contact_list.first_ids(text, *key, FIRST, WITHIN_S) or [], False

    def _after_first(self) -> None:
        if self._complete:
            self.completed.emit()
            return
        reader = self._reader = contact_list.side_reader()
        text, key, epoch, kept = self._filter, self._key(), self._epoch, self._kept_order()

        def work():
            with reader:
                return _whole_list(text, key, kept, reader)

        background.load(
            self, work, lambda result: self._add_rest(key, epoch, result), self._rest_failed
        )

    def _stop_reading(self) -> None:
        if self._reader is not None:
            self._reader.interrupt()
            self._reader = None
            background.drop(self)  # its answer (or its "interrupted") is not wanted

    def _read_rest_here(self) -> tuple[list[int], list[int] | None]:
        return _whole_list(self._filter, self._key(), self._kept_order(), None)

    def _rest_failed(self, exc: Exception) -> None:
        # not for want of time: the rest is read here, slower but right
        log.warning("contact list background read failed: %s", type(exc).__name__)
        try:
            result = self._read_rest_here()
        except Exception as again:  # a damaged file: the damage check refuses it anyway
            log.warning("contact list read failed: %s", type(again).__name__)
            result = (list(self._ids), None)
        self._add_rest(self._key(), self._epoch, result)

    def _add_rest(self, key: Key, epoch: int, result) -> None:
        ids, order = result
        self._reader = None
        if order is not None and epoch == self._epoch:
            self._order = (key, order)
        shown = len(self._ids)
        if ids[:shown] == self._ids:
            if len(ids) > shown:
                self.beginInsertRows(_ROOT, shown, len(ids) - 1)
                self._ids = ids
                self._pages.pop(shown // PAGE, None)  # read while it had fewer rows
                self.endInsertRows()
        else:  # changed in between (or the first rows were not found in time)
            self.beginResetModel()
            self._ids = ids
            self._pages.clear()
            self.endResetModel()
        self._complete = True
        self.completed.emit()

    def refresh_rows(self) -> None:
        """Re-reads the shown rows (after an edit) without changing order or selection."""
        self._forget_order()  # an edit may have moved a contact in another column's order
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
        self._stop_reading()
        ids, complete = self._read_first()
        if not (complete and self._complete and len(ids) == len(self._ids)):
            # the count is not known yet: the view starts again (the page selects the
            # contact it shows again when the list is complete)
            self.beginResetModel()
            self._ids, self._complete = ids, complete
            self._pages.clear()
            self.endResetModel()
            self._after_first()
            return
        self.layoutAboutToBeChanged.emit()
        old = self._ids
        persistent = self.persistentIndexList()
        self._ids = ids
        self._pages.clear()
        positions = {cid: i for i, cid in enumerate(self._ids)}
        new_indexes = []
        for idx in persistent:
            cid = old[idx.row()] if 0 <= idx.row() < len(old) else None
            r = positions.get(cid, -1) if cid is not None else -1
            new_indexes.append(self.index(r, idx.column()) if r >= 0 else QModelIndex())
        self.changePersistentIndexList(persistent, new_indexes)
        self.layoutChanged.emit()
        self.completed.emit()
