"""The main window: a sidebar of pages, menus with the usual shortcuts, a status bar."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QSettings, QSize, Qt
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QMessageBox,
    QScrollArea,
    QStackedWidget,
    QWidget,
)

from soosr_desk import __version__
from soosr_desk.services import database
from soosr_desk.ui.desk_news import DeskNews
from soosr_desk.ui.page_list import PageList, window_pages
from soosr_desk.ui.pages.base import Page
from soosr_desk.ui.pages.contacts import ContactsPage
from soosr_desk.ui.pages.dashboard import DashboardPage
from soosr_desk.ui.screen_fit import available, fit_to_screen, fitted


def scrolling(page: QWidget) -> QScrollArea:
    """A page that scrolls where the screen is smaller than the page can shrink to
    (a 1366x768 laptop at 150 %), instead of growing the window past the screen."""
    scroll = QScrollArea()
    scroll.setWidgetResizable(True)
    scroll.setFrameShape(QFrame.Shape.NoFrame)
    scroll.setWidget(page)
    return scroll


class MainWindow(QMainWindow):
    def __init__(self, db_path: Path | str, parent=None):
        """`db_path`: the database file, or the office server's `postgresql://` address."""
        super().__init__(parent)
        self.on_server = isinstance(db_path, str)
        self.db_path = db_path if self.on_server else Path(db_path)
        current = database.current_database()
        name = current.path if self.on_server and current is not None else Path(db_path).name
        self.setWindowTitle(self.tr("%1 — SOOSR Desk").replace("%1", str(name)))
        self.setMinimumSize(fitted(QSize(1000, 640), available()))
        self.sidebar = QListWidget()
        self.sidebar.setObjectName("sidebar")
        self.sidebar.setIconSize(QSize(22, 22))
        self.sidebar.setFixedWidth(215)
        self.sidebar.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.sidebar.setStyleSheet("QListWidget::item { padding: 8px 6px; }")
        self.stack = QStackedWidget()
        central = QWidget()
        layout = QHBoxLayout(central)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addWidget(self.sidebar)
        layout.addWidget(self.stack, 1)
        self.setCentralWidget(central)
        self._build_pages()
        self._build_menus()
        self.sidebar.currentRowChanged.connect(self._page_requested)
        self._current = -1
        self.statusBar().showMessage(self.tr("Ready."), 3000)
        self.starting_up = False
        self.start_up_note = QLabel()
        self.start_up_note.setStyleSheet("color: #666;")
        self.start_up_note.hide()
        self.statusBar().addPermanentWidget(self.start_up_note)
        self._restore_geometry()
        self.sidebar.setCurrentRow(0)
        self.news = DeskNews(self)  # started by the app: other desks' changes (issue 18)

    # --- pages ------------------------------------------------------------------------
    def _build_pages(self) -> None:
        style = self.style()
        entries = window_pages(str(self.db_path), self.on_server)
        # each page is made when first shown (issue 20): the window shows sooner
        self.pages = PageList(self.stack, [e for e, _ in entries], scrolling, self._page_made)
        for i, (_entry, icon) in enumerate(entries):
            self.sidebar.addItem(QListWidgetItem(style.standardIcon(icon), self.pages.title(i)))
        self.dashboard = self.pages[0]

    def _page_made(self, page: Page) -> None:
        page.status.connect(self.show_status)
        if isinstance(page, DashboardPage):
            page.open_record.connect(self.open_record)
        if isinstance(page, ContactsPage):
            splitter = QSettings().value("contacts/splitter")
            if splitter is not None:
                page.splitter.restoreState(splitter)

    def open_record(self, area: str, record_id) -> None:
        """Shows the page of `area` with the record, from a line on the dashboard."""
        names = {"contacts": "ContactsPage", "register": "RegisterPage"}
        for i, entry in enumerate(self.pages.entries()):
            if entry.name == names.get(area) or entry.topic == area:
                self.show_page(i)
                page = self.pages[i]
                if self.stack.currentIndex() == i and (
                    record_id is not None or getattr(page, "opens_without_record", False)
                ):
                    page.show_record(record_id)
                return

    def current_page(self) -> Page:
        return self.pages[self.stack.currentIndex()]

    def show_page(self, index: int) -> None:
        self.sidebar.setCurrentRow(index)

    def _page_requested(self, index: int) -> None:
        if index == self._current or index < 0:
            return
        if self._current >= 0 and not self.pages[self._current].can_leave():
            self.sidebar.blockSignals(True)
            self.sidebar.setCurrentRow(self._current)
            self.sidebar.blockSignals(False)
            return
        self._current = index
        self.stack.setCurrentIndex(index)
        self.pages[index].refresh()

    def show_status(self, text: str) -> None:
        self.statusBar().showMessage(text, 8000)

    # --- menus ------------------------------------------------------------------------
    def _action(self, menu, text: str, slot, shortcut=None) -> QAction:
        action = QAction(text, self)
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
        action.triggered.connect(slot)
        menu.addAction(action)
        return action

    def _build_menus(self) -> None:
        bar = self.menuBar()
        file_menu = bar.addMenu(self.tr("&File"))
        self.new_action = self._action(
            file_menu, self.tr("&New"), self._new, QKeySequence.StandardKey.New
        )
        self.save_action = self._action(
            file_menu, self.tr("&Save"), self._save, QKeySequence.StandardKey.Save
        )
        file_menu.addSeparator()
        self.export_action = self._action(
            file_menu, self.tr("&Export to Excel…"), self._export, "Ctrl+E"
        )
        self._action(file_menu, self.tr("&Mailing list (CSV)…"), self._mailing)
        file_menu.addSeparator()
        self._action(file_menu, self.tr("&Import…"), self._import_contacts)
        self._action(file_menu, self.tr("Undo the last import…"), self._undo_import)
        self._action(file_menu, self.tr("Request from e-&mail…"), self._request_from_mail)
        self._action(file_menu, self.tr("&Calendar file…"), self._calendar)
        file_menu.addSeparator()
        self._action(file_menu, self.tr("&Backups…"), self.backups)
        self.print_action = self._action(
            file_menu, self.tr("&Print…"), self._print, QKeySequence.StandardKey.Print
        )
        file_menu.addSeparator()
        self._action(file_menu, self.tr("E&xit"), self.close, QKeySequence.StandardKey.Quit)
        edit_menu = bar.addMenu(self.tr("&Edit"))
        self.find_action = self._action(
            edit_menu, self.tr("&Find"), self._find, QKeySequence.StandardKey.Find
        )
        view_menu = bar.addMenu(self.tr("&View"))
        for i in range(len(self.pages)):
            self._action(
                view_menu,
                self.pages.title(i),
                lambda _=False, i=i: self.show_page(i),
                QKeySequence(f"Ctrl+{i + 1}"),
            )
        help_menu = bar.addMenu(self.tr("&Help"))
        self.help_action = self._action(
            help_menu,
            self.tr("&Help for this page"),
            self._help,
            QKeySequence.StandardKey.HelpContents,
        )
        self._action(help_menu, self.tr("&About SOOSR Desk"), self._about)

    def _new(self) -> None:
        page = self.current_page()
        if not page.new_record():
            contacts = self.pages.index_of("ContactsPage")
            self.show_page(contacts)
            if self.stack.currentIndex() == contacts:
                self.pages[contacts].new_record()

    def _export(self) -> None:
        from soosr_desk.ui.dialogs.export_dialog import export_to_excel

        path = export_to_excel(self)
        if path is not None:
            self.show_status(self.tr("Exported to %1.").replace("%1", str(path)))

    def _mailing(self) -> None:
        from soosr_desk.ui.dialogs.export_dialog import export_mailing_list

        path = export_mailing_list(self)
        if path is not None:
            self.show_status(self.tr("Exported to %1.").replace("%1", str(path)))

    # --- data in and out (issue 17): the work is in ui/intake.py ------------------------
    # imported when used: importing, the calendar and letters bring reportlab and
    # icalendar, which the window need not wait for (issue 20)
    def _import_contacts(self) -> None:
        from soosr_desk.ui import intake

        if intake.import_contacts(self) is not None:
            self._refresh_page(ContactsPage)

    def _undo_import(self) -> None:
        from soosr_desk.ui import intake

        if intake.undo_import(self):
            self._refresh_page(ContactsPage)

    def _request_from_mail(self) -> None:
        index = self.pages.index_of("RequestsPage")
        self.show_page(index)
        if self.stack.currentIndex() == index:
            self.pages[index].request_from_mail_file()

    def _calendar(self) -> None:
        from soosr_desk.ui import intake

        path = intake.write_calendar(self)
        if path is not None:
            self.show_status(self.tr("Exported to %1.").replace("%1", str(path)))

    def _refresh_page(self, kind) -> None:
        for page in self.pages.made():  # the others read the data when first shown
            if isinstance(page, kind):
                page.refresh()

    def _save(self) -> None:
        self.current_page().save()

    # --- start-up and backups -----------------------------------------------------------
    def start_up_tasks(self) -> None:
        """After the window shows, in the background (the window answers meanwhile, a quiet
        note in the status bar): the damage check's verdict, a pending erasure finished,
        the day's backup (retried while another program keeps the database busy)."""
        if not self.isVisible():  # closed before the event loop got here: nothing to do
            return
        from soosr_desk.ui import background

        self.starting_up = True
        self.start_up_note.setText(self.tr("Making today's backup…"))
        self.start_up_note.show()
        path = self.db_path

        def work():
            current = database.current_database()
            checked = getattr(current, "wait_until_checked", None)  # the file's check
            if checked is not None and not checked():
                return None  # damaged: nothing is written, nothing is copied
            return database.start_up_tasks(path)

        background.load(self.start_up_note, work, self._start_up_done, self._start_up_failed)

    def _start_up_finished(self) -> None:
        self.starting_up = False
        self.start_up_note.hide()

    def _start_up_done(self, lines: list[str] | None) -> None:
        from soosr_desk.ui.i18n import tr_msg

        self._start_up_finished()
        if lines is None:
            self._damaged()
            return
        for line in lines:
            self.show_status(tr_msg(line))

    def _start_up_failed(self, exc: Exception) -> None:
        """Never a dialog over the window: the reason stays in the status bar."""
        from soosr_desk.services.errors import ServiceError
        from soosr_desk.ui.errors import failure_text
        from soosr_desk.ui.i18n import error_text

        self._start_up_finished()
        text = error_text(exc) if isinstance(exc, ServiceError) else failure_text(exc)
        self.statusBar().showMessage(text)  # stays until the next message

    def _damaged(self) -> None:
        """The background check found the file damaged: nothing was written to it."""
        from soosr_desk.ui.i18n import tr_msg

        message = tr_msg(database.problem_message(database.OpenProblem.DAMAGED))
        title = QCoreApplication.translate("app", "SOOSR Desk")
        QMessageBox.critical(self, title, message.format(path=self.db_path))
        self.close()

    def backups(self) -> None:
        import datetime as dt

        from soosr_desk.ui.dialogs.backups import BackupsDialog

        dialog = BackupsDialog(
            self,
            self.db_path,
            lambda: database.make_backup_now(self.db_path, dt.datetime.now()),
            self.restore_backup,
        )
        dialog.exec()

    def restore_backup(self, backup_path):
        """Puts a backup back (the dialog asked first); the pages show its data. The lock on
        the database stays held throughout. Returns the RestoreResult (the dialog says what
        was applied again)."""
        from soosr_desk.rules.i18n import N_
        from soosr_desk.services.errors import ServiceError

        for page in self.pages.made():
            if not page.can_leave():
                raise ServiceError(
                    N_("The backup was not put back: save or discard your changes first.")
                )
        from soosr_desk.ui import background

        background.wait_for_all()  # no read may run while the file is swapped
        result = database.restore_backup(backup_path, self.db_path)
        for page in self.pages.made():
            page.refresh()
        self.show_status(
            self.tr("The backup was put back. The previous file was kept as %1.").replace(
                "%1", result.aside.name if result.aside else "-"
            )
        )
        return result

    def _print(self) -> None:
        if not self.current_page().print_current():
            self.show_status(self.tr("There is nothing to print on this page."))

    def _find(self) -> None:
        self.current_page().focus_search()

    def _help(self) -> None:
        from soosr_desk.ui.help import HelpDialog

        self.help_dialog = HelpDialog(self.current_page().help_topic or "dashboard", self)
        self.help_dialog.show()

    def _about(self) -> None:
        QMessageBox.about(
            self,
            self.tr("About SOOSR Desk"),
            self.tr(
                "<h3>SOOSR Desk %1</h3><p>GDPR (AVG) records and answers for SOOSR B.V.</p>"
                "<p>Built with Python, Qt for Python (PySide6, LGPLv3), Peewee (MIT), "
                "openpyxl (MIT), reportlab (BSD), holidays (MIT), python-stdnum (LGPL), "
                "phonenumbers (Apache 2.0), platformdirs (MIT) and pypdfium2 (Apache 2.0 / "
                "BSD, PDFium).</p>"
                "<p>SQLite %2</p>"
            )
            .replace("%1", __version__)
            .replace("%2", database.sqlite_version()),
        )

    # --- window state -----------------------------------------------------------------
    def _restore_geometry(self) -> None:
        settings = QSettings()
        geometry = settings.value("window/geometry")
        if geometry is not None:
            self.restoreGeometry(geometry)
        else:
            fit_to_screen(self, 1400, 860)
        state = settings.value("window/state")
        if state is not None:
            self.restoreState(state)

    def closeEvent(self, event: QCloseEvent) -> None:
        if self._current >= 0 and not self.pages[self._current].can_leave():
            event.ignore()
            return
        settings = QSettings()
        settings.setValue("window/geometry", self.saveGeometry())
        settings.setValue("window/state", self.saveState())
        contacts = self.pages.made_of(ContactsPage)
        if contacts is not None:
            settings.setValue("contacts/splitter", contacts.splitter.saveState())
        self.news.stop()
        event.accept()

    def sizeHint(self) -> QSize:
        return QSize(1366, 800)
