"""The Art. 34 letter to the people concerned by a personal data breach, Dutch or English,
on the shared letter frame (exports.pdf_base).

Art. 34(2) GDPR: the letter describes in clear and plain language the nature of the
breach and gives at least the contact point (Art. 33(3)(b)), the likely consequences
(33(3)(c)) and the measures taken or proposed, including those to mitigate its effects
(33(3)(d)). Every sentence is made from the breach record: the service refuses the letter
while one of those parts is empty, and the report to the authority is mentioned only as
the record shows it.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from pathlib import Path

from reportlab.lib.units import mm
from reportlab.platypus import KeepTogether, Spacer

from .pdf_base import Letterhead, build_letter, para, styles
from .statement_texts import format_date

TEXTS = {
    "nl": {
        "subject": "Datalek bij {name}: wat er is gebeurd en wat het voor u betekent",
        "to": "Aan de betrokkene",
        "salutation": "Geachte heer, mevrouw,",
        "intro": (
            "Wij informeren u over een inbreuk op de beveiliging van persoonsgegevens (een "
            "datalek) waarbij ook uw gegevens betrokken zijn. Wij doen dat omdat het lek een "
            "hoog risico kan opleveren voor uw rechten en vrijheden (artikel 34 AVG)."
        ),
        "what_h": "Wat er is gebeurd",
        "found": "Wij hebben het lek ontdekt op {date}.",
        "occurred": "Het lek vond plaats op {date}.",
        "data_h": "Om welke gegevens het gaat",
        "consequences_h": "Wat de gevolgen voor u kunnen zijn",
        "measures_h": "Wat wij hebben gedaan en nog doen",
        "authority_h": "Melding aan de toezichthouder",
        "reported": "Wij hebben het lek op {date} gemeld aan de {authority}.",
        "will_report": "Wij melden het lek aan de {authority}.",
        "late": "Die melding kwam later dan 72 uur na de ontdekking. De reden: {reason}",
        "contact_h": "Vragen",
        "contact_dpo": (
            "Heeft u vragen over dit datalek, neem dan contact op met onze functionaris "
            "gegevensbescherming: {dpo}."
        ),
        "contact": "Heeft u vragen over dit datalek, neem dan contact op met ons via {contact}.",
        "complaint": ("U heeft het recht een klacht in te dienen bij de {authority}."),
        "complaint_link": "Dat kan via {url}.",
        "closing": "Met vriendelijke groet,",
        "date": "Datum",
        "reference": "Ons kenmerk",
        "page": "Pagina {page} van {pages}",
    },
    "en": {
        "subject": "Data breach at {name}: what happened and what it means for you",
        "to": "To the person concerned",
        "salutation": "Dear Sir or Madam,",
        "intro": (
            "We are informing you of a personal data breach that also concerns your data. We "
            "do so because the breach is likely to result in a high risk to your rights and "
            "freedoms (Article 34 GDPR)."
        ),
        "what_h": "What happened",
        "found": "We discovered the breach on {date}.",
        "occurred": "The breach took place on {date}.",
        "data_h": "Which data is concerned",
        "consequences_h": "What the consequences for you may be",
        "measures_h": "What we have done and are doing",
        "authority_h": "Report to the supervisory authority",
        "reported": "We reported the breach to the {authority} on {date}.",
        "will_report": "We are reporting the breach to the {authority}.",
        "late": "That report came later than 72 hours after discovery. The reason: {reason}",
        "contact_h": "Questions",
        "contact_dpo": (
            "If you have questions about this breach, please contact our data protection "
            "officer: {dpo}."
        ),
        "contact": "If you have questions about this breach, please contact us at {contact}.",
        "complaint": "You have the right to lodge a complaint with the {authority}.",
        "complaint_link": "You can do so at {url}.",
        "closing": "Kind regards,",
        "date": "Date",
        "reference": "Our reference",
        "page": "Page {page} of {pages}",
    },
}


@dataclass(frozen=True)
class BreachLetter:
    """What the letter says, read from the breach record and the controller's details."""

    language: str  # "nl" or "en"
    letterhead: Letterhead
    reference: str
    date: dt.date
    found_on: dt.date
    description: str
    data_categories: str
    consequences: str
    measures: str
    occurred_on: dt.date | None = None
    reported_on: dt.date | None = None  # to the authority
    will_report: bool = False  # decided to report, not reported yet
    late_reason: str = ""
    dpo: str = ""
    contact: str = ""  # the controller's e-mail or phone when there is no DPO
    authority: str = "Autoriteit Persoonsgegevens"
    authority_url: str = ""
    recipient_lines: tuple[str, ...] = ()


def write_breach_letter(letter: BreachLetter, path: Path) -> None:
    """Writes the letter as an A4 PDF to `path` (whole or not at all)."""
    t = TEXTS[letter.language]
    s = styles()
    day = lambda d: format_date(d, letter.language)  # noqa: E731
    story = [para(t["salutation"], s["Normal"]), Spacer(1, 3 * mm), para(t["intro"], s["Normal"])]

    def section(heading: str, *texts: str) -> None:
        story.append(para(heading, s["Heading"]))
        story.extend(para(text, s["Normal"]) for text in texts if text)

    occurred = t["occurred"].format(date=day(letter.occurred_on)) if letter.occurred_on else ""
    section(t["what_h"], letter.description, t["found"].format(date=day(letter.found_on)), occurred)
    section(t["data_h"], letter.data_categories)
    section(t["consequences_h"], letter.consequences)
    section(t["measures_h"], letter.measures)
    if letter.reported_on:
        late = t["late"].format(reason=letter.late_reason) if letter.late_reason else ""
        section(
            t["authority_h"],
            t["reported"].format(date=day(letter.reported_on), authority=letter.authority),
            late,
        )
    elif letter.will_report:
        section(t["authority_h"], t["will_report"].format(authority=letter.authority))
    contact = (
        t["contact_dpo"].format(dpo=letter.dpo)
        if letter.dpo
        else t["contact"].format(contact=letter.contact)
    )
    link = t["complaint_link"].format(url=letter.authority_url) if letter.authority_url else ""
    start = len(story)
    section(t["contact_h"], contact, t["complaint"].format(authority=letter.authority), link)
    story += [
        Spacer(1, 6 * mm),
        para(t["closing"], s["Normal"]),
        para(letter.letterhead.name, s["Normal"]),
    ]
    story[start:] = [KeepTogether(story[start:])]  # the questions stay with the closing
    build_letter(
        Path(path),
        letterhead=letter.letterhead,
        recipient_lines=letter.recipient_lines or (t["to"],),
        date_text=day(letter.date),
        reference=letter.reference,
        subject=t["subject"].format(name=letter.letterhead.name),
        story=story,
        footer_text=letter.letterhead.name,
        page_label=t["page"],
        date_label=t["date"],
        reference_label=t["reference"],
        lang="nl-NL" if letter.language == "nl" else "en-GB",
    )
