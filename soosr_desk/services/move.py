"""Moving a desk's database file to the office server (issue 18): `soosr-desk move`, and
the office database out into a new file (`move_to_file`: for an auditor, or a backup).

Everything in the file goes: the register, contacts, requests with their letters, the
audit trail with its hashes. The file is only read (its copy is migrated, not the file).
The server database must be empty; the copy is written in one transaction and checked
inside it (the same number of rows in every table, one unbroken audit chain) before it
commits, so a failed move leaves the server database as empty as it was."""

from __future__ import annotations

import os
import shutil
import tempfile
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from soosr_desk.rules.i18n import N_
from soosr_desk.services import audit
from soosr_desk.services.errors import ServiceError
from soosr_desk.store import db as store_db
from soosr_desk.store import documents as store_documents
from soosr_desk.store import (
    migrations,
    models,
    server,
    server_documents,
    server_opening,
    transfer,
)

MESSAGES = {
    "empty_source": N_("{path} holds no SOOSR Desk data: there is nothing to move."),
    "target_not_empty": N_(
        "The server database {target} is not empty. Move into a new, empty database: "
        "nothing was changed."
    ),
    "counts": N_(
        "The copy on the server did not hold the same number of rows as the file "
        "({table}); nothing was written to the server."
    ),
    "chain": N_(
        "The audit trail of {path} is broken (event {event}); nothing was written to the "
        "server. Restore a backup of the file first."
    ),
    "file_exists": N_(
        "{path} already exists. Choose a new file name: an existing file is never overwritten."
    ),
    "no_folder": N_("The folder of {path} does not exist. Nothing was written."),
    "out_counts": N_(
        "The file did not hold the same number of rows as the server database ({table}); "
        "it was removed."
    ),
    "out_chain": N_(
        "The audit trail of the server database is broken (event {event}); no file was "
        "written. Ask your administrator to restore a backup of the server."
    ),
    "write_failed": N_(
        "{path} could not be written. Check that the disk has free space and that you can "
        "write there; nothing was left behind."
    ),
}


@dataclass(frozen=True)
class MoveResult:
    counts: dict[str, int]
    documents: int  # the documents copied (checked by their SHA-256)
    documents_folder: str  # where they went: the server database, or the file's folder


def move_to_server(
    source: Path, url: str, progress: Callable[[int, int], None] | None = None
) -> MoveResult:
    """Copies the file at `source` into the empty server database at `url`.

    Raises store_db.DatabaseOpenError (file or server unusable) or ServiceError."""
    with transfer.temporary_folder() as folder:
        try:
            copy = transfer.clean_copy(Path(source), Path(folder))
        except transfer.TransferError as exc:
            raise ServiceError(MESSAGES[exc.problem], path=str(source)) from None
        lite = store_db.connect(copy)
        try:
            expected = transfer.table_counts(lite)
            try:
                target = transfer.connect_empty(url)
            except transfer.TransferError as exc:
                raise ServiceError(
                    MESSAGES[exc.problem], target=server.parse_url(url).display()
                ) from None
            try:
                documents = _copy_and_check(lite, target, expected, source, progress)
                where = target.address.display()
                # the visibility map and statistics of the bulk-loaded tables, so the
                # list's index-only walks and the planner work from the first search
                server.vacuum(target, analyze=True)
            finally:
                target.close()
                models.database_proxy.initialize(None)
        finally:
            lite.close()
    return MoveResult(expected, documents, where)


def _copy_and_check(lite, target, expected, source, progress) -> int:
    """Returns the documents copied."""
    with target.atomic():
        migrations.migrate(target)
        transfer.copy_rows(lite, target, progress)
        counts = transfer.table_counts(target)
        for table, count in expected.items():
            if counts.get(table) != count:
                raise ServiceError(MESSAGES["counts"], table=table)
        copied = transfer.documents_in(
            store_documents.folder_of(source), target, transfer.named_documents(lite)
        )
        if copied is None:
            raise ServiceError(MESSAGES["counts"], table=server_documents.TABLE)
        models.database_proxy.initialize(target)
        chain = audit.verify_chain()
        if chain.broken_at is not None:
            raise ServiceError(MESSAGES["chain"], path=str(source), event=chain.broken_at)
        audit.record("move_in", "database", None, [t for t, n in expected.items() if n])
    return copied


