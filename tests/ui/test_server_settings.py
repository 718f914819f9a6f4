"""Settings > Database > Office server (issue 18): the fields, "Test connection", the
password into the OS keyring only, and the choice taking effect at the next start."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path
from urllib.parse import unquote

import keyring
import pytest
from keyring.backend import KeyringBackend
from PySide6.QtCore import QSettings, Qt

from soosr_desk.store import server
from soosr_desk.ui import server_choice
from soosr_desk.ui.app import make_application
from soosr_desk.ui.widgets.server_settings import DatabaseChoice
from tests import pg_cluster

pytestmark = pytest.mark.gui


class MemoryKeyring(KeyringBackend):
    """A keyring for the test: what Windows Credential Manager would keep, in memory."""

    priority = 1  # type: ignore[assignment]

    def __init__(self) -> None:
        super().__init__()
        self.kept: dict[tuple[str, str], str] = {}

    def get_password(self, service, username):
        return self.kept.get((service, username))

    def set_password(self, service, username, password):
        self.kept[(service, username)] = password

    def delete_password(self, service, username):
        self.kept.pop((service, username), None)


@pytest.fixture
def memory_keyring():
    before = keyring.get_keyring()
    kept = MemoryKeyring()
    keyring.set_keyring(kept)
    yield kept
    keyring.set_keyring(before)


@pytest.fixture
def engine():
    return "postgresql"


def _shown(qtbot, location: str, on_server: bool) -> DatabaseChoice:
    choice = DatabaseChoice(location, on_server)
    qtbot.addWidget(choice)
    choice.show()
    qtbot.waitExposed(choice)
    return choice


def _fill(choice: DatabaseChoice, qtbot, url: str, dbname: str | None = None) -> None:
    """Types the test server's socket folder, port, database and user into the form."""
    params = pg_cluster.psycopg.conninfo.conninfo_to_dict(url)
    qtbot.mouseClick(choice.server_choice, Qt.MouseButton.LeftButton)
    qtbot.keyClicks(choice.host, str(params["host"]))
    choice.port.setValue(5432)
    qtbot.keyClicks(choice.dbname, dbname or str(params["dbname"]))
    qtbot.keyClicks(choice.user, str(params["user"]))
    choice.tls.setCurrentIndex(choice.tls.findData("require"))  # a unix socket has no TLS
    qtbot.keyClicks(choice.password, "geheim-123")


def test_test_connection_then_use_keeps_the_password_in_the_keyring_only(
    qtbot, db_path, memory_keyring, tmp_path
):
    choice = _shown(qtbot, str(tmp_path / "desk.db"), on_server=False)
    assert choice.file_choice.isChecked() and not choice.server_box.isEnabled()
    _fill(choice, qtbot, str(db_path))
    with qtbot.waitSignal(choice.tested, timeout=20_000) as tested:
        qtbot.mouseClick(choice.test_button, Qt.MouseButton.LeftButton)
    assert tested.args == [True]
    assert "this is an office register of SOOSR Desk" in choice.result.text()

    qtbot.mouseClick(choice.use_button, Qt.MouseButton.LeftButton)
    url = server_choice.chosen_server()
    assert url is not None and "geheim" not in url
    address = server.parse_url(url)
    assert (
        unquote(address.host) == pg_cluster.psycopg.conninfo.conninfo_to_dict(str(db_path))["host"]
    )
    assert address.sslmode == "require"
    assert memory_keyring.kept == {(server.KEYRING_SERVICE, address.keyring_user): "geheim-123"}
    assert choice.password.text() == ""  # gone from the form once kept
    QSettings().sync()
    settings_file = Path(QSettings().fileName())
    assert "geheim" not in settings_file.read_text("utf-8")
    assert "the office server" in choice.result.text()

    # a form opened later shows the chosen server, without the password
    again = _shown(qtbot, "x", on_server=True)
    assert again.server_choice.isChecked() and again.user.text() == address.user

    # back to the file
    qtbot.mouseClick(again.file_choice, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(again.use_button, Qt.MouseButton.LeftButton)
    assert server_choice.chosen_server() is None


def test_a_database_that_is_not_there_and_empty_fields_are_said_plainly(
    qtbot, db_path, memory_keyring
):
    choice = _shown(qtbot, "desk.db", on_server=False)
    qtbot.mouseClick(choice.server_choice, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(choice.test_button, Qt.MouseButton.LeftButton)
    assert not choice.errors["host"].isHidden() and not choice.errors["user"].isHidden()
    assert memory_keyring.kept == {}
    _fill(choice, qtbot, str(db_path), dbname="bestaat_niet")
    with qtbot.waitSignal(choice.tested, timeout=20_000) as tested:
        qtbot.mouseClick(choice.test_button, Qt.MouseButton.LeftButton)
    assert tested.args == [False]
    assert "No connection" in choice.result.text()


@pytest.mark.slow
def test_the_next_start_opens_the_chosen_server(db_path, tmp_path):
    """The window's start without --db opens what Settings chose (the built program's
    smoke run: every page shown once on the server database, then closed)."""
    make_application()  # the program's own names: its settings file
    server_choice.choose(str(db_path))
    QSettings().sync()
    env = {**os.environ, "SOOSR_DESK_SMOKE": "1", "QT_QPA_PLATFORM": "offscreen"}
    result = subprocess.run(
        [sys.executable, "-m", "soosr_desk", "--lang", "en"],
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )
    line = next((x for x in result.stdout.splitlines() if x.startswith("smoke:")), "")
    name = pg_cluster.name_of(str(db_path))
    assert "8 pages shown" in line and name in line, (result.stdout, result.stderr)
