"""Destroying financial records whose fiscal retention period has run out.

Art. 52(4) AWR obliges keeping the financial administration seven years from the end of
its year, and no longer is needed (Art. 5(1)(e) GDPR: storage limitation): a record is due
for destruction the day after `rules.retention.fiscal_keep_until`, whether or not the
contact it names was erased. For a contact still in use only those records go; the
contact stays. The bytes are then checkpointed out of the log and vacuumed away, as an
erasure does.
"""

from __future__ import annotations

import datetime as dt

from peewee import OperationalError

from soosr_desk.rules.retention import fiscal_keep_until
from soosr_desk.services import audit
from soosr_desk.store import engine, models, session


def expired_records(contact_id: int, today: dt.date) -> list[int]:
    """Ids of the contact's financial records past their seven years on `today`."""
    fr = models.FinancialRecord
    rows = fr.select(fr.id, fr.record_date).where(fr.contact == contact_id)
    return [r.id for r in rows if fiscal_keep_until(r.record_date) < today]


def destroy_expired(contact_ids: list[int], *, today: dt.date | None = None) -> int:
    """Deletes the expired financial records of these contacts (none under a legal hold,
    Art. 17(3)(e)), one audit event per contact (ids and a count, no values); returns how
    many records went. The database file is vacuumed afterwards when possible."""
    today = today or dt.date.today()
    fr, c = models.FinancialRecord, models.Contact
    removed = 0
    db = session.database()
    with session.transaction():
        held = {r.id for r in c.select(c.id).where(c.id.in_(contact_ids) & c.legal_hold)}
        for cid in contact_ids:
            ids = [] if cid in held else expired_records(cid, today)
            if not ids:
                continue
            fr.delete().where(fr.id.in_(ids)).execute()
            removed += len(ids)
            audit.record("destroy_expired", "contact", cid, ["financial_record"])
    # either engine (issue 18): on a server, VACUUM of the table the records left
    if removed and engine.checkpoint_truncate(db):
        try:
            engine.vacuum(db, [fr._meta.table_name])
            engine.checkpoint_truncate(db)
        except OperationalError:  # another program writes: the bytes go at the next vacuum
            pass
    return removed
