"""Every table SOOSR Desk keeps, as Peewee models.

The models are bound to a database at run time (`store.db.open_database` binds them), so
tests and the app each use their own file. Field names are English; the UI shows Dutch.
Choice values are stable English codes; their labels live in the UI and in `rules`.

What may never hold personal data: `AuditEvent` (ids and field names only) and
`ErasureRecord` (tables, fields and counts only).
"""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

from peewee import (
    SQL,
    AutoField,
    BlobField,
    BooleanField,
    CharField,
    DatabaseProxy,
    DateField,
    DateTimeField,
    ForeignKeyField,
    IntegerField,
    Model,
    ModelSelect,
    TextField,
)

from soosr_desk.store.indexes import LIST_SORT_INDEXES

database_proxy = DatabaseProxy()


def _now() -> dt.datetime:
    return dt.datetime.now().replace(microsecond=0)


class BaseModel(Model):
    if TYPE_CHECKING:  # what peewee adds at run time, for the type checker
        id: AutoField[int]  # the implicit key of every model that names no key of its own

    class Meta:
        database = database_proxy
        legacy_table_names = False


# --- the company itself -------------------------------------------------------------


class Controller(BaseModel):
    """The controller (verwerkingsverantwoordelijke): one row, printed on every letter."""

    name = CharField(max_length=200)
    street = CharField(max_length=200, default="")
    address_extra = CharField(max_length=200, default="")
    postcode = CharField(max_length=20, default="")
    city = CharField(max_length=100, default="")
    country = CharField(max_length=2, default="NL")
    phone = CharField(max_length=40, default="")
    email = CharField(max_length=254, default="")
    website = CharField(max_length=200, default="")
    kvk_number = CharField(max_length=20, default="")
    authority_name = CharField(max_length=200, default="Autoriteit Persoonsgegevens")
    authority_url = CharField(max_length=300, default="")
    updated_at = DateTimeField(default=_now)
    dpo = TextField(default="")  # Art. 30(1)(a), 37: the data protection officer, "" = none


class Setting(BaseModel):
    """Small key/value settings that belong to the database (not to the PC)."""

    key = CharField(max_length=100, primary_key=True)
    value = TextField(default="")


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
        third_party_links: ModelSelect[ThirdPartyActivity]

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


# --- companies, contracts and contacts ----------------------------------------------


class Company(BaseModel):
    if TYPE_CHECKING:  # peewee's foreign key ids and back-references
        contracts: ModelSelect[Contract]
        contacts: ModelSelect[Contact]
        financial: ModelSelect[FinancialRecord]
    name = CharField(max_length=200, index=True)
    street = CharField(max_length=200, default="")
    postcode = CharField(max_length=20, default="")
    city = CharField(max_length=100, default="")
    country = CharField(max_length=2, default="NL")
    kvk_number = CharField(max_length=20, default="")
    created_at = DateTimeField(default=_now)
    updated_at = DateTimeField(default=_now)


class Contract(BaseModel):
    """A contract with a company; retention counts from its end and settlement."""

    if TYPE_CHECKING:  # peewee's foreign key ids and back-references
        company_id: int

    company = ForeignKeyField(Company, on_delete="CASCADE", backref="contracts")
    description = CharField(max_length=200, default="")
    start_date = DateField(null=True)
    end_date = DateField(null=True)
    settled_on = DateField(null=True)  # all mutual obligations settled
    created_at = DateTimeField(default=_now)


class Contact(BaseModel):
    """A data subject: a person whose data SOOSR keeps."""

    if TYPE_CHECKING:  # peewee's foreign key ids and back-references
        company_id: int | None
        notes: ModelSelect[ContactNote]
        consents: ModelSelect[Consent]
        financial: ModelSelect[FinancialRecord]
        requests: ModelSelect[RightsRequest]

    first_name = CharField(max_length=200, default="")
    last_name = CharField(max_length=200, default="", index=True)
    gender = CharField(max_length=20, default="")  # female, male, other, unknown
    job_title = CharField(max_length=200, default="")
    company = ForeignKeyField(
        Company, null=True, on_delete="SET NULL", backref="contacts", index=False
    )  # led by contact_company_id_erased
    street = CharField(max_length=200, default="")  # bedrijfsadres
    postcode = CharField(max_length=20, default="")
    city = CharField(max_length=100, default="")
    country = CharField(max_length=2, default="NL")
    phone = CharField(max_length=40, default="")
    email = CharField(max_length=254, default="", index=True)
    signing_authority = CharField(max_length=20, default="")  # none, limited, full
    location = CharField(max_length=200, default="")  # standplaats
    source = CharField(max_length=20, default="manual")
    relation = CharField(max_length=20, default="lead")
    language = CharField(max_length=2, default="nl")
    received_on = DateField(default=dt.date.today)  # when the data came in (retention)
    last_activity = DateField(null=True)
    restricted = BooleanField(default=False)  # Art. 18
    restricted_since = DateField(null=True)
    restricted_reason = TextField(default="")
    objected_marketing = BooleanField(default=False)  # Art. 21(2): always honoured
    objected_on = DateField(null=True)
    legal_hold = BooleanField(default=False)
    legal_hold_reason = TextField(default="")
    legal_hold_since = DateField(null=True)
    erased = BooleanField(default=False)
    erased_on = DateField(null=True)
    sort_name = CharField(max_length=200, default="")  # rules.names.sort_key
    search_text = TextField(default="")  # rules.names.search_text: folded, for the filter
    created_at = DateTimeField(default=_now)
    updated_at = DateTimeField(default=_now)

    class Meta:
        # covering index: the list filters and sorts by name without touching the table
        # (measured at 100,000 contacts: 17 ms instead of 145 ms for a typed word)
        indexes = ((("erased", "sort_name", "search_text"), False),)


