"""How services/demo.py writes its rows: in batches, with progress after each and a stop
when cancelled; each batch in a transaction of its own, or all of them in one (bulk)."""

from __future__ import annotations

import contextlib
from collections.abc import Callable, Sequence

from soosr_desk.services import audit
from soosr_desk.store import engine

# the tables the batches fill: in bulk, their indexes are made once, after the rows
BULK_TABLES = ("company", "contract", "contact", "contact_note", "consent", "financial_record")


class Writer:
    """Writes batches; reports progress after each; stops when cancelled. The one audit
    event goes into the last transaction (or its own, after a cancel).

    In bulk (`soosr-desk demo`, which holds the database alone), every batch goes into
    one transaction, with the indexes of BULK_TABLES made once at its end: about half
    the time of the rows going in. Progress and cancel work per batch as before; a cancel
    commits what the batches before it wrote, and an error or a killed process leaves
    none of it (docs/decisions.md, issue 20)."""

    def __init__(self, db, total_rows: int, total_batches: int, progress, cancelled, bulk: bool):
        self.db, self.total_rows, self.batches_left = db, total_rows, total_batches
        self.progress, self.cancelled = progress, cancelled
        self.bulk = bulk
        self.rows_done = 0
        self.stopped = False
        self.counts = dict.fromkeys(
            (
                "contacts",
                "companies",
                "notes",
                "consents",
                "contracts",
                "financial_records",
                "third_parties",
                "agreements",
                "links",
            ),
            0,
        )

    @contextlib.contextmanager
    def rows(self):
        """Where the batches are written. In bulk: one transaction, the indexes made at
        its end, the audit event in it. Otherwise the batches commit one by one and the
        audit event goes with the last, or into its own transaction after a cancel."""
        if self.bulk:
            with self.db.atomic():
                with engine.indexes_built_after(self.db, BULK_TABLES):
                    yield
                if self.rows_done:
                    self.audit()
            return
        yield
        if self.stopped and self.rows_done:
            with self.db.atomic():
                self.audit()

    def batch(self, rows: int, write: Callable[[], None]) -> bool:
        if self.stopped or (self.cancelled is not None and self.cancelled()):
            self.stopped = True
            return False
        if self.bulk:
            write()
        else:
            with self.db.atomic():
                write()
                self.batches_left -= 1
                if self.batches_left == 0:
                    self.audit()
        self.rows_done += rows
        if self.progress is not None:
            self.progress(self.rows_done, self.total_rows)
        return True

    def insert(self, model, columns: Sequence[str], rows: Sequence[Sequence], key: str) -> None:
        """One prepared INSERT run for every row (`engine.insert_rows`), each row its
        values in the order of `columns`: what sqlite3 stores as they are (str, int,
        bool, None); dates and times as the text SQLite keeps them in ("2026-03-15",
        "2026-03-15 09:41:00")."""
        if rows:
            fields = [model._meta.fields[name] for name in columns]
            engine.insert_rows(self.db, model, fields, rows)
        self.counts[key] += len(rows)

    def insert_dicts(self, model, rows: list[dict], key: str) -> None:
        """`insert` for rows as dictionaries (all with the same keys)."""
        columns = list(rows[0]) if rows else []
        self.insert(model, columns, [tuple(r[k] for k in columns) for r in rows], key)

    def audit(self) -> None:
        audit.record("demo_data", "database", None, [k for k, v in self.counts.items() if v])
