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
from soosr_desk.store import models, server, server_documents
from soosr_desk.store.indexes import LIST_SORT_INDEXES

# On a PostgreSQL server (issue 18) the same steps run: step 1 from its frozen PostgreSQL
# twin (schema_v1_pg.sql, the same tables and columns), later steps write their DDL in
# SQLite's words through `_ddl` (translated for the server) or use the engine's migrator,
# and the version lives in the `soosr_schema` table.
Database = store_db.DeskDatabase | server.ServerDatabase


def _ddl(database: Database, sql: str, params: tuple = ()) -> None:
    """Runs one statement of a step, written for SQLite; on a server its DDL is
    translated and its `?` placeholders become `%s`."""
    if isinstance(database, server.ServerDatabase):
        booleans = {
            (m._meta.table_name, f.column_name)
            for m in models.ALL_MODELS
            for f in m._meta.sorted_fields
            if isinstance(f, BooleanField)
        }
        sql = server.translate_ddl(sql, booleans).replace("?", "%s")
    database.execute_sql(sql, params or None)


def _executor(database: Database) -> Callable[..., None]:
    """`sql(statement, params)` for a step: `_ddl` bound to the database."""
    return lambda sql, params=(): _ddl(database, sql, params)


SCHEMA_VERSION = 9


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
    for column in (
        "\"outcome_reason\" TEXT NOT NULL DEFAULT ''",
        "\"erasure_ground\" VARCHAR(20) NOT NULL DEFAULT ''",
        "\"id_doubt_reason\" TEXT NOT NULL DEFAULT ''",
        '"objection_activity_id" INTEGER REFERENCES "processing_activity" ("id") '
        "ON DELETE SET NULL",
    ):
        sql(f'ALTER TABLE "rights_request" ADD COLUMN {column}')
    sql('ALTER TABLE "request_letter" ADD COLUMN "sent_by" VARCHAR(10) NOT NULL DEFAULT \'\'')
    # letters made before this version were counted as sent on the day they were made
    sql('UPDATE "request_letter" SET "sent_by" = \'post\' WHERE "sent_on" IS NOT NULL')
    for column in ("source_en", "retention_note_en"):
        sql(f'ALTER TABLE "processing_activity" ADD COLUMN "{column}" TEXT NOT NULL DEFAULT \'\'')
    # the seed's source text in English, so English letters need not fall back to Dutch
    sql(
        'UPDATE "processing_activity" SET "source_en" = ? WHERE "source" = ?',
        (
            "The data subject; possibly other sources as well (see the privacy statement).",
            "De betrokkene zelf; daarnaast mogelijk andere bronnen (zie privacyverklaring).",
        ),
    )
    sql('ALTER TABLE "data_subject_category" ADD COLUMN "code" VARCHAR(40) NOT NULL DEFAULT \'\'')
    for name, code in _SUBJECT_CODES.items():
        sql('UPDATE "data_subject_category" SET "code" = ? WHERE "name" = ?', (code, name))
    sql(
        'CREATE TABLE IF NOT EXISTS "activity_objection" ("id" INTEGER NOT NULL PRIMARY KEY, '
        '"contact_id" INTEGER NOT NULL, "activity_id" INTEGER NOT NULL, "request_id" INTEGER, '
        '"decided_on" DATE NOT NULL, "upheld" INTEGER NOT NULL, "grounds" TEXT NOT NULL, '
        'FOREIGN KEY ("contact_id") REFERENCES "contact" ("id") ON DELETE CASCADE, '
        'FOREIGN KEY ("activity_id") REFERENCES "processing_activity" ("id") ON DELETE CASCADE, '
        'FOREIGN KEY ("request_id") REFERENCES "rights_request" ("id") ON DELETE SET NULL)'
    )
    # the letters' complaint sentence pointed at the AP's tip page; complaints have their own
    sql(
        'UPDATE "controller" SET "authority_url" = ? WHERE "authority_url" = ?',
        (
            "https://autoriteitpersoonsgegevens.nl/een-tip-of-klacht-indienen-bij-de-ap",
            "https://autoriteitpersoonsgegevens.nl/nl/contact-met-de-autoriteit-persoonsgegevens/tip-ons",
        ),
    )
    for table, column in (
        ("activity_objection", "contact_id"),
        ("activity_objection", "activity_id"),
        ("activity_objection", "request_id"),
        ("rights_request", "objection_activity_id"),
    ):
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


