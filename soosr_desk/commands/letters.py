"""soosr-desk letters --db PATH --out DIR [--ref REF] [--force]: the kept letters as PDF
files (the folder is made when missing; an existing file is replaced only with --force).

Without --ref: the latest letter of every open request. With --ref: every letter of that
request (and its portability ZIP). Requests without a letter yet are listed."""

from __future__ import annotations

from pathlib import Path

from soosr_desk.commands.common import (
    add_db_argument,
    add_force_argument,
    checked_folder,
    open_locked,
    refused_as_message,
    tr,
)
from soosr_desk.rules.i18n import N_, plural


def register(sub) -> None:
    p = sub.add_parser("letters", help="write the letters of open requests (or of one) as PDF")
    add_db_argument(p)
    p.add_argument(
        "--out", type=Path, required=True, help="the folder to write into (made when missing)"
    )
    p.add_argument("--ref", help="one request's reference, e.g. AVG-2026-0007")
    p.add_argument(
        "--eml",
        action="store_true",
        help="also an e-mail draft (.eml) beside each PDF, to send from Outlook",
    )
    add_force_argument(p)
    p.set_defaults(func=run)


def run(args) -> int:
    from soosr_desk.services.letter_mail import write_draft
    from soosr_desk.services.requests.letters import write_letters

    with open_locked(args.db_path):
        checked_folder(args.out, args)
        no_address: list[int] = []
        beside = (
            (lambda letter_id, folder: write_draft(letter_id, folder, skipped=no_address))
            if args.eml
            else None
        )
        with refused_as_message():
            written = write_letters(args.out, args.ref, beside=beside, replace=args.force)
    for ref in written.without_letter:
        print(f"{ref}\t{tr('no letter yet')}")
    for path in written.files:
        print(path)
    if args.eml and no_address:
        print(
            tr(
                plural(
                    len(no_address),
                    N_("{count} letter without an e-mail address of the requester: no draft."),
                    N_("{count} letters without an e-mail address of the requester: no draft."),
                )
            ).format(count=len(no_address))
        )
    return 0
