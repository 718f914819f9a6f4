"""Contacts: the people whose data SOOSR keeps. Listing, editing, notes, consents and the
restriction (Art. 18) and objection (Art. 21) flags. One transaction per user action, with
its audit event inside it."""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass

from peewee import fn

from soosr_desk.rules import validation
from soosr_desk.rules.i18n import N_
from soosr_desk.rules.names import search_text, sort_key
from soosr_desk.rules.vocab import ContactSource, Gender, Language, Relation, SigningAuthority
from soosr_desk.services import audit
from soosr_desk.services.contact_list import SORT_KEYS as SORT_KEYS  # the list: its own module
from soosr_desk.services.contact_list import ContactRow as ContactRow
from soosr_desk.services.contact_list import company_names as company_names
from soosr_desk.services.contact_list import count_contacts as count_contacts
from soosr_desk.services.contact_list import rows_for as rows_for
from soosr_desk.services.contact_list import search_ids as search_ids
from soosr_desk.services.errors import (
    Conflict,
    NotAllowed,
    NotFound,
    ValidationError,
    ValidationErrors,
)
from soosr_desk.services.records import BatchMemo, check_text
from soosr_desk.store import models, session


@dataclass
class ContactData:
    """A contact as the editor shows it. `updated_at` detects edits made elsewhere."""

    id: int | None = None
    first_name: str = ""
    last_name: str = ""
    gender: str = Gender.UNKNOWN.value
    job_title: str = ""
    company_name: str = ""
    street: str = ""
    postcode: str = ""
    city: str = ""
    country: str = "NL"
    phone: str = ""
    email: str = ""
    signing_authority: str = ""
    location: str = ""
    source: str = ContactSource.MANUAL.value
    relation: str = Relation.LEAD.value
    language: str = Language.DUTCH.value
    received_on: dt.date | None = None
    last_activity: dt.date | None = None
    restricted: bool = False
    restricted_since: dt.date | None = None
    restricted_reason: str = ""
    objected_marketing: bool = False
    objected_on: dt.date | None = None
    legal_hold: bool = False
    legal_hold_reason: str = ""
    erased: bool = False
    updated_at: dt.datetime | None = None


# Free-text fields of the editor with their maximum lengths (RELIABILITY.md R18).
TEXT_FIELDS: dict[str, int] = {
    "first_name": 200,
    "last_name": 200,
    "job_title": 200,
    "company_name": 200,
    "street": 200,
    "postcode": 20,
    "city": 100,
    "phone": 40,
    "email": 254,
    "location": 200,
    "restricted_reason": 2000,
    "legal_hold_reason": 2000,
}
CHOICE_FIELDS = {
    "gender": Gender,
    "signing_authority": SigningAuthority,
    "source": ContactSource,
    "relation": Relation,
    "language": Language,
}
_CHOICE_VALUES = {
    name: frozenset(c.value for c in choice) for name, choice in CHOICE_FIELDS.items()
}
_CONTACT_FIELDS = [
    f.name
    for f in dataclasses.fields(ContactData)
    if f.name not in ("id", "company_name", "updated_at", "erased")
]
NOTE_MAX = 10_000


def validate(
    data: ContactData, today: dt.date, memo: BatchMemo | None = None
) -> list[ValidationError]:
    """The field errors of `data` (its texts trimmed, postcode and phone normalised).
    `memo`: what earlier contacts of the same batch had checked (see `BatchMemo`)."""
    errors: list[ValidationError] = []
    for name, max_len in TEXT_FIELDS.items():
        value = getattr(data, name).strip()
        setattr(data, name, value)
        if not value or (memo is not None and (value, max_len) in memo.texts):
            continue  # an empty text passes every check
        err = check_text(name, value, max_len)
        if err:
            errors.append(err)
        elif memo is not None and len(memo.texts) < memo.LIMIT:
            memo.texts.add((value, max_len))
    data.postcode = validation.normalise_postcode(data.postcode, data.country)
    if not data.last_name and not data.first_name:
        errors.append(ValidationError("last_name", N_("Enter at least a first or last name.")))
    if data.email and not any(e.field == "email" for e in errors):
        problem = validation.email_problem(data.email)
        if problem:
            errors.append(ValidationError("email", problem))
    if data.phone and not any(e.field == "phone" for e in errors):
        phone_check = validation.phone_check if memo is None else memo.phone_check
        phone, problem = phone_check(data.phone)
        if problem:
            errors.append(ValidationError("phone", problem))
        else:
            data.phone = phone
    for name, values in _CHOICE_VALUES.items():
        if getattr(data, name) not in values:
            errors.append(ValidationError(name, N_("Choose a value from the list.")))
    if data.received_on is not None:
        problem = validation.date_problem(data.received_on) or validation.future_problem(
            data.received_on, today
        )
        if problem:
            errors.append(ValidationError("received_on", problem))
    return errors


