"""The facts a letter to a requester states, gathered from the request, the person's data,
the register and the erasure record: nothing that the records do not show (issue 14).

`answer_outcome` says what the answer may say, from the records: "erased" only when an
erasure record of this request exists, a negative outcome only with its reasons; otherwise
the answer cannot be made yet (NotAllowed says what to do first)."""

from __future__ import annotations

import datetime as dt
import json

from soosr_desk.exports import letter_facts as letter_data
from soosr_desk.exports.portability import portability_zip
from soosr_desk.rules.agreements import is_in_eea
from soosr_desk.rules.deadlines import response_deadline
from soosr_desk.rules.i18n import N_
from soosr_desk.rules.request_outcomes import Outcome
from soosr_desk.rules.retention import fiscal_keep_until
from soosr_desk.services.concerning import concerning_activities
from soosr_desk.services.errors import NotAllowed
from soosr_desk.services.register_links import categories_by_activity, register_text
from soosr_desk.services.requests.base import NEEDS_NOTICES, NOT_LINKED, changes_of, person_of
from soosr_desk.services.requests.notices import notices, parties_of_activities
from soosr_desk.services.retention import applied_rule, facts_of
from soosr_desk.services.settings import get_signer
from soosr_desk.services.transfers import abroad_by_activity
from soosr_desk.store import models

CONTACT_LETTER_FIELDS = (
    "first_name",
    "last_name",
    "gender",
    "job_title",
    "company",
    "street",
    "postcode",
    "city",
    "country",
    "phone",
    "email",
    "signing_authority",
    "location",
    "source",
    "relation",
    "language",
    "received_on",
    "last_activity",
)
# what an erasure keeps without personal data: one sentence in the letter, not the table
_NO_PERSONAL_DATA = frozenset({"erased_marker", "ids_only", "proof_of_handling"})
# the server's WAL and backups (issue 18): the letter's backup sentence says it, same date
_SAID_WITH_BACKUPS = frozenset({"server_copies"})
_FIRST = {
    "erasure": N_("Erase the person first, or record why the erasure is refused (Art. 17(3))."),
    "rectification": N_(
        "Apply the corrections first, or record with reasons that no change is needed."
    ),
    "restriction": N_(
        "Restrict the processing first, or record with reasons why it is not restricted."
    ),
    "objection": N_(
        "Record the objection to direct marketing, or decide the objection to "
        "the activity with reasons, first."
    ),
    "withdrawal": N_("Withdraw the consent first."),
}


def controller() -> letter_data.Controller:
    c = models.Controller.select().first()
    lines = tuple(x for x in (c.street, c.address_extra, f"{c.postcode} {c.city}".strip()) if x)
    signer = get_signer()
    return letter_data.Controller(
        c.name,
        lines,
        c.phone,
        c.email,
        c.website,
        c.kvk_number,
        c.authority_name,
        c.authority_url or letter_data.Controller.authority_url,
        signer.name,
        signer.role,
    )


def _live(row: models.RightsRequest) -> models.Contact | None:
    contact = (
        models.Contact.get_or_none(models.Contact.id == row.contact_id) if row.contact_id else None
    )
    return None if contact is None or contact.erased else contact


def answer_outcome(row: models.RightsRequest) -> str:
    """The outcome the answer states, as the records show it; NotAllowed while there is
    none yet."""
    erased = models.ErasureRecord.select().where(models.ErasureRecord.request == row.id).exists()
    return _outcome(row, _live(row), erased)


