"""The Excel registers as the accountant opens them."""

from __future__ import annotations

import datetime as dt
import zipfile

import pytest
from openpyxl import load_workbook

from soosr_desk.services import contacts, register_workbooks
from soosr_desk.store import models as m

pytestmark = pytest.mark.both_engines  # issue 18: on the file and on a server

TODAY = dt.date(2026, 11, 25)


@pytest.mark.demo(contacts=300, seed=3, today=TODAY)
def test_all_sheets_one_row_per_record(db, tmp_path):
    path = tmp_path / "all.xlsx"
    report = register_workbooks.export("all", path, today=TODAY)
    wb = load_workbook(path)
    assert wb.sheetnames == [
        "Voorblad",
        "Verwerkingsregister",
        "Bewaartermijnen",
        "Ontvangers",
        "Verzoeken",
        "Datalekken",
        "Contacten",
    ]
    assert report.rows["Verwerkingsregister"] == m.ProcessingActivity.select().count()
    kept = m.Contact.select().where(~m.Contact.erased).count()  # the demo erased one
    assert kept == 299 and report.rows["Contacten"] == kept
    ws = wb["Contacten"]
    assert ws.max_row == kept + 1
    assert ws.freeze_panes == "A2" and ws.auto_filter.ref == f"A1:O{kept + 1}"
    assert ws["M2"].is_date
    reg = wb["Verwerkingsregister"]
    names = [r[0] for r in reg.iter_rows(min_row=2, values_only=True)]
    assert names == [
        a.name for a in m.ProcessingActivity.select().order_by(m.ProcessingActivity.sort_order)
    ]
    assert reg["Q2"].is_date
    cover = [c for row in wb["Voorblad"].iter_rows(values_only=True) for c in row if c]
    assert "SOOSR B.V." in cover and "Contacten" in cover


def test_formula_looking_text_stays_text(db, tmp_path):
    c = contacts.save_contact(
        contacts.ContactData(
            first_name='=HYPERLINK("http://x","y")',
            last_name="#N/A",
            job_title="@SUM(A1)",
            city="+31 Leiden",
        ),
        today=TODAY,
    )
    path = tmp_path / "c.xlsx"
    register_workbooks.export("contacts", path, today=TODAY)
    with zipfile.ZipFile(path) as z:
        xml = "".join(z.read(n).decode() for n in z.namelist() if "worksheets" in n)
    assert "<f>" not in xml and 't="e"' not in xml
    row = next(load_workbook(path)["Contacten"].iter_rows(min_row=2, values_only=True))
    assert row[0] == c.id and row[1] == "#N/A" and row[2] == '=HYPERLINK("http://x","y")'
    assert row[4] == "@SUM(A1)" and row[9] == "+31 Leiden"


def test_erased_contacts_are_not_exported(db, tmp_path):
    a = contacts.save_contact(contacts.ContactData(first_name="A", last_name="B"), today=TODAY)
    m.Contact.update(erased=True).where(m.Contact.id == a.id).execute()
    register_workbooks.export("contacts", tmp_path / "e.xlsx", today=TODAY)
    assert load_workbook(tmp_path / "e.xlsx")["Contacten"].max_row == 1
