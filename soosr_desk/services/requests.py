"""Rights requests (Art. 12-22 GDPR) from intake to closing.

A request gets a reference per year (AVG-2026-0007) and its deadline at intake
(rules.deadlines). Each kind has its action on the person's data, written to the audit
trail (ids and field names only); a rectification keeps its before and after in the
request's own record. The recipients to tell (Art. 19) are in request_notices; the letters
that answer, and the versions kept as sent, in request_letters."""

from __future__ import annotations

import dataclasses
import datetime as dt
from dataclasses import dataclass

from peewee import fn

from soosr_desk.rules import validation
from soosr_desk.rules.deadlines import (
    DeadlineState,
    can_extend,
    days_left,
    deadline_state,
    response_deadline,
)
from soosr_desk.rules.i18n import N_
from soosr_desk.rules.problem import Problem
from soosr_desk.rules.vocab import Channel, Language, RequestKind, RequestStatus
from soosr_desk.services import audit
from soosr_desk.services import contacts as contacts_service
from soosr_desk.services.contacts import check_text
from soosr_desk.services.errors import (
    Conflict,
    NotAllowed,
    NotFound,
    ServiceError,
    ValidationError,
    ValidationErrors,
)
from soosr_desk.services.records import copy_fields, required_reason, touch
from soosr_desk.services.records import now as record_now
from soosr_desk.store import models as m
from soosr_desk.store import session

OPEN_STATUSES = ("new", "waiting_for_id", "in_progress", "answered")
NEEDS_NOTICES = ("rectification", "erasure", "restriction")  # Art. 19
_STALE = N_(
    "Someone changed this request in another window since you opened it. "
    "Your text is still in the form: copy what you need, then reload."
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


TEXT_LIMITS = {
    "description": 10_000, "requester_name": 200, "requester_email": 254,
    "requester_phone": 40, "requester_street": 200, "requester_postcode": 20,
    "requester_city": 100, "identity_verified_by": 200, "identity_method": 200,
    "outcome_note": 5000,
}  # fmt: skip
# what the intake form edits; the rest changes through the actions below
_EDITABLE = ["kind", "received_on", "channel", "description", "requester_name",
             "requester_email", "requester_phone", "requester_street", "requester_postcode",
             "requester_city", "requester_country", "language", "no_contact_held",
             "identity_proof_needed", "identity_verified_by", "identity_verified_on",
             "identity_method", "outcome_note"]  # fmt: skip
_ALL = [f.name for f in dataclasses.fields(RequestData)
        if f.name not in ("id", "contact_id", "updated_at")]  # fmt: skip


def _to_data(row: m.RightsRequest) -> RequestData:
    return RequestData(id=row.id, contact_id=row.contact_id, updated_at=row.updated_at,
                       **{n: getattr(row, n) for n in _ALL})  # fmt: skip


def _get(request_id: int) -> m.RightsRequest:
    row = m.RightsRequest.get_or_none(m.RightsRequest.id == request_id)
    if row is None:
        raise NotFound(N_("This request no longer exists."))
    return row


def get_request(request_id: int) -> RequestData:
    return _to_data(_get(request_id))


def validate(data: RequestData, today: dt.date) -> list[ValidationError]:
    errors: list[ValidationError] = []
    for name, limit in TEXT_LIMITS.items():
        setattr(data, name, getattr(data, name).strip())
        err = check_text(name, getattr(data, name), limit)
        if err:
            errors.append(err)
    data.requester_postcode = validation.normalise_postcode(data.requester_postcode,
                                                           data.requester_country)  # fmt: skip
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
            validation.future_problem(data.identity_verified_on, today))  # fmt: skip
        if problem:
            errors.append(ValidationError("identity_verified_on", problem))
        elif data.received_on and data.identity_verified_on < data.received_on:
            errors.append(ValidationError("identity_verified_on", N_(
                "Identity cannot be verified before the request came in.")))  # fmt: skip
    if data.identity_verified_on and not data.identity_verified_by:
        errors.append(ValidationError("identity_verified_by", N_(
            "Write down who verified the identity.")))  # fmt: skip
    return errors


