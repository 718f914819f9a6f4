"""The company itself: the controller's details and the settings."""

from __future__ import annotations

from peewee import (
    CharField,
    DateTimeField,
    TextField,
)

from soosr_desk.store.models.base import BaseModel, _now

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
