"""soosr-desk backup --db PATH [--out FILE] | --list | --restore FILE --yes

Without --out the copy goes to the database's backup folder, which is then thinned to
7 daily and 4 weekly backups; with --out it goes to FILE (never overwritten, never
thinned). --list shows the backups in the folder, newest first, tab-separated (a backup
dated in the future is marked "suspect"). --restore puts FILE in place of the database
(the current file kept aside) and applies again every erasure, objection and consent
withdrawal made after the backup.

On a server database (`--db postgresql://...`, issue 18) the backup is a logical dump
(pg_dump, else the program's own export), with the same roll-over; --restore, with the
owner's address, puts a backup's rows back in one transaction, the rights exercised
since applied again."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from soosr_desk.commands.common import (
    CommandError,
    add_db_argument,
    checked_file,
    holding_lock,
    open_locked,
    refused_as_message,
    tr,
)


def register(sub) -> None:
    p = sub.add_parser("backup", help="make a checked backup of a database, list or restore")
    add_db_argument(p)
    group = p.add_mutually_exclusive_group()
    group.add_argument("--out", type=Path, help="write the backup to this file instead")
    group.add_argument("--list", action="store_true", help="list the backups, newest first")
    group.add_argument("--restore", type=Path, metavar="FILE", help="put this backup back")
    p.add_argument("--yes", action="store_true", help="confirm the restore")
    p.set_defaults(func=run)


def run(args) -> int:
    from soosr_desk.services import backups, backups_server

    if args.list:
        now = dt.datetime.now()
        found = backups.list_backups(args.db_path)
        for info in found:
            mark = "\tsuspect" if backups.is_suspect(info, now) else ""
            print(f"{info.taken_at:%Y-%m-%d %H:%M:%S}\t{info.size}\t{info.path}{mark}")
        if not found:
            print(tr("No backups yet."))
        return 0
    if args.restore is not None:
        return restore(args)
    on_server = not isinstance(args.db_path, Path)  # a postgresql:// address (issue 18)
    if not on_server and not args.db_path.is_file():
        raise CommandError(tr("There is no database at {path}.").format(path=args.db_path))
    out = args.out
    if out is not None and not out.exists():  # an existing file: "never overwritten"
        checked_file(out, args, example="backup.dump" if on_server else "backup.db")
    now = dt.datetime.now()
    with open_locked(args.db_path) as db, refused_as_message():
        if on_server:
            info = backups_server.make_backup(db, now=now, out=out)
        else:
            info = backups.make_backup(db, args.db_path, now=now, out=out)
        if out is None:
            backups.prune(
                backups.backup_dir(args.db_path),
                now.date(),
                keep=info.path,
                floor_after=backups.latest_erasure(),
            )
    print(info.path)
    return 0


def restore(args) -> int:
    from soosr_desk.services import restoring

    if not args.yes:
        raise CommandError(
            tr("A restore replaces the current data. Add --yes to restore {name}.").format(
                name=args.restore.name
            )
        )
    if not args.restore.is_file():
        raise CommandError(tr("There is no file at {path}.").format(path=args.restore))
    if not isinstance(args.db_path, Path):
        return _server_restore(args)
    with holding_lock(args.db_path), refused_as_message():
        result = restoring.restore(args.restore, args.db_path)
    for text, params in result.sentences():
        print(tr(text).format(**params))
    if result.aside is not None:
        print(tr("The previous file was kept as {name}.").format(name=result.aside))
    return 0


def _server_restore(args) -> int:
    from soosr_desk.services import backups_server

    with open_locked(args.db_path) as db, refused_as_message():
        result = backups_server.restore(db, args.restore)
    for text, params in result.sentences():
        print(tr(text).format(**params))
    if result.aside is not None:
        print(tr("The data as it was is kept in the backup {name}.").format(name=result.aside))
    return 0
