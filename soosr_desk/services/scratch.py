"""One private folder (0700) for every temporary file the program makes, emptied at the
start and after each job.

openpyxl's write-only workbooks spill their rows into temporary files (10.8 MB with
e-mail addresses for a big export) made with Python's `tempfile`; so do letter and
statement jobs. `setup()` points `tempfile.tempdir` at this folder, so a killed export
leaves its spill files here, not in the system's temp folder, and the next start empties
it. The temporary file of an atomic write must sit beside its target (a rename does not
cross disks); `exports.safe_text.atomic_write` leaves a note here while it is written, so
the next start also removes such a file left by a kill."""

from __future__ import annotations

import logging
import os
import shutil
import tempfile
from pathlib import Path

from soosr_desk.exports.safe_text import PENDING_NOTE_PREFIX, TEMP_PREFIX
from soosr_desk.store import location

log = logging.getLogger(__name__)


def folder() -> Path:
    return location.data_dir() / "tmp"


def setup() -> Path:
    """Makes the private folder (owner only), removes what a killed job left (here and
    the atomic writes' temporary files it noted), and makes it Python's temp folder."""
    path = folder()
    path.mkdir(parents=True, exist_ok=True)
    if os.name == "posix":
        path.chmod(0o700)
    empty(path, leftovers=True)
    tempfile.tempdir = str(path)
    return path


def empty(path: Path | None = None, *, leftovers: bool = False) -> int:
    """Removes everything in the private folder; with `leftovers`, first the atomic
    writes' temporary files that the notes here name. Returns the number removed."""
    path = path or folder()
    if not path.is_dir():
        return 0
    removed = 0
    for item in path.iterdir():
        if item.name.startswith(PENDING_NOTE_PREFIX):
            if not leftovers:
                continue  # a write still under way in another thread keeps its note
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
