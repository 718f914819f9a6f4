"""Issue 16 item 10: after `tools/system-deps.sh` (the README's first command) the window
opens on a real X display. Qt's xcb platform plugin links libraries the script must
install, and loads libxcb-cursor at run time; a missing one aborts the start (exit 134)
with a message that blames the wrong library."""

from __future__ import annotations

import ctypes.util
import re
import shutil
import subprocess
import sys
from pathlib import Path

import PySide6
import pytest

ROOT = Path(__file__).resolve().parent.parent
QT = Path(PySide6.__file__).parent / "Qt"
pytestmark = pytest.mark.skipif(
    not sys.platform.startswith("linux")
    or shutil.which("ldd") is None
    or shutil.which("apt-get") is None,
    reason="system-deps.sh is for Debian and Ubuntu",
)


def _packages() -> set[str]:
    script = (ROOT / "tools" / "system-deps.sh").read_text("utf-8")
    lists = re.findall(r'^(?:PKGS|XCB)="([^"]*)"', script, re.M)
    return {p for names in lists for p in names.split()}


def test_the_xcb_plugin_finds_every_library_it_links():
    missing = []
    for binary in (QT / "plugins" / "platforms" / "libqxcb.so", QT / "lib" / "libQt6XcbQpa.so.6"):
        out = subprocess.run(["ldd", str(binary)], capture_output=True, text=True).stdout
        missing += [line.split()[0] for line in out.splitlines() if "not found" in line]
    assert missing == [], f"run tools/system-deps.sh: {sorted(set(missing))} not found"


def test_the_script_installs_what_qt_loads_at_run_time():
    # dlopen()ed by the plugin, so ldd does not list it
    assert "libxcb-cursor0" in _packages()
    assert ctypes.util.find_library("xcb-cursor"), "libxcb-cursor.so.0 is not installed"


def test_the_script_names_the_libraries_qts_docs_list_for_xcb():
    needed = {
        "libxcb-cursor0",
        "libxcb-icccm4",
        "libxcb-image0",
        "libxcb-keysyms1",
        "libxcb-randr0",
        "libxcb-render-util0",
        "libxcb-shape0",
        "libxcb-xinerama0",
        "libxcb-xkb1",
        "libxkbcommon-x11-0",
        "libx11-xcb1",
    }
    assert needed - _packages() == set()
