"""Writing an import's new rows: companies by name and contacts, a chunk of rows at a
time with one prepared statement, numbered by the program (issue 17's speed)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence

from peewee import fn

from soosr_desk.services.importing.rows import COMPANY_AT, CONTACT_FIELDS, ContactInsert
from soosr_desk.store import engine, models, session
from soosr_desk.store.queries import tuples


def _bulk_insert(
    model, fields: list, build: Callable[[int], Sequence[Sequence]], shape: list | None = None
) -> int:
    """Inserts the rows `build(first)` makes (values in the order of `fields`, which starts
    with the id, every column given; `shape`: the statement's row, None where a value is
    bound, else the value's SQL) with one prepared statement, numbered by the program
    from the table's highest id + 1 (the caller's transaction keeps other writers out);
    returns `first`. The ids are given, not left to the engine: a PostgreSQL sequence does
    not restart at the highest id after rows were deleted (an undone import), SQLite does."""
    with session.lock():
        first = (model.select(fn.MAX(model.id)).scalar() or 0) + 1
        engine.insert_rows(session.database(), model, fields, build(first), shape)
    return first


_COMPANY_FIELDS = [
    models.Company.id,
    models.Company.name,
    models.Company.street,
    models.Company.postcode,
    models.Company.city,
    models.Company.country,
    models.Company.kvk_number,
    models.Company.created_at,
    models.Company.updated_at,
]


class Companies:
    """Company ids by lower-case name; new companies made as a chunk of rows needs them."""

    def __init__(self, stamp: dt.datetime) -> None:
        self.ids = {
            name.lower(): cid
            for cid, name in tuples(models.Company.select(models.Company.id, models.Company.name))
        }
        self.created = 0
        self.stamp = str(stamp)

    def make(self, names: list[str]) -> None:
        new: dict[str, str] = {}
        for name in names:
            if name and name.lower() not in self.ids:
                new.setdefault(name.lower(), name)
        if not new:
            return
        stamp = self.stamp
        first = _bulk_insert(
            models.Company,
            _COMPANY_FIELDS,
            lambda first: [
                (first + i, name, "", "", "", "NL", "", stamp, stamp)
                for i, name in enumerate(new.values())
            ],
        )
        for i, key in enumerate(new):
            self.ids[key] = first + i
        self.created += len(new)

    def id_for(self, name: str) -> int | None:
        if not name:
            return None
        self.make([name])
        return self.ids[name.lower()]


def insert_contacts(
    pending: list[list], odd: list[list], companies: Companies, insert: ContactInsert
) -> int:
    """Inserts the rows to bind of `insert` (`FastRows.row`, `ContactInsert.fit`), then
    the whole rows (`contact_row`) that differ from the batch, their companies by name
    first; returns the first new id (the ids of both follow one another)."""
    at = insert.at["company"]
    companies.make([row[at] for row in pending] + [row[COMPANY_AT] for row in odd])
    ids = companies.ids
    for rows, place in ((pending, at), (odd, COMPANY_AT)):
        for row in rows:
            name = row[place]
            row[place] = ids[name.lower()] if name else None

    def numbered(rows: list[list], first: int) -> list[list]:
        for i, row in enumerate(rows):
            row[0] = first + i
        return rows

    first = _bulk_insert(
        models.Contact, insert.fields, lambda at: numbered(pending, at), insert.shape
    )
    if odd:
        _bulk_insert(models.Contact, CONTACT_FIELDS, lambda at: numbered(odd, at))
    return first
