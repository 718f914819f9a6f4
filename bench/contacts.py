"""Contacts at 100,000: start-up to a shown main window (against a bare PySide6 window in
the same run), and the time a filter keystroke takes to update the list.

    python bench/contacts.py [--runs 5]

Targets (issue 3): main window within 2x the bare window and under 1 s; a filter
keystroke answered in under 100 ms."""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time

from _common import ROOT, demo_database, fresh_copy

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

BARE = r"""
import sys, time
from soosr_desk.ui import app as ui_app  # the same imports as the real start
from soosr_desk.ui.main_window import MainWindow
from PySide6.QtWidgets import QApplication, QMainWindow
app = QApplication(sys.argv[:1])
w = QMainWindow(); w.resize(1366, 768); w.show()
app.processEvents()
print("shown", flush=True)
"""

APP = r"""
import sys
from pathlib import Path
from PySide6.QtCore import QTimer
from soosr_desk.ui import app as ui_app
from soosr_desk.ui.main_window import MainWindow

orig_show = MainWindow.show
def show(self):
    orig_show(self)
    from PySide6.QtWidgets import QApplication
    QApplication.processEvents()
    print("shown", flush=True)
    def checked():
        print("checked", flush=True)
        QTimer.singleShot(0, self.close)
    if self.dashboard.checking:
        self.dashboard.checked.connect(checked)
    else:
        checked()
MainWindow.show = show
from soosr_desk.ui.dialogs import welcome
welcome.needs_welcome = lambda: False  # the first-run dialog is not part of start-up time
sys.exit(ui_app.run_gui(Path(sys.argv[1]), "nl"))
"""


CONFIG = tempfile.mkdtemp(prefix="bench-contacts-settings-")  # not the user's own settings


def time_child(code: str, *args: str) -> tuple[float, float]:
    """Seconds until the window shows, and until its to-do list has filled in."""
    env = dict(os.environ, PYTHONPATH=str(ROOT), QT_QPA_PLATFORM="offscreen",
               XDG_CONFIG_HOME=CONFIG)  # fmt: skip
    t0 = time.perf_counter()
    proc = subprocess.Popen(
        [sys.executable, "-c", code, *args], stdout=subprocess.PIPE, text=True, env=env
    )
    shown = checked = None
    try:
        for line in proc.stdout:
            if line.strip() == "shown":
                shown = checked = time.perf_counter() - t0
            elif line.strip() == "checked":
                checked = time.perf_counter() - t0
        if shown is None:
            raise RuntimeError("the window was never shown")
        proc.wait(30)
    finally:
        if proc.poll() is None:  # never leave a child holding the database lock
            proc.kill()
            proc.wait()
    return shown, checked


def filter_times(db_path) -> list[tuple[str, float, int]]:
    from PySide6.QtWidgets import QApplication

    from soosr_desk.store.opening import open_database
    from soosr_desk.ui.pages.contacts import ContactsPage

    app = QApplication.instance() or QApplication([])
    db = open_database(db_path)
    page = ContactsPage()
    page.resize(1366, 768)
    page.show()
    page.refresh()
    app.processEvents()
    results = []
    for text in ("j", "ja", "jan", "jans", "jansen", "", "bakker", "noordwijk", "zzzz", "@", ""):
        t0 = time.perf_counter()
        page.filter.setText(text)  # what a keystroke does: textChanged -> SQL -> model reset
        app.processEvents()  # the view repaints the rows it shows
        results.append((text, time.perf_counter() - t0, page.model.rowCount()))
    for key in (3, 2, 0):  # sort by e-mail, company, name
        t0 = time.perf_counter()
        page.view.sortByColumn(key, page.view.horizontalHeader().sortIndicatorOrder())
        app.processEvents()
        results.append((f"<sort column {key}>", time.perf_counter() - t0, page.model.rowCount()))
    page.close()
    db.close()
    return results


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--contacts", type=int, default=100_000)
    args = parser.parse_args()
    source = demo_database(args.contacts)
    db_path = fresh_copy(source, "bench-contacts.db")
    time_child(BARE)  # warm the file cache
    time_child(APP, str(db_path))
    bare, full, filled = [], [], []
    for _ in range(args.runs):
        bare.append(time_child(BARE)[0])
        shown, checked = time_child(APP, str(db_path))
        full.append(shown)
        filled.append(checked)
    b, f = statistics.median(bare), statistics.median(full)
    print(f"contacts in database          : {args.contacts:,}")
    print(f"bare window, same imports     : {b * 1000:7.0f} ms (median of {args.runs})")
    print(f"SOOSR Desk main window shown  : {f * 1000:7.0f} ms (median of {args.runs})")
    print(f"ratio                         : {f / b:7.2f}x  (target <= 2.0x and < 1000 ms)")
    print(f"dashboard to-do list filled   : {statistics.median(filled) * 1000:7.0f} ms "
          "(read off the UI thread after the window shows)")  # fmt: skip
    print("filter keystrokes (text -> ms, rows):")
    times = filter_times(db_path)
    for text, seconds, rows in times:
        print(f"  {text!r:24} {seconds * 1000:7.1f} ms  {rows:>7,} rows")
    worst = max(s for t, s, _ in times if not t.startswith("<"))
    print(f"slowest keystroke             : {worst * 1000:7.1f} ms  (target < 100 ms)")


if __name__ == "__main__":
    main()
