"""Art. 19 GDPR: the recipients to tell of a rectification, erasure or restriction.

The list is made by the action that changes the data (rectify, erase, restrict), from the
register: the active third parties of the activities that concern the person. Each
recipient is then marked told, or why telling it was impossible, before the request can
close; the letter says per party what was done."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass

from soosr_desk.rules import validation
from soosr_desk.rules.i18n import N_
from soosr_desk.services import audit
from soosr_desk.services.concerning import concerning_activities
from soosr_desk.services.contacts import check_text
from soosr_desk.services.errors import NotFound, ValidationError, ValidationErrors
from soosr_desk.services.requests.base import request_row
from soosr_desk.store import models, session
from soosr_desk.store.queries import tuples


@dataclass(frozen=True)
class NoticeRow:
    id: int
    recipient: str
    told_on: dt.date | None
    impossible_reason: str

    @property
    def done(self) -> bool:
        return self.told_on is not None or bool(self.impossible_reason)


def recipient_parties(contact: models.Contact | None) -> list[models.ThirdParty]:
    """The registered parties this person's data goes to: the active third parties linked
    to the activities that concern them (CJEU C-154/21: names, not categories)."""
    return parties_of_activities([a.id for a in concerning_activities(contact)])


def parties_of_activities(acts: Sequence[int]) -> list[models.ThirdParty]:
    """The active third parties linked to any of these activities, by name, each once."""
    if not acts:
        return []
    tpa = models.ThirdPartyActivity
    q = (
        models.ThirdParty.select()
        .join(tpa)
        .where(tpa.activity.in_(acts) & models.ThirdParty.active)
        .distinct()
        .order_by(models.ThirdParty.name)
    )
    return list(q)


def record_recipients(row: models.RightsRequest, contact: models.Contact) -> int:
    """Art. 19: the parties to tell of the change this request just made, listed when the
    rectification, erasure or restriction is done (call inside its transaction, before an
    erasure blanks the contact). Returns how many were added."""
    rn = models.RecipientNotice
    known = {x for (x,) in tuples(rn.select(rn.third_party).where(rn.request == row.id))}
    added = 0
    for party in recipient_parties(contact):
        if party.id not in known:
            rn.create(request=row, third_party=party, recipient_name=party.name)
            added += 1
    return added


def notices(request_id: int) -> list[NoticeRow]:
    """The recipients to tell of this request's change (Art. 19), as recorded when the
    change was made; empty when nothing was changed."""
    request_row(request_id)
    rn = models.RecipientNotice
    return [
        NoticeRow(n.id, n.recipient_name, n.told_on, n.impossible_reason)
        for n in rn.select().where(rn.request == request_id).order_by(rn.id)
    ]


def set_notice(
    notice_id: int,
    told_on: dt.date | None,
    impossible_reason: str = "",
    *,
    today: dt.date | None = None,
) -> None:
    today = today or dt.date.today()
    impossible_reason = impossible_reason.strip()
    errors = []
    if told_on is None and not impossible_reason:
        errors.append(
            ValidationError(
                "impossible_reason",
                N_("Give the date the recipient was told, or why telling it was impossible."),
            )
        )
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
        n = models.RecipientNotice.get_or_none(models.RecipientNotice.id == notice_id)
        if n is None:
            raise NotFound(N_("This recipient is no longer on the list."))
        n.told_on, n.impossible_reason = told_on, impossible_reason
        n.save()
        audit.record("notify_recipient", "request", n.request_id, ["told_on", "impossible_reason"])
