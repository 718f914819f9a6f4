"""reportlab building blocks for letters: styles, paragraphs, tables and the letter page.

`para` is the only way user text becomes a Paragraph: it goes through `to_para`, so markup
typed by a user (`<font>`, `<a href>`, `<img src>`) prints as typed and never restyles the
letter, links out or embeds a local file (RELIABILITY.md 0.5, R11). Text drawn straight on
the canvas (page numbers) is app text, and the canvas does not read markup.
"""

from __future__ import annotations

import io
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from reportlab.lib import colors
from reportlab.lib.enums import TA_LEFT, TA_RIGHT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import (
    BaseDocTemplate,
    Flowable,
    Frame,
    KeepInFrame,
    KeepTogether,
    PageTemplate,
    Paragraph,
    Spacer,
    Table,
    TableStyle,
)

from .safe_text import atomic_write, clean_text, to_para

PAGE_WIDTH, PAGE_HEIGHT = A4
MARGIN_LEFT = 20 * mm
MARGIN_RIGHT = 20 * mm
MARGIN_TOP = 20 * mm
MARGIN_BOTTOM = 25 * mm
CONTENT_WIDTH = PAGE_WIDTH - MARGIN_LEFT - MARGIN_RIGHT

# Address block for a window envelope (NEN 1026, left window): 20 mm from the left edge,
# 50 mm from the top, 85 x 40 mm.
ADDRESS_LEFT = 20 * mm
ADDRESS_TOP = 50 * mm
ADDRESS_WIDTH = 85 * mm
ADDRESS_HEIGHT = 40 * mm
# The controller's letterhead: top right, clear of the address window.
LETTERHEAD_LEFT = 110 * mm
LETTERHEAD_TOP = 12 * mm
LETTERHEAD_HEIGHT = 34 * mm
# The body of page 1 starts below the address block.
FIRST_BODY_TOP = 100 * mm
FOOTER_Y = 10 * mm
FOOTER_HEIGHT = 10 * mm
PAGE_NUMBER_WIDTH = 40 * mm
SIGNATURE_SPACE = 14 * mm  # room for a handwritten signature under the greeting
# Frames without padding, so the body lines up with the address block at 20 mm.
_NO_PADDING = {"leftPadding": 0, "rightPadding": 0, "topPadding": 0, "bottomPadding": 0}


@dataclass(frozen=True)
class FontFamily:
    """The fonts a letter uses. Helvetica needs no file but prints only Western European
    letters (Latin-1/WinAnsi); other letters (Ł, ğ, Ĳ) print as black boxes. Register a
    TrueType family with `register_ttf_family` to print them."""

    regular: str = "Helvetica"
    bold: str = "Helvetica-Bold"


HELVETICA = FontFamily()
_FONTS = Path(__file__).resolve().parent.parent / "resources" / "fonts"
_default: list[FontFamily] = []


def default_fonts() -> FontFamily:
    """DejaVu Sans, shipped with the program, so that every name prints (Ayşe, Łukasz,
    Ĳsbrand); Helvetica when the font files are missing."""
    if not _default:
        regular, bold = _FONTS / "DejaVuSans.ttf", _FONTS / "DejaVuSans-Bold.ttf"
        try:
            _default.append(register_ttf_family("DejaVuSans", regular, bold))
        except OSError:
            _default.append(HELVETICA)
    return _default[0]


def register_ttf_family(name: str, regular: Path, bold: Path) -> FontFamily:
    """Register a TrueType family (e.g. DejaVu Sans) once; reportlab embeds a subset."""
    bold_name = f"{name}-Bold"
    if name not in pdfmetrics.getRegisteredFontNames():
        pdfmetrics.registerFont(TTFont(name, str(regular)))
        pdfmetrics.registerFont(TTFont(bold_name, str(bold)))
        pdfmetrics.registerFontFamily(
            name, normal=name, bold=bold_name, italic=name, boldItalic=bold_name
        )
    return FontFamily(name, bold_name)


def styles(fonts: FontFamily | None = None) -> dict[str, ParagraphStyle]:
    """Paragraph styles for letters: Normal 10 pt and the ones derived from it."""
    fonts = fonts or default_fonts()
    normal = ParagraphStyle("Normal", fontName=fonts.regular, fontSize=10, leading=13)
    return {
        "Normal": normal,
        "Small": ParagraphStyle("Small", parent=normal, fontSize=8, leading=10),
        "Heading": ParagraphStyle(
            "Heading",
            parent=normal,
            fontName=fonts.bold,
            fontSize=12,
            leading=15,
            spaceBefore=6,
            spaceAfter=4,
        ),
        "Subject": ParagraphStyle("Subject", parent=normal, fontName=fonts.bold),
        "TableCell": ParagraphStyle("TableCell", parent=normal, fontSize=9, leading=11),
        "TableHeader": ParagraphStyle(
            "TableHeader", parent=normal, fontName=fonts.bold, fontSize=9, leading=11
        ),
        "LetterheadName": ParagraphStyle(
            "LetterheadName",
            parent=normal,
            fontName=fonts.bold,
            fontSize=13,
            leading=16,
            alignment=TA_RIGHT,
        ),
        "Letterhead": ParagraphStyle(
            "Letterhead", parent=normal, fontSize=8.5, leading=11, alignment=TA_RIGHT
        ),
        "Footer": ParagraphStyle(
            "Footer", parent=normal, fontSize=7.5, leading=9, alignment=TA_LEFT
        ),
    }


