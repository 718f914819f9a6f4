"""The register of processing activities (Art. 30(1) GDPR): reading and editing it, and
the editable lists of categories it chooses from."""

from __future__ import annotations

import dataclasses
import datetime as dt
from dataclasses import dataclass, field

from peewee import fn

from soosr_desk.rules import validation
from soosr_desk.rules.activities import activity_problems
from soosr_desk.rules.i18n import N_
from soosr_desk.rules.problem import Problem
from soosr_desk.rules.vocab import LegalBasis
from soosr_desk.services import audit
from soosr_desk.services.errors import (
    NotFound,
    ServiceError,
    ValidationError,
    ValidationErrors,
)
from soosr_desk.services.records import check_text, copy_fields, row_for_update, touch
from soosr_desk.store import models, session


@dataclass
class ActivityData:
    id: int | None = None
    name: str = ""
    name_en: str = ""
    purpose: str = ""
    purpose_en: str = ""
    legal_basis: str = LegalBasis.CONTRACT.value
    legitimate_interest: str = ""
    legitimate_interest_en: str = ""
    third_country_transfer: bool = False
    transfer_safeguard: str = ""
    retention_rule_id: int | None = None
    retention_note: str = ""
    security_measures: str = ""
    source: str = ""
    automated_decisions: bool = False
    automated_decisions_note: str = ""
    owner: str = ""
    last_reviewed: dt.date | None = None
    source_en: str = ""  # the English texts the letters print (issue 14)
    retention_note_en: str = ""
    consent_too: bool = False  # consent for those the basis does not cover (Art. 6(1)(a))
    joint_controllers: str = ""  # Art. 26 and 30(1)(a); "" = none
    subject_ids: list[int] = field(default_factory=list)
    data_ids: list[int] = field(default_factory=list)
    recipient_ids: list[int] = field(default_factory=list)
    updated_at: dt.datetime | None = None


TEXT_LIMITS = {
    "name": 200,
    "name_en": 200,
    "purpose": 5000,
    "purpose_en": 5000,
    "legitimate_interest": 2000,
    "legitimate_interest_en": 2000,
    "transfer_safeguard": 2000,
    "retention_note": 2000,
    "security_measures": 5000,
    "source": 2000,
    "automated_decisions_note": 2000,
    "owner": 200,
    "source_en": 2000,
    "retention_note_en": 2000,
    "joint_controllers": 2000,
}
_PLAIN = [
    f.name
    for f in dataclasses.fields(ActivityData)
    if f.name
    not in ("id", "subject_ids", "data_ids", "recipient_ids", "updated_at", "retention_rule_id")
]


@dataclass(frozen=True)
class ActivityRow:
    id: int
    name: str
    legal_basis: str
    owner: str
    last_reviewed: dt.date | None
    problems: tuple[str, ...]  # N_ messages


@dataclass(frozen=True)
class Choice:
    id: int
    name: str


def list_activities(today: dt.date | None = None) -> list[ActivityRow]:
    today = today or dt.date.today()
    a = models.ProcessingActivity
    return [
        ActivityRow(
            x.id,
            x.name,
            x.legal_basis,
            x.owner,
            x.last_reviewed,
            tuple(
                p.message
                for p in activity_problems(
                    x.legal_basis, x.legitimate_interest, x.last_reviewed, today
                )
            ),
        )
        for x in a.select().order_by(a.sort_order, a.id)
    ]


def _links(model, column, activity_id: int) -> list[int]:
    q = model.select(getattr(model, column)).where(model.activity == activity_id)
    return sorted(r[0] for r in q.tuples())


def get_activity(activity_id: int) -> ActivityData:
    a = models.ProcessingActivity.get_or_none(models.ProcessingActivity.id == activity_id)
    if a is None:
        raise NotFound(N_("This processing activity no longer exists."))
    return ActivityData(
        id=a.id,
        retention_rule_id=a.retention_rule_id,
        subject_ids=_links(models.ActivitySubjectCategory, "category", a.id),
        data_ids=_links(models.ActivityDataCategory, "category", a.id),
        recipient_ids=_links(models.ActivityRecipientCategory, "category", a.id),
        updated_at=a.updated_at,
        **{name: getattr(a, name) for name in _PLAIN},
    )


def validate(data: ActivityData, today: dt.date) -> list[ValidationError]:
    errors = []
    for name, limit in TEXT_LIMITS.items():
        setattr(data, name, getattr(data, name).strip())
        err = check_text(name, getattr(data, name), limit)
        if err:
            errors.append(err)
    if not data.name:
        errors.append(ValidationError("name", N_("Give the activity a name.")))
    if not data.purpose:
        errors.append(ValidationError("purpose", N_("Describe the purpose (Art. 30(1)(b)).")))
    if data.legal_basis not in {c.value for c in LegalBasis}:
        errors.append(ValidationError("legal_basis", N_("Choose a value from the list.")))
    if data.third_country_transfer and not data.transfer_safeguard:
        errors.append(
            ValidationError(
                "transfer_safeguard",
                N_(
                    "A transfer outside the EEA needs a safeguard (e.g. adequacy decision or standard "
                    "contractual clauses, Art. 44-49)."
                ),
            )
        )
    if data.last_reviewed is not None:
        problem = validation.date_problem(data.last_reviewed) or validation.future_problem(
            data.last_reviewed, today
        )
        if problem:
            errors.append(ValidationError("last_reviewed", problem))
    return errors


