"""The consents of a contact (Art. 7): listing, giving with its evidence, and withdrawing.
One transaction per user action, with its audit event inside it."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from soosr_desk.rules import validation
from soosr_desk.rules.i18n import N_
from soosr_desk.services import audit
from soosr_desk.services.contact_changes import editable_contact, touch
from soosr_desk.services.errors import NotAllowed, NotFound, ValidationError, ValidationErrors
from soosr_desk.services.records import check_text
from soosr_desk.store import models, session


@dataclass(frozen=True)
class ConsentData:
    id: int
    purpose: str
    given_on: dt.date
    evidence: str
    withdrawn_on: dt.date | None
    withdrawal_evidence: str = ""

    @property
    def active(self) -> bool:
        return self.withdrawn_on is None


def list_consents(contact_id: int) -> list[ConsentData]:
    q = models.Consent.select().where(models.Consent.contact == contact_id)
    return [
        ConsentData(c.id, c.purpose, c.given_on, c.evidence, c.withdrawn_on, c.withdrawal_evidence)
        for c in q.order_by(models.Consent.given_on.desc(), models.Consent.id.desc())
    ]


def give_consent(
    contact_id: int, purpose: str, given_on: dt.date, evidence: str, *, today: dt.date | None = None
) -> ConsentData:
    """Records consent (Art. 7(1): the controller must be able to show it, hence the
    evidence: how and where it was given)."""
    today = today or dt.date.today()
    errors = []
    purpose, evidence = purpose.strip(), evidence.strip()
    if not purpose:
        errors.append(ValidationError("purpose", N_("Choose or type the purpose.")))
    if not evidence:
        errors.append(
            ValidationError("evidence", N_("Write down how the consent was given (evidence)."))
        )
    for name, value, limit in (("purpose", purpose, 200), ("evidence", evidence, 2000)):
        err = check_text(name, value, limit)
        if err:
            errors.append(err)
    problem = validation.date_problem(given_on) or validation.future_problem(given_on, today)
    if problem:
        errors.append(ValidationError("given_on", problem))
    if errors:
        raise ValidationErrors(errors)
    with session.transaction():
        contact = editable_contact(contact_id)
        if contact.restricted:
            raise NotAllowed(N_("This contact is restricted (Art. 18): no new consents."))
        if contact.objected_marketing:
            raise NotAllowed(
                N_("This person objected to direct marketing; lift the objection first.")
            )
        c = models.Consent.create(
            contact=contact, purpose=purpose, given_on=given_on, evidence=evidence
        )
        audit.record("give_consent", "consent", c.id, ["purpose", "given_on", "evidence"])
        touch(contact, ["consents"], "update")
        return ConsentData(c.id, c.purpose, c.given_on, c.evidence, None)


def withdraw_consent(
    consent_id: int, withdrawn_on: dt.date, evidence: str = "", *, today: dt.date | None = None
) -> ConsentData:
    """Art. 7(3): withdrawal takes effect at once; the consent stays in the history."""
    today = today or dt.date.today()
    evidence = evidence.strip()
    err = check_text("withdrawal_evidence", evidence, 2000)
    problem = validation.date_problem(withdrawn_on) or validation.future_problem(
        withdrawn_on, today
    )
    errors = [e for e in (err,) if e]
    if problem:
        errors.append(ValidationError("withdrawn_on", problem))
    with session.transaction():
        c = models.Consent.get_or_none(models.Consent.id == consent_id)
        if c is None:
            raise NotFound(N_("This consent no longer exists."))
        if not errors and withdrawn_on < c.given_on:
            errors.append(
                ValidationError("withdrawn_on", N_("Withdrawal cannot be before the consent."))
            )
        if errors:
            raise ValidationErrors(errors)
        if c.withdrawn_on is not None:
            raise NotAllowed(N_("This consent was already withdrawn."))
        c.withdrawn_on = withdrawn_on
        c.withdrawal_evidence = evidence
        c.save()
        audit.record("withdraw_consent", "consent", c.id, ["withdrawn_on", "withdrawal_evidence"])
        touch(models.Contact.get_by_id(c.contact_id), ["consents"], "update")
        return ConsentData(c.id, c.purpose, c.given_on, c.evidence, c.withdrawn_on, evidence)
