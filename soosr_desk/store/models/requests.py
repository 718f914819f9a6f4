"""Rights requests (Art. 12-22), their letters, notices and documents."""

from __future__ import annotations

from typing import TYPE_CHECKING

from peewee import (
    BlobField,
    BooleanField,
    CharField,
    DateField,
    DateTimeField,
    ForeignKeyField,
    IntegerField,
    ModelSelect,
    TextField,
)

from soosr_desk.store.models.base import BaseModel, _now
from soosr_desk.store.models.parties import ThirdParty
from soosr_desk.store.models.people import Contact
from soosr_desk.store.models.register import ProcessingActivity

# --- rights requests (Art. 12-22) ---------------------------------------------------


class RightsRequest(BaseModel):
    if TYPE_CHECKING:  # peewee's foreign key ids and back-references
        contact_id: int | None
        objection_activity_id: int | None
        changes: ModelSelect[RequestChange]
        letters: ModelSelect[RequestLetter]
        notices: ModelSelect[RecipientNotice]
    reference = CharField(max_length=20, unique=True)  # AVG-2026-0007
    year = IntegerField()
    sequence = IntegerField()
    kind = CharField(max_length=20)  # access, rectification, erasure, ...
    received_on = DateField()
    channel = CharField(max_length=20, default="email")
    description = TextField(default="")
    requester_name = CharField(max_length=200, default="")
    requester_email = CharField(max_length=254, default="")
    requester_phone = CharField(max_length=40, default="")
    requester_street = CharField(max_length=200, default="")
    requester_postcode = CharField(max_length=20, default="")
    requester_city = CharField(max_length=100, default="")
    requester_country = CharField(max_length=2, default="NL")
    language = CharField(max_length=2, default="nl")
    contact = ForeignKeyField(Contact, null=True, on_delete="SET NULL", backref="requests")
    no_contact_held = BooleanField(default=False)
    identity_proof_needed = BooleanField(default=False)
    identity_verified_by = CharField(max_length=200, default="")
    identity_verified_on = DateField(null=True)
    identity_method = CharField(max_length=200, default="")
    deadline = DateField()
    extended = BooleanField(default=False)
    extension_reason = TextField(default="")
    extended_on = DateField(null=True)
    status = CharField(max_length=20, default="new")
    outcome = CharField(max_length=20, default="")
    outcome_note = TextField(default="")
    refusal_reason = TextField(default="")
    responded_on = DateField(null=True)
    closed_on = DateField(null=True)
    created_at = DateTimeField(default=_now)
    updated_at = DateTimeField(default=_now)
    outcome_reason = TextField(default="")  # why a negative or partial outcome (Art. 12(4))
    erasure_ground = CharField(max_length=20, default="")  # Art. 17(3): legal_obligation, ...
    id_doubt_reason = TextField(default="")  # Art. 12(6): why identity is in doubt
    objection_activity = ForeignKeyField(ProcessingActivity, null=True, on_delete="SET NULL")

    class Meta:
        indexes = ((("year", "sequence"), True),)


class RequestChange(BaseModel):
    """A rectification made through a request: before and after live here, not in the audit."""

    if TYPE_CHECKING:  # peewee's foreign key ids and back-references
        request_id: int

    request = ForeignKeyField(RightsRequest, on_delete="CASCADE", backref="changes")
    field = CharField(max_length=60)
    before = TextField(default="")
    after = TextField(default="")
    changed_at = DateTimeField(default=_now)


class RequestLetter(BaseModel):
    """A letter produced for a request, kept as the version that was sent."""

    if TYPE_CHECKING:  # peewee's foreign key ids and back-references
        request_id: int

    request = ForeignKeyField(RightsRequest, on_delete="CASCADE", backref="letters")
    kind = CharField(max_length=30)  # answer, extension, id_request, refusal, ...
    language = CharField(max_length=2, default="nl")
    created_at = DateTimeField(default=_now)
    sent_on = DateField(null=True)  # None: a draft, not sent
    pdf = BlobField()
    attachment = BlobField(null=True)  # e.g. the portability ZIP
    sent_by = CharField(max_length=10, default="")  # post, email; "" while a draft


class RecipientNotice(BaseModel):
    """Art. 19: a recipient told of a rectification, erasure or restriction, or why not."""

    if TYPE_CHECKING:  # peewee's foreign key ids and back-references
        request_id: int
        third_party_id: int | None

    request = ForeignKeyField(RightsRequest, on_delete="CASCADE", backref="notices")
    third_party = ForeignKeyField(ThirdParty, null=True, on_delete="SET NULL")
    recipient_name = CharField(max_length=200, default="")
    told_on = DateField(null=True)
    impossible_reason = TextField(default="")


class ActivityObjection(BaseModel):
    """Art. 21(1): a person's objection to one processing activity, as decided: upheld (the
    processing stops for them) or denied with the compelling grounds written down."""

    if TYPE_CHECKING:  # peewee's foreign key ids
        contact_id: int
        activity_id: int
        request_id: int | None
    contact = ForeignKeyField(Contact, on_delete="CASCADE", backref="activity_objections")
    activity = ForeignKeyField(ProcessingActivity, on_delete="CASCADE")
    request = ForeignKeyField(RightsRequest, null=True, on_delete="SET NULL")
    decided_on = DateField()
    upheld = BooleanField()
    grounds = TextField(default="")


class RequestDocument(BaseModel):
    """A file kept with a request (the e-mail it came in by): a copy in the documents
    folder with its SHA-256; erased with the person."""

    if TYPE_CHECKING:  # peewee's foreign key ids and back-references
        request_id: int
    request = ForeignKeyField(RightsRequest, on_delete="CASCADE", backref="documents")
    file = CharField(max_length=100)  # app-made name in the documents folder
    name = CharField(max_length=260)  # the name it came with
    sha256 = CharField(max_length=64)
    size = IntegerField()
    created_at = DateTimeField(default=_now)
