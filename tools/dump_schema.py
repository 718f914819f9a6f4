"""Prints the CREATE statements of the current models, for freezing a new schema step.

python tools/dump_schema.py > soosr_desk/store/schema_vN.sql   (then review it)
"""

from __future__ import annotations

from peewee import SqliteDatabase

from soosr_desk.store import models


def schema_sql() -> list[str]:
    db = SqliteDatabase(":memory:")
    models.database_proxy.initialize(db)
    statements: list[str] = []
    original = db.execute_sql

    def capture(sql, params=None):
        statements.append(sql.strip() + ";")
        return original(sql, params)

    db.execute_sql = capture
    db.create_tables(models.ALL_MODELS)
    return statements


if __name__ == "__main__":
    print("-- Frozen schema of SOOSR Desk: never edit; add a migration step instead.")
    print("\n".join(schema_sql()))
