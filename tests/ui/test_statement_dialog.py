"""The privacy statement dialog: publish, see that it matches, change the register, see
that it no longer does; save the files."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog, QMessageBox

from soosr_desk.services import activities
from soosr_desk.services import statement as service
from soosr_desk.store import models as m
from soosr_desk.ui.dialogs.statement_dialog import StatementDialog

pytestmark = pytest.mark.gui


def test_publish_then_change_the_register(db, qtbot, monkeypatch, tmp_path):
    dialog = StatementDialog()
    qtbot.addWidget(dialog)
    assert "No version has been published yet" in dialog.state.text()
    assert not dialog.save_button.isEnabled()
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    qtbot.mouseClick(dialog.publish_button, Qt.MouseButton.LeftButton)
    assert dialog.versions.count() == 1
    assert "Version 1 published" in dialog.state.text()
    dialog.refresh()
    assert "matches the register" in dialog.state.text()
    activity = activities.get_activity(m.ProcessingActivity.select().first().id)
    activity.purpose += " Ook voor een nieuw doel."
    activities.save_activity(activity)
    dialog.refresh()
    assert "changed after version 1" in dialog.state.text()
    opened = []
    dialog.opener = opened.append
    qtbot.mouseClick(dialog.open_button, Qt.MouseButton.LeftButton)
    assert opened and opened[0].read_bytes().startswith(b"%PDF")
    out = tmp_path / "website"
    out.mkdir()
    monkeypatch.setattr(QFileDialog, "getExistingDirectory", lambda *a, **k: str(out))
    shown = []
    monkeypatch.setattr(QMessageBox, "information", lambda *a, **k: shown.append(a[2]))
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    names = sorted(p.name for p in out.iterdir())
    assert names == [
        "privacy-statement-v1-en.html",
        "privacy-statement-v1-en.pdf",
        "privacy-statement-v1-nl.html",
        "privacy-statement-v1-nl.pdf",
    ]
    assert shown and "privacy-statement-v1-nl.pdf" in shown[0]
    assert service.changed_since_published()


def test_publishing_is_refused_while_a_transfer_lacks_a_safeguard(db, qtbot, monkeypatch):
    party = m.ThirdParty.create(name="Mailer Inc.", country="US")
    m.ThirdPartyActivity.create(third_party=party, activity=m.ProcessingActivity.select().first())
    dialog = StatementDialog()
    qtbot.addWidget(dialog)
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    warned = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *a, **k: warned.append(a[2]))
    qtbot.mouseClick(dialog.publish_button, Qt.MouseButton.LeftButton)
    assert warned and "Mailer Inc." in warned[0] and "(US)" in warned[0]
    assert dialog.versions.count() == 0


def test_missing_english_texts_are_warned_of_but_publishing_goes_on(db, qtbot, monkeypatch):
    activity = activities.get_activity(m.ProcessingActivity.select().first().id)
    activity.source_en = ""
    activities.save_activity(activity)
    dialog = StatementDialog()
    qtbot.addWidget(dialog)
    assert dialog.english.isVisibleTo(dialog)
    assert f"{activity.name}: source" in dialog.english.text()
    asked = []

    def question(*a, **k):
        asked.append(a[2])
        return QMessageBox.StandardButton.Yes

    monkeypatch.setattr(QMessageBox, "question", question)
    qtbot.mouseClick(dialog.publish_button, Qt.MouseButton.LeftButton)
    assert asked and f"{activity.name}: source" in asked[0]
    assert "Version 1 published" in dialog.state.text()
    en = service.get_version(1, "en").html
    assert "given in Dutch" in en and activity.source[:30] in en
