"""Test set-up: Qt offscreen, and a fresh seeded database file for every test.

One seeded template is built per test session and copied per test (never :memory:: a
worker thread would see an empty database).

Tests marked `both_engines` run twice: on the SQLite file and on the office database on a
throwaway PostgreSQL server (issue 18); `db_path` is then the server's URL."""

from __future__ import annotations

import os
import shutil
import sys

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import pytest  # noqa: E402

from soosr_desk.store import models  # noqa: E402
from soosr_desk.store.opening import open_database  # noqa: E402
from tests import pg_cluster  # noqa: E402

ENGINES = ("sqlite", "postgresql")


def pytest_generate_tests(metafunc):
    marked = metafunc.definition.get_closest_marker
    every = os.environ.get("SOOSR_BOTH_ENGINES") == "all"  # to find what fails on a server
    if (
        "engine" in metafunc.fixturenames
        and (marked("both_engines") or every)
        and not marked("file_only")
    ):
        metafunc.parametrize("engine", ENGINES)


@pytest.fixture
def engine():
    """The database engine of the test: the SQLite file unless marked `both_engines`."""
    return "sqlite"


@pytest.fixture(scope="session")
def pg_server():
    """A PostgreSQL cluster for the whole test session (tests/pg_cluster.py)."""
    bindir = pg_cluster.bin_dir()
    if bindir is None:
        message = "PostgreSQL is not installed (tools/system-deps.sh installs it)"
        if os.environ.get("CI"):
            pytest.fail(message)
        pytest.skip(message)
    cluster = pg_cluster.Cluster(bindir)
    cluster.start()
    yield cluster
    cluster.stop()


@pytest.fixture(scope="session")
def pg_template(pg_server):
    """The name of a seeded office database that each test copies."""
    url = pg_server.create()
    database = open_database(url)
    database.close()
    models.database_proxy.initialize(None)
    return pg_cluster.name_of(url)


@pytest.fixture(scope="session")
def template_db(tmp_path_factory):
    path = tmp_path_factory.mktemp("template") / "template.db"
    db = open_database(path)
    from soosr_desk.store.db import checkpoint_truncate

    checkpoint_truncate(db)
    db.close()
    return path


@pytest.fixture
def db_path(engine, request, tmp_path):
    if engine == "postgresql":
        server = request.getfixturevalue("pg_server")
        url = server.take(request.getfixturevalue("pg_template"))
        request.addfinalizer(lambda: server.drop_later(url))
        return url
    template_db = request.getfixturevalue("template_db")
    path = tmp_path / "desk.db"
    shutil.copyfile(template_db, path)
    return path


@pytest.fixture
def db(db_path):
    database = open_database(db_path)
    yield database
    if "soosr_desk.ui.background" in sys.modules:  # a read still under way ends first
        sys.modules["soosr_desk.ui.background"].wait_for_all()
    if not database.is_closed():
        database.close()
    models.database_proxy.initialize(None)


@pytest.fixture(autouse=True)
def _isolated_settings(tmp_path, monkeypatch):
    """QSettings and the data folder point into the test's own folder."""
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "config"))
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "data"))
    if "PySide6.QtCore" in sys.modules:
        from PySide6.QtCore import QSettings

        QSettings.setPath(
            QSettings.Format.NativeFormat, QSettings.Scope.UserScope, str(tmp_path / "config")
        )
    yield
