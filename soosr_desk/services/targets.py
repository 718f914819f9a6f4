"""Where a file may be written, and the one way every command and dialog writes it.

Never over the open database, its -wal/-shm/-journal/.lock, a backup, the backup folder
or the documents folder (compared as resolved paths, so a symlink or `./` does not get
past it); an existing file is replaced only when the caller says so (`--force` on the
command line, the save dialog's own question in the window); always atomically (a
temporary file beside the target, flushed, then renamed: no partial file, ever)."""

from __future__ import annotations

import os
from collections.abc import Callable
from pathlib import Path

from soosr_desk.exports.safe_text import atomic_write
from soosr_desk.rules.i18n import N_
from soosr_desk.services.errors import ServiceError
from soosr_desk.store import location, models

COMPANIONS = ("", "-wal", "-shm", "-journal", ".lock")

IS_DATABASE = N_(
    "{name} is the database (or one of its own files). Nothing was written: choose another "
    "file name."
)
IN_PROTECTED = N_(
    "{name} is inside SOOSR Desk's own backup or documents folder. Nothing was written: "
    "choose another folder."
)
EXISTS = N_(
    "{name} already exists. Nothing was written: choose another name, or add --force to replace it."
)
IS_FOLDER = N_("{name} is a folder. Give a file name, for example {example}.")
NO_FOLDER = N_("The folder {folder} does not exist. Nothing was written: create it first.")
NOT_A_FOLDER = N_("{name} is not a folder. Nothing was written: give a folder.")


class TargetRefused(ServiceError):
    """A file may not be written there; the message says why and what to do."""


def _resolved(path: Path) -> Path:
    """The real file a path names (symlinks, `..`, `~` followed), compared as the system
    compares names (case-insensitively on Windows)."""
    return Path(os.path.normcase(os.path.realpath(Path(path).expanduser())))


def _database_path(db_path: Path | None) -> Path | None:
    if db_path is not None:
        return Path(db_path)
    db = models.database_proxy.obj
    return Path(db.database) if db is not None else None


def protected(db_path: Path | None = None) -> tuple[set[Path], list[Path]]:
    """(files, folders) nothing may be written over or into, for the database at
    `db_path` (default: the open one), both as resolved paths."""
    files: set[Path] = set()
    folders: list[Path] = [_resolved(location.data_dir() / name) for name in ("backups", "anchors")]
    path = _database_path(db_path)
    if path is not None:
        for base in {Path(path), _resolved(path)}:
            for suffix in COMPANIONS:
                files.add(_resolved(Path(f"{base}{suffix}")))
            folders.append(_resolved(Path(f"{base}.documents")))
    return files, folders


def _inside(path: Path, folder: Path) -> bool:
    return path == folder or folder in path.parents


def check_file(
    path: Path, *, replace: bool = False, db_path: Path | None = None, example: str = "export.xlsx"
) -> Path:
    """Raises TargetRefused unless a file may be written at `path`; returns the path."""
    path = Path(path)
    real = _resolved(path)
    files, folders = protected(db_path)
    if real in files:
        raise TargetRefused(IS_DATABASE, name=path.name or str(path))
    if any(_inside(real, f) for f in folders):
        raise TargetRefused(IN_PROTECTED, name=path.name or str(path))
    if path.is_dir() or str(path) in (".", "..") or path.name in ("", ".", ".."):
        raise TargetRefused(IS_FOLDER, name=str(path), example=example)
    if not real.parent.is_dir():
        raise TargetRefused(NO_FOLDER, folder=str(path.parent))
    if path.exists() and not replace:
        raise TargetRefused(EXISTS, name=path.name)
    return path


def check_folder(folder: Path, *, create: bool = True, db_path: Path | None = None) -> Path:
    """A folder to write files into: made when missing (`create`), never a protected one."""
    folder = Path(folder)
    real = _resolved(folder)
    files, folders = protected(db_path)
    if real in files:
        raise TargetRefused(NOT_A_FOLDER, name=str(folder))
    if any(_inside(real, f) for f in folders):
        raise TargetRefused(IN_PROTECTED, name=str(folder))
    if folder.exists() and not folder.is_dir():
        raise TargetRefused(NOT_A_FOLDER, name=str(folder))
    if not folder.exists():
        if not create:
            raise TargetRefused(NO_FOLDER, folder=str(folder))
        folder.mkdir(parents=True, exist_ok=True)
    return folder


def write_file(
    path: Path,
    writer: Callable[[Path], object],
    *,
    replace: bool = False,
    db_path: Path | None = None,
) -> Path:
    """Checks the target, then writes it atomically with `writer(temporary_path)`."""
    path = check_file(path, replace=replace, db_path=db_path)
    atomic_write(path, writer)
    return path
