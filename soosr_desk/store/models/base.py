"""The base of every model: the database the models are bound to at run time."""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

from peewee import (
    AutoField,
    DatabaseProxy,
    Model,
)

database_proxy = DatabaseProxy()


def _now() -> dt.datetime:
    return dt.datetime.now().replace(microsecond=0)


class BaseModel(Model):
    if TYPE_CHECKING:  # what peewee adds at run time, for the type checker
        id: AutoField[int]  # the implicit key of every model that names no key of its own

    class Meta:
        database = database_proxy
        legacy_table_names = False
