"""Rights requests (Art. 12-22 GDPR) from intake to the letter that answers them.

A request gets a reference per year (AVG-2026-0007) and its deadline at intake
(rules.deadlines). Each kind has its action on the person's data, written to the audit
trail (ids and field names only); a rectification keeps its before and after in the
request's own record. Letters are made from the facts gathered here by exports.letters and
kept with the request as the version that was sent."""

from __future__ import annotations

import dataclasses
import datetime as dt
import tempfile
from dataclasses import dataclass
from pathlib import Path

from peewee import fn

from soosr_desk.exports import letters as L
from soosr_desk.exports.portability import portability_zip
from soosr_desk.rules import validation
from soosr_desk.rules.deadlines import (
    DeadlineState,
    can_extend,
    days_left,
    deadline_state,
    response_deadline,
)
from soosr_desk.rules.i18n import N_
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
from soosr_desk.services.records import now as record_now
from soosr_desk.services.records import required_reason, touch
from soosr_desk.store import models as m

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
    with r._meta.database.atomic():
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
        changed = [n for n in _EDITABLE if getattr(row, n) != getattr(data, n)]
        if row.contact_id != data.contact_id:
            changed.append("contact")
            row.contact = data.contact_id
        for n in _EDITABLE:
            setattr(row, n, getattr(data, n))
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
    with m.RightsRequest._meta.database.atomic():
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
    with m.RightsRequest._meta.database.atomic():
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
    with m.RightsRequest._meta.database.atomic():
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
    db = m.RightsRequest._meta.database
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
    with m.RightsRequest._meta.database.atomic():
        row = _open(request_id)
        contact = _person(row)
        if not contact.restricted:
            contacts_service.set_restriction(
                contact.id, True, reason or f"{row.reference}", today=today)  # fmt: skip
        _set_status(row, "in_progress", "restrict", ["restricted"])


def object_to_marketing(request_id: int, *, today: dt.date | None = None) -> None:
    """Art. 21(2)-(3): objection to direct marketing is absolute; at once."""
    with m.RightsRequest._meta.database.atomic():
        row = _open(request_id)
        contact = _person(row)
        if not contact.objected_marketing:
            contacts_service.set_objection(contact.id, True, today=today)
        _set_status(row, "in_progress", "object", ["objected_marketing"])


def withdraw_consents(request_id: int, consent_ids: list[int] | None = None,
                      *, today: dt.date | None = None) -> list[int]:  # fmt: skip
    """Art. 7(3): withdraws the chosen (or every active) consent at once; history kept."""
    today = today or dt.date.today()
    with m.RightsRequest._meta.database.atomic():
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
    with m.RightsRequest._meta.database.atomic():
        row = _get(request_id)
        row.contact = None
        _set_status(row, "in_progress", "erase", ["contact"])
    return result


# --- Art. 19: recipients to tell ----------------------------------------------------------


@dataclass(frozen=True)
class NoticeRow:
    id: int
    recipient: str
    told_on: dt.date | None
    impossible_reason: str

    @property
    def done(self) -> bool:
        return self.told_on is not None or bool(self.impossible_reason)


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
            with rn._meta.database.atomic():
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
    with m.RecipientNotice._meta.database.atomic():
        n = m.RecipientNotice.get_or_none(m.RecipientNotice.id == notice_id)
        if n is None:
            raise NotFound(N_("This recipient is no longer on the list."))
        n.told_on, n.impossible_reason = told_on, impossible_reason
        n.save()
        audit.record("notify_recipient", "request", n.request_id, ["told_on", "impossible_reason"])


# --- what the letters say -------------------------------------------------------------------


def concerning_activities(contact: m.Contact | None) -> list[m.ProcessingActivity]:
    """The register's activities that concern a contact (the rule lives in erasure)."""
    from soosr_desk.services.erasure import concerning_activity_ids

    if contact is None:
        return []
    ids = concerning_activity_ids(contact.id)
    a = m.ProcessingActivity
    return list(a.select().where(a.id.in_(ids)).order_by(a.sort_order, a.id)) if ids else []


def _controller() -> L.Controller:
    c = m.Controller.select().first()
    lines = tuple(x for x in (c.street, c.address_extra, f"{c.postcode} {c.city}".strip()) if x)
    return L.Controller(c.name, lines, c.phone, c.email, c.website, c.kvk_number,
                        c.authority_name, c.authority_url or L.Controller.authority_url)  # fmt: skip


def _en(row, name: str, language: str) -> str:
    if language == "en":
        return getattr(row, f"{name}_en", "") or getattr(row, name)
    return getattr(row, name)


