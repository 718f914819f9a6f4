"""What the letters that answer a rights request say, and the letters kept with the request.

The facts are gathered here from the request, the person's data and the register; the
wording lives in exports.letters. A letter is kept as the version sent that day (and a
portability ZIP beside the answer); the kept letters can be written out as files."""

from __future__ import annotations

import datetime as dt
import tempfile
from dataclasses import dataclass
from pathlib import Path

from soosr_desk.exports import letters as L
from soosr_desk.exports.portability import portability_zip
from soosr_desk.rules.deadlines import response_deadline
from soosr_desk.rules.i18n import N_
from soosr_desk.services.errors import NotAllowed, NotFound
from soosr_desk.services.request_notices import _recipient_parties, concerning_activities, notices
from soosr_desk.services.requests import (
    OPEN_STATUSES,
    _get,
    _person,
    _set_status,
    changes_of,
    list_requests,
)
from soosr_desk.services.settings import get_signer
from soosr_desk.store import models as m
from soosr_desk.store import session


def _controller() -> L.Controller:
    c = m.Controller.select().first()
    lines = tuple(x for x in (c.street, c.address_extra, f"{c.postcode} {c.city}".strip()) if x)
    signer = get_signer()
    return L.Controller(c.name, lines, c.phone, c.email, c.website, c.kvk_number,
                        c.authority_name, c.authority_url or L.Controller.authority_url,
                        signer.name, signer.role)  # fmt: skip


def _en(row, name: str, language: str) -> str:
    if language == "en":
        return getattr(row, f"{name}_en", "") or getattr(row, name)
    return getattr(row, name)


CONTACT_LETTER_FIELDS = ("first_name", "last_name", "gender", "job_title", "company", "street",
                         "postcode", "city", "country", "phone", "email", "signing_authority",
                         "location", "source", "relation", "language", "received_on",
                         "last_activity")  # fmt: skip


def letter_facts(request_id: int, letter_kind: str, today: dt.date) -> L.LetterFacts:
    row = _get(request_id)
    lang = row.language if row.language in ("nl", "en") else "nl"
    address = tuple(x for x in (row.requester_name, row.requester_street,
                                f"{row.requester_postcode}  {row.requester_city}".strip(),
                                "" if row.requester_country == "NL" else row.requester_country)
                    if x)  # fmt: skip
    facts = L.LetterFacts(
        letter_kind=letter_kind, request_kind=row.kind, language=lang, controller=_controller(),
        today=today, reference=row.reference, received_on=row.received_on,
        deadline=row.deadline, requester_name=row.requester_name, address_lines=address,
        extension_reason=row.extension_reason,
        original_deadline=response_deadline(row.received_on) if row.extended else None,
        refusal_reason=row.refusal_reason, outcome_note=row.outcome_note,
    )  # fmt: skip
    contact = m.Contact.get_or_none(m.Contact.id == row.contact_id) if row.contact_id else None
    if contact is None or contact.erased:
        facts.outcome = "no_data" if row.no_contact_held or row.kind != "erasure" else "done"
    else:
        facts.outcome = "done"
        for name in CONTACT_LETTER_FIELDS:
            value = contact.company.name if name == "company" and contact.company_id else (
                "" if name == "company" else getattr(contact, name))  # fmt: skip
            if isinstance(value, dt.date):
                value = value.strftime("%d-%m-%Y")
            if value not in ("", None):
                facts.contact_fields.append((name, str(value)))
        facts.notes = [(n.noted_at, n.text) for n in
                       contact.notes.order_by(m.ContactNote.noted_at, m.ContactNote.id)]  # fmt: skip
        facts.consents = [(c.purpose, c.given_on, c.withdrawn_on)
                          for c in contact.consents.order_by(m.Consent.given_on)]  # fmt: skip
        facts.requests = [(q.reference, q.kind, q.received_on, q.status) for q in
                          contact.requests.order_by(m.RightsRequest.received_on)]  # fmt: skip
        facts.source = contact.source
        facts.restricted = contact.restricted
        facts.objected = contact.objected_marketing
        acts = concerning_activities(contact)
        for a in acts:
            cats = tuple(_en(link.category, "name", lang) for link in a.data_links)
            recips = tuple(_en(link.category, "name", lang) for link in a.recipient_links)
            retention = _en(a.retention_rule, "name", lang) if a.retention_rule_id else ""
            facts.activities.append(L.ActivityInfo(
                _en(a, "name", lang), _en(a, "purpose", lang), a.legal_basis,
                _en(a, "legitimate_interest", lang), cats, recips, retention, a.source))  # fmt: skip
            facts.automated_decisions = facts.automated_decisions or a.automated_decisions
        facts.recipients = [p.name for p in _recipient_parties(contact)]
        facts.withdrawn = [(c.purpose, c.withdrawn_on) for c in contact.consents
                           if c.withdrawn_on is not None]  # fmt: skip
    facts.changes = changes_of(row.id)
    erased = (m.ErasureRecord.select().where(m.ErasureRecord.request == row.id)
              .order_by(m.ErasureRecord.id.desc()).first())  # fmt: skip
    if erased is not None:
        facts.removed, facts.kept = _describe_erasure(erased, lang)
        facts.backups_roll_over_on = erased.backups_roll_over_on
    if row.kind == "portability" and letter_kind == "answer":
        facts.attachment_name = attachment_name(row)
    facts.notices = [L.Notice(n.recipient, n.told_on, n.impossible_reason)
                     for n in notices(row.id)]  # fmt: skip
    return facts


