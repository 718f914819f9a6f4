"""The contacts list: searching 100,000 contacts by any word, in any order, and reading
the rows of one page of the list at a time."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass, field

from peewee import JOIN, OP, Expression, fn

from soosr_desk.rules.names import fold
from soosr_desk.store import engine, models, readers, session
from soosr_desk.store.queries import tuples

SORT_KEYS = ("name", "company", "email", "phone", "city", "relation", "status", "updated")


@dataclass(frozen=True)
class ContactRow:
    """One line of the contacts list."""

    id: int
    name: str
    company: str
    email: str
    phone: str
    city: str
    relation: str
    restricted: bool
    objected_marketing: bool
    updated_at: dt.datetime | None = field(default=None)


def _sort_fields(key: str):
    c = models.Contact
    return {
        "name": [c.sort_name],
        "company": [fn.lower(models.Company.name)],
        "email": [fn.lower(c.email)],
        "phone": [c.phone],
        "city": [fn.lower(c.city)],
        "relation": [c.relation],
        "status": [c.restricted, c.objected_marketing],
        "updated": [c.updated_at],
    }[key]


def _where(text: str, include_erased: bool) -> list[Expression]:
    c = models.Contact
    conditions = [] if include_erased else [c.erased == 0]
    if engine.on_server(session.database()):
        # issue 18: both sides are folded already, so the server's case-sensitive LIKE
        # (a third cheaper per row than ILIKE; the trigram index serves both) will do
        return conditions + [_like(c.search_text, word) for word in fold(text).split()]
    return conditions + [c.search_text.contains(word) for word in fold(text).split()]


def _like(field, word: str) -> Expression:
    """`field LIKE '%word%'` with % _ and \\ in `word` literal (backslash is the server's
    escape character for LIKE)."""
    escaped = word.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    return Expression(field, OP.LIKE, f"%{escaped}%")


def search_ids(
    text: str = "",
    sort: str = "name",
    descending: bool = False,
    *,
    include_erased: bool = False,
    limit: int | None = None,
    reader: readers.SideReader | None = None,
) -> list[int]:
    """The ids of the contacts matching `text`, in list order (the first `limit` of them).
    Every word must occur in the name, e-mail, phone, city or company (ignoring case and
    accents; % and _ are literal). Each sort column has an index (issue 20: a header click
    at 100,000 contacts under 100 ms), so the first ids come without reading the rest; by
    company the companies are walked in name order, the contacts without one first
    (ascending) or last (descending). Through `reader`, off the UI thread."""
    run = reader.rows if reader is not None else _shared_rows
    return _search(run, _where(text, include_erased), sort, descending, limit)


def first_ids(
    text: str, sort: str, descending: bool, limit: int, within_s: float
) -> list[int] | None:
    """The first `limit` ids in list order, or None when finding them takes longer than
    `within_s` (matches bunched in one part of another column's order, e.g. a city sorted
    by city: the background read finds them)."""

    def run(sql: str, params) -> list[tuple]:
        rows = readers.rows_within(session.database(), sql, params, within_s)
        if rows is None:
            raise readers.Interrupted
        return rows

    try:
        return _search(run, _where(text, False), sort, descending, limit)
    except readers.Interrupted:
        return None


def order_ids(ids: Sequence[int], sort: str, descending: bool) -> list[int]:
    """A few thousand `ids` in list order by `sort` (what `search_ids` would give)."""
    if not ids:
        return []
    c, co = models.Contact, models.Company
    if sort == "company":  # without a company first (ascending), as in `_by_company`
        keys = [co.id.is_null(False), fn.lower(co.name), co.id, c.id]
    else:
        keys = [*_sort_fields(sort), c.id]
    query = (
        c.select(c.id)
        .join(co, JOIN.LEFT_OUTER, on=(c.company == co.id))
        .where(c.id.in_(list(ids)))
        .order_by(*[k.desc() if descending else k.asc() for k in keys])
    )
    return _ids_of(_shared_rows, *query.sql())


def side_reader() -> readers.SideReader:
    """A reader for one background read of the list (`search_ids(..., reader=)`)."""
    return readers.SideReader(session.database())


def _search(run, conditions: list, sort: str, descending: bool, limit: int | None) -> list[int]:
    c = models.Contact
    if sort == "company":
        return _by_company(run, conditions, descending, limit)
    query = c.select(c.id)
    if conditions:
        query = query.where(*conditions)
    order = [f.desc() if descending else f.asc() for f in _sort_fields(sort)]
    order.append(c.id.desc() if descending else c.id.asc())
    return _ids_of(run, *query.order_by(*order).limit(limit).sql())


def _by_company(run, conditions: list, descending: bool, limit: int | None) -> list[int]:
    c, co = models.Contact, models.Company
    alone = c.select(c.id).where(c.company.is_null(), *conditions)
    alone = alone.order_by(c.id.desc() if descending else c.id.asc())
    keys = (fn.lower(co.name), co.id, c.id)
    employed = (
        c.select(c.id)
        .from_(co)
        .join(c, on=(c.company == co.id))
        .where(*conditions)
        .order_by(*[k.desc() if descending else k.asc() for k in keys])
    )
    first, then = (employed, alone) if descending else (alone, employed)
    ids = _company_part(run, first, limit)
    if limit is None or len(ids) < limit:
        ids += _company_part(run, then, None if limit is None else limit - len(ids))
    return ids


def _company_part(run, query, limit: int | None) -> list[int]:
    # CROSS JOIN: SQLite keeps the companies as the outer loop (in name order, through
    # company_sort_name) instead of sorting 100,000 rows afterwards
    # (SQLite's words: PostgreSQL plans the join itself and has no CROSS JOIN ... ON)
    sql, params = query.limit(limit).sql()
    if not engine.on_server(session.database()):
        sql = sql.replace(" INNER JOIN ", " CROSS JOIN ", 1)
    return _ids_of(run, sql, params)


def _shared_rows(sql: str, params) -> list[tuple]:
    db = session.database()
    with db.lock:  # a raw cursor: 100,000 ids without building a peewee row each
        return db.execute_sql(sql, params).fetchall()


def _ids_of(run, sql: str, params) -> list[int]:
    return [row[0] for row in run(sql, params)]


def rows_for(ids: Sequence[int]) -> dict[int, ContactRow]:
    """The list lines for a page of ids (the table model asks for what it shows)."""
    if not ids:
        return {}
    c = models.Contact
    query = (
        c.select(
            c.id,
            c.first_name,
            c.last_name,
            models.Company.name,
            c.email,
            c.phone,
            c.city,
            c.relation,
            c.restricted,
            c.objected_marketing,
            c.updated_at,
        )
        .join(models.Company, JOIN.LEFT_OUTER, on=(c.company == models.Company.id))
        .where(c.id.in_(list(ids)))
    )
    out = {}
    sql, params = query.sql()
    db = session.database()
    updated = c.updated_at.python_value
    with db.lock:  # a raw cursor: a page of rows without building peewee rows (issue 20)
        rows = db.execute_sql(sql, params).fetchall()
    for cid, first, last, company, email, phone, city, rel, restr, obj, upd in rows:
        name = f"{last}, {first}" if last and first else (last or first)
        out[cid] = ContactRow(
            cid, name, company or "", email, phone, city, rel, bool(restr), bool(obj), updated(upd)
        )
    return out


def company_names(prefix: str = "", limit: int = 50) -> list[str]:
    q = models.Company.select(models.Company.name)
    if prefix:
        q = q.where(models.Company.name.startswith(prefix))
    return [r[0] for r in tuples(q.order_by(fn.lower(models.Company.name)).limit(limit))]


def count_contacts() -> int:
    return models.Contact.select().where(models.Contact.erased == False).count()  # noqa: E712