CONTACT_LETTER_FIELDS = ("first_name", "last_name", "gender", "job_title", "company", "street",
                         "postcode", "city", "country", "phone", "email", "signing_authority",
                         "location", "source", "relation", "language", "received_on",
                         "last_activity")  # fmt: skip


def letter_facts(request_id: int, letter_kind: str, today: dt.date) -> L.LetterFacts:
    row = _get(request_id)
    lang = row.language if row.language in ("nl", "en") else "nl"
    address = tuple(x for x in (row.requester_name, row.requester_street,
                                f"{row.requester_postcode}  {row.requester_city}".strip(),
                                "" if row.requester_country == "NL" else row.requester_country)
                    if x)  # fmt: skip
    facts = L.LetterFacts(
        letter_kind=letter_kind, request_kind=row.kind, language=lang, controller=_controller(),
        today=today, reference=row.reference, received_on=row.received_on,
        deadline=row.deadline, requester_name=row.requester_name, address_lines=address,
        extension_reason=row.extension_reason,
        original_deadline=response_deadline(row.received_on) if row.extended else None,
        refusal_reason=row.refusal_reason, outcome_note=row.outcome_note,
    )  # fmt: skip
    contact = m.Contact.get_or_none(m.Contact.id == row.contact_id) if row.contact_id else None
    if contact is None or contact.erased:
        facts.outcome = "no_data" if row.no_contact_held or row.kind != "erasure" else "done"
    else:
        facts.outcome = "done"
        for name in CONTACT_LETTER_FIELDS:
            value = contact.company.name if name == "company" and contact.company_id else (
                "" if name == "company" else getattr(contact, name))  # fmt: skip
            if isinstance(value, dt.date):
                value = value.strftime("%d-%m-%Y")
            if value not in ("", None):
                facts.contact_fields.append((name, str(value)))
        facts.notes = [(n.noted_at, n.text) for n in
                       contact.notes.order_by(m.ContactNote.noted_at, m.ContactNote.id)]  # fmt: skip
        facts.consents = [(c.purpose, c.given_on, c.withdrawn_on)
                          for c in contact.consents.order_by(m.Consent.given_on)]  # fmt: skip
        facts.requests = [(q.reference, q.kind, q.received_on, q.status) for q in
                          contact.requests.order_by(m.RightsRequest.received_on)]  # fmt: skip
        facts.source = contact.source
        facts.restricted = contact.restricted
        facts.objected = contact.objected_marketing
        acts = concerning_activities(contact)
        for a in acts:
            cats = tuple(_en(link.category, "name", lang) for link in a.data_links)
            recips = tuple(_en(link.category, "name", lang) for link in a.recipient_links)
            retention = _en(a.retention_rule, "name", lang) if a.retention_rule_id else ""
            facts.activities.append(L.ActivityInfo(
                _en(a, "name", lang), _en(a, "purpose", lang), a.legal_basis,
                _en(a, "legitimate_interest", lang), cats, recips, retention, a.source))  # fmt: skip
            facts.automated_decisions = facts.automated_decisions or a.automated_decisions
        facts.recipients = [p.name for p in _recipient_parties(contact)]
        facts.withdrawn = [(c.purpose, c.withdrawn_on) for c in contact.consents
                           if c.withdrawn_on is not None]  # fmt: skip
    facts.changes = changes_of(row.id)
    erased = (m.ErasureRecord.select().where(m.ErasureRecord.request == row.id)
              .order_by(m.ErasureRecord.id.desc()).first())  # fmt: skip
    if erased is not None:
        facts.removed, facts.kept = _describe_erasure(erased, lang)
        facts.backups_roll_over_on = erased.backups_roll_over_on
    if row.kind == "portability" and letter_kind == "answer":
        facts.attachment_name = attachment_name(row)
    facts.notices = [L.Notice(n.recipient, n.told_on, n.impossible_reason)
                     for n in notices(row.id)]  # fmt: skip
    return facts


_TABLES = {
    "contact": ("your contact details", "uw contactgegevens"),
    "contact_note": ("notes", "notities"),
    "consent": ("consents", "toestemmingen"),
    "rights_request": ("request details", "gegevens in verzoeken"),
    "request_change": ("recorded corrections", "vastgelegde correcties"),
    "request_letter": ("letters", "brieven"),
    "recipient_notice": ("notices to recipients", "berichten aan ontvangers"),
    "financial_record": ("invoices and payments", "facturen en betalingen"),
    "audit_event": ("entries in our log", "regels in ons logboek"),
}


