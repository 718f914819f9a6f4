"""soosr-desk due --db PATH: what is due for erasure, tab-separated, under a header.

One line per contact: number, name, reason (in words), due since (YYYY-MM-DD).
Always exits 0."""

from __future__ import annotations

import datetime as dt

from soosr_desk.commands.common import add_db_argument, open_locked, tr
from soosr_desk.commands.words import RULES, word


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
    if not rows:
        print(tr("Nothing is due for erasure."))
        return 0
    print("\t".join((tr("No."), tr("Name"), tr("Reason"), tr("Due since"))))
    for r in rows:
        reason = word(RULES, r.rule, tr)
        print(f"{r.contact_id}\t{_cell(r.name)}\t{reason}\t{r.due_since.isoformat()}")
    return 0
