"""Issue 15, findings 4 and 11: temporary files in one private folder that a killed export
does not leave full of personal data, and owner-only file modes for the database, its
-wal and -shm, the log and the settings."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import pytest

from soosr_desk.services import scratch
from soosr_desk.store import models as m
from soosr_desk.store.location import data_dir
from soosr_desk.store.opening import open_database

ROOT = Path(__file__).resolve().parents[2]
posix = pytest.mark.skipif(os.name != "posix", reason="file modes are POSIX")


def _mode(path: Path) -> int:
    return path.stat().st_mode & 0o777


def _env(tmp_path: Path) -> dict[str, str]:
    return dict(
        os.environ,
        PYTHONPATH=str(ROOT),
        QT_QPA_PLATFORM="offscreen",
        XDG_DATA_HOME=str(tmp_path / "data"),
        XDG_CONFIG_HOME=str(tmp_path / "config"),
    )


# --- finding 4: temporary files ----------------------------------------------------------------


@posix
def test_the_private_temp_folder_is_the_owners_and_openpyxl_spills_into_it():
    from openpyxl.worksheet._writer import create_temporary_file

    previous = tempfile.tempdir
    try:
        folder = scratch.setup()
        assert folder.parent == data_dir() / "tmp"
        assert _mode(folder) == _mode(folder.parent) == 0o700
        spill = Path(create_temporary_file())
        assert spill.parent == folder
        assert scratch.empty() >= 1 and not spill.exists()
        scratch.finish()
        assert not folder.exists()
    finally:
        tempfile.tempdir = previous


@pytest.mark.slow  # 5-6 s alone: three processes, 4,000 demo contacts, a kill mid-export
def test_a_killed_export_leaves_nothing_after_the_next_start(tmp_path):
    """Kill -9 while the workbook is being written: openpyxl's spill files (the contacts'
    e-mail addresses) and the atomic write's temporary file are gone after the next
    command, and no half file has the real name."""
    env = _env(tmp_path)
    db = tmp_path / "big.db"
    made = subprocess.run(
        [
            sys.executable,
            "-m",
            "soosr_desk",
            "demo",
            "--create",
            "--db",
            str(db),
            "--contacts",
            "4000",
        ],
        env=env,
        capture_output=True,
        timeout=300,
    )
    assert made.returncode == 0, made.stderr[-500:]
    out = tmp_path / "out"
    out.mkdir()
    spill_folder = tmp_path / "data" / "SOOSR Desk" / "tmp"
    target = out / "all.xlsx"
    child = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "soosr_desk",
            "export",
            "all",
            "--db",
            str(db),
            "--out",
            str(target),
        ],
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    seen_spill = seen_tmp = False
    deadline = time.monotonic() + 120
    while child.poll() is None and time.monotonic() < deadline:
        seen_spill = seen_spill or any(
            p.name.startswith("openpyxl") for p in spill_folder.rglob("*")
        )
        seen_tmp = seen_tmp or any(out.glob(".soosr-*.tmp"))
        if seen_spill and seen_tmp:
            os.kill(child.pid, signal.SIGKILL)
            break
        time.sleep(0.002)
    child.wait(timeout=30)
    assert seen_spill and seen_tmp, "the export ended before it could be killed"
    assert child.returncode == -signal.SIGKILL
    assert [p for p in spill_folder.rglob("*") if p.is_file()]  # what the kill left behind
    assert not target.exists()
    after = subprocess.run(
        [sys.executable, "-m", "soosr_desk", "due", "--db", str(db)],
        env=env,
        capture_output=True,
        timeout=120,
    )
    assert after.returncode == 0, after.stderr[-500:]
    assert list(spill_folder.iterdir()) == []  # the next command left nothing either
    assert list(out.iterdir()) == []


# --- finding 11: file modes ------------------------------------------------------------------


@posix
def test_a_new_database_and_its_wal_and_shm_are_the_owners_only(tmp_path):
    old = os.umask(0o022)
    try:
        path = tmp_path / "new.db"
        db = open_database(path)
        try:
            m.Setting.insert(key="x", value="y").execute()
            for suffix in ("", "-wal", "-shm"):
                assert _mode(Path(f"{path}{suffix}")) == 0o600, suffix
        finally:
            db.close()
            m.database_proxy.initialize(None)
    finally:
        os.umask(old)


@posix
def test_an_existing_readable_database_is_made_private_when_opened(db_path):
    db_path.chmod(0o644)
    db = open_database(db_path)
    try:
        assert _mode(db_path) == 0o600
    finally:
        db.close()
        m.database_proxy.initialize(None)


@posix
def test_the_log_of_a_command_is_the_owners_only(tmp_path, db_path):
    env = _env(tmp_path)
    done = subprocess.run(
        [sys.executable, "-m", "soosr_desk", "backup", "--db", str(db_path)],
        env=env,
        capture_output=True,
        timeout=120,
    )
    assert done.returncode == 0, done.stderr[-500:]
    log = tmp_path / "data" / "SOOSR Desk" / "logs" / "soosr-desk.log"
    assert log.exists() and _mode(log) == 0o600
    backups = list((tmp_path / "data" / "SOOSR Desk" / "backups").rglob("*.db"))
    assert backups and all(_mode(p) == 0o600 for p in backups)
