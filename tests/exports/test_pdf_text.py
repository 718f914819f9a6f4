"""The tests read PDFs back with pdfium (tests/pdf_text.py), not pypdf, for speed. This keeps
the swap honest: on a Dutch letter with accents over several pages, and on the privacy
statement, pdfium reads the very words pypdf reads, page by page. A pdfium upgrade that drops
or changes text fails here, instead of making every "must not say" assertion pass unseen."""

from __future__ import annotations

import datetime as dt
import io

import pytest
from pypdf import PdfReader

from soosr_desk.exports import letters as L
from soosr_desk.exports.statement import render_pdf
from tests import pdf_text
from tests.exports.test_letters import _facts
from tests.exports.test_statement import _data

NAME = "Zoë Çelik-Ĳsselmeer"


def _pypdf(pdf: bytes) -> list[str]:
    """pypdf's words of each page, one space apart; it reads reportlab's bullet as DEL."""
    pages = PdfReader(io.BytesIO(pdf)).pages
    return [" ".join(page.extract_text().split()).replace("\x7f", "•") for page in pages]


def _letter() -> bytes:
    notes = [
        (
            dt.datetime(2026, 1, 2, 9, 0) + dt.timedelta(days=n),
            f"Één café-bezoek {n}: geïnteresseerd",
        )
        for n in range(60)
    ]
    facts = _facts(
        "answer",
        "access",
        "nl",
        requester_name=NAME,
        address_lines=(NAME, "Dorpsstraat 12", "1234 AB  Leiden"),
        notes=notes,
    )
    return L.letter_pdf(facts)


@pytest.mark.parametrize(
    "make, expected",
    [
        (_letter, (f"Geachte {NAME},", "Één café-bezoek 59: geïnteresseerd", "Pagina 2 van")),
        (
            lambda: render_pdf(_data("nl")),
            ("Privacyverklaring", "categorieën", "Pagina 2 van"),
        ),
    ],
    ids=["letter", "statement"],
)
def test_pdfium_reads_the_words_pypdf_reads(make, expected):
    pdf = make()
    pages = pdf_text.pages(pdf)
    assert pages == _pypdf(pdf)
    assert pdf_text.page_count(pdf) == len(pages) > 1
    for text in expected:  # and both read the text itself, not nothing alike
        assert text in " ".join(pages), text
