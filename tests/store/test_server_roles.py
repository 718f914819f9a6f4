"""Least privilege on the server (issue 18): the README's set-up SQL, run exactly as
written, makes an owner role that migrates and a desk role that works the program but
cannot change the schema."""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path

import psycopg
import pytest

from soosr_desk.services import audit, backups, backups_server, contacts, erasure, requests
from soosr_desk.store import db as store_db
from soosr_desk.store import migrations, models, server
from soosr_desk.store.opening import close_database, open_database

README = Path(__file__).resolve().parents[2] / "README.md"
DATABASE = "soosr"  # the README's names
OWNER, DESK = "soosr_owner", "soosr_desk"


def readme_sql() -> tuple[list[str], list[str]]:
    """The two SQL blocks of the README's set-up section, as statements."""
    section = README.read_text("utf-8").split("### Setting up the server", 1)[1]
    blocks = re.findall(r"```sql\n(.*?)```", section, re.S)
    assert len(blocks) >= 2, "the README's set-up section lost its SQL"
    return tuple([s.strip() for s in b.split(";") if s.strip()] for b in blocks[:2])


def url_as(pg_server, role: str) -> str:
    return f"postgresql://{role}@/{DATABASE}?host={pg_server.socket}"


@pytest.fixture(scope="module")
def office(pg_server):
    """The README's database and roles on the test cluster, migrated by the owner."""
    on_cluster, on_database = readme_sql()
    with pg_server.admin() as conn:
        for sql in on_cluster:
            conn.execute(sql)
    with psycopg.connect(pg_server.url(DATABASE), autocommit=True) as conn:
        for sql in on_database:
            conn.execute(sql)
    database = open_database(url_as(pg_server, OWNER))  # the owner makes the schema
    close_database(database)
    models.database_proxy.initialize(None)
    yield pg_server
    pg_server.drop(pg_server.url(DATABASE))
    with pg_server.admin() as conn:
        conn.execute(f"DROP ROLE IF EXISTS {DESK}")
        conn.execute(f"DROP ROLE IF EXISTS {OWNER}")


def test_the_desk_role_works_the_program(office):
    database = open_database(url_as(office, DESK), create=False)
    try:
        assert not server.owns_schema(database)
        saved = contacts.save_contact(contacts.ContactData(first_name="Anna", last_name="Rol"))
        requests.save_request(
            requests.RequestData(
                kind="erasure", received_on=dt.date.today(), requester_name="Anna Rol"
            )
        )
        result = erasure.erase_contact(saved.id, reason="manual")
        assert result.finished
        assert models.Contact.get_by_id(saved.id).first_name == ""
        assert audit.verify_chain().broken_at is None
    finally:
        close_database(database)
        models.database_proxy.initialize(None)


@pytest.mark.parametrize(
    "ddl",
    [
        "CREATE TABLE stolen (id integer)",
        "DROP TABLE contact_note",
        "ALTER TABLE contact ADD COLUMN extra text",
        "CREATE INDEX contact_extra ON contact (email)",
        "TRUNCATE audit_event",
        "ALTER TABLE audit_event DISABLE TRIGGER ALL",
        "CREATE EXTENSION IF NOT EXISTS pgcrypto",
    ],
)
def test_the_desk_role_is_refused_every_change_of_the_schema(office, ddl):
    with (
        psycopg.connect(url_as(office, DESK), autocommit=True) as conn,
        pytest.raises(psycopg.errors.InsufficientPrivilege),
    ):
        conn.execute(ddl)


def test_a_desk_asks_for_the_owner_when_the_database_is_older(office):
    owner = psycopg.connect(url_as(office, OWNER), autocommit=True)
    try:
        owner.execute(f"UPDATE {server.SCHEMA_TABLE} SET version = version - 1")
        with pytest.raises(store_db.DatabaseOpenError) as caught:
            open_database(url_as(office, DESK), create=False)
        assert caught.value.problem == store_db.OpenProblem.SERVER_OWNER
        version = owner.execute(f"SELECT version FROM {server.SCHEMA_TABLE}").fetchone()[0]
        assert version == migrations.SCHEMA_VERSION - 1  # nothing was tried
    finally:
        owner.close()
    database = open_database(url_as(office, OWNER))  # the owner's step
    try:
        assert server.get_version(database) == migrations.SCHEMA_VERSION
    finally:
        close_database(database)
        models.database_proxy.initialize(None)


def test_a_desk_makes_backups_but_only_the_owner_restores(office):
    database = open_database(url_as(office, DESK), create=False)
    try:
        info = backups_server.make_backup(database, now=dt.datetime.now())
        assert info.path.suffix == ".dump"  # pg_dump could read all it needs as the desk
        with pytest.raises(backups.BackupError) as refused:
            backups_server.restore(database, info.path)
        assert refused.value.message == backups_server.RESTORE_NEEDS_OWNER
    finally:
        close_database(database)
        models.database_proxy.initialize(None)