_TABLES = {
    "contact": ("your contact details", "uw contactgegevens"),
    "contact_note": ("notes", "notities"),
    "consent": ("consents", "toestemmingen"),
    "rights_request": ("request details", "gegevens in verzoeken"),
    "request_change": ("recorded corrections", "vastgelegde correcties"),
    "request_letter": ("letters", "brieven"),
    "request_document": ("e-mails you sent us", "e-mails die u ons stuurde"),
    "recipient_notice": ("notices to recipients", "berichten aan ontvangers"),
    "financial_record": ("invoices and payments", "facturen en betalingen"),
    "audit_event": ("entries in our log", "regels in ons logboek"),
}


def _describe_erasure(record: m.ErasureRecord, lang: str) -> tuple[list[str], list[L.KeptItem]]:
    """The erasure's record (tables, counts, reasons; never values) in the letter's words."""
    import json

    def label(table: str) -> str:
        en, nl = _TABLES.get(table, (table.replace("_", " "), table.replace("_", " ")))
        return en if lang == "en" else nl

    removed, kept = [], []
    for table, info in json.loads(record.removed or "{}").items():
        rows = info.get("rows", 0) if isinstance(info, dict) else int(info)
        if rows:
            removed.append(label(table) if table == "contact" else f"{label(table)}: {rows}")
    for table, info in json.loads(record.kept or "{}").items():
        if not isinstance(info, dict):
            continue
        until = info.get("until")
        what = label(table) if table == "contact" else f"{label(table)}: {info.get('rows', 0)}"
        kept.append(L.KeptItem(what, info.get("why", ""),
                               dt.date.fromisoformat(until) if until else None))  # fmt: skip
    return removed, kept


def attachment_name(row: m.RightsRequest) -> str:
    """The portability ZIP's file name, in the requester's language."""
    return f"{row.reference}-gegevens.zip" if row.language == "nl" else f"{row.reference}-data.zip"


def portability_data(request_id: int, today: dt.date) -> bytes:
    """Art. 20: what the person provided and what we hold on them, JSON and CSV in a ZIP."""
    row = _get(request_id)
    contact = _person(row)
    fields = {n: getattr(contact, n) for n in CONTACT_LETTER_FIELDS if n != "company"}
    fields["company"] = contact.company.name if contact.company_id else ""
    tables = {
        "contact": [fields],
        "notes": [{"noted_at": n.noted_at, "text": n.text} for n in contact.notes],
        "consents": [{"purpose": c.purpose, "given_on": c.given_on, "evidence": c.evidence,
                      "withdrawn_on": c.withdrawn_on} for c in contact.consents],
    }  # fmt: skip
    return portability_zip(tables, exported_on=today, controller=_controller().name)


# --- the letters kept with the request -------------------------------------------------------


@dataclass(frozen=True)
class LetterRow:
    id: int
    kind: str
    language: str
    created_at: dt.datetime
    sent_on: dt.date | None
    has_attachment: bool


