"""Where the database lives, and whether a path is a safe place for an SQLite file."""

from __future__ import annotations

import enum
import hashlib
import os
import sys
from pathlib import Path, PureWindowsPath

import platformdirs

APP_NAME = "SOOSR Desk"
APP_AUTHOR = "SOOSR"
DEFAULT_DB_NAME = "soosr-desk.db"
SYNC_FOLDER_NAMES = ("onedrive", "dropbox", "google drive", "googledrive", "icloud", "icloud drive")


def data_dir() -> Path:
    """The per-user data folder (%LOCALAPPDATA%\\SOOSR\\SOOSR Desk on Windows): not roaming,
    not synced."""
    return Path(platformdirs.user_data_dir(APP_NAME, APP_AUTHOR, roaming=False))


def database_key(db_path: Path) -> str:
    """`<file stem>-<hash of the absolute, resolved path>`: names what the program keeps
    per database outside it (backups, the audit anchor), never mixing two files."""
    absolute = os.path.normcase(str(Path(db_path).resolve()))
    digest = hashlib.sha256(absolute.encode("utf-8")).hexdigest()[:10]
    return f"{Path(db_path).stem[:40] or 'database'}-{digest}"


def default_database_path() -> Path:
    return data_dir() / DEFAULT_DB_NAME


class PathKind(enum.StrEnum):
    LOCAL = "local"
    NETWORK = "network"  # UNC path or mapped network drive: SQLite locking is unsafe there
    SYNCED = "synced"  # OneDrive, Dropbox...: sync tools copy half-written files


def classify_path(path: str, *, remote_drive: bool = False) -> PathKind:
    """Classifies a database or backup path. `remote_drive` is what Windows says of the
    drive letter (GetDriveType == DRIVE_REMOTE); pure, so it is tested everywhere."""
    text = str(path)
    normal = text.replace("/", "\\")
    upper = normal.upper()
    if upper.startswith("\\\\?\\UNC\\"):
        return PathKind.NETWORK
    if upper.startswith("\\\\?\\") or upper.startswith("\\\\.\\"):
        normal = normal[4:]
    elif normal.startswith("\\\\"):
        return PathKind.NETWORK
    if remote_drive:
        return PathKind.NETWORK
    parts = [p.lower() for p in PureWindowsPath(normal).parts]
    for part in parts:
        if any(part == name or part.startswith(name + " -") for name in SYNC_FOLDER_NAMES):
            return PathKind.SYNCED
    return PathKind.LOCAL


def is_remote_drive(path: Path) -> bool:
    """On Windows, asks whether the drive of `path` is a mapped network drive."""
    if sys.platform != "win32":
        return False
    import ctypes

    drive = os.path.splitdrive(str(path.resolve()))[0]
    if not drive or len(drive) != 2:
        return False
    return ctypes.windll.kernel32.GetDriveTypeW(drive + "\\") == 4  # DRIVE_REMOTE


def path_kind(path: Path) -> PathKind:
    return classify_path(str(path), remote_drive=is_remote_drive(path))
