"""Contacts: the people whose data SOOSR keeps. Editing a contact and its restriction
(Art. 18) and objection (Art. 21) flags; the list, the notes and the consents have their own
modules (contact_list, contact_notes, contact_consents). One transaction per user action,
with its audit event inside it."""

from __future__ import annotations

import dataclasses
import datetime as dt
from dataclasses import dataclass

from peewee import fn

from soosr_desk.rules import validation
from soosr_desk.rules.i18n import N_
from soosr_desk.rules.names import search_text, sort_key
from soosr_desk.rules.vocab import ContactSource, Gender, Language, Relation, SigningAuthority
from soosr_desk.services import audit, records
from soosr_desk.services.contact_changes import editable_contact, touch

# Re-exports: many callers reach the notes, consents and list of contacts as `contacts.X`.
from soosr_desk.services.contact_consents import ConsentData as ConsentData
from soosr_desk.services.contact_consents import give_consent as give_consent
from soosr_desk.services.contact_consents import list_consents as list_consents
from soosr_desk.services.contact_consents import withdraw_consent as withdraw_consent
from soosr_desk.services.contact_list import SORT_KEYS as SORT_KEYS  # the list: its own module
from soosr_desk.services.contact_list import ContactRow as ContactRow
from soosr_desk.services.contact_list import company_names as company_names
from soosr_desk.services.contact_list import count_contacts as count_contacts
from soosr_desk.services.contact_list import rows_for as rows_for
from soosr_desk.services.contact_list import search_ids as search_ids
from soosr_desk.services.contact_notes import NOTE_MAX as NOTE_MAX
from soosr_desk.services.contact_notes import NoteData as NoteData
from soosr_desk.services.contact_notes import add_note as add_note
from soosr_desk.services.contact_notes import delete_note as delete_note
from soosr_desk.services.contact_notes import list_notes as list_notes
from soosr_desk.services.errors import (
    NotAllowed,
    NotFound,
    ValidationError,
    ValidationErrors,
)
from soosr_desk.services.records import BatchMemo, check_text, stale_copy
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
            raise stale_copy(
                N_(
                    "Someone changed this contact in another window since you opened it. "
                    "Your text is still in the form: copy what you need, then reload."
                ),
                "contact",
                contact.id,
                contact.updated_at,
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
            records.touch(contact, now)
            contact.save()
            audit.record("update", "contact", contact.id, changed)
        return _to_data(contact)


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
        contact = editable_contact(contact_id)
        contact.restricted = restricted
        contact.restricted_since = today if restricted else None
        contact.restricted_reason = reason.strip() if restricted else ""
        touch(
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
        contact = editable_contact(contact_id)
        contact.objected_marketing = objected
        contact.objected_on = today if objected else None
        touch(
            contact,
            ["objected_marketing", "objected_on"],
            "object_marketing" if objected else "lift_objection",
        )
        return _to_data(contact)
