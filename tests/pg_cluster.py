"""A throwaway PostgreSQL cluster for the tests (issue 18), from Debian's `postgresql`
package: initdb into a temporary folder, started on a unix socket in that folder (no TCP
port to collide with), fsync off (nothing here must survive a crash), stopped and removed
at the end. As root the server runs as the `postgres` user the package creates.

The cluster's locale is C, so text sorts by code point as it does in SQLite."""

from __future__ import annotations

import glob
import itertools
import os
import pwd
import queue
import shutil
import subprocess
import tempfile
import threading
from pathlib import Path

import psycopg

SUPERUSER = "soosr"


def name_of(url: str) -> str:
    return str(psycopg.conninfo.conninfo_to_dict(url)["dbname"])


def bin_dir() -> Path | None:
    found = sorted(glob.glob("/usr/lib/postgresql/*/bin/initdb"), key=_major)
    if found:
        return Path(found[-1]).parent
    initdb = shutil.which("initdb")
    return Path(initdb).parent if initdb else None


def _major(path: str) -> int:
    try:
        return int(Path(path).parent.parent.name)
    except ValueError:
        return 0


class Cluster:
    def __init__(self, bindir: Path, parent: str | None = None):
        """`parent`: the folder to make the cluster in. By default the system's temp folder,
        not Python's current one: a test that started the program may have made that its
        private folder, which `postgres` cannot enter."""
        self.bindir = bindir
        parent = parent or os.environ.get("TMPDIR") or "/tmp"
        self.root = Path(tempfile.mkdtemp(prefix="soosr-pg-", dir=parent))
        self.data = self.root / "data"
        self.socket = self.root / "sock"
        self.socket.mkdir()
        self._run_as = None
        if os.geteuid() == 0:  # postgres refuses to run as root
            user = pwd.getpwnam("postgres")
            for p in (self.root, self.socket):
                os.chown(p, user.pw_uid, user.pw_gid)
            self._run_as = ["runuser", "-u", "postgres", "--"]
        self._names = itertools.count(1)
        self._ready: dict[str, queue.Queue[str | Exception]] = {}
        self._threads: list[threading.Thread] = []
        # one connection for the cluster's own CREATE and DROP DATABASE, the background
        # threads' too, one statement at a time: a connection is a new server process,
        # and two of them a test cost the server more than the DROP (issue 19)
        self._own: psycopg.Connection | None = None
        self._own_lock = threading.Lock()

    def _cmd(self, *args: str) -> None:
        cmd = [*(self._run_as or []), *args]
        subprocess.run(cmd, check=True, capture_output=True, timeout=120)

    def start(self) -> None:
        self._cmd(
            str(self.bindir / "initdb"),
            "-D",
            str(self.data),
            "-U",
            SUPERUSER,
            "--auth=trust",
            "-E",
            "UTF8",
            "--locale=C",
            "--no-sync",
        )
        self._start_server()

    def _start_server(self) -> None:
        options = (
            f"-k {self.socket} -c listen_addresses='' -c fsync=off "
            "-c synchronous_commit=off -c full_page_writes=off -c max_connections=50"
        )
        self._cmd(
            str(self.bindir / "pg_ctl"),
            "-D",
            str(self.data),
            "-o",
            options,
            "-l",
            str(self.root / "log"),
            "-w",
            "-t",
            "60",
            "start",
        )

    def halt(self) -> None:
        """Stops the server as an administrator's restart does (`-m fast`: every session
        is ended); the data stays, `resume()` starts it again."""
        self._cmd(str(self.bindir / "pg_ctl"), "-D", str(self.data), "-m", "fast", "-w", "stop")

    def resume(self) -> None:
        self._start_server()

    def stop(self) -> None:
        for thread in self._threads:
            thread.join(timeout=30)
        with self._own_lock:
            if self._own is not None:
                self._own.close()
        try:
            self._cmd(str(self.bindir / "pg_ctl"), "-D", str(self.data), "-m", "immediate", "stop")
        finally:
            shutil.rmtree(self.root, ignore_errors=True)

    def url(self, dbname: str) -> str:
        return f"postgresql://{SUPERUSER}@/{dbname}?host={self.socket}"

    def admin(self) -> psycopg.Connection:
        return psycopg.connect(self.url("postgres"), autocommit=True)

    def create(self, template: str | None = None) -> str:
        """A new empty database (or a copy of `template`); returns its URL."""
        name = f"desk_{os.getpid()}_{next(self._names)}"
        suffix = f' TEMPLATE "{template}"' if template else ""
        with self._own_lock:
            conn = self._own_connection()
            # from PostgreSQL 15 a copy is written through the WAL by default (~8 MB of it
            # for the catalogs alone); copying the files, as before 15, takes about a
            # third less of the server's time a test (issue 19)
            if template and conn.info.server_version >= 150000:
                suffix += " STRATEGY FILE_COPY"
            conn.execute(f'CREATE DATABASE "{name}"{suffix}')
        return self.url(name)

    def _own_connection(self) -> psycopg.Connection:
        if self._own is None or self._own.closed:
            self._own = self.admin()
        return self._own

    def take(self, template: str, ahead: int = 2) -> str:
        """A fresh copy of `template`. CREATE DATABASE takes most of a second on a disk
        (~0.02 s in /dev/shm), so copies are made `ahead` in background threads while the
        tests run (one queue for each template)."""
        ready = self._ready.get(template)
        if ready is None:
            ready = self._ready[template] = queue.Queue()
            for _ in range(ahead):
                self._in_background(ready.put, template)
        made = ready.get(timeout=120)
        self._in_background(ready.put, template)
        if isinstance(made, Exception):  # the copy failed: say why here, in the test
            raise made
        return made

    def _in_background(self, then, template: str) -> None:
        def make() -> None:
            try:
                made: str | Exception = self.create(template)
            except Exception as exc:
                made = exc
            then(made)

        thread = threading.Thread(target=make, daemon=True)
        self._threads.append(thread)
        thread.start()

    def drop_later(self, url: str) -> None:
        thread = threading.Thread(target=self.drop, args=(url,), daemon=True)
        self._threads.append(thread)
        thread.start()

    def drop(self, url: str) -> None:
        name = name_of(url)
        with self._own_lock:
            self._own_connection().execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
