"""Erasure records, breaches and the audit trail."""

from __future__ import annotations

from typing import TYPE_CHECKING

from peewee import (
    AutoField,
    CharField,
    DateField,
    DateTimeField,
    ForeignKeyField,
    IntegerField,
    TextField,
)

from soosr_desk.store.models.base import BaseModel, _now
from soosr_desk.store.models.requests import RightsRequest

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
