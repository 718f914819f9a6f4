"""soosr-desk mailing --db PATH --purpose Nieuwsbrief --out FILE.csv|FILE.xlsx [--force]:
who may receive it. A .csv has every cell quoted (Dutch Excel splits on `;`); a .xlsx
is read by Excel the same everywhere."""

from __future__ import annotations

from pathlib import Path

from soosr_desk.commands.common import (
    add_db_argument,
    add_force_argument,
    checked_file,
    open_locked,
)


def register(sub) -> None:
    p = sub.add_parser("mailing", help="the mailing list for a newsletter or invitation")
    add_db_argument(p)
    p.add_argument("--purpose", default="Nieuwsbrief")
    p.add_argument("--out", type=Path, required=True, help="the .csv or .xlsx file to write")
    add_force_argument(p)
    p.set_defaults(func=run)


def run(args) -> int:
    from soosr_desk.services.marketing import export_mailing_list

    checked_file(args.out, args, example="mailing.csv")
    with open_locked(args.db_path):
        n = export_mailing_list(args.purpose, args.out)
    print(n)
    return 0
