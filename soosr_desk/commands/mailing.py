"""soosr-desk mailing --db PATH --purpose Nieuwsbrief --out FILE.csv|FILE.xlsx [--force]:
who may receive it. A .csv has every cell quoted (Dutch Excel splits on `;`); a .xlsx
is read by Excel the same everywhere. An existing file is replaced only with --force.

A purpose nobody ever consented to (a typing error, "Kerstkaart") is refused with the list
of purposes: otherwise every customer contact (soft opt-in) would land in the file."""

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
from soosr_desk.rules.vocab import CONSENT_PURPOSES


def register(sub) -> None:
    p = sub.add_parser("mailing", help="the mailing list for a newsletter or invitation")
    add_db_argument(p)
    p.add_argument("--purpose", help="the consent purpose (default: the newsletter)")
    p.add_argument("--out", type=Path, required=True, help="the .csv or .xlsx file to write")
    add_force_argument(p)
    p.set_defaults(func=run)


def known_purposes(recorded: list[str]) -> list[str]:
    """The purposes the program offers, in the chosen language, then those recorded."""
    known: list[str] = []
    for p in [tr(p) for p in CONSENT_PURPOSES] + recorded:
        if p.casefold() not in {k.casefold() for k in known}:
            known.append(p)
    return known


def run(args) -> int:
    from soosr_desk.services.marketing import export_mailing_list, recorded_purposes

    purpose = (args.purpose or tr(CONSENT_PURPOSES[0])).strip()
    checked_file(args.out, args, example="mailing.csv")
    with open_locked(args.db_path):
        known = known_purposes(recorded_purposes())
        if purpose.casefold() not in {k.casefold() for k in known}:
            raise CommandError(
                tr("There is no purpose {purpose}. Choose one of: {purposes}").format(
                    purpose=f"'{purpose}'", purposes="; ".join(known)
                )
            )
        n = export_mailing_list(purpose, args.out)
    print(
        tr("{n} people may receive this mailing; list written to {path}").format(n=n, path=args.out)
    )
    return 0
