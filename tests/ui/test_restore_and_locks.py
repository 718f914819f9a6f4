"""Issue 15 in the window and at the lock: the restore dialog says what was applied again,
a future-dated backup is flagged, a save dialog cannot pick the database, and the lock
tells a read-only folder or a full disk from another program (findings 1, 2, 3, 6, 11)."""

from __future__ import annotations

import contextlib
import datetime as dt
import hashlib
import os
import shutil
import subprocess
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QFileDialog, QInputDialog, QMessageBox

from soosr_desk import cli
from soosr_desk.services import agreements, backups, database, erasure
from soosr_desk.services import contacts as cs
from soosr_desk.store import models as m
from soosr_desk.store.opening import close_database, open_database
from soosr_desk.ui import app as ui_app
from soosr_desk.ui.dialogs.backups import BackupsDialog
from soosr_desk.ui.dialogs.export_dialog import export_mailing_list, export_to_excel
from soosr_desk.ui.lock import InstanceLock

TODAY = dt.date.today()


def _sha(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _person(last: str) -> int:
    return cs.save_contact(cs.ContactData(first_name="Zyx", last_name=last), today=TODAY).id


# --- the restore dialog (finding 2) -------------------------------------------------------------


def test_the_restore_dialog_says_what_was_applied_again(qtbot, db, db_path, monkeypatch):
    people = [_person(f"Herstel{i}") for i in range(3)]
    backups.make_backup(db, db_path, now=dt.datetime.now() - dt.timedelta(minutes=1))
    for cid in people:
        erasure.erase_contact(cid, reason="manual", today=TODAY)
    monkeypatch.setattr(QMessageBox, "question", lambda *a: QMessageBox.StandardButton.Yes)

    def restore(path: Path):
        close_database(db)
        return database.restore_backup(path, db_path)

    dialog = BackupsDialog(None, db_path, lambda: None, restore)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.restore_selected()
    try:
        report = dialog.report
        qtbot.addWidget(report)
        assert "3 erasures made after this backup were applied again." in report.text()
        assert "The previous file was kept as" in report.text()
        report.grab().save(
            str(Path(os.environ.get("SOOSR_SHOTS", db_path.parent)) / "restore-report.png")
        )
        assert all(m.Contact.get_by_id(cid).erased for cid in people)
    finally:
        close_database(m.database_proxy.obj)


def test_a_backup_dated_in_the_future_is_flagged(qtbot, db, db_path):
    backups.make_backup(db, db_path, now=dt.datetime.now() - dt.timedelta(hours=2))
    backups.make_backup(db, db_path, now=dt.datetime(2031, 1, 1, 9))
    dialog = BackupsDialog(None, db_path, lambda: None, lambda path: None)
    qtbot.addWidget(dialog)
    notes = [dialog.tree.topLevelItem(i).text(2) for i in range(dialog.tree.topLevelItemCount())]
    assert "future" in notes[0] and notes[1] == ""


# --- a save dialog that picks the database (finding 1) --------------------------------------------


def test_a_save_dialog_cannot_pick_the_database(qtbot, db, db_path, monkeypatch):
    from PySide6.QtWidgets import QWidget

    parent = QWidget()
    qtbot.addWidget(parent)
    before = _sha(db_path)
    warned, told = [], []
    monkeypatch.setattr(QMessageBox, "warning", lambda *a: warned.append(a[2]))
    monkeypatch.setattr(QMessageBox, "information", lambda *a: told.append(a[2]))
    monkeypatch.setattr(QInputDialog, "getItem", lambda *a, **k: ("Nieuwsbrief", True))
    # the database picked in the mailing's save dialog: the list goes beside it, as .xlsx
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(db_path), ""))
    assert export_mailing_list(parent) == Path(f"{db_path}.xlsx")
    # a file inside the backup folder: refused with a message
    inside = backups.backup_dir(db_path) / "register.xlsx"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(inside), ""))
    assert export_to_excel(parent, "register") is None
    assert len(warned) == 1 and "backup or documents folder" in warned[0]
    assert not inside.exists()
    assert _sha(db_path) == before


