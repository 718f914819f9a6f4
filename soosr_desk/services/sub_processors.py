"""Sub-processors a processor engages under a processor agreement, kept as records.

Art. 28(2): a processor engages another processor only with the controller's prior
written authorisation (specific or general, with notice of changes and a right to
object). Art. 28(4): the same duties flow down, and the processor stays fully liable.
Art. 44: a sub-processor outside the EEA is an onward transfer and needs a safeguard, so
each is checked like a recipient: country and safeguard, and the authorisation.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from dataclasses import dataclass

from soosr_desk.rules.agreements import needs_safeguard
from soosr_desk.rules.i18n import N_
from soosr_desk.rules.problem import Problem
from soosr_desk.services.contacts import check_text
from soosr_desk.services.errors import ValidationError
from soosr_desk.store import models

LIMITS = {"name": 200, "service": 2000, "safeguard": 2000}


@dataclass
class SubProcessorData:
    name: str = ""
    service: str = ""  # what it does for the processor (hosting, e-mail, ...)
    country: str = "NL"
    safeguard: str = ""
    authorised_on: dt.date | None = None  # the controller's prior authorisation (28(2))


def read(agreement_id: int) -> list[SubProcessorData]:
    sub = models.SubProcessor
    return [
        SubProcessorData(r.name, r.service, r.country, r.safeguard, r.authorised_on)
        for r in sub.select().where(sub.agreement == agreement_id).order_by(sub.id)
    ]


def validate(subs: list[SubProcessorData]) -> list[ValidationError]:
    """Trims in place; each refusal names the row (field `sub_processors`)."""
    errors = []
    for number, sub in enumerate(subs, 1):
        for name, limit in LIMITS.items():
            setattr(sub, name, getattr(sub, name).strip())
            err = check_text("sub_processors", getattr(sub, name), limit)
            if err:
                errors.append(err)
        sub.country = sub.country.strip().upper()
        if not sub.name:
            errors.append(
                ValidationError(
                    "sub_processors", N_("Sub-processor {number}: enter its name."), number=number
                )
            )
        if len(sub.country) != 2 or not sub.country.isascii() or not sub.country.isalpha():
            errors.append(
                ValidationError(
                    "sub_processors",
                    N_(
                        "Sub-processor {number}: enter the country as a two-letter code, e.g. NL or "
                        "US."
                    ),
                    number=number,
                )
            )
    return errors


def write(agreement_id: int, subs: list[SubProcessorData]) -> bool:
    """Replaces the agreement's sub-processors (inside the caller's transaction); True
    when anything changed."""
    if read(agreement_id) == subs:
        return False
    table = models.SubProcessor
    table.delete().where(table.agreement == agreement_id).execute()
    for sub in subs:
        table.create(agreement=agreement_id, **dataclasses.asdict(sub))
    return True


def problems(party: models.ThirdParty) -> list[Problem]:
    """The sub-processors under a party's agreements that need attention: outside the EEA
    without a safeguard (Art. 44-46), or engaged without a recorded authorisation
    (Art. 28(2))."""
    sub_processor, agreement = models.SubProcessor, models.ProcessorAgreement
    out: list[Problem] = []
    rows = (
        sub_processor.select()
        .join(agreement)
        .where(agreement.third_party == party.id)
        .order_by(sub_processor.id)
    )
    for sub in rows:
        if needs_safeguard(sub.country, sub.safeguard):
            out.append(
                Problem(
                    "sub_processor_safeguard",
                    N_(
                        "Sub-processor {name} processes data outside the EEA ({country}) without a "
                        "recorded safeguard (Art. 44-46)."
                    ),
                    {"name": sub.name, "country": sub.country},
                )
            )
        if sub.authorised_on is None:
            out.append(
                Problem(
                    "sub_processor_authorisation",
                    N_("Sub-processor {name} has no recorded prior authorisation (Art. 28(2))."),
                    {"name": sub.name},
                )
            )
    return out


def summary(agreement_id: int) -> str:
    """ "Name (US, safeguard)" per sub-processor, for the register's recipients sheet."""
    parts = []
    for sub in read(agreement_id):
        extra = ", ".join(x for x in (sub.country, sub.safeguard) if x)
        parts.append(f"{sub.name} ({extra})" if extra else sub.name)
    return "; ".join(parts)
