"""A change to a stored contact from outside its editor (a note, a consent, a flag): the
contact it applies to, refused once gone, and the stamp it leaves (the contact's `updated_at`
moves on, so an editor open on a stale copy notices, and an audit event)."""

from __future__ import annotations

from collections.abc import Sequence

from soosr_desk.rules.i18n import N_
from soosr_desk.services import audit, records
from soosr_desk.services.errors import NotFound
from soosr_desk.store import models


def editable_contact(contact_id: int) -> models.Contact:
    """The contact, unless it no longer exists or was erased."""
    contact = models.Contact.get_or_none(models.Contact.id == contact_id)
    if contact is None or contact.erased:
        raise NotFound(N_("This contact no longer exists."))
    return contact


def touch(contact: models.Contact, fields: Sequence[str], action: str) -> None:
    """Saves `contact` with a newer `updated_at` and records `action` on `fields`."""
    records.touch(contact)
    contact.save()
    audit.record(action, "contact", contact.id, fields)
