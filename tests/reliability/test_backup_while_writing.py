"""RELIABILITY.md R8: backups taken while another process writes are whole, and the
backup code never copies the live file."""

from __future__ import annotations

import datetime as dt
import os
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

from soosr_desk.services import backups
from soosr_desk.store import models as m
from soosr_desk.store.opening import open_database

ROOT = Path(__file__).resolve().parents[2]


@pytest.mark.slow  # 5-6 s: a writer process runs through ten backups
def test_ten_backups_while_a_writer_runs_all_pass_integrity_check(tmp_path):
    path = tmp_path / "busy.db"
    db = open_database(path)
    writer = subprocess.Popen(
        [sys.executable, str(Path(__file__).with_name("crash_writer.py")), str(path), "7"],
        stdout=subprocess.DEVNULL,
        env=dict(os.environ, PYTHONPATH=str(ROOT)),
    )
    try:
        time.sleep(0.5)
        made = []
        for i in range(10):
            out = tmp_path / f"copy-{i}.db"
            made.append(backups.make_backup(db, path, now=dt.datetime.now(), out=out))
            time.sleep(0.1)
    finally:
        writer.kill()
        writer.wait()
    rows = []
    for info in made:
        conn = sqlite3.connect(f"file:{info.path}?mode=ro", uri=True)
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        rows.append(conn.execute("SELECT COUNT(*) FROM contact").fetchone()[0])
        conn.close()
    assert rows[-1] > 0 and rows == sorted(rows), "each copy a consistent, later snapshot"
    db.close()
    m.database_proxy.initialize(None)


def test_the_backup_code_never_copies_the_live_file():
    import inspect

    # (restore copies a backup file into place: that file is not live)
    source = inspect.getsource(backups.make_backup) + inspect.getsource(backups.backup_if_due)
    assert "vacuum_into" in source
    for call in ("shutil.copy", "copyfile(", "copy2(", "copy_with_backup_api"):
        assert call not in source
