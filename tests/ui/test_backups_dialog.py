"""The Back-ups dialog: the list, making a backup now, and a restore after confirmation."""

from __future__ import annotations

import datetime as dt
import hashlib
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from soosr_desk.services import backup_restore, backups
from soosr_desk.services import contacts as contact_service
from soosr_desk.store import models as m
from soosr_desk.store.opening import close_database, open_database
from soosr_desk.ui import i18n as ui_i18n
from soosr_desk.ui.dialogs.backups import BackupsDialog


@pytest.fixture(autouse=True)
def dutch_dates(monkeypatch):
    monkeypatch.setattr(ui_i18n, "_current", "nl")


def _dialog(qtbot, db, db_path, restore=None):
    made: list[backups.BackupInfo] = []

    def make():
        made.append(backups.make_backup(db, db_path, now=dt.datetime.now()))

    dialog = BackupsDialog(None, db_path, make, restore or (lambda path: None))
    qtbot.addWidget(dialog)
    return dialog, made


def _rows(dialog) -> list[str]:
    tree = dialog.tree
    return [tree.topLevelItem(i).text(0) for i in range(tree.topLevelItemCount())]


def test_lists_backups_newest_first_with_date_and_size(qtbot, db, db_path):
    backups.make_backup(db, db_path, now=dt.datetime(2026, 3, 1, 9, 5))
    backups.make_backup(db, db_path, now=dt.datetime(2026, 3, 2, 17, 45))
    dialog, _ = _dialog(qtbot, db, db_path)
    assert dialog.windowTitle() == "Backups"
    assert _rows(dialog) == ["02-03-2026 17:45", "01-03-2026 09:05"]
    assert dialog.tree.topLevelItem(0).text(1)  # a size such as "316 KB"
    assert dialog.restore_button.isEnabled()
    assert dialog.empty_label.isHidden()


def test_without_backups_restore_is_off(qtbot, db, db_path):
    dialog, _ = _dialog(qtbot, db, db_path)
    assert _rows(dialog) == []
    assert not dialog.restore_button.isEnabled()
    assert not dialog.empty_label.isHidden()


def test_make_a_backup_adds_it_to_the_list(qtbot, db, db_path):
    dialog, made = _dialog(qtbot, db, db_path)
    qtbot.mouseClick(dialog.make_button, Qt.MouseButton.LeftButton)
    assert len(made) == 1 and made[0].path.exists()
    assert len(_rows(dialog)) == 1
    assert dialog.restore_button.isEnabled()


def test_a_failed_backup_shows_the_message(qtbot, db, db_path, monkeypatch):
    shown = []
    monkeypatch.setattr(QMessageBox, "warning", lambda parent, title, text: shown.append(text))

    def broken():
        raise backups.BackupError(backups.WRITE_FAILED, folder="X:\\backups")

    dialog = BackupsDialog(None, db_path, broken, lambda path: None)
    qtbot.addWidget(dialog)
    qtbot.mouseClick(dialog.make_button, Qt.MouseButton.LeftButton)
    assert len(shown) == 1 and "X:\\backups" in shown[0] and "free space" in shown[0]


def test_restore_asks_first_and_can_be_declined(qtbot, db, db_path, monkeypatch):
    backups.make_backup(db, db_path, now=dt.datetime(2026, 3, 1, 9, 5))
    asked = []

    def question(parent, title, text, *args):
        asked.append(text)
        return QMessageBox.StandardButton.No

    monkeypatch.setattr(QMessageBox, "question", question)
    restored = []
    dialog, _ = _dialog(qtbot, db, db_path, restore=restored.append)
    qtbot.mouseClick(dialog.restore_button, Qt.MouseButton.LeftButton)
    assert restored == []
    assert "replaced by the backup of 01-03-2026 09:05" in asked[0]
    assert "kept aside" in asked[0]
    assert dialog.result() == 0


def test_restore_brings_back_the_backup(qtbot, db, db_path, monkeypatch):
    """The whole flow as the main window wires it: close, restore, reopen."""
    info = backups.make_backup(db, db_path, now=dt.datetime(2026, 3, 1, 9, 5))
    later = contact_service.save_contact(
        contact_service.ContactData(first_name="Na", last_name="Debackup")
    )
    monkeypatch.setattr(QMessageBox, "question", lambda *a: QMessageBox.StandardButton.Yes)
    state = {}

    def restore(path: Path) -> None:
        close_database(db)
        state["aside"] = backup_restore.restore(path, db_path)
        state["db"] = open_database(db_path)

    dialog, _ = _dialog(qtbot, db, db_path, restore=restore)
    qtbot.mouseClick(dialog.restore_button, Qt.MouseButton.LeftButton)
    try:
        assert dialog.result() == BackupsDialog.DialogCode.Accepted
        assert state["aside"].exists()
        assert not m.Contact.select().where(m.Contact.id == later.id).exists()
        assert m.AuditEvent.select().order_by(m.AuditEvent.id.desc()).first().fields == (
            info.path.name
        )
    finally:
        close_database(state["db"])


def test_a_damaged_backup_is_refused_with_a_message(qtbot, db, db_path, monkeypatch):
    info = backups.make_backup(db, db_path, now=dt.datetime(2026, 3, 1, 9, 5))
    size = info.path.stat().st_size
    with open(info.path, "r+b") as fh:
        fh.seek(size // 2 // 4096 * 4096)
        fh.write(b"\xa5" * 8192)
    monkeypatch.setattr(QMessageBox, "question", lambda *a: QMessageBox.StandardButton.Yes)
    shown = []
    monkeypatch.setattr(QMessageBox, "warning", lambda parent, title, text: shown.append(text))
    dialog, _ = _dialog(
        qtbot, db, db_path, restore=lambda path: backup_restore.restore(path, db_path)
    )
    before = hashlib.sha256(db_path.read_bytes()).hexdigest()
    qtbot.mouseClick(dialog.restore_button, Qt.MouseButton.LeftButton)
    assert len(shown) == 1 and "is damaged" in shown[0] and info.path.name in shown[0]
    assert dialog.result() == 0
    assert hashlib.sha256(db_path.read_bytes()).hexdigest() == before
    assert sorted(p.name for p in db_path.parent.iterdir() if ".before-restore" in p.name) == []


@pytest.mark.parametrize("engine", ["postgresql"])
def test_on_the_office_server_the_dialog_makes_lists_and_restores_dumps(
    qtbot, db, db_path, monkeypatch
):
    """Issue 18: as the main window wires it on a server (database.make_backup_now and
    database.restore_backup): a dump in the list, and a restore that brings nobody back."""
    from soosr_desk.services import database, erasure

    gone = contact_service.save_contact(
        contact_service.ContactData(first_name="Weg", last_name="Blijftweg")
    )
    monkeypatch.setattr(QMessageBox, "question", lambda *a: QMessageBox.StandardButton.Yes)
    dialog = BackupsDialog(
        None,
        db_path,
        lambda: database.make_backup_now(db_path, dt.datetime.now()),
        lambda path: database.restore_backup(path, db_path),
    )
    qtbot.addWidget(dialog)
    qtbot.mouseClick(dialog.make_button, Qt.MouseButton.LeftButton)
    assert len(_rows(dialog)) == 1
    assert backups.list_backups(db_path)[0].path.suffix == ".dump"
    erasure.erase_contact(gone.id, reason="manual")
    qtbot.mouseClick(dialog.restore_button, Qt.MouseButton.LeftButton)
    assert dialog.result() == BackupsDialog.DialogCode.Accepted
    assert m.Contact.get_by_id(gone.id).first_name == ""
