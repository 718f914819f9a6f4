"""R11: user text in a letter prints as typed: no markup, no links, no embedded files."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from pypdf import PdfReader

from soosr_desk.exports.pdf_base import Letterhead, build_letter, data_table, para, styles
from soosr_desk.exports.safe_text import clean_text
from tests import pdf_text
from tests.exports.payloads import PAYLOADS

LETTERHEAD = Letterhead(
    "SOOSR B.V.", ["Kapteynstraat 1", "2201 BB Noordwijk"], "071 202 0307", "info@soosr.com"
)
LATIN1_PAYLOADS = [p for p in PAYLOADS if len(p) < 3000 and all(ord(c) < 256 for c in p)]


def _letter(path: Path, texts: list[str]) -> None:
    s = styles()
    story = [para(t, s["Normal"]) for t in texts]
    story.append(data_table(["Veld", "Waarde"], [[str(i), t] for i, t in enumerate(texts)]))
    build_letter(
        path,
        letterhead=LETTERHEAD,
        recipient_lines=texts[:5],
        date_text="25-11-2026",
        reference="AVG-2026-0007",
        subject=texts[0],
        story=story,
        footer_text="SOOSR B.V. · KvK 12345678",
    )


def _squash(text: str) -> str:
    return re.sub(r"\s+", "", text)


@pytest.fixture(scope="module")
def letter(tmp_path_factory):
    path = tmp_path_factory.mktemp("pdf") / "letter.pdf"
    _letter(path, PAYLOADS)
    return path


def test_every_payload_prints_as_typed(letter):
    text = _squash("".join(pdf_text.pages(letter)))
    for payload in LATIN1_PAYLOADS:
        printable = _squash(clean_text(payload))
        if printable:
            assert printable[:60] in text, payload


def test_no_links_and_no_images(letter):
    raw = letter.read_bytes()
    assert b"/URI" not in raw
    assert b"/Subtype /Image" not in raw and b"/Subtype/Image" not in raw
    reader = PdfReader(letter)  # the page objects themselves: pypdf
    for page in reader.pages:
        assert "/Annots" not in page


def test_page_numbers_and_repeated_table_header(letter):
    pages = pdf_text.pages(letter)
    assert len(pages) > 1
    last = pages[-1]
    assert f"Pagina {len(pages)} van {len(pages)}" in last
    assert "Veld" in pages[-1] or len(pages) == 2


def test_font_markup_name_prints_literally(tmp_path):
    path = tmp_path / "n.pdf"
    _letter(path, ["<font size=40>X</font> & Co"])
    text = pdf_text.pages(path)[0]
    assert "<font size=40>X</font> & Co" in text


def test_a_very_long_word_in_a_table_still_makes_a_letter(tmp_path):
    path = tmp_path / "w.pdf"
    _letter(path, ["kort", "w" * 5000])
    assert pdf_text.page_count(path)


def test_reportlab_measures_and_writes_with_its_c_accelerator():
    """rl_accel (pyproject.toml) is installed and reportlab picked it up: without it every
    letter's text is measured and its numbers written in Python, ~10% slower."""
    from reportlab.lib import rl_accel

    for name in ("fp_str", "instanceStringWidthTTF", "calcChecksum"):
        assert type(getattr(rl_accel, name)).__name__ == "builtin_function_or_method", name
