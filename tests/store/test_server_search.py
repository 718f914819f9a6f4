"""The contacts filter on a server (issue 18): the query the list runs can be answered
from the trigram index (words of three letters and more) and, for shorter words, by an
index-only walk of the list by name; the owner's step set the planner's page cost."""

from __future__ import annotations

import datetime as dt

import pytest

from soosr_desk.services import contact_list, contacts
from soosr_desk.services.demo import generate_demo
from soosr_desk.store import models as m
from soosr_desk.store.opening import close_database, open_database


def _plan(db, text: str, *, bitmap: bool = True) -> str:
    c = m.Contact
    query = c.select(c.id).where(*contact_list._where(text, False))
    query = query.order_by(c.sort_name, c.id)
    sql, params = query.sql()
    with db.atomic():  # SET LOCAL: this transaction only
        db.execute_sql("SET LOCAL enable_seqscan = off")
        db.execute_sql("SET LOCAL random_page_cost = 1.1")  # as the owner's step sets it
        if not bitmap:
            db.execute_sql("SET LOCAL enable_bitmapscan = off")
        rows = db.execute_sql("EXPLAIN " + sql, params).fetchall()
    return "\n".join(r[0] for r in rows)


@pytest.mark.parametrize("engine", ["postgresql"])
def test_the_filter_is_served_by_the_servers_indexes(db):
    generate_demo(db, contacts=3000, seed=2, today=dt.date(2026, 5, 1))
    db.execute_sql("VACUUM (ANALYZE) contact")
    assert "contact_search_trgm" in _plan(db, "jansen")
    short = _plan(db, "j", bitmap=False)
    assert "Index Only Scan using contact_list_name_pg" in short and "Sort" not in short


def test_the_owner_set_the_page_cost_for_this_database(pg_server):
    url = pg_server.create()  # a copy of a database does not copy its settings: a new one
    database = open_database(url)
    try:
        cost = database.execute_sql(
            "SELECT setconfig FROM pg_db_role_setting s JOIN pg_database d ON d.oid = s.setdatabase "
            "WHERE d.datname = current_database() AND s.setrole = 0"
        ).fetchone()
        assert cost is not None and "random_page_cost=1.1" in cost[0]
    finally:
        close_database(database)
        m.database_proxy.initialize(None)
        pg_server.drop(url)


@pytest.mark.parametrize("engine", ["sqlite", "postgresql"])
def test_the_filter_ignores_case_and_accents_and_takes_wildcards_literally(db):
    saved = contacts.save_contact(
        contacts.ContactData(first_name="Çelik", last_name="O'Brien_100%", city="LEIDEN")
    )
    for text in ("celik", "ÇELIK leiden", "o'brien", "brien_100%", "100%"):
        assert contact_list.search_ids(text) == [saved.id], text
    for text in ("brien%100", "brienx100", "o_brien", "\\"):
        assert saved.id not in contact_list.search_ids(text), text