# migrations step 2: the list sorted by any column through an index (issue 20)
for _sql in LIST_SORT_INDEXES:
    (Company if '"company" (' in _sql else Contact).add_index(SQL(_sql))


class ContactNote(BaseModel):
    if TYPE_CHECKING:  # peewee's foreign key ids and back-references
        contact_id: int
    contact = ForeignKeyField(Contact, on_delete="CASCADE", backref="notes")
    noted_at = DateTimeField(default=_now)
    author = CharField(max_length=200, default="")
    text = TextField()


class Consent(BaseModel):
    """Consent per contact and purpose. Withdrawal sets withdrawn_on; rows are never deleted
    (except by erasure of the person)."""

    if TYPE_CHECKING:  # peewee's foreign key ids and back-references
        contact_id: int
        activity_id: int | None

    contact = ForeignKeyField(Contact, on_delete="CASCADE", backref="consents")
    purpose = CharField(max_length=200)
    activity = ForeignKeyField(ProcessingActivity, null=True, on_delete="SET NULL")
    given_on = DateField()
    evidence = TextField(default="")
    withdrawn_on = DateField(null=True)
    withdrawal_evidence = TextField(default="")
    created_at = DateTimeField(default=_now)


class FinancialRecord(BaseModel):
    """An invoice or payment: kept seven years under the fiscal retention duty (art. 52 AWR)."""

    if TYPE_CHECKING:  # peewee's foreign key ids and back-references
        company_id: int | None
        contact_id: int | None

    company = ForeignKeyField(Company, null=True, on_delete="SET NULL", backref="financial")
    contact = ForeignKeyField(Contact, null=True, on_delete="SET NULL", backref="financial")
    number = CharField(max_length=50)
    record_date = DateField()
    amount_cents = IntegerField(default=0)
    description = CharField(max_length=200, default="")
    billed_to = CharField(max_length=200, default="")


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
    """A contact an import added or updated; `before` (JSON) holds an updated contact's old
    values so the batch can be undone; `stamp` is the contact's updated_at after the import."""

    if TYPE_CHECKING:  # peewee's foreign key ids and back-references
        batch_id: int
        contact_id: int
    batch = ForeignKeyField(ImportBatch, on_delete="CASCADE", backref="contacts")
    contact = ForeignKeyField(Contact, on_delete="CASCADE")
    added = BooleanField()
    before = TextField(default="")
    stamp = DateTimeField()


# --- retention, erasure, breaches, audit --------------------------------------------


class ErasureRecord(BaseModel):
    """What an erasure removed and kept: tables, fields and counts, never values."""

    if TYPE_CHECKING:  # peewee's foreign key ids and back-references
        request_id: int | None

    contact_id = IntegerField()  # the erased contact's former id, not a foreign key
    erased_at = DateTimeField(default=_now)
    reason = CharField(max_length=20)  # retention, request, manual
    request = ForeignKeyField(RightsRequest, null=True, on_delete="SET NULL")
    removed = TextField(default="{}")  # JSON {table: {"rows": n, "fields": [...]}}
    kept = TextField(default="{}")  # JSON {table: {"rows": n, "why": code}}
    backups_roll_over_on = DateField(null=True)


class Breach(BaseModel):
    """A personal data breach, documented as Art. 33(5) requires."""

    reference = CharField(max_length=20, unique=True)
    found_at = DateTimeField()
    occurred_at = DateTimeField(null=True)
    description = TextField(default="")
    data_categories = TextField(default="")
    subject_categories = TextField(default="")
    people_count = IntegerField(null=True)
    records_count = IntegerField(null=True)
    consequences = TextField(default="")
    measures = TextField(default="")
    report_decision = CharField(max_length=20, default="")  # "", report, no_report
    reported_to_authority_at = DateTimeField(null=True)
    not_reported_reason = TextField(default="")
    people_informed_on = DateField(null=True)
    people_not_informed_reason = TextField(default="")
    closed_on = DateField(null=True)
    created_at = DateTimeField(default=_now)
    updated_at = DateTimeField(default=_now)
    late_reason = TextField(default="")  # Art. 33(1): why a report came after 72 hours


class AuditEvent(BaseModel):
    """Who did what, when, to which record: ids and field names, never values.

    Each event hashes the previous event's hash and its own fields, so a removed or
    changed event breaks the chain (checked by `soosr-desk check`).
    """

    id = AutoField()
    at = DateTimeField(default=_now)
    actor = CharField(max_length=100, default="")
    action = CharField(max_length=40)
    entity = CharField(max_length=40)
    entity_id = IntegerField(null=True)
    fields = TextField(default="")
    prev_hash = CharField(max_length=64, default="")
    hash = CharField(max_length=64, default="")


ALL_MODELS: tuple[type[BaseModel], ...] = (
    Controller,
    Setting,
    RetentionRule,
    DataSubjectCategory,
    PersonalDataCategory,
    RecipientCategory,
    ProcessingActivity,
    ActivitySubjectCategory,
    ActivityDataCategory,
    ActivityRecipientCategory,
    StatementVersion,
    ThirdParty,
    ThirdPartyActivity,
    ProcessorAgreement,
    SubProcessor,
    AgreementChecklistItem,
    Company,
    Contract,
    Contact,
    ContactNote,
    Consent,
    FinancialRecord,
    RightsRequest,
    RequestChange,
    RequestLetter,
    RecipientNotice,
    ActivityObjection,
    RequestDocument,
    ImportBatch,
    ImportBatchContact,
    ErasureRecord,
    Breach,
    AuditEvent,
)
