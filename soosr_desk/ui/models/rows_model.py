"""A small read-only table model over a list of rows, for short lists (the register,
third parties): filtering and sorting through a QSortFilterProxyModel is fine at this
size. Big lists (contacts) have their own paged model over SQL."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from typing import NamedTuple

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor

from soosr_desk.ui.i18n import fmt_date

_ROOT = QModelIndex()
SORT_ROLE = Qt.ItemDataRole.UserRole + 1


class Cell(NamedTuple):
    """A value shown as `text` that sorts by `key`: a date with its time, a countdown that
    sorts by the hours left."""

    text: str
    key: object

    def __str__(self) -> str:
        return self.text


def sort_key(value):
    """Dates sort as dates and numbers as numbers (empty first), text without case."""
    if isinstance(value, Cell):
        return sort_key(value.key)
    if value is None or value == "":
        return ""
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, int | float):
        return f"{value + 10**9:020.3f}"  # negatives too, as text that sorts as numbers
    return str(value).casefold()


WARNING = QColor("#b25b00")


class RowsModel(QAbstractTableModel):
    def __init__(self, headers: Sequence[str], parent=None):
        super().__init__(parent)
        self._headers = list(headers)
        self._rows: list[tuple] = []
        self._ids: list[int] = []
        self._tips: list[str] = []
        self._warn: list[bool] = []
        self.colour = None  # optional: record id -> QBrush, instead of the one warning colour

    def set_rows(self, rows: list[tuple[int, tuple, str, bool]]) -> None:
        """rows: (id, display values, tooltip, warn) each."""
        self.beginResetModel()
        self._ids = [r[0] for r in rows]
        self._rows = [tuple(r[1]) for r in rows]
        self._tips = [r[2] for r in rows]
        self._warn = [r[3] for r in rows]
        self.endResetModel()

    def record_id(self, row: int) -> int | None:
        return self._ids[row] if 0 <= row < len(self._ids) else None

    def row_of(self, record_id: int) -> int:
        try:
            return self._ids.index(record_id)
        except ValueError:
            return -1

    def rowCount(self, parent=_ROOT):
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent=_ROOT):
        return 0 if parent.isValid() else len(self._headers)

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):
        if (
            orientation == Qt.Orientation.Horizontal
            and role == Qt.ItemDataRole.DisplayRole
            and 0 <= section < len(self._headers)
        ):
            return self._headers[section]
        return None

    def data(self, index: QModelIndex | QPersistentModelIndex, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not (0 <= index.row() < len(self._rows)):
            return None
        r, c = index.row(), index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            value = self._rows[r][c]
            if isinstance(value, dt.date):
                return fmt_date(value)
            return "" if value is None else str(value)
        if role == SORT_ROLE:
            return sort_key(self._rows[r][c])
        if role == Qt.ItemDataRole.ToolTipRole and self._tips[r]:
            return self._tips[r]
        if role == Qt.ItemDataRole.ForegroundRole and self._warn[r]:
            if self.colour is not None:
                return self.colour(self._ids[r])
            return QBrush(WARNING)
        if role == Qt.ItemDataRole.UserRole:
            return self._ids[r]
        return None
