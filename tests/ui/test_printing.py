"""Ctrl+P prints every list as a table: the header row on every page, the list as the
filter shows it, references never split over two lines; Contacten, Te verwijderen and the
dashboard too (they said there was nothing to print). PDFs are read back with tests/pdf_text.py."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QApplication, QDialog

from soosr_desk.services import requests as rq
from soosr_desk.ui import printing
from tests import pdf_text

pytestmark = pytest.mark.gui
TODAY = dt.date.today()


class PrintToPdf:
    """Qt's print dialog, answered with "print to this PDF file"."""

    files: list = []

    def __init__(self, printer: QPrinter, parent=None):
        self.printer = printer

    def exec(self):
        path = self.folder / f"print{len(PrintToPdf.files)}.pdf"
        self.printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        self.printer.setOutputFileName(str(path))
        PrintToPdf.files.append(path)
        return QDialog.DialogCode.Accepted


@pytest.fixture
def printed(monkeypatch, tmp_path):
    PrintToPdf.files = []
    PrintToPdf.folder = tmp_path
    monkeypatch.setattr(printing, "QPrintDialog", PrintToPdf)

    def pages() -> list[str]:
        assert PrintToPdf.files, "nothing was printed"
        data = PrintToPdf.files[-1].read_bytes()
        # words as printed, one space apart (a split reference shows as "AVG-2026- 0001")
        return pdf_text.pages(data)

    return pages


@pytest.fixture
def window(db, db_path, qtbot):
    from soosr_desk.ui.main_window import MainWindow

    w = MainWindow(db_path)
    qtbot.addWidget(w)
    w.resize(1366, 728)
    w.show()
    return w


def _page_of(window, name: str) -> int:
    return next(i for i, p in enumerate(window.pages) if type(p).__name__ == name)


def test_requests_print_with_header_on_every_page_and_whole_references(window, printed):
    for i in range(90):
        rq.save_request(
            rq.RequestData(
                received_on=TODAY - dt.timedelta(days=i % 20),
                requester_name=f"Aanvrager met een lange naam {i} "
                "namens Stichting Vrienden van het Grote Huis",
            )
        )
    window.show_page(_page_of(window, "RequestsPage"))
    page = window.current_page()
    page.editor.clear()  # no request open: Ctrl+P prints the list, not a letter
    window.print_action.trigger()
    pages = printed()
    assert len(pages) >= 2
    for text in pages:
        assert "Reference" in text and "Requester" in text, "the header on every page"
    everything = "\n".join(pages)
    for n in range(1, 91):
        assert f"AVG-{TODAY.year}-{n:04d}" in everything, n  # on one line, never split


def test_contacts_print_as_filtered(window, printed, qtbot):
    from soosr_desk.services import contacts as cs

    for name in ("Bakker", "Bakker-de Wit", "Jansen"):
        cs.save_contact(cs.ContactData(first_name="Eva", last_name=name, city="Lisse"))
    window.show_page(_page_of(window, "ContactsPage"))
    page = window.current_page()
    qtbot.keyClicks(page.filter, "Bakker")
    qtbot.waitUntil(lambda: page.model.rowCount() == 2)
    window.print_action.trigger()
    text = "\n".join(printed())
    assert "Bakker, Eva" in text and "Bakker-de Wit, Eva" in text and "Jansen" not in text
    assert "Name" in text and "City" in text


def test_due_for_erasure_and_dashboard_print(window, printed):
    from soosr_desk.services import contacts as cs
    from soosr_desk.ui import background

    cs.save_contact(
        cs.ContactData(
            first_name="Oud",
            last_name="Formulier",
            source="website_form",
            received_on=TODAY.replace(year=TODAY.year - 3),
        )
    )
    window.show_page(_page_of(window, "RetentionPage"))
    window.print_action.trigger()
    assert "Formulier" in "\n".join(printed())
    window.show_page(_page_of(window, "DashboardPage"))
    background.wait_for_all()
    window.dashboard.refresh()
    background.wait_for_all()
    QApplication.processEvents()
    window.print_action.trigger()
    assert len(PrintToPdf.files) == 2
    assert "erasure" in "\n".join(printed())
