"""One program per database: a QLockFile beside the database file (RELIABILITY.md R13).

A lock left by a crashed program (its process is gone) is taken over by itself. The
program that holds the lock also listens on a local socket named after the database
(`FrontDoor`); a second start on the same database knocks there (`knock`), and the first
program brings its window to the front, so the user finds the window that is already
open instead of only a refusal."""

from __future__ import annotations

import hashlib
import os
import time
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QLockFile, QObject, Signal
from PySide6.QtNetwork import QLocalServer, QLocalSocket

from soosr_desk.services.database import OpenProblem


@dataclass(frozen=True)
class LockHolder:
    pid: int
    host: str
    app: str


class DatabaseLocked(Exception):
    def __init__(self, holder: LockHolder | None):
        super().__init__("database locked by another program")
        self.holder = holder


class LockUnavailable(Exception):
    """The lock file could not be made: not another program, but the folder (read-only)
    or the disk (full). `problem` is the OpenProblem the message comes from."""

    def __init__(self, problem: OpenProblem):
        super().__init__(problem.value)
        self.problem = problem


def lock_path(db_path: Path) -> Path:
    """The lock beside the real file: a symlink or another spelling of the path to the
    same database finds the same lock."""
    return Path(os.path.realpath(db_path) + ".lock")


class InstanceLock:
    def __init__(self, db_path: Path):
        self.path = lock_path(db_path)
        self._lock = QLockFile(str(self.path))
        self._lock.setStaleLockTime(0)  # stale only when its process is gone

    def _holder(self) -> LockHolder | None:
        info = self._lock.getLockInfo()  # PySide6: (pid, host, app); pid 0 if unknown
        if len(info) == 4:  # other bindings return the C++ bool first
            info = info[1:] if info[0] else (0, "", "")
        pid, host, app = info
        return LockHolder(pid, host, app) if pid else None

    def acquire(self, timeout_ms: int = 100) -> None:
        for attempt in range(2):
            if self._lock.tryLock(timeout_ms):
                return
            error = self._lock.error()
            if error == QLockFile.LockError.PermissionError:
                raise LockUnavailable(OpenProblem.FOLDER_READ_ONLY)
            if error != QLockFile.LockError.LockFailedError:
                raise LockUnavailable(_why_not_writable(self.path.parent))
            holder = self._holder()
            if holder is not None:
                raise DatabaseLocked(holder)
            # An empty or garbled lock file names no program: no one can hold it. A
            # starting program writes its lock in one go, so look once more a moment
            # later, then remove it and try again (once).
            time.sleep(0.2)
            if attempt == 0 and self._holder() is None:
                self._lock.removeStaleLockFile() or self.path.unlink(missing_ok=True)
                continue
            raise DatabaseLocked(self._holder())
        raise DatabaseLocked(None)

    def release(self) -> None:
        if self._lock.isLocked():
            self._lock.unlock()


def _why_not_writable(folder: Path) -> OpenProblem:
    """Why a file cannot be made in `folder`: read-only, or the disk is full."""
    if not os.access(folder, os.W_OK):
        return OpenProblem.FOLDER_READ_ONLY
    try:
        stats = os.statvfs(folder)
    except (OSError, AttributeError):  # no statvfs on Windows
        return OpenProblem.CANNOT_OPEN
    if stats.f_bavail * stats.f_frsize < 64 * 1024:
        return OpenProblem.DISK_FULL
    if stats.f_flag & getattr(os, "ST_RDONLY", 1):
        return OpenProblem.FOLDER_READ_ONLY
    return OpenProblem.CANNOT_OPEN


def _door_name(db_path: Path) -> str:
    """The socket's name: a hash of the database path (which may hold a user name)."""
    key = str(Path(db_path).resolve()).casefold().encode("utf-8")
    return "soosr-desk-" + hashlib.sha256(key).hexdigest()[:20]


class FrontDoor(QObject):
    """Held by the program that has the lock: `knocked` is emitted when another start on
    the same database knocks."""

    knocked = Signal()

    def __init__(self, db_path: Path, parent: QObject | None = None):
        super().__init__(parent)
        name = _door_name(db_path)
        self.server = QLocalServer(self)
        self.server.setSocketOptions(QLocalServer.SocketOption.UserAccessOption)
        if not self.server.listen(name):
            QLocalServer.removeServer(name)  # left by a crashed program; the lock is ours now
            self.server.listen(name)
        self.server.newConnection.connect(self._answer)

    def _answer(self) -> None:
        while (socket := self.server.nextPendingConnection()) is not None:
            socket.disconnected.connect(socket.deleteLater)
            socket.write(b"front\n")
            socket.flush()
            socket.disconnectFromServer()
            self.knocked.emit()

    def close(self) -> None:
        self.server.close()


def knock(db_path: Path, timeout_ms: int = 500) -> bool:
    """Asks the program that holds the database to show its window; True when it answered."""
    socket = QLocalSocket()
    socket.connectToServer(_door_name(db_path))
    if not socket.waitForConnected(timeout_ms):
        return False
    answered = socket.bytesAvailable() > 0 or socket.waitForReadyRead(timeout_ms)
    socket.abort()
    return answered
