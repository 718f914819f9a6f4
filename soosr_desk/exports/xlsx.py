"""Excel workbooks: the one way user text enters a worksheet (RELIABILITY.md 0.4, R9, R10).

openpyxl runs in write-only mode, so 100,000 rows stream with flat memory. Every text cell
goes through `to_cell_text` and is written as a string cell (`data_type = "s"`), so `=...`
never becomes a formula and `#N/A` never an error cell; text Excel would take for a formula
if typed also gets `quotePrefix`. Text too long for a cell is cut with a visible marker and
listed in the returned `WorkbookReport`, so the caller can warn.
"""

from __future__ import annotations

import contextlib
import math
import re
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime
from decimal import Decimal
from pathlib import Path
from typing import Any, Literal

from openpyxl import Workbook
from openpyxl.cell import Cell
from openpyxl.cell.cell import ERROR_CODES
from openpyxl.styles import Alignment, Font
from openpyxl.utils import get_column_letter

from .progress import CancelledFn, ProgressFn, Ticker, total_rows
from .safe_text import XLSX_QUOTE_STARTS, atomic_write, clean_text, to_cell_text

ColumnKind = Literal["text", "date", "datetime", "int", "float", "bool"]

DATE_FORMAT = "DD-MM-YYYY"
DATETIME_FORMAT = "DD-MM-YYYY HH:MM"
_SHEET_TITLE_MAX = 31
_SHEET_TITLE_FORBIDDEN = re.compile(r"[\[\]:*?/\\]")
# The cover lists at most this many cut cells; the report holds all of them.
_COVER_TRUNCATED_MAX = 100


@dataclass
class Column:
    header: str
    kind: ColumnKind
    width: float = 18
    wrap: bool = False


@dataclass
class Sheet:
    title: str
    columns: list[Column]
    rows: Iterable[Sequence[Any]]  # may be a generator: rows are streamed, not kept
    description: str = ""


@dataclass(frozen=True)
class CoverLabels:
    """Texts on the cover sheet; Dutch by default, the caller may pass a translation."""

    sheet_title: str = "Voorblad"
    export_date: str = "Exportdatum"
    sheet: str = "Tabblad"
    description: str = "Omschrijving"
    rows: str = "Rijen"
    truncated: str = "Afgekapte cellen (tekst te lang voor Excel)"
    truncated_at: str = "{sheet}, rij {row}, kolom {column}"


@dataclass
class Cover:
    title: str
    controller_lines: list[str]
    export_date: date
    # (sheet title, description); left empty, it lists the data sheets of the workbook.
    contents: list[tuple[str, str]] = field(default_factory=list)
    labels: CoverLabels = field(default_factory=CoverLabels)


@dataclass(frozen=True)
class TruncatedCell:
    sheet: str
    row: int  # the row number Excel shows (the header is row 1)
    column: str  # the column header


@dataclass
class WorkbookReport:
    rows: dict[str, int]  # data rows per sheet, by the title written to the file
    truncated: list[TruncatedCell]


class _Styles:
    """The handful of cell styles every cell shares (not one style object per cell)."""

    def __init__(self, ws: Any) -> None:
        wrap = Alignment(wrap_text=True, vertical="top")
        self.bold = self._style(ws, font=Font(bold=True))
        self.big = self._style(ws, font=Font(bold=True, size=14))
        self.date = self._style(ws, number_format=DATE_FORMAT)
        self.datetime = self._style(ws, number_format=DATETIME_FORMAT)
        self.wrap = self._style(ws, alignment=wrap)
        self.quote = self._style(ws, quotePrefix=True)
        self.quote_wrap = self._style(ws, alignment=wrap, quotePrefix=True)

    @staticmethod
    def _style(ws: Any, **attrs: Any) -> Any:
        # Style one template cell through openpyxl's public setters; new cells copy its
        # style array instead of looking each Font/Alignment up again.
        template = Cell(ws, row=1, column=1)
        for name, value in attrs.items():
            setattr(template, name, value)
        return template._style


