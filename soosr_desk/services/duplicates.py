"""Duplicate contacts: found before a save, merged on request (issue 16, item 7).

Two records of one person are a risk under the GDPR: an erasure (Art. 17) or an objection
(Art. 21) recorded on one leaves the other. `find_duplicates` names the other contacts
with the same e-mail address, or the same name and postcode; `merge_contacts` moves
everything of one into the other in one transaction and leaves the merged row empty."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from peewee import JOIN, fn

from soosr_desk.rules.i18n import N_
from soosr_desk.rules.names import search_text, sort_key
from soosr_desk.rules.validation import email_key, postcode_key
from soosr_desk.services import audit, records
from soosr_desk.services.contacts import ContactData, get_contact
from soosr_desk.services.errors import NotAllowed, NotFound
from soosr_desk.store import models, session
from soosr_desk.store.queries import tuples

SAME_EMAIL = "email"
SAME_NAME_POSTCODE = "name_postcode"
REASONS = {
    SAME_EMAIL: N_("same e-mail address"),
    SAME_NAME_POSTCODE: N_("same name and postcode"),
}
# fields the kept contact takes over from the merged one when it has them empty
_FILLABLE = (
    "first_name",
    "last_name",
    "job_title",
    "street",
    "postcode",
    "city",
    "phone",
    "email",
    "location",
    "last_activity",
)


@dataclass(frozen=True)
class Duplicate:
    contact_id: int
    name: str  # "First Last"
    company: str
    reason: str  # SAME_EMAIL or SAME_NAME_POSTCODE


def find_duplicates(data: ContactData, limit: int = 5) -> list[Duplicate]:
    """The other contacts (not erased) that look like the same person as `data`."""
    c = models.Contact
    found: dict[int, Duplicate] = {}
    base = (
        c.select(c.id, c.first_name, c.last_name, models.Company.name)
        .join(models.Company, JOIN.LEFT_OUTER, on=(c.company == models.Company.id))
        .where(~c.erased)
    )
    if data.id is not None:
        base = base.where(c.id != data.id)
    queries = []
    if data.email.strip():
        # lower(): e-mail addresses are stored as typed; a scan of ~0.2 s at 100,000
        # contacts, paid only when a new contact or a changed address is saved
        queries.append((SAME_EMAIL, base.where(fn.lower(c.email) == email_key(data.email))))
    name = sort_key(data.first_name, data.last_name)
    if name and data.postcode.strip():
        key = postcode_key(data.postcode)
        same_place = fn.upper(fn.replace(c.postcode, " ", "")) == key
        queries.append((SAME_NAME_POSTCODE, base.where((c.sort_name == name) & same_place)))
    for reason, query in queries:
        for cid, first, last, company in tuples(query.limit(limit)):
            if cid not in found:
                full = " ".join(p for p in (first, last) if p)
                found[cid] = Duplicate(cid, full, company or "", reason)
    return list(found.values())[:limit]


def _live(contact_id: int) -> models.Contact:
    contact = models.Contact.get_or_none(models.Contact.id == contact_id)
    if contact is None or contact.erased:
        raise NotFound(N_("This contact no longer exists."))
    if contact.restricted:
        raise NotAllowed(
            N_("This contact is restricted (Art. 18). Lift the restriction before merging.")
        )
    return contact


def merge_contacts(keep_id: int, merge_id: int, *, today: dt.date | None = None) -> ContactData:
    """Moves the notes, consents, requests and financial records of contact `merge_id` to
    `keep_id`, fills the kept contact's empty fields, keeps an objection or legal hold of
    either, and leaves the merged row empty and marked erased (its number is never reused,
    as with an erasure). Audited on both rows: "merge" and "merged_into"."""
    now = dt.datetime.now().replace(microsecond=0)
    today = today or now.date()
    if keep_id == merge_id:
        raise NotAllowed(N_("A contact cannot be merged with itself."))
    with session.transaction():
        keep, other = _live(keep_id), _live(merge_id)
        moved = [
            what
            for model, what in ((models.ContactNote, "notes"), (models.Consent, "consents"))
            if model.update(contact=keep).where(model.contact == other).execute()
        ]
        # a request has a stamp: moved, it is changed, so a form that read it before (and
        # names the merged contact) is a stale copy and its save is refused
        requests_moved = list(
            models.RightsRequest.select().where(models.RightsRequest.contact == other)
        )
        for request in requests_moved:
            request.contact = keep
            records.touch(request, now)
            request.save(only=[models.RightsRequest.contact, models.RightsRequest.updated_at])
            audit.record("update", "request", request.id, ["contact"])
        if requests_moved:
            moved.append("requests")
        fin = models.FinancialRecord
        if fin.update(contact=keep).where(fin.contact == other).execute():
            moved.append("financial_records")
        filled = [f for f in _FILLABLE if not getattr(keep, f) and getattr(other, f)]
        for name in filled:
            setattr(keep, name, getattr(other, name))
        if not keep.company_id and other.company_id:
            keep.company_id = other.company_id
            filled.append("company")
        if other.objected_marketing and not keep.objected_marketing:
            keep.objected_marketing, keep.objected_on = True, other.objected_on or today
            filled.append("objected_marketing")
        if other.legal_hold and not keep.legal_hold:
            keep.legal_hold, keep.legal_hold_since = True, other.legal_hold_since or today
            keep.legal_hold_reason = other.legal_hold_reason
            filled.append("legal_hold")
        keep.received_on = min(keep.received_on, other.received_on)
        if filled:
            _rederive(keep)
        records.touch(keep, now)
        keep.save()
        _empty(other, today, now)
        audit.record("merge", "contact", keep.id, moved + filled)
        audit.record("merged_into", "contact", other.id, ["erased"])
    return get_contact(keep.id)


def _rederive(contact: models.Contact) -> None:
    company = contact.company.name if contact.company is not None else ""
    contact.sort_name = sort_key(contact.first_name, contact.last_name)
    contact.search_text = search_text(
        contact.first_name, contact.last_name, contact.email, contact.phone, contact.city, company
    )


def _empty(contact: models.Contact, today: dt.date, now: dt.datetime) -> None:
    """Every field back to its default: the person lives on in the kept contact."""
    skip = {"id", "created_at", "updated_at", "received_on", "erased", "erased_on"}
    values = {f.name: f.default for f in models.Contact._meta.sorted_fields if f.name not in skip}
    models.Contact.update(
        **values,
        received_on=today,
        erased=True,
        erased_on=today,
        updated_at=records.touch(contact, now),
    ).where(models.Contact.id == contact.id).execute()
