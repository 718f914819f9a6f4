"""Art. 19: the recipients a person's erasure, rectification or restriction is told to,
found from the register: the activities that concern the person, their active third
parties and their categories of recipients."""

from __future__ import annotations

from dataclasses import dataclass

from peewee import fn

from soosr_desk.services.concerning import concerning_activities
from soosr_desk.store import models, session
from soosr_desk.store.queries import tuples


@dataclass(frozen=True)
class Recipient:
    """A recipient to tell of the erasure (Art. 19): a registered third party linked to a
    processing activity, or a category of recipients of an activity."""

    kind: str  # "third_party" or "category"
    id: int
    name: str
    name_en: str = ""


def concerning_activity_ids(contact_id: int) -> list[int]:
    """The register's activities that concern a contact (services.concerning: by their
    relation, source and records, consent where the activity needs it), for the Art. 19
    notices of an erasure; taken before the erasure empties the contact."""
    contact = models.Contact.get_or_none(models.Contact.id == contact_id)
    return [a.id for a in concerning_activities(contact)]


def recipients_to_tell(activity_ids: list[int] | None = None) -> list[Recipient]:
    """Art. 19: the active third parties linked to the activities (all activities when
    None), then the recipient categories of those activities (to tell the recipients no
    registered party covers)."""
    Party, PartyActivity = models.ThirdParty, models.ThirdPartyActivity
    rc, arc = models.RecipientCategory, models.ActivityRecipientCategory
    if activity_ids is not None and not activity_ids:
        return []
    party_where = Party.active == True  # noqa: E712
    category_where = None
    if activity_ids is not None:
        party_where = party_where & PartyActivity.activity.in_(activity_ids)
        category_where = arc.activity.in_(activity_ids)
    parties = (
        Party.select(Party.id, Party.name)
        .join(PartyActivity, on=(PartyActivity.third_party == Party.id))
        .where(party_where)
        .group_by(Party.id, Party.name)  # not DISTINCT: PostgreSQL then refuses lower()
        .order_by(fn.lower(Party.name), Party.id)
    )
    categories = rc.select(rc.id, rc.name, rc.name_en, rc.sort_order).join(
        arc, on=(arc.category == rc.id)
    )
    if category_where is not None:
        categories = categories.where(category_where)
    categories = categories.distinct().order_by(rc.sort_order, rc.id)
    with session.lock():
        out = [Recipient("third_party", pid, name) for pid, name in tuples(parties)]
        out += [
            Recipient("category", cid, name, name_en)
            for cid, name, name_en, _ in tuples(categories)
        ]
    return out
