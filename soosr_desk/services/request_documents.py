"""Files kept with a request (the e-mail it came in by): a copy in the documents folder
beside the database with its SHA-256, like agreements' documents; removed with the
person (Art. 17)."""

from __future__ import annotations

import contextlib
import hashlib
import os
import uuid
from dataclasses import dataclass
from pathlib import Path

from soosr_desk.rules.i18n import N_
from soosr_desk.services import audit
from soosr_desk.services.agreements import documents_dir
from soosr_desk.services.errors import ServiceError
from soosr_desk.store import models
from soosr_desk.store.queries import tuples


@dataclass(frozen=True)
class DocumentRow:
    id: int
    name: str
    sha256: str
    size: int
    intact: bool  # the copy is there and its checksum still fits


def store_file(data: bytes, suffix: str) -> tuple[str, str]:
    """Writes `data` into the documents folder under a new name (whole or not at all);
    returns (stored name, SHA-256). Called before the transaction that records it."""
    folder = documents_dir()
    stored = f"request-{uuid.uuid4().hex[:16]}{suffix}"
    tmp = folder / (stored + ".part")
    try:
        folder.mkdir(parents=True, exist_ok=True)
        with open(tmp, "wb") as fh:
            fh.write(data)
            fh.flush()
            os.fsync(fh.fileno())
        os.replace(tmp, folder / stored)
    except OSError as exc:
        remove_files([stored + ".part", stored])
        raise ServiceError(
            N_("The e-mail could not be kept in the documents folder ({folder}): {error}"),
            folder=str(folder),
            error=exc.strerror or type(exc).__name__,
        ) from None
    return stored, hashlib.sha256(data).hexdigest()


def record(request: models.RightsRequest, stored: str, name: str, digest: str, size: int) -> None:
    """Inside the caller's transaction."""
    doc = models.RequestDocument.create(
        request=request, file=stored, name=name[:260], sha256=digest, size=size
    )
    audit.record("attach", "request_document", doc.id, ["file", "sha256"])


def documents_of(request_id: int) -> list[DocumentRow]:
    out = []
    for d in models.RequestDocument.select().where(models.RequestDocument.request == request_id):
        path = documents_dir() / d.file
        intact = path.is_file() and hashlib.sha256(path.read_bytes()).hexdigest() == d.sha256
        out.append(DocumentRow(d.id, d.name, d.sha256, d.size, intact))
    return out


def document_bytes(document_id: int) -> tuple[str, bytes]:
    d = models.RequestDocument.get_by_id(document_id)
    return d.name, (documents_dir() / d.file).read_bytes()


def delete_rows(request_ids: list[int]) -> list[str]:
    """Erasure: the rows of these requests' documents deleted (inside the erasure's
    transaction); returns the stored file names to remove once it committed."""
    rd = models.RequestDocument
    files = [f for (f,) in tuples(rd.select(rd.file).where(rd.request.in_(request_ids)))]
    rd.delete().where(rd.request.in_(request_ids)).execute()
    return files


def remove_files(files: list[str]) -> None:
    folder = documents_dir()
    for name in files:
        with contextlib.suppress(OSError):
            Path(folder / name).unlink()
