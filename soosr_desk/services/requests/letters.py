"""The letters kept with a rights request: made as drafts from the facts (facts.py), marked
sent by staff (date, post or e-mail) or discarded, and written out as files.

Made is not sent (issue 14): a request is answered only when its answer letter is marked
sent; a portability ZIP is kept beside its answer."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from functools import partial
from pathlib import Path

from soosr_desk.exports.letter_facts import LETTER_KINDS
from soosr_desk.exports.safe_text import safe_filename
from soosr_desk.rules import validation
from soosr_desk.rules.i18n import N_
from soosr_desk.rules.request_outcomes import Outcome
from soosr_desk.services import audit, targets
from soosr_desk.services.errors import NotAllowed, NotFound, ValidationError, ValidationErrors
from soosr_desk.services.requests.base import (
    CLOSED,
    OPEN_STATUSES,
    request_row,
    set_status,
)
from soosr_desk.services.requests.facts import (
    answer_outcome,
    attachment_name,
    letter_facts,
    portability_data,
)
from soosr_desk.services.requests.intake import list_requests
from soosr_desk.store import models, session


@dataclass(frozen=True)
class LetterRow:
    id: int
    kind: str
    language: str
    created_at: dt.datetime
    sent_on: dt.date | None  # None: a draft
    has_attachment: bool
    sent_by: str = ""  # post, email

    @property
    def draft(self) -> bool:
        return self.sent_on is None


SENT_BY = ("post", "email")


def make_letter(request_id: int, letter_kind: str, *, today: dt.date | None = None) -> LetterRow:
    """Writes the letter from the records and keeps it with the request as a draft: made
    is not sent. Nothing about the request changes until staff mark it sent."""
    today = today or dt.date.today()
    if letter_kind not in LETTER_KINDS:
        raise ValueError(letter_kind)
    row = request_row(request_id)
    if row.status in ("closed", "refused"):
        raise NotAllowed(CLOSED)
    if letter_kind == "extension" and not row.extended:
        raise NotAllowed(N_("Extend the deadline first (with the reasons)."))
    if letter_kind == "refusal" and not row.refusal_reason:
        raise NotAllowed(N_("Write down the reasons for the refusal first."))
    if letter_kind == "id_request" and not row.id_doubt_reason:
        raise NotAllowed(
            N_(
                "Write down why there is reasonable doubt about who is asking (Art. 12(6)) "
                "first: proof of identity may be asked only then."
            )
        )
    facts = letter_facts(request_id, letter_kind, today)
    attachment = None
    if letter_kind == "answer" and row.kind == "portability" and facts.outcome == Outcome.DONE:
        attachment = portability_data(request_id, today)
    # reportlab (0.2 s) loads with the first letter, not at every start: the dashboard's
    # checks import this package (issue 20). Deferring a library, not dodging a loop.
    from soosr_desk.exports.letters import letter_pdf

    pdf = letter_pdf(facts)  # in memory: the requester's data never in a temporary file
    with session.transaction():
        row = request_row(request_id)
        letter = models.RequestLetter.create(
            request=row,
            kind=letter_kind,
            language=facts.language,
            sent_on=None,
            pdf=pdf,
            attachment=attachment,
        )
        audit.record("letter_draft", "request", row.id, [letter_kind])
        return LetterRow(
            letter.id, letter.kind, letter.language, letter.created_at, None, attachment is not None
        )


def _letter(letter_id: int) -> models.RequestLetter:
    letter = models.RequestLetter.get_or_none(models.RequestLetter.id == letter_id)
    if letter is None:
        raise NotFound(N_("This letter no longer exists."))
    return letter


def mark_sent(
    letter_id: int, sent_on: dt.date, by: str, *, today: dt.date | None = None
) -> LetterRow:
    """Records that a draft went out (date, by post or e-mail). Only then does it count:
    the answer makes the request answered, the refusal refuses it, the ID request makes
    it wait for the proof. A letter by post needs the requester's postal address, one by
    e-mail their e-mail address."""
    today = today or dt.date.today()
    if by not in SENT_BY:
        raise ValueError(by)
    problem = validation.date_problem(sent_on) or validation.future_problem(sent_on, today)
    if problem:
        raise ValidationErrors([ValidationError("sent_on", problem)])
    with session.transaction():
        letter = _letter(letter_id)
        if letter.sent_on is not None:
            raise NotAllowed(N_("This letter was already marked sent."))
        row = letter.request
        if row.status in ("closed", "refused"):
            raise NotAllowed(CLOSED)
        if by == "post" and not (row.requester_street and row.requester_city):
            raise NotAllowed(
                N_(
                    "There is no postal address for the requester: enter street and city on "
                    "the Request tab, or send the letter by e-mail."
                )
            )
        if by == "email" and not row.requester_email:
            raise NotAllowed(
                N_(
                    "There is no e-mail address for the requester: enter it on the Request "
                    "tab, or send the letter by post."
                )
            )
        letter.sent_on, letter.sent_by = sent_on, by
        letter.save()
        if letter.kind == "answer":
            row.responded_on = sent_on
            row.outcome = answer_outcome(row)
            set_status(row, "answered", "letter_sent", ["responded_on", "outcome"])
        elif letter.kind == "refusal":
            row.responded_on = row.closed_on = sent_on
            set_status(row, "refused", "letter_sent", ["status", "responded_on", "closed_on"])
        elif letter.kind == "id_request":
            row.identity_proof_needed = True
            set_status(row, "waiting_for_id", "letter_sent", ["identity_proof_needed"])
        else:
            set_status(row, "in_progress", "letter_sent", [letter.kind])
        return LetterRow(
            letter.id,
            letter.kind,
            letter.language,
            letter.created_at,
            letter.sent_on,
            letter.attachment is not None,
            by,
        )


def discard_draft(letter_id: int) -> None:
    """Deletes a letter that was never sent; a sent letter stays as the record of it."""
    with session.transaction():
        letter = _letter(letter_id)
        if letter.sent_on is not None:
            raise NotAllowed(N_("This letter was sent; it stays with the request."))
        request_id = letter.request_id
        letter.delete_instance()
        audit.record("letter_discarded", "request", request_id, [letter.kind])


def letters_of(request_id: int) -> list[LetterRow]:
    rl = models.RequestLetter
    q = rl.select(
        rl.id,
        rl.kind,
        rl.language,
        rl.created_at,
        rl.sent_on,
        rl.sent_by,
        rl.attachment.is_null(False).alias("has"),
    ).where(rl.request == request_id)
    return [
        LetterRow(
            x.id,
            x.kind,
            x.language,
            x.created_at,
            x.sent_on,
            bool(x.has),  # type: ignore[attr-defined]  # peewee's alias, set per row
            x.sent_by,
        )
        for x in q.order_by(rl.id)
    ]


def letter_file(letter_id: int) -> tuple[str, bytes, str, bytes | None]:
    """(pdf name, pdf bytes, attachment name, attachment bytes) of a kept letter."""
    letter = _letter(letter_id)
    req = letter.request
    draft = "-concept" if letter.sent_on is None else ""
    name = safe_filename(
        f"{req.reference}-{letter.kind}{draft}-{letter.created_at:%Y%m%d-%H%M%S}", "pdf"
    )
    return (
        name,
        bytes(letter.pdf),
        attachment_name(req),
        (bytes(letter.attachment) if letter.attachment is not None else None),
    )


@dataclass(frozen=True)
class WrittenLetters:
    files: list[Path]
    without_letter: list[str]  # references of requests that have no letter yet


def write_letters(
    folder: Path,
    reference: str | None = None,
    *,
    progress=None,
    cancelled=None,
    beside=None,
    replace: bool = True,
) -> WrittenLetters:
    """Writes the kept letters as PDF files (and a portability ZIP beside its letter):
    the latest letter of every open request, or every letter of the one `reference`.
    `beside(letter_id, folder)` may write one more file per letter (the e-mail draft) and
    return its path, or None. Through services.targets: never over the database or its
    folders; an existing file only with `replace` (the command line's --force)."""
    rows = list_requests()
    if reference:
        chosen = [r for r in rows if r.reference == reference.strip().upper()]
        if not chosen:
            raise NotFound(N_("No request with reference {ref}."), ref=reference)
    else:
        chosen = [r for r in rows if r.status in OPEN_STATUSES]
    files, without = [], []
    chosen.sort(key=lambda r: r.reference)
    for i, r in enumerate(chosen):
        if cancelled is not None and cancelled():
            break
        letters = letters_of(r.id)
        if not letters:
            without.append(r.reference)
        for letter in letters if reference else letters[-1:]:
            name, pdf, att_name, att = letter_file(letter.id)
            for file_name, content in ((name, pdf), (att_name, att)):
                if content is None:
                    continue
                path = Path(folder) / file_name
                targets.write_file(path, partial(Path.write_bytes, data=content), replace=replace)
                files.append(path)
            extra = beside(letter.id, Path(folder)) if beside is not None else None
            if extra is not None:
                files.append(extra)
        if progress is not None:
            progress(i + 1, len(chosen))
    return WrittenLetters(files, without)
