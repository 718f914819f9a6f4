"""Processor agreements (verwerkersovereenkomsten, Art. 28 GDPR) with third parties that
are processors, and their signed documents.

A signed agreement's document is copied into a folder beside the database (the user's
file may move or change later); its SHA-256 is kept so the program notices when the copy
is missing or was changed."""

from __future__ import annotations

import dataclasses
import datetime as dt
import enum
import hashlib
import os
import uuid
from dataclasses import dataclass, field
from pathlib import Path

from soosr_desk.rules import validation
from soosr_desk.rules.agreements import (
    CHECKLIST,
    AgreementStatus,
    effective_status,
    is_complete,
    missing_points,
)
from soosr_desk.rules.i18n import N_
from soosr_desk.services import audit, document_messages, scratch
from soosr_desk.services import sub_processors as subs_service
from soosr_desk.services.contacts import check_text
from soosr_desk.services.document_messages import AGREEMENT_NOT_KEPT, AGREEMENT_PROBLEMS
from soosr_desk.services.errors import (
    NotFound,
    ServiceError,
    ValidationError,
    ValidationErrors,
)
from soosr_desk.services.records import copy_fields, row_for_update, touch
from soosr_desk.services.records import now as record_now
from soosr_desk.services.sub_processors import SubProcessorData
from soosr_desk.store import documents, models, session

STATUS_LABELS = {
    AgreementStatus.DRAFT: N_("Draft"),
    AgreementStatus.SIGNED: N_("Signed"),
    AgreementStatus.EXPIRED: N_("Expired"),
    AgreementStatus.TERMINATED: N_("Terminated"),
}
DOCUMENT_MAX_BYTES = 200 * 1024 * 1024
_STALE = N_(
    "Someone changed this record in another window since you opened it. "
    "Your text is still in the form: copy what you need, then reload."
)


@dataclass
class ChecklistTick:
    ticked: bool = False
    note: str = ""


@dataclass
class AgreementData:
    id: int | None = None
    third_party_id: int | None = None
    title: str = ""
    status: str = AgreementStatus.DRAFT.value
    signed_on: dt.date | None = None
    review_on: dt.date | None = None
    expires_on: dt.date | None = None
    sub_processors: str = ""
    notes: str = ""
    checklist: dict[str, ChecklistTick] = field(
        default_factory=lambda: {p.code: ChecklistTick() for p in CHECKLIST}
    )
    document_name: str = ""
    document_sha256: str = ""
    document_size: int = 0
    updated_at: dt.datetime | None = None
    subs: list[SubProcessorData] = field(default_factory=list)  # Art. 28(2), (4)


AGREEMENT_LIMITS = {"title": 200, "sub_processors": 5000, "notes": 10_000}
CHECK_NOTE_MAX = 2000
_AG_PLAIN = ["title", "status", "signed_on", "review_on", "expires_on", "sub_processors", "notes"]


@dataclass(frozen=True)
class AgreementRow:
    id: int
    title: str
    status: str  # effective status code
    signed_on: dt.date | None
    expires_on: dt.date | None
    ticked: int
    complete: bool
    document: str  # DocumentState value, "" when none


def _agreement_values(row: models.ProcessorAgreement) -> AgreementData:
    checklist = {p.code: ChecklistTick() for p in CHECKLIST}
    for item in row.checklist:
        if item.point in checklist:
            checklist[item.point] = ChecklistTick(item.ticked, item.note)
    return AgreementData(
        id=row.id,
        third_party_id=row.third_party_id,
        checklist=checklist,
        document_name=row.document_name,
        document_sha256=row.document_sha256,
        document_size=row.document_size,
        updated_at=row.updated_at,
        subs=subs_service.read(row.id),
        **{n: getattr(row, n) for n in _AG_PLAIN},
    )


def get_agreement(agreement_id: int) -> AgreementData:
    row = models.ProcessorAgreement.get_or_none(models.ProcessorAgreement.id == agreement_id)
    if row is None:
        raise NotFound(N_("This processor agreement no longer exists."))
    return _agreement_values(row)


def list_agreements(party_id: int, today: dt.date | None = None) -> list[AgreementRow]:
    today = today or dt.date.today()
    Agreement = models.ProcessorAgreement
    out = []
    for row in Agreement.select().where(Agreement.third_party == party_id).order_by(Agreement.id):
        ticked = {i.point: i.ticked for i in row.checklist}
        status = effective_status(AgreementStatus(row.status), row.expires_on, today)
        out.append(
            AgreementRow(
                row.id,
                row.title,
                status.value,
                row.signed_on,
                row.expires_on,
                len(CHECKLIST) - len(missing_points(ticked)),
                is_complete(status, ticked),
                document_state(row).value if row.document_file else "",
            )
        )
    return out


