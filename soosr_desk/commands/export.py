"""soosr-desk export KIND --db PATH --out FILE.xlsx [--force]: the registers as Excel.
An existing file is replaced only with --force; never the database or a backup."""

from __future__ import annotations

from pathlib import Path

from soosr_desk.commands.common import (
    add_db_argument,
    add_force_argument,
    checked_file,
    open_locked,
    progress_printer,
    tr,
)

KINDS = ("register", "recipients", "requests", "breaches", "contacts", "all")


def register(sub) -> None:
    p = sub.add_parser("export", help="write a register as an Excel workbook")
    p.add_argument("kind", choices=KINDS)
    add_db_argument(p)
    p.add_argument("--out", type=Path, required=True, help="the .xlsx file to write")
    p.add_argument(
        "--omit-restricted",
        action="store_true",
        help="leave restricted contacts (Art. 18) out of the contacts sheet; "
        "by default they are in it, flagged, with name and company only",
    )
    add_force_argument(p)
    p.set_defaults(func=run)


def run(args) -> int:
    from soosr_desk.services import register_workbooks

    out = args.out
    if out.name not in ("", ".", "..") and not out.is_dir() and out.suffix.lower() != ".xlsx":
        out = out.with_name(out.name + ".xlsx")
    checked_file(out, args)
    with open_locked(args.db_path):
        report = register_workbooks.export(
            args.kind,
            out,
            progress=progress_printer("export"),
            omit_restricted=args.omit_restricted,
        )
    for sheet, rows in report.rows.items():
        print(f"{sheet}\t{rows}")
    for cell in report.truncated[:20]:
        print(
            tr("cut off: {sheet}, row {row}, column {column}").format(
                sheet=cell.sheet, row=cell.row, column=cell.column
            )
        )
    return 0
