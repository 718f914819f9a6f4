"""One private folder (0700) for every temporary file the program makes, emptied at the
start and after each job.

openpyxl's write-only workbooks spill their rows into temporary files (10.8 MB with
e-mail addresses for a big export) made with Python's `tempfile` (openpyxl has no setting
of its own); so do letter and statement jobs. `setup()` points `tempfile.tempdir` at this
process's own folder inside `<data folder>/tmp`, so a killed export leaves its spill files
there, not in the system's temp folder, and the next start removes the folders of
processes that are gone. Each process has its own folder: a command run while the window
exports must not delete the window's spill files. The temporary file of an atomic write
must sit beside its target (a rename does not cross disks);
`exports.safe_text.atomic_write` leaves a note in the temp folder while it writes, so the
next start also removes such a file left by a kill."""

from __future__ import annotations

import logging
import os
import shutil
import tempfile
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from soosr_desk.exports.safe_text import PENDING_NOTE_PREFIX, TEMP_PREFIX
from soosr_desk.store import location

log = logging.getLogger(__name__)

PROCESS_PREFIX = "p"


def folder() -> Path:
    """The program's temp folder (owner only); each process works in a folder inside."""
    return location.data_dir() / "tmp"


def own_folder() -> Path:
    return folder() / f"{PROCESS_PREFIX}{os.getpid()}"


def _private_dir(path: Path) -> None:
    path.mkdir(parents=True, exist_ok=True)
    if os.name == "posix":
        path.chmod(0o700)


def _alive(pid: int) -> bool:
    """Whether process `pid` still runs (POSIX); elsewhere False: Windows itself refuses
    to delete a file another process still has open."""
    if os.name != "posix" or pid == os.getpid():
        return pid == os.getpid()
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


def setup() -> Path:
    """Makes the private folders (owner only), removes what processes that are gone left
    (their spill files and the atomic writes' temporary files they noted), and makes this
    process's folder Python's temp folder. Returns that folder."""
    base = folder()
    _private_dir(base)
    for item in base.iterdir():
        pid = item.name[len(PROCESS_PREFIX) :]
        if item.is_dir() and item.name.startswith(PROCESS_PREFIX) and pid.isdigit():
            if not _alive(int(pid)):
                _clear(item, leftovers=True)
                shutil.rmtree(item, ignore_errors=True)
        elif item.is_file() or item.is_dir():  # left by an older version: not per process
            _remove(item, leftovers=True)
    own = own_folder()
    _private_dir(own)
    if tempfile.tempdir != str(own):  # set up again in the same process: files are in use
        _clear(own, leftovers=True)
    tempfile.tempdir = str(own)
    return own


_jobs = 0
_jobs_lock = threading.Lock()


@contextmanager
def job() -> Iterator[None]:
    """Around a job that may leave temporary files: when the last running job ends, what
    they left goes (never while another job may still use its files)."""
    global _jobs
    with _jobs_lock:
        _jobs += 1
    try:
        yield
    finally:
        with _jobs_lock:
            _jobs -= 1
            last = _jobs == 0
        if last:
            empty()


def empty() -> int:
    """Removes what jobs left in this process's folder (a write still under way in another
    thread keeps its note). Returns the number removed."""
    own = own_folder()
    return _clear(own, leftovers=False) if own.is_dir() else 0


def finish() -> None:
    """When the program ends: its own folder goes (a write under way cannot be left)."""
    own = own_folder()
    if own.is_dir():
        _clear(own, leftovers=True)
        shutil.rmtree(own, ignore_errors=True)
    if tempfile.tempdir == str(own):  # never a temp folder that is gone
        tempfile.tempdir = None


def _clear(path: Path, *, leftovers: bool) -> int:
    return sum(_remove(item, leftovers=leftovers) for item in path.iterdir())


def _remove(item: Path, *, leftovers: bool) -> int:
    removed = 0
    if item.name.startswith(PENDING_NOTE_PREFIX):
        if not leftovers:
            return 0
        removed += _remove_noted(item)
    try:
        if item.is_dir() and not item.is_symlink():
            shutil.rmtree(item)
        else:
            item.unlink()
        removed += 1
    except OSError:
        log.warning("a temporary file could not be removed")
    return removed


def _remove_noted(note: Path) -> int:
    try:
        target = Path(note.read_text("utf-8").strip())
    except (OSError, UnicodeDecodeError):
        return 0
    if target.name.startswith(TEMP_PREFIX) and target.name.endswith(".tmp"):
        try:
            target.unlink()
            return 1
        except OSError:
            return 0
    return 0
