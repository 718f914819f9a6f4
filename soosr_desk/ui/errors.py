"""What a user sees when something fails that is not their doing: a short apology with
what to do, never a traceback. The log gets the exception type and the code lines, not
the exception text (which can hold personal data)."""

from __future__ import annotations

import logging
import sys
import traceback

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication, QMessageBox

from soosr_desk.services.database import storage_problem
from soosr_desk.ui.i18n import tr_msg

log = logging.getLogger("soosr_desk.errors")


def log_exception(exc: BaseException) -> None:
    frames = "".join(traceback.format_tb(exc.__traceback__))
    log.error("unexpected %s\n%s", type(exc).__name__, frames)


def failure_text(exc: BaseException) -> str:
    """The message for an exception that is not a ServiceError."""
    storage = storage_problem(exc)
    if storage:
        return tr_msg(storage)
    log_exception(exc)
    return QCoreApplication.translate(
        "errors",
        "Something went wrong that SOOSR Desk did not expect. Nothing was saved, and what "
        "you typed is still here. Try again; if it happens again, tell your IT support "
        "(the details are in the log file).",
    )


def _excepthook(exc_type, exc, tb) -> None:
    if issubclass(exc_type, KeyboardInterrupt):
        sys.__excepthook__(exc_type, exc, tb)
        return
    text = failure_text(exc)
    if QApplication.instance() is not None:
        QMessageBox.warning(None, "SOOSR Desk", text)


def install_excepthook() -> None:
    sys.excepthook = _excepthook
