"""Demo data in bulk (`soosr-desk demo`, issue 20): one transaction with the indexes made
at its end gives the same rows and the same schema as batch by batch; a cancel keeps what
was written, an error keeps nothing, and the indexes are there either way."""

from __future__ import annotations

import datetime as dt
import sqlite3

import pytest
from stdnum.nl import bsn

from soosr_desk.services.demo import BATCH, generate_demo
from soosr_desk.services.demo_companies import passes_11_proef
from soosr_desk.store import models
from soosr_desk.store.opening import open_database

pytestmark = pytest.mark.file_only  # on a server the batches stay transactions of their own

TODAY = dt.date(2026, 3, 15)
TABLES = ("company", "contract", "contact", "contact_note", "consent", "financial_record")


def _generate(path, **kwargs):
    db = open_database(path)
    try:
        return generate_demo(db, seed=4, today=TODAY, **kwargs)
    finally:
        db.close()
        models.database_proxy.initialize(None)


def _contents(path) -> dict[str, list]:
    """Every row of the bulk tables (but the moments the demo requests change rows at),
    and the schema: tables and indexes with their statements."""
    conn = sqlite3.connect(path)
    try:
        out: dict[str, list] = {}
        for t in TABLES:
            cols = [r[1] for r in conn.execute(f'PRAGMA table_info("{t}")') if r[1] != "updated_at"]
            names = ", ".join(f'"{c}"' for c in cols)
            out[t] = conn.execute(f'SELECT {names} FROM "{t}" ORDER BY id').fetchall()
        out["schema"] = conn.execute(
            "SELECT type, name, tbl_name, sql FROM sqlite_master ORDER BY name"
        ).fetchall()
        out["audit"] = conn.execute(
            "SELECT action, entity, fields FROM audit_event ORDER BY id"
        ).fetchall()
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        assert conn.execute("PRAGMA foreign_key_check").fetchall() == []
        return out
    finally:
        conn.close()


def test_bulk_writes_the_rows_and_indexes_batches_write(tmp_path):
    batches = _generate(tmp_path / "batches.db", contacts=2500)
    bulk = _generate(tmp_path / "bulk.db", contacts=2500, bulk=True)
    assert (bulk.contacts, bulk.notes, bulk.consents) == (
        batches.contacts,
        batches.notes,
        batches.consents,
    )
    one, other = _contents(tmp_path / "batches.db"), _contents(tmp_path / "bulk.db")
    assert len(one["contact"]) == 2500
    assert {n for _type, n, tbl, _sql in one["schema"] if tbl == "contact"} >= {
        "contact_email",
        "contact_erased_sort_name_search_text",
        "contact_sort_city",
    }
    assert one == other


def test_bulk_progress_and_cancel_keep_what_was_written(tmp_path):
    calls: list[int] = []
    report = _generate(
        tmp_path / "bulk.db",
        contacts=10_000,
        bulk=True,
        progress=lambda done, total: calls.append(done),
        cancelled=lambda: len(calls) >= 3,  # companies, then two batches of contacts
    )
    assert calls == [1250, 1250 + BATCH, 1250 + 2 * BATCH]
    assert (report.companies, report.contacts, report.financial_records) == (1250, 2 * BATCH, 0)
    made = _contents(tmp_path / "bulk.db")
    assert len(made["contact"]) == 2 * BATCH
    assert len(made["contact_note"]) == report.notes
    assert [a for a in made["audit"] if a[0] == "demo_data"] == [
        ("demo_data", "database", "companies,consents,contacts,contracts,notes")
    ]
    _generate(tmp_path / "empty.db", contacts=0)
    fresh = _contents(tmp_path / "empty.db")
    assert made["schema"] == fresh["schema"]  # every index made again


def test_an_error_in_bulk_leaves_no_rows_and_every_index(tmp_path):
    calls: list[int] = []

    def progress(done: int, total: int) -> None:
        calls.append(done)
        if len(calls) == 3:
            raise OSError("disk full")  # any failure half-way

    with pytest.raises(OSError):
        _generate(tmp_path / "bulk.db", contacts=10_000, bulk=True, progress=progress)
    _generate(tmp_path / "empty.db", contacts=0, cancelled=lambda: True)
    failed, fresh = _contents(tmp_path / "bulk.db"), _contents(tmp_path / "empty.db")
    assert all(failed[t] == [] for t in TABLES)
    assert [a for a in failed["audit"] if a[0] == "demo_data"] == []
    assert failed["schema"] == fresh["schema"]


def test_invoice_numbers_skip_what_the_bsn_check_refuses():
    for year in (1999, 2024, 2026):
        for seq in range(0, 100_000, 7):
            assert passes_11_proef(year, seq) == bsn.is_valid(f"{year}{seq:05d}"), (year, seq)
    assert not passes_11_proef(2026, 100_000)  # ten digits: no BSN