def validate_agreement(data: AgreementData, today: dt.date) -> list[ValidationError]:
    errors: list[ValidationError] = []
    for name, limit in AGREEMENT_LIMITS.items():
        setattr(data, name, getattr(data, name).strip())
        err = check_text(name, getattr(data, name), limit)
        if err:
            errors.append(err)
    for code, tick in data.checklist.items():
        tick.note = tick.note.strip()
        err = check_text(f"check_{code}", tick.note, CHECK_NOTE_MAX)
        if err:
            errors.append(err)
    errors += subs_service.validate(data.subs)
    if data.status not in {s.value for s in AgreementStatus}:
        errors.append(ValidationError("status", N_("Choose a value from the list.")))
    for name in ("signed_on", "review_on", "expires_on"):
        value = getattr(data, name)
        if value is not None:
            problem = validation.date_problem(value)
            if problem:
                errors.append(ValidationError(name, problem))
    if data.signed_on is not None and not any(e.field == "signed_on" for e in errors):
        problem = validation.future_problem(data.signed_on, today)
        if problem:
            errors.append(ValidationError("signed_on", problem))
    if data.status == AgreementStatus.SIGNED and data.signed_on is None:
        errors.append(ValidationError("signed_on", N_("Enter the date the agreement was signed.")))
    if data.signed_on and data.expires_on and data.expires_on < data.signed_on:
        errors.append(
            ValidationError("expires_on", N_("The agreement cannot expire before it was signed."))
        )
    if (
        data.third_party_id is None
        or models.ThirdParty.get_or_none(models.ThirdParty.id == data.third_party_id) is None
    ):
        errors.append(ValidationError("third_party", N_("Save the third party first.")))
    return errors


def save_agreement(data: AgreementData, *, today: dt.date | None = None) -> AgreementData:
    today = today or dt.date.today()
    data = dataclasses.replace(
        data,
        checklist={k: dataclasses.replace(v) for k, v in data.checklist.items()},
        subs=[dataclasses.replace(x) for x in data.subs],
    )
    errors = validate_agreement(data, today)
    if errors:
        raise ValidationErrors(errors)
    Agreement = models.ProcessorAgreement
    with session.transaction():
        if data.id is None:
            now = record_now()
            row = Agreement.create(
                third_party=data.third_party_id,
                created_at=now,
                updated_at=now,
                **{n: getattr(data, n) for n in _AG_PLAIN},
            )
            changed = [n for n in _AG_PLAIN if getattr(data, n)]
        else:
            row = row_for_update(
                Agreement,
                data.id,
                data.updated_at,
                stale=_STALE,
                gone=N_("This processor agreement no longer exists."),
            )
            changed = copy_fields(row, data, _AG_PLAIN)
        existing = {i.point: i for i in row.checklist}
        for point in CHECKLIST:
            tick = data.checklist.get(point.code, ChecklistTick())
            item = existing.get(point.code)
            if item is None:
                models.AgreementChecklistItem.create(
                    agreement=row, point=point.code, ticked=tick.ticked, note=tick.note
                )
                if tick.ticked or tick.note:
                    changed.append(f"check_{point.code}")
            elif item.ticked != tick.ticked or item.note != tick.note:
                item.ticked, item.note = tick.ticked, tick.note
                item.save()
                changed.append(f"check_{point.code}")
        if subs_service.write(row.id, data.subs):
            changed.append("sub_processors")
        if changed or data.id is None:
            touch(row)
            row.save()
            audit.record("create" if data.id is None else "update", "agreement", row.id, changed)
        return _agreement_values(row)


def delete_agreement(agreement_id: int) -> None:
    Agreement = models.ProcessorAgreement
    with session.transaction():
        row = Agreement.get_or_none(Agreement.id == agreement_id)
        if row is None:
            return
        stored = row.document_file
        row.delete_instance(recursive=True)
        documents.delete([stored])  # on a server: with this transaction
        audit.record("delete", "agreement", agreement_id, [])
    documents.unlink([stored])


# --- the signed document -----------------------------------------------------------------


