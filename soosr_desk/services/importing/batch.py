"""A contact import as one batch: one transaction (a cancel leaves nothing), one audit
event with the counts (no personal data), and an undo of the whole batch while none of its
contacts was changed since."""

from __future__ import annotations

import dataclasses
import datetime as dt
import json
from collections.abc import Callable
from contextlib import nullcontext
from dataclasses import dataclass, field

from peewee import fn

from soosr_desk.rules.i18n import N_, plural
from soosr_desk.rules.names import search_text, sort_key
from soosr_desk.rules.validation import email_key
from soosr_desk.services import audit, records
from soosr_desk.services.errors import NotAllowed, NotFound, ValidationError
from soosr_desk.services.importing.checks import (
    CELL_REFUSALS,
    EXISTS_RESTRICTED,
    IMPORTED,
    BatchChecks,
    ImportOptions,
    RowCheck,
)
from soosr_desk.services.importing.inserts import Companies, insert_contacts
from soosr_desk.services.importing.rows import FastRows, contact_row
from soosr_desk.services.importing.table import Table
from soosr_desk.services.records import now as record_now
from soosr_desk.store import engine, models, session

CHUNK = 500  # rows per INSERT (SQLite allows 32,766 parameters; 500 x 25 columns fits)


@dataclass
class ImportResult:
    batch_id: int | None = None
    added: int = 0
    updated: int = 0
    skipped: list[tuple[int, ValidationError]] = field(default_factory=list)
    refused_cells: list[tuple[int, ValidationError]] = field(default_factory=list)
    cancelled: bool = False
    dry_run: bool = False


class _Cancelled(Exception):
    pass


class _DryRun(Exception):
    """Leaves the transaction of a dry run, rolling back what it wrote."""


def _update(
    check: RowCheck, companies: Companies, stamp: dt.datetime
) -> tuple[dict | None, dt.datetime]:
    """Changes the existing contact to the row's non-empty values; returns its old values
    (None when it is restricted: Art. 18, kept but not processed) and the stamp it got
    (`stamp`, or later when its own was ahead: stamps only grow)."""
    c = models.Contact.get_by_id(check.existing_id)
    if c.restricted:
        return None, stamp
    before = {}
    for name in IMPORTED:
        new = getattr(check.data, name)
        if not new or (name == "country" and new == "NL" and c.country):
            continue
        if name == "email" and email_key(new) == email_key(c.email):
            continue  # the same address, perhaps in other capitals
        if name == "company_name":
            cid = companies.id_for(new)
            if cid != c.company_id:
                before["company"] = c.company_id
                c.company_id = cid
        elif getattr(c, name) != new:
            before[name] = getattr(c, name)
            setattr(c, name, new)
    company = models.Company.get_by_id(c.company_id).name if c.company_id else ""
    c.sort_name = sort_key(c.first_name, c.last_name)
    c.search_text = search_text(c.first_name, c.last_name, c.email, c.phone, c.city, company)
    records.touch(c, stamp)
    c.save()
    return before, c.updated_at


def _contact_indexes(total: int, dry_run: bool):
    """A batch with more rows than the file has contacts (the first import, issue 17's
    speed): the contact list's indexes are made once, sorted in memory, when its rows are
    in, instead of growing row by row (a sixth of the import's time). The import asks no
    index meanwhile (the e-mail addresses known are read first); an error or a cancel rolls
    the indexes back with the rows. A smaller batch keeps them: made again, they would
    cost more than the rows do."""
    c = models.Contact
    if dry_run or total <= c.select().count():
        return nullcontext()
    return engine.indexes_built_after(session.database(), (c._meta.table_name,), spill=False)


