"""One program per database: a QLockFile beside the database file (RELIABILITY.md R13).

A lock left by a crashed program (its process is gone) is taken over by itself."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QLockFile


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
