"""The facts a letter to a requester states: plain data gathered by the service (no
database objects), worded by letters.py in the requester's language."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

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