def run_import(
    table: Table,
    mapping: list[str],
    options: ImportOptions,
    *,
    today: dt.date | None = None,
    dry_run: bool = False,
    progress: Callable[[int, int], None] | None = None,
    cancelled: Callable[[], bool] | None = None,
) -> ImportResult:
    """Imports the rows in one transaction. `dry_run` checks every row and counts what
    would happen without writing. A cancel rolls everything back (`cancelled=True`)."""
    today = today or dt.date.today()
    options = dataclasses.replace(options, received_on=options.received_on or today)
    result = ImportResult(dry_run=dry_run)
    total = len(table.rows)
    stamp = record_now()
    try:
        with (
            engine.large_cache(session.database()),
            session.transaction(),
            _contact_indexes(total, dry_run),
        ):
            companies = Companies(stamp)
            batch = models.ImportBatch.create(
                imported_at=stamp,
                file_kind=table.kind,
                source=options.source,
                relation=options.relation,
                received_on=options.received_on,
                added=0,
                updated=0,
                skipped=0,
            )
            pending: list[list] = []  # new contacts, the values to bind (`ContactInsert`)
            odd: list[list] = []  # those that differ from the batch, whole
            ranges: list[list[int]] = []  # [first id, last id] of the new contacts, for the undo

            def flush() -> None:
                if not (pending or odd) or dry_run:
                    pending.clear()
                    odd.clear()
                    return
                first = insert_contacts(pending, odd, companies, insert)
                last = first + len(pending) + len(odd) - 1
                if ranges and ranges[-1][1] + 1 == first:
                    ranges[-1][1] = last
                else:
                    ranges.append([first, last])
                pending.clear()
                odd.clear()

            checks = BatchChecks(mapping, options, today)
            fast = FastRows(
                mapping, checks.template, checks.quick, checks.existing, checks.seen, str(stamp)
            )
            quick_row = fast.row if fast.usable else None
            insert = fast.insert

            def checked_row(number: int, cells: list[str]) -> list | None:
                """The new contact's values, or None (skipped or updated: counted here)."""
                check = checks.check(number, cells)
                result.refused_cells += [
                    (check.number, p) for p in check.problems if p.message in CELL_REFUSALS
                ]
                if check.reason is not None:  # skipped
                    result.skipped.append((check.number, check.reason))
                elif check.outcome == "update":
                    before, touched = (None, stamp) if dry_run else _update(check, companies, stamp)
                    if before is None and not dry_run:
                        result.skipped.append(
                            (check.number, ValidationError("email", EXISTS_RESTRICTED))
                        )
                    else:
                        result.updated += 1
                        if not dry_run:
                            models.ImportBatchContact.create(
                                batch=batch,
                                contact=check.existing_id,
                                added=False,
                                before=json.dumps(before, default=str),
                                stamp=touched,
                            )
                else:
                    whole = contact_row(check.data, str(stamp))
                    row = insert.fit(whole)
                    if row is not None:
                        return row
                    odd.append(whole)
                    result.added += 1
                return None

            rows = zip(table.numbers, table.rows, strict=False)
            for done, (number, cells) in enumerate(rows, 1):
                # a new contact with nothing wrong the quick way, every other row in full
                row = None if quick_row is None else quick_row(cells)
                if row is None:
                    row = checked_row(number, cells)
                if row is not None:
                    pending.append(row)
                    result.added += 1
                    if len(pending) >= CHUNK:
                        flush()
                if done % CHUNK == 0:
                    if cancelled is not None and cancelled():
                        raise _Cancelled
                    if progress is not None:
                        progress(done, total)
            flush()
            if ranges:
                models.ImportBatchRange.insert_many(
                    [(batch.id, first, last, str(stamp)) for first, last in ranges],
                    fields=[
                        models.ImportBatchRange.batch,
                        models.ImportBatchRange.first_id,
                        models.ImportBatchRange.last_id,
                        models.ImportBatchRange.stamp,
                    ],
                ).execute()
            batch.added, batch.updated, batch.skipped = (
                result.added,
                result.updated,
                len(result.skipped),
            )
            batch.save()
            audit.record(
                "import",
                "import_batch",
                batch.id,
                [
                    f"added:{result.added}",
                    f"updated:{result.updated}",
                    f"skipped:{len(result.skipped)}",
                    f"companies:{companies.created}",
                ],
                now=stamp,
            )
            if dry_run:
                raise _DryRun
            result.batch_id = batch.id
    except _DryRun:
        pass
    except _Cancelled:
        return ImportResult(cancelled=True, dry_run=dry_run)
    if progress is not None:
        progress(total, total)
    return result


# --- undo -------------------------------------------------------------------------------