class _SheetWriter:
    """Turns plain values into cells for one worksheet and reports cut text per row."""

    def __init__(self, ws: Any, styles: _Styles, report: WorkbookReport) -> None:
        self.ws = ws
        self.styles = styles
        self.report = report
        self.row = 0  # the last row written, as Excel numbers it
        self.cut_columns: list[str] = []

    def append(self, cells: list[Any]) -> None:
        self.ws.append(cells)
        self.row += 1
        if self.cut_columns:
            title, row = self.ws.title, self.row
            self.report.truncated.extend(TruncatedCell(title, row, h) for h in self.cut_columns)
            self.cut_columns.clear()

    def text(self, value: Any, header: str, wrap: bool = False, style: Any = None) -> Any:
        if value is None:
            return None
        text, truncated = to_cell_text(value if isinstance(value, str) else str(value))
        if not text:
            return None
        if truncated:
            self.cut_columns.append(header)
        if text.startswith(XLSX_QUOTE_STARTS):
            style = self.styles.quote_wrap if wrap else self.styles.quote
        elif wrap and style is None:
            style = self.styles.wrap
        elif style is None and text not in ERROR_CODES:
            # Fast path (1.16x a bare openpyxl loop, against 1.35x with a Cell for every
            # text): openpyxl stores a plain str that neither starts with "=" nor is an
            # error code as a string cell. The R9 tests check the XML: 0 <f>, 0 t="e".
            return text
        cell = Cell(self.ws, row=1, column=1, value=text, style_array=style)
        # After the value: openpyxl has just guessed formula ("=") or error ("#N/A").
        cell.data_type = "s"
        return cell

    def converter(self, column: Column) -> Callable[[Any], Any]:
        header, wrap, kind = column.header, column.wrap, column.kind
        text = self.text
        if kind == "text":
            return lambda value: text(value, header, wrap)
        if kind in ("date", "datetime"):
            return self._dates(column)
        allowed: tuple[type, ...] = {
            "int": (int,),
            "float": (int, float, Decimal),
            "bool": (bool,),
        }[kind]

        def number(value: Any) -> Any:
            if value is None:
                return None
            if isinstance(value, str):  # "onbekend" in a number column: keep it as text
                return text(value, header, wrap)
            if not isinstance(value, allowed) or (kind != "bool" and isinstance(value, bool)):
                raise TypeError(f"column {header!r} ({kind}) got {type(value).__name__}")
            if isinstance(value, float) and not math.isfinite(value):
                return text(str(value), header, wrap)
            return value

        return number

    def _dates(self, column: Column) -> Callable[[Any], Any]:
        header, wrap, kind = column.header, column.wrap, column.kind
        style = self.styles.date if kind == "date" else self.styles.datetime
        text, ws = self.text, self.ws

        def when(value: Any) -> Any:
            if value is None:
                return None
            if isinstance(value, datetime):
                if value.tzinfo is not None:  # Excel has no time zones: show local time
                    value = value.astimezone().replace(tzinfo=None)
                if kind == "date":
                    value = value.date()
            elif not isinstance(value, date):
                if isinstance(value, str):
                    return text(value, header, wrap)
                raise TypeError(f"column {header!r} ({kind}) got {type(value).__name__}")
            return Cell(ws, row=1, column=1, value=value, style_array=style)

        return when


def _sheet_title(title: str, taken: set[str]) -> str:
    """A title Excel accepts: no []:*?/\\, not blank, at most 31 characters, unique."""
    base = _SHEET_TITLE_FORBIDDEN.sub("_", clean_text(title)).replace("\n", " ")
    base = base.strip().strip("'").strip() or "Blad"
    candidate, n = base[:_SHEET_TITLE_MAX], 1
    while candidate.casefold() in taken:
        n += 1
        suffix = f" ({n})"
        candidate = base[: _SHEET_TITLE_MAX - len(suffix)] + suffix
    taken.add(candidate.casefold())
    return candidate


def _write_data_sheet(ws: Any, sheet: Sheet, writer: _SheetWriter, ticker: Ticker) -> None:
    columns = sheet.columns
    width = len(columns)
    for idx, column in enumerate(columns, 1):
        ws.column_dimensions[get_column_letter(idx)].width = column.width
    ws.freeze_panes = "A2"  # must be set before the first row in write-only mode
    bold, text = writer.styles.bold, writer.text
    writer.append([text(c.header, c.header, style=bold) for c in columns])
    converters = [writer.converter(c) for c in columns]
    append, tick = writer.append, ticker.add
    for row in sheet.rows:
        if len(row) != width:
            raise ValueError(
                f"sheet {ws.title!r}, row {writer.row + 1}: {len(row)} values for {width} columns"
            )
        append([conv(value) for conv, value in zip(converters, row, strict=True)])
        tick(1)
    # Write-only sheets write the autoFilter element when they close, after all rows, so
    # the exact range can be set here; openpyxl also adds the _xlnm._FilterDatabase name.
    ws.auto_filter.ref = f"A1:{get_column_letter(width)}{writer.row}"
    writer.report.rows[ws.title] = writer.row - 1


