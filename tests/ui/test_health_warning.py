"""A note that looks like health data gets a warning while it is typed (Art. 9 GDPR,
issue 14 item 13); the note can still be saved (a word is not always health data)."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt

from soosr_desk.services import contacts as cs
from soosr_desk.ui.widgets.contact_notes import NotesPanel

pytestmark = pytest.mark.gui


def test_health_words_warn_while_typing(db, qtbot, tmp_path):
    contact = cs.save_contact(cs.ContactData(first_name="A", last_name="B"), today=dt.date.today())
    panel = NotesPanel()
    qtbot.addWidget(panel)
    panel.resize(700, 400)
    panel.show()
    panel.load(contact.id, read_only=False)
    qtbot.keyClicks(panel.editor, "Offerte besproken.")
    assert not panel.health_warning.isVisible()
    qtbot.keyClicks(panel.editor, " Is ziek thuis met een burn-out.")
    assert panel.health_warning.isVisible()
    text = panel.health_warning.text()
    assert "\u201cziek\u201d" in text and "burn-out" in text and "Art. 9" in text
    panel.grab().save(str(tmp_path / "notes.png"))
    qtbot.mouseClick(panel.add_button, Qt.MouseButton.LeftButton)
    assert panel.table.rowCount() == 1  # warned, not refused
    assert not panel.health_warning.isVisible()  # the box is empty again