# Step 5 (issue 14) adds seed content the first release lost from the statement; these
# rows are written only into a database that was seeded (a new one gets them from seed.py).
_V5_RULE = (
    "no_contract",
    "Zonder overeenkomst: twee jaar na het laatste contact",
    "Without a contract: two years after the last contact",
    "Gegevens van relaties zonder overeenkomst (leveranciers, referenties, handmatig "
    "ingevoerd) worden twee jaar na het laatste contact gewist.",
    "Data of relations without a contract (suppliers, references, entered by hand) is "
    "erased two years after the last contact.",
    2,
    4,
)
# name, name_en, purpose, purpose_en, interest, interest_en, retention code, subjects,
# data, recipient category codes
_V5_ACTIVITIES = (
    (
        "Referenties",
        "References",
        "Het delen van naam, telefoonnummer en e-mailadres met huidige en potentiële klanten "
        "die een referentie willen spreken.",
        "Sharing name, telephone number and e-mail address with current and prospective "
        "customers who wish to speak to a reference.",
        "Huidige en potentiële klanten de gelegenheid geven een referentie te spreken.",
        "Giving current and prospective customers the opportunity to speak to a reference.",
        "no_contract",
        ("Referenties",),
        ("Naam", "Telefoonnummer", "E-mailadres"),
        ("references",),
    ),
    (
        "Beveiliging",
        "Security",
        "Het beveiligen van onze systemen, klantenaccounts en ons pand, om misbruik en "
        "diefstal tegen te gaan.",
        "Securing our systems, customer accounts and premises, to prevent misuse and theft.",
        "Beveiliging, om diefstal en misbruik tegen te gaan.",
        "Security, to prevent theft and misuse.",
        "contract",
        (
            "Websitebezoekers (contactformulier)",
            "Klanten en hun contactpersonen",
            "Potentiële klanten",
            "Leveranciers en hun contactpersonen",
            "Debiteuren",
            "Referenties",
        ),  # everyone whose data is on the systems
        ("Naam", "E-mailadres", "Inloggegevens klantenaccount"),
        ("ict_providers", "hosting"),
    ),
)


def _step_5_register_fields(database: Database) -> None:
    """DPO, joint controllers, consent as a second basis, reasons for a late breach
    report, sub-processors as records; the seed's lost register content."""
    for sql in (
        "ALTER TABLE controller ADD COLUMN dpo TEXT NOT NULL DEFAULT ''",
        "ALTER TABLE processing_activity ADD COLUMN consent_too INTEGER NOT NULL DEFAULT 0",
        "ALTER TABLE processing_activity ADD COLUMN joint_controllers TEXT NOT NULL DEFAULT ''",
        "ALTER TABLE breach ADD COLUMN late_reason TEXT NOT NULL DEFAULT ''",
        'CREATE TABLE "sub_processor" ("id" INTEGER NOT NULL PRIMARY KEY, "agreement_id" '
        'INTEGER NOT NULL, "name" VARCHAR(200) NOT NULL, "service" TEXT NOT NULL, "country" '
        'VARCHAR(2) NOT NULL, "safeguard" TEXT NOT NULL, "authorised_on" DATE, "created_at" '
        'DATETIME NOT NULL, FOREIGN KEY ("agreement_id") REFERENCES "processor_agreement" '
        '("id") ON DELETE CASCADE)',
        'CREATE INDEX "sub_processor_agreement_id" ON "sub_processor" ("agreement_id")',
    ):
        _ddl(database, sql)  # issue 18: the same step on a server
    if isinstance(database, server.ServerDatabase):
        # the seed's lost content below is for files seeded before this step; no server
        # database was seeded before it (the server came after step 5), and a new one is
        # not seeded yet while the steps run
        return
    seeded = database.execute_sql("SELECT 1 FROM setting WHERE key = 'seeded_on'").fetchone()
    if not seeded:
        return
    one = lambda sql, *args: (database.execute_sql(sql, args).fetchone() or (None,))[0]  # noqa: E731
    if one("SELECT id FROM retention_rule WHERE code = ?", _V5_RULE[0]) is None:
        database.execute_sql(
            "INSERT INTO retention_rule (code, name, name_en, description, description_en, "
            "years, sort_order) VALUES (?, ?, ?, ?, ?, ?, ?)",
            _V5_RULE,
        )
    database.execute_sql(
        "UPDATE processing_activity SET consent_too = 1 WHERE name = 'Direct marketing' "
        "AND legal_basis = 'legitimate_interest'"
    )
    for row in _V5_ACTIVITIES:
        (
            name,
            name_en,
            purpose,
            purpose_en,
            interest,
            interest_en,
            rule,
            subjects,
            data,
            recipients,
        ) = row
        if one("SELECT id FROM processing_activity WHERE name = ?", name) is not None:
            continue
        order = (one("SELECT MAX(sort_order) FROM processing_activity") or 0) + 1
        database.execute_sql(
            "INSERT INTO processing_activity (name, name_en, purpose, purpose_en, legal_basis, "
            "legitimate_interest, legitimate_interest_en, third_country_transfer, "
            "transfer_safeguard, retention_rule_id, retention_note, security_measures, source, "
            "automated_decisions, automated_decisions_note, owner, sort_order, consent_too, "
            "joint_controllers, created_at, updated_at) VALUES (?, ?, ?, ?, "
            "'legitimate_interest', ?, ?, 0, '', (SELECT id FROM retention_rule WHERE code = ?), "
            "'', '', '', 0, '', '', ?, 0, '', datetime('now', 'localtime'), "
            "datetime('now', 'localtime'))",
            (name, name_en, purpose, purpose_en, interest, interest_en, rule, order),
        )
        activity = one("SELECT id FROM processing_activity WHERE name = ?", name)
        for table, category, names in (
            ("activity_subject_category", "data_subject_category", subjects),
            ("activity_data_category", "personal_data_category", data),
        ):
            for item in names:
                database.execute_sql(
                    f"INSERT INTO {table} (activity_id, category_id) SELECT ?, id FROM "
                    f"{category} WHERE name = ?",
                    (activity, item),
                )
        for code in recipients:
            database.execute_sql(
                "INSERT INTO activity_recipient_category (activity_id, category_id) "
                "SELECT ?, id FROM recipient_category WHERE code = ?",
                (activity, code),
            )


