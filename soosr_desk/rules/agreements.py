"""Processor agreements (verwerkersovereenkomsten) and transfers outside the EEA.

Art. 28(3) GDPR: processing by a processor is governed by a contract that sets out the
subject matter and duration, the nature and purpose, the type of personal data and the
categories of data subjects and the controller's obligations and rights, and that
stipulates points (a) to (h) (transfers on instructions under (a) too) plus the duty to
warn about an infringing instruction; Art. 28(2) (prior authorisation of sub-processors,
notice of changes, a right to object) and 28(4) (same duties down the chain, full
liability) complete point (d). `CHECKLIST` holds those sixteen points in that order.
Art. 44-46: personal data may go to a country outside the EEA only with an adequacy
decision or appropriate safeguards (e.g. standard contractual clauses), written down.
"""

from __future__ import annotations

import enum
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date

from soosr_desk.rules.i18n import N_
from soosr_desk.rules.problem import Problem

WARN_DAYS = 60  # expiry or review this close is shown as a problem


@dataclass(frozen=True)
class ChecklistPoint:
    """One thing Art. 28 requires a processor agreement to contain."""

    code: str
    label: str
    article: str


CHECKLIST: tuple[ChecklistPoint, ...] = (
    ChecklistPoint(
        "subject_and_duration", N_("Subject matter and duration of the processing"), "28(3)"
    ),
    ChecklistPoint("nature_and_purpose", N_("Nature and purpose of the processing"), "28(3)"),
    ChecklistPoint(
        "data_and_subjects", N_("Types of personal data and categories of data subjects"), "28(3)"
    ),
    ChecklistPoint("controller_rights", N_("The controller's obligations and rights"), "28(3)"),
    ChecklistPoint(
        "documented_instructions", N_("Processes only on documented instructions"), "28(3)(a)"
    ),
    ChecklistPoint(
        "transfer_instructions",
        N_(
            "Transfers to a third country or international organisation only on documented instructions"
        ),
        "28(3)(a)",
    ),
    ChecklistPoint("staff_confidentiality", N_("Staff are bound to confidentiality"), "28(3)(b)"),
    ChecklistPoint("security", N_("Takes the security measures of Art. 32"), "28(3)(c)"),
    ChecklistPoint(
        "sub_processors", N_("Respects the conditions for engaging sub-processors"), "28(3)(d)"
    ),
    ChecklistPoint(
        "sub_processor_authorisation",
        N_(
            "Sub-processors only with prior written authorisation; notice of intended changes with the right to object"
        ),
        "28(2)",
    ),
    ChecklistPoint(
        "sub_processor_flow_down",
        N_(
            "The same duties flow down to sub-processors; the processor stays fully liable for them"
        ),
        "28(4)",
    ),
    ChecklistPoint("data_subject_rights", N_("Assists with data-subject requests"), "28(3)(e)"),
    ChecklistPoint(
        "assist_32_36",
        N_("Assists with security, breach notification and impact assessments (Art. 32-36)"),
        "28(3)(f)",
    ),
    ChecklistPoint(
        "delete_or_return", N_("Deletes or returns all personal data at the end"), "28(3)(g)"
    ),
    ChecklistPoint(
        "audits_and_information",
        N_("Allows audits and gives all information needed to show compliance"),
        "28(3)(h)",
    ),
    ChecklistPoint(
        "warn_on_infringement",
        N_("Warns when an instruction infringes the law"),
        "28(3), last sentence",
    ),
)


class AgreementStatus(enum.StrEnum):
    """Where a processor agreement stands."""

    DRAFT = "draft"
    SIGNED = "signed"
    EXPIRED = "expired"
    TERMINATED = "terminated"


class RecipientRole(enum.StrEnum):
    """A recipient's role under the GDPR; only a processor needs an Art. 28 agreement."""

    PROCESSOR = "processor"
    INDEPENDENT_CONTROLLER = "independent_controller"
    JOINT_CONTROLLER = "joint_controller"  # Art. 26: needs an arrangement, not Art. 28
    PUBLIC_AUTHORITY = "public_authority"


def missing_points(ticked: Mapping[str, bool]) -> list[ChecklistPoint]:
    """The Art. 28(3) points not ticked, in checklist order (unknown codes are ignored)."""
    return [point for point in CHECKLIST if not ticked.get(point.code, False)]


def effective_status(
    status: AgreementStatus, expires_on: date | None, today: date
) -> AgreementStatus:
    """The status as of `today`: a signed agreement is expired the day after `expires_on`."""
    if status == AgreementStatus.SIGNED and expires_on is not None and today > expires_on:
        return AgreementStatus.EXPIRED
    return AgreementStatus(status)


