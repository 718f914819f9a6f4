"""The child of the kill-during-migration test (RELIABILITY.md R2a). It adds a step 2 of
the shape a later release's step will have (a new column filled for every row, a new
table filled from another, an index), then opens the database the way the program does:
a clean copy first, then the step and its version bump in one transaction. It prints
"migrated" when the opening returns; the parent kills it at a random moment."""

from __future__ import annotations

import sys

from peewee import TextField
from playhouse.migrate import migrate

from soosr_desk.store import migrations
from soosr_desk.store.opening import open_database

PROBE_COLUMN = "r2_probe"
PROBE_TABLE = "r2_probe_log"


def step_2(database) -> None:
    migrate(
        migrations._migrator(database).add_column("contact", PROBE_COLUMN, TextField(null=True))
    )
    database.execute_sql(f"UPDATE contact SET {PROBE_COLUMN} = 'v2:' || id")
    database.execute_sql(
        f"CREATE TABLE {PROBE_TABLE} (id INTEGER PRIMARY KEY, contact_id INTEGER NOT NULL, "
        "body TEXT NOT NULL)"
    )
    database.execute_sql(
        f"INSERT INTO {PROBE_TABLE} (contact_id, body) SELECT id, last_name || ' ' || email "
        "FROM contact"
    )
    database.execute_sql(f"CREATE INDEX {PROBE_TABLE}_contact ON {PROBE_TABLE} (contact_id)")


def main(path: str) -> None:
    migrations.STEPS[migrations.SCHEMA_VERSION + 1] = step_2  # the step after the newest
    migrations.SCHEMA_VERSION += 1
    open_database(path)
    print("migrated", flush=True)


if __name__ == "__main__":
    main(sys.argv[1])
