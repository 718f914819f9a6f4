"""What the request modules share: the request as plain data, loading a request and the
contact it is about, and a status change with its audit event."""

from __future__ import annotations

import dataclasses
import datetime as dt
from dataclasses import dataclass

from soosr_desk.rules.i18n import N_
from soosr_desk.rules.vocab import Channel, Language, RequestKind, RequestStatus
from soosr_desk.services import audit
from soosr_desk.services.errors import NotAllowed, NotFound
from soosr_desk.services.records import touch
from soosr_desk.store import models

# the rules live on the enums (rules/vocab.py); these are their codes, for queries
OPEN_STATUSES = tuple(s.value for s in RequestStatus.open_statuses())
NEEDS_NOTICES = tuple(k.value for k in RequestKind if k.needs_notices)  # Art. 19
CLOSED = N_("This request is closed; it can no longer be changed.")
NOT_LINKED = N_(
    "Link the request to the contact it is about first (or record that no data is held "
    "on the requester)."
)


@dataclass
class RequestData:
    id: int | None = None
    reference: str = ""
    kind: str = RequestKind.ACCESS.value
    received_on: dt.date | None = None
    channel: str = Channel.EMAIL.value
    description: str = ""
    requester_name: str = ""
    requester_email: str = ""
    requester_phone: str = ""
    requester_street: str = ""
    requester_postcode: str = ""
    requester_city: str = ""
    requester_country: str = "NL"
    language: str = Language.DUTCH.value
    contact_id: int | None = None
    no_contact_held: bool = False
    identity_proof_needed: bool = False
    identity_verified_by: str = ""
    identity_verified_on: dt.date | None = None
    identity_method: str = ""
    deadline: dt.date | None = None
    extended: bool = False
    extension_reason: str = ""
    extended_on: dt.date | None = None
    status: str = RequestStatus.NEW.value
    outcome: str = ""
    outcome_note: str = ""
    refusal_reason: str = ""
    responded_on: dt.date | None = None
    closed_on: dt.date | None = None
    updated_at: dt.datetime | None = None
    outcome_reason: str = ""
    erasure_ground: str = ""
    id_doubt_reason: str = ""
    objection_activity_id: int | None = None


_ALL = [
    f.name
    for f in dataclasses.fields(RequestData)
    if f.name not in ("id", "contact_id", "updated_at", "objection_activity_id")
]


def to_data(row: models.RightsRequest) -> RequestData:
    return RequestData(
        id=row.id,
        contact_id=row.contact_id,
        updated_at=row.updated_at,
        objection_activity_id=row.objection_activity_id,
        **{n: getattr(row, n) for n in _ALL},
    )


def request_row(request_id: int) -> models.RightsRequest:
    """The stored request, or NotFound."""
    row = models.RightsRequest.get_or_none(models.RightsRequest.id == request_id)
    if row is None:
        raise NotFound(N_("This request no longer exists."))
    return row


def open_request_row(request_id: int) -> models.RightsRequest:
    """The stored request while it may still change (not closed or refused)."""
    row = request_row(request_id)
    if row.status in ("closed", "refused"):
        raise NotAllowed(CLOSED)
    return row


def live_contact(contact_id: int) -> models.Contact:
    """The contact, or NotFound when it was deleted or erased."""
    c = models.Contact.get_or_none(models.Contact.id == contact_id)
    if c is None or c.erased:
        raise NotFound(N_("This contact no longer exists."))
    return c


def person_of(row: models.RightsRequest) -> models.Contact:
    """The contact the request is about; NotAllowed while the request is not linked."""
    if row.contact_id is None:
        raise NotAllowed(NOT_LINKED)
    return live_contact(row.contact_id)


def set_status(row: models.RightsRequest, status: str, action: str, fields: list[str]) -> None:
    """Saves the request with its new status (a later step never goes back to
    "in_progress") and writes the audit event; call inside the transaction."""
    if row.status in ("new", "waiting_for_id") or status != "in_progress":
        row.status = status
    touch(row)
    row.save()
    audit.record(action, "request", row.id, fields)


def changes_of(request_id: int) -> list[tuple[str, str, str]]:
    """Art. 16: the (field, before, after) the request changed, in order."""
    q = models.RequestChange.select().where(models.RequestChange.request == request_id)
    return [(c.field, c.before, c.after) for c in q.order_by(models.RequestChange.id)]
