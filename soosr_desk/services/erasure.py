"""Erasure (Art. 17): the person removed or irreversibly anonymised everywhere the program
keeps data, what a legal duty keeps listed, and then the bytes made gone.

One service for retention, for an erasure request and for `soosr-desk erase`.

What happens, in one write transaction:
- `contact`: anonymised in place, not deleted. Every personal field is blanked (name, job,
  company link, address, phone, e-mail, flags and their reasons, the sort and search
  columns that the list filters on) and `erased`/`erased_on` set. The row keeps only its
  id, so the id is never given to a new person (SQLite hands out max(id) + 1 again after
  the highest row is deleted): audit events, the erasure record, a request and a kept
  invoice that name this id keep meaning "a person who was erased", never someone else.
- `contact_note`, `consent`: deleted.
- `rights_request` of the person (and the request that asked for the erasure): the
  requester's name, address, e-mail and phone and every free text (description, outcome
  note, extension and refusal reasons) blanked. The request itself stays (reference,
  kind, dates, status, outcome, who verified identity and how) as proof that it was
  handled (Art. 5(2), Art. 12); listed in `kept`.
- `request_change`: before and after values blanked; `request_letter`: the PDF and any
  attachment removed, the row (kind, dates) kept as a record that a letter was sent.
- `financial_record` linked to the person: kept unchanged while the fiscal duty runs
  (art. 52 AWR, `rules.retention.fiscal_keep_until`), including whom it was billed to,
  because the duty covers the record as issued; listed in `kept` with why "fiscal_7y" and
  the last day. The link to the (anonymised) contact row stays, so the due list shows the
  records again when their seven years have passed; erasing that contact again then
  deletes them. Records already past their period are deleted now.
- `erasure_record`: tables, field names and counts, never values; `audit_event`: "erase",
  entity "contact" with no id (the audit says that an erasure happened, never who).

Then the bytes: every connection runs with secure_delete on, so deleted and overwritten
content is zeroed in the pages; a TRUNCATE checkpoint moves the clean pages into the file
and empties the write-ahead log, VACUUM rewrites the file without free pages (residue of
any connection that had secure_delete off), and a second checkpoint empties the log
again. A reader in another program keeps the checkpoint busy: then the result says
`finished=False` with a message, a flag stays in the database, and `finish_pending()`
retries (also at the next start). It never reports success before the log is empty.

On a PostgreSQL server (issue 18) the rows go the same way in one transaction; then VACUUM
runs on the tables touched (as far as the login may: see store.server.vacuum), which
frees the space of the deleted rows and of the old versions of the anonymised ones. What
the server itself keeps is not the program's to delete: its write-ahead log (until
recycled after a checkpoint, or longer under `wal_keep_size`, a replication slot or WAL
archiving) and the administrator's backups. The erasure record lists them as kept
("server_copies") until the date by which the administrator's settings remove them
(SERVER_COPIES_KEY, default the program's own roll-over), and the letter's backup date
is the later of the two (docs/decisions.md, issue 18).
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Callable
from dataclasses import dataclass, field

from peewee import OperationalError

from soosr_desk.rules.i18n import N_
from soosr_desk.rules.retention import fiscal_keep_until, is_due
from soosr_desk.services import audit, request_documents
from soosr_desk.services.backups import MAX_AGE_DAYS, roll_over_date
from soosr_desk.services.erasure_rows import WHY_SERVER, erase_rows
from soosr_desk.services.errors import NotAllowed, NotFound
from soosr_desk.services.recipients import Recipient, concerning_activity_ids, recipients_to_tell
from soosr_desk.services.retention import decision_for
from soosr_desk.store import documents, engine, models, session
from soosr_desk.store.queries import tuples

REASONS = ("retention", "request", "manual")
PENDING_KEY = "erasure_pending"  # Setting: "1" while erased bytes may still be on disk
CHECKPOINT_ATTEMPTS = 1  # each attempt already waits the busy timeout (5 s) for readers
STEPS = 4  # committed, checkpoint, vacuum, checkpoint
# on a server: how many days the administrator keeps WAL and backups (README: set up)
SERVER_COPIES_KEY = "server_copies_days"

NOT_FINISHED = N_(
    "Another program is reading the database; the erased data is still in the write-ahead "
    "log. Close other windows and try again."
)
LEGAL_HOLD = N_(
    "This contact is under a legal hold: its data is kept until the hold is lifted. Lift "
    "the hold first."
)
NOT_DUE = N_("This contact is not due for erasure yet.")
ALREADY_ERASED = N_("This contact has already been erased.")
NO_CONTACT = N_("This contact no longer exists.")
NO_REQUEST = N_("This request no longer exists.")


@dataclass
class ErasureResult:
    """What an erasure did. `removed`/`kept` are {table: {"rows": n, "fields": [...],
    "why": code, "until": iso date}} as stored in the ErasureRecord: no values.

    `finished` is False while the erased bytes may still be on disk; `message` (N_) then
    says why, and `finish_pending()` completes it."""

    contact_id: int
    record_id: int
    finished: bool
    removed: dict[str, dict] = field(default_factory=dict)
    kept: dict[str, dict] = field(default_factory=dict)
    recipients: list[Recipient] = field(default_factory=list)
    message: str = ""


def is_pending() -> bool:
    """True when an erasure committed but its bytes may still be in the log or file."""
    row = models.Setting.get_or_none(models.Setting.key == PENDING_KEY)
    return row is not None and row.value == "1"


def erase_contact(
    contact_id: int,
    *,
    reason: str,
    request_id: int | None = None,
    keep_requester: bool = False,
    today: dt.date | None = None,
    progress: Callable[[int, int], None] | None = None,
    finish: bool = True,
) -> ErasureResult:
    """Erases a contact (see the module text for what happens to each table).

    Refuses (NotAllowed) a contact under a legal hold, and for `reason="retention"` one
    that is not due. An already erased contact can be erased again only to remove kept
    financial records whose fiscal period has run out (else NotFound). `progress(step,
    4)` is called after the commit, each checkpoint and the vacuum.

    `keep_requester`: the request `request_id` keeps the requester's name, e-mail and
    postal address (`kept["rights_request"]` says "answer_to_requester") so the answer can still be
    sent; all its free text is blanked all the same. Off by default: then nothing of the
    person stays in any request."""
    if reason not in REASONS:
        raise ValueError(f"unknown erasure reason: {reason}")
    today = today or dt.date.today()
    now = dt.datetime.now().replace(microsecond=0)
    gone_files: list[str] = []
    with session.transaction():
        contact = models.Contact.get_or_none(models.Contact.id == contact_id)
        if contact is None:
            raise NotFound(NO_CONTACT)
        if contact.legal_hold:
            raise NotAllowed(LEGAL_HOLD)
        if request_id is not None and models.RightsRequest.get_or_none(id=request_id) is None:
            raise NotFound(NO_REQUEST)
        if contact.erased:
            fr = models.FinancialRecord
            expired = [
                d
                for (d,) in tuples(fr.select(fr.record_date).where(fr.contact == contact.id))
                if fiscal_keep_until(d) < today
            ]
            if not expired:
                raise NotFound(ALREADY_ERASED)
        elif reason == "retention" and not is_due(decision_for(contact.id), today):
            raise NotAllowed(NOT_DUE)
        activities = concerning_activity_ids(contact.id)  # before the consents go
        removed, kept = erase_rows(contact, request_id, keep_requester, today, now, gone_files)
        touched = _tables_touched(removed, kept)
        if gone_files:  # on a server the e-mails' bytes are rows too (store/documents.py)
            touched += documents.tables()
        roll_over = roll_over_date(today)
        if engine.on_server(session.database()):
            until = _server_copies_until(today)
            kept["server_copies"] = {"rows": 0, "why": WHY_SERVER, "until": until.isoformat()}
            roll_over = max(roll_over, until)
        record = models.ErasureRecord.create(
            contact_id=contact.id,
            erased_at=now,
            reason=reason,
            request=request_id,
            removed=json.dumps(removed, sort_keys=True),
            kept=json.dumps(kept, sort_keys=True),
            backups_roll_over_on=roll_over,
        )
        models.Setting.insert(key=PENDING_KEY, value="1").on_conflict(
            conflict_target=[models.Setting.key], update={models.Setting.value: "1"}
        ).execute()
        audit.record("erase", "contact", None, sorted(removed), now=now)
    request_documents.remove_files(gone_files)  # only once the rows are gone for good
    if progress is not None:
        progress(1, STEPS)
    finished = _finish(progress, 1, STEPS, touched) if finish else False
    return ErasureResult(
        contact_id=contact_id,
        record_id=record.id,
        finished=finished,
        removed=removed,
        kept=kept,
        recipients=recipients_to_tell(activities),
        message="" if finished else NOT_FINISHED,
    )


def _tables_touched(removed: dict, kept: dict) -> list[str]:
    """The tables whose rows the erasure deleted or changed (what VACUUM is for)."""
    names = {m._meta.table_name for m in models.ALL_MODELS}
    return sorted(names & (set(removed) | set(kept)))


def _server_copies_until(today: dt.date) -> dt.date:
    """The last day the server's WAL and the administrator's backups may still hold what
    was erased `today`: the days the administrator set (README), else the program's own
    backups' roll-over, which the README asks the administrator to keep to."""
    row = models.Setting.get_or_none(models.Setting.key == SERVER_COPIES_KEY)
    try:
        days = max(int(row.value), 0) if row is not None else MAX_AGE_DAYS
    except ValueError:
        days = MAX_AGE_DAYS
    return today + dt.timedelta(days=days)