CHANGED_SINCE_ONE = N_(
    "This import cannot be undone: {count} of its contacts was changed "
    "since (or linked to a request, a note or a consent)."
)
CHANGED_SINCE = N_(
    "This import cannot be undone: {count} of its contacts were changed "
    "since (or linked to a request, a note or a consent)."
)
ALREADY_UNDONE = N_("This import was undone already.")


@dataclass(frozen=True)
class BatchRow:
    id: int
    imported_at: dt.datetime
    file_kind: str
    added: int
    updated: int
    skipped: int
    undone: bool


def list_batches(limit: int = 20) -> list[BatchRow]:
    b = models.ImportBatch
    return [
        BatchRow(
            r.id, r.imported_at, r.file_kind, r.added, r.updated, r.skipped, r.undone_at is not None
        )
        for r in b.select().order_by(b.id.desc()).limit(limit)
    ]


def _added(batch_id: int):
    """The contacts the batch added that are still there (a query of their ids), with
    the stamp they were given."""
    c, r = models.Contact, models.ImportBatchRange
    return c.select(c.id).join(r, on=c.id.between(r.first_id, r.last_id)).where(r.batch == batch_id)


def _changed_count(batch: models.ImportBatch) -> int:
    """Contacts of the batch changed since the import, erased, or with records of their
    own (a request, note, consent or invoice would lose its person)."""
    bc, c, r = models.ImportBatchContact, models.Contact, models.ImportBatchRange
    batch_id = batch.id
    added = _added(batch_id)
    linked = bc.select().where(bc.batch == batch_id).count() + added.count()
    gone = batch.added + batch.updated - linked  # erased (the erasure takes them out)
    changed = gone + (
        bc.select()
        .join(c, on=(bc.contact == c.id))
        .where((bc.batch == batch_id) & ((c.updated_at != bc.stamp) | c.erased))
        .count()
    )
    changed += added.where((c.updated_at != r.stamp) | c.erased).count()
    for model in (models.RightsRequest, models.ContactNote, models.Consent, models.FinancialRecord):
        changed += (
            model.select(fn.COUNT(fn.DISTINCT(model.contact)))
            .where(model.contact.in_(_added(batch_id)))
            .scalar()
            or 0
        )
    return changed


def undo_batch(batch_id: int) -> int:
    """Undoes an import as a whole: the contacts it added are removed again, those it
    updated get their old values back. Refused once any of them was changed since."""
    bc = models.ImportBatchContact
    with session.transaction():
        batch = models.ImportBatch.get_or_none(models.ImportBatch.id == batch_id)
        if batch is None:
            raise NotFound(N_("This import no longer exists."))
        if batch.undone_at is not None:
            raise NotAllowed(ALREADY_UNDONE)
        count = _changed_count(batch)
        if count:
            raise NotAllowed(plural(count, CHANGED_SINCE_ONE, CHANGED_SINCE), count=count)
        stamp = record_now()
        for link in bc.select().where((bc.batch == batch_id) & ~bc.added):
            contact = models.Contact.get_by_id(link.contact_id)
            for name, value in json.loads(link.before).items():
                setattr(contact, name, value)
            company = models.Company.get_or_none(models.Company.id == contact.company_id)
            contact.sort_name = sort_key(contact.first_name, contact.last_name)
            contact.search_text = search_text(
                contact.first_name,
                contact.last_name,
                contact.email,
                contact.phone,
                contact.city,
                company.name if company else "",
            )
            records.touch(contact, stamp)
            contact.save()
        removed = 0
        for span in models.ImportBatchRange.select().where(
            models.ImportBatchRange.batch == batch_id
        ):
            removed += (
                models.Contact.delete()
                .where(models.Contact.id.between(span.first_id, span.last_id))
                .execute()
            )
        models.ImportBatchRange.delete().where(models.ImportBatchRange.batch == batch_id).execute()
        bc.delete().where(bc.batch == batch_id).execute()
        batch.undone_at = stamp
        batch.save()
        audit.record(
            "undo_import",
            "import_batch",
            batch_id,
            [f"removed:{removed}", f"restored:{batch.updated}"],
            now=stamp,
        )
        return removed
