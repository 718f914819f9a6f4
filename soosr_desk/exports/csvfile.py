"""CSV files: UTF-8, comma-separated, every cell quoted, with the formula guard on text
(OWASP).

Every cell is quoted: Dutch Excel splits on `;`, not on `,`, so an unquoted `x;=1+2`
would become two cells there, the second a formula. Inside quotes no separator splits a
cell, whichever one the spreadsheet uses."""

from __future__ import annotations

import csv
from collections.abc import Iterable, Sequence
from pathlib import Path

from .safe_text import atomic_write, clean_text, csv_safe


def write_csv(
    path: Path,
    header: Sequence[str],
    rows: Iterable[Sequence],
    *,
    guard: bool = True,
    bom: bool = False,
) -> int:
    """Writes a CSV file all or nothing; returns the number of data rows.

    Text that a spreadsheet would run as a formula gets a leading `'` when `guard` is on.
    `bom` helps Excel on Windows read UTF-8; machine-readable exports (Art. 20) leave it off.
    """
    count = 0

    def cell(value) -> object:
        if value is None:
            return ""
        if isinstance(value, str):
            text = clean_text(value)
            return csv_safe(text) if guard else text
        return value

    def write(tmp: Path) -> None:
        nonlocal count
        with open(tmp, "w", encoding="utf-8-sig" if bom else "utf-8", newline="") as fh:
            out = csv.writer(fh, quoting=csv.QUOTE_ALL)
            out.writerow([cell(h) for h in header])
            for row in rows:
                out.writerow([cell(v) for v in row])
                count += 1

    atomic_write(Path(path), write)
    return count