def _next_number(year: int) -> int:
    r = m.RightsRequest
    return (r.select(fn.MAX(r.sequence)).where(r.year == year).scalar() or 0) + 1


def save_request(data: RequestData, *, today: dt.date | None = None) -> RequestData:
    """Intake (a new request gets its reference and deadline) or an edit of the intake
    fields. The deadline follows the received date until the request is extended."""
    today = today or dt.date.today()
    data = dataclasses.replace(data)
    errors = validate(data, today)
    if errors:
        raise ValidationErrors(errors)
    r = m.RightsRequest
    with session.transaction():
        if data.contact_id is not None:
            _contact(data.contact_id)
        if data.id is None:
            year = data.received_on.year
            seq = _next_number(year)
            now = record_now()
            row = r.create(
                reference=f"AVG-{year}-{seq:04d}", year=year, sequence=seq,
                deadline=response_deadline(data.received_on), contact=data.contact_id,
                status=RequestStatus.NEW.value, created_at=now, updated_at=now,
                **{n: getattr(data, n) for n in _EDITABLE},
            )  # fmt: skip
            audit.record("create", "request", row.id,
                         [n for n in _EDITABLE if getattr(data, n)])  # fmt: skip
            return _to_data(row)
        row = _get(data.id)
        if data.updated_at is not None and row.updated_at != data.updated_at:
            raise Conflict(_STALE)
        if row.status in ("closed", "refused"):
            raise NotAllowed(N_("This request is closed; it can no longer be changed."))
        moved = row.contact_id != data.contact_id
        changed = copy_fields(row, data, _EDITABLE) + (["contact"] if moved else [])
        row.contact = data.contact_id
        row.deadline = response_deadline(row.received_on, row.extended)
        if changed:
            touch(row)
            row.save()
            audit.record("update", "request", row.id, changed)
        return _to_data(row)


def _contact(contact_id: int) -> m.Contact:
    c = m.Contact.get_or_none(m.Contact.id == contact_id)
    if c is None or c.erased:
        raise NotFound(N_("This contact no longer exists."))
    return c


def _open(request_id: int) -> m.RightsRequest:
    row = _get(request_id)
    if row.status in ("closed", "refused"):
        raise NotAllowed(N_("This request is closed; it can no longer be changed."))
    return row


def _person(row: m.RightsRequest) -> m.Contact:
    if row.contact_id is None:
        raise NotAllowed(N_(
            "Link the request to the contact it is about first (or record that no data is "
            "held on the requester)."))  # fmt: skip
    return _contact(row.contact_id)


def _set_status(row: m.RightsRequest, status: str, action: str, fields: list[str]) -> None:
    if row.status in ("new", "waiting_for_id") or status != "in_progress":
        row.status = status
    touch(row)
    row.save()
    audit.record(action, "request", row.id, fields)


def candidates(request_id: int, limit: int = 20) -> list[contacts_service.ContactRow]:
    """Contacts that may be the requester: by e-mail first, then by name."""
    row = _get(request_id)
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
        row = _open(request_id)
        if contact_id is not None:
            _contact(contact_id)
        row.contact = contact_id
        row.no_contact_held = contact_id is None
        _set_status(row, "in_progress", "link_contact", ["contact", "no_contact_held"])
        return _to_data(row)


def extend(request_id: int, reason: str, *, today: dt.date | None = None) -> RequestData:
    """Art. 12(3): once, with reasons, before the first deadline passes (the extension
    letter tells the requester)."""
    today = today or dt.date.today()
    reason = required_reason("extension_reason", reason, 2000, N_(
        "Write down why more time is needed (complexity or number of requests)."))  # fmt: skip
    with session.transaction():
        row = _open(request_id)
        if row.extended:
            raise NotAllowed(N_("The deadline was already extended once; it cannot be "
                                "extended again."))  # fmt: skip
        if not can_extend(row.received_on, today, row.extended):
            raise NotAllowed(N_("The first deadline ({date}) has passed: the deadline can "
                                "only be extended within the first month."),
                             date=response_deadline(row.received_on))  # fmt: skip
        row.extended = True
        row.extension_reason = reason
        row.extended_on = today
        row.deadline = response_deadline(row.received_on, True)
        _set_status(row, "in_progress", "extend", ["extended", "extension_reason", "deadline"])
        return _to_data(row)