def _describe_erasure(record: m.ErasureRecord, lang: str) -> tuple[list[str], list[L.KeptItem]]:
    """The erasure's record (tables, counts, reasons; never values) in the letter's words."""
    import json

    def label(table: str) -> str:
        en, nl = _TABLES.get(table, (table.replace("_", " "), table.replace("_", " ")))
        return en if lang == "en" else nl

    removed, kept = [], []
    for table, info in json.loads(record.removed or "{}").items():
        rows = info.get("rows", 0) if isinstance(info, dict) else int(info)
        if rows:
            removed.append(label(table) if table == "contact" else f"{label(table)}: {rows}")
    for table, info in json.loads(record.kept or "{}").items():
        if not isinstance(info, dict):
            continue
        until = info.get("until")
        what = label(table) if table == "contact" else f"{label(table)}: {info.get('rows', 0)}"
        kept.append(L.KeptItem(what, info.get("why", ""),
                               dt.date.fromisoformat(until) if until else None))  # fmt: skip
    return removed, kept


def attachment_name(row: m.RightsRequest) -> str:
    return f"{row.reference}-gegevens.zip" if row.language == "nl" else f"{row.reference}-data.zip"


def portability_data(request_id: int, today: dt.date) -> bytes:
    """Art. 20: what the person provided and what we hold on them, JSON and CSV in a ZIP."""
    row = _get(request_id)
    contact = _person(row)
    fields = {n: getattr(contact, n) for n in CONTACT_LETTER_FIELDS if n != "company"}
    fields["company"] = contact.company.name if contact.company_id else ""
    tables = {
        "contact": [fields],
        "notes": [{"noted_at": n.noted_at, "text": n.text} for n in contact.notes],
        "consents": [{"purpose": c.purpose, "given_on": c.given_on, "evidence": c.evidence,
                      "withdrawn_on": c.withdrawn_on} for c in contact.consents],
    }  # fmt: skip
    return portability_zip(tables, exported_on=today, controller=_controller().name)


@dataclass(frozen=True)
class LetterRow:
    id: int
    kind: str
    language: str
    created_at: dt.datetime
    sent_on: dt.date | None
    has_attachment: bool


def make_letter(request_id: int, letter_kind: str, *,
                today: dt.date | None = None) -> LetterRow:  # fmt: skip
    """Writes the letter and keeps it with the request as the version sent today. The
    answer closes the handling (responded on); an ID request waits for the proof."""
    today = today or dt.date.today()
    if letter_kind not in L.LETTER_KINDS:
        raise ValueError(letter_kind)
    row = _get(request_id)
    if row.status == "closed":
        raise NotAllowed(N_("This request is closed; it can no longer be changed."))
    unlinked = row.contact_id is None and not row.no_contact_held and row.kind != "erasure"
    if letter_kind == "answer" and unlinked:
        raise NotAllowed(N_(
            "Link the request to the contact it is about first (or record that no data "
            "is held on the requester)."))  # fmt: skip
    if letter_kind == "extension" and not row.extended:
        raise NotAllowed(N_("Extend the deadline first (with the reasons)."))
    if letter_kind == "refusal" and not row.refusal_reason:
        raise NotAllowed(N_("Write down the reasons for the refusal first."))
    facts = letter_facts(request_id, letter_kind, today)
    attachment = None
    if letter_kind == "answer" and row.kind == "portability" and row.contact_id:
        attachment = portability_data(request_id, today)
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "letter.pdf"
        L.render_letter(facts, path)
        pdf = path.read_bytes()
    with m.RightsRequest._meta.database.atomic():
        row = _get(request_id)
        letter = m.RequestLetter.create(request=row, kind=letter_kind, language=facts.language,
                                        sent_on=today, pdf=pdf, attachment=attachment)  # fmt: skip
        if letter_kind == "answer":
            row.responded_on = today
            row.outcome = "no_data" if facts.outcome == "no_data" else "done"
            _set_status(row, "answered", "letter", ["responded_on", "outcome"])
        elif letter_kind == "id_request":
            row.identity_proof_needed = True
            _set_status(row, "waiting_for_id", "letter", ["identity_proof_needed"])
        else:
            _set_status(row, row.status if row.status != "new" else "in_progress", "letter",
                        [letter_kind])  # fmt: skip
        return LetterRow(letter.id, letter.kind, letter.language, letter.created_at,
                         letter.sent_on, attachment is not None)  # fmt: skip


def letters_of(request_id: int) -> list[LetterRow]:
    rl = m.RequestLetter
    q = rl.select(rl.id, rl.kind, rl.language, rl.created_at, rl.sent_on,
                  rl.attachment.is_null(False).alias("has")).where(rl.request == request_id)  # fmt: skip
    return [LetterRow(x.id, x.kind, x.language, x.created_at, x.sent_on, bool(x.has))
            for x in q.order_by(rl.id)]  # fmt: skip


