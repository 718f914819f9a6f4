"""Starting the program: one program per database, and clear messages for bad files."""

from __future__ import annotations

import hashlib
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from PySide6.QtWidgets import QMessageBox

from soosr_desk.ui import app as ui_app
from soosr_desk.ui.lock import DatabaseLocked, InstanceLock

pytestmark = pytest.mark.gui

HOLD_LOCK = """
import sys, time
from soosr_desk.ui.lock import InstanceLock
lock = InstanceLock(sys.argv[1]); lock.acquire()
print("locked", flush=True)
time.sleep(60)
"""


def _child_holding_lock(db_path):
    proc = subprocess.Popen(
        [sys.executable, "-c", HOLD_LOCK, str(db_path)], stdout=subprocess.PIPE, text=True
    )
    assert proc.stdout.readline().strip() == "locked"
    return proc


def test_second_program_on_the_same_database_is_refused(tmp_path):
    db_path = tmp_path / "x.db"
    holder = _child_holding_lock(db_path)
    try:
        t0 = time.perf_counter()
        with pytest.raises(DatabaseLocked) as info:
            InstanceLock(db_path).acquire()
        assert time.perf_counter() - t0 < 3.0  # refused at once, not after a wait for the lock
        assert info.value.holder.pid == holder.pid
        message = ui_app.locked_message(info.value)
        assert str(holder.pid) in message and info.value.holder.host in message
        # another database is fine meanwhile
        other = InstanceLock(tmp_path / "y.db")
        other.acquire()
        other.release()
    finally:
        holder.kill()
        holder.wait()


def test_stale_lock_after_a_crash_is_taken_over(tmp_path):
    db_path = tmp_path / "x.db"
    for _ in range(5):
        holder = _child_holding_lock(db_path)
        os.kill(holder.pid, signal.SIGKILL)
        holder.wait()
        lock = InstanceLock(db_path)
        lock.acquire()  # the dead holder's lock is stale: taken over
        lock.release()


def test_cli_write_refused_while_the_window_has_the_database(db_path):
    holder = _child_holding_lock(db_path)
    try:
        out = subprocess.run(
            [
                sys.executable,
                "-m",
                "soosr_desk",
                "--lang",
                "en",
                "demo",
                "--db",
                str(db_path),
                "--contacts",
                "5",
            ],
            capture_output=True,
            text=True,
            timeout=60,
        )
        assert out.returncode != 0
        assert "open in SOOSR Desk" in out.stderr and str(holder.pid) in out.stderr
    finally:
        holder.kill()
        holder.wait()


@pytest.fixture
def shown_errors(monkeypatch):
    shown = []
    monkeypatch.setattr(QMessageBox, "critical", lambda parent, title, text, *a: shown.append(text))
    return shown


def test_a_file_that_is_not_a_database_gets_a_message_and_stays_as_it_was(
    tmp_path, shown_errors, qapp
):
    path = tmp_path / "notes.db"
    path.write_text("dit is geen database\n" * 20)
    before = hashlib.sha256(path.read_bytes()).hexdigest()
    assert ui_app.run_gui(path, "en") == 2
    assert "not a SOOSR Desk database" in shown_errors[0]
    assert hashlib.sha256(path.read_bytes()).hexdigest() == before


def test_missing_folder_gets_a_message(tmp_path, shown_errors, qapp):
    assert ui_app.run_gui(tmp_path / "gone" / "x.db", "en") == 2
    assert "does not exist" in shown_errors[0]


def test_locked_database_gets_a_message_naming_the_holder(db_path, shown_errors, qapp):
    holder = _child_holding_lock(db_path)
    try:
        assert ui_app.run_gui(db_path, "en") == 2
        assert str(holder.pid) in shown_errors[0]
    finally:
        holder.kill()
        holder.wait()


def test_network_path_warns_and_can_be_cancelled(monkeypatch, tmp_path, qapp):
    from soosr_desk.services import database

    monkeypatch.setattr(database, "path_warning", lambda path: database.NETWORK_WARNING)
    warned = []

    def warning(parent, title, text, *a):
        warned.append(text)
        return QMessageBox.StandardButton.Cancel

    monkeypatch.setattr(QMessageBox, "warning", warning)
    assert ui_app.run_gui(tmp_path / "x.db", "en") == 1
    assert "network drive" in warned[0]
    assert not (tmp_path / "x.db").exists()


def test_first_start_shows_the_welcome_once(db, db_path):
    from soosr_desk.ui.dialogs.welcome import WelcomeDialog, mark_welcomed, needs_welcome

    assert needs_welcome()
    dialog = WelcomeDialog(db_path)
    from PySide6.QtWidgets import QLabel

    shown = " ".join(lbl.text() for lbl in dialog.findChildren(QLabel))
    assert "SOOSR B.V." in shown and "Kapteynstraat 1" in shown and str(db_path) in shown
    mark_welcomed()
    assert not needs_welcome()


