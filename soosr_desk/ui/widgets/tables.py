"""Small read-only tables of records inside an editor (agreements, letters, recipients,
matches): one row per record, the record's id on each cell."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableWidget, QTableWidgetItem

from soosr_desk.ui.widgets.columns import FullTextTips


def record_table(headers: list[str], stretch: int = 0) -> QTableWidget:
    """A table that selects whole rows, one at a time, and is not edited in place."""
    t = QTableWidget(0, len(headers))
    t.setHorizontalHeaderLabels(headers)
    t.verticalHeader().setVisible(False)
    t.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    t.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    t.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    t.horizontalHeader().setSectionResizeMode(stretch, QHeaderView.ResizeMode.Stretch)
    t.setItemDelegate(FullTextTips(t))
    return t


def fill_table(table: QTableWidget, rows: list[tuple[int, list[str]]]) -> None:
    """rows: (record id, the texts of its cells)."""
    table.setRowCount(0)
    for record_id, values in rows:
        i = table.rowCount()
        table.insertRow(i)
        for col, value in enumerate(values):
            item = QTableWidgetItem(value)
            item.setData(Qt.ItemDataRole.UserRole, record_id)
            table.setItem(i, col, item)


def selected_record(table: QTableWidget) -> int | None:
    row = table.currentRow()
    item = table.item(row, 0) if row >= 0 else None
    return item.data(Qt.ItemDataRole.UserRole) if item else None
