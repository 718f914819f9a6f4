"""Starting the program: Qt application, translations, the lock, the database, the window."""

from __future__ import annotations

import contextlib
import gc
import logging
import os
import sys
from importlib import resources
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QSettings, QTimer
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication, QMessageBox

from soosr_desk import __version__
from soosr_desk.services import database, scratch
from soosr_desk.ui import i18n, server_choice
from soosr_desk.ui.lock import DatabaseLocked, FrontDoor, InstanceLock, LockUnavailable, knock

log = logging.getLogger(__name__)


def make_application(argv: list[str] | None = None) -> QApplication:
    app = QApplication.instance() or QApplication(argv if argv is not None else sys.argv[:1])
    QCoreApplication.setOrganizationName("SOOSR")
    QCoreApplication.setOrganizationDomain("soosr.com")
    QCoreApplication.setApplicationName("SOOSR Desk")
    QCoreApplication.setApplicationVersion(__version__)
    icon = Path(str(resources.files("soosr_desk").joinpath("resources", "icons", "soosr-desk.svg")))
    app.setWindowIcon(QIcon(str(icon)))
    return app


def choose_language(requested: str | None) -> str:
    return requested or str(QSettings().value("language", "nl"))


def bring_to_front(window) -> None:
    """Another start on this database knocked: show this window, restored and on top. Where
    the system does not let a program take the focus, the task bar button flashes."""
    from PySide6.QtCore import Qt

    window.setWindowState(window.windowState() & ~Qt.WindowState.WindowMinimized)
    window.show()
    window.raise_()
    window.activateWindow()
    QApplication.alert(window)


def locked_message(exc: DatabaseLocked) -> str:
    holder = exc.holder
    if holder is None:
        return QCoreApplication.translate(
            "app", "This database is already open in another SOOSR Desk window."
        )
    return (
        QCoreApplication.translate(
            "app",
            "This database is already open in SOOSR Desk on computer %1 (process %2). Close it "
            "there first; only one program may work on a database at a time.",
        )
        .replace("%1", holder.host or "?")
        .replace("%2", str(holder.pid))
    )


def open_for_ui(path: Path, create_folder: bool):
    """Takes the lock and opens the database (making it when there is none: the window's
    first start); returns (db, lock) or raises with a message."""
    lock = InstanceLock(path) if path.parent.exists() else None
    if lock is not None:
        lock.acquire()
    try:
        db = database.open_desk(path, create_folder=create_folder, create=True, check_later=True)
    except Exception:
        if lock is not None:
            lock.release()
        raise
    if lock is None:  # the folder was just made: lock now
        lock = InstanceLock(path)
        lock.acquire()
    return db, lock


def private_files() -> None:
    """The temp folder is the program's own (emptied of what a killed job left); the
    settings file is the user's alone (issue 15)."""
    with contextlib.suppress(OSError):
        scratch.setup()
    settings_file = Path(QSettings().fileName())
    if os.name == "posix" and settings_file.is_file():
        with contextlib.suppress(OSError):
            settings_file.chmod(0o600)


def run_gui(db_path: Path | str | None, language: str | None) -> int:
    app = make_application()
    i18n.install(app, choose_language(language))
    private_files()
    if db_path is None:
        db_path = server_choice.chosen_server()  # Settings > Database: the office server
    if isinstance(db_path, str):
        return run_on_server(app, db_path)
    default = db_path is None
    path = Path(db_path) if db_path else database.default_path()
    title = QCoreApplication.translate("app", "SOOSR Desk")
    warning = database.path_warning(path)
    if warning:
        answer = QMessageBox.warning(
            None,
            title,
            i18n.tr_msg(warning).format(path=path)
            + "\n\n"
            + QCoreApplication.translate("app", "Open it anyway?"),
            QMessageBox.StandardButton.Open | QMessageBox.StandardButton.Cancel,
        )
        if answer != QMessageBox.StandardButton.Open:
            return 1
    try:
        db, lock = open_for_ui(path, create_folder=default)
    except DatabaseLocked as exc:
        message = locked_message(exc)
        if knock(path):
            message += "\n\n" + QCoreApplication.translate(
                "app", "That window has been brought to the front."
            )
        QMessageBox.critical(None, title, message)
        return 2
    except LockUnavailable as exc:
        message = i18n.tr_msg(database.problem_message(exc.problem)).format(path=path)
        QMessageBox.critical(None, title, message)
        return 2
    except database.DatabaseOpenError as exc:
        message = i18n.tr_msg(database.problem_message(exc.problem)).format(path=path)
        if not offer_backup(path, exc.problem, message, title):
            QMessageBox.critical(None, title, message)
            return 2
        try:
            db, lock = open_for_ui(path, create_folder=default)
        except (DatabaseLocked, LockUnavailable, database.DatabaseOpenError):
            QMessageBox.critical(None, title, message)
            return 2
    door = FrontDoor(path)  # a second start on this database shows this window
    try:
        return show_window(app, path, door)
    finally:
        door.close()
        lock.release()


