"""Companies, contracts, contacts and what is kept on them."""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING, Any

from peewee import (
    SQL,
    BooleanField,
    CharField,
    DateField,
    DateTimeField,
    ForeignKeyField,
    IntegerField,
    ModelSelect,
    TextField,
)

from soosr_desk.store.indexes import LIST_SORT_INDEXES
from soosr_desk.store.models.base import BaseModel, _now
from soosr_desk.store.models.register import ProcessingActivity

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
        requests: ModelSelect[Any]  # RightsRequest rows (models/requests.py imports this module)

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
