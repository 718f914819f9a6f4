"""The register step (issue 14): the new columns and table, and the seed's lost register content
written into a database that was seeded by the first release."""

from __future__ import annotations

from soosr_desk.store import db as sqlite_db
from soosr_desk.store import migrations


def _v1_seeded(path):
    db = sqlite_db.connect(path)
    migrations.migrate(db, target=1)
    sql = db.execute_sql
    sql("INSERT INTO setting (key, value) VALUES ('seeded_on', '2026-01-01')")
    for i, code in enumerate(("contact_form", "contract", "fiscal", "legal_hold")):
        sql(
            "INSERT INTO retention_rule (code, name, name_en, description, description_en, "
            "years, sort_order) VALUES (?, ?, '', '', '', NULL, ?)",
            (code, code, i),
        )
    for i, code in enumerate(("ict_providers", "hosting", "references")):
        sql(
            "INSERT INTO recipient_category (code, name, name_en, description, description_en, "
            "default_role, sort_order) VALUES (?, ?, '', '', '', 'processor', ?)",
            (code, code, i),
        )
    for name in ("Referenties", "Klanten en hun contactpersonen"):
        sql(
            "INSERT INTO data_subject_category (name, name_en, sort_order) VALUES (?, '', 0)",
            (name,),
        )
    for name in ("Naam", "Telefoonnummer", "E-mailadres", "Inloggegevens klantenaccount"):
        sql(
            "INSERT INTO personal_data_category (name, name_en, sort_order) VALUES (?, '', 0)",
            (name,),
        )
    sql(
        "INSERT INTO processing_activity (name, name_en, purpose, purpose_en, legal_basis, "
        "legitimate_interest, legitimate_interest_en, third_country_transfer, "
        "transfer_safeguard, retention_note, security_measures, source, automated_decisions, "
        "automated_decisions_note, owner, sort_order, created_at, updated_at) VALUES "
        "('Direct marketing', '', 'x', '', 'legitimate_interest', 'y', '', 0, '', '', '', '', "
        "0, '', '', 3, '2026-01-01', '2026-01-01')"
    )
    return db


def test_the_register_step_adds_the_lost_register_content_to_a_seeded_file(tmp_path):
    db = _v1_seeded(tmp_path / "v1.db")
    assert migrations.migrate(db) == list(range(2, migrations.SCHEMA_VERSION + 1))
    rows = db.execute_sql(
        "SELECT name, legal_basis, consent_too, sort_order FROM "
        "processing_activity ORDER BY sort_order"
    ).fetchall()
    assert rows == [
        ("Direct marketing", "legitimate_interest", 1, 3),
        ("Referenties", "legitimate_interest", 0, 4),
        ("Beveiliging", "legitimate_interest", 0, 5),
    ]
    links = db.execute_sql(
        "SELECT rc.code FROM activity_recipient_category l JOIN recipient_category rc ON "
        "rc.id = l.category_id JOIN processing_activity a ON a.id = l.activity_id WHERE "
        "a.name = 'Referenties'"
    ).fetchall()
    assert links == [("references",)]
    data = db.execute_sql(
        "SELECT count(*) FROM activity_data_category l JOIN processing_activity a ON "
        "a.id = l.activity_id WHERE a.name = 'Referenties'"
    ).fetchone()[0]
    assert data == 3
    rule = db.execute_sql(
        "SELECT r.code FROM processing_activity a JOIN retention_rule r ON "
        "r.id = a.retention_rule_id WHERE a.name = 'Referenties'"
    ).fetchone()
    assert rule == ("no_contract",)
    for table, column in (
        ("controller", "dpo"),
        ("processing_activity", "joint_controllers"),
        ("breach", "late_reason"),
        ("sub_processor", "safeguard"),
    ):
        columns = [c[1] for c in db.execute_sql(f'PRAGMA table_info("{table}")').fetchall()]
        assert column in columns
    db.close()


def test_the_register_step_adds_no_content_to_an_unseeded_file(tmp_path):
    db = sqlite_db.connect(tmp_path / "empty.db")
    migrations.migrate(db)
    assert db.execute_sql("SELECT count(*) FROM processing_activity").fetchone()[0] == 0
    assert db.execute_sql("SELECT count(*) FROM retention_rule").fetchone()[0] == 0
    db.close()
