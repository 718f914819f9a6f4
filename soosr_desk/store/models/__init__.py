"""Every table SOOSR Desk keeps, as Peewee models.

The models are bound to a database at run time (`store.db.open_database` binds them), so
tests and the app each use their own file. Field names are English; the UI shows Dutch.
Choice values are stable English codes; their labels live in the UI and in `rules`.

What may never hold personal data: `AuditEvent` (ids and field names only) and
`ErasureRecord` (tables, fields and counts only).
"""

from __future__ import annotations

from soosr_desk.store.models.base import (
    BaseModel,
    _now,  # noqa: F401  (the default of every time stamp)
    database_proxy,
)
from soosr_desk.store.models.controller import Controller, Setting
from soosr_desk.store.models.imports import ImportBatch, ImportBatchContact, ImportBatchRange
from soosr_desk.store.models.parties import (
    AgreementChecklistItem,
    ProcessorAgreement,
    SubProcessor,
    ThirdParty,
    ThirdPartyActivity,
)
from soosr_desk.store.models.people import (
    Company,
    Consent,
    Contact,
    ContactNote,
    Contract,
    FinancialRecord,
)
from soosr_desk.store.models.records import AuditEvent, Breach, ErasureRecord
from soosr_desk.store.models.register import (
    ActivityDataCategory,
    ActivityRecipientCategory,
    ActivitySubjectCategory,
    DataSubjectCategory,
    PersonalDataCategory,
    ProcessingActivity,
    RecipientCategory,
    RetentionRule,
    StatementVersion,
)
from soosr_desk.store.models.requests import (
    ActivityObjection,
    RecipientNotice,
    RequestChange,
    RequestDocument,
    RequestLetter,
    RightsRequest,
)

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
    ImportBatchRange,
    ErasureRecord,
    Breach,
    AuditEvent,
)

__all__ = [
    "ALL_MODELS",
    "ActivityDataCategory",
    "ActivityObjection",
    "ActivityRecipientCategory",
    "ActivitySubjectCategory",
    "AgreementChecklistItem",
    "AuditEvent",
    "BaseModel",
    "Breach",
    "Company",
    "Consent",
    "Contact",
    "ContactNote",
    "Contract",
    "Controller",
    "DataSubjectCategory",
    "ErasureRecord",
    "FinancialRecord",
    "ImportBatch",
    "ImportBatchContact",
    "ImportBatchRange",
    "PersonalDataCategory",
    "ProcessingActivity",
    "ProcessorAgreement",
    "RecipientCategory",
    "RecipientNotice",
    "RequestChange",
    "RequestDocument",
    "RequestLetter",
    "RetentionRule",
    "RightsRequest",
    "Setting",
    "StatementVersion",
    "SubProcessor",
    "ThirdParty",
    "ThirdPartyActivity",
    "database_proxy",
]
