"""soosr-desk calendar --db PATH --out FILE.ics: every open deadline as an iCalendar file
for Outlook (references and kinds only)."""

from __future__ import annotations

from pathlib import Path

from soosr_desk.commands.common import CommandError, add_db_argument, open_locked, tr


def register(sub) -> None:
    p = sub.add_parser("calendar", help="write the open deadlines as an .ics calendar file")
    add_db_argument(p)
    p.add_argument("--out", type=Path, required=True, help="the .ics file to write")
    p.set_defaults(func=run)


def _companions(db_path: Path) -> set[Path]:
    base = db_path.resolve()
    return {base} | {base.with_name(base.name + s) for s in ("-wal", "-shm", "-journal")}


def run(args) -> int:
    from soosr_desk.services.deadline_calendar import write_calendar

    out = args.out if args.out.suffix.lower() == ".ics" else args.out.with_suffix(".ics")
    if not out.parent.is_dir():
        raise CommandError(f"{out.parent}: folder does not exist")
    if out.resolve() in _companions(args.db_path):
        raise CommandError(tr("{path}: that is the database itself; choose another file.")
                           .format(path=out))  # fmt: skip
    with open_locked(args.db_path):
        try:
            count = write_calendar(out, tr=tr)
        except OSError as exc:
            raise CommandError(f"{out}: {exc.strerror or type(exc).__name__}") from None
    print(f"{count}\t{out}")
    return 0
