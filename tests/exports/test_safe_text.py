"""R23 file names, CSV guard, atomic writes."""

from __future__ import annotations

import re

import pytest
from hypothesis import given
from hypothesis import strategies as st

from soosr_desk.exports.csvfile import write_csv
from soosr_desk.exports.safe_text import atomic_write, clean_text, csv_safe, safe_filename
from tests.exports.payloads import PAYLOADS

RESERVED = re.compile(r"^(CON|PRN|AUX|NUL|COM\d|LPT\d)(\..*)?$", re.IGNORECASE)


@given(st.text(), st.sampled_from(["pdf", "xlsx", "", "P:D/F"]))
def test_safe_filename_is_always_windows_safe(stem, ext):
    name = safe_filename(stem, ext)
    assert name and len(name) <= 100
    assert not re.search(r'[<>:"/\\|?*\x00-\x1f]', name)
    assert not name.endswith((" ", "."))
    assert not RESERVED.match(name.split(".")[0]) and not RESERVED.match(name)


@pytest.mark.parametrize("stem", ["CON", "nul", "COM1", "LPT9", "kopie.pdf.", "a:b", "..\\..\\x"])
def test_known_bad_names(stem):
    name = safe_filename(stem, "pdf")
    assert not RESERVED.match(name.rsplit(".", 1)[0])
    assert "\\" not in name and ":" not in name


def test_csv_guard_on_every_payload():
    for p in PAYLOADS:
        out = csv_safe(p)
        if p.startswith(("=", "+", "-", "@", "\t", "\r", "\n")):
            assert out == "'" + p
        else:
            assert out == p


def test_csv_file_guards_and_round_trips(tmp_path):
    import csv

    path = tmp_path / "x.csv"
    write_csv(path, ["naam"], [[p] for p in PAYLOADS[:40]])
    with open(path, encoding="utf-8", newline="") as fh:
        rows = list(csv.reader(fh))[1:]
    for (cell,), p in zip(rows, PAYLOADS[:40], strict=True):
        assert not cell.startswith(("=", "+", "-", "@", "\t", "\n"))
        assert cell == csv_safe(clean_text(p))


def test_atomic_write_leaves_nothing_on_failure(tmp_path):
    target = tmp_path / "out.bin"

    def fail(tmp):
        tmp.write_bytes(b"half")
        raise RuntimeError("stop")

    with pytest.raises(RuntimeError):
        atomic_write(target, fail)
    assert list(tmp_path.iterdir()) == []
    target.write_bytes(b"old")
    with pytest.raises(RuntimeError):
        atomic_write(target, fail)
    assert target.read_bytes() == b"old"
    assert [p.name for p in tmp_path.iterdir()] == ["out.bin"]
