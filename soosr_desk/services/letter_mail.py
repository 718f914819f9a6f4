"""A kept letter as an e-mail draft to the requester (exports.eml). Writing the draft
does not mark the letter sent: staff send it from their mail program and confirm."""

from __future__ import annotations

from pathlib import Path

from soosr_desk.exports.eml import Attachment, draft_eml
from soosr_desk.exports.safe_text import atomic_write, safe_filename
from soosr_desk.rules.i18n import N_
from soosr_desk.services.errors import NotAllowed, NotFound
from soosr_desk.services.requests.facts import attachment_name
from soosr_desk.store import models

NO_ADDRESS = N_(
    "The request has no e-mail address of the requester; send the letter by post "
    "or fill in the address first."
)


def letter_draft(letter_id: int) -> tuple[str, bytes]:
    """(file name, .eml bytes) of the draft for a kept letter."""
    letter = models.RequestLetter.get_or_none(models.RequestLetter.id == letter_id)
    if letter is None:
        raise NotFound(N_("This letter no longer exists."))
    req = letter.request
    if not req.requester_email:
        raise NotAllowed(NO_ADDRESS)
    controller = models.Controller.select().first()
    stem = f"{req.reference}-{letter.kind}-{letter.created_at:%Y%m%d-%H%M%S}"
    attachments = [Attachment(safe_filename(stem, "pdf"), bytes(letter.pdf), "application", "pdf")]
    if letter.attachment is not None:
        attachments.append(
            Attachment(attachment_name(req), bytes(letter.attachment), "application", "zip")
        )
    data = draft_eml(
        language=letter.language,
        reference=req.reference,
        to_name=req.requester_name,
        to_address=req.requester_email,
        from_name=controller.name if controller else "",
        from_address=controller.email if controller else "",
        attachments=attachments,
    )
    return safe_filename(stem, "eml"), data


def write_draft(letter_id: int, folder: Path, *, skipped: list[int] | None = None) -> Path | None:
    """Writes the draft into `folder`; a letter whose requester has no e-mail address is
    added to `skipped` (when given) instead of raising."""
    try:
        name, data = letter_draft(letter_id)
    except NotAllowed:
        if skipped is None:
            raise
        skipped.append(letter_id)
        return None
    path = Path(folder) / name
    atomic_write(path, lambda tmp: _write(tmp, data))
    return path


def _write(path: Path, data: bytes) -> None:
    path.write_bytes(data)