def para(text: str, style: ParagraphStyle) -> Paragraph:
    """User text as a Paragraph that prints exactly the characters typed."""
    return Paragraph(to_para(text), style)


def data_table(
    header: Sequence[str],
    rows: Sequence[Sequence[Any]],
    col_widths: Sequence[float] | None = None,
    *,
    sheet: dict[str, ParagraphStyle] | None = None,
) -> Table:
    """A grid whose header repeats on every page; every cell is a Paragraph via `para`.

    A row taller than a page (a long note) is split inside the row instead of failing.
    """
    sheet = sheet or styles()
    if col_widths is None:
        # never let reportlab size columns from the content: one long word would take the
        # whole width and leave the other columns negative (the letter would fail)
        col_widths = [CONTENT_WIDTH / max(1, len(header))] * len(header)
    cell, head = sheet["TableCell"], sheet["TableHeader"]
    data = [[para(str(h), head) for h in header]]
    data += [[para("" if v is None else str(v), cell) for v in row] for row in rows]
    table = Table(data, colWidths=col_widths, repeatRows=1, splitInRow=1, hAlign="LEFT")
    table.setStyle(
        TableStyle(
            [
                ("GRID", (0, 0), (-1, -1), 0.5, colors.grey),
                ("BACKGROUND", (0, 0), (-1, 0), colors.Color(0.9, 0.9, 0.9)),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LEFTPADDING", (0, 0), (-1, -1), 4),
                ("RIGHTPADDING", (0, 0), (-1, -1), 4),
            ]
        )
    )
    return table


@dataclass(frozen=True)
class Letterhead:
    """The controller (verwerkingsverantwoordelijke) as printed at the top of page 1."""

    name: str
    address_lines: Sequence[str] = field(default_factory=tuple)
    phone: str = ""
    email: str = ""


@dataclass(frozen=True)
class Closing:
    """The end of every letter: the greeting, room to sign, who signs (name and role, from
    the settings) and for which organisation."""

    regards: str  # "Met vriendelijke groet,"
    organisation: str
    signer_name: str = ""
    signer_role: str = ""


def with_closing(
    story: list[Flowable], closing: Closing, sheet: dict[str, ParagraphStyle]
) -> list[Flowable]:
    """`story` with the closing at the end, on one page with the last paragraph: the
    greeting and the signer never stand alone on the last page."""
    body: list[Flowable] = list(story)
    last: list[Flowable] = []
    while body and isinstance(body[-1], Spacer):
        last.insert(0, body.pop())
    if body and isinstance(body[-1], Paragraph):  # a table is not dragged along
        last.insert(0, body.pop())
    normal = sheet["Normal"]
    lines = [para(closing.regards, normal), Spacer(1, SIGNATURE_SPACE)]
    lines += [para(x, normal) for x in (closing.signer_name, closing.signer_role) if x.strip()]
    lines.append(para(closing.organisation, normal))
    return body + [KeepTogether([*last, Spacer(1, 4), *lines])]


def _draw_box(
    canvas: Canvas, flowables: list[Flowable], x: float, y: float, w: float, h: float
) -> None:
    # A fixed box on the page (letterhead, address window, footer): text that does not fit
    # is shrunk, never drawn outside the box or over the body.
    frame = Frame(x, y, w, h, **_NO_PADDING)
    frame.addFromList([KeepInFrame(w, h, flowables, mode="shrink", vAlign="TOP")], canvas)


def _numbered_canvas(page_label: str, font: str) -> type[Canvas]:
    class NumberedCanvas(Canvas):
        """Keeps every page until the end, so each can say "page X of Y"."""

        def __init__(self, *args: Any, **kwargs: Any) -> None:
            super().__init__(*args, **kwargs)
            self._pages: list[dict[str, Any]] = []

        def showPage(self) -> None:  # noqa: N802 (reportlab's name)
            self._pages.append(dict(self.__dict__))
            self._startPage()

        def save(self) -> None:
            total = len(self._pages)
            for number, state in enumerate(self._pages, 1):
                self.__dict__.update(state)
                self.setFont(font, 8)
                self.drawRightString(
                    PAGE_WIDTH - MARGIN_RIGHT,
                    FOOTER_Y + 2,
                    clean_text(page_label.format(page=number, pages=total)),
                )
                super().showPage()
            super().save()

    return NumberedCanvas


def build_letter(path: Path, **parts: Any) -> None:
    """Writes the letter of `letter_bytes(**parts)` to `path`, all or nothing."""
    pdf = letter_bytes(**parts)
    atomic_write(path, lambda tmp: tmp.write_bytes(pdf))


