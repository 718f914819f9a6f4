"""A restore that brings nobody back: erasures, objections to direct marketing and consent
withdrawals made after the backup are applied again to the restored copy, before it is
put in place and opened (issue 15, finding 2).

Where they are read from: the current database, just before it is moved aside. Contacts
are anonymised in place, never deleted (see erasure), so an erased contact's id and
created_at stay in it and tell the contact in the backup apart from a later one that got
the same id. When the current file cannot be read (damaged), nothing can be applied
again; the result says so and the window tells the user to check the latest erasures.
"""

from __future__ import annotations

import datetime as dt
import logging
from dataclasses import dataclass, field
from pathlib import Path

from soosr_desk.rules.i18n import N_, plural
from soosr_desk.services import audit, backup_restore, erasure, records
from soosr_desk.services.errors import NotAllowed, NotFound
from soosr_desk.store import models, session
from soosr_desk.store.opening import close_database, open_database
from soosr_desk.store.queries import tuples

log = logging.getLogger(__name__)

# what was applied again, a sentence a kind with its count (each form translated on its own)
REAPPLIED = (
    (
        "erasures",
        N_("1 erasure made after this backup was applied again."),
        N_("{n} erasures made after this backup were applied again."),
    ),
    (
        "objections",
        N_("1 objection to direct marketing made after this backup was applied again."),
        N_("{n} objections to direct marketing made after this backup were applied again."),
    ),
    (
        "withdrawals",
        N_("1 consent withdrawal made after this backup was applied again."),
        N_("{n} consent withdrawals made after this backup were applied again."),
    ),
)
NONE_REAPPLIED = N_("No erasures, objections or withdrawals were made after this backup.")
NOT_READ = N_(
    "The current database could not be read, so erasures, objections and withdrawals made "
    "after this backup could not be applied again. Check the latest ones by hand."
)


@dataclass
class RightsFacts:
    """What the current database says was done for people's rights (ids and dates only)."""

    erasures: list[tuple[int, dt.datetime | None, str]] = field(default_factory=list)
    objections: list[tuple[int, dt.datetime | None, dt.date | None]] = field(default_factory=list)
    withdrawals: list[tuple[int, int, dt.date]] = field(default_factory=list)
    readable: bool = True


@dataclass
class RestoreResult:
    aside: Path | None
    erasures: int = 0
    objections: int = 0
    withdrawals: int = 0
    readable: bool = True

    def sentences(self) -> list[tuple[str, dict[str, int]]]:
        """What was applied again, as N_ texts with their parameters: a sentence for each
        kind that had any, one saying there were none, or that they could not be read."""
        if not self.readable:
            return [(NOT_READ, {})]
        said = [
            (plural(n, one, other), {"n": n})
            for kind, one, other in REAPPLIED
            if (n := getattr(self, kind))
        ]
        return said or [(NONE_REAPPLIED, {})]


def read_rights(db_path: Path) -> RightsFacts:
    """Reads the erasures, objections and withdrawals of the (closed) database file."""
    if not Path(db_path).exists():
        return RightsFacts()
    previous = models.database_proxy.obj
    try:
        database = open_database(db_path, seed=False, create=False)
    except Exception:  # damaged or not a database: nothing can be read from it
        models.database_proxy.initialize(previous)
        log.warning("a restore could not read the current database's erasures")
        return RightsFacts(readable=False)
    try:
        return current_rights()
    finally:
        close_database(database)
        models.database_proxy.initialize(previous)


def current_rights() -> RightsFacts:
    """The erasures, objections and withdrawals of the database bound now (a server
    database is read this way inside its restore's transaction, issue 18)."""
    c, er = models.Contact, models.ErasureRecord
    created = dict(tuples(c.select(c.id, c.created_at).where(c.erased)))
    facts = RightsFacts()
    for cid, reason in tuples(er.select(er.contact_id, er.reason).order_by(er.id)):
        facts.erasures.append((cid, created.get(cid), reason))
    query = c.select(c.id, c.created_at, c.objected_on).where(c.objected_marketing)
    facts.objections = list(tuples(query))
    cs = models.Consent
    withdrawn = cs.select(cs.id, cs.contact, cs.withdrawn_on).where(cs.withdrawn_on.is_null(False))
    facts.withdrawals = list(tuples(withdrawn))
    return facts


def _same_contact(cid: int, created_at: dt.datetime | None) -> models.Contact | None:
    contact = models.Contact.get_or_none(models.Contact.id == cid)
    if contact is None or (created_at is not None and contact.created_at != created_at):
        return None
    return contact


def reapply(
    facts: RightsFacts, result: RestoreResult, today: dt.date, *, finish: bool = True
) -> None:
    """Applies `facts` to the database bound now (the restored copy); counts in `result`.
    `finish=False` inside a transaction (a server's restore): the caller makes the bytes
    gone after its commit."""
    now = dt.datetime.now().replace(microsecond=0)
    erased_any = False
    for cid, created_at, reason in facts.erasures:
        contact = _same_contact(cid, created_at)
        if contact is None or contact.erased:
            continue
        if contact.legal_hold:  # lifted before the erasure was made
            models.Contact.update(legal_hold=False).where(models.Contact.id == cid).execute()
        try:
            erasure.erase_contact(
                cid,
                reason=reason if reason in erasure.REASONS else "manual",
                today=today,
                finish=False,
            )
        except NotAllowed:  # "retention" asks whether it is due by the copy's dates
            erasure.erase_contact(cid, reason="manual", today=today, finish=False)
        except NotFound:
            continue
        erased_any = True
        result.erasures += 1
    with session.transaction():
        for cid, created_at, objected_on in facts.objections:
            contact = _same_contact(cid, created_at)
            if contact is None or contact.erased or contact.objected_marketing:
                continue
            models.Contact.update(
                objected_marketing=True,
                objected_on=objected_on or today,
                updated_at=records.touch(contact, now),
            ).where(models.Contact.id == cid).execute()
            audit.record(
                "object_marketing", "contact", cid, ["objected_marketing", "objected_on"], now=now
            )
            result.objections += 1
        for consent_id, cid, withdrawn_on in facts.withdrawals:
            consent = models.Consent.get_or_none(models.Consent.id == consent_id)
            if consent is None or consent.contact_id != cid or consent.withdrawn_on is not None:
                continue
            consent.withdrawn_on = max(withdrawn_on, consent.given_on)
            consent.save()
            audit.record("withdraw_consent", "consent", consent_id, ["withdrawn_on"], now=now)
            result.withdrawals += 1
    if erased_any and finish:
        erasure.finish_pending()  # the copy is open only here: the bytes go at once


def restore(
    backup_path: Path,
    db_path: Path,
    *,
    today: dt.date | None = None,
    now: dt.datetime | None = None,
) -> RestoreResult:
    """backup_restore.restore, with the rights exercised since the backup applied again to the
    copy before it replaces the database. The database must be closed."""
    today = today or dt.date.today()
    backup_restore.check_restorable(Path(backup_path))
    facts = read_rights(Path(db_path))
    result = RestoreResult(aside=None, readable=facts.readable)

    def apply() -> None:
        reapply(facts, result, today)

    result.aside = backup_restore.restore(
        Path(backup_path), Path(db_path), now=now, before_audit=apply
    )
    head = audit.file_head(Path(db_path))  # the chain starts again from the backup's
    if head is not None:
        try:
            audit.write_anchor(Path(db_path), head)
        except OSError:
            log.warning("the audit anchor could not be moved after a restore")
    return result