def _finish(
    progress: Callable[[int, int], None] | None,
    done: int,
    total: int,
    tables: list[str] | None = None,
) -> bool:
    """Checkpoint, vacuum (on a server: of `tables`), checkpoint. False (and the pending
    flag kept) when a reader or writer elsewhere keeps the log busy."""
    db = session.database()

    def step() -> None:
        nonlocal done
        done += 1
        if progress is not None:
            progress(done, total)

    if not engine.checkpoint_truncate(db, attempts=CHECKPOINT_ATTEMPTS):
        return False
    # the log is empty and the file holds only zeroed residue: the erased bytes are gone
    with db.atomic():
        models.Setting.delete().where(models.Setting.key == PENDING_KEY).execute()
    step()
    try:
        engine.vacuum(db, tables)
    except OperationalError:  # another program writes: the vacuum waits for next time
        return False
    step()
    if not engine.checkpoint_truncate(db, attempts=CHECKPOINT_ATTEMPTS):
        return False
    step()
    return True


@dataclass
class BatchResult:
    """What `erase_many` did: the contacts erased, those refused (id, N_ message) and
    whether the erased bytes are gone."""

    erased: list[int] = field(default_factory=list)
    refused: list[tuple[int, str]] = field(default_factory=list)
    finished: bool = False
    message: str = ""


