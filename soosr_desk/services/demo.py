"""Realistic Dutch demo data: companies, contracts, contacts with notes and consents, and
invoices. For trying the program out and for measuring it at 100,000 contacts.

Everything is fictional and follows from `seed` and `today` alone (same arguments, same
rows, on an empty database). It adds rows and never wipes. Rows are written in batches,
each in its own transaction, with ids taken inside that transaction, so a cancelled run
keeps what it committed and another writer in the same process cannot collide with it.
No text it writes holds a 9-digit number passing the 11-proef (the BSN check refuses
those), and telephone numbers are valid Dutch numbers stored as the contact editor
stores them (`+31 6 12345678`).
"""

from __future__ import annotations

import datetime as dt
import re
import time
from collections.abc import Callable
from dataclasses import dataclass

from peewee import chunked

from soosr_desk.rules.vocab import Relation
from soosr_desk.services import audit
from soosr_desk.services.demo_companies import plan_companies, plan_invoices
from soosr_desk.services.demo_maker import Maker
from soosr_desk.services.demo_people import ContactMaker
from soosr_desk.services.demo_records import (
    demo_breaches,
    demo_documents,
    demo_requests,
    next_id,
    third_party_rows,
)
from soosr_desk.services.demo_words import (
    LEGAL_FORMS,
)
from soosr_desk.store import engine, models
from soosr_desk.store.queries import tuples

BATCH = 2000  # rows per transaction
_INVOICE = re.compile(r"F(\d{4})-(\d{5})")


@dataclass
class DemoReport:
    """What a run added (rows per table) and how long it took."""

    contacts: int
    companies: int
    notes: int
    consents: int
    contracts: int
    financial_records: int
    seconds: float
    third_parties: int = 0
    agreements: int = 0
    requests: int = 0


class _Writer:
    """Writes batches, each in one transaction; reports progress; stops when cancelled.
    The one audit event goes into the last transaction (or its own, after a cancel)."""

    def __init__(self, db, total_rows: int, total_batches: int, progress, cancelled):
        self.db, self.total_rows, self.batches_left = db, total_rows, total_batches
        self.progress, self.cancelled = progress, cancelled
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

    def batch(self, rows: int, write: Callable[[], None]) -> bool:
        if self.stopped or (self.cancelled is not None and self.cancelled()):
            self.stopped = True
            return False
        with self.db.atomic():
            write()
            self.batches_left -= 1
            if self.batches_left == 0:
                self.audit()
        self.rows_done += rows
        if self.progress is not None:
            self.progress(self.rows_done, self.total_rows)
        return True

    def insert(self, model, rows: list[dict], key: str) -> None:
        """One prepared INSERT run for every row (executemany). Peewee's insert_many
        renders each value into the SQL text one by one, which took three quarters of
        the time at 100,000 contacts. The values are the Python types peewee itself
        would hand to sqlite3 (str, int, bool, None, date, datetime)."""
        if rows:
            keys = list(rows[0])
            columns = ", ".join(f'"{model._meta.fields[k].column_name}"' for k in keys)
            sql = (
                f'INSERT INTO "{model._meta.table_name}" ({columns}) '
                f"VALUES ({', '.join([self.db.param] * len(keys))})"
            )
            self.db.cursor().executemany(sql, [tuple(r[k] for k in keys) for r in rows])
            if "id" in keys:
                engine.ids_written(self.db, model._meta.table_name)
        self.counts[key] += len(rows)

    def audit(self) -> None:
        audit.record("demo_data", "database", None, [k for k, v in self.counts.items() if v])


def _existing():
    """What earlier runs left: company names, e-mail addresses, last invoice numbers."""
    names = set()
    for (name,) in tuples(models.Company.select(models.Company.name)):
        for suffix, _ in LEGAL_FORMS:
            if suffix and name.endswith(suffix):
                name = name.removesuffix(suffix)
                break
        names.add(name.casefold())
    emails = {e.casefold() for (e,) in tuples(models.Contact.select(models.Contact.email))}
    numbers: dict[int, int] = {}
    for (number,) in tuples(models.FinancialRecord.select(models.FinancialRecord.number)):
        match = _INVOICE.fullmatch(number)
        if match:
            year, seq = int(match[1]), int(match[2])
            numbers[year] = max(numbers.get(year, 0), seq)
    marketing = (
        models.ProcessingActivity.select(models.ProcessingActivity.id)
        .where(models.ProcessingActivity.name == "Direct marketing")
        .scalar()
    )
    return names, emails, numbers, marketing


