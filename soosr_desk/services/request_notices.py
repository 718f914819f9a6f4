"""Art. 19 GDPR: the recipients to tell of a rectification, erasure or restriction.

The list is made from the register (the third parties of the activities that concern the
person) the first time it is asked for; each recipient is then marked told, or why telling
it was impossible, before the request can close."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from soosr_desk.rules import validation
from soosr_desk.rules.i18n import N_
from soosr_desk.services import audit
from soosr_desk.services.contacts import check_text
from soosr_desk.services.errors import NotFound, ValidationError, ValidationErrors
from soosr_desk.services.requests import NEEDS_NOTICES, _get
from soosr_desk.store import models as m
from soosr_desk.store import session


@dataclass(frozen=True)
class NoticeRow:
    id: int
    recipient: str
    told_on: dt.date | None
    impossible_reason: str

    @property
    def done(self) -> bool:
        return self.told_on is not None or bool(self.impossible_reason)


def concerning_activities(contact: m.Contact | None) -> list[m.ProcessingActivity]:
    """The register's activities that concern a contact (the rule lives in erasure)."""
    from soosr_desk.services.erasure import concerning_activity_ids

    if contact is None:
        return []
    ids = concerning_activity_ids(contact.id)
    a = m.ProcessingActivity
    return list(a.select().where(a.id.in_(ids)).order_by(a.sort_order, a.id)) if ids else []


def _recipient_parties(contact: m.Contact | None) -> list[m.ThirdParty]:
    acts = [a.id for a in concerning_activities(contact)]
    if not acts:
        return []
    tpa = m.ThirdPartyActivity
    q = (m.ThirdParty.select().join(tpa).where(tpa.activity.in_(acts) & m.ThirdParty.active)
         .distinct().order_by(m.ThirdParty.name))  # fmt: skip
    return list(q)


def notices(request_id: int) -> list[NoticeRow]:
    """The recipients to tell of a rectification, erasure or restriction (Art. 19), made
    from the register the first time they are asked for."""
    row = _get(request_id)
    rn = m.RecipientNotice
    if row.kind in NEEDS_NOTICES and not rn.select().where(rn.request == row.id).exists():
        contact = m.Contact.get_or_none(m.Contact.id == row.contact_id) if row.contact_id else None
        parties = _recipient_parties(contact)
        if parties and row.status not in ("closed", "refused"):
            with session.transaction():
                for p in parties:
                    rn.create(request=row, third_party=p, recipient_name=p.name)
    return [NoticeRow(n.id, n.recipient_name, n.told_on, n.impossible_reason)
            for n in rn.select().where(rn.request == row.id).order_by(rn.id)]  # fmt: skip


def set_notice(notice_id: int, told_on: dt.date | None, impossible_reason: str = "",
               *, today: dt.date | None = None) -> None:  # fmt: skip
    today = today or dt.date.today()
    impossible_reason = impossible_reason.strip()
    errors = []
    if told_on is None and not impossible_reason:
        errors.append(ValidationError("impossible_reason", N_(
            "Give the date the recipient was told, or why telling it was impossible.")))  # fmt: skip
    if told_on is not None:
        problem = validation.date_problem(told_on) or validation.future_problem(told_on, today)
        if problem:
            errors.append(ValidationError("told_on", problem))
    err = check_text("impossible_reason", impossible_reason, 2000)
    if err:
        errors.append(err)
    if errors:
        raise ValidationErrors(errors)
    with session.transaction():
        n = m.RecipientNotice.get_or_none(m.RecipientNotice.id == notice_id)
        if n is None:
            raise NotFound(N_("This recipient is no longer on the list."))
        n.told_on, n.impossible_reason = told_on, impossible_reason
        n.save()
        audit.record("notify_recipient", "request", n.request_id, ["told_on", "impossible_reason"])
