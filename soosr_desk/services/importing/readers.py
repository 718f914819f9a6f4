"""Reading contact files: CSV (UTF-8, UTF-8 with BOM or Windows-1252; comma, semicolon or
tab, detected), Excel .xlsx (the first sheet) and vCard (see vcard.py).

Dutch Excel saves "CSV (gescheiden door lijstscheidingsteken)" as Windows-1252 with `;`;
Outlook exports UTF-8 or Windows-1252 with `,`; Google Contacts UTF-8 with `,`."""

from __future__ import annotations

import csv
import datetime as dt
import io
from pathlib import Path

from soosr_desk.rules.i18n import N_
from soosr_desk.services.importing.table import Table, UnreadableFile
from soosr_desk.services.importing.vcard import read_vcards

ENCODINGS = ("utf-8-sig", "utf-8", "cp1252", "utf-16")
DELIMITERS = (",", ";", "\t")
MAX_BYTES = 200 * 1024 * 1024
CANNOT_READ = N_("The file {name} cannot be read: {why}")


def read_table(path: Path, *, encoding: str | None = None, delimiter: str | None = None) -> Table:
    """Reads a contact file by its extension (.csv/.txt, .xlsx, .vcf). UnreadableFile when
    it is missing, empty, too large or not of its kind."""
    path = Path(path)
    suffix = path.suffix.lower()
    try:
        size = path.stat().st_size
    except OSError as exc:
        raise UnreadableFile(CANNOT_READ, name=path.name, why=exc.strerror or "?") from None
    if size > MAX_BYTES:
        raise UnreadableFile(CANNOT_READ, name=path.name, why="> 200 MB")
    try:
        if suffix == ".xlsx":
            table = read_xlsx(path)
        elif suffix in (".vcf", ".vcard"):
            table = read_vcards(path.read_bytes())
        else:
            table = read_csv(path.read_bytes(), encoding=encoding, delimiter=delimiter)
    except UnreadableFile as exc:
        exc.params.setdefault("name", path.name)
        raise
    except (OSError, ValueError, KeyError, csv.Error) as exc:
        why = getattr(exc, "strerror", None) or type(exc).__name__
        raise UnreadableFile(CANNOT_READ, name=path.name, why=why) from None
    if not table.headers:
        raise UnreadableFile(CANNOT_READ, name=path.name, why=N_("no columns"))
    return table


def detect_encoding(data: bytes) -> str:
    if data.startswith(b"\xef\xbb\xbf"):
        return "utf-8-sig"
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return "utf-16"
    try:
        data.decode("utf-8")
        return "utf-8"
    except UnicodeDecodeError:
        return "cp1252"


def detect_delimiter(text: str) -> str:
    """The separator that occurs most often in the header line outside quotes."""
    counts = dict.fromkeys(DELIMITERS, 0)
    quoted = False
    for ch in text.split("\n", 1)[0]:
        if ch == '"':
            quoted = not quoted
        elif not quoted and ch in counts:
            counts[ch] += 1
    best = max(DELIMITERS, key=lambda d: counts[d])
    return best if counts[best] else ","


def read_csv(data: bytes, *, encoding: str | None = None, delimiter: str | None = None) -> Table:
    if not data.strip():
        raise UnreadableFile(CANNOT_READ, why=N_("the file is empty"))
    encoding = encoding or detect_encoding(data)
    # Windows-1252 leaves five bytes undefined; read them as Latin-1 rather than fail
    text = data.decode(encoding, errors="strict" if encoding != "cp1252" else "replace")
    if "\x00" in text:
        raise UnreadableFile(CANNOT_READ, why=N_("this is not a text file"))
    text = text.lstrip("\ufeff")
    delimiter = delimiter or detect_delimiter(text)
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)
    rows, numbers = [], []
    headers: list[str] | None = None
    for record in reader:
        if headers is None:
            headers = [h.strip() for h in record]
            continue
        if not (record and record[0].strip()) and not any(cell.strip() for cell in record):
            continue  # an empty line (most rows are known not to be by their first cell)
        rows.append(record)
        numbers.append(reader.line_num)
    return Table("csv", headers or [], rows, numbers, encoding, delimiter)


def cell_text(value: object) -> str:
    if value is None:
        return ""
    if isinstance(value, dt.datetime):
        return value.date().isoformat() if value.time() == dt.time() else value.isoformat()
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value)


def read_xlsx(path: Path) -> Table:
    from openpyxl import load_workbook

    try:
        book = load_workbook(path, read_only=True, data_only=True)
    except Exception as exc:  # openpyxl raises zipfile, KeyError, InvalidFileException...
        raise UnreadableFile(CANNOT_READ, why=type(exc).__name__) from None
    try:
        sheet = book.worksheets[0]
        rows, numbers = [], []
        headers: list[str] | None = None
        for number, values in enumerate(sheet.iter_rows(values_only=True), start=1):
            texts = [cell_text(v) for v in values]
            if headers is None:
                if any(t.strip() for t in texts):
                    headers = [t.strip() for t in texts]
                continue
            if any(t.strip() for t in texts):
                rows.append(texts)
                numbers.append(number)
    finally:
        book.close()
    while headers and not headers[-1]:
        headers.pop()
    return Table("xlsx", headers or [], rows, numbers)
