"""soosr-desk due --db PATH: what is due for erasure, tab-separated.

One line per contact: id, name, rule, due since (YYYY-MM-DD). Always exits 0."""

from __future__ import annotations

import datetime as dt

from soosr_desk.commands.common import add_db_argument, open_locked


def register(sub) -> None:
    p = sub.add_parser("due", help="list the contacts that are due for erasure")
    add_db_argument(p)
    p.set_defaults(func=run)


def _cell(text: str) -> str:
    """One tab-separated cell: no tabs or line breaks inside it."""
    return " ".join(text.replace("\t", " ").splitlines())


def run(args) -> int:
    from soosr_desk.services.retention import due_list

    with open_locked(args.db_path):
        rows = due_list(dt.date.today())
    for r in rows:
        print(f"{r.contact_id}\t{_cell(r.name)}\t{r.rule.value}\t{r.due_since.isoformat()}")
    return 0