def run_on_server(app: QApplication, url: str) -> int:
    """The window on the office database on a server (issue 18): no file lock (every desk
    of the office works on it at once); the other desks' changes show within seconds."""
    title = QCoreApplication.translate("app", "SOOSR Desk")
    try:
        database.open_desk(url, create=True)
    except database.DatabaseOpenError as exc:
        QMessageBox.critical(
            None, title, i18n.tr_msg(database.problem_message(exc.problem)).format(path=exc.path)
        )
        return 2
    return show_window(app, url, None)


def show_window(app: QApplication, location: Path | str, door: FrontDoor | None) -> int:
    """Shows the window on the open database and runs until it closes; then closes the
    database (the file's lock is the caller's)."""
    from soosr_desk.ui.dialogs.welcome import WelcomeDialog, mark_welcomed, needs_welcome
    from soosr_desk.ui.errors import install_excepthook
    from soosr_desk.ui.main_window import MainWindow

    install_excepthook()
    smoke = os.environ.get("SOOSR_DESK_SMOKE") == "1"
    welcome = not smoke and needs_welcome()  # before the window's background reads start
    window = MainWindow(location)
    if door is not None:
        door.knocked.connect(lambda: bring_to_front(window))
    window.show()
    # Everything made so far (the modules, the window) lives as long as the program: kept
    # out of the garbage collector's full passes, those passes stay short. At 500,000
    # contacts a full pass over it all held every thread, the window's too, for up to a
    # second while the to-do list was read in the background (issue 20).
    gc.freeze()
    on_server = isinstance(location, str)
    if on_server:
        window.news.start()  # the other desks' changes show here (issue 18)
    if not smoke:
        QTimer.singleShot(0, window.start_up_tasks)
    if smoke:
        QTimer.singleShot(0, lambda: smoke_test(app, window))
    elif welcome:
        answer = WelcomeDialog(location, window).exec()
        mark_welcomed()
        if answer == WelcomeDialog.CHANGE:
            window.show_page(len(window.pages) - 1)  # Settings
    try:
        return app.exec()
    finally:
        from soosr_desk.ui import background

        if on_server:
            window.news.stop()
        background.wait_for_all()  # a read still under way ends before the file closes
        scratch.finish()  # the temporary files of this session go with it
        current = database.current_database()
        if current is not None:
            database.close_desk(current)


def offer_backup(path: Path, problem, message: str, title: str) -> bool:
    """A damaged or non-SQLite file: offers the latest backup (RELIABILITY.md R15). The
    damaged file is moved aside, never overwritten. True when the backup was put back."""
    from soosr_desk.services import backups, restoring
    from soosr_desk.services.errors import ServiceError

    if problem not in (database.OpenProblem.DAMAGED, database.OpenProblem.NOT_SQLITE):
        return False
    latest = backups.newest_good(path)  # never one dated in the future (a wrong clock)
    if latest is None:
        return False
    question = QCoreApplication.translate(
        "app",
        "Put back the latest backup, of %1? The damaged file is kept aside, never overwritten.",
    ).replace("%1", i18n.fmt_datetime(latest.taken_at))
    answer = QMessageBox.question(None, title, f"{message}\n\n{question}")
    if answer != QMessageBox.StandardButton.Yes:
        return False
    lock = InstanceLock(path)
    try:
        lock.acquire()
        result = restoring.restore(latest.path, path)
    except DatabaseLocked as exc:
        QMessageBox.critical(None, title, locked_message(exc))
        return False
    except LockUnavailable as exc:
        message = i18n.tr_msg(database.problem_message(exc.problem)).format(path=path)
        QMessageBox.critical(None, title, message)
        return False
    except ServiceError as exc:
        QMessageBox.critical(None, title, i18n.error_text(exc))
        return False
    finally:
        lock.release()
    # the damaged file cannot say which erasures came after the backup: the user must check
    said = (i18n.tr_filled(text, params) for text, params in result.sentences())
    QMessageBox.information(None, title, "\n\n".join(said))
    return True


def smoke_test(app: QApplication, window) -> None:
    """SOOSR_DESK_SMOKE=1 (tests/test_bundle.py, the built program): show every page once,
    say on stdout what loaded, and close. No dialog waits for a user."""
    from soosr_desk.ui import background
    from soosr_desk.ui.help import help_file

    for i in range(len(window.pages)):
        window.show_page(i)
    background.wait_for_all()
    app.processEvents()  # the dashboard's to-do list arrives
    todo = "failed" if window.dashboard.checking else window.dashboard.problems.count()
    icon = "missing" if app.windowIcon().pixmap(32, 32).isNull() else "ok"
    no_help = [p.help_topic for p in window.pages if not help_file(p.help_topic or "dashboard")]
    print(
        f"smoke: {len(window.pages)} pages shown, icon {icon}, "
        f"help missing: {', '.join(no_help) or 'none'}, SQLite {database.sqlite_version()}, "
        f"to-do lines {todo}, window {window.windowTitle()}",
        flush=True,
    )
    window.close()
