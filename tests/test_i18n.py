"""Dutch first: every text the program shows has its Dutch translation, compiled."""

from __future__ import annotations

import shutil
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tools"))
import i18n  # noqa: E402


@pytest.fixture(scope="module")
def fresh_ts(tmp_path_factory):
    """The .ts as lupdate makes it from today's code (new strings arrive unfinished)."""
    ts = tmp_path_factory.mktemp("ts") / "nl.ts"
    shutil.copyfile(i18n.TS, ts)
    i18n.lupdate(ts)
    return ts


def test_every_text_has_a_dutch_translation(fresh_ts):
    missing = [source for _ctx, source in i18n.unfinished(fresh_ts)]
    numerus_unfinished = [
        m.findtext("source")
        for _c, _s, t, m in i18n.messages(fresh_ts)
        if m.get("numerus") == "yes" and t.get("type") == "unfinished"
    ]
    assert missing + numerus_unfinished == [], (
        "untranslated: run `python tools/i18n.py update`, translate, `release`"
    )


def test_compiled_translation_is_up_to_date(tmp_path):
    qm = tmp_path / "nl.qm"
    i18n.release(i18n.TS, qm)
    assert qm.read_bytes() == i18n.QM.read_bytes(), "run `python tools/i18n.py release`"


def test_placeholders_survive_translation():
    import re

    pattern = re.compile(r"\{[a-z_]+\}|%\d|%n")
    for _ctx, source, translation, message in i18n.messages():
        if message.get("numerus") == "yes":
            continue
        assert sorted(pattern.findall(source)) == sorted(pattern.findall(translation.text or "")), (
            source
        )


@pytest.mark.gui
def test_the_window_speaks_dutch(db, db_path, qapp):
    from PySide6.QtCore import QCoreApplication

    from soosr_desk.rules.validation import TOO_LONG
    from soosr_desk.ui import i18n as ui_i18n
    from soosr_desk.ui.main_window import MainWindow

    ui_i18n.install(qapp, "nl")
    try:
        window = MainWindow(db_path)
        menus = [a.text() for a in window.menuBar().actions()]
        assert "&Bestand" in menus
        assert window.sidebar.item(1).text() == "Contacten"
        assert ui_i18n.tr_msg(TOO_LONG) == "Deze tekst is te lang: hoogstens {max} tekens."
        assert ui_i18n.fmt_date(__import__("datetime").date(2026, 3, 2)) == "02-03-2026"
        assert QCoreApplication.translate("QPlatformTheme", "&Yes") == "&Ja"  # Qt's own buttons
        window.close()
    finally:
        ui_i18n.install(qapp, "en")
