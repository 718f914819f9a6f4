"""Due for erasure: the list shows who is due and why; select, confirm, erased; the
contact shows its retention date and can be erased by hand."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from soosr_desk.services import contacts as cs
from soosr_desk.store import models as m
from soosr_desk.ui.pages.retention import RetentionPage

pytestmark = pytest.mark.gui
TODAY = dt.date.today()


@pytest.fixture
def people(db):
    old = cs.save_contact(
        cs.ContactData(
            first_name="Oud",
            last_name="Formulier",
            email="oud@example.nl",
            source="website_form",
            received_on=TODAY.replace(year=TODAY.year - 3),
        )
    )
    new = cs.save_contact(
        cs.ContactData(
            first_name="Nieuw", last_name="Formulier", source="website_form", received_on=TODAY
        )
    )
    return old, new


def test_due_list_erase_selected(people, qtbot):
    old, new = people
    page = RetentionPage()
    qtbot.addWidget(page)
    page.show()
    page.refresh()
    assert page.model.rowCount() == 1
    assert page.model.index(0, 0).data() == "Formulier, Oud"
    assert "1" in page.count.text()
    asked, told = [], []
    page.confirm = lambda text: asked.append(text) or True
    page.tell = told.append
    page.view.selectAll()
    qtbot.mouseClick(page.erase_button, Qt.MouseButton.LeftButton)
    assert asked and "Erase 1 contact for good?" in asked[0]
    assert told and told[0].startswith("1 contact erased.")
    gone = m.Contact.get_by_id(old.id)
    assert gone.erased and gone.email == "" and gone.last_name == ""
    assert not m.Contact.get_by_id(new.id).erased
    assert page.model.rowCount() == 0


def test_contact_shows_retention_and_can_be_erased(people, qtbot, monkeypatch):
    from soosr_desk.ui.widgets.contact_editor import ContactEditor

    old, new = people
    editor = ContactEditor()
    qtbot.addWidget(editor)
    editor.load_id(new.id)
    expected = TODAY.replace(year=TODAY.year + 2)
    assert "Retention: erase after" in editor.retention.text()
    assert (
        expected.strftime("%d-%m-%Y") in editor.retention.text()
        or expected.strftime("%d/%m/%Y") in editor.retention.text()
    )
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    statuses = []
    editor.status.connect(statuses.append)
    assert editor.erase()
    assert m.Contact.get_by_id(new.id).erased
    assert statuses and "erased" in statuses[0]
