"""The office server restarts (an update, a reboot): the desk's news connection notices,
connects again once the server is back, and the window keeps showing what other desks
write, without a traceback and without a thread that hangs at the end (issue 18).

The server here is a cluster of this test's own (tests/pg_cluster.py): the session's
cluster serves the other tests and is never stopped."""

from __future__ import annotations

import datetime as dt
import json
import logging
import time

import pytest

from soosr_desk.services import requests
from soosr_desk.store import models, notify, server_opening
from soosr_desk.store.opening import open_database
from soosr_desk.ui import desk_news
from soosr_desk.ui.main_window import MainWindow
from tests import pg_cluster

# ~8 s: a cluster made, stopped and started again
pytestmark = [pytest.mark.gui, pytest.mark.slow]


@pytest.fixture
def own_server():
    bindir = pg_cluster.bin_dir()
    if bindir is None:
        pytest.skip("PostgreSQL is not installed (tools/system-deps.sh installs it)")
    cluster = pg_cluster.Cluster(bindir)
    cluster.start()
    yield cluster
    cluster.stop()


def _as_another_desk(tables: set[str]) -> str:
    return json.dumps({"from": "BALIE-2:4711", "tables": sorted(tables)})


def _saved_at_another_desk(url: str, name: str, monkeypatch) -> None:
    """A request saved over a connection of its own, as another desk's process does."""
    mine = models.database_proxy.obj
    other = server_opening.connect_url(url)
    models.database_proxy.initialize(other)
    try:
        with monkeypatch.context() as patched:
            patched.setattr(notify, "payload", _as_another_desk)
            requests.save_request(
                requests.RequestData(received_on=dt.date.today(), requester_name=name)
            )
    finally:
        models.database_proxy.initialize(mine)
        other.close()


def _shown(page) -> list[str]:
    model = page.view.model()
    return [str(model.index(r, 2).data()) for r in range(model.rowCount())]


def test_news_goes_on_after_the_server_restarts(own_server, qtbot, monkeypatch, caplog):
    monkeypatch.setattr(desk_news, "RETRY_S", 0.5)
    url = own_server.create()
    database = open_database(url)
    window = MainWindow(url)
    try:
        window.show()
        qtbot.waitExposed(window)
        index = next(i for i, p in enumerate(window.pages) if p.help_topic == "requests")
        window.show_page(index)
        page = window.pages[index]
        with qtbot.waitSignal(window.news.listening, timeout=10_000):
            assert window.news.start()
        _saved_at_another_desk(url, "Kees Bos", monkeypatch)
        qtbot.waitUntil(lambda: "Kees Bos" in _shown(page), timeout=5000)

        with caplog.at_level(logging.WARNING):
            with qtbot.waitSignal(window.news.listening, timeout=20_000):
                own_server.halt()
                time.sleep(1.0)  # the server is away for a moment: connecting fails
                own_server.resume()
            # back: everything is shown again (what was written meanwhile is unknown) ...
            with qtbot.waitSignal(window.news.refreshed, timeout=5000) as heard:
                pass
            assert "requests" in heard.args[0]
            # ... and news is heard as before, on the window's own connection too
            _saved_at_another_desk(url, "Ans Visser", monkeypatch)
            qtbot.waitUntil(lambda: "Ans Visser" in _shown(page), timeout=5000)
            assert "Kees Bos" in _shown(page)
        assert [r.getMessage() for r in caplog.records if r.levelno >= logging.WARNING] == []
    finally:
        started = time.monotonic()
        window.news.stop()
        assert time.monotonic() - started < 3.0, "the news thread hung"
        window.close()
        window.deleteLater()
        database.close()
        models.database_proxy.initialize(None)
