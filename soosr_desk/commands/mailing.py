"""soosr-desk mailing --db PATH --purpose Nieuwsbrief --out FILE.csv: who may receive it."""

from __future__ import annotations

from pathlib import Path

from soosr_desk.commands.common import add_db_argument, open_locked


def register(sub) -> None:
    p = sub.add_parser("mailing", help="the mailing list for a newsletter or invitation")
    add_db_argument(p)
    p.add_argument("--purpose", default="Nieuwsbrief")
    p.add_argument("--out", type=Path, required=True)
    p.set_defaults(func=run)


def run(args) -> int:
    from soosr_desk.services.marketing import export_mailing_list

    with open_locked(args.db_path):
        n = export_mailing_list(args.purpose, args.out)
    print(n)
    return 0
