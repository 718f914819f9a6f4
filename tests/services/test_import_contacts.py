"""Contact import: files as offices have them, mapped, checked, imported, undone."""

from __future__ import annotations

import datetime as dt

import openpyxl
import pytest

from soosr_desk.services import contacts as contacts_service
from soosr_desk.services.errors import NotAllowed
from soosr_desk.services.importing.batch import run_import, undo_batch
from soosr_desk.services.importing.checks import ImportOptions, check_rows
from soosr_desk.services.importing.mapping import guess_mapping
from soosr_desk.services.importing.readers import read_table
from soosr_desk.services.importing.table import UnreadableFile
from soosr_desk.store import models as m
from tests.services import contact_files as files

pytestmark = pytest.mark.both_engines  # issue 18: on the file and on a server

TODAY = dt.date(2026, 11, 26)


def _write(tmp_path, name, data):
    path = tmp_path / name
    path.write_bytes(data if isinstance(data, bytes) else data.encode("utf-8"))
    return path


def _contact(email):
    return m.Contact.get(m.Contact.email == email)


def test_outlook_english_export_is_mapped_and_imported(db, tmp_path):
    table = read_table(_write(tmp_path, "contacts.csv", files.outlook_en_csv()))
    assert (table.encoding, table.delimiter) == ("cp1252", ",")
    mapping = guess_mapping(table.headers)
    assert mapping[table.headers.index("E-mail Address")] == "email"
    assert mapping[table.headers.index("Business Phone")] == "phone"
    assert mapping[table.headers.index("Mobile Phone")] == ""  # the phone is taken already
    assert mapping[table.headers.index("Title")] == ""  # Mr./Mrs., not the job title
    result = run_import(
        table,
        mapping,
        ImportOptions(
            source="contract", relation="customer_contact", received_on=dt.date(2026, 3, 1)
        ),
        today=TODAY,
    )
    assert (result.added, result.updated, result.skipped) == (2, 0, [])
    piet = _contact("piet@jansen.nl")
    assert (piet.first_name, piet.last_name, piet.company.name) == (
        "Piet",
        "Jansen",
        "Bakkerij Jansen B.V.",
    )
    assert (piet.job_title, piet.postcode, piet.country, piet.phone) == (
        "Inkoper",
        "2201 AB",
        "NL",
        "+31 71 361 2345",
    )
    assert (piet.source, piet.relation, piet.received_on) == (
        "contract",
        "customer_contact",
        dt.date(2026, 3, 1),
    )
    assert _contact("anna@berg.nl").last_name == "van der Berg"
    event = m.AuditEvent.select().order_by(m.AuditEvent.id.desc()).first()
    assert (event.action, event.entity, event.entity_id) == (
        "import",
        "import_batch",
        result.batch_id,
    )
    assert "added:2" in event.fields and "Jansen" not in event.fields


def test_outlook_dutch_and_google_headers(db, tmp_path):
    nl = read_table(_write(tmp_path, "nl.csv", files.outlook_nl_csv()))
    assert nl.encoding == "utf-8-sig"
    google = read_table(_write(tmp_path, "google.csv", files.google_csv()))
    for table in (nl, google):
        run_import(table, guess_mapping(table.headers), ImportOptions(), today=TODAY)
    jorg = _contact("jorg@zeezicht.nl")
    assert (jorg.first_name, jorg.last_name, jorg.city, jorg.company.name) == (
        "Jörg",
        "Müller",
        "Katwijk",
        "Café Zeezicht",
    )
    sanne = _contact("sanne@devries.example")
    assert (sanne.first_name, sanne.last_name, sanne.job_title, sanne.city, sanne.street) == (
        "Sanne",
        "de Vries",
        "Directeur",
        "Utrecht",
        "Kerkstraat 12",
    )


