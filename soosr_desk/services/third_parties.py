"""Third parties that receive personal data: who they are, what they receive, and what
needs attention (a processor's agreement, a country outside the EEA). The processor
agreements themselves live in services/agreements.py."""

from __future__ import annotations

import dataclasses
import datetime as dt
from dataclasses import dataclass, field

from peewee import JOIN

from soosr_desk.rules import validation
from soosr_desk.rules.agreements import (
    AgreementStatus,
    RecipientRole,
    agreement_problems,
    effective_status,
    is_complete,
    transfer_problems,
)
from soosr_desk.rules.i18n import N_
from soosr_desk.rules.problem import Problem
from soosr_desk.services import audit, document_messages, sub_processors
from soosr_desk.services.agreements import (
    STATUS_LABELS,
    DocumentState,
    document_state,
)
from soosr_desk.services.contacts import check_text
from soosr_desk.services.document_messages import AGREEMENT_PROBLEMS
from soosr_desk.services.errors import (
    NotFound,
    ServiceError,
    ValidationError,
    ValidationErrors,
)
from soosr_desk.services.records import copy_fields, row_for_update, touch
from soosr_desk.services.records import now as record_now
from soosr_desk.store import models, session
from soosr_desk.store.queries import tuples

ROLE_LABELS = {
    RecipientRole.PROCESSOR: N_("Processor"),
    RecipientRole.INDEPENDENT_CONTROLLER: N_("Independent controller"),
    RecipientRole.JOINT_CONTROLLER: N_("Joint controller"),
    RecipientRole.PUBLIC_AUTHORITY: N_("Public authority"),
}
_STALE = N_(
    "Someone changed this record in another window since you opened it. "
    "Your text is still in the form: copy what you need, then reload."
)


# --- third parties ---------------------------------------------------------------------


@dataclass
class ThirdPartyData:
    id: int | None = None
    name: str = ""
    category_id: int | None = None
    role: str = RecipientRole.PROCESSOR.value
    country: str = "NL"
    safeguard: str = ""
    contact_person: str = ""
    contact_email: str = ""
    contact_phone: str = ""
    receives: str = ""
    notes: str = ""
    active: bool = True
    activity_ids: list[int] = field(default_factory=list)
    updated_at: dt.datetime | None = None


PARTY_LIMITS = {
    "name": 200,
    "safeguard": 2000,
    "contact_person": 200,
    "contact_email": 254,
    "contact_phone": 40,
    "receives": 5000,
    "notes": 10_000,
}
_PARTY_PLAIN = [
    "name",
    "role",
    "country",
    "safeguard",
    "contact_person",
    "contact_email",
    "contact_phone",
    "receives",
    "notes",
    "active",
]


@dataclass(frozen=True)
class ThirdPartyRow:
    id: int
    name: str
    category: str
    role: str
    country: str
    agreement: str  # N_ label of the agreement state
    active: bool
    problems: tuple[str, ...]  # rendered-later N_ messages (already formatted params)
    problem_items: tuple = ()


def _party_values(row: models.ThirdParty) -> ThirdPartyData:
    links = models.ThirdPartyActivity.select(models.ThirdPartyActivity.activity).where(
        models.ThirdPartyActivity.third_party == row.id
    )
    return ThirdPartyData(
        id=row.id,
        category_id=row.category_id,
        activity_ids=sorted(x[0] for x in tuples(links)),
        updated_at=row.updated_at,
        **{n: getattr(row, n) for n in _PARTY_PLAIN},
    )


def get_third_party(party_id: int) -> ThirdPartyData:
    row = models.ThirdParty.get_or_none(models.ThirdParty.id == party_id)
    if row is None:
        raise NotFound(N_("This third party no longer exists."))
    return _party_values(row)


