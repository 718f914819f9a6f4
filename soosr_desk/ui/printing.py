"""Printing a list as a table through Qt's print dialog (Ctrl+P): the list as shown (its
filter and order), the header row again on every page, references never split; and a
letter (PDF)."""

from __future__ import annotations

import datetime as dt
import html
from pathlib import Path

import pypdfium2 as pdfium
from PySide6.QtCore import QAbstractItemModel, QMarginsF, QModelIndex, QRectF, QSizeF, Qt
from PySide6.QtGui import QImage, QPageLayout, QPageSize, QPainter, QTextDocument
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import QDialog, QWidget

from soosr_desk.exports.safe_text import atomic_write
from soosr_desk.ui.i18n import fmt_date

LANDSCAPE_FROM = 5  # columns: a wider list prints across the page


def model_table(model: QAbstractItemModel) -> tuple[list[str], list[list[str]]]:
    """The headers and the shown texts of every row of `model` (after its filter/sort)."""
    root = QModelIndex()
    columns = range(model.columnCount(root))
    headers = [str(model.headerData(c, Qt.Orientation.Horizontal) or "") for c in columns]
    rows = [
        [str(model.index(r, c).data() or "") for c in columns] for r in range(model.rowCount(root))
    ]
    return headers, rows


def table_html(
    title: str, headers: list[str], rows: list[list[str]], whole: tuple[int, ...] = ()
) -> str:
    """User text is escaped: it prints as typed, never as markup. `whole`: columns whose
    text never wraps (references)."""

    def cell(tag: str, column: int, text: str) -> str:
        nowrap = " style='white-space: nowrap'" if column in whole else ""
        return f"<{tag} align='left'{nowrap}>{html.escape(str(text))}</{tag}>"

    head = "".join(cell("th", c, h) for c, h in enumerate(headers))
    body = "".join(
        "<tr>" + "".join(cell("td", c, v) for c, v in enumerate(row)) + "</tr>" for row in rows
    )
    return (
        f"<h2>{html.escape(title)}</h2><p>{fmt_date(dt.date.today())}</p>"
        f"<table border='1' cellspacing='0' cellpadding='3' width='100%'>"
        f"<thead><tr>{head}</tr></thead><tbody>{body}</tbody></table>"
    )


def print_to(
    printer: QPrinter,
    title: str,
    headers: list[str],
    rows: list[list[str]],
    whole: tuple[int, ...] = (),
) -> None:
    """Lays the table out on the printer's pages (the <thead> row repeats on each page)."""
    if len(headers) >= LANDSCAPE_FROM:
        printer.setPageOrientation(QPageLayout.Orientation.Landscape)
    document = QTextDocument()
    document.setDefaultStyleSheet("th { background: #e8e8e8; } td, th { font-size: 9pt; }")
    document.setHtml(table_html(title, headers, rows, whole))
    document.print_(printer)


def print_table(
    parent: QWidget,
    title: str,
    headers: list[str],
    rows: list[list[str]],
    whole: tuple[int, ...] = (),
    printer: QPrinter | None = None,
) -> bool:
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


# --- letters (PDF) ----------------------------------------------------------------------
RASTER_DPI_MAX = 600  # a laser printer's resolution; beyond it only the file grows


def page_rect(printer: QPrinter, width_pt: float, height_pt: float) -> QRectF:
    """Where a PDF page goes on the paper, in device pixels, at its true size: with the
    whole paper as the painter's area, 20 mm from the paper's edge stays 20 mm (the
    address must sit in the window of the envelope)."""
    scale = printer.resolution() / 72
    return QRectF(0, 0, width_pt * scale, height_pt * scale)


def print_pdf(pdf: bytes, printer: QPrinter) -> int:
    """Prints every page of `pdf`; returns the number of pages.

    Printing to a PDF file writes the letter's own PDF: vector text, byte for byte the
    letter that was made. A real printer gets each page at the printer's resolution (at
    most RASTER_DPI_MAX), in grey, placed on the paper at its true size, not scaled into
    the printer's margins (which moved the address 3 mm out of the envelope window)."""
    if printer.outputFormat() == QPrinter.OutputFormat.PdfFormat and printer.outputFileName():
        atomic_write(Path(printer.outputFileName()), lambda tmp: tmp.write_bytes(pdf))
        return len(pdfium.PdfDocument(pdf))
    return print_pages(pdf, printer)


def print_pages(pdf: bytes, printer: QPrinter) -> int:
    """Each page as a grey image at the printer's resolution, at its true place."""
    document = pdfium.PdfDocument(pdf)
    pages = len(document)
    width_pt, height_pt = document[0].get_size()
    printer.setFullPage(True)  # the painter's origin is the paper's corner, not the margin
    printer.setPageSize(QPageSize(QSizeF(width_pt, height_pt), QPageSize.Unit.Point))
    painter = QPainter()
    if not painter.begin(printer):
        raise OSError("the printer could not be started")
    # grey and lossless: Qt's print engine would otherwise make each page a colour JPEG
    # (1.3 MB a page at 300 dpi, blurred letters); this way it is ~110 KB, sharp
    painter.setRenderHint(QPainter.RenderHint.LosslessImageRendering)
    try:
        dpi = min(printer.resolution(), RASTER_DPI_MAX)
        for i in range(pages):
            if i:
                printer.newPage()
            page = document[i]
            bitmap = page.render(scale=dpi / 72, grayscale=True)
            image = QImage(
                bitmap.buffer,
                bitmap.width,
                bitmap.height,
                bitmap.stride,
                QImage.Format.Format_Grayscale8,
            ).copy()
            painter.drawImage(page_rect(printer, *page.get_size()), image)
        return pages
    finally:
        painter.end()
