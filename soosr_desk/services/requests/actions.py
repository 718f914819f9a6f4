"""What a rights request does to the person's data, one action per kind (Art. 16-21 GDPR),
and refusing or closing the request.

Each action writes the audit trail (ids and field names only); a rectification keeps its
before and after in the request's own record (RequestChange)."""

from __future__ import annotations

import datetime as dt

from soosr_desk.rules.deadlines import can_extend, response_deadline
from soosr_desk.rules.i18n import N_
from soosr_desk.rules.request_outcomes import DECIDED, ErasureGround, Outcome
from soosr_desk.services import contacts as contacts_service
from soosr_desk.services import erasure
from soosr_desk.services.errors import (
    NotAllowed,
    ServiceError,
    ValidationError,
    ValidationErrors,
)
from soosr_desk.services.records import required_reason
from soosr_desk.services.requests.base import (
    RequestData,
    open_request_row,
    person_of,
    request_row,
    set_status,
    to_data,
)
from soosr_desk.services.requests.letters import make_letter
from soosr_desk.services.requests.notices import notices, recipient_parties, record_recipients
from soosr_desk.store import models, session

RECTIFIABLE = (
    "first_name",
    "last_name",
    "job_title",
    "street",
    "postcode",
    "city",
    "country",
    "phone",
    "email",
    "location",
)


def rectify(request_id: int, changes: dict[str, str], *, today: dt.date | None = None) -> None:
    """Art. 16: the edit made through the request; before and after stay in the request."""
    today = today or dt.date.today()
    unknown = set(changes) - set(RECTIFIABLE)
    if unknown:
        raise ValueError(sorted(unknown))
    with session.transaction():
        row = open_request_row(request_id)
        contact = person_of(row)
        if contact.restricted:
            raise NotAllowed(
                N_("This contact is restricted (Art. 18). Lift the restriction before editing.")
            )
        data = contacts_service.get_contact(contact.id)
        before = {k: getattr(data, k) for k in changes}
        for k, v in changes.items():
            setattr(data, k, v)
        saved = contacts_service.save_contact(data, today=today)  # validates, audits fields
        done = []
        for k in changes:
            after = getattr(saved, k)
            if after != before[k]:
                models.RequestChange.create(request=row, field=k, before=before[k], after=after)
                done.append(k)
        if not done:
            raise ServiceError(
                N_("Nothing was changed: the new values are the same as the old ones.")
            )
        row.outcome, row.outcome_reason = Outcome.RECTIFIED, ""
        record_recipients(row, contact)
        set_status(row, "in_progress", "rectify", done + ["outcome"])


def restrict(request_id: int, reason: str = "", *, today: dt.date | None = None) -> None:
    """Art. 18: the contact is kept but not processed; the flag takes effect at once."""
    with session.transaction():
        row = open_request_row(request_id)
        contact = person_of(row)
        if not contact.restricted:
            contacts_service.set_restriction(
                contact.id, True, reason or f"{row.reference}", today=today
            )
        row.outcome, row.outcome_reason = Outcome.RESTRICTED, ""
        record_recipients(row, contact)
        set_status(row, "in_progress", "restrict", ["restricted", "outcome"])


def object_to_marketing(request_id: int, *, today: dt.date | None = None) -> None:
    """Art. 21(2)-(3): objection to direct marketing is absolute; at once."""
    with session.transaction():
        row = open_request_row(request_id)
        contact = person_of(row)
        if not contact.objected_marketing:
            contacts_service.set_objection(contact.id, True, today=today)
        row.outcome, row.outcome_reason = Outcome.MARKETING_STOPPED, ""
        set_status(row, "in_progress", "object", ["objected_marketing", "outcome"])


def withdraw_consents(
    request_id: int, consent_ids: list[int] | None = None, *, today: dt.date | None = None
) -> list[int]:
    """Art. 7(3): withdraws the chosen (or every active) consent at once; history kept."""
    today = today or dt.date.today()
    with session.transaction():
        row = open_request_row(request_id)
        contact = person_of(row)
        active = [c for c in contacts_service.list_consents(contact.id) if c.active]
        chosen = [c for c in active if consent_ids is None or c.id in consent_ids]
        if not chosen:
            raise ServiceError(N_("This person has no active consent to withdraw."))
        for c in chosen:
            contacts_service.withdraw_consent(
                c.id, max(today, c.given_on), f"{row.reference}", today=today
            )
        row.outcome = Outcome.WITHDRAWN
        set_status(row, "in_progress", "withdraw_consent", ["consents", "outcome"])
        return [c.id for c in chosen]


def erase(request_id: int, *, today: dt.date | None = None) -> erasure.ErasureResult:
    """Art. 17: the person erased everywhere through the one erasure service. The parties
    to tell (Art. 19) are listed from the person's data before it goes; a legal hold
    refuses the erasure (record the refusal with `decide`)."""
    today = today or dt.date.today()
    row = open_request_row(request_id)
    contact = person_of(row)
    if contact.legal_hold:
        raise NotAllowed(
            N_(
                "This contact is under a legal hold, so the data is not erased. Record the "
                "refusal with its Art. 17(3) ground and the reasons on the Handling tab; the "
                "answer then says so."
            )
        )
    parties = recipient_parties(contact)
    # the request keeps the requester's name and address until the answer has gone out
    result = erasure.erase_contact(
        contact.id, reason="request", request_id=row.id, keep_requester=True, today=today
    )
    with session.transaction():
        row = request_row(request_id)
        row.contact = None
        row.outcome, row.outcome_reason, row.erasure_ground = Outcome.ERASED, "", ""
        for party in parties:
            models.RecipientNotice.create(request=row, third_party=party, recipient_name=party.name)
        set_status(row, "in_progress", "erase", ["contact", "outcome"])
    return result


