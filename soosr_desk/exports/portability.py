"""Art. 20 GDPR: a person's data in a structured, commonly used, machine-readable format:
one JSON file with everything and one CSV file per table, UTF-8, in a ZIP."""

from __future__ import annotations

import csv
import datetime as dt
import io
import json
import zipfile
from collections.abc import Mapping, Sequence

from .safe_text import clean_text

README = """Your personal data / Uw persoonsgegevens (Art. 20 GDPR / artikel 20 AVG)

data.json holds everything; each .csv file holds one table. Both are UTF-8 and hold every
value exactly as we keep it: nothing is added or changed. A value that starts with =, +, -
or @ may be taken as a formula by a spreadsheet program: open a .csv file through the
program's import (as text), not by double-clicking it.

data.json bevat alles; elk .csv-bestand bevat een tabel. Beide zijn UTF-8 en bevatten elke
waarde precies zoals wij die bewaren: er is niets toegevoegd of veranderd. Een waarde die
begint met =, +, - of @ kan een spreadsheetprogramma als formule opvatten: open een
.csv-bestand via de importfunctie van het programma (als tekst), niet door erop te
dubbelklikken.
"""


def _plain(value):
    if isinstance(value, dt.datetime | dt.date):
        return value.isoformat()
    if isinstance(value, str):
        return clean_text(value)
    return value


def portability_zip(
    tables: Mapping[str, Sequence[Mapping[str, object]]], *, exported_on: dt.date, controller: str
) -> bytes:
    """`tables`: name -> rows (dicts with the same keys). Returns the ZIP's bytes.

    JSON and CSV keep every value as held (dates as ISO 8601): Art. 20 is about the data
    itself, so the CSV carries no formula guard (no leading `'`), unlike the CSV files made
    for the office. README.txt in the ZIP says so and how to open the CSV safely."""
    document = {
        "exported_on": exported_on.isoformat(),
        "controller": controller,
        "format": "SOOSR Desk portability export 1",
        "tables": {
            name: [{k: _plain(v) for k, v in row.items()} for row in rows]
            for name, rows in tables.items()
        },
    }
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", compression=zipfile.ZIP_DEFLATED) as zf:
        zf.writestr("data.json", json.dumps(document, ensure_ascii=False, indent=2))
        zf.writestr("README.txt", README.encode("utf-8"))
        for name, rows in tables.items():
            if not rows:
                continue
            text = io.StringIO()
            out = csv.writer(text)
            keys = list(rows[0])
            out.writerow(keys)
            for row in rows:
                out.writerow(["" if v is None else v for v in (_plain(row[k]) for k in keys)])
            zf.writestr(f"{name}.csv", text.getvalue().encode("utf-8"))
    return buffer.getvalue()
