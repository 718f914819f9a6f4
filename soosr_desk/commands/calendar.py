"""soosr-desk calendar --db PATH --out FILE.ics [--force]: every open deadline as an
iCalendar file for Outlook (references and kinds only). Where it may be written is
services.targets' decision (never the database or a backup; an existing file only with
--force)."""

from __future__ import annotations

from pathlib import Path

from soosr_desk.commands.common import (
    CommandError,
    add_db_argument,
    add_force_argument,
    checked_file,
    open_locked,
    tr,
)


def register(sub) -> None:
    p = sub.add_parser("calendar", help="write the open deadlines as an .ics calendar file")
    add_db_argument(p)
    p.add_argument("--out", type=Path, required=True, help="the .ics file to write")
    add_force_argument(p)
    p.set_defaults(func=run)


def run(args) -> int:
    from soosr_desk.services.deadline_calendar import write_calendar

    out = args.out if args.out.suffix.lower() == ".ics" else args.out.with_suffix(".ics")
    checked_file(out, args, example="termijnen.ics")
    with open_locked(args.db_path):
        try:
            count = write_calendar(out, tr=tr)
        except OSError as exc:
            raise CommandError(f"{out}: {exc.strerror or type(exc).__name__}") from None
    print(f"{count}\t{out}")
    return 0