def is_complete(status: AgreementStatus, ticked: Mapping[str, bool]) -> bool:
    """True when the agreement is signed and covers every point of Art. 28(3).

    Check expiry separately with `effective_status`; `agreement_problems` does both.
    """
    return status == AgreementStatus.SIGNED and not missing_points(ticked)


def agreement_problems(
    status: AgreementStatus,
    ticked: Mapping[str, bool],
    signed_on: date | None,
    review_on: date | None,
    expires_on: date | None,
    today: date,
    warn_days: int = WARN_DAYS,
) -> list[Problem]:
    """What is wrong with a processor agreement, for the dashboard.

    Art. 28(3) GDPR requires a binding (signed) contract holding every checklist point.
    Problems: not signed, terminated, expired, signed without a date, checklist incomplete
    (with the count), and, for a valid agreement, expiry or review within `warn_days`
    (or a review date already passed).
    """
    problems: list[Problem] = []
    current = effective_status(status, expires_on, today)
    if current == AgreementStatus.DRAFT:
        problems.append(Problem("not_signed", N_("The processor agreement has not been signed.")))
    elif current == AgreementStatus.TERMINATED:
        problems.append(Problem("terminated", N_("The processor agreement has been terminated.")))
    elif current == AgreementStatus.EXPIRED:
        problems.append(
            Problem(
                "expired", N_("The processor agreement expired on {date}."), {"date": expires_on}
            )
        )
    elif signed_on is None:
        problems.append(
            Problem(
                "signed_date_missing",
                N_(
                    "The processor agreement is marked as signed, but the date of signing is missing."
                ),
            )
        )
    missing = missing_points(ticked)
    if missing:
        problems.append(
            Problem(
                "checklist_incomplete",
                N_("The agreement misses {count} of the {total} points Art. 28(3) requires."),
                {"count": len(missing), "total": len(CHECKLIST)},
            )
        )
    if current != AgreementStatus.SIGNED:
        return problems
    if expires_on is not None and (expires_on - today).days <= warn_days:
        problems.append(
            Problem(
                "expires_soon",
                N_("The processor agreement expires on {date}."),
                {"date": expires_on, "days": (expires_on - today).days},
            )
        )
    if review_on is not None and review_on < today:
        problems.append(
            Problem(
                "review_overdue",
                N_("The review of the processor agreement was due on {date}."),
                {"date": review_on},
            )
        )
    elif review_on is not None and (review_on - today).days <= warn_days:
        problems.append(
            Problem(
                "review_due",
                N_("The processor agreement is due for review on {date}."),
                {"date": review_on, "days": (review_on - today).days},
            )
        )
    return problems


# ISO 3166-1 alpha-2: the 27 EU member states and Iceland, Liechtenstein and Norway.
EU_COUNTRIES = frozenset(
    {
        "AT",
        "BE",
        "BG",
        "CY",
        "CZ",
        "DE",
        "DK",
        "EE",
        "ES",
        "FI",
        "FR",
        "GR",
        "HR",
        "HU",
        "IE",
        "IT",
        "LT",
        "LU",
        "LV",
        "MT",
        "NL",
        "PL",
        "PT",
        "RO",
        "SE",
        "SI",
        "SK",
    }
)
EEA_COUNTRIES = EU_COUNTRIES | {"IS", "LI", "NO"}
# Codes people write that are not ISO 3166: the EU's own code for Greece, and "UK".
_ALIASES = {"EL": "GR", "UK": "GB"}


def is_in_eea(country_code: str) -> bool:
    """True for an ISO 3166 alpha-2 code of an EEA country (case and spaces ignored)."""
    code = country_code.strip().upper()
    return _ALIASES.get(code, code) in EEA_COUNTRIES


def needs_safeguard(country_code: str, safeguard: str | None) -> bool:
    """True when a transfer goes outside the EEA and no safeguard is written down.

    Art. 44-46 GDPR: a transfer to a third country needs an adequacy decision (Art. 45)
    or appropriate safeguards (Art. 46, e.g. standard contractual clauses); write down
    which. An empty country code means no country was recorded, not a transfer: False.
    """
    if not country_code.strip() or is_in_eea(country_code):
        return False
    return not (safeguard and safeguard.strip())


def outside_eea(country_code: str) -> bool:
    """True when a country is recorded and it is not in the EEA."""
    return bool(country_code.strip()) and not is_in_eea(country_code)


def transfer_problems(country_code: str, safeguard: str | None) -> list[Problem]:
    """A transfer outside the EEA without a recorded safeguard (Art. 44-46)."""
    if not needs_safeguard(country_code, safeguard):
        return []
    return [
        Problem(
            "no_safeguard",
            N_(
                "Receives data in a country outside the EEA ({country}) without a recorded "
                "safeguard (Art. 44-46)."
            ),
            {"country": country_code},
        )
    ]
