"""The register of processing activities (Art. 30) and the published statements."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

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

# --- the register (Art. 30) ---------------------------------------------------------


class RetentionRule(BaseModel):
    """A retention rule as the privacy statement words it; `code` links it to rules.retention."""

    code = CharField(max_length=40, unique=True)
    name = CharField(max_length=200)
    name_en = CharField(max_length=200, default="")
    description = TextField(default="")
    description_en = TextField(default="")
    years = IntegerField(null=True)
    sort_order = IntegerField(default=0)


class DataSubjectCategory(BaseModel):
    name = CharField(max_length=200, unique=True)
    name_en = CharField(max_length=200, default="")
    sort_order = IntegerField(default=0)
    # who belongs to it: a contact relation code, "website_form" or "debtor" ("" = unknown)
    code = CharField(max_length=40, default="")


class PersonalDataCategory(BaseModel):
    name = CharField(max_length=200, unique=True)
    name_en = CharField(max_length=200, default="")
    sort_order = IntegerField(default=0)


class RecipientCategory(BaseModel):
    """One of the categories of third parties the privacy statement names."""

    code = CharField(max_length=40, unique=True)
    name = CharField(max_length=200)
    name_en = CharField(max_length=200, default="")
    description = TextField(default="")
    description_en = TextField(default="")
    default_role = CharField(max_length=40, default="processor")
    sort_order = IntegerField(default=0)


class ProcessingActivity(BaseModel):
    """A processing activity of the Art. 30(1) register."""

    if TYPE_CHECKING:  # peewee's foreign key ids and back-references
        retention_rule_id: int | None
        subject_links: ModelSelect[ActivitySubjectCategory]
        data_links: ModelSelect[ActivityDataCategory]
        recipient_links: ModelSelect[ActivityRecipientCategory]
        third_party_links: ModelSelect[
            Any
        ]  # ThirdPartyActivity rows (models/parties.py imports this module)

    name = CharField(max_length=200)
    name_en = CharField(max_length=200, default="")
    purpose = TextField(default="")
    purpose_en = TextField(default="")
    legal_basis = CharField(max_length=40)  # rules.vocab.LegalBasis codes
    legitimate_interest = TextField(default="")
    legitimate_interest_en = TextField(default="")
    third_country_transfer = BooleanField(default=False)
    transfer_safeguard = TextField(default="")
    retention_rule = ForeignKeyField(RetentionRule, null=True, on_delete="SET NULL")
    retention_note = TextField(default="")
    security_measures = TextField(default="")
    source = TextField(default="")
    automated_decisions = BooleanField(default=False)
    automated_decisions_note = TextField(default="")
    owner = CharField(max_length=200, default="")
    last_reviewed = DateField(null=True)
    sort_order = IntegerField(default=0)
    created_at = DateTimeField(default=_now)
    updated_at = DateTimeField(default=_now)
    source_en = TextField(default="")
    retention_note_en = TextField(default="")
    # consent (Art. 6(1)(a)) for the people the basis above does not cover, e.g. the
    # newsletter for non-customers; the statement then explains consent and its withdrawal
    consent_too = BooleanField(default=False)
    joint_controllers = TextField(default="")  # Art. 26, 30(1)(a): "" = none


class ActivitySubjectCategory(BaseModel):
    if TYPE_CHECKING:  # peewee's foreign key ids and back-references
        activity_id: int
        category_id: int
    activity = ForeignKeyField(ProcessingActivity, on_delete="CASCADE", backref="subject_links")
    category = ForeignKeyField(DataSubjectCategory, on_delete="CASCADE")

    class Meta:
        indexes = ((("activity", "category"), True),)


class ActivityDataCategory(BaseModel):
    if TYPE_CHECKING:  # peewee's foreign key ids and back-references
        activity_id: int
        category_id: int
    activity = ForeignKeyField(ProcessingActivity, on_delete="CASCADE", backref="data_links")
    category = ForeignKeyField(PersonalDataCategory, on_delete="CASCADE")

    class Meta:
        indexes = ((("activity", "category"), True),)


class ActivityRecipientCategory(BaseModel):
    if TYPE_CHECKING:  # peewee's foreign key ids and back-references
        activity_id: int
        category_id: int
    activity = ForeignKeyField(ProcessingActivity, on_delete="CASCADE", backref="recipient_links")
    category = ForeignKeyField(RecipientCategory, on_delete="CASCADE")

    class Meta:
        indexes = ((("activity", "category"), True),)


class StatementVersion(BaseModel):
    """A produced privacy statement, kept as published (Dutch and English)."""

    version = IntegerField()
    language = CharField(max_length=2)
    published_on = DateField()
    register_fingerprint = CharField(max_length=64)
    html = TextField()
    pdf = BlobField(null=True)
    created_at = DateTimeField(default=_now)

    class Meta:
        indexes = ((("version", "language"), True),)