def validate_party(data: ThirdPartyData) -> list[ValidationError]:
    errors: list[ValidationError] = []
    for name, limit in PARTY_LIMITS.items():
        setattr(data, name, getattr(data, name).strip())
        err = check_text(name, getattr(data, name), limit)
        if err:
            errors.append(err)
    if not data.name:
        errors.append(ValidationError("name", N_("Enter the organisation's name.")))
    if data.role not in {r.value for r in RecipientRole}:
        errors.append(ValidationError("role", N_("Choose a value from the list.")))
    data.country = data.country.strip().upper()
    if len(data.country) != 2 or not data.country.isascii() or not data.country.isalpha():
        errors.append(
            ValidationError(
                "country", N_("Enter the country as a two-letter code, e.g. NL, DE or US.")
            )
        )
    fields = {e.field for e in errors}
    if data.contact_email and "contact_email" not in fields:
        problem = validation.email_problem(data.contact_email)
        if problem:
            errors.append(ValidationError("contact_email", problem))
    if data.contact_phone and "contact_phone" not in fields:
        region = data.country if len(data.country) == 2 else "NL"
        problem = validation.phone_problem(data.contact_phone, region)
        if problem:
            errors.append(ValidationError("contact_phone", problem))
        else:
            data.contact_phone = validation.normalise_phone(data.contact_phone, region)
    if (
        data.category_id is not None
        and models.RecipientCategory.get_or_none(models.RecipientCategory.id == data.category_id)
        is None
    ):
        errors.append(ValidationError("category_id", N_("Choose a value from the list.")))
    return errors


def save_third_party(data: ThirdPartyData) -> ThirdPartyData:
    """Creates or updates a third party; refuses invalid fields and stale copies."""
    data = dataclasses.replace(data, activity_ids=list(data.activity_ids))
    errors = validate_party(data)
    if errors:
        raise ValidationErrors(errors)
    Party = models.ThirdParty
    with session.transaction():
        if data.id is None:
            now = record_now()
            row = Party.create(
                category=data.category_id,
                created_at=now,
                updated_at=now,
                **{n: getattr(data, n) for n in _PARTY_PLAIN},
            )
            changed = [n for n in _PARTY_PLAIN if getattr(data, n)]
        else:
            row = row_for_update(
                Party,
                data.id,
                data.updated_at,
                stale=_STALE,
                gone=N_("This third party no longer exists."),
            )
            moved = row.category_id != data.category_id
            changed = copy_fields(row, data, _PARTY_PLAIN) + (["category"] if moved else [])
            row.category = data.category_id
        link = models.ThirdPartyActivity
        current = {
            x[0] for x in tuples(link.select(link.activity).where(link.third_party == row.id))
        }
        wanted = set(data.activity_ids)
        if current != wanted:
            link.delete().where(
                (link.third_party == row.id) & link.activity.not_in(list(wanted))
            ).execute()
            for aid in sorted(wanted - current):
                link.create(third_party=row.id, activity=aid)
            changed.append("activities")
        if changed or data.id is None:
            touch(row)
            row.save()
            audit.record("create" if data.id is None else "update", "third_party", row.id, changed)
        return _party_values(row)


def delete_third_party(party_id: int) -> None:
    """Deletes a third party without agreements; one with agreements is made inactive
    instead by the user (the agreements are proof and stay)."""
    Party = models.ThirdParty
    with session.transaction():
        row = Party.get_or_none(Party.id == party_id)
        if row is None:
            return
        if row.agreements.exists():
            raise ServiceError(
                N_(
                    "This third party has processor agreements, which are kept as proof. "
                    "Untick 'Active' instead of deleting it."
                )
            )
        if (
            models.RecipientNotice.select()
            .where(models.RecipientNotice.third_party == row)
            .exists()
        ):
            raise ServiceError(
                N_(
                    "Requests record that this third party was told of a change; it cannot be "
                    "deleted. Untick 'Active' instead."
                )
            )
        row.delete_instance(recursive=True)
        audit.record("delete", "third_party", party_id, [])


def categories() -> list[tuple[int, str]]:
    c = models.RecipientCategory
    return [(x.id, x.name) for x in c.select().order_by(c.sort_order, c.id)]


def activities() -> list[tuple[int, str]]:
    a = models.ProcessingActivity
    return [(x.id, x.name) for x in a.select().order_by(a.sort_order, a.id)]


