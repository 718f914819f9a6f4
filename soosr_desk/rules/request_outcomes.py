"""What can come of a rights request, and which outcomes must give reasons.

A letter states only what the records show happened (issue 14): each outcome has its own
text, and every negative or partial outcome gives the reasons, the right to complain to the
supervisory authority (Art. 77 GDPR) and the route to the court (Art. 79 GDPR; in the
Netherlands a petition to the district court within six weeks, Art. 35 UAVG).
"""

from __future__ import annotations

import enum

from soosr_desk.rules.i18n import N_


class Outcome(enum.StrEnum):
    DONE = "done"  # access, portability: the answer holds the data
    NO_DATA = "no_data"  # no data held on the requester
    RECTIFIED = "rectified"  # Art. 16: data changed (before/after in the request)
    NOT_NEEDED = "not_needed"  # Art. 16: the data was correct; reasons required
    ERASED = "erased"  # Art. 17: an erasure record of this request exists
    ERASURE_REFUSED = "erasure_refused"  # Art. 17(3): a ground and reasons required
    RESTRICTED = "restricted"  # Art. 18
    NOT_RESTRICTED = "not_restricted"  # Art. 18(1) does not apply; reasons required
    MARKETING_STOPPED = "marketing_stopped"  # Art. 21(2)-(3): absolute
    OBJECTION_UPHELD = "objection_upheld"  # Art. 21(1): processing stops for the activity
    OBJECTION_DENIED = "objection_denied"  # Art. 21(1): compelling grounds written down
    WITHDRAWN = "withdrawn"  # Art. 7(3)
    REFUSED = "refused"  # Art. 12(5): manifestly unfounded or excessive


# what staff may record for each kind of request (the positive ones are recorded by the
# action itself; the negative ones by a decision with reasons)
BY_KIND: dict[str, tuple[Outcome, ...]] = {
    "access": (Outcome.DONE, Outcome.NO_DATA),
    "rectification": (Outcome.RECTIFIED, Outcome.NOT_NEEDED, Outcome.NO_DATA),
    "erasure": (Outcome.ERASED, Outcome.ERASURE_REFUSED, Outcome.NO_DATA),
    "restriction": (Outcome.RESTRICTED, Outcome.NOT_RESTRICTED, Outcome.NO_DATA),
    "objection": (
        Outcome.MARKETING_STOPPED,
        Outcome.OBJECTION_UPHELD,
        Outcome.OBJECTION_DENIED,
        Outcome.NO_DATA,
    ),
    "portability": (Outcome.DONE, Outcome.NO_DATA),
    "withdrawal": (Outcome.WITHDRAWN, Outcome.NO_DATA),
}

# negative or partial outcomes: reasons, the AP and the court route in the letter
NEGATIVE = frozenset(
    {
        Outcome.NOT_NEEDED,
        Outcome.ERASURE_REFUSED,
        Outcome.NOT_RESTRICTED,
        Outcome.OBJECTION_DENIED,
        Outcome.REFUSED,
    }
)
# outcomes staff decide (with reasons) rather than an action recording them
DECIDED = {
    "rectification": (Outcome.NOT_NEEDED,),
    "erasure": (Outcome.ERASURE_REFUSED,),
    "restriction": (Outcome.NOT_RESTRICTED,),
    "objection": (Outcome.OBJECTION_UPHELD, Outcome.OBJECTION_DENIED),
}


class ErasureGround(enum.StrEnum):
    """Art. 17(3) grounds SOOSR can have to keep data despite an erasure request."""

    LEGAL_OBLIGATION = "legal_obligation"  # (b): e.g. art. 52 AWR, seven years
    LEGAL_CLAIMS = "legal_claims"  # (e): establishing, exercising or defending claims


OUTCOME_LABELS = {
    Outcome.NOT_NEEDED: N_("No change needed (with reasons)"),
    Outcome.ERASURE_REFUSED: N_("Erasure refused under Art. 17(3) (with ground and reasons)"),
    Outcome.NOT_RESTRICTED: N_("Restriction not applied (with reasons)"),
    Outcome.OBJECTION_UPHELD: N_("Objection upheld: processing stops for the activity"),
    Outcome.OBJECTION_DENIED: N_("Objection denied: compelling grounds (with reasons)"),
}
GROUND_LABELS = {
    ErasureGround.LEGAL_OBLIGATION: N_("Art. 17(3)(b): a legal duty to keep the data"),
    ErasureGround.LEGAL_CLAIMS: N_("Art. 17(3)(e): needed for legal claims"),
}


def needs_reason(outcome: str) -> bool:
    """A negative or partial outcome must say why (Art. 12(4) GDPR)."""
    return outcome in NEGATIVE
