"""The documents of an office database on a server (issue 18): the signed agreements and
the kept e-mails as rows of one table, `stored_document`, so every desk reads the same
bytes and an erasure at any desk deletes them (in its own transaction). A row is written
and deleted in the transaction of the row that names it (an agreement, a request's
document). The desk role gets its rights on the table from the README's ALTER DEFAULT
PRIVILEGES, like every other table the owner creates."""

from __future__ import annotations

import hashlib

from soosr_desk.store.server import ServerDatabase

TABLE = "stored_document"


def create_table(db: ServerDatabase) -> None:
    """The migration step (store/migrations.py); the file keeps its documents folder."""
    db.execute_sql(
        f'CREATE TABLE IF NOT EXISTS "{TABLE}" ("file" TEXT NOT NULL PRIMARY KEY, '
        '"sha256" VARCHAR(64) NOT NULL, "size" BIGINT NOT NULL, "content" BYTEA NOT NULL)'
    )


def put(db: ServerDatabase, file: str, data: bytes) -> str:
    """Inside the caller's transaction; returns the SHA-256 of `data`."""
    digest = hashlib.sha256(data).hexdigest()
    db.execute_sql(
        f'INSERT INTO "{TABLE}" ("file", "sha256", "size", "content") VALUES (%s, %s, %s, %s)',
        (file, digest, len(data), data),
    )
    return digest


def read(db: ServerDatabase, file: str) -> bytes | None:
    row = db.execute_sql(f'SELECT "content" FROM "{TABLE}" WHERE "file" = %s', (file,)).fetchone()
    return None if row is None else bytes(row[0])


def checksum(db: ServerDatabase, file: str) -> tuple[str, int] | None:
    """The SHA-256 and size of the stored bytes, computed by the server from the bytes
    themselves (not the recorded ones), without sending them; None when not there."""
    row = db.execute_sql(
        f'SELECT encode(sha256("content"), \'hex\'), length("content") FROM "{TABLE}" '
        'WHERE "file" = %s',
        (file,),
    ).fetchone()
    return None if row is None else (str(row[0]), int(row[1]))


def delete(db: ServerDatabase, files: list[str]) -> int:
    """Inside the caller's transaction; returns the rows deleted."""
    if not files:
        return 0
    cursor = db.execute_sql(f'DELETE FROM "{TABLE}" WHERE "file" = ANY(%s)', (list(files),))
    return int(cursor.rowcount)


def names(db: ServerDatabase) -> list[str]:
    return [r[0] for r in db.execute_sql(f'SELECT "file" FROM "{TABLE}" ORDER BY "file"')]


def keep_only(db: ServerDatabase, named: list[str]) -> int:
    """Deletes the stored documents no row names (after a restore: those attached since
    the backup); inside the caller's transaction. Returns the rows deleted."""
    cursor = db.execute_sql(f'DELETE FROM "{TABLE}" WHERE NOT ("file" = ANY(%s))', (list(named),))
    return int(cursor.rowcount)
