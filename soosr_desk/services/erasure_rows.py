"""What an erasure does to each table's rows, and what it keeps listed and why.

`erase_rows` blanks, deletes or keeps every row of one person (the text of
`services.erasure` says what happens to each table) inside the caller's write
transaction, and returns what it removed and what it kept: tables, field names, counts and
a reason code (`WHY_*`, shown as text by `WHY_TEXT`), never values. Making the bytes gone
afterwards is `services.erasure`'s part.
"""

from __future__ import annotations

import datetime as dt

from peewee import fn

from soosr_desk.rules.i18n import N_
from soosr_desk.rules.retention import fiscal_keep_until
from soosr_desk.services import request_documents, stamps
from soosr_desk.store import models
from soosr_desk.store.queries import tuples

# why something was kept (codes, shown as text by the UI)
WHY_FISCAL = "fiscal_7y"  # art. 52 AWR: seven years from the end of the financial year
WHY_PROOF = "proof_of_handling"  # Art. 5(2), 12 GDPR: that the request was handled
WHY_MARKER = "erased_marker"  # the empty row keeps the id from being reused
WHY_AUDIT = "ids_only"  # audit events hold ids and field names, no personal data
WHY_ANSWER = "answer_to_requester"  # the address the answer to the request goes to
WHY_SERVER = "server_copies"  # the server's WAL and the administrator's backups (issue 18)
WHY_TEXT = {
    WHY_FISCAL: N_("Kept for the fiscal retention duty (art. 52 AWR) until {until}, then removed."),
    WHY_PROOF: N_("Kept without personal data, as proof that the request was handled."),
    WHY_MARKER: N_("An empty record marked as erased, so its number is never reused."),
    WHY_AUDIT: N_("The audit trail holds record numbers and field names only."),
    WHY_ANSWER: N_(
        "Kept with your name and address: to send you this answer, and as proof that the "
        "request was handled."
    ),
    WHY_SERVER: N_(
        "The removed data can still be in the database server's write-ahead log and in the "
        "administrator's backups of the server until {until}; SOOSR Desk no longer shows it."
    ),
}

_CONTACT_BLANK: dict[str, object] = {
    "first_name": "",
    "last_name": "",
    "gender": "",
    "job_title": "",
    "company": None,
    "street": "",
    "postcode": "",
    "city": "",
    "country": "",
    "phone": "",
    "email": "",
    "signing_authority": "",
    "location": "",
    "source": "manual",
    "relation": "lead",
    "language": "nl",
    "last_activity": None,
    "restricted": False,
    "restricted_since": None,
    "restricted_reason": "",
    "objected_marketing": False,
    "objected_on": None,
    "legal_hold": False,
    "legal_hold_reason": "",
    "legal_hold_since": None,
    "sort_name": "",
    "search_text": "",
}
_REQUEST_BLANK: dict[str, str] = {
    name: ""
    for name in (
        "description",
        "requester_name",
        "requester_email",
        "requester_phone",
        "requester_street",
        "requester_postcode",
        "requester_city",
        "requester_country",
        "outcome_note",
        "extension_reason",
        "refusal_reason",
    )
}
_REQUESTER_ADDRESS = (
    "requester_name",
    "requester_email",
    "requester_street",
    "requester_postcode",
    "requester_city",
    "requester_country",
)
_FINANCIAL_FIELDS = [
    "amount_cents",
    "billed_to",
    "company",
    "contact",
    "description",
    "number",
    "record_date",
]


def _filled(value: object, blank: object) -> bool:
    return value != blank and value not in (None, "", b"")


