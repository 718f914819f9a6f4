"""Issue 16 item 7 as the office worker meets it: typing a second "Bart Hermans" with the
same e-mail address and pressing Save shows who is already there, and offers to open it
or merge it."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from soosr_desk.services import contacts as service
from soosr_desk.store import models as m
from soosr_desk.ui.dialogs.duplicates import DuplicateDialog
from soosr_desk.ui.main_window import MainWindow

pytestmark = pytest.mark.gui


@pytest.fixture
def bart(db):
    return service.save_contact(
        service.ContactData(
            first_name="Bart",
            last_name="Hermans",
            email="bart@hermans.nl",
            postcode="1051 DK",
            city="Amsterdam",
        )
    ).id


@pytest.fixture
def page(db, db_path, bart, qtbot):
    window = MainWindow(db_path)
    window.show()
    window.show_page(1)
    page = window.current_page()
    page.window_ = window
    yield page
    page.editor.show_empty()
    window.close()
    window.deleteLater()


def _type_new_bart(page, qtbot, email="BART@hermans.nl"):
    qtbot.mouseClick(page.new_button, Qt.MouseButton.LeftButton)
    qtbot.keyClicks(page.editor.form.widget("first_name"), "Bart")
    qtbot.keyClicks(page.editor.form.widget("last_name"), "Hermans")
    qtbot.keyClicks(page.editor.form.widget("email"), email)


@pytest.fixture
def answer(monkeypatch):
    """The user's click on a button of the duplicate dialog (the dialog is modal: its exec
    shows it, records what it lists, and clicks the real button)."""
    seen: list = []

    def plan(button_name: str, shot: str | None = None) -> list:
        def exec_(dialog):
            dialog.show()
            seen.append([dialog.list.item(i).text() for i in range(dialog.list.count())])
            if shot:
                dialog.grab().save(shot)
            getattr(dialog, button_name).click()
            return dialog.result()

        monkeypatch.setattr(DuplicateDialog, "exec", exec_)
        return seen

    return plan


def test_saving_a_second_bart_warns_and_opens_the_first(page, bart, qtbot, tmp_path, answer):
    _type_new_bart(page, qtbot)
    seen = answer("open_button", str(tmp_path / "duplicate.png"))
    with pytest.MonkeyPatch.context() as mp:  # "discard the new one?" -> discard
        mp.setattr("soosr_desk.ui.pages.contacts.keep_or_leave", lambda *a: True)
        assert page.editor.save() is False
    assert len(seen) == 1 and "Bart Hermans" in seen[0][0] and str(bart) in seen[0][0]
    assert m.Contact.select().count() == 1, "nothing saved twice"
    assert page.editor.contact_id() == bart, "the existing contact is open"


def test_save_anyway_saves_the_second(page, qtbot):
    _type_new_bart(page, qtbot, email="bart@elders.nl")  # same name, no postcode: no warning
    assert page.editor.save() is True
    assert m.Contact.select().count() == 2


def test_same_name_and_postcode_warns_too_and_save_anyway_saves(page, qtbot, answer):
    _type_new_bart(page, qtbot, email="")
    qtbot.keyClicks(page.editor.form.widget("postcode"), "1051dk")
    seen = answer("save_button")
    assert page.editor.save() is True
    assert seen and "postcode" in seen[0][0]
    assert m.Contact.select().where(m.Contact.postcode == "1051 DK").count() == 2


def test_merge_from_the_warning(page, bart, qtbot, answer):
    other = service.save_contact(service.ContactData(first_name="B.", last_name="Hermans"))
    service.add_note(other.id, "belde")
    page.show_record(other.id)
    qtbot.keyClicks(page.editor.form.widget("email"), "bart@hermans.nl")
    seen = answer("merge_button")
    assert page.editor.save() is True
    assert len(seen) == 1
    assert m.Contact.get_by_id(bart).erased, "the other record is emptied"
    assert m.ContactNote.get().contact_id == other.id
    assert "merged" in page.window_.statusBar().currentMessage().lower()


def test_duplicates_button_finds_an_old_duplicate_and_merges_it(page, bart, qtbot, answer):
    """Two records saved before the warning existed: the button finds and merges them."""
    old = service.save_contact(
        service.ContactData(
            first_name="Bart", last_name="Hermans", email="BART@hermans.nl", phone="0612345678"
        )
    )
    service.add_note(old.id, "oude notitie")
    page.show_record(bart)
    seen = answer("merge_button")
    qtbot.mouseClick(page.editor.duplicates_button, Qt.MouseButton.LeftButton)
    assert seen and str(old.id) in seen[0][0]
    assert m.Contact.get_by_id(old.id).erased
    assert m.ContactNote.get().contact_id == bart
    assert page.editor.form.widget("phone").text(), "the empty phone was filled in"
    assert page.model.row_of(old.id) < 0, "the emptied record left the list"


def test_duplicates_button_without_duplicates_says_so(page, bart, qtbot):
    page.show_record(bart)
    qtbot.mouseClick(page.editor.duplicates_button, Qt.MouseButton.LeftButton)
    assert "No other contact" in page.window_.statusBar().currentMessage()