def _step_6_list_sort_indexes(database: Database) -> None:
    _ddl(database, 'DROP INDEX IF EXISTS "contact_company_id"')  # the one below leads
    for sql in LIST_SORT_INDEXES:
        _ddl(database, sql)


def _step_7_server_search_index(database: Database) -> None:
    """Issue 18: on a server the contact filter (each word anywhere in `search_text`,
    `ILIKE '%word%'`) is served by a trigram GIN index for words of three letters or
    more, so such a keystroke at 100,000 contacts reads only the matching rows. Shorter
    words match too many rows for it: the list by name is then walked in order through
    a covering index (index-only, no sort, no visit to the table). pg_trgm is a trusted
    extension: the database's owner may create it (the README's set-up SQL creates it
    too). And where the administrator left `random_page_cost` at the spinning-disk
    default, the owner sets SSD's 1.1 for this database only (PostgreSQL's own advice;
    without it the planner prefers a scan and a sort, 2-4x slower at 100,000).
    The file needs nothing: SQLite walks its own index (issue 20)."""
    if not isinstance(database, server.ServerDatabase):
        return
    database.execute_sql("CREATE EXTENSION IF NOT EXISTS pg_trgm")
    database.execute_sql(
        'CREATE INDEX IF NOT EXISTS "contact_search_trgm" ON "contact" '
        'USING gin ("search_text" gin_trgm_ops)'
    )
    database.execute_sql(
        'CREATE INDEX IF NOT EXISTS "contact_list_name_pg" ON "contact" '
        '("erased", "sort_name", "id") INCLUDE ("search_text")'
    )
    database.execute_sql(
        "DO $$ BEGIN IF current_setting('random_page_cost') = '4' AND pg_has_role("
        "current_user, (SELECT datdba FROM pg_database WHERE datname = current_database()), "
        "'USAGE') THEN EXECUTE 'ALTER DATABASE ' || quote_ident(current_database()) || "
        "' SET random_page_cost = 1.1'; END IF; END $$"
    )


def _step_8_server_documents(database: Database) -> None:
    """Issue 18: on a server the signed documents and kept e-mails are rows of
    `stored_document` (store/server_documents.py), shared by every desk and erased with
    the person at any desk. The file keeps its `<name>.documents` folder: nothing here."""
    if isinstance(database, server.ServerDatabase):
        server_documents.create_table(database)


def _step_9_import_ranges(database: Database) -> None:
    """Issue 17: the contacts an import added are kept as runs of consecutive ids
    (`import_batch_range`) instead of a link row each; the links of the added contacts
    become such runs, the links of updated contacts (their old values) stay."""
    for sql in (
        """CREATE TABLE IF NOT EXISTS "import_batch_range" ("id" INTEGER NOT NULL PRIMARY KEY,
        "batch_id" INTEGER NOT NULL, "first_id" INTEGER NOT NULL,
        "last_id" INTEGER NOT NULL, "stamp" DATETIME NOT NULL,
        FOREIGN KEY ("batch_id") REFERENCES "import_batch" ("id") ON DELETE CASCADE)""",
        'CREATE INDEX IF NOT EXISTS "import_batch_range_batch_id" ON "import_batch_range" ("batch_id")',
    ):
        _ddl(database, sql)  # issue 18: the same step on a server
    links = database.execute_sql(
        'SELECT "batch_id", "contact_id", "stamp" FROM "import_batch_contact" '
        'WHERE "added" ORDER BY "batch_id", "contact_id"'
    ).fetchall()
    runs: list[list] = []  # [batch, first, last, stamp]
    for batch, contact, stamp in links:
        run = runs[-1] if runs else None
        if run and run[0] == batch and run[2] + 1 == contact and run[3] == stamp:
            run[2] = contact
        else:
            runs.append([batch, contact, contact, stamp])
    for run in runs:
        _ddl(
            database,
            'INSERT INTO "import_batch_range" ("batch_id", "first_id", "last_id", "stamp") '
            "VALUES (?, ?, ?, ?)",
            tuple(run),
        )
    _ddl(database, 'DELETE FROM "import_batch_contact" WHERE "added"')


STEPS: dict[int, Callable[[Database], None]] = {
    1: _step_1_initial,
    2: _step_2_intake,
    3: _step_3_true_letters,
    4: _step_4_audit_hash_covers_id,
    5: _step_5_register_fields,
    6: _step_6_list_sort_indexes,
    7: _step_7_server_search_index,
    8: _step_8_server_documents,
    9: _step_9_import_ranges,
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
