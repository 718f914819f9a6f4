"""soosr-desk erase CONTACT_ID --db PATH --yes: erase one person (Art. 17).

Prints in words what was removed and what was kept (what, which fields, how many; never
values) and the recipients to tell (Art. 19). Exit 0 when the erased bytes are gone, 1
when another program kept the write-ahead log busy (not finished: run it again later), 2
when refused.
"""

from __future__ import annotations

import datetime as dt
import sys

from soosr_desk.commands.common import CommandError, add_db_argument, open_locked, tr
from soosr_desk.commands.words import FIELDS, TABLES, word
from soosr_desk.rules.i18n import N_

RECIPIENTS = {"third_party": N_("third party"), "category": N_("recipients (category)")}


def register(sub) -> None:
    p = sub.add_parser("erase", help="erase a contact everywhere (asks for --yes)")
    p.add_argument("contact_id", type=int, metavar="CONTACT_ID")
    add_db_argument(p)
    p.add_argument("--yes", action="store_true", help="confirm: the erasure cannot be undone")
    p.set_defaults(func=run)


def run(args) -> int:
    from soosr_desk.services import erasure, erasure_rows
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
    _print_result(result, erasure_rows.WHY_TEXT)
    if not result.finished:
        print(tr(result.message), file=sys.stderr)
        return 1
    print(tr("Erased."))
    return 0


def _print_result(result, why_text: dict[str, str]) -> None:
    """One line per part, in words: "removed: notes (1): author, date of the note, text"."""
    for table, info in sorted(result.removed.items()):
        fields = ", ".join(word(FIELDS, f, tr) for f in info.get("fields", []))
        print(
            tr("removed: {what} ({n}): {fields}").format(
                what=word(TABLES, table, tr), n=info["rows"], fields=fields
            )
        )
    for table, info in sorted(result.kept.items()):
        why = why_text.get(info["why"])
        why = tr(why).format(until=info.get("until", "")) if why else word({}, info["why"], tr)
        print(
            tr("kept: {what} ({n}): {why}").format(
                what=word(TABLES, table, tr), n=info["rows"], why=why
            )
        )
    for r in result.recipients:
        print(
            tr("tell (Art. 19): {name} ({kind})").format(
                name=r.name, kind=word(RECIPIENTS, r.kind, tr)
            )
        )
