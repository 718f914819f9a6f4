"""The words and the layout a letter is built with: one language's texts and dates, and
the flowables (paragraphs, bullets, headings, tables) collected in order.

User text only ever enters the PDF through `pdf_base.para` and `data_table`, so markup in it
prints as typed (R11)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable

from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import CondPageBreak, Flowable, KeepTogether, Spacer

from .letter_texts import TEXTS, long_date, short_date
from .pdf_base import CONTENT_WIDTH, data_table, para, styles


class LetterWriter:
    """Collects the body of one letter in one language (`story`)."""

    def __init__(self, language: str) -> None:
        self.lang = language if language in TEXTS else "nl"
        self.sheet = styles()
        normal = self.sheet["Normal"]
        self.body = ParagraphStyle("Body", parent=normal, spaceAfter=6)
        self.bullet = ParagraphStyle(
            "Bullet", parent=normal, leftIndent=12, firstLineIndent=-9, spaceAfter=2
        )
        self.item = ParagraphStyle("Item", parent=normal, leftIndent=12, spaceAfter=1)
        self.quote_style = ParagraphStyle("Quote", parent=normal, leftIndent=12, spaceAfter=6)
        self.sub = ParagraphStyle("Sub", parent=self.sheet["Subject"], spaceBefore=4, spaceAfter=2)
        self.story: list[Flowable] = []

    # words
    def t(self, key: str, **params: str) -> str:
        text = TEXTS[self.lang][key]
        return text.format(**params) if params else text

    def has(self, key: str) -> bool:
        return key in TEXTS[self.lang]

    def date(self, day: dt.date) -> str:
        return long_date(day, self.lang)

    def short(self, day: dt.date | None) -> str:
        return short_date(day, self.lang) if day else ""

    # layout
    def p(self, text: str) -> None:
        self.story.append(para(text, self.body))

    def quote(self, text: str) -> None:
        """User text (reasons) set off from the letter's own words."""
        self.story.append(para(text, self.quote_style))

    def bullets(self, items: Iterable[str]) -> None:
        self.story += [para(f"•\u00a0\u00a0{item}", self.bullet) for item in items]
        self.story.append(Spacer(1, 4))

    def heading(self, text: str) -> None:
        # a heading never ends a page alone
        self.story += [CondPageBreak(30 * mm), para(text, self.sheet["Heading"])]

    def subheading(self, text: str) -> None:
        self.story += [CondPageBreak(20 * mm), para(text, self.sub)]

    def block(self, title: str, lines: list[str]) -> None:
        """A titled block of indented lines kept on one page (an activity, a recipient)."""
        flow = [para(title, self.sub)] + [para(line, self.item) for line in lines]
        self.story += [KeepTogether(flow), Spacer(1, 4)]

    def table(self, header: list[str], rows: list[list[str]], widths_mm: list[float]) -> None:
        scale = CONTENT_WIDTH / (sum(widths_mm) * mm)
        widths = [w * mm * scale for w in widths_mm]
        self.story += [data_table(header, rows, widths, sheet=self.sheet), Spacer(1, 6)]

    def spacer(self, height: float = 4) -> None:
        self.story.append(Spacer(1, height))

    def keep_together(self, flowables: list[Flowable]) -> None:
        self.story.append(KeepTogether(flowables))