# --- the lock (finding 6) -------------------------------------------------------------------------


@pytest.mark.parametrize("content", [b"", b"\x00garbage\n\xff"])
def test_an_empty_or_garbled_lock_file_does_not_lock_out(db_path, content):
    Path(f"{db_path}.lock").write_bytes(content)
    lock = InstanceLock(db_path)
    lock.acquire()
    lock.release()


def test_a_symlink_to_the_database_finds_the_same_lock_and_documents(db_path, tmp_path, capsys):
    link = tmp_path / "elsewhere" / "alias.db"
    link.parent.mkdir()
    link.symlink_to(db_path)
    lock = InstanceLock(db_path)
    lock.acquire()
    try:
        with pytest.raises(SystemExit) as info:
            cli.main(["--lang", "en", "check", "--db", str(link)])
        assert info.value.code == 2 and "open in SOOSR Desk" in capsys.readouterr().err
    finally:
        lock.release()
    db = open_database(link)
    try:
        assert agreements.documents_dir() == Path(f"{db_path}.documents")
    finally:
        db.close()
        m.database_proxy.initialize(None)


def _mount(folder: Path, options: str) -> bool:
    if os.geteuid() != 0 or shutil.which("mount") is None:
        return False
    folder.mkdir(exist_ok=True)
    done = subprocess.run(
        ["mount", "-t", "tmpfs", "-o", options, "tmpfs", str(folder)], capture_output=True
    )
    return done.returncode == 0


@pytest.fixture
def small_disk(tmp_path):
    folder = tmp_path / "disk"
    if not _mount(folder, "size=512k"):
        pytest.skip("needs root to mount a small tmpfs")
    yield folder
    subprocess.run(["umount", "-l", str(folder)], check=False)


def test_a_read_only_folder_is_not_called_open_elsewhere(small_disk, db_path, capsys):
    shutil.copyfile(db_path, small_disk / "desk.db")
    subprocess.run(["mount", "-o", "remount,ro", str(small_disk)], check=True)
    with pytest.raises(SystemExit) as info:
        cli.main(["--lang", "en", "check", "--db", str(small_disk / "desk.db")])
    err = capsys.readouterr().err
    assert info.value.code == 2
    assert "open in SOOSR Desk" not in err and "cannot write in the folder" in err


def test_the_window_on_a_read_only_folder_says_so(small_disk, db_path, monkeypatch, qapp):
    shutil.copyfile(db_path, small_disk / "desk.db")
    subprocess.run(["mount", "-o", "remount,ro", str(small_disk)], check=True)
    shown = []
    monkeypatch.setattr(QMessageBox, "critical", lambda *a, **k: shown.append(a[2]))
    assert ui_app.run_gui(small_disk / "desk.db", "en") == 2
    assert shown and "cannot write in the folder" in shown[0]
    assert "open in SOOSR Desk" not in shown[0]


def test_a_full_disk_is_not_called_open_elsewhere(small_disk, db_path, capsys):
    shutil.copyfile(db_path, small_disk / "desk.db")
    fd = os.open(small_disk / "filler", os.O_WRONLY | os.O_CREAT)
    with contextlib.suppress(OSError):  # ENOSPC: the disk is full now
        while os.write(fd, b"\0" * 65536):
            pass
    os.close(fd)
    with pytest.raises(SystemExit) as info:
        cli.main(["--lang", "en", "check", "--db", str(small_disk / "desk.db")])
    err = capsys.readouterr().err
    assert info.value.code == 2
    assert "open in SOOSR Desk" not in err and "full" in err


# --- the settings file (finding 11) ----------------------------------------------------------------


@pytest.mark.skipif(os.name != "posix", reason="file modes are POSIX")
def test_the_settings_file_is_the_owners_only(qapp):
    settings = QSettings()
    settings.setValue("language", "nl")
    settings.sync()
    path = Path(settings.fileName())
    path.chmod(0o644)
    ui_app.private_files()
    assert path.stat().st_mode & 0o777 == 0o600
