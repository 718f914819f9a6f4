"""The letters to a person who made a rights request (Art. 12-22 GDPR), Dutch or English.

The service gathers the facts (`LetterFacts`, plain data, no database objects); this
module words them and lays them out on the controller's letterhead via pdf_base. Field
names arrive as codes (`first_name`, `email`, ...) and are labelled per language.

Letters: the answer per request kind (access with all of Art. 15; rectification with before
and after; erasure with what was kept, why and until when, and when backups roll over;
restriction, objection, portability, withdrawal; Art. 19 notices), the extension
(Art. 12(3)), the request for proof of identity (KopieID) and the refusal (Art. 12(5)).
All wording is in letter_texts.py (TEXTS and the label tables), the facts in
letter_facts.py, the body of each kind in letter_bodies.py, the words and layout in
letter_writer.py; user text only ever enters the PDF through `pdf_base.para` and
`data_table`, so markup in it prints as typed (R11).
"""

from __future__ import annotations

from reportlab.platypus import Flowable

from soosr_desk.rules.request_outcomes import NEGATIVE

from .letter_bodies import BODIES, authority
from .letter_facts import (
    LETTER_KINDS,
    REQUEST_KINDS,
    ActivityInfo,
    Controller,
    FinancialItem,
    KeptItem,
    LetterFacts,
    Notice,
    RecipientInfo,
)
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
from .letter_writer import LetterWriter
from .pdf_base import Closing, Letterhead, letter_bytes

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
    "FinancialItem",
    "KeptItem",
    "LetterFacts",
    "Notice",
    "RecipientInfo",
    "field_value",
    "long_date",
    "letter_pdf",
    "short_date",
]


def subject(w: LetterWriter, f: LetterFacts) -> str:
    kind = label(KIND_LABELS, w.lang, f.request_kind)
    return w.t(f"subject_{f.letter_kind}", kind=kind)


def footer(f: LetterFacts) -> str:
    c = f.controller
    kvk = f"KvK {c.kvk_number}" if c.kvk_number else ""
    return " · ".join(x for x in (c.name, kvk, c.website) if x)


def write(w: LetterWriter, f: LetterFacts) -> list[Flowable]:
    """The letter's body: salutation, the opening that names the request, the body of the
    letter kind, the closing."""
    name = f.requester_name.strip()
    w.p(w.t("salutation", name=name) if name else w.t("salutation_anonymous"))
    w.p(w.t(f"intro_{f.request_kind}", received=w.date(f.received_on)))
    BODIES[f.letter_kind](w, f)
    closing(w, f)
    return w.story


def closing(w: LetterWriter, f: LetterFacts) -> None:
    c, t = f.controller, w.t
    w.spacer()
    via = t("or").join(x for x in (c.email, c.phone) if x)
    if via:
        w.p(t("contact_via", via=via, reference=f.reference))
    else:
        w.p(t("contact", reference=f.reference))
    # a negative outcome already gave the complaint and the court route in the body
    if f.letter_kind == "answer" and f.request_kind != "access" and f.outcome not in NEGATIVE:
        w.p(t("complaint", **authority(f)))
    # the greeting and the signer: pdf_base.with_closing, kept with this last paragraph


def letter_pdf(facts: LetterFacts) -> bytes:
    """The letter as PDF, made in memory: the letter the program keeps goes into the
    database without passing through a file (one in the temporary folder held the
    requester's data outside the database until deleted, or after a kill until the next
    start)."""
    if facts.letter_kind not in LETTER_KINDS:
        raise ValueError(f"unknown letter kind {facts.letter_kind!r}")
    if facts.request_kind not in REQUEST_KINDS:
        raise ValueError(f"unknown request kind {facts.request_kind!r}")
    w = LetterWriter(facts.language)
    story = write(w, facts)
    c = facts.controller
    return letter_bytes(
        letterhead=Letterhead(c.name, c.address_lines, c.phone, c.email),
        recipient_lines=facts.address_lines or (facts.requester_name,),
        date_text=long_date(facts.today, w.lang),
        reference=facts.reference,
        subject=subject(w, facts),
        story=story,
        footer_text=footer(facts),
        page_label=w.t("page"),
        date_label=w.t("date_label"),
        reference_label=w.t("reference_label"),
        lang="nl-NL" if w.lang == "nl" else "en-GB",
        closing=Closing(w.t("regards"), c.name, c.signer_name, c.signer_role),
    )
