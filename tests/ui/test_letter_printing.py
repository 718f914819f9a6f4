"""Issue 16 item 6: printing a letter from the app. To a PDF file: the letter's own vector
PDF. To a printer: each page at the printer's resolution, the address within 1 mm of where
the PDF has it (the window of the envelope), not megabytes of colour rasters."""

from __future__ import annotations

import pypdfium2 as pdfium
import pytest
from PySide6.QtPrintSupport import QPrinter

from soosr_desk.exports import letters as L
from soosr_desk.exports.pdf_base import ADDRESS_HEIGHT, ADDRESS_LEFT, ADDRESS_TOP, ADDRESS_WIDTH
from soosr_desk.ui.printing import print_pages, print_pdf
from tests import pdf_text
from tests.exports.test_letters import _facts

pytestmark = pytest.mark.gui
MM = 72 / 25.4  # points per millimetre
DPI = 150


@pytest.fixture
def letter(qapp) -> bytes:
    notes = [
        (__import__("datetime").datetime(2026, 11, n % 28 + 1), "Notitie " + "tekst " * 40)
        for n in range(40)
    ]
    pdf = L.letter_pdf(_facts("answer", "access", "nl", notes=notes))
    assert pdf_text.page_count(pdf) >= 4
    return pdf


def _printer(path, dpi: int) -> QPrinter:
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setResolution(dpi)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(path))
    return printer


def _ink_box(pdf: bytes) -> tuple[float, float]:
    """Top-left of the ink in the address area of page 1, in mm from the paper's corner."""
    page = pdfium.PdfDocument(pdf)[0]
    image = page.render(scale=DPI / 72, grayscale=True).to_pil()
    px = DPI / 25.4
    left, top = int((ADDRESS_LEFT / MM - 5) * px), int((ADDRESS_TOP / MM - 5) * px)
    right = int((ADDRESS_LEFT + ADDRESS_WIDTH) / MM * px)
    bottom = int((ADDRESS_TOP + ADDRESS_HEIGHT) / MM * px)
    box = image.crop((left, top, right, bottom)).point(lambda v: 255 if v < 128 else 0).getbbox()
    assert box, "no address printed"
    return (left + box[0]) / px, (top + box[1]) / px


def test_printing_to_a_pdf_file_keeps_the_vector_letter(letter, tmp_path):
    out = tmp_path / "printed.pdf"
    assert print_pdf(letter, _printer(out, 1200)) == pdf_text.page_count(letter)
    assert out.read_bytes() == letter
    assert "Anna Jansen" in pdf_text.pages(out)[0]


def test_printing_on_paper_puts_the_address_within_1_mm(letter, tmp_path):
    out = tmp_path / "paper.pdf"
    pages = print_pages(letter, _printer(out, 300))
    printed = out.read_bytes()
    assert pdf_text.page_count(printed) == pages
    x0, y0 = _ink_box(letter)
    x1, y1 = _ink_box(printed)
    assert abs(x1 - x0) <= 1 and abs(y1 - y0) <= 1, ((x0, y0), (x1, y1))
    assert (
        len(printed) / pages < 400_000
    )  # was 1.3 MB a page (colour JPEG), f"{len(printed) / pages:,.0f} bytes a page"
