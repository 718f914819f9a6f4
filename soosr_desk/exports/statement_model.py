"""The plain data a privacy statement is made of, and the blocks it is laid out in.

services.statement fills `StatementData` from the register; exports.statement turns it into
blocks of text runs (`Block`, `Run`); statement_html and statement_pdf lay the blocks out.
This module imports none of them, so the imports run one way.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

LANGUAGES = ("nl", "en")


# --- the data a statement is made of ---------------------------------------------------


@dataclass(frozen=True)
class ControllerInfo:
    name: str
    street: str = ""
    address_extra: str = ""
    postcode: str = ""
    city: str = ""
    country: str = "NL"
    phone: str = ""
    email: str = ""
    website: str = ""
    kvk_number: str = ""
    authority_name: str = "Autoriteit Persoonsgegevens"
    authority_url: str = ""
    dpo: str = ""  # the data protection officer (Art. 13(1)(b)); "" = none appointed


@dataclass(frozen=True)
class Transfer:
    """Personal data going outside the EEA: the country (ISO code, "" when not recorded)
    and the safeguard of Art. 44-49 (adequacy decision, standard contractual clauses...);
    one per country: the safeguards of several recipients there are joined ("; ")."""

    country: str
    safeguard: str = ""


@dataclass(frozen=True)
class ActivityInfo:
    name: str
    purpose: str
    legal_basis: str  # rules.vocab.LegalBasis code
    legitimate_interest: str = ""
    data_categories: tuple[str, ...] = ()
    subject_categories: tuple[str, ...] = ()
    recipient_categories: tuple[str, ...] = ()  # names
    transfers: tuple[Transfer, ...] = ()
    retention: str = ""
    source: str = ""  # where the data comes from (Art. 14(2)(f))
    automated_decisions: bool = False
    automated_decisions_note: str = ""
    consent_too: bool = False  # also consent, for the people the basis does not cover
    joint_controllers: str = ""  # Art. 26(2): the essence of the arrangement is told


@dataclass(frozen=True)
class RecipientCategoryInfo:
    name: str
    description: str = ""


@dataclass(frozen=True)
class RetentionRuleInfo:
    name: str
    description: str = ""


@dataclass(frozen=True)
class StatementData:
    language: str  # "nl" or "en"
    version: int
    published_on: dt.date
    controller: ControllerInfo
    activities: tuple[ActivityInfo, ...] = ()
    recipient_categories: tuple[RecipientCategoryInfo, ...] = ()
    retention_rules: tuple[RetentionRuleInfo, ...] = ()
    dutch_only: tuple[str, ...] = ()  # register texts with no English, given in Dutch


@dataclass(frozen=True)
class Run:
    text: str
    bold: bool = False
    link: bool = False  # the text is a web address: a link in HTML, plain text in the PDF


Line = tuple[Run, ...]


@dataclass(frozen=True)
class Block:
    kind: str  # h2, h3, p, ul, ol, facts
    lines: tuple[Line, ...] = field(default_factory=tuple)
