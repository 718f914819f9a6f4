"""Rules for the register of processing activities (Art. 30(1) GDPR)."""

from __future__ import annotations

import datetime as dt

from soosr_desk.rules.deadlines import add_months
from soosr_desk.rules.i18n import N_
from soosr_desk.rules.problem import Problem
from soosr_desk.rules.vocab import LegalBasis

REVIEW_MONTHS = 12


def activity_problems(
    legal_basis: str, legitimate_interest: str, last_reviewed: dt.date | None, today: dt.date
) -> list[Problem]:
    """What makes a register entry need attention:
    - not reviewed in the last 12 months (the register must stay accurate, Art. 5(2), 30);
    - legitimate interest (Art. 6(1)(f)) as basis without the interest written down."""
    problems = []
    if last_reviewed is None or add_months(last_reviewed, REVIEW_MONTHS) < today:
        problems.append(Problem("review", N_("Not reviewed in the last 12 months.")))
    if legal_basis == LegalBasis.LEGITIMATE_INTEREST and not legitimate_interest.strip():
        problems.append(
            Problem(
                "interest",
                N_("Legitimate interest is the basis, but the interest is not written down."),
            )
        )
    return problems
