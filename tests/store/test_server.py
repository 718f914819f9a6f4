"""The office database on a PostgreSQL server (issue 18): the same schema as the file,
the version table, what is refused, and the one write lock of the office."""

from __future__ import annotations

import sqlite3
import threading
import time

import psycopg
import pytest

from soosr_desk.services import audit, contacts
from soosr_desk.store import db as store_db
from soosr_desk.store import migrations, models, server, server_documents
from soosr_desk.store.opening import close_database, open_database

# SQLite's declared types and PostgreSQL's for the same peewee field
_SAME_TYPE = {
    ("INTEGER", "integer"),
    ("INTEGER", "boolean"),
    ("TEXT", "text"),
    ("DATE", "date"),
    ("DATETIME", "timestamp without time zone"),
    ("BLOB", "bytea"),
}


def _sqlite_columns(path) -> dict[str, dict[str, tuple[str, bool]]]:
    conn = sqlite3.connect(str(path))
    try:
        tables = [r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")]
        return {
            t: {
                r[1]: (r[2], bool(r[3]) or bool(r[5]))
                for r in conn.execute(f'PRAGMA table_info("{t}")')
            }
            for t in tables
        }
    finally:
        conn.close()


def _pg_columns(url) -> dict[str, dict[str, tuple[str, bool]]]:
    with psycopg.connect(url) as conn:
        rows = conn.execute(
            "SELECT table_name, column_name, data_type, character_maximum_length, is_nullable "
            "FROM information_schema.columns WHERE table_schema = 'public'"
        ).fetchall()
    out: dict[str, dict[str, tuple[str, bool]]] = {}
    for table, column, kind, length, nullable in rows:
        if kind == "character varying":
            kind = f"VARCHAR({length})"
        out.setdefault(table, {})[column] = (kind, nullable == "NO")
    return out


def test_both_schemas_have_the_same_tables_columns_and_types(template_db, pg_server, pg_template):
    lite = _sqlite_columns(template_db)
    pg = _pg_columns(pg_server.url(pg_template))
    # the server's own: its schema version, and the documents the file keeps in a folder
    assert set(pg) - set(lite) == {server.SCHEMA_TABLE, server_documents.TABLE}
    assert set(lite) == {m._meta.table_name for m in models.ALL_MODELS}
    for table, columns in lite.items():
        assert set(pg[table]) == set(columns), table
        for name, (kind, required) in columns.items():
            pg_kind, pg_required = pg[table][name]
            assert kind == pg_kind or (kind, pg_kind) in _SAME_TYPE, (table, name, kind, pg_kind)
            assert required == pg_required, (table, name)


def test_a_new_server_database_is_made_seeded_and_versioned(pg_server):
    url = pg_server.create()
    database = open_database(url)
    try:
        assert isinstance(database, server.ServerDatabase)
        assert server.get_version(database) == migrations.SCHEMA_VERSION
        assert models.RetentionRule.select().count() > 0
        assert server.quick_check(database)
    finally:
        close_database(database)
        models.database_proxy.initialize(None)
    again = open_database(url)  # opening again migrates and seeds nothing
    try:
        assert models.Controller.select().count() == 1
    finally:
        close_database(again)
        models.database_proxy.initialize(None)
        pg_server.drop(url)


def test_a_password_in_the_address_is_refused_without_showing_it():
    with pytest.raises(store_db.DatabaseOpenError) as caught:
        open_database("postgresql://desk:geheim123@server.local/office")
    assert caught.value.problem == store_db.OpenProblem.SERVER_URL
    assert "geheim123" not in str(caught.value) and "geheim123" not in str(caught.value.path)


def test_a_server_that_does_not_answer_is_a_message_not_a_crash(pg_server):
    url = pg_server.url("office").replace(str(pg_server.socket), str(pg_server.root / "nowhere"))
    with pytest.raises(store_db.DatabaseOpenError) as caught:
        open_database(url)
    assert caught.value.problem == store_db.OpenProblem.SERVER_REFUSED


def test_a_database_of_another_program_is_left_alone(pg_server):
    url = pg_server.create()
    with psycopg.connect(url, autocommit=True) as conn:
        conn.execute("CREATE TABLE invoices (id integer)")
    try:
        with pytest.raises(store_db.DatabaseOpenError) as caught:
            open_database(url)
        assert caught.value.problem == store_db.OpenProblem.FOREIGN
        with psycopg.connect(url) as conn:
            tables = conn.execute(
                "SELECT tablename FROM pg_tables WHERE schemaname='public'"
            ).fetchall()
        assert tables == [("invoices",)]
    finally:
        pg_server.drop(url)


def test_a_newer_schema_is_refused(pg_server, pg_template):
    url = pg_server.create(template=pg_template)
    with psycopg.connect(url, autocommit=True) as conn:
        conn.execute(f"UPDATE {server.SCHEMA_TABLE} SET version = version + 1")
    try:
        with pytest.raises(store_db.DatabaseOpenError) as caught:
            open_database(url)
        assert caught.value.problem == store_db.OpenProblem.NEWER
    finally:
        pg_server.drop(url)


@pytest.fixture
def office(pg_server, pg_template):
    url = pg_server.create(template=pg_template)
    database = open_database(url)
    yield database
    close_database(database)
    models.database_proxy.initialize(None)
    pg_server.drop(url)


def _until_a_desk_waits_for_the_lock(pg_server) -> None:
    """Until the server shows a connection waiting for the office's advisory lock (not
    a fixed sleep: that proves only that it had not got there yet)."""
    with pg_server.admin() as conn:
        for _ in range(500):
            waiting = conn.execute(
                "SELECT count(*) FROM pg_locks WHERE locktype = 'advisory' AND NOT granted"
            ).fetchone()[0]
            if waiting:
                return
            time.sleep(0.01)
    raise AssertionError("the second desk never waited for the lock")


def test_two_desks_write_one_at_a_time_and_keep_one_audit_chain(office, pg_server):
    """A second connection (another desk) waits for the first desk's transaction: the
    office-wide advisory lock, as BEGIN IMMEDIATE does on the file. What it then reads is
    the first desk's committed event, so the chain stays one chain."""
    other = server.connect(office.address)
    seen: list[int] = []

    def second_desk():
        with other.atomic():
            seen.append(other.execute_sql("SELECT count(*) FROM audit_event").fetchone()[0])

    before = models.AuditEvent.select().count()
    with office.atomic():
        contacts.save_contact(contacts.ContactData(first_name="An", last_name="Eerst"))
        thread = threading.Thread(target=second_desk)
        thread.start()
        _until_a_desk_waits_for_the_lock(pg_server)
        assert seen == []  # the other desk waits for this one's COMMIT
    thread.join(5)
    other.close()
    assert seen == [before + 1]
    assert audit.verify_chain().broken_at is None
