"""Taking in a rights request (Art. 12 GDPR): reference, deadline, the requester, the
contact it is about, identity, an extension; the list and the dashboard's warnings.

A request gets a reference per year (AVG-2026-0007) and its deadline at intake
(rules.deadlines). The deadline follows the received date until it is extended."""

from __future__ import annotations

import dataclasses
import datetime as dt
from dataclasses import dataclass

from peewee import fn

from soosr_desk.rules import validation
from soosr_desk.rules.deadlines import (
    DeadlineState,
    days_left,
    deadline_state,
    response_deadline,
)
from soosr_desk.rules.i18n import N_, plural
from soosr_desk.rules.problem import Problem
from soosr_desk.rules.vocab import Channel, Language, RequestKind, RequestStatus
from soosr_desk.services import audit
from soosr_desk.services import contacts as contacts_service
from soosr_desk.services.contacts import check_text
from soosr_desk.services.errors import NotAllowed, ValidationError, ValidationErrors
from soosr_desk.services.records import copy_fields, stale_copy, touch
from soosr_desk.services.records import now as record_now
from soosr_desk.services.requests.base import (
    CLOSED,
    NEEDS_NOTICES,
    OPEN_STATUSES,
    RequestData,
    live_contact,
    open_request_row,
    request_row,
    set_status,
    to_data,
)
from soosr_desk.store import models, session

_STALE = N_(
    "Someone changed this request in another window since you opened it. "
    "Your text is still in the form: copy what you need, then reload."
)


TEXT_LIMITS = {
    "description": 10_000,
    "requester_name": 200,
    "requester_email": 254,
    "requester_phone": 40,
    "requester_street": 200,
    "requester_postcode": 20,
    "requester_city": 100,
    "identity_verified_by": 200,
    "identity_method": 200,
    "outcome_note": 5000,
    "id_doubt_reason": 2000,
}
# what the intake form edits; the rest changes through the actions below
_EDITABLE = [
    "kind",
    "received_on",
    "channel",
    "description",
    "requester_name",
    "requester_email",
    "requester_phone",
    "requester_street",
    "requester_postcode",
    "requester_city",
    "requester_country",
    "language",
    "no_contact_held",
    "identity_proof_needed",
    "identity_verified_by",
    "identity_verified_on",
    "identity_method",
    "outcome_note",
    "id_doubt_reason",
]


def get_request(request_id: int) -> RequestData:
    return to_data(request_row(request_id))


def validate(data: RequestData, today: dt.date) -> list[ValidationError]:
    errors: list[ValidationError] = []
    for name, limit in TEXT_LIMITS.items():
        setattr(data, name, getattr(data, name).strip())
        err = check_text(name, getattr(data, name), limit)
        if err:
            errors.append(err)
    data.requester_postcode = validation.normalise_postcode(
        data.requester_postcode, data.requester_country
    )
    bad = {e.field for e in errors}
    if not data.requester_name and "requester_name" not in bad:
        errors.append(ValidationError("requester_name", N_("Enter the requester's name.")))
    if data.kind not in {k.value for k in RequestKind}:
        errors.append(ValidationError("kind", N_("Choose a value from the list.")))
    if data.channel not in {c.value for c in Channel}:
        errors.append(ValidationError("channel", N_("Choose a value from the list.")))
    if data.language not in {c.value for c in Language}:
        errors.append(ValidationError("language", N_("Choose a value from the list.")))
    if data.received_on is None:
        errors.append(ValidationError("received_on", N_("Enter the date the request came in.")))
    else:
        problem = validation.date_problem(data.received_on) or validation.future_problem(
            data.received_on, today
        )
        if problem:
            errors.append(ValidationError("received_on", problem))
    if data.requester_email and "requester_email" not in bad:
        problem = validation.email_problem(data.requester_email)
        if problem:
            errors.append(ValidationError("requester_email", problem))
    if data.requester_phone and "requester_phone" not in bad:
        problem = validation.phone_problem(data.requester_phone)
        if problem:
            errors.append(ValidationError("requester_phone", problem))
        else:
            data.requester_phone = validation.normalise_phone(data.requester_phone)
    data.requester_country = (data.requester_country or "NL").strip().upper()[:2]
    if data.identity_verified_on is not None:
        problem = validation.date_problem(data.identity_verified_on) or (
            validation.future_problem(data.identity_verified_on, today)
        )
        if problem:
            errors.append(ValidationError("identity_verified_on", problem))
        elif data.received_on and data.identity_verified_on < data.received_on:
            errors.append(
                ValidationError(
                    "identity_verified_on",
                    N_("Identity cannot be verified before the request came in."),
                )
            )
    if data.identity_proof_needed and not data.identity_verified_on and not (data.id_doubt_reason):
        errors.append(
            ValidationError(
                "id_doubt_reason",
                N_(
                    "Write down why there is reasonable doubt about who is asking (Art. 12(6)): "
                    "proof of identity may be asked only then."
                ),
            )
        )
    if data.identity_verified_on and not data.identity_verified_by:
        errors.append(
            ValidationError("identity_verified_by", N_("Write down who verified the identity."))
        )
    return errors


