"""soosr-desk letters --db PATH --out DIR [--ref REF]: the kept letters as PDF files.

Without --ref: the latest letter of every open request. With --ref: every letter of that
request (and its portability ZIP). Requests without a letter yet are listed."""

from __future__ import annotations

from pathlib import Path

from soosr_desk.commands.common import CommandError, add_db_argument, open_locked, tr


def register(sub) -> None:
    p = sub.add_parser("letters", help="write the letters of open requests (or of one) as PDF")
    add_db_argument(p)
    p.add_argument("--out", type=Path, required=True, help="the folder to write into")
    p.add_argument("--ref", help="one request's reference, e.g. AVG-2026-0007")
    p.set_defaults(func=run)


def run(args) -> int:
    from soosr_desk.exports.safe_text import atomic_write
    from soosr_desk.services import requests as rq

    if not args.out.is_dir():
        raise CommandError(f"{args.out}: folder does not exist")

    def write(name: str, content: bytes) -> None:
        path = args.out / name
        atomic_write(path, lambda tmp: tmp.write_bytes(content))
        print(path)

    with open_locked(args.db_path):
        rows = rq.list_requests()
        if args.ref:
            chosen = [r for r in rows if r.reference == args.ref.strip().upper()]
            if not chosen:
                raise CommandError(tr("No request with reference {ref}.").format(ref=args.ref))
        else:
            chosen = [r for r in rows if r.status in rq.OPEN_STATUSES]
        for r in sorted(chosen, key=lambda r: r.reference):
            letters = rq.letters_of(r.id)
            if not letters:
                print(f"{r.reference}\t{tr('no letter yet')}")
                continue
            for letter in letters if args.ref else letters[-1:]:
                name, pdf, att_name, att = rq.letter_file(letter.id)
                write(name, pdf)
                if att is not None:
                    write(att_name, att)
    return 0
