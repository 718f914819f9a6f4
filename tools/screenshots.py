"""Screenshots of every page and dialog at 1366x768 and 1920x1080, on an empty and on a
demo database, offscreen, into screenshots/ (not kept in git). Open them and look.

    python tools/screenshots.py [--contacts 5000] [--lang nl] [--scale 1.5]

With --scale 1.5 (Windows' 150 %) the window gets the screen's logical pixels: 1280x720
of a 1920x1080 screen, 910x512 of a 1366x768 one (there the pages scroll).
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import sys
import tempfile
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "tools"))


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--contacts", type=int, default=5000)
    parser.add_argument("--lang", default="nl")
    parser.add_argument("--scale", type=float, default=1.0)
    args = parser.parse_args()
    if args.scale != 1.0:
        os.environ["QT_SCALE_FACTOR"] = str(args.scale)
    screens = ((1366, 768), (1920, 1080))
    tag = "" if args.scale == 1.0 else f"-{int(args.scale * 100)}pct"
    os.environ["XDG_CONFIG_HOME"] = tempfile.mkdtemp()  # no remembered window state
    import screen_tour
    from PySide6.QtCore import QRect
    from PySide6.QtGui import QScreen

    from soosr_desk.services.demo import generate_demo
    from soosr_desk.store import models
    from soosr_desk.store.opening import open_database
    from soosr_desk.ui import background, i18n
    from soosr_desk.ui.app import make_application
    from soosr_desk.ui.main_window import MainWindow

    app = make_application()
    i18n.install(app, args.lang)
    out = ROOT / "screenshots"
    out.mkdir(exist_ok=True)
    folder = Path(tempfile.mkdtemp())
    for kind in ("empty", "demo"):
        path = folder / f"{kind}.db"
        db = open_database(path)
        if kind == "demo":
            generate_demo(db, contacts=args.contacts, seed=1, today=dt.date.today())
        for width, height in screens:
            # the screen the window and dialogs size themselves to, less a 40 px taskbar
            room = QRect(0, 0, int(width / args.scale), int((height - 40) / args.scale))
            QScreen.availableGeometry = lambda _screen, room=room: room
            window = MainWindow(path)
            window.resize(room.width(), room.height() - 30)  # maximised, less the title bar
            window.show()
            for i, page in enumerate(window.pages):
                window.show_page(i)
                background.wait_for_all()  # the dashboard's to-do list, read meanwhile
                app.processEvents()
                name = f"{args.lang}-{kind}-{width}x{height}{tag}-{i}-{type(page).__name__}.png"
                window.grab().save(str(out / name))
            if kind == "demo":
                for name, dialog in screen_tour.dialogs(window):
                    shot = f"{args.lang}-dialog-{width}x{height}{tag}-{name}.png"
                    (dialog.property("shot") or dialog.grab()).save(str(out / shot))
            window.close()
        db.close()
        models.database_proxy.initialize(None)
    print(f"screenshots in {out}")


if __name__ == "__main__":
    main()