def erase_many(
    contact_ids: list[int],
    *,
    reason: str,
    today: dt.date | None = None,
    progress: Callable[[int, int], None] | None = None,
    cancelled: Callable[[], bool] | None = None,
) -> BatchResult:
    """Erases contacts one transaction each (a cancel stops between two), then makes the
    bytes gone once: one checkpoint and VACUUM for the whole batch, not one per contact."""
    result = BatchResult()
    total = len(contact_ids) + STEPS - 1
    touched: set[str] = set()
    for i, cid in enumerate(contact_ids):
        if cancelled is not None and cancelled():
            break
        try:
            one = erase_contact(cid, reason=reason, today=today, finish=False)
            touched |= set(_tables_touched(one.removed, one.kept))
            result.erased.append(cid)
        except (NotAllowed, NotFound) as exc:
            result.refused.append((cid, exc.message))
        if progress is not None:
            progress(i + 1, total)
    done = len(contact_ids)
    result.finished = _finish(progress, done, total, sorted(touched)) if result.erased else True
    result.message = "" if result.finished else NOT_FINISHED
    return result


def finish_pending(progress: Callable[[int, int], None] | None = None) -> bool:
    """Retries making erased bytes gone (after `finished=False`, or at start-up when
    `is_pending()`): True once the log is empty and the file vacuumed. `progress(step, 3)`."""
    return _finish(progress, 0, STEPS - 1)
