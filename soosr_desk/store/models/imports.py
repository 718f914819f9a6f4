"""Import batches, kept for undoing a whole import."""

from __future__ import annotations

from typing import TYPE_CHECKING

from peewee import (
    BooleanField,
    CharField,
    DateField,
    DateTimeField,
    ForeignKeyField,
    IntegerField,
    TextField,
)

from soosr_desk.store.models.base import BaseModel, _now
from soosr_desk.store.models.people import Contact

# --- imports ------------------------------------------------------------------------


class ImportBatch(BaseModel):
    """One contact import: its origin for the whole batch (Art. 14(2)(f)) and its counts."""

    imported_at = DateTimeField(default=_now)
    file_kind = CharField(max_length=20)  # csv, xlsx, vcard
    source = CharField(max_length=20)
    relation = CharField(max_length=20)
    received_on = DateField()
    added = IntegerField()
    updated = IntegerField()
    skipped = IntegerField()
    undone_at = DateTimeField(null=True)


class ImportBatchContact(BaseModel):
    """A contact an import updated (schema 9 on; before, also each one it added);
    `before` (JSON) holds the contact's old values so the batch can be undone; `stamp` is
    the contact's updated_at after the import."""

    if TYPE_CHECKING:  # peewee's foreign key ids and back-references
        batch_id: int
        contact_id: int
    batch = ForeignKeyField(ImportBatch, on_delete="CASCADE", backref="contacts")
    contact = ForeignKeyField(Contact, on_delete="CASCADE")
    added = BooleanField()
    before = TextField(default="")
    stamp = DateTimeField()


class ImportBatchRange(BaseModel):
    """The contacts an import added: ids `first_id` to `last_id` (both included), each
    with updated_at `stamp` after the import. One row per run of consecutive ids (a
    batch's new contacts are numbered one after the other: one row, unless another desk
    added a contact in between); a row per contact cost the import a tenth of its time
    (issue 17). An erasure takes the person's id out (erasure_rows)."""

    if TYPE_CHECKING:
        batch_id: int
    batch = ForeignKeyField(ImportBatch, on_delete="CASCADE", backref="ranges")
    first_id = IntegerField()
    last_id = IntegerField()
    stamp = DateTimeField()