def move_to_file(
    url: str, target: Path, progress: Callable[[int, int], None] | None = None
) -> MoveResult:
    """Copies the server database at `url` into a new file at `target` (never over an
    existing one), from one consistent snapshot; the copy's rows are counted against the
    snapshot's and its audit chain checked before it is put in place. The server gets one
    audit event ("move_out"). Raises store_db.DatabaseOpenError or ServiceError."""
    target = Path(target)
    taken = _taken(target)
    if taken is not None:
        raise ServiceError(MESSAGES["file_exists"], path=str(taken))
    if not target.parent.is_dir():
        raise ServiceError(MESSAGES["no_folder"], path=str(target))
    live = server_opening.connect_url(url)  # the same refusals as opening it
    try:
        _check_current(live)
        address = live.address
        fd, name = tempfile.mkstemp(prefix=".soosr-move-", suffix=".tmp", dir=target.parent)
        os.close(fd)
        tmp = Path(name)
        tmp.unlink()  # transfer.new_file makes it, owner-only
        tmp_documents = store_documents.folder_of(tmp)
        try:
            counts, documents = copy_out(address, tmp, progress, documents=tmp_documents)
            transfer.place_new(tmp, target)
            # the file is in place; its documents folder follows under its own name
            os.rename(tmp_documents, store_documents.folder_of(target))
        except FileExistsError:
            raise ServiceError(MESSAGES["file_exists"], path=str(target)) from None
        except OSError:
            raise ServiceError(MESSAGES["write_failed"], path=str(target)) from None
        finally:
            for suffix in ("", "-wal", "-shm", "-journal"):
                Path(f"{tmp}{suffix}").unlink(missing_ok=True)
            shutil.rmtree(tmp_documents, ignore_errors=True)
        models.database_proxy.initialize(live)
        with live.atomic():
            audit.record("move_out", "database", None, [t for t, n in counts.items() if n])
    finally:
        live.close()
        models.database_proxy.initialize(None)
    return MoveResult(counts, documents, str(store_documents.folder_of(target)))


def copy_out(
    address: server.ServerAddress,
    tmp: Path,
    progress: Callable[[int, int], None] | None = None,
    *,
    documents: Path | None = None,
) -> tuple[dict[str, int], int]:
    """Writes the server database's rows, as of one snapshot, into a new file at `tmp`
    and checks it (rows per table, the audit chain); with `documents`, the stored
    documents into that new folder, checked by their SHA-256. Returns the rows per table
    and the documents written. The caller removes `tmp` and `documents` on failure."""
    previous = models.database_proxy.obj
    with server.snapshot(address) as source:
        expected = transfer.table_counts(source)
        lite = transfer.new_file(tmp)
        try:
            with lite.atomic():
                transfer.copy_rows(source, lite, progress)
            counts = transfer.table_counts(lite)
            for table, count in expected.items():
                if counts.get(table) != count:
                    raise ServiceError(MESSAGES["out_counts"], table=table)
            models.database_proxy.initialize(lite)
            chain = audit.verify_chain()
            if chain.broken_at is not None:
                raise ServiceError(MESSAGES["out_chain"], event=chain.broken_at)
            written = 0
            if documents is not None:
                done = transfer.documents_out(source, documents)
                if done is None:
                    raise ServiceError(MESSAGES["out_counts"], table=server_documents.TABLE)
                written = done
        finally:
            models.database_proxy.initialize(previous)
            transfer.close_file(lite)
    return expected, written


def _check_current(live: server.ServerDatabase) -> None:
    """Only an office database of this version is copied out (the file is made with
    this version's schema)."""
    state = server.inspect(live)
    where = live.address.display()
    if not state.ours:
        raise store_db.DatabaseOpenError(store_db.OpenProblem.FOREIGN, where)
    if not state.has_tables:
        raise store_db.DatabaseOpenError(store_db.OpenProblem.MISSING, where)
    if state.version > migrations.SCHEMA_VERSION:
        raise store_db.DatabaseOpenError(store_db.OpenProblem.NEWER, where)
    if state.version < migrations.SCHEMA_VERSION:
        raise store_db.DatabaseOpenError(store_db.OpenProblem.SERVER_OWNER, where)


def _taken(path: Path) -> Path | None:
    """The file of that name, or its companion or documents folder, that exists."""
    if Path(f"{path}.documents").exists():
        return Path(f"{path}.documents")
    companions = ("", "-wal", "-shm", "-journal")
    return path if any(Path(f"{path}{s}").exists() for s in companions) else None
