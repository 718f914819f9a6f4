"""soosr-desk demo --db PATH [--create] [--contacts N] [--seed S]: realistic Dutch demo
data. Refused on a database with real contacts (no demo stamp); a new database is made
only with --create."""

from __future__ import annotations

import datetime as dt

from soosr_desk.commands.common import (
    add_db_argument,
    open_locked,
    progress_printer,
    refused_as_message,
    tr,
)


def register(sub) -> None:
    p = sub.add_parser("demo", help="write realistic demo data into a (new) database")
    add_db_argument(p, create=True)
    p.add_argument("--contacts", type=int, default=1000)
    p.add_argument("--seed", type=int, default=1)
    p.set_defaults(func=run)


def run(args) -> int:
    from soosr_desk.services import demo_guard
    from soosr_desk.services.demo import generate_demo

    with open_locked(args.db_path, create=args.create) as db:
        with refused_as_message():
            demo_guard.check_demo_allowed()
        demo_guard.stamp_demo()
        report = generate_demo(
            db,
            contacts=args.contacts,
            seed=args.seed,
            today=dt.date.today(),
            progress=progress_printer("demo"),
            bulk=True,  # the command holds the database alone (open_locked)
        )
    print(
        tr(
            "{contacts} contacts, {companies} companies, {notes} notes, {consents} consents "
            "in {seconds} s"
        ).format(
            contacts=report.contacts,
            companies=report.companies,
            notes=report.notes,
            consents=report.consents,
            seconds=f"{report.seconds:.1f}",
        )
    )
    return 0