def _derived(data: ContactData) -> dict[str, str]:
    """The columns the list sorts and filters on, derived from the fields."""
    return {
        "sort_name": sort_key(data.first_name, data.last_name),
        "search_text": search_text(
            data.first_name, data.last_name, data.email, data.phone, data.city, data.company_name
        ),
    }


def _company_for(name: str) -> models.Company | None:
    if not name:
        return None
    company = models.Company.select().where(fn.lower(models.Company.name) == name.lower()).first()
    if company is None:
        company = models.Company.create(name=name)
        audit.record("create", "company", company.id, ["name"])
    return company


def _to_data(c: models.Contact) -> ContactData:
    values = {name: getattr(c, name) for name in _CONTACT_FIELDS}
    return ContactData(
        id=c.id,
        company_name=c.company.name if c.company is not None else "",
        updated_at=c.updated_at,
        erased=c.erased,
        **values,
    )


def get_contact(contact_id: int) -> ContactData:
    c = models.Contact.get_or_none(models.Contact.id == contact_id)
    if c is None:
        raise NotFound(N_("This contact no longer exists."))
    return _to_data(c)


def save_contact(data: ContactData, *, today: dt.date | None = None) -> ContactData:
    """Creates or updates a contact. Refuses invalid fields (all at once), edits of a
    restricted contact (Art. 18: kept, not processed), and edits made on a stale copy."""
    today = today or dt.date.today()
    data = dataclasses.replace(data)
    errors = validate(data, today)
    if errors:
        raise ValidationErrors(errors)
    contact: models.Contact | None
    with session.transaction():
        now = dt.datetime.now().replace(microsecond=0)
        if data.id is None:
            values = {n: getattr(data, n) for n in _CONTACT_FIELDS}
            if values["received_on"] is None:
                values["received_on"] = today
            values["restricted"] = False
            values["objected_marketing"] = bool(data.objected_marketing)
            values["objected_on"] = today if data.objected_marketing else None
            contact = models.Contact.create(
                **values,
                company=_company_for(data.company_name),
                created_at=now,
                updated_at=now,
                **_derived(data),
            )
            audit.record("create", "contact", contact.id, [k for k, v in values.items() if v])
            return _to_data(contact)
        contact = models.Contact.get_or_none(models.Contact.id == data.id)
        if contact is None or contact.erased:
            raise NotFound(N_("This contact no longer exists."))
        if data.updated_at is not None and contact.updated_at != data.updated_at:
            raise Conflict(
                N_(
                    "Someone changed this contact in another window since you opened it. "
                    "Your text is still in the form: copy what you need, then reload."
                )
            )
        if contact.restricted:
            raise NotAllowed(
                N_("This contact is restricted (Art. 18). Lift the restriction before editing.")
            )
        changed = []
        flag_fields = {
            "restricted",
            "restricted_since",
            "restricted_reason",
            "objected_marketing",
            "objected_on",
            "legal_hold",
            "legal_hold_reason",
        }
        for name in _CONTACT_FIELDS:
            if name in flag_fields:
                continue  # flags change through their own actions, with their dates
            new = getattr(data, name)
            if name == "received_on" and new is None:
                continue
            if getattr(contact, name) != new:
                setattr(contact, name, new)
                changed.append(name)
        company = _company_for(data.company_name)
        if (company.id if company else None) != contact.company_id:
            contact.company = company
            changed.append("company")
        if changed:
            for name, value in _derived(data).items():
                setattr(contact, name, value)
            contact.updated_at = now if now != contact.updated_at else now + dt.timedelta(seconds=1)
            contact.save()
            audit.record("update", "contact", contact.id, changed)
        return _to_data(contact)


