"""The privacy statement as an A4 PDF (used by statement.render_pdf).

Every run of text goes through `to_para`, so markup typed in the register prints as typed;
web addresses stay plain text. A purpose is kept on one page when it fits, an introduction
stays with its list, and every page says "page X of Y".
"""

from __future__ import annotations

import io

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import (
    BaseDocTemplate,
    Frame,
    KeepTogether,
    PageTemplate,
    Paragraph,
    Spacer,
)
from reportlab.platypus.flowables import HRFlowable

from .pdf_base import (
    CONTENT_WIDTH,
    FOOTER_Y,
    MARGIN_BOTTOM,
    MARGIN_LEFT,
    MARGIN_RIGHT,
    MARGIN_TOP,
    PAGE_HEIGHT,
    PAGE_NUMBER_WIDTH,
    _numbered_canvas,
    para,
    styles,
)
from .safe_text import clean_text, to_para
from .statement_model import Block, Line, StatementData
from .statement_texts import TEXTS, format_date


def _pdf_styles() -> dict[str, ParagraphStyle]:
    s = styles()
    body = ParagraphStyle("Body", parent=s["Normal"], spaceAfter=5)
    return {
        "title": ParagraphStyle(
            "Title", parent=s["Heading"], fontSize=20, leading=24, spaceBefore=0, spaceAfter=6
        ),
        "subtitle": ParagraphStyle("Subtitle", parent=s["Subject"], fontSize=12, leading=15),
        "meta": ParagraphStyle(
            "Meta", parent=s["Normal"], textColor=colors.Color(0.35, 0.35, 0.35)
        ),
        "h2": ParagraphStyle(
            "H2",
            parent=s["Heading"],
            fontSize=13,
            leading=16,
            spaceBefore=12,
            spaceAfter=5,
            keepWithNext=1,
        ),
        "h3": ParagraphStyle(
            "H3", parent=s["Subject"], spaceBefore=6, spaceAfter=2, keepWithNext=1
        ),
        "p": body,
        "p_keep": ParagraphStyle("BodyKeep", parent=body, keepWithNext=1),
        "ul": ParagraphStyle("Bullet", parent=body, leftIndent=14, bulletIndent=4, spaceAfter=2),
        "facts": ParagraphStyle(
            "Facts",
            parent=s["Normal"],
            fontSize=9,
            leading=12,
            leftIndent=20,
            firstLineIndent=-10,
            spaceAfter=1,
        ),
        "footer": s["Footer"],
    }


def _pdf_line(line: Line) -> str:
    # to_para escapes every run: typed markup prints as typed; links stay plain text
    return "".join(f"<b>{to_para(r.text)}</b>" if r.bold else to_para(r.text) for r in line)


def _pdf_blocks(blocks: list[Block], st: dict[str, ParagraphStyle]) -> list:
    out: list = []
    group: list = []  # a purpose (h3, its text and facts) stays on one page when it fits
    for i, block in enumerate(blocks):
        if block.kind in ("h2", "h3") and group:
            out.append(KeepTogether(group))
            group = []
        target = group if block.kind == "h3" or group else out
        if block.kind in ("h2", "h3", "p"):
            following = blocks[i + 1].kind if i + 1 < len(blocks) else ""
            # an introduction ("... the following:") stays with its list
            style = st["p_keep"] if block.kind == "p" and following in ("ul", "ol") else None
            target.append(Paragraph(_pdf_line(block.lines[0]), style or st[block.kind]))
        elif block.kind == "facts":
            target += [Paragraph(_pdf_line(line), st["facts"]) for line in block.lines]
            target.append(Spacer(1, 3))
        else:
            for n, line in enumerate(block.lines, 1):
                bullet = f"{n}." if block.kind == "ol" else "•"
                target.append(Paragraph(_pdf_line(line), st["ul"], bulletText=bullet))
            target.append(Spacer(1, 3))
    if group:
        out.append(KeepTogether(group))
    return out


def pdf_bytes(data: StatementData, blocks: list[Block]) -> bytes:
    """The statement as an A4 PDF: title, controller, version and date, the chapters, and
    "page X of Y" on every page."""
    t = TEXTS[data.language]
    c = data.controller
    st = _pdf_styles()
    meta = t["meta"].format(
        version=data.version, date=format_date(data.published_on, data.language)
    )
    story = [
        para(t["title"], st["title"]),
        para(c.name, st["subtitle"]),
        para(meta, st["meta"]),
        Spacer(1, 4),
        HRFlowable(width="100%", thickness=0.6, color=colors.grey, spaceAfter=4),
    ]
    story += _pdf_blocks(blocks, st)

    footer_text = clean_text(f"{t['title']} {c.name} · {meta}")
    footer_width = CONTENT_WIDTH - PAGE_NUMBER_WIDTH

    def on_page(canvas, _doc) -> None:
        canvas.saveState()
        canvas.setFont(st["footer"].fontName, 8)
        text = footer_text
        while text and canvas.stringWidth(text, st["footer"].fontName, 8) > footer_width:
            text = text[:-2] + "…"  # never runs into the page number
        canvas.drawString(MARGIN_LEFT, FOOTER_Y + 2, text)
        canvas.restoreState()

    buf = io.BytesIO()
    frame = Frame(
        MARGIN_LEFT,
        MARGIN_BOTTOM,
        CONTENT_WIDTH,
        PAGE_HEIGHT - MARGIN_TOP - MARGIN_BOTTOM,
        leftPadding=0,
        rightPadding=0,
        topPadding=0,
        bottomPadding=0,
    )
    doc = BaseDocTemplate(
        buf,
        pagesize=A4,
        leftMargin=MARGIN_LEFT,
        rightMargin=MARGIN_RIGHT,
        topMargin=MARGIN_TOP,
        bottomMargin=MARGIN_BOTTOM,
        title=clean_text(f"{t['title']} {c.name}")[:200],
        author=clean_text(c.name)[:200],
        creator="SOOSR Desk",
        lang="nl-NL" if data.language == "nl" else "en-GB",
    )
    doc.addPageTemplates([PageTemplate("page", [frame], onPage=on_page)])
    doc.build(story, canvasmaker=_numbered_canvas(t["page"], st["footer"].fontName))
    return buf.getvalue()
