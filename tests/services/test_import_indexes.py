"""A first import (more rows than the file has contacts) makes the contact list's indexes
once its rows are in, instead of growing them row by row (issue 17's speed). The file
after it has every index, the lists that use them find the new contacts, a cancel or an
error leaves the indexes as they were, and a small batch into a fuller file keeps them
all along."""

from __future__ import annotations

import datetime as dt

from soosr_desk.services import contacts
from soosr_desk.services.importing import batch
from soosr_desk.services.importing.batch import run_import
from soosr_desk.services.importing.checks import ImportOptions
from soosr_desk.services.importing.mapping import guess_mapping
from soosr_desk.services.importing.readers import read_table
from soosr_desk.store import session

TODAY = dt.date(2026, 11, 26)


def _indexes() -> list[tuple[str, str]]:
    cursor = session.database().execute_sql(
        "SELECT name, sql FROM sqlite_master WHERE type = 'index' AND tbl_name = 'contact'"
        " AND sql IS NOT NULL ORDER BY name"
    )
    return cursor.fetchall()


def _file(tmp_path, rows: int, start: int = 0):
    lines = ["Voornaam;Achternaam;E-mailadres;Plaats"]
    lines += [f"Anna{i};Bakker{i};anna{i}@bakker.nl;Leiden" for i in range(start, start + rows)]
    path = tmp_path / f"lijst-{start}.csv"
    path.write_bytes(("\r\n".join(lines) + "\r\n").encode("cp1252"))
    return read_table(str(path))


def _plan(monkeypatch) -> list[bool]:
    """Records, for each import, whether it made the indexes at its end."""
    made: list[bool] = []
    real = batch.engine.indexes_built_after

    def watched(database, tables, **kw):
        made.append(True)
        return real(database, tables, **kw)

    monkeypatch.setattr(batch.engine, "indexes_built_after", watched)
    return made


def test_a_first_import_ends_with_every_index_and_the_lists_find_it(db, tmp_path, monkeypatch):
    before = _indexes()
    made = _plan(monkeypatch)
    table = _file(tmp_path, 60)
    result = run_import(table, guess_mapping(table.headers), ImportOptions(), today=TODAY)
    assert result.added == 60 and made == [True]
    assert _indexes() == before and len(before) >= 5
    assert session.database().execute_sql("PRAGMA integrity_check").fetchone() == ("ok",)
    # the list by name and the search read through those indexes
    assert len(contacts.search_ids("anna17@bakker.nl")) == 1
    assert len(contacts.search_ids("Leiden")) == 60


def test_a_small_batch_into_a_fuller_file_keeps_the_indexes(db, tmp_path, monkeypatch):
    table = _file(tmp_path, 30)
    run_import(table, guess_mapping(table.headers), ImportOptions(), today=TODAY)
    made = _plan(monkeypatch)
    table = _file(tmp_path, 5, start=100)
    assert run_import(table, guess_mapping(table.headers), ImportOptions(), today=TODAY).added
    assert made == []


def test_a_cancel_leaves_every_index_and_no_row(db, tmp_path):
    before = _indexes()
    table = _file(tmp_path, batch.CHUNK + 10)
    result = run_import(
        table, guess_mapping(table.headers), ImportOptions(), today=TODAY, cancelled=lambda: True
    )
    assert result.cancelled
    assert _indexes() == before
    assert contacts.search_ids("Leiden") == []
