"""R9/R10: user text in a workbook is text, never a formula or an error; dates are dates;
nothing is cut silently; a failed or cancelled export leaves no file."""

from __future__ import annotations

import datetime as dt
import re
import zipfile

import pytest
from openpyxl import load_workbook

from soosr_desk.exports.progress import ExportCancelled
from soosr_desk.exports.safe_text import TRUNCATION_MARKER, to_cell_text
from soosr_desk.exports.xlsx import Column, Cover, Sheet, write_workbook
from tests.exports.payloads import PAYLOADS

COLUMNS = [
    Column("Naam", "text"),
    Column("Notitie", "text", width=40, wrap=True),
    Column("Ontvangen", "date"),
    Column("Tijdstip", "datetime"),
    Column("Aantal", "int"),
]


def _rows():
    for i, payload in enumerate(PAYLOADS):
        yield [payload, payload, dt.date(2026, 1, 31), dt.datetime(2026, 3, 2, 9, 30), i]


def _sheet_xml(path) -> str:
    with zipfile.ZipFile(path) as z:
        return "".join(
            z.read(n).decode("utf-8") for n in z.namelist() if n.startswith("xl/worksheets/")
        )


@pytest.fixture
def workbook(tmp_path):
    path = tmp_path / "register.xlsx"
    cover = Cover("Register", ["SOOSR B.V.", "Kapteynstraat 1"], dt.date(2026, 11, 25))
    report = write_workbook(path, [Sheet("Contacten", COLUMNS, _rows(), "Alle contacten")], cover)
    return path, report


def test_no_formulas_and_no_error_cells_from_user_text(workbook):
    path, _ = workbook
    xml = _sheet_xml(path)
    assert "<f>" not in xml and "<f " not in xml
    assert not re.search(r'\bt="e"', xml)


def test_every_payload_round_trips_as_text(workbook):
    path, _ = workbook
    ws = load_workbook(path)["Contacten"]
    rows = list(ws.iter_rows(min_row=2, values_only=True))
    assert len(rows) == len(PAYLOADS), "one row per record"
    for payload, row in zip(PAYLOADS, rows, strict=True):
        expected = to_cell_text(payload)[0] or None
        assert row[0] == expected
        assert row[1] == expected


def test_dates_are_real_dates_and_the_sheet_is_usable(workbook):
    path, _ = workbook
    wb = load_workbook(path)
    assert wb.sheetnames[0] == "Voorblad"
    ws = wb["Contacten"]
    assert [c.value for c in ws[1]] == [c.header for c in COLUMNS]
    cell = ws["C2"]
    assert cell.is_date and cell.value == dt.datetime(2026, 1, 31)
    assert cell.number_format == "DD-MM-YYYY"
    assert ws["D2"].is_date
    assert ws.freeze_panes == "A2"
    assert ws.auto_filter.ref == f"A1:E{len(PAYLOADS) + 1}"
    assert ws.column_dimensions["B"].width == 40
    assert ws["B2"].alignment.wrap_text
    cover = wb["Voorblad"]
    values = [c for row in cover.iter_rows(values_only=True) for c in row if c]
    assert "SOOSR B.V." in values and "Contacten" in values


def test_long_text_is_cut_with_a_marker_and_reported(workbook):
    path, report = workbook
    long_rows = [i for i, p in enumerate(PAYLOADS) if len(p) > 32_767]
    assert len(report.truncated) == 2 * len(long_rows)
    ws = load_workbook(path)["Contacten"]
    for i in long_rows:
        assert ws.cell(row=i + 2, column=1).value.endswith(TRUNCATION_MARKER)


def test_control_characters_in_write_only_mode_give_a_valid_workbook(tmp_path):
    path = tmp_path / "c.xlsx"
    nasty = ["\x00a\x01b\x07c\x1b\x7f", "\ud800", "\uffff", "tab\tnewline\n"]
    write_workbook(path, [Sheet("S", [Column("T", "text")], [[n] for n in nasty])], None)
    values = [r[0] for r in load_workbook(path)["S"].iter_rows(min_row=2, values_only=True)]
    assert values == ["abc", None, None, "tab\tnewline\n"]


def test_cancel_leaves_no_file(tmp_path):
    path = tmp_path / "x.xlsx"
    rows = ([f"rij {i}"] for i in range(5000))
    with pytest.raises(ExportCancelled):
        write_workbook(
            path, [Sheet("S", [Column("T", "text")], rows)], None, cancelled=lambda: True
        )
    assert list(tmp_path.iterdir()) == []


def test_error_midway_keeps_the_old_file(tmp_path):
    path = tmp_path / "x.xlsx"
    path.write_bytes(b"old")

    def rows():
        yield ["a"]
        raise OSError("disk full")

    with pytest.raises(OSError):
        write_workbook(path, [Sheet("S", [Column("T", "text")], rows())], None)
    assert path.read_bytes() == b"old"
    assert [p.name for p in tmp_path.iterdir()] == ["x.xlsx"]


def test_progress_is_reported(tmp_path):
    seen = []
    rows = [[f"rij {i}"] for i in range(2500)]
    write_workbook(
        tmp_path / "p.xlsx",
        [Sheet("S", [Column("T", "text")], rows)],
        None,
        progress=lambda done, total: seen.append((done, total)),
    )
    assert (2000, 2500) in seen