def generate_demo(
    db,
    *,
    contacts: int = 1000,
    seed: int = 1,
    today: dt.date,
    progress: Callable[[int, int], None] | None = None,
    cancelled: Callable[[], bool] | None = None,
) -> DemoReport:
    """Adds `contacts` fictional Dutch contacts, about one company per eight contacts
    (half of them customers with contracts and invoices), notes, consents and flags.

    `progress(done, total)` is called after every batch (rows of companies, contacts and
    invoices); when `cancelled()` returns True the run stops before the next batch and
    keeps what it wrote. One audit event ("demo_data") records the run."""
    with engine.large_cache(db):  # issue 20: 100,000 contacts in under 10 s
        return _generate_demo(
            db, contacts=contacts, seed=seed, today=today, progress=progress, cancelled=cancelled
        )


def _generate_demo(
    db, *, contacts: int, seed: int, today: dt.date, progress, cancelled
) -> DemoReport:
    started = time.perf_counter()
    contacts = max(0, contacts)
    names, emails, numbers, marketing_id = _existing()
    mk = Maker(seed, today, names, emails)
    companies = plan_companies(mk, max(1, round(contacts / 8)) if contacts else 0)
    invoices = plan_invoices(mk, companies, numbers)
    parties = third_party_rows(today) if not models.ThirdParty.select().exists() else None
    party_count = len(parties[0]) if parties else 0
    batches = sum(-(-n // BATCH) for n in (len(companies), contacts, len(invoices), party_count))
    writer = _Writer(
        db, len(companies) + contacts + len(invoices) + party_count, batches, progress, cancelled
    )

    for part in chunked(companies, BATCH):

        def write_companies(part=part):
            base = next_id(models.Company)
            contract_rows = []
            for i, comp in enumerate(part):
                comp.id = comp.row["id"] = base + i
                for k in comp.contracts:
                    contract_rows.append({**k, "company": comp.id})
                    contract_rows[-1].pop("_label")
            writer.insert(models.Company, [c.row for c in part], "companies")
            writer.insert(models.Contract, contract_rows, "contracts")

        if not writer.batch(len(part), write_companies):
            break

    maker = ContactMaker(mk, companies, marketing_id)
    done = 0
    while done < contacts and not writer.stopped:
        size = min(BATCH, contacts - done)
        rows, notes, consents, links = maker.make(size)

        def write_contacts(rows=rows, notes=notes, consents=consents, links=links):
            base = next_id(models.Contact)
            for i, (row, comp) in enumerate(zip(rows, links, strict=True)):
                row["id"] = base + i
                if comp is not None:
                    row["company"] = comp.id
                    if row["relation"] == Relation.DEBTOR or (
                        comp.billing is None and row["relation"] == "customer_contact"
                    ):
                        comp.billing = row["id"]
            for item in notes:
                item["contact"] += base
            for item in consents:
                item["contact"] += base
            writer.insert(models.Contact, rows, "contacts")
            writer.insert(models.ContactNote, notes, "notes")
            writer.insert(models.Consent, consents, "consents")

        if writer.batch(size, write_contacts):
            done += size

    for invoice_part in chunked(invoices, BATCH):
        if writer.stopped:
            break
        invoice_rows = [
            {
                "company": comp.id,
                "contact": comp.billing,
                "number": number,
                "record_date": day,
                "amount_cents": cents,
                "description": description,
                "billed_to": comp.row["name"],
            }
            for comp, number, day, cents, description in invoice_part
        ]

        def write_invoices(batch: list[dict[str, object]] = invoice_rows) -> None:
            writer.insert(models.FinancialRecord, batch, "financial_records")

        writer.batch(len(invoice_rows), write_invoices)

    if parties and not writer.stopped:

        def write_parties(rows=parties):
            writer.insert(models.ThirdParty, rows[0], "third_parties")
            writer.insert(models.ThirdPartyActivity, rows[1], "links")
            writer.insert(models.ProcessorAgreement, rows[2], "agreements")
            writer.insert(models.AgreementChecklistItem, rows[3], "links")

        if writer.batch(party_count, write_parties):
            demo_documents(db, parties[2], today)

    requests_made = 0
    if not writer.stopped and contacts and not models.RightsRequest.select().exists():
        requests_made = demo_requests(today)
    if not writer.stopped and not models.Breach.select().exists():
        demo_breaches(today)

    if writer.stopped and writer.rows_done:
        with db.atomic():
            writer.audit()
    c = writer.counts
    return DemoReport(
        contacts=c["contacts"],
        companies=c["companies"],
        notes=c["notes"],
        consents=c["consents"],
        contracts=c["contracts"],
        financial_records=c["financial_records"],
        seconds=time.perf_counter() - started,
        third_parties=c["third_parties"],
        agreements=c["agreements"],
        requests=requests_made,
    )
