"""Printing a list as a table through Qt's print dialog (Ctrl+P): the list as shown (its
filter and order), the header row again on every page, references never split."""

from __future__ import annotations

import datetime as dt
import html

from PySide6.QtCore import QAbstractItemModel, QMarginsF, QModelIndex, Qt
from PySide6.QtGui import QPageLayout, QPageSize, QTextDocument
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import QDialog, QWidget

from soosr_desk.ui.i18n import fmt_date

LANDSCAPE_FROM = 5  # columns: a wider list prints across the page


def model_table(model: QAbstractItemModel) -> tuple[list[str], list[list[str]]]:
    """The headers and the shown texts of every row of `model` (after its filter/sort)."""
    root = QModelIndex()
    columns = range(model.columnCount(root))
    headers = [str(model.headerData(c, Qt.Orientation.Horizontal) or "") for c in columns]
    rows = [[str(model.index(r, c).data() or "") for c in columns]
            for r in range(model.rowCount(root))]  # fmt: skip
    return headers, rows


def table_html(title: str, headers: list[str], rows: list[list[str]],
               whole: tuple[int, ...] = ()) -> str:  # fmt: skip
    """User text is escaped: it prints as typed, never as markup. `whole`: columns whose
    text never wraps (references)."""

    def cell(tag: str, column: int, text: str) -> str:
        nowrap = " style='white-space: nowrap'" if column in whole else ""
        return f"<{tag} align='left'{nowrap}>{html.escape(str(text))}</{tag}>"

    head = "".join(cell("th", c, h) for c, h in enumerate(headers))
    body = "".join("<tr>" + "".join(cell("td", c, v) for c, v in enumerate(row)) + "</tr>"
                   for row in rows)  # fmt: skip
    return (f"<h2>{html.escape(title)}</h2><p>{fmt_date(dt.date.today())}</p>"
            f"<table border='1' cellspacing='0' cellpadding='3' width='100%'>"
            f"<thead><tr>{head}</tr></thead><tbody>{body}</tbody></table>")  # fmt: skip


def print_to(printer: QPrinter, title: str, headers: list[str], rows: list[list[str]],
             whole: tuple[int, ...] = ()) -> None:  # fmt: skip
    """Lays the table out on the printer's pages (the <thead> row repeats on each page)."""
    if len(headers) >= LANDSCAPE_FROM:
        printer.setPageOrientation(QPageLayout.Orientation.Landscape)
    document = QTextDocument()
    document.setDefaultStyleSheet("th { background: #e8e8e8; } td, th { font-size: 9pt; }")
    document.setHtml(table_html(title, headers, rows, whole))
    document.print_(printer)


def print_table(parent: QWidget, title: str, headers: list[str], rows: list[list[str]],
                whole: tuple[int, ...] = (), printer: QPrinter | None = None) -> bool:  # fmt: skip
    if printer is None:
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
        printer.setPageMargins(QMarginsF(15, 15, 15, 15), QPageLayout.Unit.Millimeter)
    if len(headers) >= LANDSCAPE_FROM:
        printer.setPageOrientation(QPageLayout.Orientation.Landscape)
    if QPrintDialog(printer, parent).exec() != QDialog.DialogCode.Accepted:
        return True  # the user chose not to print: handled
    print_to(printer, title, headers, rows, whole)
    return True
