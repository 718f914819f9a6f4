"""soosr-desk check --db PATH: the dashboard's problems as text; exit 1 when any.

One line per problem: the page that fixes it (in words), the record's number, the text."""

from __future__ import annotations

import datetime as dt

from soosr_desk.commands.common import add_db_argument, open_locked, tr
from soosr_desk.commands.words import AREAS, word


def register(sub) -> None:
    p = sub.add_parser("check", help="check a database and list the problems to act on")
    add_db_argument(p)
    p.set_defaults(func=run)


def run(args) -> int:
    from soosr_desk.services import checks

    with open_locked(args.db_path):
        problems = checks.all_problems(dt.date.today())
    for p in problems:
        record = "" if p.record is None else str(p.record)
        print(f"{word(AREAS, p.area, tr)}\t{record}\t{p.render(tr)}")
    if not problems:
        print(tr("No problems found."))
    return 1 if problems else 0
