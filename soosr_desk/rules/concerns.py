"""Which processing activities of the register concern one person (Art. 15(1)(a)-(c)).

An activity names the categories of data subjects it covers; a category carries a code
saying who belongs to it (a contact relation, "website_form" for the contact form, "debtor"
for anyone with financial records). A person is in the categories their relation, source
and records put them in: a prospect is not told about debt collection. An activity whose
categories are unknown to the program (no code) is kept, as the program cannot rule it
out; one based on consent concerns the person only with a consent for it, and so does one
that relies on consent too for the people its basis does not cover (direct marketing:
customers on legitimate interest, others only with a consent, rules.marketing); one the
person objected to with success (Art. 21(1)) no longer concerns them.
"""

from __future__ import annotations

from collections.abc import Collection

from soosr_desk.rules.marketing import CUSTOMER_RELATIONS

DEBTOR = "debtor"
WEBSITE_FORM = "website_form"


def person_groups(relation: str, source: str, has_financial_records: bool) -> frozenset[str]:
    """The subject-category codes a person belongs to."""
    groups = {relation}
    if source == WEBSITE_FORM:
        groups.add(WEBSITE_FORM)
    if has_financial_records or relation == DEBTOR:
        groups.add(DEBTOR)
    return frozenset(groups)


def activity_concerns(
    subject_codes: Collection[str],
    groups: Collection[str],
    *,
    consent_based: bool,
    consented: bool,
    objection_upheld: bool,
    consent_too: bool = False,
) -> bool:
    """True when the activity processes this person's data."""
    if objection_upheld or (consent_based and not consented):
        return False
    if consent_too and not consented and not CUSTOMER_RELATIONS & set(groups):
        return False
    if not subject_codes or any(code == "" for code in subject_codes):
        return True
    return any(code in groups for code in subject_codes)
