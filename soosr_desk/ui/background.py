"""Reads that take a moment run off the UI thread, without a progress dialog: the window
shows at once and the result fills in when it is ready (the dashboard's to-do list at
100,000 contacts takes half a second).

`load(owner, fn, done)` runs `fn()` in a QThread and calls `done(result)` in the UI thread;
a newer `load` for the same owner makes an older result be dropped. An error is handed to
`failed(exc)`. `wait_for_all()` is called before the database closes."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QThread, Signal

_running: set[_Reader] = set()


class _Reader(QThread):
    finished_with = Signal(object, object)  # result, error

    def __init__(self, fn: Callable[[], Any]):
        super().__init__()
        self.fn = fn

    def run(self) -> None:
        try:
            result, error = self.fn(), None
        except Exception as exc:  # handed to the UI thread
            result, error = None, exc
        self.finished_with.emit(result, error)


def load(
    owner: QObject,
    fn: Callable[[], Any],
    done: Callable[[Any], None],
    failed: Callable[[Exception], None],
) -> None:
    generation = owner.property("_background_generation") or 0
    generation += 1
    owner.setProperty("_background_generation", generation)
    reader = _Reader(fn)
    _running.add(reader)

    def finish(result: Any, error: Exception | None) -> None:
        reader.wait()
        _running.discard(reader)
        reader.deleteLater()
        try:
            current = owner.property("_background_generation")
        except RuntimeError:  # the owner is gone: nobody to tell
            return
        if current != generation:
            return  # a newer load is under way
        if error is not None:
            failed(error)
        else:
            done(result)

    reader.finished_with.connect(finish)
    reader.start()


def drop(owner: QObject) -> None:
    """The result of the owner's running `load` is no longer wanted: it is dropped."""
    owner.setProperty("_background_generation", (owner.property("_background_generation") or 0) + 1)


def wait_for_all() -> None:
    """Blocks until every background read has ended (before the database closes)."""
    for reader in list(_running):
        reader.wait()
    _running.clear()


def busy() -> bool:
    return any(r.isRunning() for r in _running)
