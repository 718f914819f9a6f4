"""The controller's details (printed on every letter and register) and database settings."""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass

from soosr_desk.rules import validation
from soosr_desk.rules.i18n import N_
from soosr_desk.services import audit, records
from soosr_desk.services.errors import ValidationError, ValidationErrors
from soosr_desk.services.records import check_text
from soosr_desk.store import models, session


@dataclass
class ControllerData:
    name: str = ""
    street: str = ""
    address_extra: str = ""
    postcode: str = ""
    city: str = ""
    country: str = "NL"
    phone: str = ""
    email: str = ""
    website: str = ""
    kvk_number: str = ""
    authority_name: str = ""
    authority_url: str = ""
    dpo: str = ""  # data protection officer (Art. 37-39), name and contact; "" = none


FIELDS = [f.name for f in dataclasses.fields(ControllerData)]
LIMITS = {
    "authority_url": 300,
    "email": 254,
    "phone": 40,
    "postcode": 20,
    "country": 2,
    "kvk_number": 20,
    "city": 100,
    "dpo": 500,
}


def get_controller() -> ControllerData:
    c = models.Controller.select().order_by(models.Controller.id).first()
    if c is None:
        return ControllerData()
    return ControllerData(**{f: getattr(c, f) for f in FIELDS})


def save_controller(data: ControllerData) -> ControllerData:
    data = dataclasses.replace(data, **{f: getattr(data, f).strip() for f in FIELDS})
    data.postcode = validation.normalise_postcode(data.postcode, data.country)
    errors = []
    for f in FIELDS:
        err = check_text(f, getattr(data, f), LIMITS.get(f, 200))
        if err:
            errors.append(err)
    if not data.name:
        errors.append(ValidationError("name", N_("The controller needs a name.")))
    if data.email and (problem := validation.email_problem(data.email)):
        errors.append(ValidationError("email", problem))
    if errors:
        raise ValidationErrors(errors)
    with session.transaction():
        c = models.Controller.select().order_by(models.Controller.id).first() or models.Controller(
            name=""
        )
        changed = [f for f in FIELDS if getattr(c, f) != getattr(data, f)]
        for f in FIELDS:
            setattr(c, f, getattr(data, f))
        records.touch(c)
        c.save()
        if changed:
            audit.record("update", "controller", c.id, changed)
    return data


@dataclass(frozen=True)
class Signer:
    """Who signs the letters: printed under the closing of every letter, with the role."""

    name: str = ""
    role: str = ""


SIGNER_KEYS = {"name": "signer_name", "role": "signer_role"}


def get_signer() -> Signer:
    return Signer(**{f: get_setting(key) for f, key in SIGNER_KEYS.items()})


def save_signer(signer: Signer) -> Signer:
    """Stores the signer (trimmed; the usual text checks, no BSN), audited by field name."""
    signer = Signer(signer.name.strip(), signer.role.strip())
    errors = [
        e for f, key in SIGNER_KEYS.items() if (e := check_text(key, getattr(signer, f), 200))
    ]
    if errors:
        raise ValidationErrors(errors)
    before = get_signer()
    changed = [key for f, key in SIGNER_KEYS.items() if getattr(before, f) != getattr(signer, f)]
    if changed:
        with session.transaction():
            for f, key in SIGNER_KEYS.items():
                value = getattr(signer, f)
                _put(key, value)
            audit.record("update", "setting", None, changed)
    return signer


def get_setting(key: str, default: str = "") -> str:
    s = models.Setting.get_or_none(models.Setting.key == key)
    return s.value if s else default


def _put(key: str, value: str) -> None:
    """Insert or update (ON CONFLICT: PostgreSQL has no INSERT OR REPLACE, issue 18)."""
    s = models.Setting
    s.insert(key=key, value=value).on_conflict(
        conflict_target=[s.key], update={s.value: value}
    ).execute()


def set_setting(key: str, value: str) -> None:
    with session.transaction():
        _put(key, value)
