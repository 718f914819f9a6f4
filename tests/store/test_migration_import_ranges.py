"""Step 9 (issue 17): the link rows of the contacts an import added become runs of ids
on the batch; the links of updated contacts, with their old values, stay."""

from __future__ import annotations

from soosr_desk.store import db as sqlite_db
from soosr_desk.store import migrations

STAMP = "2026-11-26 10:00:00"


def _v8_with_imports(path):
    db = sqlite_db.connect(path)
    migrations.migrate(db, target=8)
    sql = db.execute_sql
    for cid in range(1, 12):
        sql(
            "INSERT INTO contact (id, first_name, last_name, gender, job_title, street, "
            "postcode, city, country, phone, email, signing_authority, location, source, "
            "relation, language, received_on, restricted, restricted_reason, "
            "objected_marketing, legal_hold, legal_hold_reason, erased, sort_name, "
            "search_text, created_at, updated_at) VALUES (?, 'A', 'B', 'unknown', '', '', '', "
            "'', 'NL', '', '', '', '', 'manual', 'lead', 'nl', '2026-11-26', 0, '', 0, 0, '', "
            "0, 'b a', 'a b', ?, ?)",
            (cid, STAMP, STAMP),
        )
    for batch in (1, 2):
        sql(
            "INSERT INTO import_batch (id, imported_at, file_kind, source, relation, "
            "received_on, added, updated, skipped) VALUES (?, ?, 'csv', 'manual', 'lead', "
            "'2026-11-26', 5, 1, 0)",
            (batch, STAMP),
        )
    links = [(1, cid, 1, "") for cid in (2, 3, 4, 6, 7)]  # 5 was erased: its link is gone
    links += [(1, 1, 0, '{"city": "Leiden"}'), (2, 11, 0, "{}")]
    links += [(2, cid, 1, "") for cid in (8, 9, 10)]
    for batch, cid, added, before in links:
        sql(
            "INSERT INTO import_batch_contact (batch_id, contact_id, added, before, stamp) "
            "VALUES (?, ?, ?, ?, ?)",
            (batch, cid, added, before, STAMP),
        )
    return db


def test_the_added_links_become_runs_and_the_updated_ones_stay(tmp_path):
    db = _v8_with_imports(tmp_path / "v8.db")
    assert migrations.migrate(db) == list(range(9, migrations.SCHEMA_VERSION + 1))
    runs = db.execute_sql(
        "SELECT batch_id, first_id, last_id, stamp FROM import_batch_range ORDER BY id"
    ).fetchall()
    assert runs == [(1, 2, 4, STAMP), (1, 6, 7, STAMP), (2, 8, 10, STAMP)]
    kept = db.execute_sql(
        "SELECT batch_id, contact_id, added, before FROM import_batch_contact ORDER BY id"
    ).fetchall()
    assert kept == [(1, 1, 0, '{"city": "Leiden"}'), (2, 11, 0, "{}")]


def test_the_step_runs_again_without_harm(tmp_path):
    """A server's owner may run the last step again (tests/store/test_server_roles.py)."""
    db = _v8_with_imports(tmp_path / "v8.db")
    migrations.migrate(db)
    migrations._step_9_import_ranges(db)
    assert db.execute_sql("SELECT COUNT(*) FROM import_batch_range").fetchone()[0] == 3
