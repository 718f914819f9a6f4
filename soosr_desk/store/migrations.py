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

from playhouse.migrate import SqliteMigrator

from soosr_desk.store import db as store_db

SCHEMA_VERSION = 2


def _step_1_initial(database: store_db.DeskDatabase) -> None:
    script = resources.files("soosr_desk.store").joinpath("schema_v1.sql").read_text("utf-8")
    for statement in script.split(";\n"):
        lines = [ln for ln in statement.splitlines() if not ln.startswith("--")]
        sql = "\n".join(lines).strip().rstrip(";")
        if sql:
            database.execute_sql(sql)


def _migrator(database: store_db.DeskDatabase) -> SqliteMigrator:
    """For later steps: `migrate(_migrator(db).add_column(...))` inside the step."""
    return SqliteMigrator(database)


# the contacts list sorted by each column through an index instead of sorting 100,000
# rows at each header click (issue 20, bench/contacts.py); company: from the company side
LIST_SORT_INDEXES = (
    'CREATE INDEX IF NOT EXISTS "company_sort_name" ON "company" (lower("name"))',
    'CREATE INDEX IF NOT EXISTS "contact_company_id_erased" ON "contact" ("company_id", '
    '"erased")',
    'CREATE INDEX IF NOT EXISTS "contact_sort_email" ON "contact" ("erased", lower("email"))',
    'CREATE INDEX IF NOT EXISTS "contact_sort_phone" ON "contact" ("erased", "phone")',
    'CREATE INDEX IF NOT EXISTS "contact_sort_city" ON "contact" ("erased", lower("city"))',
    'CREATE INDEX IF NOT EXISTS "contact_sort_relation" ON "contact" ("erased", "relation")',
    'CREATE INDEX IF NOT EXISTS "contact_sort_status" ON "contact" ("erased", "restricted", '
    '"objected_marketing")',
    'CREATE INDEX IF NOT EXISTS "contact_sort_updated" ON "contact" ("erased", "updated_at")',
)


def _step_2_list_sort_indexes(database: store_db.DeskDatabase) -> None:
    database.execute_sql('DROP INDEX IF EXISTS "contact_company_id"')  # the one below leads
    for sql in LIST_SORT_INDEXES:
        database.execute_sql(sql)


STEPS: dict[int, Callable[[store_db.DeskDatabase], None]] = {
    1: _step_1_initial,
    2: _step_2_list_sort_indexes,
}


def migrate(database: store_db.DeskDatabase, *, target: int | None = None) -> list[int]:
    """Runs the steps from the file's version up to `target` (default: SCHEMA_VERSION);
    returns the versions run."""
    target = SCHEMA_VERSION if target is None else target
    done: list[int] = []
    current = store_db.get_user_version(database)
    for version in range(current + 1, target + 1):
        with database.atomic():
            STEPS[version](database)
            store_db.set_user_version(database, version)
        done.append(version)
    return done