def _outcome(row: models.RightsRequest, contact: models.Contact | None, erased: bool) -> str:
    """`answer_outcome` from the person (None when erased or not linked) and whether an
    erasure record of the request exists, which the letter reads anyway."""
    if row.kind == "erasure" and erased:
        return Outcome.ERASED
    recorded = row.outcome
    decided = recorded in (
        Outcome.NOT_NEEDED,
        Outcome.NOT_RESTRICTED,
        Outcome.ERASURE_REFUSED,
        Outcome.OBJECTION_DENIED,
        Outcome.OBJECTION_UPHELD,
    )
    if decided and row.outcome_reason and contact is not None:
        return recorded
    if contact is None:
        if row.no_contact_held:
            return Outcome.NO_DATA
        raise NotAllowed(_FIRST.get(row.kind, NOT_LINKED) if row.contact_id else NOT_LINKED)
    shown = _shown(row, contact)
    if shown is None:
        raise NotAllowed(_FIRST.get(row.kind, NOT_LINKED))
    return shown


def _shown(row: models.RightsRequest, contact: models.Contact) -> str | None:
    """The outcome the person's records show for the request's kind; None when they show
    none yet. Reads only what that kind needs."""
    recorded = row.outcome
    if row.kind in ("access", "portability"):
        return Outcome.DONE
    if row.kind == "rectification":
        return Outcome.RECTIFIED if changes_of(row.id) else None
    if row.kind == "restriction":
        return Outcome.RESTRICTED if contact.restricted else None
    if row.kind == "objection":
        stopped = recorded == Outcome.MARKETING_STOPPED and contact.objected_marketing
        return Outcome.MARKETING_STOPPED if stopped else None
    if row.kind == "withdrawal":
        if recorded == Outcome.WITHDRAWN:
            return Outcome.WITHDRAWN
        return Outcome.DONE if not _active_consents(contact) else None
    return None


def _active_consents(contact: models.Contact) -> int:
    c = models.Consent
    return c.select().where((c.contact == contact.id) & c.withdrawn_on.is_null()).count()


def letter_facts(request_id: int, letter_kind: str, today: dt.date) -> letter_data.LetterFacts:
    row = models.RightsRequest.get_by_id(request_id)
    lang = row.language if row.language in ("nl", "en") else "nl"
    address = tuple(
        x
        for x in (
            row.requester_name,
            row.requester_street,
            f"{row.requester_postcode}  {row.requester_city}".strip(),
            "" if row.requester_country == "NL" else row.requester_country,
        )
        if x
    )
    facts = letter_data.LetterFacts(
        letter_kind=letter_kind,
        request_kind=row.kind,
        language=lang,
        controller=controller(),
        today=today,
        reference=row.reference,
        received_on=row.received_on,
        deadline=row.deadline,
        requester_name=row.requester_name,
        address_lines=address,
        extension_reason=row.extension_reason,
        original_deadline=response_deadline(row.received_on) if row.extended else None,
        refusal_reason=row.refusal_reason,
        outcome_note=row.outcome_note,
        outcome_reason=row.outcome_reason,
        erasure_ground=row.erasure_ground,
        id_doubt_reason=row.id_doubt_reason,
    )
    if letter_kind != "answer":
        return facts
    contact = _live(row)
    erased = (
        models.ErasureRecord.select()
        .where(models.ErasureRecord.request == row.id)
        .order_by(models.ErasureRecord.id.desc())
        .first()
    )
    facts.outcome = _outcome(row, contact, erased is not None)
    if row.objection_activity_id:
        facts.objection_activity = register_text(
            row.objection_activity, "name", lang, facts.dutch_only
        )
    if contact is not None:
        _person_facts(facts, contact, lang)
    facts.changes = changes_of(row.id)
    if erased is not None:
        facts.removed, facts.kept = _describe_erasure(erased, lang)
        facts.kept_proof = True
        facts.backups_roll_over_on = erased.backups_roll_over_on
    if row.kind == "withdrawal":  # only what this request withdrew (its reference as evidence)
        c = models.Consent
        facts.withdrawn = [
            (x.purpose, x.withdrawn_on)
            for x in c.select().where(
                (c.withdrawal_evidence == row.reference) & c.withdrawn_on.is_null(False)
            )
            if x.withdrawn_on is not None
        ]  # the query's filter, for the checker
    if row.kind == "portability":
        facts.attachment_name = attachment_name(row)
    if row.kind in NEEDS_NOTICES:
        facts.notices = [
            letter_data.Notice(n.recipient, n.told_on, n.impossible_reason) for n in notices(row.id)
        ]
    return facts


