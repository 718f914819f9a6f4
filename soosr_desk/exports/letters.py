"""The letters to a person who made a rights request (Art. 12-22 GDPR), Dutch or English.

The service gathers the facts (`LetterFacts`, plain data, no database objects); this
module words them and lays them out on the controller's letterhead via pdf_base. Field
names arrive as codes (`first_name`, `email`, ...) and are labelled per language.

Letters: the answer per request kind (access with all of Art. 15; rectification with before
and after; erasure with what was kept, why and until when, and when backups roll over;
restriction, objection, portability, withdrawal; Art. 19 notices), the extension
(Art. 12(3)), the request for proof of identity (KopieID) and the refusal (Art. 12(5)).
All wording is in letter_texts.py (TEXTS and the label tables), the body of each kind in
letter_bodies.py; user text only ever enters the PDF through `pdf_base.para` and
`data_table`, so markup in it prints as typed (R11).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import CondPageBreak, Flowable, Spacer

from .letter_bodies import LetterBodies
from .letter_texts import (
    BASIS_LABELS,
    DATE_FIELDS,
    FIELD_LABELS,
    KEPT_WHY_LABELS,
    KIND_LABELS,
    STATUS_LABELS,
    TEXTS,
    VALUE_LABELS,
    field_value,
    label,
    long_date,
    short_date,
)
from .pdf_base import (
    CONTENT_WIDTH,
    Closing,
    Letterhead,
    build_letter,
    data_table,
    para,
    styles,
)

__all__ = [
    "BASIS_LABELS",
    "DATE_FIELDS",
    "FIELD_LABELS",
    "KEPT_WHY_LABELS",
    "KIND_LABELS",
    "LETTER_KINDS",
    "REQUEST_KINDS",
    "STATUS_LABELS",
    "TEXTS",
    "VALUE_LABELS",
    "ActivityInfo",
    "Controller",
    "KeptItem",
    "LetterFacts",
    "Notice",
    "field_value",
    "long_date",
    "render_letter",
    "short_date",
]

LETTER_KINDS = ("answer", "extension", "id_request", "refusal")
REQUEST_KINDS = (
    "access", "rectification", "erasure", "restriction", "objection", "portability", "withdrawal",
)  # fmt: skip


@dataclass(frozen=True)
class Controller:
    name: str
    address_lines: tuple[str, ...]
    phone: str = ""
    email: str = ""
    website: str = ""
    kvk_number: str = ""
    authority_name: str = "Autoriteit Persoonsgegevens"
    authority_url: str = "https://autoriteitpersoonsgegevens.nl"
    signer_name: str = ""  # who signs the letters (settings), under the greeting
    signer_role: str = ""


@dataclass(frozen=True)
class ActivityInfo:
    """A processing activity that concerns the person (Art. 15(1)(a)-(d), (g))."""

    name: str
    purpose: str
    legal_basis: str  # code: legal_obligation, contract, legitimate_interest, consent
    legitimate_interest: str = ""
    data_categories: tuple[str, ...] = ()
    recipients: tuple[str, ...] = ()  # recipient category names
    retention: str = ""  # the retention rule as the register words it
    source: str = ""


@dataclass(frozen=True)
class KeptItem:
    """What an erasure kept under a legal duty (no values: what, why, until)."""

    what: str  # e.g. "3 invoices" in the letter's language, made by the service
    why: str  # code: fiscal_7y, legal_hold, request_record
    until: dt.date | None = None


@dataclass(frozen=True)
class Notice:
    """Art. 19: a recipient told of the rectification, erasure or restriction, or why not."""

    recipient: str
    told_on: dt.date | None = None
    impossible_reason: str = ""


@dataclass
class LetterFacts:
    letter_kind: str  # one of LETTER_KINDS
    request_kind: str  # one of REQUEST_KINDS
    language: str  # "nl" or "en"
    controller: Controller
    today: dt.date
    reference: str  # AVG-2026-0007
    received_on: dt.date
    deadline: dt.date  # the deadline that applies now (extended when extended)
    requester_name: str
    address_lines: tuple[str, ...]  # for the window envelope (name first)
    # extension: why two more months are needed (Art. 12(3))
    extension_reason: str = ""
    original_deadline: dt.date | None = None
    # refusal: why the request is manifestly unfounded or excessive (Art. 12(5))
    refusal_reason: str = ""
    # outcome of the answer: "done", or "no_data" when no data on the person is held
    outcome: str = "done"
    outcome_note: str = ""
    # access (Art. 15) and portability: a copy of everything held
    contact_fields: list[tuple[str, str]] = field(default_factory=list)  # (field code, value)
    notes: list[tuple[dt.datetime, str]] = field(default_factory=list)
    consents: list[tuple[str, dt.date, dt.date | None]] = field(default_factory=list)
    requests: list[tuple[str, str, dt.date, str]] = field(default_factory=list)
    # (reference, kind code, received, status code)
    activities: list[ActivityInfo] = field(default_factory=list)
    recipients: list[str] = field(default_factory=list)  # third parties by name
    source: str = ""  # where the data came from (contact source code)
    automated_decisions: bool = False
    # rectification: what was changed
    changes: list[tuple[str, str, str]] = field(default_factory=list)  # (field code, before, after)
    # erasure
    removed: list[str] = field(default_factory=list)  # e.g. "12 notes", in the letter's language
    kept: list[KeptItem] = field(default_factory=list)
    backups_roll_over_on: dt.date | None = None
    # restriction / objection / withdrawal
    restricted: bool = False
    objected: bool = False
    withdrawn: list[tuple[str, dt.date]] = field(default_factory=list)  # (purpose, withdrawn on)
    # portability: the file that goes with the letter
    attachment_name: str = ""
    # Art. 19
    notices: list[Notice] = field(default_factory=list)


# --- the letter ----------------------------------------------------------------------------


class _Letter(LetterBodies):
    """Words the facts in one language and collects the flowables of the letter's body."""

    def __init__(self, facts: LetterFacts) -> None:
        self.f = facts
        self.lang = facts.language if facts.language in TEXTS else "nl"
        self.sheet = styles()
        normal = self.sheet["Normal"]
        self.body = ParagraphStyle("Body", parent=normal, spaceAfter=6)
        self.bullet = ParagraphStyle(
            "Bullet", parent=normal, leftIndent=12, firstLineIndent=-9, spaceAfter=2
        )
        self.item = ParagraphStyle("Item", parent=normal, leftIndent=12, spaceAfter=1)
        self.quote = ParagraphStyle("Quote", parent=normal, leftIndent=12, spaceAfter=6)
        self.sub = ParagraphStyle("Sub", parent=self.sheet["Subject"], spaceBefore=4, spaceAfter=2)
        self.story: list[Flowable] = []

    # words
    def t(self, key: str, **params: str) -> str:
        text = TEXTS[self.lang][key]
        return text.format(**params) if params else text

    def date(self, day: dt.date) -> str:
        return long_date(day, self.lang)

    def short(self, day: dt.date | None) -> str:
        return short_date(day, self.lang) if day else ""

    def authority(self) -> dict[str, str]:
        c = self.f.controller
        return {"authority": c.authority_name, "url": c.authority_url}

    # layout
    def p(self, text: str) -> None:
        self.story.append(para(text, self.body))

    def bullets(self, items: Iterable[str]) -> None:
        self.story += [para(f"•\u00a0\u00a0{item}", self.bullet) for item in items]
        self.story.append(Spacer(1, 4))

    def heading(self, text: str) -> None:
        # a heading never ends a page alone
        self.story += [CondPageBreak(30 * mm), para(text, self.sheet["Heading"])]

    def subheading(self, text: str) -> None:
        self.story += [CondPageBreak(20 * mm), para(text, self.sub)]

    def table(self, header: list[str], rows: list[list[str]], widths_mm: list[float]) -> None:
        scale = CONTENT_WIDTH / (sum(widths_mm) * mm)
        widths = [w * mm * scale for w in widths_mm]
        self.story += [data_table(header, rows, widths, sheet=self.sheet), Spacer(1, 6)]

    # the letter
    def subject(self) -> str:
        kind = label(KIND_LABELS, self.lang, self.f.request_kind)
        return self.t(f"subject_{self.f.letter_kind}", kind=kind)

    def footer(self) -> str:
        c = self.f.controller
        kvk = f"KvK {c.kvk_number}" if c.kvk_number else ""
        return " · ".join(x for x in (c.name, kvk, c.website) if x)

    def write(self) -> list[Flowable]:
        f = self.f
        name = f.requester_name.strip()
        self.p(self.t("salutation", name=name) if name else self.t("salutation_anonymous"))
        self.p(self.t(f"intro_{f.request_kind}", received=self.date(f.received_on)))
        getattr(self, f"_{f.letter_kind}")()
        self.closing()
        return self.story

    def closing(self) -> None:
        f, c, t = self.f, self.f.controller, self.t
        self.story.append(Spacer(1, 4))
        via = t("or").join(x for x in (c.email, c.phone) if x)
        if via:
            self.p(t("contact_via", via=via, reference=f.reference))
        else:
            self.p(t("contact", reference=f.reference))
        if f.letter_kind == "answer" and f.request_kind != "access":
            self.p(t("complaint", **self.authority()))
        # the greeting and the signer: pdf_base.with_closing, kept with this last paragraph


def render_letter(facts: LetterFacts, path: Path) -> None:
    """Writes the letter as PDF to `path` (all or nothing)."""
    if facts.letter_kind not in LETTER_KINDS:
        raise ValueError(f"unknown letter kind {facts.letter_kind!r}")
    if facts.request_kind not in REQUEST_KINDS:
        raise ValueError(f"unknown request kind {facts.request_kind!r}")
    letter = _Letter(facts)
    story = letter.write()
    c = facts.controller
    build_letter(
        path,
        letterhead=Letterhead(c.name, c.address_lines, c.phone, c.email),
        recipient_lines=facts.address_lines or (facts.requester_name,),
        date_text=long_date(facts.today, letter.lang),
        reference=facts.reference,
        subject=letter.subject(),
        story=story,
        footer_text=letter.footer(),
        page_label=letter.t("page"),
        date_label=letter.t("date_label"),
        reference_label=letter.t("reference_label"),
        lang="nl-NL" if letter.lang == "nl" else "en-GB",
        closing=Closing(letter.t("regards"), c.name, c.signer_name, c.signer_role),
    )
