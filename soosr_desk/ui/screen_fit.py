"""Windows and dialogs fit the screen they open on: a 1366x768 laptop, or a 1920x1080
screen at 150 % (1280x720 logical pixels), both less the taskbar."""

from __future__ import annotations

from PySide6.QtCore import QRect, QSize
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QWidget

TITLE_BAR = 40  # px the window manager adds above the window, and a little room


def available(widget: QWidget | None = None) -> QRect:
    """The part of the screen a window may use (without the taskbar)."""
    screen = (widget.screen() if widget is not None else None) or QGuiApplication.primaryScreen()
    return screen.availableGeometry() if screen is not None else QRect(0, 0, 1366, 728)


def fitted(wanted: QSize, room: QRect) -> QSize:
    """`wanted`, made smaller where the room (less a title bar) is smaller."""
    return QSize(
        min(wanted.width(), room.width() - 16), min(wanted.height(), room.height() - TITLE_BAR)
    )


def fit_to_screen(window: QWidget, width: int, height: int) -> None:
    """Resizes `window` to width x height or, on a smaller screen, to what the screen has."""
    window.resize(fitted(QSize(width, height), available(window)))