def test_dutch_excel_semicolon_file_marks_each_problem(db, tmp_path):
    table = read_table(_write(tmp_path, "lijst.csv", files.dutch_excel_csv()))
    assert (table.encoding, table.delimiter) == ("cp1252", ";")
    mapping = guess_mapping(table.headers)
    checks = {c.number: c for c in check_rows(table, mapping, ImportOptions(), TODAY)}
    assert checks[2].outcome == "add" and checks[2].data.last_name == "Özdemir"
    assert checks[3].outcome == "skip" and checks[3].reason.field == "email"
    assert checks[5].outcome == "add" and checks[5].data.company_name == ""
    assert [p.field for p in checks[5].problems] == ["company_name"]
    assert "BSN" in checks[5].problems[0].message
    assert checks[6].outcome == "skip" and "earlier row" in checks[6].reason.message
    assert checks[7].outcome == "skip" and checks[7].reason.field == "last_name"
    result = run_import(table, mapping, ImportOptions(), today=TODAY)
    assert result.added == 3
    assert [n for n, _ in result.skipped] == [3, 6, 7]
    assert not m.Contact.select().where(m.Contact.search_text.contains("111222333")).exists()


def test_a_detected_separator_can_be_overruled(tmp_path):
    path = _write(tmp_path, "x.csv", files.dutch_excel_csv())
    table = read_table(path, delimiter=",", encoding="cp1252")
    assert len(table.headers) == 1 and table.delimiter == ","


def test_vcards_of_each_version(db, tmp_path):
    data = (files.VCARD_21 + files.VCARD_30 + files.VCARD_40).encode("cp1252")
    table = read_table(_write(tmp_path, "kaartjes.vcf", data))
    assert len(table.rows) == 3
    result = run_import(table, guess_mapping(table.headers), ImportOptions(), today=TODAY)
    assert result.added == 3, result.skipped
    andre = _contact("andre@garage-muller.nl")
    assert (andre.first_name, andre.last_name, andre.company.name) == (
        "André",
        "Müller",
        "Garage Müller",
    )
    assert (andre.street, andre.city, andre.postcode) == (
        "Hoofdstraat 5, achter",
        "Sassenheim",
        "2171 AA",
    )
    maria = _contact("maria@visser.example")  # the work address wins
    assert maria.company.name == "Visser, Visser & Co"
    tom = _contact("tom@bosbouw.example")
    assert (tom.phone, tom.city, tom.country) == ("+31 71 555 0000", "Voorhout", "NL")


def test_xlsx_and_duplicates_update_or_skip(db, tmp_path):
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.append(["Naam", "E-mail", "Telefoon", "Bedrijf"])
    sheet.append(["Jansen, Piet", "piet@jansen.nl", 712345678, "Nieuw BV"])
    sheet.append(["Karin Smit", "karin@smit.nl", None, None])
    path = tmp_path / "lijst.xlsx"
    book.save(path)
    contacts_service.save_contact(
        contacts_service.ContactData(
            first_name="Piet", last_name="Jansen", email="Piet@Jansen.nl", city="Lisse"
        ),
        today=TODAY,
    )
    table = read_table(path)
    mapping = guess_mapping(table.headers)
    skipped = run_import(table, mapping, ImportOptions(), today=TODAY, dry_run=True)
    assert (skipped.added, [n for n, _ in skipped.skipped]) == (1, [2])
    assert not m.Contact.select().where(m.Contact.email == "karin@smit.nl").exists()
    result = run_import(table, mapping, ImportOptions(update_existing=True), today=TODAY)
    assert (result.added, result.updated) == (1, 1)
    piet = _contact("Piet@Jansen.nl")
    assert (piet.city, piet.company.name) == ("Lisse", "Nieuw BV")
    assert m.Contact.select().where(m.Contact.email == "karin@smit.nl").count() == 1

    assert undo_batch(result.batch_id) == 1
    piet = _contact("Piet@Jansen.nl")
    assert piet.company_id is None and piet.city == "Lisse"
    assert not m.Contact.select().where(m.Contact.email == "karin@smit.nl").exists()
    with pytest.raises(NotAllowed):
        undo_batch(result.batch_id)


