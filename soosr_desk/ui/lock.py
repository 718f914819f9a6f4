"""One program per database: a QLockFile beside the database file (RELIABILITY.md R13).

A lock left by a crashed program (its process is gone) is taken over by itself. The
program that holds the lock also listens on a local socket named after the database
(`FrontDoor`); a second start on the same database knocks there (`knock`), and the first
program brings its window to the front, so the user finds the window that is already
open instead of only a refusal."""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QLockFile, QObject, Signal
from PySide6.QtNetwork import QLocalServer, QLocalSocket


@dataclass(frozen=True)
class LockHolder:
    pid: int
    host: str
    app: str


class DatabaseLocked(Exception):
    def __init__(self, holder: LockHolder | None):
        super().__init__("database locked by another program")
        self.holder = holder


class InstanceLock:
    def __init__(self, db_path: Path):
        self.path = Path(str(db_path) + ".lock")
        self._lock = QLockFile(str(self.path))
        self._lock.setStaleLockTime(0)  # stale only when its process is gone

    def acquire(self, timeout_ms: int = 100) -> None:
        if self._lock.tryLock(timeout_ms):
            return
        if self._lock.error() == QLockFile.LockError.LockFailedError:
            info = self._lock.getLockInfo()  # PySide6: (pid, host, app); pid 0 if unknown
            if len(info) == 4:  # other bindings return the C++ bool first
                info = info[1:] if info[0] else (0, "", "")
            pid, host, app = info
            raise DatabaseLocked(LockHolder(pid, host, app) if pid else None)
        raise DatabaseLocked(None)

    def release(self) -> None:
        if self._lock.isLocked():
            self._lock.unlock()


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
