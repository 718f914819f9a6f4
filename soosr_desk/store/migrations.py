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

SCHEMA_VERSION = 1


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


STEPS: dict[int, Callable[[store_db.DeskDatabase], None]] = {
    1: _step_1_initial,
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