def test_an_import_after_an_undone_one_takes_new_ids(db, tmp_path):
    """A PostgreSQL sequence does not go back when the undo deletes the contacts (SQLite
    numbers from the highest id again): the second import must work on both."""
    table = read_table(_write(tmp_path, "nl.csv", files.outlook_nl_csv()))
    mapping = guess_mapping(table.headers)
    first = run_import(table, mapping, ImportOptions(), today=TODAY)
    assert first.added >= 1
    undo_batch(first.batch_id)
    again = run_import(table, mapping, ImportOptions(), today=TODAY)
    assert (again.added, again.skipped) == (first.added, [])
    typed = contacts_service.save_contact(
        contacts_service.ContactData(first_name="Karin", last_name="Smit"), today=TODAY
    )  # the engine's own numbering goes on past the imported ids
    spans = m.ImportBatchRange.select().where(m.ImportBatchRange.batch == again.batch_id)
    assert typed.id > max(span.last_id for span in spans)


def test_undo_refused_once_a_contact_changed(db, tmp_path):
    table = read_table(_write(tmp_path, "nl.csv", files.outlook_nl_csv()))
    result = run_import(table, guess_mapping(table.headers), ImportOptions(), today=TODAY)
    jorg = contacts_service.get_contact(_contact("jorg@zeezicht.nl").id)
    jorg.city = "Leiden"
    contacts_service.save_contact(jorg, today=TODAY)
    with pytest.raises(NotAllowed) as info:
        undo_batch(result.batch_id)
    assert info.value.params == {"count": 1}
    assert "1 of its contacts was changed since" in info.value.render()
    assert _contact("jorg@zeezicht.nl").city == "Leiden"


def test_cancel_leaves_nothing(db, tmp_path):
    lines = ["Voornaam;Achternaam;E-mail"] + [f"P{i};Q{i};p{i}@x.nl" for i in range(1200)]
    table = read_table(_write(tmp_path, "veel.csv", "\n".join(lines)))
    before = m.Contact.select().count()
    calls = []
    result = run_import(
        table,
        guess_mapping(table.headers),
        ImportOptions(),
        today=TODAY,
        cancelled=lambda: calls.append(1) or len(calls) >= 2,
    )
    assert result.cancelled and m.Contact.select().count() == before
    assert not m.ImportBatch.select().exists()


@pytest.mark.parametrize(
    "name, data",
    [
        ("leeg.csv", b""),
        ("kapot.xlsx", b"PK\x03\x04 no"),
        ("x.vcf", b"hallo"),
        ("bin.csv", b"a,b\n\x00\x01"),
    ],
)
def test_unreadable_files(tmp_path, name, data):
    with pytest.raises(UnreadableFile) as info:
        read_table(_write(tmp_path, name, data))
    assert info.value.params["name"] == name


def test_erasure_removes_the_old_values_an_import_kept(db, tmp_path):
    from soosr_desk.services.erasure import erase_contact

    contacts_service.save_contact(
        contacts_service.ContactData(
            first_name="Jörg", last_name="Müller", email="jorg@zeezicht.nl", city="Leiden"
        ),
        today=TODAY,
    )
    table = read_table(_write(tmp_path, "nl.csv", files.outlook_nl_csv()))
    result = run_import(
        table, guess_mapping(table.headers), ImportOptions(update_existing=True), today=TODAY
    )
    (link,) = m.ImportBatchContact.select().where(m.ImportBatchContact.batch == result.batch_id)
    assert "Leiden" in link.before
    erase_contact(link.contact_id, reason="manual", today=TODAY)
    assert not m.ImportBatchContact.select().exists()
    with pytest.raises(NotAllowed):
        undo_batch(result.batch_id)


def test_a_restricted_contact_is_never_updated(db, tmp_path):
    c = contacts_service.save_contact(
        contacts_service.ContactData(
            first_name="Jörg", last_name="Müller", email="jorg@zeezicht.nl", city="Leiden"
        ),
        today=TODAY,
    )
    contacts_service.set_restriction(c.id, True, "betwist de juistheid", today=TODAY)
    table = read_table(_write(tmp_path, "nl.csv", files.outlook_nl_csv()))
    options = ImportOptions(update_existing=True)
    (check,) = check_rows(table, guess_mapping(table.headers), options, TODAY)
    assert check.outcome == "skip" and "restricted" in check.reason.message
    result = run_import(table, guess_mapping(table.headers), options, today=TODAY)
    assert (result.updated, len(result.skipped)) == (0, 1)
    assert _contact("jorg@zeezicht.nl").city == "Leiden"
