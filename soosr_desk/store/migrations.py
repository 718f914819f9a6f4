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


def _ddl(database: Database, sql: str, params: tuple = ()) -> None:
    """Runs one statement of a step, written for SQLite; on a server its DDL is
    translated and its `?` placeholders become `%s`."""
    if isinstance(database, server.ServerDatabase):
        booleans = {(m._meta.table_name, f.column_name) for m in models.ALL_MODELS
                    for f in m._meta.sorted_fields if isinstance(f, BooleanField)}  # fmt: skip
        sql = server.translate_ddl(sql, booleans).replace("?", "%s")
    database.execute_sql(sql, params or None)


def _executor(database: Database) -> Callable[..., None]:
    """`sql(statement, params)` for a step: `_ddl` bound to the database."""
    return lambda sql, params=(): _ddl(database, sql, params)

SCHEMA_VERSION = 4


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


# the seed's categories of data subjects and the contact facts that place a person in them
_SUBJECT_CODES = {
    "Websitebezoekers (contactformulier)": "website_form",
    "Klanten en hun contactpersonen": "customer_contact",
    "Potentiële klanten": "lead",
    "Leveranciers en hun contactpersonen": "supplier_contact",
    "Debiteuren": "debtor",
    "Referenties": "reference",
}


def _step_3_true_letters(database: Database) -> None:
    """Issue 14: reasons and outcomes of requests, letters as drafts until sent, objections
    to a named activity, English register texts, and who a category of data subjects is."""
    sql = _executor(database)  # issue 18: the same step on a server
    for column in ('"outcome_reason" TEXT NOT NULL DEFAULT \'\'',
                   '"erasure_ground" VARCHAR(20) NOT NULL DEFAULT \'\'',
                   '"id_doubt_reason" TEXT NOT NULL DEFAULT \'\'',
                   '"objection_activity_id" INTEGER REFERENCES "processing_activity" ("id") '
                   'ON DELETE SET NULL'):  # fmt: skip
        sql(f'ALTER TABLE "rights_request" ADD COLUMN {column}')
    sql('ALTER TABLE "request_letter" ADD COLUMN "sent_by" VARCHAR(10) NOT NULL DEFAULT \'\'')
    # letters made before this version were counted as sent on the day they were made
    sql('UPDATE "request_letter" SET "sent_by" = \'post\' WHERE "sent_on" IS NOT NULL')
    for column in ("source_en", "retention_note_en"):
        sql(f'ALTER TABLE "processing_activity" ADD COLUMN "{column}" TEXT NOT NULL DEFAULT \'\'')
    # the seed's source text in English, so English letters need not fall back to Dutch
    sql('UPDATE "processing_activity" SET "source_en" = ? WHERE "source" = ?',
        ("The data subject; possibly other sources as well (see the privacy statement).",
         "De betrokkene zelf; daarnaast mogelijk andere bronnen (zie privacyverklaring)."))
    sql('ALTER TABLE "data_subject_category" ADD COLUMN "code" VARCHAR(40) NOT NULL DEFAULT \'\'')
    for name, code in _SUBJECT_CODES.items():
        sql('UPDATE "data_subject_category" SET "code" = ? WHERE "name" = ?', (code, name))
    sql('CREATE TABLE IF NOT EXISTS "activity_objection" ("id" INTEGER NOT NULL PRIMARY KEY, '
        '"contact_id" INTEGER NOT NULL, "activity_id" INTEGER NOT NULL, "request_id" INTEGER, '
        '"decided_on" DATE NOT NULL, "upheld" INTEGER NOT NULL, "grounds" TEXT NOT NULL, '
        'FOREIGN KEY ("contact_id") REFERENCES "contact" ("id") ON DELETE CASCADE, '
        'FOREIGN KEY ("activity_id") REFERENCES "processing_activity" ("id") ON DELETE CASCADE, '
        'FOREIGN KEY ("request_id") REFERENCES "rights_request" ("id") ON DELETE SET NULL)')
    # the letters' complaint sentence pointed at the AP's tip page; complaints have their own
    sql('UPDATE "controller" SET "authority_url" = ? WHERE "authority_url" = ?',
        ("https://autoriteitpersoonsgegevens.nl/een-tip-of-klacht-indienen-bij-de-ap",
         "https://autoriteitpersoonsgegevens.nl/nl/contact-met-de-autoriteit-persoonsgegevens/tip-ons"))
    for table, column in (("activity_objection", "contact_id"),
                          ("activity_objection", "activity_id"),
                          ("activity_objection", "request_id"),
                          ("rights_request", "objection_activity_id")):  # fmt: skip
        sql(f'CREATE INDEX IF NOT EXISTS "{table}_{column}" ON "{table}" ("{column}")')


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


def _step_4_audit_hash_covers_id(database: Database) -> None:
    """Issue 15: from the next audit event on, each event's hash covers its id too.
    Events already there keep the hash they were given; the setting says where the new
    rule starts."""
    if isinstance(database, server.ServerDatabase):  # issue 18: no INSERT OR REPLACE there
        database.execute_sql(
            "INSERT INTO setting (key, value) "
            "SELECT 'audit_hash_v2_from', CAST(COALESCE(MAX(id), 0) + 1 AS TEXT) FROM audit_event "
            "ON CONFLICT (key) DO UPDATE SET value = EXCLUDED.value"
        )
        return
    database.execute_sql(
        "INSERT OR REPLACE INTO setting (key, value) "
        "SELECT 'audit_hash_v2_from', CAST(COALESCE(MAX(id), 0) + 1 AS TEXT) FROM audit_event"
    )


STEPS: dict[int, Callable[[Database], None]] = {
    1: _step_1_initial,
    2: _step_2_intake,
    3: _step_3_true_letters,
    4: _step_4_audit_hash_covers_id,
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
