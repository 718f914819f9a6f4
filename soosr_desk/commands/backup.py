"""soosr-desk backup --db PATH [--out FILE] | --list: a checked copy of the database.

Without --out the copy goes to the database's backup folder, which is then thinned to
7 daily and 4 weekly backups; with --out it goes to FILE (never overwritten, never
thinned). --list shows the backups in the folder, newest first, tab-separated."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from soosr_desk.commands.common import CommandError, add_db_argument, open_locked, tr


def register(sub) -> None:
    p = sub.add_parser("backup", help="make a checked backup of a database, or list backups")
    add_db_argument(p)
    group = p.add_mutually_exclusive_group()
    group.add_argument("--out", type=Path, help="write the backup to this file instead")
    group.add_argument("--list", action="store_true", help="list the backups, newest first")
    p.set_defaults(func=run)


def run(args) -> int:
    from soosr_desk.services import backups
    from soosr_desk.services.errors import ServiceError

    if not isinstance(args.db_path, Path):  # a postgresql:// address (issue 18)
        raise CommandError(tr("A server database is backed up on the server (pg_dump); this "
                              "command backs up a database file."))  # fmt: skip
    if args.list:
        found = backups.list_backups(args.db_path)
        for info in found:
            print(f"{info.taken_at:%Y-%m-%d %H:%M:%S}\t{info.size}\t{info.path}")
        if not found:
            print(tr("No backups yet."))
        return 0
    if not args.db_path.is_file():
        raise CommandError(tr("There is no database at {path}.").format(path=args.db_path))
    out = args.out
    if out is not None and not out.parent.is_dir():
        raise CommandError(f"{out.parent}: folder does not exist")
    now = dt.datetime.now()
    with open_locked(args.db_path) as db:
        try:
            info = backups.make_backup(db, args.db_path, now=now, out=out)
            if out is None:
                backups.prune(backups.backup_dir(args.db_path), now.date(), keep=info.path)
        except ServiceError as exc:
            raise CommandError(exc.render(tr)) from None
    print(info.path)
    return 0
