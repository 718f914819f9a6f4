"""The Art. 28 checklist of a processor agreement as a table: a tick and a note per point."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableWidget, QTableWidgetItem

from soosr_desk.rules.agreements import CHECKLIST
from soosr_desk.services import agreements as agreement_service
from soosr_desk.ui.i18n import tr_msg


class ChecklistTable(QTableWidget):
    """The points of Art. 28(2)-(4): a tick and a note each."""

    changed = Signal()

    def __init__(self, parent=None):
        super().__init__(len(CHECKLIST), 3, parent)
        self.setHorizontalHeaderLabels([self.tr("Point"), self.tr("Article"), self.tr("Note")])
        self.verticalHeader().setVisible(False)
        self.setWordWrap(True)
        header = self.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setEditTriggers(QAbstractItemView.EditTrigger.AllEditTriggers)
        for row, point in enumerate(CHECKLIST):
            tick = QTableWidgetItem(tr_msg(point.label))
            tick.setFlags(
                Qt.ItemFlag.ItemIsEnabled
                | Qt.ItemFlag.ItemIsUserCheckable
                | Qt.ItemFlag.ItemIsSelectable
            )
            tick.setCheckState(Qt.CheckState.Unchecked)
            tick.setData(Qt.ItemDataRole.UserRole, point.code)
            article = QTableWidgetItem(point.article)
            article.setFlags(Qt.ItemFlag.ItemIsEnabled)
            self.setItem(row, 0, tick)
            self.setItem(row, 1, article)
            self.setItem(row, 2, QTableWidgetItem(""))
        self.itemChanged.connect(lambda _item: self.changed.emit())
        self.resizeRowsToContents()

    def set_ticks(self, ticks: dict[str, agreement_service.ChecklistTick]) -> None:
        self.blockSignals(True)
        for row, point in enumerate(CHECKLIST):
            tick = ticks.get(point.code, agreement_service.ChecklistTick())
            self.item(row, 0).setCheckState(
                Qt.CheckState.Checked if tick.ticked else Qt.CheckState.Unchecked
            )
            self.item(row, 2).setText(tick.note)
        self.blockSignals(False)
        self.resizeRowsToContents()

    def resizeEvent(self, event) -> None:  # noqa: N802 (Qt's name)
        super().resizeEvent(event)
        self.resizeRowsToContents()

    def ticks(self) -> dict[str, agreement_service.ChecklistTick]:
        return {
            point.code: agreement_service.ChecklistTick(
                self.item(row, 0).checkState() == Qt.CheckState.Checked,
                self.item(row, 2).text(),
            )
            for row, point in enumerate(CHECKLIST)
        }

    def tick_all(self) -> None:
        for row in range(self.rowCount()):
            self.item(row, 0).setCheckState(Qt.CheckState.Checked)