def _set_links(model, activity_id: int, ids: list[int]) -> bool:
    current = set(_links(model, "category", activity_id))
    wanted = set(ids)
    if current == wanted:
        return False
    model.delete().where(
        (model.activity == activity_id) & model.category.not_in(list(wanted))
    ).execute()
    for cid in wanted - current:
        model.create(activity=activity_id, category=cid)
    return True


def save_activity(data: ActivityData, *, today: dt.date | None = None) -> ActivityData:
    today = today or dt.date.today()
    data = dataclasses.replace(data)
    errors = validate(data, today)
    if errors:
        raise ValidationErrors(errors)
    a = models.ProcessingActivity
    with session.transaction():
        now = dt.datetime.now().replace(microsecond=0)
        if data.id is None:
            order = (a.select(fn.MAX(a.sort_order)).scalar() or 0) + 1
            row = a.create(
                sort_order=order,
                created_at=now,
                updated_at=now,
                retention_rule=data.retention_rule_id,
                **{n: getattr(data, n) for n in _PLAIN},
            )
            changed = ["name"]
        else:
            row = row_for_update(
                a,
                data.id,
                data.updated_at,
                gone=N_("This processing activity no longer exists."),
                stale=N_(
                    "Someone changed this activity in another window since you opened "
                    "it. Your text is still in the form: copy what you need, then reload."
                ),
            )
            moved = row.retention_rule_id != data.retention_rule_id
            changed = copy_fields(row, data, _PLAIN) + (["retention_rule"] if moved else [])
            row.retention_rule = data.retention_rule_id
        for model, ids, label in (
            (models.ActivitySubjectCategory, data.subject_ids, "subjects"),
            (models.ActivityDataCategory, data.data_ids, "data"),
            (models.ActivityRecipientCategory, data.recipient_ids, "recipients"),
        ):
            if _set_links(model, row.id, ids):
                changed.append(label)
        if changed or data.id is None:
            touch(row, now)
            row.save()
            audit.record("create" if data.id is None else "update", "activity", row.id, changed)
        return get_activity(row.id)


def mark_reviewed(activity_id: int, today: dt.date | None = None) -> ActivityData:
    data = get_activity(activity_id)
    data.last_reviewed = today or dt.date.today()
    return save_activity(data, today=today)


def delete_activity(activity_id: int) -> None:
    a = models.ProcessingActivity
    with session.transaction():
        row = a.get_or_none(a.id == activity_id)
        if row is None:
            return
        if models.Consent.select().where(models.Consent.activity == row).exists():
            raise ServiceError(N_("Consents refer to this activity; it cannot be deleted."))
        row.delete_instance(recursive=False)
        audit.record("delete", "activity", activity_id, [])


# --- the lists an activity chooses from -------------------------------------------------

_LISTS: dict[
    str, type[models.DataSubjectCategory | models.PersonalDataCategory | models.RecipientCategory]
] = {
    "subjects": models.DataSubjectCategory,
    "data": models.PersonalDataCategory,
    "recipients": models.RecipientCategory,
}


def choices(kind: str) -> list[Choice]:
    """Categories of data subjects ("subjects"), of personal data ("data") or recipient
    categories ("recipients"), in their order."""
    model = _LISTS[kind]
    return [Choice(x.id, x.name) for x in model.select().order_by(model.sort_order, model.id)]


def add_choice(kind: str, name: str) -> Choice:
    """Adds a category to an editable list (recipient categories are edited with the
    third parties; here only subjects and data)."""
    if kind not in ("subjects", "data"):
        raise ValueError(kind)
    model = _LISTS[kind]
    name = name.strip()
    err = check_text("name", name, 200)
    if err:
        raise ValidationErrors([err])
    if not name:
        raise ValidationErrors([ValidationError("name", N_("Enter a name."))])
    with session.transaction():
        existing = model.get_or_none(fn.lower(model.name) == name.lower())
        if existing:
            return Choice(existing.id, existing.name)
        order = (model.select(fn.MAX(model.sort_order)).scalar() or 0) + 1
        row = model.create(name=name, sort_order=order)
        audit.record("create", model._meta.table_name, row.id, ["name"])
        return Choice(row.id, row.name)


def retention_rules() -> list[Choice]:
    r = models.RetentionRule
    return [Choice(x.id, x.name) for x in r.select().order_by(r.sort_order)]


def disclosure_problems(today: dt.date) -> list[Problem]:
    """Every disclosure belongs to an activity (Art. 30(1)(b), (d)): a recipient category
    that no activity names is data shared for no recorded purpose (the seed's references
    were such a category until issue 14)."""
    category, link = models.RecipientCategory, models.ActivityRecipientCategory
    linked = link.select(link.category)
    rows = category.select().where(category.id.not_in(linked)).order_by(category.sort_order)
    return [
        Problem(
            "recipients_without_activity",
            N_(
                "No processing activity names this category of recipients: link it to the activity "
                "it serves, or remove it (Art. 30(1)(d))."
            ),
            {},
        ).at("register", None, row.name)
        for row in rows
    ]
