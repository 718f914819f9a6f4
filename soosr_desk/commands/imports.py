"""soosr-desk import contacts --db PATH FILE [FILE...] [--dry-run] [--source S]
[--relation R] [--update-existing]: contacts from CSV, Excel or vCard files, one batch per
file. Exit 0 when every row was taken, 1 when some were skipped, 2 when a file cannot be
read (then nothing is imported).

soosr-desk import request --db PATH FILE [--kind KIND] [--received YYYY-MM-DD]: a request
from a saved e-mail (.eml or .msg); prints its reference. Exit 2 when the kind is not
clear from the words and no --kind is given, or the e-mail has no date and no --received."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from soosr_desk.commands.common import (
    CommandError,
    add_db_argument,
    open_locked,
    progress_printer,
    tr,
)
from soosr_desk.rules.i18n import N_
from soosr_desk.rules.vocab import ContactSource, Relation, RequestKind

ADDED, UPDATED, SKIPPED, ROW = N_("added"), N_("updated"), N_("skipped"), N_("row")


def _date(text: str) -> dt.date:
    try:
        return dt.date.fromisoformat(text)
    except ValueError:
        raise CommandError(tr("Write the date as YYYY-MM-DD.")) from None


def register(sub) -> None:
    p = sub.add_parser("import", help="import contacts, or a request from an e-mail")
    what = p.add_subparsers(dest="what", metavar="WHAT", required=True)
    c = what.add_parser("contacts", help="contacts from .csv, .xlsx or .vcf files")
    add_db_argument(c)
    c.add_argument("files", type=Path, nargs="+", metavar="FILE")
    c.add_argument("--dry-run", action="store_true", help="check and count, change nothing")
    c.add_argument("--source", choices=[s.value for s in ContactSource], default="manual")
    c.add_argument("--relation", choices=[r.value for r in Relation], default="lead")
    c.add_argument("--received", help="the date the data was received (default today)")
    c.add_argument(
        "--update-existing",
        action="store_true",
        help="update contacts with the same e-mail address (else skip the row)",
    )
    c.set_defaults(func=run_contacts)
    r = what.add_parser("request", help="a rights request from a saved e-mail (.eml, .msg)")
    add_db_argument(r)
    r.add_argument("file", type=Path, metavar="FILE")
    r.add_argument("--kind", choices=[k.value for k in RequestKind])
    r.add_argument("--received", help="YYYY-MM-DD, when the e-mail has no date")
    r.set_defaults(func=run_request)


def run_contacts(args) -> int:
    from soosr_desk.services.importing.batch import run_import
    from soosr_desk.services.importing.checks import ImportOptions
    from soosr_desk.services.importing.mapping import guess_mapping
    from soosr_desk.services.importing.readers import read_table
    from soosr_desk.services.importing.table import UnreadableFile

    received = _date(args.received) if args.received else None
    tables = []
    for path in args.files:
        try:
            tables.append((path, read_table(path)))
        except UnreadableFile as exc:
            raise CommandError(exc.render(tr)) from None
    options = ImportOptions(
        source=args.source,
        relation=args.relation,
        received_on=received,
        update_existing=args.update_existing,
    )
    skipped_any = False
    with open_locked(args.db_path):
        for path, table in tables:
            result = run_import(
                table,
                guess_mapping(table.headers),
                options,
                dry_run=args.dry_run,
                progress=progress_printer(path.name),
            )
            print(
                f"{path.name}\t{tr(ADDED)}\t{result.added}\t{tr(UPDATED)}\t"
                f"{result.updated}\t{tr(SKIPPED)}\t{len(result.skipped)}"
            )
            for number, error in result.skipped + result.refused_cells:
                print(f"{path.name}\t{tr(ROW)} {number}\t{error.field}\t{error.render(tr)}")
            skipped_any = skipped_any or bool(result.skipped)
    return 1 if skipped_any else 0


def run_request(args) -> int:
    from soosr_desk.services import mail_intake
    from soosr_desk.services.errors import ServiceError

    try:
        facts = mail_intake.read_mail(args.file)
    except mail_intake.UnreadableMail as exc:
        raise CommandError(exc.render(tr)) from None
    kind = args.kind or facts.clear_kind
    if kind is None:
        hint = ", ".join(facts.kinds) or "-"
        raise CommandError(
            tr(
                "The kind of request is not clear from the e-mail (words for: "
                "{kinds}). Give it with --kind."
            ).format(kinds=hint)
        )
    received = _date(args.received) if args.received else facts.received_on
    if received is None:
        raise CommandError(
            tr("The e-mail has no date. Give the date it was received with --received YYYY-MM-DD.")
        )
    with open_locked(args.db_path):
        try:
            saved = mail_intake.request_from_mail(facts, kind, received_on=received)
        except ServiceError as exc:
            raise CommandError(exc.render(tr)) from None
    print(saved.reference)
    return 0
