"""Which of the register's activities concern one person: the access answer (Art. 15),
the Art. 19 recipients of an erasure, rectification or restriction, and the recipients
named in the letters all read it here, so they cannot disagree (issue 14)."""

from __future__ import annotations

from soosr_desk.rules.concerns import activity_concerns, person_groups
from soosr_desk.rules.vocab import LegalBasis
from soosr_desk.store import models
from soosr_desk.store.queries import tuples


def concerning_activities(contact: models.Contact | None) -> list[models.ProcessingActivity]:
    """The register's activities that concern a contact: by the categories of data subjects
    their relation, source and records put them in (rules.concerns); consent-based ones
    only with a consent; not those they objected to with success (Art. 21(1))."""
    if contact is None:
        return []
    fr = models.FinancialRecord
    groups = person_groups(
        contact.relation, contact.source, fr.select().where(fr.contact == contact.id).exists()
    )
    # a consent typed on the contact page names a purpose, not an activity: it counts for
    # the activities that rely on consent too (the mailings), see docs/decisions.md
    consented = {
        x
        for (x,) in tuples(
            models.Consent.select(models.Consent.activity).where(
                models.Consent.contact == contact.id
            )
        )
    }
    ao = models.ActivityObjection
    stopped = {
        x for (x,) in tuples(ao.select(ao.activity).where((ao.contact == contact.id) & ao.upheld))
    }
    codes: dict[int, list[str]] = {}
    link, cat = models.ActivitySubjectCategory, models.DataSubjectCategory
    for aid, code in tuples(link.select(link.activity, cat.code).join(cat)):
        codes.setdefault(aid, []).append(code)
    a = models.ProcessingActivity
    return [
        act
        for act in a.select().order_by(a.sort_order, a.id)
        if activity_concerns(
            codes.get(act.id, ()),
            groups,
            consent_based=act.legal_basis == LegalBasis.CONSENT,
            consented=act.id in consented or (act.consent_too and None in consented),
            consent_too=act.consent_too,
            objection_upheld=act.id in stopped,
        )
    ]