def verify_identity(request_id: int, by: str, on: dt.date, method: str,
                    *, today: dt.date | None = None) -> RequestData:  # fmt: skip
    """Records who verified the requester's identity, when and how; never a copy of an ID."""
    data = get_request(request_id)
    data.identity_verified_by, data.identity_verified_on, data.identity_method = by, on, method
    data.identity_proof_needed = True
    saved = save_request(data, today=today)
    with session.transaction():
        row = _get(request_id)
        if row.status == "waiting_for_id":
            _set_status(row, "in_progress", "verify_identity", ["identity_verified_on"])
    return get_request(saved.id)


# --- the actions, one per kind -------------------------------------------------------------

RECTIFIABLE = ("first_name", "last_name", "job_title", "street", "postcode", "city",
               "country", "phone", "email", "location")  # fmt: skip


def rectify(request_id: int, changes: dict[str, str], *, today: dt.date | None = None) -> None:
    """Art. 16: the edit made through the request; before and after stay in the request."""
    today = today or dt.date.today()
    unknown = set(changes) - set(RECTIFIABLE)
    if unknown:
        raise ValueError(sorted(unknown))
    db = session.database()
    with db.atomic():
        row = _open(request_id)
        contact = _person(row)
        if contact.restricted:
            raise NotAllowed(N_("This contact is restricted (Art. 18). Lift the restriction "
                                "before editing."))  # fmt: skip
        data = contacts_service.get_contact(contact.id)
        before = {k: getattr(data, k) for k in changes}
        for k, v in changes.items():
            setattr(data, k, v)
        saved = contacts_service.save_contact(data, today=today)  # validates, audits fields
        done = []
        for k in changes:
            after = getattr(saved, k)
            if after != before[k]:
                m.RequestChange.create(request=row, field=k, before=before[k], after=after)
                done.append(k)
        if not done:
            raise ServiceError(N_("Nothing was changed: the new values are the same as the "
                                  "old ones."))  # fmt: skip
        _set_status(row, "in_progress", "rectify", done)


def changes_of(request_id: int) -> list[tuple[str, str, str]]:
    q = m.RequestChange.select().where(m.RequestChange.request == request_id)
    return [(c.field, c.before, c.after) for c in q.order_by(m.RequestChange.id)]


def restrict(request_id: int, reason: str = "", *, today: dt.date | None = None) -> None:
    """Art. 18: the contact is kept but not processed; the flag takes effect at once."""
    with session.transaction():
        row = _open(request_id)
        contact = _person(row)
        if not contact.restricted:
            contacts_service.set_restriction(
                contact.id, True, reason or f"{row.reference}", today=today)  # fmt: skip
        _set_status(row, "in_progress", "restrict", ["restricted"])


def object_to_marketing(request_id: int, *, today: dt.date | None = None) -> None:
    """Art. 21(2)-(3): objection to direct marketing is absolute; at once."""
    with session.transaction():
        row = _open(request_id)
        contact = _person(row)
        if not contact.objected_marketing:
            contacts_service.set_objection(contact.id, True, today=today)
        _set_status(row, "in_progress", "object", ["objected_marketing"])


def withdraw_consents(request_id: int, consent_ids: list[int] | None = None,
                      *, today: dt.date | None = None) -> list[int]:  # fmt: skip
    """Art. 7(3): withdraws the chosen (or every active) consent at once; history kept."""
    today = today or dt.date.today()
    with session.transaction():
        row = _open(request_id)
        contact = _person(row)
        active = [c for c in contacts_service.list_consents(contact.id) if c.active]
        chosen = [c for c in active if consent_ids is None or c.id in consent_ids]
        if not chosen:
            raise ServiceError(N_("This person has no active consent to withdraw."))
        for c in chosen:
            contacts_service.withdraw_consent(c.id, max(today, c.given_on),
                                              f"{row.reference}", today=today)  # fmt: skip
        _set_status(row, "in_progress", "withdraw_consent", ["consents"])
        return [c.id for c in chosen]


