"""What every service that saves a record does alike: the time of a change, a changed
`updated_at` (it detects edits made in another window), the stored row an edit applies to,
the checks every free text gets (once per text in a batch), and a required reason. The
time of a change and the stamp are in `stamps` (a module without the checks' libraries,
for the erasure command's memory) and named here too."""

from __future__ import annotations

import datetime as dt
import re

from soosr_desk.rules import validation
from soosr_desk.rules.bsn import BSN_REFUSED, NINE_DIGIT_STRETCH, find_bsn
from soosr_desk.rules.i18n import N_
from soosr_desk.services import audit
from soosr_desk.services.errors import Conflict, NotFound, ValidationError, ValidationErrors
from soosr_desk.services.stamps import now as now  # named here too: see above
from soosr_desk.services.stamps import touch as touch
from soosr_desk.store import session


def row_for_update(model, record_id: int, updated_at: dt.datetime | None, *, gone: str, stale: str):
    """The stored row an edit applies to: NotFound(`gone`) when it was deleted meanwhile,
    Conflict(`stale`) when its `updated_at` shows another window changed it since the form
    read it (`updated_at` None: no check). Both texts are N_ messages."""
    row = model.get_or_none(model.id == record_id)
    if row is None:
        raise NotFound(gone)
    if updated_at is not None and row.updated_at != updated_at:
        entity = ENTITY_OF_TABLE.get(model._meta.table_name, model._meta.table_name)
        raise stale_copy(stale, entity, record_id, row.updated_at)
    return row


# the audit trail's name of a record whose table has another name
ENTITY_OF_TABLE = {
    "processing_activity": "activity",
    "processor_agreement": "agreement",
    "rights_request": "request",
}
SAVED_BY_AT = N_("{who} saved it meanwhile on computer {computer}, on {when:%d/%m/%Y at %H:%M}.")
SAVED_BY = N_("{who} saved it meanwhile, on {when:%d/%m/%Y at %H:%M}.")
SAVED_AT = N_("It was saved meanwhile, on {when:%d/%m/%Y at %H:%M}.")


def stale_copy(message: str, entity: str, record_id: int, stamp: dt.datetime | None) -> Conflict:
    """The Conflict for an edit made on a stale copy (another window or desk saved the
    record after the form read it): `message` (an N_ text), preceded by who saved it and
    when, from the audit trail's latest event on the record (its actor: the login, and on
    the office server the computer; issue 18). Nothing else about the person."""
    last = audit.last_event(entity, record_id)
    if last is None:
        if stamp is None:
            return Conflict(message)
        return Conflict(message, detail=SAVED_AT, when=stamp)
    who, computer = session.split_actor(last.actor)
    detail = SAVED_BY_AT if computer else SAVED_BY
    return Conflict(message, detail=detail, who=who, computer=computer, when=last.at)


def copy_fields(row, data, names) -> list[str]:
    """Copies the fields `names` from `data` onto `row`; returns those whose value changed."""
    changed = [n for n in names if getattr(row, n) != getattr(data, n)]
    for n in names:
        setattr(row, n, getattr(data, n))
    return changed


def check_text(field_name: str, text: str, max_len: int) -> ValidationError | None:
    """The checks every free-text field gets: length, control characters, BSN."""
    problem = validation.text_problem(text, max_len)
    if problem:
        return ValidationError(field_name, problem, max=max_len)
    number = find_bsn(text)
    if number:
        return ValidationError(field_name, BSN_REFUSED, number=number)
    return None


# What makes an ASCII text anything but a plain line: a control character or line break
# (every one of ASCII is in \x00-\x1f or \x7f), or a stretch of digits a BSN may hide in
# (the BSN scan finds nothing in a text without one).
_NOT_PLAIN_ASCII = re.compile(r"[\x00-\x1f\x7f]|" + NINE_DIGIT_STRETCH)


def plain_line(text: str, max_len: int) -> bool:
    """True only when `text` is one line and `check_text` finds nothing in it: an ASCII
    text of at most `max_len` characters without a control character, a line break or
    nine digits in a row (with spaces, dots or dashes). False means: ask `check_text`
    (an import's e-mail addresses and names take this one search instead of three)."""
    return len(text) <= max_len and text.isascii() and _NOT_PLAIN_ASCII.search(text) is None


def required_reason(field: str, text: str, limit: int, missing: str) -> str:
    """`text` stripped, or ValidationErrors: `missing` (an N_ text) when empty, or the
    checks every free text gets (length, control characters, BSN)."""
    text = text.strip()
    errors = [] if text else [ValidationError(field, missing)]
    err = check_text(field, text, limit)
    if err:
        errors.append(err)
    if errors:
        raise ValidationErrors(errors)
    return text


class BatchMemo:
    """What a batch of contacts (an import) has checked already, so a value that repeats
    (a city, a company, a first name, a switchboard number) is checked once per batch:
    the (text, maximum length) pairs that passed `check_text` (a refused text is checked
    again each time), and the result of each telephone number's check. At most `LIMIT`
    of each are kept: values that repeat show up early, unique ones need no memory."""

    LIMIT = 20_000

    def __init__(self) -> None:
        self.texts: set[tuple[str, int]] = set()
        self.phones: dict[str, tuple[str, str | None]] = {}

    def phone_check(self, text: str) -> tuple[str, str | None]:
        found = self.phones.get(text)
        if found is None:
            found = validation.phone_check(text)
            if len(self.phones) < self.LIMIT:
                self.phones[text] = found
        return found
