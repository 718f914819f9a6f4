"""soosr-desk erase CONTACT_ID --db PATH --yes: erase one person (Art. 17).

Prints what was removed and what was kept (tables, fields, counts; never values) and the
recipients to tell (Art. 19). Exit 0 when the erased bytes are gone, 1 when another
program kept the write-ahead log busy (not finished: run it again later), 2 when refused.
"""

from __future__ import annotations

import datetime as dt
import sys

from soosr_desk.commands.common import CommandError, add_db_argument, open_locked, tr


def register(sub) -> None:
    p = sub.add_parser("erase", help="erase a contact everywhere (asks for --yes)")
    p.add_argument("contact_id", type=int, metavar="CONTACT_ID")
    add_db_argument(p)
    p.add_argument("--yes", action="store_true", help="confirm: the erasure cannot be undone")
    p.set_defaults(func=run)


def run(args) -> int:
    from soosr_desk.services import erasure
    from soosr_desk.services.errors import ServiceError

    if not args.yes:
        raise CommandError(
            tr("Erasure cannot be undone. Add --yes to erase contact {id}.").format(
                id=args.contact_id
            )
        )
    with open_locked(args.db_path):
        try:
            result = erasure.erase_contact(args.contact_id, reason="manual", today=dt.date.today())
        except ServiceError as exc:
            raise CommandError(exc.render(tr)) from None
    for table, info in sorted(result.removed.items()):
        print(f"removed\t{table}\t{info['rows']}\t{','.join(info.get('fields', []))}")
    for table, info in sorted(result.kept.items()):
        print(f"kept\t{table}\t{info['rows']}\t{info['why']}\t{info.get('until', '')}")
    for r in result.recipients:
        print(f"tell\t{r.kind}\t{r.name}")
    if not result.finished:
        print(tr(result.message), file=sys.stderr)
        return 1
    print(tr("Erased."))
    return 0
