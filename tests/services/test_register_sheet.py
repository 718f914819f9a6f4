"""Issue 14, item 9: the Art. 30 register says what the records say: transfers from the
recipients' countries, DPO and joint controllers, every disclosure under an activity, and
restricted contacts handed to the accountant only as far as needed."""

from __future__ import annotations

import datetime as dt

from openpyxl import load_workbook

from soosr_desk import cli
from soosr_desk.services import contacts, register_workbooks, settings
from soosr_desk.store import models as m

TODAY = dt.date(2026, 11, 25)


def _sheet(path, title):
    ws = load_workbook(path)[title]
    rows = list(ws.iter_rows(values_only=True))
    return [dict(zip(rows[0], row, strict=True)) for row in rows[1:]]


def _register(tmp_path):
    path = tmp_path / "r.xlsx"
    register_workbooks.export("register", path, today=TODAY)
    return {r["Verwerkingsactiviteit"]: r for r in _sheet(path, "Verwerkingsregister")}, path


def test_transfer_column_follows_the_recipients_countries(db, tmp_path):
    rows, _ = _register(tmp_path)
    assert {r["Doorgifte buiten de EER"] for r in rows.values()} == {"Nee"}
    activity = m.ProcessingActivity.get(m.ProcessingActivity.name == "Direct marketing")
    for name, safeguard in (("Mailer Inc.", "EU-US Data Privacy Framework"), ("CRM Inc.", "")):
        party = m.ThirdParty.create(name=name, country="US", safeguard=safeguard)
        m.ThirdPartyActivity.create(third_party=party, activity=activity)
    rows, _ = _register(tmp_path)
    row = rows["Direct marketing"]
    assert row["Doorgifte buiten de EER"] == "Ja: Verenigde Staten"
    assert row["Waarborg doorgifte"] == "Verenigde Staten: ONTBREEKT"  # CRM Inc. has none
    m.ThirdParty.update(safeguard="Standard contractual clauses").where(
        m.ThirdParty.name == "CRM Inc."
    ).execute()
    row = _register(tmp_path)[0]["Direct marketing"]
    assert row["Waarborg doorgifte"] == (
        "Verenigde Staten: EU-US Data Privacy Framework; Standard contractual clauses"
    )
    assert rows["Algemeen contact"]["Doorgifte buiten de EER"] == "Nee"


def test_dpo_and_joint_controllers_read_geen_when_none(db, tmp_path):
    rows, _ = _register(tmp_path)
    for row in rows.values():
        assert row["Functionaris gegevensbescherming"] == "geen"
        assert row["Gezamenlijk verwerkingsverantwoordelijken"] == "geen"
    data = settings.get_controller()
    data.dpo = "J. Jansen, fg@soosr.com"
    settings.save_controller(data)
    m.ProcessingActivity.update(joint_controllers="Partner B.V.").where(
        m.ProcessingActivity.name == "Referenties"
    ).execute()
    rows, _ = _register(tmp_path)
    assert rows["Referenties"]["Gezamenlijk verwerkingsverantwoordelijken"] == "Partner B.V."
    assert rows["Algemeen contact"]["Functionaris gegevensbescherming"] == "J. Jansen, fg@soosr.com"


def test_every_recipient_category_belongs_to_an_activity_and_consent_is_named(db, tmp_path):
    rows, path = _register(tmp_path)
    shown = "; ".join(r["Ontvangers (categorieën)"] or "" for r in rows.values())
    for category in m.RecipientCategory.select():
        assert category.name in shown, category.name
    assert rows["Referenties"]["Ontvangers (categorieën)"] == (
        "Huidige en potentiële klanten (referenties)"
    )
    assert "toestemming" in rows["Direct marketing"]["Grondslag"]
    rules = [r["Bewaartermijn"] for r in _sheet(path, "Bewaartermijnen")]
    assert rules == [r.name for r in m.RetentionRule.select().order_by(m.RetentionRule.sort_order)]
    assert "Zonder overeenkomst: twee jaar na het laatste contact" in rules


def _restricted_contact():
    c = contacts.save_contact(
        contacts.ContactData(
            first_name="Rita",
            last_name="Beperkt",
            email="rita@example.nl",
            phone="0612345678",
            job_title="Inkoper",
            city="Leiden",
        ),
        today=TODAY,
    )
    m.Contact.update(restricted=True, restricted_reason="Art. 18 verzoek").where(
        m.Contact.id == c.id
    ).execute()
    free = contacts.save_contact(
        contacts.ContactData(first_name="Vera", last_name="Vrij", email="vera@example.nl"),
        today=TODAY,
    )
    return c.id, free.id


def test_restricted_contacts_go_to_the_accountant_flagged_and_bare(db, tmp_path):
    restricted, free = _restricted_contact()
    path = tmp_path / "c.xlsx"
    register_workbooks.export("contacts", path, today=TODAY)
    rows = {r["Nr."]: r for r in _sheet(path, "Contacten")}
    row = rows[restricted]
    assert row["Achternaam"] == "Beperkt" and row["Beperkt (art. 18)"].startswith("Ja")
    for column in ("E-mail", "Telefoon", "Functie", "Plaats", "Straat", "Bron"):
        assert not row[column], column
    assert rows[free]["E-mail"] == "vera@example.nl" and rows[free]["Beperkt (art. 18)"] == "Nee"
    register_workbooks.export("contacts", path, today=TODAY, omit_restricted=True)
    assert [r["Nr."] for r in _sheet(path, "Contacten")] == [free]


def test_cli_leaves_restricted_contacts_out_on_request(db_path, tmp_path):
    from soosr_desk.store.opening import open_database

    db = open_database(db_path)
    try:
        restricted, free = _restricted_contact()
    finally:
        db.close()
        m.database_proxy.initialize(None)
    out = tmp_path / "c.xlsx"
    try:
        assert (
            cli.main(
                ["export", "contacts", "--db", str(db_path), "--out", str(out), "--omit-restricted"]
            )
            == 0
        )
    finally:
        m.database_proxy.initialize(None)
    assert [r["Nr."] for r in _sheet(out, "Contacten")] == [free]


def test_a_recipient_category_no_activity_names_is_a_problem(db):
    from soosr_desk.services import checks

    def lines():
        return [
            p.render()
            for p in checks.all_problems(TODAY)
            if p.code == "recipients_without_activity"
        ]

    assert lines() == []  # the seed links all eight, references included
    references = m.RecipientCategory.get(m.RecipientCategory.code == "references")
    m.ActivityRecipientCategory.delete().where(
        m.ActivityRecipientCategory.category == references
    ).execute()
    assert lines() == [
        "Huidige en potentiële klanten (referenties): No processing activity "
        "names this category of recipients: link it to the activity it serves, "
        "or remove it (Art. 30(1)(d))."
    ]