def letter_bytes(
    *,
    letterhead: Letterhead,
    recipient_lines: Sequence[str],
    date_text: str,
    reference: str,
    subject: str,
    story: list[Flowable],
    footer_text: str,
    page_label: str = "Pagina {page} van {pages}",
    date_label: str = "Datum",
    reference_label: str = "Ons kenmerk",
    fonts: FontFamily | None = None,
    lang: str = "nl-NL",
    closing: Closing | None = None,
) -> bytes:
    """An A4 letter as PDF, made in memory (a letter kept in the database never passes
    through a file): letterhead, address in the window of a DL envelope, date,
    reference, bold subject, the story, and page numbers.

    Build `story` with `para` and `data_table` using `styles(fonts)`. `page_label` is
    formatted with `page` and `pages`; labels are passed in so the caller can translate.
    `closing` ends the letter, kept with its last paragraph (`with_closing`).
    """
    fonts = fonts or default_fonts()
    sheet = styles(fonts)
    footer_width = CONTENT_WIDTH - PAGE_NUMBER_WIDTH

    def head_lines() -> list[Flowable]:
        lines = [para(letterhead.name, sheet["LetterheadName"])]
        lines += [para(line, sheet["Letterhead"]) for line in letterhead.address_lines]
        if letterhead.phone:
            lines.append(para(f"T {letterhead.phone}", sheet["Letterhead"]))
        if letterhead.email:
            lines.append(para(f"E {letterhead.email}", sheet["Letterhead"]))
        return lines

    def footer(canvas: Canvas, _doc: Any) -> None:
        if footer_text:
            foot = [para(footer_text, sheet["Footer"])]
            _draw_box(canvas, foot, MARGIN_LEFT, FOOTER_Y, footer_width, FOOTER_HEIGHT)

    def first_page(canvas: Canvas, doc: Any) -> None:
        canvas.saveState()
        width = PAGE_WIDTH - MARGIN_RIGHT - LETTERHEAD_LEFT
        top = PAGE_HEIGHT - LETTERHEAD_TOP - LETTERHEAD_HEIGHT
        _draw_box(canvas, head_lines(), LETTERHEAD_LEFT, top, width, LETTERHEAD_HEIGHT)
        address = [para(line, sheet["Normal"]) for line in recipient_lines]
        top = PAGE_HEIGHT - ADDRESS_TOP - ADDRESS_HEIGHT
        _draw_box(canvas, address, ADDRESS_LEFT, top, ADDRESS_WIDTH, ADDRESS_HEIGHT)
        footer(canvas, doc)
        canvas.restoreState()

    def later_page(canvas: Canvas, doc: Any) -> None:
        canvas.saveState()
        footer(canvas, doc)
        canvas.restoreState()

    body_bottom = MARGIN_BOTTOM
    first = Frame(
        MARGIN_LEFT,
        body_bottom,
        CONTENT_WIDTH,
        PAGE_HEIGHT - FIRST_BODY_TOP - body_bottom,
        id="first",
        **_NO_PADDING,
    )
    later = Frame(
        MARGIN_LEFT,
        body_bottom,
        CONTENT_WIDTH,
        PAGE_HEIGHT - MARGIN_TOP - body_bottom,
        id="later",
        **_NO_PADDING,
    )
    flow: list[Flowable] = [
        para(f"{date_label}: {date_text}", sheet["Normal"]),
        para(f"{reference_label}: {reference}", sheet["Normal"]),
        Spacer(1, 8 * mm),
        para(subject, sheet["Subject"]),
        Spacer(1, 6 * mm),
        *(with_closing(story, closing, sheet) if closing else story),
    ]

    buffer = io.BytesIO()
    doc = BaseDocTemplate(
        buffer,
        pagesize=A4,
        leftMargin=MARGIN_LEFT,
        rightMargin=MARGIN_RIGHT,
        topMargin=MARGIN_TOP,
        bottomMargin=MARGIN_BOTTOM,
        title=clean_text(subject)[:200],
        author=clean_text(letterhead.name)[:200],
        creator="SOOSR Desk",
        lang=lang,
    )
    doc.addPageTemplates(
        [
            PageTemplate("first", [first], onPage=first_page, autoNextPageTemplate="later"),
            PageTemplate("later", [later], onPage=later_page),
        ]
    )
    doc.build(flow, canvasmaker=_numbered_canvas(page_label, fonts.regular))

    return buffer.getvalue()


def one_page_pdf(title: str, lines: Sequence[str]) -> bytes:
    """A plain one-page PDF (demo documents): a title and lines of text, drawn as text."""
    buffer = io.BytesIO()
    canvas = Canvas(buffer, pagesize=A4)
    canvas.setTitle(clean_text(title))
    canvas.setFont("Helvetica-Bold", 14)
    y = PAGE_HEIGHT - MARGIN_TOP
    canvas.drawString(MARGIN_LEFT, y, clean_text(title))
    canvas.setFont("Helvetica", 10)
    for line in lines:
        y -= 14
        canvas.drawString(MARGIN_LEFT, y, clean_text(line))
    canvas.showPage()
    canvas.save()
    return buffer.getvalue()
