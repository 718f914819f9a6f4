"""The window on the office server shows what another desk wrote, within seconds, by the
server's NOTIFY (issue 18); on a desk's own file nothing listens."""

from __future__ import annotations

import datetime as dt
import json

import pytest

from soosr_desk.services import news, requests
from soosr_desk.store import notify
from soosr_desk.ui.main_window import MainWindow

pytestmark = [pytest.mark.gui, pytest.mark.both_engines]


def as_another_desk(tables: set[str]) -> str:
    """A notice as another desk's process would send it (this one skips its own)."""
    return json.dumps({"from": "BALIE-2:4711", "tables": sorted(tables)})


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


def test_a_request_from_another_desk_shows_on_the_page_on_screen(
    window, qtbot, engine, monkeypatch
):
    index = next(i for i, p in enumerate(window.pages) if p.help_topic == "requests")
    window.show_page(index)
    page = window.pages[index]
    if engine == "sqlite":  # one desk per file: nothing listens, nothing else changes
        assert not window.news.start() and window.news.thread is None
        return
    with qtbot.waitSignal(window.news.listening, timeout=10_000):
        assert window.news.start()
    with monkeypatch.context() as patched:
        patched.setattr(notify, "payload", as_another_desk)
        requests.save_request(
            requests.RequestData(received_on=dt.date.today(), requester_name="Kees Bos")
        )
    assert "Kees Bos" not in _shown(page)  # not read by the test: the news brings it
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
