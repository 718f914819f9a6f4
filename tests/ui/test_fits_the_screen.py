"""Small screens: the window and every dialog fit a 1366x768 laptop at 100 % and a
1920x1080 screen at 150 % (1280x720 logical pixels), each less a 40 px taskbar; the
letter preview shows Print, Save and Close there (it was 900 px tall)."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QRect
from PySide6.QtGui import QScreen
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QWidget

from soosr_desk.ui.screen_fit import TITLE_BAR

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "tools"))
import screen_tour  # noqa: E402

pytestmark = pytest.mark.gui
ROOMS = {
    "1366x768-100pct": QRect(0, 0, 1366, 728),
    "1920x1080-150pct": QRect(0, 0, 1280, 693),
    "1366x768-150pct": QRect(0, 0, 910, 485),
}


def _too_big(name: str, w: QWidget, room: QRect) -> list[str]:
    QApplication.processEvents()
    out = []
    for what, size in (("size", w.size()), ("minimum", w.minimumSizeHint())):
        if size.width() > room.width() or size.height() + TITLE_BAR > room.height():
            out.append(f"{name} {what} {size.width()}x{size.height()}")
    return out


@pytest.mark.parametrize("room", ROOMS.values(), ids=ROOMS.keys())
def test_every_window_and_dialog_fits_the_screen(db, db_path, qtbot, monkeypatch, room):
    from soosr_desk.ui import background
    from soosr_desk.ui.main_window import MainWindow

    monkeypatch.setattr(QScreen, "availableGeometry", lambda _screen: room)
    window = MainWindow(db_path)
    qtbot.addWidget(window)
    window.show()
    problems = []
    for i, page in enumerate(window.pages):
        window.show_page(i)
        background.wait_for_all()
        problems += _too_big(type(page).__name__, window, room)
    for name, dialog in screen_tour.dialogs(window):
        if name != "progress":  # a stand-in holding the progress dialog's texts
            problems += _too_big(name, dialog, room)
        if name == "letter":
            box = dialog.findChild(QDialogButtonBox)
            for button in box.buttons():
                corner = button.mapTo(dialog, button.rect().bottomRight())
                assert button.isVisible() and dialog.rect().contains(corner), button.text()
            assert {b.text() for b in box.buttons()} >= {"Print…", "Save as PDF…", "Close"}
    assert problems == [], "\n".join(problems)
