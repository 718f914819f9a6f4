"""Files kept with a request (the e-mail it came in by): a copy kept with its SHA-256
(store/documents.py: beside the file, or in the office database on a server), like
agreements' documents; removed with the person (Art. 17)."""

from __future__ import annotations

import hashlib
import uuid
from dataclasses import dataclass

from soosr_desk.services import audit, document_messages
from soosr_desk.services.document_messages import EMAIL_MISSING, EMAIL_NOT_KEPT
from soosr_desk.store import documents, models
from soosr_desk.store.queries import tuples


@dataclass(frozen=True)
class DocumentRow:
    id: int
    name: str
    sha256: str
    size: int
    intact: bool  # the copy is there and its checksum still fits


def store_file(data: bytes, suffix: str) -> tuple[str, str]:
    """Keeps `data` under a new name (whole or not at all); returns (stored name, SHA-256).
    Inside the transaction that records it (`record`); if that fails, `remove_files`."""
    stored = f"request-{uuid.uuid4().hex[:16]}{suffix}"
    try:
        return stored, documents.put(stored, data)
    except OSError as exc:
        raise document_messages.error(
            EMAIL_NOT_KEPT, error=exc.strerror or type(exc).__name__
        ) from None


def record(request: models.RightsRequest, stored: str, name: str, digest: str, size: int) -> None:
    """Inside the caller's transaction."""
    doc = models.RequestDocument.create(
        request=request, file=stored, name=name[:260], sha256=digest, size=size
    )
    audit.record("attach", "request_document", doc.id, ["file", "sha256"])


def documents_of(request_id: int) -> list[DocumentRow]:
    out = []
    for d in models.RequestDocument.select().where(models.RequestDocument.request == request_id):
        kept = documents.checksum(d.file)
        intact = kept is not None and kept[0] == d.sha256
        out.append(DocumentRow(d.id, d.name, d.sha256, d.size, intact))
    return out


def document_bytes(document_id: int) -> tuple[str, bytes]:
    """The kept e-mail's name and bytes, checked against the SHA-256 recorded with it."""
    d = models.RequestDocument.get_by_id(document_id)
    data = documents.read(d.file)
    if data is None or hashlib.sha256(data).hexdigest() != d.sha256:
        raise document_messages.error(EMAIL_MISSING)
    return d.name, data


def delete_rows(request_ids: list[int]) -> list[str]:
    """Erasure: the rows of these requests' documents deleted (inside the erasure's
    transaction; on a server their bytes with them); returns the stored names, for
    `remove_files` once it committed."""
    rd = models.RequestDocument
    files = [f for (f,) in tuples(rd.select(rd.file).where(rd.request.in_(request_ids)))]
    rd.delete().where(rd.request.in_(request_ids)).execute()
    documents.delete(files)
    return files


def remove_files(files: list[str]) -> None:
    """The file's copies removed (after the erasure committed, or when the transaction
    that would have recorded them failed); on a server nothing is left to do."""
    documents.unlink(files)
