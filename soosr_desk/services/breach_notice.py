"""The Art. 34 letter to the people concerned by a breach, made from the breach record.

Art. 34(2) GDPR names what the letter must hold besides a plain description: the contact
point, the likely consequences and the measures (Art. 33(3)(b)-(d)). The letter is refused
while the record lacks one of them, so it cannot say less than the law asks or more than
the record holds. Making the letter does not record that people were informed: staff
enter that date when the letters went out (a letter made is not a letter sent).
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from soosr_desk.exports.breach_letter import BreachLetter, write_breach_letter
from soosr_desk.exports.pdf_base import Letterhead
from soosr_desk.rules.breaches import Decision, reported_late
from soosr_desk.rules.i18n import N_
from soosr_desk.services import audit
from soosr_desk.services.breaches import get_breach
from soosr_desk.services.errors import NotAllowed
from soosr_desk.services.settings import get_controller
from soosr_desk.store import session

REQUIRED = {
    "description": N_("what happened"),
    "data_categories": N_("the data concerned"),
    "consequences": N_("the likely consequences"),
    "measures": N_("the measures taken"),
}
MISSING = N_(
    "The letter to the people concerned needs {parts} (Art. 34(2)). Fill them in "
    "on the breach first."
)


def missing_parts(breach_id: int) -> list[str]:
    """The N_ names of what the letter needs and the record lacks."""
    data = get_breach(breach_id)
    return [label for name, label in REQUIRED.items() if not getattr(data, name).strip()]


def make_letter(
    breach_id: int,
    language: str,
    path: Path,
    *,
    today: dt.date | None = None,
    recipient_lines: tuple[str, ...] = (),
) -> Path:
    """Writes the Art. 34 letter in `language` ("nl" or "en") to `path`. Raises NotAllowed
    (naming what is missing) while the record cannot carry the letter."""
    if language not in ("nl", "en"):
        raise ValueError(f"unknown language {language!r}")
    missing = missing_parts(breach_id)
    data = get_breach(breach_id)
    if missing:
        raise NotAllowed(MISSING, parts=", ".join(missing))
    c = get_controller()
    address = [
        line
        for line in (c.street, c.address_extra, f"{c.postcode} {c.city}".strip())
        if line.strip()
    ]
    reported = data.reported_to_authority_at
    found = data.found_at
    assert found is not None  # a saved breach always has it (validate refuses without)
    letter = BreachLetter(
        language=language,
        letterhead=Letterhead(c.name, tuple(address), c.phone, c.email),
        reference=data.reference,
        date=today or dt.date.today(),
        found_on=found.date(),
        occurred_on=data.occurred_at.date() if data.occurred_at else None,
        description=data.description,
        data_categories=data.data_categories,
        consequences=data.consequences,
        measures=data.measures,
        reported_on=reported.date() if reported else None,
        will_report=reported is None and data.report_decision == Decision.REPORT,
        late_reason=data.late_reason if reported_late(found, reported) else "",
        dpo=c.dpo.strip(),
        contact=c.email or c.phone,
        authority=c.authority_name or "Autoriteit Persoonsgegevens",
        authority_url=c.authority_url,
        recipient_lines=tuple(recipient_lines),
    )
    write_breach_letter(letter, Path(path))
    with session.transaction():
        audit.record("art34_letter", "breach", breach_id, [language])
    return Path(path)
