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

from playhouse.migrate import PostgresqlMigrator, SchemaMigrator, SqliteMigrator

from soosr_desk.store import db as store_db
from soosr_desk.store import server

# On a PostgreSQL server (issue 18) the same steps run: step 1 from its frozen PostgreSQL
# twin (schema_v1_pg.sql, the same tables and columns), later steps through the migrator
# of the engine, and the version lives in the `soosr_schema` table.
Database = store_db.DeskDatabase | server.ServerDatabase

SCHEMA_VERSION = 1


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


STEPS: dict[int, Callable[[Database], None]] = {
    1: _step_1_initial,
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
