"""soosr-desk move --from FILE.db --to postgresql://...: a desk's database file into an
empty office database on a server (issue 18). The file is left as it was.

soosr-desk move --from postgresql://... --to FILE.db: the office database into a new file
(for an auditor to take home); never over an existing file."""

from __future__ import annotations

from pathlib import Path

from soosr_desk.commands.common import CommandError, progress_printer, tr


def register(sub) -> None:
    p = sub.add_parser(
        "move", help="copy a database file into an empty server database, or back to a file"
    )
    p.add_argument(
        "--from", dest="source", required=True, help="database file or postgresql:// address"
    )
    p.add_argument(
        "--to",
        dest="target",
        required=True,
        help="postgresql://user@server:5432/database (no password), or a new file",
    )
    p.add_argument("--lang", choices=("nl", "en"), dest="command_lang", help="language")
    p.set_defaults(func=run)


def run(args) -> int:
    from soosr_desk.services import database, move
    from soosr_desk.services.errors import ServiceError
    from soosr_desk.ui.lock import DatabaseLocked, InstanceLock

    from_server = isinstance(database.db_location(args.source), str)
    to_server = isinstance(database.db_location(args.target), str)
    if from_server and not to_server:
        return _out(args.source, Path(args.target))
    if not to_server:
        raise CommandError(tr("--to must be a postgresql:// address."))
    if from_server:
        raise CommandError(tr("--from must be a database file when --to is a server."))
    source = Path(args.source)
    lock = InstanceLock(source) if source.parent.exists() else None
    try:
        if lock is not None:
            lock.acquire()
    except DatabaseLocked:
        raise CommandError(
            tr("This database is open in SOOSR Desk{who}. Close it first.").format(who="")
        ) from None
    try:
        result = move.move_to_server(source, args.target, progress_printer(tr("Rows")))
    except database.DatabaseOpenError as exc:
        raise CommandError(
            tr(database.problem_message(exc.problem)).format(path=exc.path)
        ) from None
    except ServiceError as exc:
        raise CommandError(exc.render(tr)) from None
    finally:
        if lock is not None:
            lock.release()
    total = sum(result.counts.values())
    print(
        tr("Moved {rows} rows in {tables} tables; the audit trail is unbroken.").format(
            rows=total, tables=sum(1 for n in result.counts.values() if n)
        )
    )
    if result.documents:
        print(
            tr("{count} documents copied to {folder}.").format(
                count=result.documents, folder=result.documents_folder
            )
        )
    return 0


def _out(url: str, target: Path) -> int:
    from soosr_desk.services import database, move
    from soosr_desk.services.errors import ServiceError

    try:
        result = move.move_to_file(url, target, progress_printer(tr("Rows")))
    except database.DatabaseOpenError as exc:
        raise CommandError(
            tr(database.problem_message(exc.problem)).format(path=exc.path)
        ) from None
    except ServiceError as exc:
        raise CommandError(exc.render(tr)) from None
    print(
        tr("Copied {rows} rows in {tables} tables to {path}; the audit trail is unbroken.").format(
            rows=sum(result.counts.values()),
            tables=sum(1 for n in result.counts.values() if n),
            path=target,
        )
    )
    if result.documents:
        print(
            tr("{count} documents copied to {folder}.").format(
                count=result.documents, folder=result.documents_folder
            )
        )
    return 0
