"""The facts a letter to a requester states: plain data gathered by the service (no
database objects), worded by letters.py in the requester's language."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

LETTER_KINDS = ("answer", "extension", "id_request", "refusal")
REQUEST_KINDS = (
    "access",
    "rectification",
    "erasure",
    "restriction",
    "objection",
    "portability",
    "withdrawal",
)


@dataclass(frozen=True)
class Controller:
    name: str
    address_lines: tuple[str, ...]
    phone: str = ""
    email: str = ""
    website: str = ""
    kvk_number: str = ""
    authority_name: str = "Autoriteit Persoonsgegevens"
    authority_url: str = (
        "https://autoriteitpersoonsgegevens.nl/een-tip-of-klacht-indienen-bij-de-ap"  # complaints
    )
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
class RecipientInfo:
    """A party the person's data went to (Art. 15(1)(c), 15(2))."""

    name: str
    country: str = "NL"  # ISO code
    outside_eea: bool = False
    safeguard: str = ""  # Art. 46 safeguard as recorded ("" = none recorded)


@dataclass(frozen=True)
class FinancialItem:
    """An invoice or payment held on the person (a copy under Art. 15(3))."""

    number: str
    date: dt.date
    amount_cents: int
    description: str = ""
    kept_until: dt.date | None = None  # art. 52 AWR


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
    # the outcome of the answer (rules.request_outcomes.Outcome)
    outcome: str = "done"  # rules.request_outcomes.Outcome
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
    # issue 14: what the records show, so that the letter says only what happened
    outcome_reason: str = ""  # the reasons of a negative or partial outcome
    erasure_ground: str = ""  # Art. 17(3): legal_obligation, legal_claims
    objection_activity: str = ""  # Art. 21(1): the activity objected to
    id_doubt_reason: str = ""  # Art. 12(6)
    financial: list[FinancialItem] = field(default_factory=list)
    restricted_reason: str = ""
    legal_hold: bool = False
    legal_hold_reason: str = ""
    objected_on: dt.date | None = None
    consent_evidence: list[tuple[str, str, str]] = field(default_factory=list)
    # (purpose, evidence of the consent, evidence of the withdrawal)
    recipient_parties: list[RecipientInfo] = field(default_factory=list)
    recipient_categories_unnamed: list[str] = field(default_factory=list)  # no party recorded
    kept_proof: bool = False  # the erasure kept a record without personal data
    retention_code: str = ""  # rules.retention reason code the due list applies
    retention_date: dt.date | None = None  # the date the rule counts from
    erase_after: dt.date | None = None  # the day the due list lists the person
    # Art. 15(2): transfers outside the EEA, the parties' and their sub-processors'
    transfers: list[RecipientInfo] = field(default_factory=list)
    retention_rule: tuple[str, str] = ("", "")  # the applied rule's name, description
    dutch_only: list[str] = field(default_factory=list)  # register texts with no English
