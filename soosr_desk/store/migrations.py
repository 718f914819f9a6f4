"""Schema versions and the ordered steps between them.

`PRAGMA user_version` holds the version. A fresh database runs every step from 0, so the
path that upgrades old files is the path every new file takes too. One step per version;
each step and its version bump run in one transaction. A step is a function of the
database; later steps use playhouse.migrate (see `_migrator`). Never edit a released step
or `schema_v1.sql`: add a step and raise SCHEMA_VERSION.
"""

from __future__ import annotations

from collections.abc import Callable
from importlib import resources

from peewee import BooleanField
from playhouse.migrate import PostgresqlMigrator, SchemaMigrator, SqliteMigrator

from soosr_desk.store import db as store_db
from soosr_desk.store import models, server

# On a PostgreSQL server (issue 18) the same steps run: step 1 from its frozen PostgreSQL
# twin (schema_v1_pg.sql, the same tables and columns), later steps write their DDL in
# SQLite's words through `_ddl` (translated for the server) or use the engine's migrator,
# and the version lives in the `soosr_schema` table.
Database = store_db.DeskDatabase | server.ServerDatabase


def _ddl(database: Database, sql: str) -> None:
    """Runs one DDL statement of a step, translated when the database is on a server."""
    if isinstance(database, server.ServerDatabase):
        booleans = {(m._meta.table_name, f.column_name) for m in models.ALL_MODELS
                    for f in m._meta.sorted_fields if isinstance(f, BooleanField)}  # fmt: skip
        sql = server.translate_ddl(sql, booleans)
    database.execute_sql(sql)

SCHEMA_VERSION = 2


def _step_1_initial(database: Database) -> None:
    if isinstance(database, server.ServerDatabase):
        server.run_script(database, "schema_v1_pg.sql")
        return
    script = resources.files("soosr_desk.store").joinpath("schema_v1.sql").read_text("utf-8")
    for statement in script.split(";\n"):
        lines = [ln for ln in statement.splitlines() if not ln.startswith("--")]
        sql = "\n".join(lines).strip().rstrip(";")
        if sql:
            database.execute_sql(sql)


def _migrator(database: Database) -> SchemaMigrator:
    """For later steps: `migrate(_migrator(db).add_column(...))` inside the step."""
    if isinstance(database, server.ServerDatabase):
        return PostgresqlMigrator(database)
    return SqliteMigrator(database)


def _step_2_intake(database: Database) -> None:
    """Issue 17: contact import batches (undo, Art. 14 origin) and the e-mails kept with
    requests (SHA-256, like agreements' documents)."""
    for sql in (
        """CREATE TABLE "import_batch" ("id" INTEGER NOT NULL PRIMARY KEY,
        "imported_at" DATETIME NOT NULL, "file_kind" VARCHAR(20) NOT NULL,
        "source" VARCHAR(20) NOT NULL, "relation" VARCHAR(20) NOT NULL,
        "received_on" DATE NOT NULL, "added" INTEGER NOT NULL, "updated" INTEGER NOT NULL,
        "skipped" INTEGER NOT NULL, "undone_at" DATETIME)""",
        """CREATE TABLE "import_batch_contact" ("id" INTEGER NOT NULL PRIMARY KEY,
        "batch_id" INTEGER NOT NULL REFERENCES "import_batch" ("id") ON DELETE CASCADE,
        "contact_id" INTEGER NOT NULL REFERENCES "contact" ("id") ON DELETE CASCADE,
        "added" INTEGER NOT NULL, "before" TEXT NOT NULL, "stamp" DATETIME NOT NULL)""",
        'CREATE INDEX "import_batch_contact_batch_id" ON "import_batch_contact" ("batch_id")',
        'CREATE INDEX "import_batch_contact_contact_id" ON "import_batch_contact" ("contact_id")',
        """CREATE TABLE "request_document" ("id" INTEGER NOT NULL PRIMARY KEY,
        "request_id" INTEGER NOT NULL REFERENCES "rights_request" ("id") ON DELETE CASCADE,
        "file" VARCHAR(100) NOT NULL, "name" VARCHAR(260) NOT NULL,
        "sha256" VARCHAR(64) NOT NULL, "size" INTEGER NOT NULL, "created_at" DATETIME NOT NULL)""",
        'CREATE INDEX "request_document_request_id" ON "request_document" ("request_id")',
    ):
        _ddl(database, sql)  # issue 18: the same step on a server


STEPS: dict[int, Callable[[Database], None]] = {
    1: _step_1_initial,
    2: _step_2_intake,
}


def migrate(database: Database, *, target: int | None = None) -> list[int]:
    """Runs the steps from the file's version up to `target` (default: SCHEMA_VERSION);
    returns the versions run."""
    target = SCHEMA_VERSION if target is None else target
    done: list[int] = []
    on_server = isinstance(database, server.ServerDatabase)
    current = server.get_version(database) if on_server else store_db.get_user_version(database)
    for version in range(current + 1, target + 1):
        with database.atomic():
            STEPS[version](database)
            if on_server:
                server.set_version(database, version)
            else:
                store_db.set_user_version(database, version)
        done.append(version)
    return done