# --- what needs attention ---------------------------------------------------------------


def party_problems(party: models.ThirdParty, today: dt.date) -> list[Problem]:
    """What a person must act on for one third party (Art. 28 and Art. 44-46)."""
    out: list[Problem] = []
    if not party.active:
        return out
    out += transfer_problems(party.country, party.safeguard)
    if party.role != RecipientRole.PROCESSOR:
        return out
    out += sub_processors.problems(party)
    agreements = list(party.agreements.order_by(models.ProcessorAgreement.id))
    if not agreements:
        out.append(
            Problem("no_agreement", N_("A processor without a processor agreement (Art. 28)."))
        )
        return out
    assessed = []
    for ag in agreements:
        ticked = {i.point: i.ticked for i in ag.checklist}
        probs = agreement_problems(
            AgreementStatus(ag.status), ticked, ag.signed_on, ag.review_on, ag.expires_on, today
        )
        current = effective_status(AgreementStatus(ag.status), ag.expires_on, today)
        assessed.append(
            (current == AgreementStatus.SIGNED, is_complete(current, ticked), ag, probs)
        )
    # The agreement that counts: a signed, complete one if any; else a signed one; else the
    # newest. Older agreements superseded by a valid one are not a problem.
    assessed.sort(key=lambda x: (x[1], x[0], x[2].id), reverse=True)
    _valid, _complete, ag, probs = assessed[0]
    out += probs
    if ag.document_file:
        state = document_state(ag)
        if state != DocumentState.OK:
            out.append(
                Problem(
                    f"document_{state.value}", *document_messages.placed(AGREEMENT_PROBLEMS[state])
                )
            )
    elif ag.status == AgreementStatus.SIGNED:
        out.append(
            Problem("document_missing", N_("The signed agreement's document is not attached."))
        )
    return out


def problems_of(party_id: int, today: dt.date) -> list[Problem]:
    """`party_problems` of the third party with this id (none when it is gone)."""
    party = models.ThirdParty.get_or_none(models.ThirdParty.id == party_id)
    return [] if party is None else party_problems(party, today)


def agreement_state(party: models.ThirdParty, today: dt.date) -> str:
    """A short N_ label for the list: what stands for this party's agreement."""
    if party.role != RecipientRole.PROCESSOR:
        return N_("Not needed")
    best = None
    for ag in party.agreements:
        ticked = {i.point: i.ticked for i in ag.checklist}
        current = effective_status(AgreementStatus(ag.status), ag.expires_on, today)
        rank = (is_complete(current, ticked), current == AgreementStatus.SIGNED, ag.id)
        if best is None or rank > best[0]:
            best = (rank, current, is_complete(current, ticked))
    if best is None:
        return N_("Missing")
    if best[2]:
        return N_("Complete")
    if best[1] == AgreementStatus.SIGNED:
        return N_("Signed, checklist incomplete")
    return STATUS_LABELS[best[1]]


def list_third_parties(today: dt.date | None = None) -> list[ThirdPartyRow]:
    today = today or dt.date.today()
    Party = models.ThirdParty
    q = (
        Party.select(Party, models.RecipientCategory)
        .join(models.RecipientCategory, JOIN.LEFT_OUTER)
        .order_by(Party.name)
    )
    rows = []
    for party in q:
        problems = party_problems(party, today)
        rows.append(
            ThirdPartyRow(
                party.id,
                party.name,
                party.category.name if party.category is not None else "",
                party.role,
                party.country,
                agreement_state(party, today),
                party.active,
                tuple(p.message for p in problems),
                tuple(problems),
            )
        )
    return rows


def third_party_problems(today: dt.date) -> list[Problem]:
    """The dashboard's lines for third parties."""
    out = []
    Party = models.ThirdParty
    for party in Party.select().where(Party.active == True).order_by(Party.name):  # noqa: E712
        for p in party_problems(party, today):
            out.append(p.at("third_parties", party.id, party.name))
    return out
