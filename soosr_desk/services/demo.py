"""Realistic Dutch demo data: companies, contracts, contacts with notes and consents, and
invoices. For trying the program out and for measuring it at 100,000 contacts.

Everything is fictional and follows from `seed` and `today` alone (same arguments, same
rows, on an empty database). It adds rows and never wipes. Rows are written in batches,
each in its own transaction, with ids taken inside that transaction, so a cancelled run
keeps what it committed and another writer in the same process cannot collide with it;
the command line, which holds the database alone, writes them all in one (`bulk`).
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
from soosr_desk.services.demo_companies import plan_companies, plan_invoices
from soosr_desk.services.demo_maker import Maker
from soosr_desk.services.demo_people import (
    COMPANY,
    CONSENT_COLUMNS,
    CONTACT_COLUMNS,
    ID,
    NOTE_COLUMNS,
    RELATION,
    ContactMaker,
)
from soosr_desk.services.demo_records import (
    demo_breaches,
    demo_documents,
    demo_requests,
    next_id,
    third_party_rows,
)
from soosr_desk.services.demo_words import LEGAL_FORMS
from soosr_desk.services.demo_writer import Writer
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
    bulk: bool = False,
) -> DemoReport:
    """Adds `contacts` fictional Dutch contacts, about one company per eight contacts
    (half of them customers with contracts and invoices), notes, consents and flags.

    `progress(done, total)` is called after every batch (rows of companies, contacts and
    invoices); when `cancelled()` returns True the run stops before the next batch and
    keeps what it wrote. One audit event ("demo_data") records the run.

    `bulk`: nothing else uses the database meanwhile (the command line holds it alone):
    the batches go into one transaction (services/demo_writer.py). On a server the
    batches stay transactions of their own: the office's other desks wait for none."""
    started = time.perf_counter()
    bulk = bulk and not engine.on_server(db)
    contacts = max(0, contacts)
    names, emails, numbers, marketing_id = _existing()
    mk = Maker(seed, today, names, emails)
    companies = plan_companies(mk, max(1, round(contacts / 8)) if contacts else 0)
    invoices = plan_invoices(mk, companies, numbers)
    parties = third_party_rows(today) if not models.ThirdParty.select().exists() else None
    party_count = len(parties[0]) if parties else 0
    batches = sum(-(-n // BATCH) for n in (len(companies), contacts, len(invoices), party_count))
    writer = Writer(
        db,
        len(companies) + contacts + len(invoices) + party_count,
        batches,
        progress,
        cancelled,
        bulk,
    )
    # a larger page cache while the rows go in (issue 20), the usual one for the requests'
    # services after them (the erasure's VACUUM held 60 MB more with the larger one)
    with engine.large_cache(db), writer.rows():
        _write_companies(writer, companies)
        _write_contacts(writer, ContactMaker(mk, companies, marketing_id), contacts)
        _write_invoices(writer, invoices)
        parties_written = parties is not None and _write_parties(writer, parties)
    if parties is not None and parties_written:  # the files once their rows committed
        demo_documents(db, parties[2], today)

    requests_made = 0
    if not writer.stopped and contacts and not models.RightsRequest.select().exists():
        requests_made = demo_requests(today)
    if not writer.stopped and not models.Breach.select().exists():
        demo_breaches(today)

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


def _write_companies(writer: Writer, companies) -> None:
    for part in chunked(companies, BATCH):

        def write_companies(part=part):
            base = next_id(models.Company)
            contract_rows = []
            for i, comp in enumerate(part):
                comp.id = comp.row["id"] = base + i
                for k in comp.contracts:
                    contract_rows.append({**k, "company": comp.id})
                    contract_rows[-1].pop("_label")
            writer.insert_dicts(models.Company, [c.row for c in part], "companies")
            writer.insert_dicts(models.Contract, contract_rows, "contracts")

        if not writer.batch(len(part), write_companies):
            break


def _write_contacts(writer: Writer, maker: ContactMaker, contacts: int) -> None:
    done = 0
    while done < contacts and not writer.stopped:
        size = min(BATCH, contacts - done)
        rows, notes, consents, links = maker.make(size)

        def write_contacts(rows=rows, notes=notes, consents=consents, links=links):
            base = next_id(models.Contact)
            for i, (row, comp) in enumerate(zip(rows, links, strict=True)):
                row[ID] = base + i
                if comp is not None:
                    row[COMPANY] = comp.id
                    if row[RELATION] == Relation.DEBTOR or (
                        comp.billing is None and row[RELATION] == "customer_contact"
                    ):
                        comp.billing = row[ID]
            for item in consents:
                item[0] += base
            writer.insert(models.Contact, CONTACT_COLUMNS, rows, "contacts")
            writer.insert(
                models.ContactNote,
                NOTE_COLUMNS,
                [(base + i, at, author, text) for i, at, author, text in notes],
                "notes",
            )
            writer.insert(models.Consent, CONSENT_COLUMNS, consents, "consents")

        if writer.batch(size, write_contacts):
            done += size


def _write_invoices(writer: Writer, invoices) -> None:
    columns = (
        "company",
        "contact",
        "number",
        "record_date",
        "amount_cents",
        "description",
        "billed_to",
    )
    for invoice_part in chunked(invoices, BATCH):
        if writer.stopped:
            break
        invoice_rows = [
            (comp.id, comp.billing, number, day, cents, description, comp.row["name"])
            for comp, number, day, cents, description in invoice_part
        ]

        def write_invoices(batch=invoice_rows) -> None:
            writer.insert(models.FinancialRecord, columns, batch, "financial_records")

        writer.batch(len(invoice_rows), write_invoices)


def _write_parties(writer: Writer, parties) -> bool:
    if writer.stopped:
        return False

    def write_parties(rows=parties):
        writer.insert_dicts(models.ThirdParty, rows[0], "third_parties")
        writer.insert_dicts(models.ThirdPartyActivity, rows[1], "links")
        writer.insert_dicts(models.ProcessorAgreement, rows[2], "agreements")
        writer.insert_dicts(models.AgreementChecklistItem, rows[3], "links")

    return writer.batch(len(parties[0]), write_parties)
