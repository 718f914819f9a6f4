"""Art. 20 GDPR: a person's data in a structured, commonly used, machine-readable format:
one JSON file with everything and one CSV file per table, UTF-8, in a ZIP."""

from __future__ import annotations

import csv
import datetime as dt
import io
import json
import zipfile
from collections.abc import Mapping, Sequence

from .safe_text import clean_text, csv_safe


def _plain(value):
    if isinstance(value, dt.datetime | dt.date):
        return value.isoformat()
    if isinstance(value, str):
        return clean_text(value)
    return value


def portability_zip(tables: Mapping[str, Sequence[Mapping[str, object]]], *,
                    exported_on: dt.date, controller: str) -> bytes:  # fmt: skip
    """`tables`: name -> rows (dicts with the same keys). Returns the ZIP's bytes.

    The JSON keeps values as they are (dates as ISO 8601); the CSV files guard text
    against spreadsheet formulas (a leading `'`), as any CSV we hand out does."""
    document = {
        "exported_on": exported_on.isoformat(),
        "controller": controller,
        "format": "SOOSR Desk portability export 1",
        "tables": {name: [{k: _plain(v) for k, v in row.items()} for row in rows]
                   for name, rows in tables.items()},
    }  # fmt: skip
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", compression=zipfile.ZIP_DEFLATED) as zf:
        zf.writestr("data.json", json.dumps(document, ensure_ascii=False, indent=2))
        for name, rows in tables.items():
            if not rows:
                continue
            text = io.StringIO()
            out = csv.writer(text)
            keys = list(rows[0])
            out.writerow(keys)
            for row in rows:
                out.writerow([csv_safe(v) if isinstance(v, str) else ("" if v is None else v)
                              for v in (_plain(row[k]) for k in keys)])  # fmt: skip
            zf.writestr(f"{name}.csv", text.getvalue().encode("utf-8"))
    return buffer.getvalue()