def erase(request_id: int, *, today: dt.date | None = None):
    """Art. 17: the person erased everywhere through the one erasure service."""
    from soosr_desk.services import erasure

    today = today or dt.date.today()
    row = _open(request_id)
    contact = _person(row)
    # the request keeps the requester's name and address until the answer has gone out
    result = erasure.erase_contact(contact.id, reason="request", request_id=row.id,
                                   keep_requester=True, today=today)  # fmt: skip
    with session.transaction():
        row = _get(request_id)
        row.contact = None
        _set_status(row, "in_progress", "erase", ["contact"])
    return result


# --- refusing and closing ----------------------------------------------------------------------


def refuse(request_id: int, reason: str, *, today: dt.date | None = None) -> RequestData:
    """Art. 12(5): only for a manifestly unfounded or excessive request, with reasons; the
    refusal letter tells the requester they may complain to the Autoriteit Persoonsgegevens."""
    from soosr_desk.services.request_letters import make_letter

    reason = required_reason("refusal_reason", reason, 5000, N_(
        "Write down why the request is manifestly unfounded or excessive."))  # fmt: skip
    with session.transaction():
        row = _open(request_id)
        row.refusal_reason = reason
        row.outcome = "refused"
        _set_status(row, "in_progress", "refuse", ["refusal_reason", "outcome"])
    make_letter(request_id, "refusal", today=today)
    with session.transaction():
        row = _get(request_id)
        row.responded_on = today or dt.date.today()
        row.closed_on = row.responded_on
        _set_status(row, "refused", "close", ["status", "closed_on"])
        return _to_data(row)


def close_request(request_id: int, *, today: dt.date | None = None) -> RequestData:
    """Closes an answered request; every recipient must be told or marked impossible."""
    from soosr_desk.services.request_notices import notices

    today = today or dt.date.today()
    with session.transaction():
        row = _open(request_id)
        if row.responded_on is None:
            raise NotAllowed(N_("Send the answer letter before closing the request."))
        pending = [n.recipient for n in notices(row.id) if not n.done]
        if pending:
            raise NotAllowed(N_(
                "Tell every recipient of the change first (Art. 19), or write down why "
                "that is impossible: {names}."), names=", ".join(pending))  # fmt: skip
        row.closed_on = today
        _set_status(row, "closed", "close", ["status", "closed_on"])
        return _to_data(row)


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
    r = m.RightsRequest
    out = []
    for q in r.select().order_by(r.received_on.desc(), r.id.desc()):
        waiting = q.status in ("new", "waiting_for_id", "in_progress")
        out.append(RequestRow(
            q.id, q.reference, q.kind, q.requester_name, q.received_on, q.deadline,
            days_left(q.deadline, today) if waiting else None,
            deadline_state(q.deadline, today).value if waiting else "", q.status,
        ))  # fmt: skip
    return out


def request_problems(today: dt.date) -> list[Problem]:
    """For the dashboard: open requests near or past their deadline, and answered ones that
    still wait for the recipients to be told."""
    out = []
    r = m.RightsRequest
    for q in r.select().where(r.status.in_(OPEN_STATUSES)).order_by(r.deadline):
        if q.status != "answered":
            state = deadline_state(q.deadline, today)
            if state == DeadlineState.OVERDUE:
                out.append(Problem("deadline_passed", N_(
                    "The deadline to answer passed on {date}."), {"date": q.deadline},
                    ).at("requests", q.id, q.reference, urgent=True))  # fmt: skip
            elif state == DeadlineState.SOON:
                out.append(Problem("deadline_soon", N_(
                    "{days} day(s) left to answer (deadline {date})."),
                    {"days": days_left(q.deadline, today), "date": q.deadline},
                    ).at("requests", q.id, q.reference))  # fmt: skip
        elif q.kind in NEEDS_NOTICES:
            rn = m.RecipientNotice
            pending = rn.select().where((rn.request == q.id) & rn.told_on.is_null()
                                        & (rn.impossible_reason == "")).count()  # fmt: skip
            if pending:
                out.append(Problem("recipients_untold", N_(
                    "Answered, but {count} recipient(s) still to be told (Art. 19)."),
                    {"count": pending}).at("requests", q.id, q.reference))  # fmt: skip
    return out
