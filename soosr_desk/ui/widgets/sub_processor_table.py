"""The sub-processors of a processor agreement as rows: name, what it does, country,
safeguard, and whether the controller authorised it beforehand (Art. 28(2))."""

from __future__ import annotations

import dataclasses
import datetime as dt

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from soosr_desk.services.sub_processors import SubProcessorData
from soosr_desk.ui.i18n import fmt_date

_NAME, _SERVICE, _COUNTRY, _SAFEGUARD, _AUTHORISED = range(5)


class SubProcessorTable(QWidget):
    """Editable rows; `subs()` gives them back as SubProcessorData (empty rows skipped)."""

    changed = Signal()

    def __init__(self, parent=None):
        super().__init__(parent)
        self._loaded: list[SubProcessorData] = []
        self.table = QTableWidget(0, 5)
        self.table.setObjectName("sub_processor_table")
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("Name"),
                self.tr("Service"),
                self.tr("Country"),
                self.tr("Safeguard (outside the EEA)"),
                self.tr("Authorised beforehand"),
            ]
        )
        self.table.verticalHeader().setVisible(False)
        header = self.table.horizontalHeader()
        for column in (_NAME, _SERVICE, _SAFEGUARD):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Stretch)
        for column in (_COUNTRY, _AUTHORISED):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.itemChanged.connect(lambda _item: self.changed.emit())
        self.add_button = QPushButton(self.tr("Add sub-processor"))
        self.add_button.clicked.connect(self.add_row)
        self.remove_button = QPushButton(self.tr("Remove"))
        self.remove_button.clicked.connect(self.remove_current)
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.remove_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)

    def _authorised_item(self, day: dt.date | None) -> QTableWidgetItem:
        item = QTableWidgetItem(fmt_date(day) if day else "")
        item.setFlags(
            Qt.ItemFlag.ItemIsEnabled
            | Qt.ItemFlag.ItemIsUserCheckable
            | Qt.ItemFlag.ItemIsSelectable
        )
        item.setCheckState(Qt.CheckState.Checked if day else Qt.CheckState.Unchecked)
        item.setData(Qt.ItemDataRole.UserRole, day)
        return item

    def _append(self, sub: SubProcessorData) -> None:
        row = self.table.rowCount()
        self.table.insertRow(row)
        for column, value in (
            (_NAME, sub.name),
            (_SERVICE, sub.service),
            (_COUNTRY, sub.country),
            (_SAFEGUARD, sub.safeguard),
        ):
            self.table.setItem(row, column, QTableWidgetItem(value))
        self.table.setItem(row, _AUTHORISED, self._authorised_item(sub.authorised_on))

    def set_subs(self, subs: list[SubProcessorData]) -> None:
        self.table.blockSignals(True)
        self.table.setRowCount(0)
        for sub in subs:
            self._append(sub)
        self.table.blockSignals(False)
        self._loaded = [dataclasses.replace(s) for s in subs]

    def add_row(self) -> None:
        self._append(SubProcessorData())
        self.table.setCurrentCell(self.table.rowCount() - 1, _NAME)
        self.changed.emit()

    def remove_current(self) -> None:
        row = self.table.currentRow()
        if row >= 0:
            self.table.removeRow(row)
            self.changed.emit()

    def subs(self) -> list[SubProcessorData]:
        out = []
        for row in range(self.table.rowCount()):
            text = [
                (self.table.item(row, c).text() if self.table.item(row, c) else "")
                for c in (_NAME, _SERVICE, _COUNTRY, _SAFEGUARD)
            ]
            if not any(t.strip() for t in text):
                continue
            item = self.table.item(row, _AUTHORISED)
            authorised = None
            if item.checkState() == Qt.CheckState.Checked:
                # the date it was first ticked stays; a new tick is dated today
                authorised = item.data(Qt.ItemDataRole.UserRole) or dt.date.today()
            out.append(SubProcessorData(text[0], text[1], text[2] or "NL", text[3], authorised))
        return out

    def is_dirty(self) -> bool:
        return self.subs() != self._loaded
