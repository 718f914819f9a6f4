"""The words the terminal prints for the codes of erasure and retention: a person reads
"contact person: city, company", never "contact city,company" (issue 16, item 2).

N_-marked, translated with `tr` where they are printed; an unknown code reads as itself
with spaces, so a new field is never lost from the report."""

from __future__ import annotations

from soosr_desk.rules.i18n import N_
from soosr_desk.rules.retention import RetentionRule

RULES = {
    RetentionRule.CONTACT_FORM: N_("website form, 2 years"),
    RetentionRule.CONTRACT: N_("contract ended, 3 years"),
    RetentionRule.FISCAL: N_("financial records, 7 years"),
    RetentionRule.LEGAL_HOLD: N_("legal hold"),
}

# the page of the program where a problem of `check` is fixed (services.checks.Problem.area)
AREAS = {
    "breaches": N_("Breaches"),
    "contacts": N_("Contacts"),
    "database": N_("Database"),
    "register": N_("Register"),
    "requests": N_("Requests"),
    "retention": N_("Due for erasure"),
    "third_parties": N_("Third parties & agreements"),
}

TABLES = {
    "contact": N_("contact person"),
    "contact_note": N_("notes"),
    "consent": N_("consents"),
    "rights_request": N_("requests"),
    "request_change": N_("changes to requests"),
    "request_letter": N_("letters on requests"),
    "financial_record": N_("financial records"),
    "audit_event": N_("audit trail"),
    "server_copies": N_("the database server's log and backups"),
}

FIELDS = {
    "first_name": N_("first name"),
    "last_name": N_("last name"),
    "gender": N_("gender"),
    "job_title": N_("job title"),
    "company": N_("company"),
    "street": N_("street"),
    "postcode": N_("postcode"),
    "city": N_("city"),
    "country": N_("country"),
    "phone": N_("telephone"),
    "email": N_("e-mail"),
    "signing_authority": N_("signing authority"),
    "location": N_("location"),
    "source": N_("source"),
    "relation": N_("relation"),
    "language": N_("language"),
    "last_activity": N_("last contact"),
    "received_on": N_("date received"),
    "restricted": N_("restriction"),
    "restricted_since": N_("restricted since"),
    "restricted_reason": N_("reason for restriction"),
    "objected_marketing": N_("objection to direct marketing"),
    "objected_on": N_("objected on"),
    "legal_hold": N_("legal hold"),
    "legal_hold_reason": N_("reason for legal hold"),
    "legal_hold_since": N_("legal hold since"),
    "sort_name": N_("sort name"),
    "search_text": N_("search text"),
    "erased": N_("erased mark"),
    "erased_on": N_("erasure date"),
    "id": N_("number"),
    "author": N_("author"),
    "noted_at": N_("date of the note"),
    "text": N_("text"),
    "activity": N_("processing activity"),
    "evidence": N_("evidence"),
    "given_on": N_("given on"),
    "purpose": N_("purpose"),
    "withdrawal_evidence": N_("evidence of withdrawal"),
    "withdrawn_on": N_("withdrawn on"),
    "description": N_("description"),
    "requester_name": N_("requester's name"),
    "requester_email": N_("requester's e-mail"),
    "requester_phone": N_("requester's telephone"),
    "requester_street": N_("requester's street"),
    "requester_postcode": N_("requester's postcode"),
    "requester_city": N_("requester's city"),
    "requester_country": N_("requester's country"),
    "outcome_note": N_("note on the outcome"),
    "extension_reason": N_("reason for extension"),
    "refusal_reason": N_("reason for refusal"),
    "channel": N_("channel"),
    "deadline": N_("deadline"),
    "kind": N_("kind"),
    "outcome": N_("outcome"),
    "reference": N_("reference"),
    "responded_on": N_("answered on"),
    "status": N_("status"),
    "after": N_("new value"),
    "before": N_("old value"),
    "changed_at": N_("changed on"),
    "field": N_("field name"),
    "attachment": N_("attachment"),
    "pdf": N_("letter (PDF)"),
    "created_at": N_("created on"),
    "sent_on": N_("sent on"),
    "amount_cents": N_("amount"),
    "billed_to": N_("billed to"),
    "contact": N_("contact person"),
    "number": N_("invoice number"),
    "record_date": N_("date"),
    "action": N_("action"),
    "entity_id": N_("record number"),
    "fields": N_("field names"),
}


def word(table: dict, code: str, tr) -> str:
    """The translated word for `code`; an unknown code with its underscores as spaces."""
    text = table.get(code)
    return tr(text) if text else code.replace("_", " ")
