"""Moving a desk's database file to the office server (issue 18): `soosr-desk move`.

Everything in the file goes: the register, contacts, requests with their letters, the
audit trail with its hashes. The file is only read (its copy is migrated, not the file).
The server database must be empty; the copy is written in one transaction and checked
inside it (the same number of rows in every table, one unbroken audit chain) before it
commits, so a failed move leaves the server database as empty as it was."""

from __future__ import annotations

import shutil
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from soosr_desk.rules.i18n import N_
from soosr_desk.services import audit
from soosr_desk.services.errors import ServiceError
from soosr_desk.store import db as store_db
from soosr_desk.store import migrations, models, server, transfer

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
}


@dataclass(frozen=True)
class MoveResult:
    counts: dict[str, int]
    documents: int
    documents_folder: Path


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
                _copy_and_check(lite, target, expected, source, progress)
                documents, where = _copy_documents(Path(source), target)
            finally:
                target.close()
                models.database_proxy.initialize(None)
        finally:
            lite.close()
    return MoveResult(expected, documents, where)


def _copy_and_check(lite, target, expected, source, progress) -> None:
    with target.atomic():
        migrations.migrate(target)
        transfer.copy_rows(lite, target, progress)
        counts = transfer.table_counts(target)
        for table, count in expected.items():
            if counts.get(table) != count:
                raise ServiceError(MESSAGES["counts"], table=table)
        models.database_proxy.initialize(target)
        chain = audit.verify_chain()
        if chain.broken_at is not None:
            raise ServiceError(MESSAGES["chain"], path=str(source), event=chain.broken_at)
        audit.record("move_in", "database", None, [t for t, n in expected.items() if n])


def _copy_documents(source: Path, target: server.ServerDatabase) -> tuple[int, Path]:
    """The signed documents and e-mails beside the file, copied to this desk's folder of
    the server database (they are not shared with other desks yet)."""
    folder = source.with_name(source.name + ".documents")
    where = server.documents_folder(target)
    count = 0
    if folder.is_dir():
        where.mkdir(parents=True, exist_ok=True)
        for item in folder.iterdir():
            if item.is_file() and not item.name.endswith(".part"):
                tmp = where / (item.name + ".part")
                shutil.copyfile(item, tmp)
                tmp.replace(where / item.name)
                count += 1
    return count, where
