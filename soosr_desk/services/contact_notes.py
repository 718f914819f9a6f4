"""The notes on a contact: listing, adding, and deleting one typed by mistake. One
transaction per user action, with its audit event inside it."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from soosr_desk.rules.i18n import N_
from soosr_desk.services import audit
from soosr_desk.services.contact_changes import editable_contact, touch
from soosr_desk.services.errors import NotAllowed, ValidationError, ValidationErrors
from soosr_desk.services.records import check_text
from soosr_desk.store import models, session

NOTE_MAX = 10_000


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
        contact = editable_contact(contact_id)
        if contact.restricted:
            raise NotAllowed(N_("This contact is restricted (Art. 18): no new notes."))
        note = models.ContactNote.create(
            contact=contact, text=text, author=author or audit.current_actor(), noted_at=now
        )
        audit.record("add_note", "contact_note", note.id, ["text"])
        touch(contact, ["notes"], "update")
        return NoteData(note.id, note.noted_at, note.author, note.text)


def delete_note(note_id: int) -> None:
    """Removes a note typed by mistake (the UI asks first and offers undo)."""
    with session.transaction():
        note = models.ContactNote.get_or_none(models.ContactNote.id == note_id)
        if note is None:
            return
        contact = editable_contact(note.contact_id)
        if contact.restricted:
            raise NotAllowed(N_("This contact is restricted (Art. 18): notes stay as they are."))
        note.delete_instance()
        audit.record("delete_note", "contact_note", note_id, ["text"])
        touch(contact, ["notes"], "update")
