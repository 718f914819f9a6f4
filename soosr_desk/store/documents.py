"""The documents the program keeps (signed agreements, the e-mails requests came in by),
for either engine: services call these and never ask which one runs (issue 18).

- The desk's SQLite file: files in `<database name>.documents` beside it, named in the
  rows with their SHA-256; a file is written whole or not at all.
- An office database on a server: rows of `stored_document` (store/server_documents.py),
  shared by every desk.

`put` and `delete` go inside the transaction of the row that names the document: on the
server they ARE part of it. A file cannot roll back: the caller calls `unlink` once the
rows naming a document are gone for good (or its own transaction failed), which on the
server has nothing left to do."""

from __future__ import annotations

import contextlib
import hashlib
import os
from pathlib import Path

from soosr_desk.store import models, server, server_documents

CHUNK = 1 << 20


def _database():
    return models.database_proxy.obj


def _server() -> server.ServerDatabase | None:
    database = _database()
    return database if isinstance(database, server.ServerDatabase) else None


def folder_of(path: Path | str) -> Path:
    """`<database name>.documents` beside a database file: the real file's place (a
    symlink to the database finds the same folder, issue 15)."""
    real = Path(os.path.realpath(path))
    return real.with_name(real.name + ".documents")


def folder() -> Path | None:
    """The documents folder of the open file; None on a server (no folder there)."""
    if _server() is not None:
        return None
    return folder_of(_database().database)


def tables() -> list[str]:
    """The tables that hold documents' bytes (for VACUUM after an erasure): on a server
    `stored_document`; the file has none."""
    return [server_documents.TABLE] if _server() is not None else []


def sha256_of(path: Path) -> tuple[str, int]:
    digest = hashlib.sha256()
    size = 0
    with open(path, "rb") as fh:
        for chunk in iter(lambda: fh.read(CHUNK), b""):
            digest.update(chunk)
            size += len(chunk)
    return digest.hexdigest(), size


def put(name: str, data: bytes) -> str:
    """Keeps `data` under `name` (a new, program-made name); returns its SHA-256. Raises
    OSError when the file's folder cannot take it (nothing is left behind then)."""
    db = _server()
    if db is not None:
        return server_documents.put(db, name, data)
    target = folder()
    assert target is not None
    tmp = target / (name + ".part")
    try:
        target.mkdir(parents=True, exist_ok=True)
        with open(tmp, "wb") as fh:
            fh.write(data)
            fh.flush()
            os.fsync(fh.fileno())
        os.replace(tmp, target / name)
    except OSError:
        unlink([name + ".part", name])
        raise
    return hashlib.sha256(data).hexdigest()


def put_file(name: str, source: Path) -> tuple[str, int]:
    """Keeps a copy of the file at `source` under `name`; returns its SHA-256 and size.
    Raises OSError, or ValueError when the file changed while it was copied."""
    db = _server()
    if db is not None:
        data = source.read_bytes()
        return server_documents.put(db, name, data), len(data)
    target = folder()
    assert target is not None
    tmp = target / (name + ".part")
    try:
        target.mkdir(parents=True, exist_ok=True)
        with open(source, "rb") as src, open(tmp, "wb") as fh:
            for chunk in iter(lambda: src.read(CHUNK), b""):
                fh.write(chunk)
            fh.flush()
            os.fsync(fh.fileno())
        os.replace(tmp, target / name)
        kept = sha256_of(target / name)
        if kept != sha256_of(source):
            raise ValueError("changed while copied")
    except (OSError, ValueError):
        unlink([name + ".part", name])
        raise
    return kept


def read(name: str) -> bytes | None:
    """The kept bytes; None when they are not there."""
    db = _server()
    if db is not None:
        return server_documents.read(db, name)
    base = folder()
    assert base is not None
    try:
        return (base / name).read_bytes()
    except OSError:
        return None


def checksum(name: str) -> tuple[str, int] | None:
    """The SHA-256 and size of the kept bytes as they are now; None when not there."""
    db = _server()
    if db is not None:
        return server_documents.checksum(db, name)
    base = folder()
    assert base is not None
    path = base / name
    if not path.is_file():
        return None
    try:
        return sha256_of(path)
    except OSError:
        return None


def local_path(name: str) -> Path | None:
    """The kept file itself, on the file's engine; None on a server (read the bytes)."""
    base = folder()
    return None if base is None else base / name


def delete(names: list[str]) -> None:
    """Inside the transaction that deletes the rows naming these documents: on the
    server their bytes go with it; a file's copy waits for `unlink`."""
    db = _server()
    if db is not None:
        server_documents.delete(db, [n for n in names if n])


def unlink(names: list[str]) -> None:
    """After the rows naming these documents are gone for good (or never committed):
    the file's copies removed; on the server nothing is left to do."""
    base = folder()
    if base is None:
        return
    for name in names:
        if name:
            with contextlib.suppress(OSError):
                (base / name).unlink()