def _person_facts(facts: letter_data.LetterFacts, contact: models.Contact, lang: str) -> None:
    """Everything held on the person (Art. 15(1) and (3)) and what concerns them."""
    for name in CONTACT_LETTER_FIELDS:
        value = (
            contact.company.name
            if name == "company" and contact.company is not None
            else ("" if name == "company" else getattr(contact, name))
        )
        if isinstance(value, dt.date):
            value = value.strftime("%d-%m-%Y")
        if value not in ("", None):
            facts.contact_fields.append((name, str(value)))
    facts.notes = [
        (n.noted_at, n.text)
        for n in contact.notes.order_by(models.ContactNote.noted_at, models.ContactNote.id)
    ]
    consents = list(contact.consents.order_by(models.Consent.given_on, models.Consent.id))
    facts.consents = [(c.purpose, c.given_on, c.withdrawn_on) for c in consents]
    facts.consent_evidence = [
        (c.purpose, c.evidence, c.withdrawal_evidence)
        for c in consents
        if c.evidence or c.withdrawal_evidence
    ]
    facts.withdrawn = [(c.purpose, c.withdrawn_on) for c in consents if c.withdrawn_on]
    facts.requests = [
        (q.reference, q.kind, q.received_on, q.status)
        for q in contact.requests.order_by(models.RightsRequest.received_on)
    ]
    fr = models.FinancialRecord
    facts.financial = [
        letter_data.FinancialItem(
            r.number, r.record_date, r.amount_cents, r.description, fiscal_keep_until(r.record_date)
        )
        for r in fr.select().where(fr.contact == contact.id).order_by(fr.record_date, fr.id)
    ]
    facts.source = contact.source
    facts.restricted, facts.restricted_reason = contact.restricted, contact.restricted_reason
    facts.objected, facts.objected_on = contact.objected_marketing, contact.objected_on
    facts.legal_hold, facts.legal_hold_reason = contact.legal_hold, contact.legal_hold_reason
    acts = concerning_activities(contact)
    ids = [a.id for a in acts]
    # per activity by category id: the order SQLite read one activity's links in before
    # (through the unique (activity, category) index), and now both engines do
    data, recipient = models.PersonalDataCategory, models.RecipientCategory
    data_links = categories_by_activity(models.ActivityDataCategory, data, (data.id,), ids)
    recipient_links = categories_by_activity(
        models.ActivityRecipientCategory, recipient, (recipient.id,), ids
    )
    rr = models.RetentionRule
    rules = {
        r.id: r for r in rr.select().where(rr.id.in_({a.retention_rule_id for a in acts} - {None}))
    }
    for a in acts:
        cats = tuple(
            register_text(c, "name", lang, facts.dutch_only) for c in data_links.get(a.id, ())
        )
        recips = tuple(
            register_text(c, "name", lang, facts.dutch_only) for c in recipient_links.get(a.id, ())
        )
        rule = rules.get(a.retention_rule_id) if a.retention_rule_id is not None else None
        retention = register_text(rule, "name", lang, facts.dutch_only) if rule else ""
        facts.activities.append(
            letter_data.ActivityInfo(
                register_text(a, "name", lang, facts.dutch_only),
                register_text(a, "purpose", lang, facts.dutch_only),
                a.legal_basis,
                register_text(a, "legitimate_interest", lang, facts.dutch_only),
                cats,
                recips,
                retention,
                register_text(a, "source", lang, facts.dutch_only),
            )
        )
        facts.automated_decisions = facts.automated_decisions or a.automated_decisions
    parties = parties_of_activities(ids)
    named = {p.category_id for p in parties}
    for a in acts:
        for category in recipient_links.get(a.id, ()):
            name = register_text(category, "name", lang, facts.dutch_only)
            if category.id not in named and name not in facts.recipient_categories_unnamed:
                facts.recipient_categories_unnamed.append(name)
    facts.recipients = [p.name for p in parties]
    facts.recipient_parties = [
        letter_data.RecipientInfo(p.name, p.country, not is_in_eea(p.country), p.safeguard)
        for p in parties
    ]
    facts.transfers = _transfers(acts)
    applied = applied_rule(facts_of(contact))
    decision = applied.decision
    facts.retention_code = decision.reason_code
    facts.retention_rule = (
        register_text(applied, "name", lang, facts.dutch_only),
        register_text(applied, "description", lang, facts.dutch_only),
    )
    start = decision.params.get("date")
    facts.retention_date = start if isinstance(start, dt.date) else None
    facts.erase_after = decision.erase_after