def test_a_damaged_file_offers_the_latest_backup(tmp_path, shown_errors, qapp, monkeypatch):
    import datetime as dt

    from soosr_desk.services import backups
    from soosr_desk.services import contacts as cs
    from soosr_desk.store import models as m
    from soosr_desk.store.opening import close_database, open_database

    path = tmp_path / "desk.db"
    db = open_database(path)
    cs.save_contact(cs.ContactData(first_name="Uit", last_name="Backup"))
    backups.make_backup(db, path, now=dt.datetime.now())
    close_database(db)
    path.write_text("kapot\n" * 500)  # no longer an SQLite file
    damaged = hashlib.sha256(path.read_bytes()).hexdigest()
    asked = []
    monkeypatch.setattr(
        QMessageBox,
        "question",
        lambda *a, **k: asked.append(a[2]) or QMessageBox.StandardButton.Yes,
    )
    told = []  # issue 15: what could not be applied again is said
    monkeypatch.setattr(QMessageBox, "information", lambda *a, **k: told.append(a[2]))
    opened = {}

    class Window:
        def __init__(self, p):
            opened["contacts"] = m.Contact.select().count()

        def show(self):
            pass

        def start_up_tasks(self):
            pass

    monkeypatch.setattr("soosr_desk.ui.main_window.MainWindow", Window)
    monkeypatch.setattr(ui_app, "needs_welcome", lambda: False, raising=False)
    monkeypatch.setattr("soosr_desk.ui.dialogs.welcome.needs_welcome", lambda: False)
    monkeypatch.setattr(qapp, "exec", lambda: 0)
    assert ui_app.run_gui(path, "en") == 0
    assert asked and "Put back the latest backup" in asked[0]
    assert told and "could not be applied again" in told[0]
    assert opened["contacts"] == 1  # the backup's data
    aside = [p for p in tmp_path.iterdir() if p.name.startswith("desk.db.") and p.is_file()]
    assert any(hashlib.sha256(p.read_bytes()).hexdigest() == damaged for p in aside)


CLOSE_DURING_START = r"""
import sys
from pathlib import Path
from PySide6.QtCore import QTimer
from soosr_desk.services import database
from soosr_desk.ui import app as ui_app
from soosr_desk.ui.dialogs import welcome
from soosr_desk.ui.main_window import MainWindow

welcome.needs_welcome = lambda: False
slow = database.start_up_tasks
def slow_start(path):
    import time
    time.sleep(0.8)  # the day's backup of a big file, still running
    return slow(path)
database.start_up_tasks = slow_start
original = MainWindow.start_up_tasks
def start_up_tasks(self):
    QTimer.singleShot(200, self.close)  # the user closes the window meanwhile
    original(self)
MainWindow.start_up_tasks = start_up_tasks
sys.exit(ui_app.run_gui(Path(sys.argv[1]), "nl"))
"""


@pytest.mark.parametrize("close_first", [False, True])
def test_closing_the_window_while_the_start_up_backup_runs_ends_the_program(tmp_path, close_first):
    """Qt's quit-on-last-window only ends the job's inner event loop; the program must not
    stay running without a window (and holding the database lock)."""
    code = CLOSE_DURING_START
    if close_first:  # closed before the start-up tasks even begin
        code = code.replace("QTimer.singleShot(200, self.close)", "self.close()")
    env = dict(
        os.environ,
        QT_QPA_PLATFORM="offscreen",
        XDG_CONFIG_HOME=str(tmp_path / "cfg"),
        PYTHONPATH=str(Path(__file__).resolve().parents[2]),
    )
    done = subprocess.run(
        [sys.executable, "-c", code, str(tmp_path / "desk.db")],
        capture_output=True,
        text=True,
        env=env,
        timeout=20,
    )
    assert done.returncode == 0, done.stderr[-2000:]


KNOCK = """
import sys
from PySide6.QtCore import QCoreApplication
from soosr_desk.ui.lock import knock
app = QCoreApplication(sys.argv[:1])
print("answered" if knock(sys.argv[1]) else "nobody", flush=True)
"""


@pytest.mark.qt_log_ignore("does not support raise")  # the offscreen platform has no stacking
def test_a_second_start_brings_the_open_window_to_the_front(db_path, qtbot):
    """R13: B on the same database is refused, and A's window comes to the front."""
    from PySide6.QtWidgets import QMainWindow

    from soosr_desk.ui.lock import FrontDoor

    a = QMainWindow()
    qtbot.addWidget(a)
    a.show()
    a.showMinimized()
    door = FrontDoor(db_path)
    door.knocked.connect(lambda: ui_app.bring_to_front(a))
    env = dict(
        os.environ, QT_QPA_PLATFORM="offscreen", PYTHONPATH=str(Path(__file__).resolve().parents[2])
    )
    child = subprocess.Popen(
        [sys.executable, "-c", KNOCK, str(db_path)], stdout=subprocess.PIPE, text=True, env=env
    )
    with qtbot.waitSignal(door.knocked, timeout=10_000):
        pass
    out, _ = child.communicate(timeout=10)
    assert out.strip() == "answered"
    assert not a.isMinimized() and a.isVisible()
    door.close()


def test_knocking_on_a_database_nobody_has_open_finds_nobody(tmp_path, qapp):
    from soosr_desk.ui.lock import knock

    started = time.perf_counter()
    assert knock(tmp_path / "nobody.db") is False
    assert time.perf_counter() - started < 3  # no wait for an answer that cannot come


def test_the_refusal_says_the_other_window_came_to_the_front(db_path, monkeypatch, qapp):
    said = []
    monkeypatch.setattr(ui_app, "knock", lambda path: True)
    monkeypatch.setattr(QMessageBox, "critical", lambda *a: said.append(a[2]))
    held = _child_holding_lock(db_path)
    try:
        assert ui_app.run_gui(db_path, "en") == 2
    finally:
        held.kill()
        held.wait()
    assert "already open" in said[0] and "brought to the front" in said[0]
