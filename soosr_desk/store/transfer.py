"""Moving a desk's database file into an empty office database on a server, and a server
database out into a new file (issue 18).

In: the file is never written: a clean copy is made with VACUUM INTO (a read of the file)
and brought to the current schema; the rows are read from that copy. On the server the
schema, every row (letters included: they are in the database) and the id sequences are
written in ONE transaction: a failure leaves the server database as empty as it was.

Out: the rows are read in one REPEATABLE READ snapshot (server.snapshot) into a new file
of the current schema under a temporary name, which is put in place only when whole and
never over an existing file (`place_new`)."""

from __future__ import annotations

import errno
import hashlib
import os
import tempfile
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from peewee import Database, sort_models

from soosr_desk.store import db as store_db
from soosr_desk.store import (
    file_checks,
    migrations,
    models,
    server,
    server_documents,
    server_opening,
)

CHUNK = 1000
SQLITE_VARIABLES = 30000  # below SQLite's limit of 32,766 bound values per statement
PRIVATE = 0o600


class TransferError(Exception):
    """Why the move cannot go ahead; `problem` is a short code the command words."""

    def __init__(self, problem: str, detail: str = ""):
        super().__init__(f"{problem}: {detail}" if detail else problem)
        self.problem = problem
        self.detail = detail


@dataclass(frozen=True)
class TransferResult:
    counts: dict[str, int]  # rows per table, the same on both sides


def clean_copy(source: Path, folder: Path) -> Path:
    """A migrated copy of `source` in `folder`; the source file is only read."""
    state = file_checks.inspect_file(source)  # not SQLite, damaged, foreign: refused here
    if not state.has_tables:
        raise TransferError("empty_source")
    if state.user_version > migrations.SCHEMA_VERSION:
        raise store_db.DatabaseOpenError(store_db.OpenProblem.NEWER, source)
    copy = folder / "move-copy.db"
    store_db.copy_clean(source, copy)
    database = store_db.connect(copy)
    try:
        migrations.migrate(database)
    finally:
        database.close()
    return copy


def table_counts(database: Database) -> dict[str, int]:
    with database.bind_ctx(models.ALL_MODELS):
        return {m._meta.table_name: m.select().count() for m in models.ALL_MODELS}


def _rows(model, last, key) -> list[dict]:
    query = model.select().order_by(key).limit(CHUNK)
    if last is not None:
        query = query.where(key > last)
    return list(query.dicts())


