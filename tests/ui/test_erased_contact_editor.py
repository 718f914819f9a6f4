"""An erased contact opened in the editor (from a dashboard line or a link that still
names it) is no unsaved change: leaving it asks nothing, and nothing can be saved."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from soosr_desk.services import contacts as service
from soosr_desk.services import erasure
from soosr_desk.ui.main_window import MainWindow

pytestmark = pytest.mark.gui


@pytest.fixture
def window(db, db_path, qtbot):
    window = MainWindow(db_path)
    window.show()
    yield window
    window.close()
    window.deleteLater()


def _contact(first: str, last: str, **more) -> int:
    return service.save_contact(service.ContactData(first_name=first, last_name=last, **more)).id


def test_an_erased_contact_opened_is_not_a_change(window, qtbot):
    kept = _contact("Jan", "Jansen", email="jan@jansen.nl")
    gone = _contact("Ans", "Visser", gender="female", signing_authority="full", city="Lisse")
    erasure.erase_contact(gone, reason="manual")
    window.open_record("contacts", gone)
    page = window.current_page()
    editor = page.editor
    assert editor.contact_id() == gone
    assert not editor.is_dirty()
    assert not editor.save_button.isEnabled()
    assert not editor.revert_button.isEnabled()
    assert not editor.erase_button.isEnabled()
    assert editor.form.widget("first_name").isReadOnly()
    assert "erased" in editor.heading.text().lower()
    # no retention period is shown for a row that holds nothing any more
    assert editor.retention.text() == "Erased: the contact details are no longer kept."
    assert editor.save() is False
    # leaving asks nothing (a question would fail the test: tests/ui/conftest.py)
    rect = page.view.visualRect(page.model.index(page.model.row_of(kept), 0))
    qtbot.mouseClick(page.view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert editor.contact_id() == kept
    assert page.can_leave()


def test_a_value_the_form_cannot_show_is_no_change(window, qtbot):
    """A stored value no list holds (an erased contact's blank gender) shows as the list's
    first entry; that alone is not a change the user made."""
    cid = _contact("Piet", "de Vries")
    window.open_record("contacts", cid)
    form = window.current_page().editor.form
    data = service.get_contact(cid)
    data.gender = ""
    form.load(data)
    assert not form.is_dirty()
    qtbot.keyClicks(form.widget("city"), "Delft")
    assert form.is_dirty()
    window.current_page().editor.show_empty()  # the closing window asks nothing
