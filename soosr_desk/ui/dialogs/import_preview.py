"""The import wizard's middle step: each column with the field it fills (changeable), and
the first rows as the import would take them, problems marked."""

from __future__ import annotations

import datetime as dt

from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QRadioButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from soosr_desk.services.importing.checks import ImportOptions, check_rows
from soosr_desk.services.importing.mapping import FIELDS
from soosr_desk.services.importing.table import Table
from soosr_desk.ui.i18n import error_text, tr_msg

PREVIEW_ROWS = 100
PROBLEM = QColor("#f8d7da")
SHOWN = ("first_name", "last_name", "company_name", "email", "phone", "city")


class MappingPreview(QWidget):
    def __init__(self, parent=None):
        super().__init__(parent)
        self.table: Table | None = None
        self.columns = QTableWidget(0, 3)
        self.columns.setObjectName("columns")
        self.columns.setHorizontalHeaderLabels(
            [self.tr("Column in the file"), self.tr("First value"), self.tr("Field")]
        )
        self.columns.horizontalHeader().setStretchLastSection(True)
        self.columns.verticalHeader().hide()
        self.rows = QTableWidget(0, len(SHOWN) + 2)
        self.rows.setObjectName("preview")
        self.rows.setHorizontalHeaderLabels(
            [self.tr("Row"), self.tr("Result")] + [tr_msg(FIELDS[f]) for f in SHOWN]
        )
        self.rows.verticalHeader().hide()
        self.skip = QRadioButton(self.tr("Skip rows whose e-mail address a contact has already"))
        self.skip.setChecked(True)
        self.update = QRadioButton(self.tr("Update those contacts with the row's values"))
        self.skip.toggled.connect(self.refresh)
        self.summary = QLabel()
        self.summary.setObjectName("summary")
        choice = QHBoxLayout()
        choice.addWidget(self.skip)
        choice.addWidget(self.update)
        choice.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.columns, 2)
        layout.addLayout(choice)
        layout.addWidget(self.rows, 3)
        layout.addWidget(self.summary)

    def set_table(self, table: Table, mapping: list[str]) -> None:
        self.table = table
        self.columns.setRowCount(len(table.headers))
        first = table.rows[0] if table.rows else []
        for i, header in enumerate(table.headers):
            self.columns.setItem(i, 0, QTableWidgetItem(header))
            self.columns.setItem(i, 1, QTableWidgetItem(first[i] if i < len(first) else ""))
            combo = QComboBox()
            for code, label in FIELDS.items():
                combo.addItem(tr_msg(label), code)
            combo.setCurrentIndex(combo.findData(mapping[i]))
            combo.currentIndexChanged.connect(self.refresh)
            self.columns.setCellWidget(i, 2, combo)
        self.columns.resizeColumnsToContents()
        self.refresh()

    def field_combo(self, column: int) -> QComboBox:
        return self.columns.cellWidget(column, 2)

    def mapping(self) -> list[str]:
        return [self.field_combo(i).currentData() for i in range(self.columns.rowCount())]

    def update_existing(self) -> bool:
        return self.update.isChecked()

    def refresh(self) -> None:
        if self.table is None:
            return
        options = ImportOptions(update_existing=self.update_existing())
        checks = list(
            check_rows(self.table, self.mapping(), options, dt.date.today(), limit=PREVIEW_ROWS)
        )
        self.rows.setRowCount(len(checks))
        outcome = {
            "add": self.tr("Added"),
            "update": self.tr("Updates the existing contact"),
            "skip": self.tr("Skipped"),
        }
        counts = dict.fromkeys(outcome, 0)
        for r, check in enumerate(checks):
            counts[check.outcome] += 1
            self.rows.setItem(r, 0, QTableWidgetItem(str(check.number)))
            marked = {p.field: error_text(p) for p in check.problems}
            for c, name in enumerate(SHOWN, start=2):
                item = QTableWidgetItem(getattr(check.data, name) or "")
                if name in marked or (name == "last_name" and "first_name" in marked):
                    item.setBackground(QBrush(PROBLEM))
                    item.setToolTip(marked.get(name) or marked.get("first_name", ""))
                self.rows.setItem(r, c, item)
            text = outcome[check.outcome]
            if check.reason is not None:
                text += ": " + error_text(check.reason)
            elif check.problems:
                text += " " + self.tr("(a refused cell left empty)")
            result = QTableWidgetItem(text)
            if check.problems:
                result.setBackground(QBrush(PROBLEM))
                result.setToolTip("\n".join(error_text(p) for p in check.problems))
            self.rows.setItem(r, 1, result)
        self.rows.resizeColumnsToContents()
        for c in range(1, self.rows.columnCount()):  # a 250-character cell stays readable
            self.rows.setColumnWidth(c, min(self.rows.columnWidth(c), 260 if c == 1 else 170))
        shown = (
            self.tr("First %1 of %2 rows: %3 added, %4 updated, %5 skipped.")
            if len(self.table.rows) > len(checks)
            else self.tr("%n row(s): %3 added, %4 updated, %5 skipped.", "", len(self.table.rows))
        )
        self.summary.setText(
            shown.replace("%1", str(len(checks)))
            .replace("%2", str(len(self.table.rows)))
            .replace("%3", str(counts["add"]))
            .replace("%4", str(counts["update"]))
            .replace("%5", str(counts["skip"]))
        )
