"""Test set-up: Qt offscreen, and a fresh seeded database file for every test.

One seeded template is built per test session and copied per test (never :memory:: a
worker thread would see an empty database)."""

from __future__ import annotations

import os
import shutil
import sys

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import pytest  # noqa: E402

from soosr_desk.store import models  # noqa: E402
from soosr_desk.store.opening import open_database  # noqa: E402


@pytest.fixture(scope="session")
def template_db(tmp_path_factory):
    path = tmp_path_factory.mktemp("template") / "template.db"
    db = open_database(path)
    from soosr_desk.store.db import checkpoint_truncate

    checkpoint_truncate(db)
    db.close()
    return path


@pytest.fixture
def db_path(template_db, tmp_path):
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
