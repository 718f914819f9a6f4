"""The one way long work runs: off the UI thread, with a progress dialog and cancel.

The service function takes `progress(done, total)` and `cancelled() -> bool` and runs in a
QThread; the window keeps painting. The database is one connection behind a lock, so a
job that reads in chunks leaves the window usable between chunks."""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication, QEventLoop, QObject, Qt, QThread, QTimer, Signal
from PySide6.QtWidgets import QApplication, QProgressDialog, QWidget

from soosr_desk.services import scratch


class _Bridge(QObject):
    progressed = Signal(int, int)


class _Worker(QThread):
    def __init__(self, fn: Callable[..., Any], bridge: _Bridge, cancel: threading.Event):
        super().__init__()
        self.fn, self.bridge, self.cancel = fn, bridge, cancel
        self.result: Any = None
        self.error: BaseException | None = None

    def run(self) -> None:
        def progress(done: int, total: int | None) -> None:
            self.bridge.progressed.emit(int(done), int(total or 0))

        try:
            self.result = self.fn(progress, self.cancel.is_set)
        except BaseException as exc:  # handed to the UI thread, raised there
            self.error = exc


def _quit_if_closed_meanwhile(was_visible: bool) -> None:
    """The last window closed while the job's own event loop ran: Qt's quit then only ends
    that inner loop, and the program would stay running without a window. Ask again."""
    app = QApplication.instance()
    if not was_visible or not isinstance(app, QApplication) or not app.quitOnLastWindowClosed():
        return
    if not any(w.isVisible() for w in app.topLevelWidgets()):
        QTimer.singleShot(0, app.quit)


def run_job(
    parent: QWidget | None, label: str, fn: Callable[..., Any], *, cancellable: bool = True
) -> Any:
    """Runs `fn(progress, cancelled)` in a worker thread while a progress dialog shows;
    returns its result or raises its exception in the calling (UI) thread."""
    cancel = threading.Event()
    was_visible = parent is not None and parent.window().isVisible()
    bridge = _Bridge()
    dialog = QProgressDialog(label, QCoreApplication.translate("jobs", "Cancel"), 0, 0, parent)
    dialog.setWindowModality(Qt.WindowModality.WindowModal)
    dialog.setMinimumDuration(500)  # only for work longer than half a second
    dialog.setAutoClose(False)
    dialog.setAutoReset(False)
    if not cancellable:
        dialog.setCancelButton(None)
    dialog.canceled.connect(cancel.set)

    def on_progress(done: int, total: int) -> None:
        if total and dialog.maximum() != total:
            dialog.setMaximum(total)
        dialog.setValue(min(done, total) if total else 0)

    bridge.progressed.connect(on_progress)
    worker = _Worker(fn, bridge, cancel)
    loop = QEventLoop()
    worker.finished.connect(loop.quit)
    with scratch.job():  # the job's temporary files (openpyxl's spill files) go after it
        worker.start()
        if worker.isRunning():
            loop.exec()
        worker.wait()
    dialog.close()
    dialog.deleteLater()
    _quit_if_closed_meanwhile(was_visible)
    if worker.error is not None:
        raise worker.error
    return worker.result
