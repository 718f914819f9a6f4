"""One desk of the office, as a process of its own (tests/ui/test_two_desks.py): the real
window, offscreen, on the office server, driven through its widgets like a user would.

Run as `python -m tests.ui.desk_process URL`. It reads one JSON command a line on stdin
and answers one JSON line on stdout. What a command reads back is what the window shows
(the table's rows, the form's message): never the database, so a row that appears was
brought by the window's own refresh (LISTEN/NOTIFY), not by the test."""

from __future__ import annotations

import faulthandler
import json
import os
import sys
import threading

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QObject, Qt, Signal  # noqa: E402
from PySide6.QtTest import QTest  # noqa: E402
from PySide6.QtWidgets import QLineEdit, QMessageBox, QPlainTextEdit  # noqa: E402

from soosr_desk.services import database  # noqa: E402
from soosr_desk.ui import i18n  # noqa: E402
from soosr_desk.ui.app import make_application  # noqa: E402
from soosr_desk.ui.main_window import MainWindow  # noqa: E402


class Stdin(QObject):
    line = Signal(str)

    def start(self) -> None:
        threading.Thread(target=self._read, daemon=True).start()

    def _read(self) -> None:
        for text in sys.stdin:
            self.line.emit(text)
        self.line.emit('["quit"]')


def rows(view) -> list[str]:
    """The rows the list shows, each as its cells joined by " | "."""
    model = view.model()
    return [
        " | ".join(
            str(model.index(r, c).data(Qt.ItemDataRole.DisplayRole) or "")
            for c in range(model.columnCount())
        )
        for r in range(model.rowCount())
    ]


def fields_of(editor) -> dict:
    """The form's widgets by field name (the contact editor keeps them in its form)."""
    return getattr(editor, "fields", None) or editor.form._widgets


class Desk:
    def __init__(self, window: MainWindow):
        self.window = window
        self.asked: list[str] = []  # the questions answered "Yes" (erase)

    def page(self, topic: str):
        for i, page in enumerate(self.window.pages):
            if page.help_topic == topic:
                self.window.show_page(i)
                return page
        raise KeyError(topic)

    def type_into(self, widget, text: str) -> None:
        widget.setFocus()
        if isinstance(widget, (QLineEdit, QPlainTextEdit)):  # what was there goes first
            widget.selectAll()
            QTest.keyClick(widget, Qt.Key.Key_Delete)
        QTest.keyClicks(widget, text)

    def click(self, button) -> None:
        QTest.mouseClick(button, Qt.MouseButton.LeftButton)

    def select(self, page, text: str) -> bool:
        shown = rows(page.view)
        for r, line in enumerate(shown):
            if text in line:
                page.view.selectRow(r)
                return True
        return False

    def run(self, command: list) -> object:
        name, *args = command
        if name == "rows":
            page = self.window.current_page()
            return {"page": page.help_topic, "rows": rows(page.view)}
        if name == "show":
            return self.page(args[0]).help_topic
        if name == "new_request":  # Requests > New, the requester's name, Save
            page = self.page("requests")
            self.click(page.new_button)
            self.type_into(page.editor.fields["requester_name"], args[0])
            self.click(page.editor.save_button)
            return self.form_state(page.editor)
        if name == "new_contact":  # Contacts > New contact, first and last name, Save
            page = self.page("contacts")
            self.click(page.new_button)
            self.type_into(page.editor.form.widget("first_name"), args[0])
            self.type_into(page.editor.form.widget("last_name"), args[1])
            self.click(page.editor.save_button)
            return self.form_state(page.editor)
        if name == "open":  # a click on the row that shows the text, on the page shown
            return self.select(self.window.current_page(), args[0])
        if name == "type":  # into a field of the open form
            editor = self.window.current_page().editor
            self.type_into(fields_of(editor)[args[0]], args[1])
            return True
        if name == "save":
            editor = self.window.current_page().editor
            self.click(editor.save_button)
            return self.form_state(editor)
        if name == "undo":  # the open form's "Undo changes"
            editor = self.window.current_page().editor
            self.click(editor.revert_button)
            return self.form_state(editor)
        if name == "erase":  # Contacts: the open contact's Erase… button, answered Yes
            editor = self.window.current_page().editor
            self.click(editor.erase_button)
            return {"asked": len(self.asked), "status": self.window.statusBar().currentMessage()}
        if name == "form":
            return self.form_state(self.window.current_page().editor)
        raise KeyError(name)

    def form_state(self, editor) -> dict:
        message = editor.message.text() if not editor.message.isHidden() else ""
        values = {}
        for key, widget in fields_of(editor).items():
            if isinstance(widget, QLineEdit):
                values[key] = widget.text()
        heading = editor.heading.text()
        return {
            "message": message,
            "heading": heading,
            "fields": values,
            "dirty": editor.is_dirty(),
        }


def main() -> int:
    url = sys.argv[1]
    app = make_application()
    i18n.install(app, "en")
    database.open_desk(url, create=True)
    window = MainWindow(url)
    window.show()
    desk = Desk(window)

    def yes(*args, **kwargs):
        desk.asked.append(str(args[1:2]))
        return QMessageBox.StandardButton.Yes

    QMessageBox.question = yes  # type: ignore[method-assign]
    stdin = Stdin()

    def answer(text: str) -> None:
        command = json.loads(text)
        if command == ["quit"]:
            faulthandler.dump_traceback_later(10, exit=True)  # a hang says where
            window.close()
            app.quit()
            return
        try:
            reply = {"ok": desk.run(command)}
        except Exception as exc:  # the test prints it
            reply = {"error": f"{type(exc).__name__}: {exc}"}
        print(json.dumps(reply), flush=True)

    stdin.line.connect(answer)
    started: list[bool] = []

    def ready() -> None:  # once the news is heard: commands from then on
        if not started:
            started.append(True)
            print(json.dumps({"ready": True}), flush=True)
            stdin.start()

    window.news.listening.connect(ready)
    if not window.news.start():
        print(json.dumps({"ready": False}), flush=True)
    try:
        return app.exec()
    finally:
        window.news.stop()
        database.close_desk(database.current_database())


if __name__ == "__main__":
    raise SystemExit(main())