def letter_file(letter_id: int) -> tuple[str, bytes, str, bytes | None]:
    """(pdf name, pdf bytes, attachment name, attachment bytes) of a kept letter."""
    from soosr_desk.exports.safe_text import safe_filename

    letter = m.RequestLetter.get_or_none(m.RequestLetter.id == letter_id)
    if letter is None:
        raise NotFound(N_("This letter no longer exists."))
    req = letter.request
    name = safe_filename(f"{req.reference}-{letter.kind}-{letter.created_at:%Y%m%d-%H%M%S}",
                         "pdf")  # fmt: skip
    return name, bytes(letter.pdf), attachment_name(req), (
        bytes(letter.attachment) if letter.attachment is not None else None)  # fmt: skip


def refuse(request_id: int, reason: str, *, today: dt.date | None = None) -> RequestData:
    """Art. 12(5): only for a manifestly unfounded or excessive request, with reasons; the
    refusal letter tells the requester they may complain to the Autoriteit Persoonsgegevens."""
    reason = required_reason("refusal_reason", reason, 5000, N_(
        "Write down why the request is manifestly unfounded or excessive."))  # fmt: skip
    with m.RightsRequest._meta.database.atomic():
        row = _open(request_id)
        row.refusal_reason = reason
        row.outcome = "refused"
        _set_status(row, "in_progress", "refuse", ["refusal_reason", "outcome"])
    make_letter(request_id, "refusal", today=today)
    with m.RightsRequest._meta.database.atomic():
        row = _get(request_id)
        row.responded_on = today or dt.date.today()
        row.closed_on = row.responded_on
        _set_status(row, "refused", "close", ["status", "closed_on"])
        return _to_data(row)


def close_request(request_id: int, *, today: dt.date | None = None) -> RequestData:
    """Closes an answered request; every recipient must be told or marked impossible."""
    today = today or dt.date.today()
    with m.RightsRequest._meta.database.atomic():
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


def request_problems(today: dt.date) -> list:
    """For the dashboard: open requests near or past their deadline, and answered ones that
    still wait for the recipients to be told."""
    from soosr_desk.services.checks import Problem

    out = []
    r = m.RightsRequest
    for q in r.select().where(r.status.in_(OPEN_STATUSES)).order_by(r.deadline):
        if q.status != "answered":
            state = deadline_state(q.deadline, today)
            if state == DeadlineState.OVERDUE:
                out.append(Problem("requests", q.id, N_(
                    "The deadline to answer passed on {date}."), {"date": q.deadline},
                    label=q.reference, urgent=True))  # fmt: skip
            elif state == DeadlineState.SOON:
                out.append(Problem("requests", q.id, N_(
                    "{days} day(s) left to answer (deadline {date})."),
                    {"days": days_left(q.deadline, today), "date": q.deadline},
                    label=q.reference))  # fmt: skip
        elif q.kind in NEEDS_NOTICES:
            rn = m.RecipientNotice
            pending = rn.select().where((rn.request == q.id) & rn.told_on.is_null()
                                        & (rn.impossible_reason == "")).count()  # fmt: skip
            if pending:
                out.append(Problem("requests", q.id, N_(
                    "Answered, but {count} recipient(s) still to be told (Art. 19)."),
                    {"count": pending}, label=q.reference))  # fmt: skip
    return out


@dataclass(frozen=True)
class WrittenLetters:
    files: list[Path]
    without_letter: list[str]  # references of requests that have no letter yet


def write_letters(folder: Path, reference: str | None = None, *, progress=None,
                  cancelled=None) -> WrittenLetters:  # fmt: skip
    """Writes the kept letters as PDF files (and a portability ZIP beside its letter):
    the latest letter of every open request, or every letter of the one `reference`."""
    from soosr_desk.exports.safe_text import atomic_write

    rows = list_requests()
    if reference:
        chosen = [r for r in rows if r.reference == reference.strip().upper()]
        if not chosen:
            raise NotFound(N_("No request with reference {ref}."), ref=reference)
    else:
        chosen = [r for r in rows if r.status in OPEN_STATUSES]
    files, without = [], []
    chosen.sort(key=lambda r: r.reference)
    for i, r in enumerate(chosen):
        if cancelled is not None and cancelled():
            break
        letters = letters_of(r.id)
        if not letters:
            without.append(r.reference)
        for letter in letters if reference else letters[-1:]:
            name, pdf, att_name, att = letter_file(letter.id)
            for file_name, content in ((name, pdf), (att_name, att)):
                if content is None:
                    continue
                path = Path(folder) / file_name
                atomic_write(path, lambda tmp, content=content: tmp.write_bytes(content))
                files.append(path)
        if progress is not None:
            progress(i + 1, len(chosen))
    return WrittenLetters(files, without)
