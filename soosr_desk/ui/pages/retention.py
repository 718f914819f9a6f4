"""Due for erasure: what the retention rules say must go, why and since when; the user
selects, confirms, and the program erases (one erasure service for all)."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QSortFilterProxyModel, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QTableView,
    QVBoxLayout,
)

from soosr_desk.rules.retention import RetentionRule
from soosr_desk.services import erasure, fiscal_records, retention
from soosr_desk.services.recipients import recipients_to_tell
from soosr_desk.ui.i18n import fmt_number, tr_filled, tr_msg
from soosr_desk.ui.jobs import run_job
from soosr_desk.ui.models.rows_model import SORT_ROLE, RowsModel
from soosr_desk.ui.operation import attempt, in_box
from soosr_desk.ui.pages.base import Page
from soosr_desk.ui.printing import model_table, print_table
from soosr_desk.ui.widgets.columns import ColumnLayout


class RetentionPage(Page):
    help_topic = "retention"

    def __init__(self, parent=None):
        super().__init__(parent)
        self.records_only: set[int] = set()
        layout = QVBoxLayout(self)
        intro = QLabel(
            self.tr(
                "What the retention rules of the privacy statement say must now be erased: "
                "website-form data two years after it came in, other data three years after the "
                "contract ended and was settled, financial records after seven years. A legal "
                "hold keeps everything. Select, check, and erase."
            )
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        top = QHBoxLayout()
        self.filter = QLineEdit()
        self.filter.setPlaceholderText(self.tr("Filter…"))
        self.filter.setClearButtonEnabled(True)
        top.addWidget(self.filter, 1)
        self.count = QLabel()
        top.addWidget(self.count)
        layout.addLayout(top)
        self.model = RowsModel(
            [self.tr("Contact"), self.tr("Rule"), self.tr("Due since"), self.tr("Why")]
        )
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.proxy.setFilterKeyColumn(-1)
        self.proxy.setSortRole(SORT_ROLE)
        self.filter.textChanged.connect(self.proxy.setFilterFixedString)
        self.view = QTableView()
        self.view.setModel(self.proxy)
        self.view.setSortingEnabled(True)
        self.view.sortByColumn(2, Qt.SortOrder.AscendingOrder)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.verticalHeader().setVisible(False)
        self.columns = ColumnLayout(self.view, "retention", stretch=3)
        self.view.selectionModel().selectionChanged.connect(self._selection_changed)
        layout.addWidget(self.view, 1)
        bottom = QHBoxLayout()
        self.select_all_button = QPushButton(self.tr("Select all shown"))
        self.select_all_button.clicked.connect(self.view.selectAll)
        self.erase_button = QPushButton(self.tr("Erase selected…"))
        self.erase_button.clicked.connect(self.erase_selected)
        bottom.addWidget(self.select_all_button)
        bottom.addStretch(1)
        bottom.addWidget(self.erase_button)
        layout.addLayout(bottom)
        self.confirm = lambda text: (
            QMessageBox.question(self, self.tr("Erase"), text) == QMessageBox.StandardButton.Yes
        )
        self.tell = lambda text: QMessageBox.information(self, self.tr("Erase"), text)

    def title(self) -> str:
        return self.tr("Due for erasure")

    def refresh(self) -> None:
        rules = {
            RetentionRule.CONTACT_FORM: self.tr("Website form, 2 years"),
            RetentionRule.NO_CONTRACT: self.tr("No contract, 2 years after last contact"),
            RetentionRule.CONTRACT: self.tr("Contract ended, 3 years"),
            RetentionRule.FISCAL: self.tr("Financial records, 7 years"),
            RetentionRule.LEGAL_HOLD: self.tr("Legal hold"),
        }
        rows = []
        due = retention.due_list(dt.date.today())
        # contacts still in use whose old invoices alone are due: only those records go
        self.records_only = {
            r.contact_id for r in due if r.rule == RetentionRule.FISCAL and not r.erased
        }
        for r in due:
            name = r.name or self.tr("(erased contact %1: kept invoices)").replace(
                "%1", str(r.contact_id)
            )
            rows.append(
                (
                    r.contact_id,
                    (name, rules.get(r.rule, r.rule), r.due_since, tr_filled(r.reason, r.params)),
                    "",
                    False,
                )
            )
        self.model.set_rows(rows)
        self.count.setText(self.tr("%1 due").replace("%1", fmt_number(len(rows))))
        self._selection_changed()

    def _selection_changed(self, *_args) -> None:
        self.erase_button.setEnabled(bool(self.selected_ids()))

    def selected_ids(self) -> list[int]:
        rows = {i.row() for i in self.view.selectionModel().selectedRows()}
        return [
            self.model.record_id(self.proxy.mapToSource(self.proxy.index(r, 0)).row())
            for r in sorted(rows)
        ]

    def focus_search(self) -> bool:
        self.filter.setFocus()
        return True

    def print_current(self) -> bool:
        """Ctrl+P: the contacts due for erasure as the filter shows them."""
        headers, rows = model_table(self.proxy)
        return print_table(self, self.title(), headers, rows)

    def erase_selected(self) -> bool:
        ids = self.selected_ids()
        if not ids:
            return False
        records_only = [i for i in ids if i in self.records_only]
        ids = [i for i in ids if i not in self.records_only]
        parts = []
        if ids:
            parts.append(
                self.tr(
                    "Erase %n contact(s) for good? Their notes, consents and "
                    "details go; what the fiscal duty keeps stays until its time "
                    "is up.",
                    "",
                    len(ids),
                )
            )
        if records_only:
            parts.append(
                self.tr(
                    "Destroy the financial records past their seven years of "
                    "%n contact(s)? The contacts themselves stay.",
                    "",
                    len(records_only),
                )
            )
        parts.append(self.tr("This cannot be undone."))
        if not self.confirm(" ".join(parts)):
            return False
        destroyed = 0
        if records_only:
            gone = attempt(
                lambda: fiscal_records.destroy_expired(records_only), in_box(self, self.tr("Erase"))
            )
            if gone.value is None:
                return False
            destroyed = gone.value
        done = attempt(
            lambda: run_job(
                self,
                self.tr("Erasing…"),
                lambda progress, cancelled: erasure.erase_many(
                    ids, reason="retention", progress=progress, cancelled=cancelled
                ),
            ),
            in_box(self, self.tr("Erase")),
        )
        if done.value is None:
            return False
        result = done.value
        lines = [self.tr("%n contact(s) erased.", "", len(result.erased))]
        if records_only:
            lines.append(
                self.tr(
                    "%n financial record(s) past their seven years destroyed; those contacts stay.",
                    "",
                    destroyed,
                )
            )
        if result.refused:
            lines.append(self.tr("%1 not erased:").replace("%1", str(len(result.refused))))
            lines += [f"  {cid}: {tr_msg(msg)}" for cid, msg in result.refused[:10]]
        if not result.finished:
            lines.append(tr_msg(result.message))
        recipients = recipients_to_tell()
        if result.erased and recipients:
            lines.append(
                self.tr("Tell these recipients (Art. 19): %1").replace(
                    "%1", ", ".join(r.name for r in recipients)
                )
            )
        self.tell("\n".join(lines))
        self.refresh()
        self.status.emit(lines[0])
        return True
