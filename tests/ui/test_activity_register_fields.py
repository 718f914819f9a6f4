"""Issue 14, items 8 and 9 in the activity editor: consent as a second basis and the joint
controllers are typed in and reach the register."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from soosr_desk.store import models as m
from soosr_desk.ui.pages.register import RegisterPage

pytestmark = pytest.mark.gui


def test_consent_too_and_joint_controllers_are_saved(db, qtbot):
    page = RegisterPage()
    qtbot.addWidget(page)
    page.show()
    page.refresh()
    for r in range(page.proxy.rowCount()):
        if page.proxy.index(r, 0).data() == "Referenties":
            page.view.setCurrentIndex(page.proxy.index(r, 0))
    editor = page.editor
    assert editor.fields["name"].text() == "Referenties"
    qtbot.mouseClick(
        editor.fields["consent_too"],
        Qt.MouseButton.LeftButton,
        pos=editor.fields["consent_too"].rect().center(),
    )
    assert editor.fields["consent_too"].isChecked()
    qtbot.keyClicks(editor.fields["joint_controllers"], "Partner B.V.")
    assert editor.save()
    row = m.ProcessingActivity.get(m.ProcessingActivity.name == "Referenties")
    assert row.consent_too and row.joint_controllers == "Partner B.V."
    page.editor.clear()


def test_the_editor_shows_the_transfers_the_third_parties_make(db, qtbot):
    activity = m.ProcessingActivity.get(m.ProcessingActivity.name == "Direct marketing")
    party = m.ThirdParty.create(name="Mailer Inc.", country="US", safeguard="EU-US DPF")
    m.ThirdPartyActivity.create(third_party=party, activity=activity)
    page = RegisterPage()
    qtbot.addWidget(page)
    page.show()
    page.refresh()
    for r in range(page.proxy.rowCount()):
        if page.proxy.index(r, 0).data() == "Direct marketing":
            page.view.setCurrentIndex(page.proxy.index(r, 0))
    assert page.editor.derived_transfers.text() == "US (EU-US DPF)"
    page.editor.clear()