def _write_cover(
    ws: Any, cover: Cover, contents: list[tuple[str, str]], writer: _SheetWriter
) -> None:
    labels, styles, report = cover.labels, writer.styles, writer.report
    for letter, width in (("A", 32), ("B", 80), ("C", 10)):
        ws.column_dimensions[letter].width = width
    text = writer.text
    to_date = writer.converter(Column(labels.export_date, "date"))

    def line(*values: str, style: Any = None) -> None:
        writer.append([text(v, labels.sheet_title, style=style) for v in values])

    line(cover.title, style=styles.big)
    line()
    for controller_line in cover.controller_lines:
        line(controller_line)
    line()
    writer.append([text(labels.export_date, ""), to_date(cover.export_date)])
    line()
    line(labels.sheet, labels.description, labels.rows, style=styles.bold)
    for title, description in contents:
        writer.append(
            [
                text(title, labels.sheet),
                text(description, labels.description, wrap=True),
                report.rows.get(title),
            ]
        )
    if report.truncated:
        line()
        writer.append([text(labels.truncated, "", style=styles.bold), len(report.truncated)])
        for cell in report.truncated[:_COVER_TRUNCATED_MAX]:
            line(labels.truncated_at.format(sheet=cell.sheet, row=cell.row, column=cell.column))
        if len(report.truncated) > _COVER_TRUNCATED_MAX:
            line("…")


def _discard_temp_files(wb: Workbook) -> None:
    # Write-only sheets stream into openpyxl temp files (personal data in %TEMP%); after a
    # cancel or an error they would stay until the process exits.
    for ws in wb.worksheets:
        rows = getattr(ws, "_rows", None)
        writer = getattr(ws, "_writer", None)
        for step in (
            rows.close if rows is not None else None,
            writer.close if writer is not None else None,
            writer.cleanup if writer is not None else None,
        ):
            if step is None:
                continue
            with contextlib.suppress(OSError, ValueError, RuntimeError, StopIteration):
                step()


def write_workbook(
    path: Path,
    sheets: list[Sheet],
    cover: Cover | None,
    progress: ProgressFn | None = None,
    cancelled: CancelledFn | None = None,
) -> WorkbookReport:
    """Write `sheets` (after an optional cover sheet) to `path`, all or nothing.

    Calls `progress(rows_done, rows_total_or_None)` and `cancelled()` every ~1000 rows;
    when `cancelled()` is true raises ExportCancelled and leaves no file.
    """
    report = WorkbookReport(rows={}, truncated=[])
    ticker = Ticker(progress, cancelled, total_rows(s.rows for s in sheets))

    def build(tmp: Path) -> None:
        wb = Workbook(write_only=True)
        try:
            taken = {"history"}  # Excel reserves this sheet name
            cover_ws = None
            if cover is not None:
                cover_ws = wb.create_sheet(_sheet_title(cover.labels.sheet_title, taken))
            data_ws = [wb.create_sheet(_sheet_title(s.title, taken)) for s in sheets]
            if not wb.worksheets:
                raise ValueError("a workbook needs a cover or at least one sheet")
            styles = _Styles(wb.worksheets[0])
            ticker.check()
            for ws, sheet in zip(data_ws, sheets, strict=True):
                _write_data_sheet(ws, sheet, _SheetWriter(ws, styles, report), ticker)
            if cover is not None and cover_ws is not None:
                contents = cover.contents or [
                    (ws.title, sheet.description) for ws, sheet in zip(data_ws, sheets, strict=True)
                ]
                _write_cover(cover_ws, cover, contents, _SheetWriter(cover_ws, styles, report))
            ticker.check()
            wb.save(tmp)
        finally:
            _discard_temp_files(wb)

    atomic_write(path, build)
    return report