def _next_number(year: int) -> int:
    r = models.RightsRequest
    return (r.select(fn.MAX(r.sequence)).where(r.year == year).scalar() or 0) + 1


def save_request(data: RequestData, *, today: dt.date | None = None) -> RequestData:
    """Intake (a new request gets its reference and deadline) or an edit of the intake
    fields. The deadline follows the received date until the request is extended."""
    today = today or dt.date.today()
    data = dataclasses.replace(data)
    errors = validate(data, today)
    if errors:
        raise ValidationErrors(errors)
    r = models.RightsRequest
    with session.transaction():
        row = None if data.id is None else request_row(data.id)
        # a stale copy first: it says who changed the request (a merge moves it on too)
        if row is not None and data.updated_at is not None and row.updated_at != data.updated_at:
            raise stale_copy(_STALE, "request", row.id, row.updated_at)
        if data.contact_id is not None:
            live_contact(data.contact_id)
        if row is None:
            assert data.received_on is not None  # validate() refuses a request without it
            year = data.received_on.year
            seq = _next_number(year)
            now = record_now()
            row = r.create(
                reference=f"AVG-{year}-{seq:04d}",
                year=year,
                sequence=seq,
                deadline=response_deadline(data.received_on),
                contact=data.contact_id,
                status=RequestStatus.NEW.value,
                created_at=now,
                updated_at=now,
                **{n: getattr(data, n) for n in _EDITABLE},
            )
            audit.record("create", "request", row.id, [n for n in _EDITABLE if getattr(data, n)])
            return to_data(row)
        if row.status in ("closed", "refused"):
            raise NotAllowed(CLOSED)
        moved = row.contact_id != data.contact_id
        changed = copy_fields(row, data, _EDITABLE) + (["contact"] if moved else [])
        row.contact_id = data.contact_id
        row.deadline = response_deadline(row.received_on, row.extended)
        if changed:
            touch(row)
            row.save()
            audit.record("update", "request", row.id, changed)
        return to_data(row)


def candidates(request_id: int, limit: int = 20) -> list[contacts_service.ContactRow]:
    """Contacts that may be the requester: by e-mail first, then by name."""
    row = request_row(request_id)
    found: list[int] = []
    if row.requester_email:
        found += contacts_service.search_ids(row.requester_email)
    if row.requester_name:
        found += [i for i in contacts_service.search_ids(row.requester_name) if i not in found]
    rows = contacts_service.rows_for(found[:limit])
    return [rows[i] for i in found[:limit] if i in rows]


def link_contact(request_id: int, contact_id: int | None) -> RequestData:
    """Links the request to the contact it is about; None records that no data is held."""
    with session.transaction():
        row = open_request_row(request_id)
        if contact_id is not None:
            live_contact(contact_id)
        row.contact_id = contact_id
        row.no_contact_held = contact_id is None
        set_status(row, "in_progress", "link_contact", ["contact", "no_contact_held"])
        return to_data(row)


