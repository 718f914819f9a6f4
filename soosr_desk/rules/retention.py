"""How long SOOSR keeps a contact's data, from the privacy statement and Dutch law.

- `contact_form`: data that came in through the website contact form is erased two years
  after it came in (privacy statement).
- `no_contract`: contacts with no contract at all that came in another way (supplier,
  reference, entered by hand) follow the same two years, counted from the later of when
  the data came in and the last recorded activity, because such a contact stays in use
  while the office works with it. A rule of its own, so the register and the statement
  can name it (Art. 13(2)(a), 30(1)(f)).
- `contract`: data of a customer contract is kept no longer than three years after the
  contract ended *and* all mutual obligations were settled (privacy statement): counted
  from the later of the two dates, over all of the company's contracts. While any
  contract runs or is unsettled there is no erasure date.
- `fiscal`: financial-administration records are kept seven years (fiscale bewaarplicht,
  Art. 52(4) Algemene wet inzake rijksbelastingen), counted from the end of the financial
  year of the record; SOOSR's financial year is the calendar year.
- `legal_hold`: data concerned by a dispute or claim is kept until the hold is lifted
  (Art. 17(3)(e) GDPR: erasure does not apply where the data is needed for legal claims).

Years are counted as 12 months with `add_months` (29 February + 2 years = 28 February).
An erasure date is the day the retention period has run out: the data is due for erasure
on that day and after it (`is_due`). The user confirms each erasure.
"""

from __future__ import annotations

import enum
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date

from soosr_desk.rules.deadlines import add_months
from soosr_desk.rules.i18n import N_

CONTACT_FORM_YEARS = 2
CONTRACT_YEARS = 3
FISCAL_YEARS = 7

WEBSITE_FORM = "website_form"  # the ContactSource code of the website contact form


class RetentionRule(enum.StrEnum):
    """Which retention rule decides a record's erasure date."""

    CONTACT_FORM = "contact_form"
    NO_CONTRACT = "no_contract"
    CONTRACT = "contract"
    FISCAL = "fiscal"
    LEGAL_HOLD = "legal_hold"


@dataclass(frozen=True)
class ContactFacts:
    """What the retention rules need to know about one contact.

    `contract_ends` holds (end date, settled date) for each contract of the contact's
    company; None where the contract has not ended or not been settled yet.
    """

    received_on: date | None
    source: str
    contract_ends: Sequence[tuple[date | None, date | None]] = ()
    legal_hold: bool = False
    last_activity: date | None = None


@dataclass(frozen=True)
class RetentionDecision:
    """An erasure date (None: not yet known, or kept) with the rule and the reason.

    `reason` is an N_ message; fill it after translation with `.format(**params)`.
    Date parameters are `date` objects, for the caller to format.
    """

    erase_after: date | None
    rule: RetentionRule
    reason_code: str
    reason: str
    params: Mapping[str, object] = field(default_factory=dict, hash=False)


def _later(*dates: date | None) -> date | None:
    known = [d for d in dates if d is not None]
    return max(known) if known else None


def erase_after(facts: ContactFacts) -> RetentionDecision:
    """The day a contact's data is due for erasure, and which rule says so.

    In order: a legal hold keeps everything (no date). A contact whose company has
    contracts follows the contract rule: no date while any contract runs or is unsettled,
    else three years after the last of the contracts' end and settlement dates. Without a
    contract, website-form data is due two years after it came in; other contacts two
    years after the later of coming in and their last activity. With no date to count
    from there is no erasure date, and the reason says so.
    """
    if facts.legal_hold:
        return RetentionDecision(
            None,
            RetentionRule.LEGAL_HOLD,
            "legal_hold",
            N_("Kept under a legal hold until the hold is lifted."),
        )
    if facts.contract_ends:
        if any(end is None or settled is None for end, settled in facts.contract_ends):
            return RetentionDecision(
                None,
                RetentionRule.CONTRACT,
                "contract_running",
                N_(
                    "A contract is still running or not all obligations are settled yet; the three years start once it has ended and been settled."
                ),
            )
        settled_on = max(
            max(end, settled)
            for end, settled in facts.contract_ends
            if end is not None and settled is not None
        )  # all are, see above
        return RetentionDecision(
            add_months(settled_on, 12 * CONTRACT_YEARS),
            RetentionRule.CONTRACT,
            "contract_ended",
            N_(
                "Three years after the last contract ended and all obligations were settled ({date})."
            ),
            {"date": settled_on},
        )
    if facts.source == WEBSITE_FORM:
        start = facts.received_on
        rule = RetentionRule.CONTACT_FORM
        reason_code = "contact_form"
        reason = N_("Two years after the contact form came in ({date}).")
    else:
        start = _later(facts.received_on, facts.last_activity)
        rule = RetentionRule.NO_CONTRACT
        reason_code = "last_activity"
        reason = N_("Two years after the data came in or was last used ({date}), with no contract.")
    if start is None:
        return RetentionDecision(
            None,
            rule,
            "no_date",
            N_("No date to count from: enter the date the data came in."),
        )
    return RetentionDecision(
        add_months(start, 12 * CONTACT_FORM_YEARS),
        rule,
        reason_code,
        reason,
        {"date": start},
    )


def is_due(decision: RetentionDecision, today: date) -> bool:
    """True when the retention period has run out: on the erasure date and after it."""
    return decision.erase_after is not None and today >= decision.erase_after


def fiscal_keep_until(record_date: date) -> date:
    """The last day a financial-administration record must be kept.

    Art. 52(4) Algemene wet inzake rijksbelastingen: seven years, counted from the end of
    the financial year (31 December) the record belongs to. A record of 3 May 2019 is kept
    until 31 December 2026 and may be erased from 1 January 2027.
    """
    return add_months(date(record_date.year, 12, 31), 12 * FISCAL_YEARS)
