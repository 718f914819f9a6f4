"""The window on the office server shows what another desk wrote, within seconds, by the
server's NOTIFY (issue 18); on a desk's own file nothing listens."""

from __future__ import annotations

import subprocess
import sys

import pytest

from soosr_desk.services import news
from soosr_desk.ui.main_window import MainWindow

pytestmark = [pytest.mark.gui, pytest.mark.both_engines]

OTHER_DESK = """
import datetime as dt, sys
from soosr_desk.services import requests
from soosr_desk.store.opening import open_database
open_database(sys.argv[1])
requests.save_request(requests.RequestData(received_on=dt.date.today(), requester_name="Kees Bos"))
"""


@pytest.fixture
def window(db, db_path, qtbot):
    w = MainWindow(str(db_path) if news.shared() else db_path)
    w.show()
    qtbot.waitExposed(w)
    yield w
    w.news.stop()
    for page in w.pages:
        if hasattr(page, "editor"):
            page.editor._data = None  # no question about unsaved work at the end
    w.close()
    w.deleteLater()


def _shown(page) -> list[str]:
    model = page.view.model()
    return [str(model.index(r, 2).data()) for r in range(model.rowCount())]


def test_a_request_from_another_desk_shows_on_the_page_on_screen(window, db_path, qtbot, engine):
    index = next(i for i, p in enumerate(window.pages) if p.help_topic == "requests")
    window.show_page(index)
    page = window.pages[index]
    assert window.news.start() == (engine == "postgresql")
    subprocess.run([sys.executable, "-c", OTHER_DESK, str(db_path)], check=True)
    if engine == "sqlite":
        qtbot.wait(1500)  # one desk per file: nothing is heard, nothing refreshes by itself
        assert "Kees Bos" not in _shown(page)
        return
    with qtbot.waitSignal(window.news.refreshed, timeout=5000) as heard:
        pass
    assert {"requests", "dashboard"} <= heard.args[0]
    assert "Kees Bos" in _shown(page)


def test_news_spares_unsaved_typing(window, qtbot, engine):
    if engine == "sqlite":
        pytest.skip("the file has no other desks")
    index = next(i for i, p in enumerate(window.pages) if p.help_topic == "register")
    window.show_page(index)
    page = window.pages[index]
    page.new_record()
    page.editor.fields["name"].setText("Nieuwe verwerking, nog niet bewaard")
    assert page.editor.is_dirty()
    window.news._heard(frozenset({"register", "dashboard"}))
    with qtbot.waitSignal(window.news.refreshed, timeout=3000):
        pass
    assert page.editor.fields["name"].text() == "Nieuwe verwerking, nog niet bewaard"