def verify_identity(
    request_id: int, by: str, on: dt.date, method: str, *, today: dt.date | None = None
) -> RequestData:
    """Records who verified the requester's identity, when and how; never a copy of an ID."""
    data = get_request(request_id)
    data.identity_verified_by, data.identity_verified_on, data.identity_method = by, on, method
    data.identity_proof_needed = True
    saved = save_request(data, today=today)
    assert saved.id is not None  # saved: it has its id
    with session.transaction():
        row = request_row(request_id)
        if row.status == "waiting_for_id":
            set_status(row, "in_progress", "verify_identity", ["identity_verified_on"])
    return get_request(saved.id)


# --- the list and the dashboard ---------------------------------------------------------------


@dataclass(frozen=True)
class RequestRow:
    id: int
    reference: str
    kind: str
    requester: str
    received_on: dt.date
    deadline: dt.date
    days_left: int | None  # None once answered or closed
    state: str  # DeadlineState value, "" when not open
    status: str


def list_requests(today: dt.date | None = None) -> list[RequestRow]:
    today = today or dt.date.today()
    r = models.RightsRequest
    out = []
    for q in r.select().order_by(r.received_on.desc(), r.id.desc()):
        waiting = q.status in ("new", "waiting_for_id", "in_progress")
        out.append(
            RequestRow(
                q.id,
                q.reference,
                q.kind,
                q.requester_name,
                q.received_on,
                q.deadline,
                days_left(q.deadline, today) if waiting else None,
                deadline_state(q.deadline, today).value if waiting else "",
                q.status,
            )
        )
    return out


def request_problems(today: dt.date) -> list[Problem]:
    """For the dashboard: open requests near or past their deadline, and answered ones that
    still wait for the recipients to be told."""
    out = []
    r = models.RightsRequest
    for q in r.select().where(r.status.in_(OPEN_STATUSES)).order_by(r.deadline):
        if q.status != "answered":
            state = deadline_state(q.deadline, today)
            if state == DeadlineState.OVERDUE:
                out.append(
                    Problem(
                        "deadline_passed",
                        N_("The deadline to answer passed on {date}."),
                        {"date": q.deadline},
                    ).at("requests", q.id, q.reference, urgent=True)
                )
            elif state == DeadlineState.SOON:
                left = days_left(q.deadline, today)
                out.append(
                    Problem(
                        "deadline_soon",
                        plural(
                            left,
                            N_("{days} day left to answer (deadline {date})."),
                            N_("{days} days left to answer (deadline {date})."),
                        ),
                        {"days": left, "date": q.deadline},
                    ).at("requests", q.id, q.reference)
                )
        if q.extended and q.status != "answered":
            first = response_deadline(q.received_on)
            rl = models.RequestLetter
            told = (
                rl.select()
                .where((rl.request == q.id) & (rl.kind == "extension") & (rl.sent_on <= first))
                .exists()
            )
            if not told:
                out.append(
                    Problem(
                        "extension_untold",
                        N_(
                            "Extended, but no extension letter was marked sent by {date}: the "
                            "requester must be told within the first month (Art. 12(3))."
                        ),
                        {"date": first},
                    ).at("requests", q.id, q.reference, urgent=today > first)
                )
        if q.status == "answered" and q.kind in NEEDS_NOTICES:
            rn = models.RecipientNotice
            pending = (
                rn.select()
                .where((rn.request == q.id) & rn.told_on.is_null() & (rn.impossible_reason == ""))
                .count()
            )
            if pending:
                out.append(
                    Problem(
                        "recipients_untold",
                        plural(
                            pending,
                            N_("Answered, but {count} recipient still to be told (Art. 19)."),
                            N_("Answered, but {count} recipients still to be told (Art. 19)."),
                        ),
                        {"count": pending},
                    ).at("requests", q.id, q.reference)
                )
    return out