def copy_rows(
    source: Database,
    target: Database,
    progress: Callable[[int, int], None] | None = None,
) -> dict[str, int]:
    """Copies every table's rows, parents before children, ids kept; call inside the
    target's transaction (a server or a file). Returns the rows written per table."""
    empty_tables(target)  # what the migration steps wrote (a setting) goes
    ordered = sort_models(models.ALL_MODELS)
    total = sum(table_counts(source).values())
    done = 0
    written: dict[str, int] = {}
    for model in ordered:
        key = model._meta.primary_key
        last = None
        written[model._meta.table_name] = 0
        while True:
            with source.bind_ctx([model]):
                rows = _rows(model, last, key)
            if not rows:
                break
            with target.bind_ctx([model]):
                step = max(1, SQLITE_VARIABLES // len(model._meta.columns))
                for start in range(0, len(rows), step):
                    model.insert_many(rows[start : start + step]).execute()
            last = rows[-1][key.name]
            written[model._meta.table_name] += len(rows)
            done += len(rows)
            if progress is not None:
                progress(done, total)
    if isinstance(target, server.ServerDatabase):
        server.reset_sequences(target)
    return written


def named_documents(database: Database) -> list[str]:
    """The documents the rows of `database` name: signed agreements, kept e-mails."""
    ag, rd = models.ProcessorAgreement, models.RequestDocument
    with database.bind_ctx([ag, rd]):
        names = [a.document_file for a in ag.select(ag.document_file) if a.document_file]
        names += [d.file for d in rd.select(rd.file)]
    return sorted(set(names))


def documents_in(folder: Path, target: server.ServerDatabase, names: list[str]) -> int | None:
    """The file's documents (`names`, from its `.documents` folder: one that is not there
    stays missing, as it was at the desk) into the server's table; call inside the move's
    transaction. Returns the number copied, or None when the server's rows do not hold
    exactly those bytes (their SHA-256 computed by the server)."""
    sent: dict[str, tuple[str, int]] = {}
    for name in names:
        path = folder / name
        if not path.is_file():
            continue
        data = path.read_bytes()
        sent[name] = (server_documents.put(target, name, data), len(data))
    if server_documents.names(target) != sorted(sent):
        return None
    if any(server_documents.checksum(target, n) != kept for n, kept in sent.items()):
        return None
    return len(sent)


def documents_out(source: server.ServerDatabase, folder: Path) -> int | None:
    """The server's documents into a new folder (owner only), each file whole; returns
    the number written, or None when a file does not hold the bytes the server holds
    (their SHA-256 computed by the server). The caller removes the folder on failure."""
    names = server_documents.names(source)
    folder.mkdir(mode=0o700)
    for name in names:
        data = server_documents.read(source, name)
        kept = server_documents.checksum(source, name)
        if data is None or kept != (hashlib.sha256(data).hexdigest(), len(data)):
            return None
        tmp = folder / (name + ".part")
        with open(os.open(tmp, os.O_CREAT | os.O_EXCL | os.O_WRONLY, PRIVATE), "wb") as fh:
            fh.write(data)
            fh.flush()
            os.fsync(fh.fileno())
        os.replace(tmp, folder / name)
    written = sorted(p.name for p in folder.iterdir())
    if written != names:
        return None
    for name in names:
        digest = hashlib.sha256((folder / name).read_bytes()).hexdigest()
        if server_documents.checksum(source, name) != (digest, (folder / name).stat().st_size):
            return None
    return len(names)


def tables_in_order() -> list[str]:
    """The program's tables, every parent before its children."""
    return [m._meta.table_name for m in sort_models(models.ALL_MODELS)]


def empty_tables(target: Database) -> None:
    """Deletes every row of the program's tables, children before parents; call inside
    the target's transaction."""
    for model in reversed(sort_models(models.ALL_MODELS)):
        with target.bind_ctx([model]):
            model.delete().execute()


def temporary_folder() -> tempfile.TemporaryDirectory:
    return tempfile.TemporaryDirectory(prefix="soosr-move-")


def connect_empty(url: str) -> server.ServerDatabase:
    """The server database to move into; refused unless it has no tables at all."""
    target = server_opening.connect_url(url)
    try:
        if server.inspect(target).has_tables:
            raise TransferError("target_not_empty")
    except BaseException:
        target.close()
        raise
    return target


def new_file(path: Path) -> store_db.DeskDatabase:
    """An empty database file of the current schema at `path`, which must not exist:
    owner-only from the start, the application id, every migration step, no seed."""
    os.close(os.open(path, os.O_CREAT | os.O_EXCL | os.O_WRONLY, PRIVATE))
    database = store_db.connect(path)
    try:
        store_db.set_application_id(database)
        migrations.migrate(database)
    except BaseException:
        database.close()
        raise
    return database


def close_file(database: store_db.DeskDatabase) -> None:
    """The log emptied into the file, closed, and the file flushed to disk."""
    try:
        store_db.checkpoint_truncate(database, attempts=5)
    finally:
        database.close()
    store_db.fsync_file(Path(database.path))


def place_new(tmp: Path, target: Path) -> None:
    """Puts the finished `tmp` at `target` without ever replacing a file there: a hard
    link fails when the name is taken; where links are not supported (a FAT stick),
    Windows' rename fails the same way, and elsewhere the name is checked just before."""
    try:
        os.link(tmp, target)
    except OSError as exc:
        if exc.errno not in (errno.EPERM, errno.EXDEV, errno.ENOTSUP, errno.EOPNOTSUPP):
            raise
        if os.name != "nt" and target.exists():
            raise FileExistsError(errno.EEXIST, "exists") from None
        os.rename(tmp, target)
        return
    tmp.unlink()