class DocumentState(enum.StrEnum):
    """What became of the app's copy of a signed document."""

    OK = "ok"
    MISSING = "missing"
    CHANGED = "changed"


def documents_dir() -> Path | None:
    """The documents folder beside the database file (`<name>.documents`); None on a
    server, where the documents are rows of the office database (store/documents.py)."""
    return documents.folder()


def sha256_of(path: Path) -> tuple[str, int]:
    return documents.sha256_of(path)


def document_state(row: models.ProcessorAgreement) -> DocumentState:
    kept = documents.checksum(row.document_file)
    if kept is None:
        return DocumentState.MISSING
    if kept != (row.document_sha256, row.document_size):
        return DocumentState.CHANGED
    return DocumentState.OK


def attach_document(agreement_id: int, source: Path | str) -> AgreementData:
    """Copies the signed document into the app's documents folder, with its SHA-256.

    The previous copy, if any, is removed once the new one is recorded."""
    source = Path(source)
    if source.is_symlink() or source.suffix.lower() == ".lnk":
        raise ServiceError(
            N_(
                "{name} is a shortcut to another file. Choose the signed document itself, not a "
                "shortcut to it."
            ),
            name=source.name,
        )
    if not source.is_file():
        raise ServiceError(
            N_(
                "The file {name} no longer exists at the place it was chosen from. Check that "
                "the drive is connected, or choose the file again."
            ),
            name=source.name,
        )
    try:
        size = source.stat().st_size
    except OSError:
        size = 0
    if size > DOCUMENT_MAX_BYTES:
        raise ServiceError(
            N_(
                "This file is larger than 200 MB; attach a scan or PDF of the "
                "signed agreement instead."
            )
        )
    if size == 0:
        raise ServiceError(N_("This file is empty; choose the signed document."))
    suffix = "".join(c for c in source.suffix.lower()[:10] if c.isalnum() or c == ".")
    stored = f"agreement-{agreement_id}-{uuid.uuid4().hex[:12]}{suffix}"
    Agreement = models.ProcessorAgreement
    try:
        with session.transaction():
            row = Agreement.get_or_none(Agreement.id == agreement_id)
            if row is None:
                raise NotFound(N_("This processor agreement no longer exists."))
            digest, size = _keep_copy(stored, source)
            previous = row.document_file
            row.document_file = stored
            row.document_name = source.name[:260]
            row.document_sha256 = digest
            row.document_size = size
            touch(row)
            row.save()
            if previous and previous != stored:
                documents.delete([previous])  # on a server: with this transaction
            audit.record("attach", "agreement", row.id, ["document"])
    except BaseException:
        documents.unlink([stored])
        raise
    if previous and previous != stored:
        documents.unlink([previous])
    return _agreement_values(row)


def _keep_copy(stored: str, source: Path) -> tuple[str, int]:
    try:
        return documents.put_file(stored, source)
    except ValueError:
        raise ServiceError(N_("The file changed while it was being copied. Try again.")) from None
    except OSError as exc:
        raise document_messages.error(
            AGREEMENT_NOT_KEPT, error=exc.strerror or type(exc).__name__
        ) from None


def document_path(agreement_id: int) -> Path:
    """The app's copy, checked: raises with a clear message when missing or changed."""
    row = models.ProcessorAgreement.get_or_none(models.ProcessorAgreement.id == agreement_id)
    if row is None:
        raise NotFound(N_("This processor agreement no longer exists."))
    if not row.document_file:
        raise ServiceError(N_("No signed document is attached to this agreement yet."))
    state = document_state(row)
    if state != DocumentState.OK:
        raise document_messages.error(AGREEMENT_PROBLEMS[state])
    kept = documents.local_path(row.document_file)
    if kept is not None:
        return kept
    return _scratch_copy(row)


def _scratch_copy(row: models.ProcessorAgreement) -> Path:
    """On a server: the bytes, checked, in a temporary file of this process's scratch
    folder (emptied after jobs and at the end), only to be opened by another program."""
    data = documents.read(row.document_file)
    if data is None:
        raise document_messages.error(AGREEMENT_PROBLEMS["missing"])
    if (hashlib.sha256(data).hexdigest(), len(data)) != (row.document_sha256, row.document_size):
        raise document_messages.error(AGREEMENT_PROBLEMS["changed"])
    target = scratch.own_folder()
    target.mkdir(parents=True, exist_ok=True)
    path = target / row.document_file
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    with os.fdopen(fd, "wb") as fh:
        fh.write(data)
    return path
