"""The main window: pages, shortcuts, remembered geometry, dashboard to record."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QRect, QSettings, Qt
from PySide6.QtWidgets import QDialog

from soosr_desk.store.seed import ACTIVITIES
from soosr_desk.ui.main_window import MainWindow
from soosr_desk.ui.pages.register import RegisterPage

pytestmark = pytest.mark.gui


@pytest.fixture
def window(db, db_path, qtbot):
    w = MainWindow(db_path)
    w.show()
    yield w
    for page in w.pages:
        if hasattr(page, "editor"):
            page.editor._data = None
    w.close()
    w.deleteLater()


def test_every_page_opens(window):
    for i in range(len(window.pages)):
        window.show_page(i)
        assert window.stack.currentIndex() == i
    assert window.windowTitle().startswith("desk.db")


def test_shortcuts(window, qtbot):
    qtbot.keyClick(window, Qt.Key.Key_3, Qt.KeyboardModifier.ControlModifier)
    assert isinstance(window.current_page(), RegisterPage)
    qtbot.keyClick(window, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert window.current_page().filter.hasFocus()
    qtbot.keyClick(window, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    assert window.current_page().editor.heading.text() == "New processing activity"
    actions = {a.shortcut().toString() for a in window.findChildren(type(window.save_action))}
    assert {"Ctrl+N", "Ctrl+S", "Ctrl+F", "Ctrl+E", "F1"} <= actions


def test_geometry_is_remembered(db_path, db, qtbot):
    w = MainWindow(db_path)
    w.show()
    w.setGeometry(QRect(40, 50, 1010, 655))
    expected = w.geometry()
    w.close()
    assert QSettings().value("window/geometry") is not None
    w2 = MainWindow(db_path)
    w2.show()
    # the offscreen screen is narrower than the window, so Qt clamps x and width; the
    # remembered height shows the geometry was restored (the default would be 800)
    assert w2.height() == expected.height() == 655
    w2.close()


def test_dashboard_lists_problems_and_opens_the_record(window, qtbot):
    window.show_page(0)
    qtbot.waitUntil(lambda: not window.dashboard.checking)
    problems = window.dashboard.problems
    # the seeded register was last reviewed in 2019, and no statement was published yet
    assert problems.count() == len(ACTIVITIES) + 1
    assert "No privacy statement has been published" in problems.item(len(ACTIVITIES)).text()
    item = problems.item(0)
    assert "12" in item.text()
    problems.itemActivated.emit(item)
    page = window.current_page()
    assert isinstance(page, RegisterPage)
    assert page.editor.activity_id() == 1


def test_the_statement_line_opens_the_statement_dialog(window, qtbot, monkeypatch):
    from soosr_desk.ui.dialogs.statement_dialog import StatementDialog

    opened = []
    monkeypatch.setattr(StatementDialog, "exec", lambda self: opened.append(self) or 0)
    window.show_page(0)
    qtbot.waitUntil(lambda: not window.dashboard.checking)
    problems = window.dashboard.problems
    problems.itemActivated.emit(problems.item(problems.count() - 1))
    assert isinstance(window.current_page(), RegisterPage)
    assert len(opened) == 1


def test_mailing_list_from_the_menu(window, qtbot, monkeypatch, tmp_path):
    from PySide6.QtWidgets import QFileDialog, QInputDialog, QMessageBox

    from soosr_desk.services import contacts as cs

    cs.save_contact(
        cs.ContactData(
            first_name="K", last_name="Klant", email="k@example.nl", relation="customer_contact"
        )
    )
    target = tmp_path / "m.csv"
    monkeypatch.setattr(QInputDialog, "getItem", lambda *a, **k: ("Nieuwsbrief", True))
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    told = []
    monkeypatch.setattr(QMessageBox, "information", lambda *a, **k: told.append(a[2]))
    window._mailing()
    assert target.exists() and "1 " in told[0]


def test_ctrl_p_prints_the_list_as_shown(window, qtbot, monkeypatch, tmp_path):
    from PySide6.QtPrintSupport import QPrintDialog

    from soosr_desk.ui import printing

    printed = []
    monkeypatch.setattr(QPrintDialog, "exec", lambda self: QDialog.DialogCode.Accepted)

    def fake_print(doc, printer):
        printed.append(doc.toPlainText())

    monkeypatch.setattr(printing.QTextDocument, "print_", fake_print)
    window.show_page(2)  # the register
    qtbot.keyClick(window, Qt.Key.Key_P, Qt.KeyboardModifier.ControlModifier)
    assert printed and "Direct marketing" in printed[0]


def test_backups_from_the_menu_make_and_put_back(window, qtbot, monkeypatch):
    from PySide6.QtWidgets import QMessageBox

    from soosr_desk.services import backups
    from soosr_desk.services import contacts as cs
    from soosr_desk.store import models as m
    from soosr_desk.ui.dialogs.backups import BackupsDialog

    window.start_up_tasks()  # the day's backup, in the background
    assert window.start_up_note.isVisible()  # a quiet note, no dialog
    qtbot.waitUntil(lambda: not window.starting_up, timeout=10_000)
    assert not window.start_up_note.isVisible()
    assert len(backups.list_backups(window.db_path)) == 1
    first = backups.list_backups(window.db_path)[0]
    cs.save_contact(cs.ContactData(first_name="Na", last_name="Backup"))
    assert m.Contact.select().count() == 1
    window.start_up_tasks()  # once a day: no second backup
    qtbot.waitUntil(lambda: not window.starting_up, timeout=10_000)
    assert len(backups.list_backups(window.db_path)) == 1
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    monkeypatch.setattr(BackupsDialog, "exec", lambda self: self._restore(first.path) or 0)
    window.backups()
    assert m.Contact.select().count() == 0  # the backup's data
    assert "put back" in window.statusBar().currentMessage()


def test_demo_data_from_the_settings_page(window, qtbot, monkeypatch):
    from PySide6.QtWidgets import QInputDialog

    from soosr_desk.store import models as m
    from soosr_desk.ui.pages.settings import SettingsPage

    monkeypatch.setattr(QInputDialog, "getInt", lambda *a, **k: (50, True))
    page = next(p for p in window.pages if isinstance(p, SettingsPage))
    assert page.add_demo_data()
    assert m.Contact.select().count() >= 49
    assert m.ThirdParty.select().count() > 0 and m.Breach.select().count() > 0


def test_an_overdue_request_is_red_on_the_dashboard(window, qtbot):
    import datetime as dt

    from soosr_desk.services import requests as rq

    today = dt.date.today()
    late = rq.save_request(
        rq.RequestData(received_on=today - dt.timedelta(days=45), requester_name="Te Laat")
    )
    soon = rq.save_request(
        rq.RequestData(received_on=today - dt.timedelta(days=27), requester_name="Bijna")
    )
    window.show_page(0)
    window.dashboard.refresh()
    qtbot.waitUntil(lambda: not window.dashboard.checking)
    items = [window.dashboard.problems.item(i) for i in range(window.dashboard.problems.count())]
    by_ref = {i.text().split(":")[0]: i for i in items}
    assert by_ref[late.reference].foreground().color().name() == "#b00020"
    assert by_ref[late.reference].font().bold()
    assert not by_ref[soon.reference].font().bold()


def test_a_busy_database_at_start_up_is_said_in_the_status_bar(window, qtbot, monkeypatch):
    """Issue 16 item 11 / issue 20: never a dialog over the window, and the real cause."""
    from PySide6.QtWidgets import QMessageBox

    from soosr_desk.services import backups

    asked = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *a, **k: asked.append(a))
    monkeypatch.setattr(
        backups,
        "make_backup",
        lambda *a, **k: (_ for _ in ()).throw(backups.BackupError(backups.BUSY)),
    )
    window.start_up_tasks()
    qtbot.waitUntil(lambda: not window.starting_up, timeout=10_000)
    assert not asked
    assert "another program kept the database busy" in window.statusBar().currentMessage()


def test_a_file_found_damaged_after_the_window_showed_is_never_written(
    tmp_path, qtbot, monkeypatch
):
    import hashlib

    from PySide6.QtWidgets import QMessageBox

    from soosr_desk.services import backups
    from soosr_desk.store import models
    from soosr_desk.store.opening import open_database

    path = tmp_path / "desk.db"
    open_database(path).close()
    monkeypatch.setattr("soosr_desk.store.file_checks.full_check", lambda p: False)  # what it finds
    before = hashlib.sha256(path.read_bytes()).hexdigest()
    said = []
    monkeypatch.setattr(QMessageBox, "critical", lambda *a, **k: said.append(a[2]))
    db = open_database(path, check_later=True)
    try:
        w = MainWindow(path)
        qtbot.addWidget(w)
        w.show()
        w.start_up_tasks()
        qtbot.waitUntil(lambda: not w.starting_up, timeout=10_000)
        assert said and "is damaged" in said[0]
        assert not w.isVisible()
        assert backups.list_backups(path) == []
    finally:
        db.close()
        models.database_proxy.initialize(None)
    assert hashlib.sha256(path.read_bytes()).hexdigest() == before