def erase_rows(
    contact: models.Contact,
    request_id: int | None,
    keep_requester: bool,
    today: dt.date,
    now: dt.datetime,
    gone_files: list[str],
) -> tuple[dict, dict]:
    removed: dict[str, dict] = {}
    kept: dict[str, dict] = {}
    cid = contact.id

    def add(target: dict, table: str, rows: int, **extra) -> None:
        if rows:
            target[table] = {"rows": rows, **extra}

    if not contact.erased:
        changed = sorted(
            name
            for name, blank in _CONTACT_BLANK.items()
            if _filled(getattr(contact, "company_id" if name == "company" else name), blank)
        )
        if contact.received_on != today:
            changed.append("received_on")
        models.Contact.update(
            **_CONTACT_BLANK,
            received_on=today,
            erased=True,
            erased_on=today,
            updated_at=stamps.touch(contact, now),
        ).where(models.Contact.id == cid).execute()
        add(removed, "contact", 1, fields=sorted(changed))
    add(kept, "contact", 1, why=WHY_MARKER, fields=["erased", "erased_on", "id"])

    n = models.ContactNote.delete().where(models.ContactNote.contact == cid).execute()
    add(removed, "contact_note", n, fields=["author", "noted_at", "text"])
    # an import's copy of the values it replaced, and the id among those an import added:
    # the batch can no longer be undone, and nothing ties the person to its origin
    models.ImportBatchContact.delete().where(models.ImportBatchContact.contact == cid).execute()
    _out_of_import_ranges(cid)
    n = models.Consent.delete().where(models.Consent.contact == cid).execute()
    add(
        removed,
        "consent",
        n,
        fields=[
            "activity",
            "evidence",
            "given_on",
            "purpose",
            "withdrawal_evidence",
            "withdrawn_on",
        ],
    )

    rr = models.RightsRequest
    where = rr.contact == cid
    if request_id is not None:
        where = where | (rr.id == request_id)
    requests = list(rr.select().where(where))
    ids = [r.id for r in requests]
    fields = set()
    for r in requests:
        blank = dict(_REQUEST_BLANK)
        if keep_requester and r.id == request_id:
            for name in _REQUESTER_ADDRESS:
                del blank[name]
        fields |= {k for k, b in blank.items() if _filled(getattr(r, k), b)}
        rr.update(**blank, updated_at=stamps.touch(r, now)).where(rr.id == r.id).execute()
    if ids:
        if fields:
            add(removed, "rights_request", len(ids), fields=sorted(fields))
        proof = [
            "channel",
            "deadline",
            "kind",
            "outcome",
            "received_on",
            "reference",
            "responded_on",
            "status",
        ]
        if keep_requester and request_id in ids:
            add(
                kept,
                "rights_request",
                len(ids),
                why=WHY_ANSWER,
                fields=sorted(proof + list(_REQUESTER_ADDRESS)),
            )
        else:
            add(kept, "rights_request", len(ids), why=WHY_PROOF, fields=proof)

        rc = models.RequestChange
        changes = rc.select(rc.id).where(rc.request.in_(ids))
        filled = changes.where((rc.before != "") | (rc.after != "")).count()
        total = changes.count()
        rc.update(before="", after="").where(rc.request.in_(ids)).execute()
        add(removed, "request_change", filled, fields=["after", "before"])
        add(kept, "request_change", total, why=WHY_PROOF, fields=["changed_at", "field"])

        rl = models.RequestLetter
        letters = rl.select(rl.id).where(rl.request.in_(ids))
        filled = letters.where((fn.length(rl.pdf) > 0) | rl.attachment.is_null(False)).count()
        total = letters.count()
        rl.update(pdf=b"", attachment=None).where(rl.request.in_(ids)).execute()
        add(removed, "request_letter", filled, fields=["attachment", "pdf"])
        add(
            kept,
            "request_letter",
            total,
            why=WHY_PROOF,
            fields=["created_at", "kind", "language", "sent_on"],
        )
        files = request_documents.delete_rows(ids)  # the e-mails the requests came in by
        add(removed, "request_document", len(files), fields=["file", "name", "sha256"])
        gone_files.extend(files)

    fr = models.FinancialRecord
    keep: list[tuple[int, dt.date]] = []
    drop: list[tuple[int, dt.date]] = []
    for rid, record_date in tuples(fr.select(fr.id, fr.record_date).where(fr.contact == cid)):
        until = fiscal_keep_until(record_date)
        (keep if today <= until else drop).append((rid, until))
    if drop:
        fr.delete().where(fr.id.in_([rid for rid, _ in drop])).execute()
        add(removed, "financial_record", len(drop), fields=_FINANCIAL_FIELDS)
    if keep:
        add(
            kept,
            "financial_record",
            len(keep),
            why=WHY_FISCAL,
            fields=_FINANCIAL_FIELDS,
            until=max(until for _, until in keep).isoformat(),
        )

    if contact.company_id is not None and _company_unused(contact.company_id):
        models.Company.delete().where(models.Company.id == contact.company_id).execute()
        add(removed, "company", 1, fields=["city", "kvk_number", "name", "postcode", "street"])

    ae = models.AuditEvent
    events = ae.select().where((ae.entity == "contact") & (ae.entity_id == cid)).count()
    add(kept, "audit_event", events, why=WHY_AUDIT, fields=["action", "entity_id", "fields"])
    return removed, kept


def _company_unused(company_id: int) -> bool:
    """A company (a sole trader's trade name is personal data) that no other contact,
    contract, financial record or third party of the same name uses (issue 15)."""
    company = models.Company.get_or_none(models.Company.id == company_id)
    if company is None:
        return False
    users = (
        models.Contact.select().where(models.Contact.company == company_id),
        models.Contract.select().where(models.Contract.company == company_id),
        models.FinancialRecord.select().where(models.FinancialRecord.company == company_id),
        models.ThirdParty.select().where(fn.lower(models.ThirdParty.name) == company.name.lower()),
    )
    return not any(query.exists() for query in users)


def _out_of_import_ranges(cid: int) -> None:
    """Takes the id out of the runs of ids imports added (`ImportBatchRange`): the run
    that holds it becomes the part before it and the part after it."""
    r = models.ImportBatchRange
    for span in list(r.select().where((r.first_id <= cid) & (r.last_id >= cid))):
        for first, last in ((span.first_id, cid - 1), (cid + 1, span.last_id)):
            if first <= last:
                r.create(batch=span.batch_id, first_id=first, last_id=last, stamp=span.stamp)
        span.delete_instance()
