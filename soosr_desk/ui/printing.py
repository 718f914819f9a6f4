"""Printing a list as a table through Qt's print dialog (Ctrl+P)."""

from __future__ import annotations

import datetime as dt
import html

from PySide6.QtGui import QTextDocument
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import QDialog, QWidget

from soosr_desk.ui.i18n import fmt_date


def table_html(title: str, headers: list[str], rows: list[list[str]]) -> str:
    """User text is escaped: it prints as typed, never as markup."""
    head = "".join(f"<th align='left'>{html.escape(str(h))}</th>" for h in headers)
    body = "".join("<tr>" + "".join(f"<td>{html.escape(str(v))}</td>" for v in row) + "</tr>"
                   for row in rows)  # fmt: skip
    return (f"<h2>{html.escape(title)}</h2><p>{fmt_date(dt.date.today())}</p>"
            f"<table border='1' cellspacing='0' cellpadding='3' width='100%'>"
            f"<thead><tr>{head}</tr></thead><tbody>{body}</tbody></table>")  # fmt: skip


def print_table(parent: QWidget, title: str, headers: list[str], rows: list[list[str]],
                printer: QPrinter | None = None) -> bool:  # fmt: skip
    printer = printer or QPrinter(QPrinter.PrinterMode.HighResolution)
    if QPrintDialog(printer, parent).exec() != QDialog.DialogCode.Accepted:
        return True  # the user chose not to print: handled
    document = QTextDocument()
    document.setHtml(table_html(title, headers, rows))
    document.print_(printer)
    return True