def decide(
    request_id: int,
    outcome: str,
    reason: str,
    *,
    ground: str = "",
    activity_id: int | None = None,
    today: dt.date | None = None,
) -> RequestData:
    """Records a decided outcome with its reasons (Art. 12(4)): no change needed (Art. 16),
    erasure refused on an Art. 17(3) ground, restriction not applied (Art. 18(1)), or an
    Art. 21(1) objection to a named activity upheld (processing for it stops) or denied
    (the compelling legitimate grounds written down). The letter then says exactly this."""
    today = today or dt.date.today()
    with session.transaction():
        row = open_request_row(request_id)
        if outcome not in DECIDED.get(row.kind, ()):
            raise ValueError(f"outcome {outcome!r} for a {row.kind} request")
        contact = person_of(row)
        reason = required_reason(
            "outcome_reason",
            reason,
            5000,
            N_("Write down the reasons: the letter gives them to the requester."),
        )
        fields = ["outcome", "outcome_reason"]
        if outcome == Outcome.ERASURE_REFUSED:
            if ground not in {g.value for g in ErasureGround}:
                raise ValidationErrors(
                    [
                        ValidationError(
                            "erasure_ground",
                            N_("Choose the Art. 17(3) ground on which the data is kept."),
                        )
                    ]
                )
            row.erasure_ground = ground
            fields.append("erasure_ground")
        if row.kind == "objection":
            activity = models.ProcessingActivity.get_or_none(
                models.ProcessingActivity.id == activity_id
            )
            if activity is None:
                raise ValidationErrors(
                    [
                        ValidationError(
                            "objection_activity",
                            N_("Choose the processing activity the person objects to."),
                        )
                    ]
                )
            upheld = outcome == Outcome.OBJECTION_UPHELD
            models.ActivityObjection.create(
                contact=contact,
                activity=activity,
                request=row,
                decided_on=today,
                upheld=upheld,
                grounds=reason,
            )
            row.objection_activity = activity
            fields.append("objection_activity")
        row.outcome, row.outcome_reason = outcome, reason
        set_status(row, "in_progress", "decide", fields)
        return to_data(row)


def extend(request_id: int, reason: str, *, today: dt.date | None = None) -> RequestData:
    """Art. 12(3): once, with reasons, before the first deadline passes. The extension
    letter that tells the requester is made at once (a draft, to be marked sent within the
    first month)."""
    today = today or dt.date.today()
    reason = required_reason(
        "extension_reason",
        reason,
        2000,
        N_("Write down why more time is needed (complexity or number of requests)."),
    )
    with session.transaction():
        row = open_request_row(request_id)
        if row.extended:
            raise NotAllowed(
                N_("The deadline was already extended once; it cannot be extended again.")
            )
        if not can_extend(row.received_on, today, row.extended):
            raise NotAllowed(
                N_(
                    "The first deadline ({date}) has passed: the deadline can "
                    "only be extended within the first month."
                ),
                date=response_deadline(row.received_on),
            )
        row.extended = True
        row.extension_reason = reason
        row.extended_on = today
        row.deadline = response_deadline(row.received_on, True)
        set_status(row, "in_progress", "extend", ["extended", "extension_reason", "deadline"])
    make_letter(request_id, "extension", today=today)
    return to_data(request_row(request_id))


# --- refusing and closing ----------------------------------------------------------------------


def refuse(request_id: int, reason: str, *, today: dt.date | None = None) -> RequestData:
    """Art. 12(5): only for a manifestly unfounded or excessive request, with reasons. The
    refusal letter is made as a draft; the request is refused when it is marked sent."""
    reason = required_reason(
        "refusal_reason",
        reason,
        5000,
        N_("Write down why the request is manifestly unfounded or excessive."),
    )
    with session.transaction():
        row = open_request_row(request_id)
        row.refusal_reason = reason
        row.outcome = Outcome.REFUSED
        set_status(row, "in_progress", "refuse", ["refusal_reason", "outcome"])
    make_letter(request_id, "refusal", today=today)
    return to_data(request_row(request_id))


def close_request(request_id: int, *, today: dt.date | None = None) -> RequestData:
    """Closes an answered request; every recipient must be told or marked impossible."""
    today = today or dt.date.today()
    with session.transaction():
        row = open_request_row(request_id)
        if row.responded_on is None:
            raise NotAllowed(N_("Send the answer letter before closing the request."))
        pending = [n.recipient for n in notices(row.id) if not n.done]
        if pending:
            raise NotAllowed(
                N_(
                    "Tell every recipient of the change first (Art. 19), or write down why "
                    "that is impossible: {names}."
                ),
                names=", ".join(pending),
            )
        row.closed_on = today
        set_status(row, "closed", "close", ["status", "closed_on"])
        return to_data(row)