def make_letter(request_id: int, letter_kind: str, *,
                today: dt.date | None = None) -> LetterRow:  # fmt: skip
    """Writes the letter and keeps it with the request as the version sent today. The
    answer closes the handling (responded on); an ID request waits for the proof."""
    today = today or dt.date.today()
    if letter_kind not in L.LETTER_KINDS:
        raise ValueError(letter_kind)
    row = _get(request_id)
    if row.status == "closed":
        raise NotAllowed(N_("This request is closed; it can no longer be changed."))
    unlinked = row.contact_id is None and not row.no_contact_held and row.kind != "erasure"
    if letter_kind == "answer" and unlinked:
        raise NotAllowed(N_(
            "Link the request to the contact it is about first (or record that no data "
            "is held on the requester)."))  # fmt: skip
    if letter_kind == "extension" and not row.extended:
        raise NotAllowed(N_("Extend the deadline first (with the reasons)."))
    if letter_kind == "refusal" and not row.refusal_reason:
        raise NotAllowed(N_("Write down the reasons for the refusal first."))
    facts = letter_facts(request_id, letter_kind, today)
    attachment = None
    if letter_kind == "answer" and row.kind == "portability" and row.contact_id:
        attachment = portability_data(request_id, today)
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "letter.pdf"
        L.render_letter(facts, path)
        pdf = path.read_bytes()
    with session.transaction():
        row = _get(request_id)
        letter = m.RequestLetter.create(request=row, kind=letter_kind, language=facts.language,
                                        sent_on=today, pdf=pdf, attachment=attachment)  # fmt: skip
        if letter_kind == "answer":
            row.responded_on = today
            row.outcome = "no_data" if facts.outcome == "no_data" else "done"
            _set_status(row, "answered", "letter", ["responded_on", "outcome"])
        elif letter_kind == "id_request":
            row.identity_proof_needed = True
            _set_status(row, "waiting_for_id", "letter", ["identity_proof_needed"])
        else:
            _set_status(row, row.status if row.status != "new" else "in_progress", "letter",
                        [letter_kind])  # fmt: skip
        return LetterRow(letter.id, letter.kind, letter.language, letter.created_at,
                         letter.sent_on, attachment is not None)  # fmt: skip


def letters_of(request_id: int) -> list[LetterRow]:
    rl = m.RequestLetter
    q = rl.select(rl.id, rl.kind, rl.language, rl.created_at, rl.sent_on,
                  rl.attachment.is_null(False).alias("has")).where(rl.request == request_id)  # fmt: skip
    return [LetterRow(x.id, x.kind, x.language, x.created_at, x.sent_on, bool(x.has))
            for x in q.order_by(rl.id)]  # fmt: skip


def letter_file(letter_id: int) -> tuple[str, bytes, str, bytes | None]:
    """(pdf name, pdf bytes, attachment name, attachment bytes) of a kept letter."""
    from soosr_desk.exports.safe_text import safe_filename

    letter = m.RequestLetter.get_or_none(m.RequestLetter.id == letter_id)
    if letter is None:
        raise NotFound(N_("This letter no longer exists."))
    req = letter.request
    name = safe_filename(f"{req.reference}-{letter.kind}-{letter.created_at:%Y%m%d-%H%M%S}",
                         "pdf")  # fmt: skip
    return name, bytes(letter.pdf), attachment_name(req), (
        bytes(letter.attachment) if letter.attachment is not None else None)  # fmt: skip


@dataclass(frozen=True)
class WrittenLetters:
    files: list[Path]
    without_letter: list[str]  # references of requests that have no letter yet


def write_letters(folder: Path, reference: str | None = None, *, progress=None,
                  cancelled=None, beside=None) -> WrittenLetters:  # fmt: skip
    """Writes the kept letters as PDF files (and a portability ZIP beside its letter):
    the latest letter of every open request, or every letter of the one `reference`.
    `beside(letter_id, folder)` may write one more file per letter (the e-mail draft) and
    return its path, or None."""
    from soosr_desk.exports.safe_text import atomic_write

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
                atomic_write(path, lambda tmp, content=content: tmp.write_bytes(content))
                files.append(path)
            extra = beside(letter.id, Path(folder)) if beside is not None else None
            if extra is not None:
                files.append(extra)
        if progress is not None:
            progress(i + 1, len(chosen))
    return WrittenLetters(files, without)
