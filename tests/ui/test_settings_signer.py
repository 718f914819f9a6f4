"""Issue 16 item 6: who signs the letters is typed once, on the settings page."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from soosr_desk.services import settings
from soosr_desk.store import models as m
from soosr_desk.ui.pages.settings import SettingsPage

pytestmark = pytest.mark.gui


def test_type_the_signer_and_save(db, qtbot, tmp_path):
    page = SettingsPage("desk.db")
    qtbot.addWidget(page)
    page.resize(1366, 768)
    page.show()
    qtbot.keyClicks(page.signer["name"], "Joke de Vries")
    qtbot.keyClicks(page.signer["role"], "Privacy officer")
    qtbot.mouseClick(page.save_button, Qt.MouseButton.LeftButton)
    assert settings.get_signer() == settings.Signer("Joke de Vries", "Privacy officer")
    events = [e.fields for e in m.AuditEvent.select().where(m.AuditEvent.entity == "setting")]
    assert events and "signer_name" in events[-1] and "Joke" not in events[-1]
    page.refresh()
    assert page.signer["role"].text() == "Privacy officer"
    page.grab().save(str(tmp_path / "settings.png"))


def test_a_bsn_in_the_signer_is_refused_next_to_the_field(db, qtbot):
    page = SettingsPage("desk.db")
    qtbot.addWidget(page)
    page.show()
    qtbot.keyClicks(page.signer["role"], "BSN 111222333")
    assert page.save() is False
    assert page.errors["signer_role"].isVisible()
    assert settings.get_signer().role == ""