def _editable_contact(contact_id: int) -> models.Contact:
    contact = models.Contact.get_or_none(models.Contact.id == contact_id)
    if contact is None or contact.erased:
        raise NotFound(N_("This contact no longer exists."))
    return contact


def _touch(contact: models.Contact, fields: Sequence[str], action: str) -> None:
    now = dt.datetime.now().replace(microsecond=0)
    contact.updated_at = now if now != contact.updated_at else now + dt.timedelta(seconds=1)
    contact.save()
    audit.record(action, "contact", contact.id, fields)


def set_restriction(
    contact_id: int, restricted: bool, reason: str = "", *, today: dt.date | None = None
) -> ContactData:
    """Art. 18: a restricted contact is kept but not processed until the restriction is
    lifted; the program refuses edits and marketing for it meanwhile."""
    today = today or dt.date.today()
    err = check_text("restricted_reason", reason.strip(), TEXT_FIELDS["restricted_reason"])
    if err:
        raise ValidationErrors([err])
    with session.transaction():
        contact = _editable_contact(contact_id)
        contact.restricted = restricted
        contact.restricted_since = today if restricted else None
        contact.restricted_reason = reason.strip() if restricted else ""
        _touch(
            contact,
            ["restricted", "restricted_since", "restricted_reason"],
            "restrict" if restricted else "lift_restriction",
        )
        return _to_data(contact)


def set_objection(contact_id: int, objected: bool, *, today: dt.date | None = None) -> ContactData:
    """Art. 21(2)-(3): an objection to direct marketing is absolute; from then on no
    marketing of any kind. It can be recorded even for a restricted contact."""
    today = today or dt.date.today()
    with session.transaction():
        contact = _editable_contact(contact_id)
        contact.objected_marketing = objected
        contact.objected_on = today if objected else None
        _touch(
            contact,
            ["objected_marketing", "objected_on"],
            "object_marketing" if objected else "lift_objection",
        )
        return _to_data(contact)


# --- notes ----------------------------------------------------------------------------


@dataclass(frozen=True)
class NoteData:
    id: int
    noted_at: dt.datetime
    author: str
    text: str


def list_notes(contact_id: int) -> list[NoteData]:
    q = models.ContactNote.select().where(models.ContactNote.contact == contact_id)
    return [
        NoteData(n.id, n.noted_at, n.author, n.text)
        for n in q.order_by(models.ContactNote.noted_at.desc(), models.ContactNote.id.desc())
    ]


def add_note(
    contact_id: int, text: str, *, author: str | None = None, now: dt.datetime | None = None
) -> NoteData:
    text = text.strip()
    if not text:
        raise ValidationErrors([ValidationError("note", N_("The note is empty."))])
    err = check_text("note", text, NOTE_MAX)
    if err:
        raise ValidationErrors([err])
    now = (now or dt.datetime.now()).replace(microsecond=0)
    with session.transaction():
        contact = _editable_contact(contact_id)
        if contact.restricted:
            raise NotAllowed(N_("This contact is restricted (Art. 18): no new notes."))
        note = models.ContactNote.create(
            contact=contact, text=text, author=author or audit.current_actor(), noted_at=now
        )
        audit.record("add_note", "contact_note", note.id, ["text"])
        _touch(contact, ["notes"], "update")
        return NoteData(note.id, note.noted_at, note.author, note.text)


def delete_note(note_id: int) -> None:
    """Removes a note typed by mistake (the UI asks first and offers undo)."""
    with session.transaction():
        note = models.ContactNote.get_or_none(models.ContactNote.id == note_id)
        if note is None:
            return
        contact = _editable_contact(note.contact_id)
        if contact.restricted:
            raise NotAllowed(N_("This contact is restricted (Art. 18): notes stay as they are."))
        note.delete_instance()
        audit.record("delete_note", "contact_note", note_id, ["text"])
        _touch(contact, ["notes"], "update")


# --- consents -------------------------------------------------------------------------


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
        contact = _editable_contact(contact_id)
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
        _touch(contact, ["consents"], "update")
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
        _touch(models.Contact.get_by_id(c.contact_id), ["consents"], "update")
        return ConsentData(c.id, c.purpose, c.given_on, c.evidence, c.withdrawn_on, evidence)
