"""soosr-desk demo --db PATH [--contacts N] [--seed S]: realistic Dutch demo data."""

from __future__ import annotations

import datetime as dt

from soosr_desk.commands.common import add_db_argument, open_locked, progress_printer, tr


def register(sub) -> None:
    p = sub.add_parser("demo", help="write realistic demo data into a database")
    add_db_argument(p)
    p.add_argument("--contacts", type=int, default=1000)
    p.add_argument("--seed", type=int, default=1)
    p.set_defaults(func=run)


def run(args) -> int:
    from soosr_desk.services.demo import generate_demo

    with open_locked(args.db_path) as db:
        report = generate_demo(
            db,
            contacts=args.contacts,
            seed=args.seed,
            today=dt.date.today(),
            progress=progress_printer("demo"),
        )
    print(tr("{contacts} contacts, {companies} companies, {notes} notes, {consents} consents "
             "in {seconds} s").format(contacts=report.contacts, companies=report.companies,
                                     notes=report.notes, consents=report.consents,
                                     seconds=f"{report.seconds:.1f}"))  # fmt: skip
    return 0
