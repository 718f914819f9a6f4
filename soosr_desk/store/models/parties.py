"""Third parties, processor agreements (Art. 28) and sub-processors."""

from __future__ import annotations

from typing import TYPE_CHECKING

from peewee import (
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
from soosr_desk.store.models.register import (
    ProcessingActivity,
    RecipientCategory,
)

# --- third parties and processor agreements (Art. 28) ------------------------------


class ThirdParty(BaseModel):
    if TYPE_CHECKING:  # peewee's foreign key ids and back-references
        category_id: int | None
        activity_links: ModelSelect[ThirdPartyActivity]
        agreements: ModelSelect[ProcessorAgreement]
    name = CharField(max_length=200)
    category = ForeignKeyField(RecipientCategory, null=True, on_delete="SET NULL")
    role = CharField(max_length=40, default="processor")  # rules.agreements.RecipientRole
    country = CharField(max_length=2, default="NL")
    safeguard = TextField(default="")
    contact_person = CharField(max_length=200, default="")
    contact_email = CharField(max_length=254, default="")
    contact_phone = CharField(max_length=40, default="")
    receives = TextField(default="")
    notes = TextField(default="")
    active = BooleanField(default=True)
    created_at = DateTimeField(default=_now)
    updated_at = DateTimeField(default=_now)


class ThirdPartyActivity(BaseModel):
    if TYPE_CHECKING:  # peewee's foreign key ids and back-references
        third_party_id: int
        activity_id: int
    third_party = ForeignKeyField(ThirdParty, on_delete="CASCADE", backref="activity_links")
    activity = ForeignKeyField(ProcessingActivity, on_delete="CASCADE", backref="third_party_links")

    class Meta:
        indexes = ((("third_party", "activity"), True),)


class ProcessorAgreement(BaseModel):
    """A verwerkersovereenkomst with a processor; the document is a copy the app keeps."""

    if TYPE_CHECKING:  # peewee's foreign key ids and back-references
        third_party_id: int
        checklist: ModelSelect[AgreementChecklistItem]

    third_party = ForeignKeyField(ThirdParty, on_delete="CASCADE", backref="agreements")
    title = CharField(max_length=200, default="")
    status = CharField(max_length=20, default="draft")  # rules.agreements.AgreementStatus
    signed_on = DateField(null=True)
    review_on = DateField(null=True)
    expires_on = DateField(null=True)
    sub_processors = TextField(default="")
    notes = TextField(default="")
    document_file = CharField(max_length=100, default="")  # app-made name in the data folder
    document_name = CharField(max_length=260, default="")  # the name the user picked
    document_sha256 = CharField(max_length=64, default="")
    document_size = IntegerField(default=0)
    created_at = DateTimeField(default=_now)
    updated_at = DateTimeField(default=_now)


class SubProcessor(BaseModel):
    """A sub-processor a processor engages under an agreement (Art. 28(2), (4)): where it
    processes and under which safeguard, checked like a recipient (Art. 44-46)."""

    agreement = ForeignKeyField(ProcessorAgreement, on_delete="CASCADE", backref="subs")
    name = CharField(max_length=200)
    service = TextField(default="")
    country = CharField(max_length=2, default="NL")
    safeguard = TextField(default="")
    authorised_on = DateField(null=True)  # prior written authorisation (Art. 28(2))
    created_at = DateTimeField(default=_now)


class AgreementChecklistItem(BaseModel):
    if TYPE_CHECKING:  # peewee's foreign key ids and back-references
        agreement_id: int
    agreement = ForeignKeyField(ProcessorAgreement, on_delete="CASCADE", backref="checklist")
    point = CharField(max_length=60)  # rules.agreements.CHECKLIST codes
    ticked = BooleanField(default=False)
    note = TextField(default="")

    class Meta:
        indexes = ((("agreement", "point"), True),)
