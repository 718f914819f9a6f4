"""The export dialog's choice about restricted contacts (issue 14, item 9)."""

from __future__ import annotations

import datetime as dt

import pytest
from openpyxl import load_workbook
from PySide6.QtWidgets import QCheckBox, QFileDialog, QInputDialog, QMessageBox, QWidget

from soosr_desk.services import contacts
from soosr_desk.store import models as m
from soosr_desk.ui.dialogs.export_dialog import export_to_excel

pytestmark = pytest.mark.gui


@pytest.mark.parametrize("tick", [False, True])
def test_the_checkbox_leaves_restricted_contacts_out(db, qtbot, monkeypatch, tmp_path, tick):
    kept = contacts.save_contact(
        contacts.ContactData(first_name="R", last_name="Beperkt", email="r@example.nl"),
        today=dt.date.today(),
    )
    m.Contact.update(restricted=True).where(m.Contact.id == kept.id).execute()
    parent = QWidget()
    qtbot.addWidget(parent)
    target = tmp_path / "contacts.xlsx"
    monkeypatch.setattr(QInputDialog, "getItem", lambda *a, **k: ("Contacts", True))
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    seen: list = []

    def user(box):  # what the user does in the modal box: read, tick or not, press OK
        seen.append(box.text())
        box.findChild(QCheckBox, "omit_restricted").setChecked(tick)
        box.button(QMessageBox.StandardButton.Ok).click()

    monkeypatch.setattr(QMessageBox, "exec", user)
    assert export_to_excel(parent) == target
    assert seen and "Art. 18" in seen[0]
    rows = list(load_workbook(target)["Contacten"].iter_rows(min_row=2, values_only=True))
    assert len(rows) == (0 if tick else 1)
    if not tick:
        assert rows[0][1] == "Beperkt" and rows[0][5] in (None, "")