def _transfers(acts: list[models.ProcessingActivity]) -> list[letter_data.RecipientInfo]:
    """Art. 15(2): every transfer outside the EEA of this person's data, the parties'
    own and their sub-processors' (onward transfers), as services.transfers reads them
    for the activities that concern the person; a party without a safeguard of its own
    falls under the activity's."""
    out: list[letter_data.RecipientInfo] = []
    found = abroad_by_activity(a.id for a in acts)
    for a in acts:
        for name, country, safeguard in found.get(a.id, ()):
            info = letter_data.RecipientInfo(
                name, country, True, safeguard or a.transfer_safeguard.strip()
            )
            if info not in out:
                out.append(info)
    return out


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


def _describe_erasure(
    record: models.ErasureRecord, lang: str
) -> tuple[list[str], list[letter_data.KeptItem]]:
    """The erasure's record (tables, counts, reasons; never values) in the letter's words:
    what was removed, and what is kept with personal data in it, each with its duty and
    end date. What is kept without personal data (an empty marker, ids in the log, the
    request's dates) is said in one sentence by the letter, not listed as "kept data"."""

    def label(table: str) -> str:
        en, nl = _TABLES.get(table, (table.replace("_", " "), table.replace("_", " ")))
        return en if lang == "en" else nl

    removed, kept = [], []
    for table, info in json.loads(record.removed or "{}").items():
        rows = info.get("rows", 0) if isinstance(info, dict) else int(info)
        if rows:
            removed.append(label(table) if table == "contact" else f"{label(table)}: {rows}")
    for table, info in json.loads(record.kept or "{}").items():
        if not isinstance(info, dict) or info.get("why") in _NO_PERSONAL_DATA | _SAID_WITH_BACKUPS:
            continue
        until = info.get("until")
        what = label(table) if table == "contact" else f"{label(table)}: {info.get('rows', 0)}"
        kept.append(
            letter_data.KeptItem(
                what, info.get("why", ""), dt.date.fromisoformat(until) if until else None
            )
        )
    return removed, kept


def attachment_name(row: models.RightsRequest) -> str:
    """The portability ZIP's file name, in the requester's language."""
    return f"{row.reference}-gegevens.zip" if row.language == "nl" else f"{row.reference}-data.zip"


def portability_data(request_id: int, today: dt.date) -> bytes:
    """Art. 20: what the person provided and what we hold on them, JSON and CSV in a ZIP."""
    row = models.RightsRequest.get_by_id(request_id)
    contact = person_of(row)
    fields = {n: getattr(contact, n) for n in CONTACT_LETTER_FIELDS if n != "company"}
    fields["company"] = contact.company.name if contact.company is not None else ""
    tables = {
        "contact": [fields],
        "notes": [{"noted_at": n.noted_at, "text": n.text} for n in contact.notes],
        "consents": [
            {
                "purpose": c.purpose,
                "given_on": c.given_on,
                "evidence": c.evidence,
                "withdrawn_on": c.withdrawn_on,
            }
            for c in contact.consents
        ],
    }
    return portability_zip(tables, exported_on=today, controller=controller().name)
