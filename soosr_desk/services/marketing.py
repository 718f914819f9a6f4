"""The mailing list for a newsletter or invitation: only people who may receive it."""

from __future__ import annotations

from pathlib import Path

from peewee import JOIN, fn

from soosr_desk.exports.csvfile import write_csv
from soosr_desk.exports.xlsx import Column, Sheet, write_workbook
from soosr_desk.rules.marketing import may_receive_marketing
from soosr_desk.services import audit
from soosr_desk.store import models, session
from soosr_desk.store.queries import tuples


def mailing_list(purpose: str) -> list[tuple[int, str, str, str, str]]:
    """(id, first name, last name, e-mail, company) of everyone who may receive marketing
    for `purpose` (e.g. "Nieuwsbrief"), sorted by name; contacts without e-mail are left
    out."""
    c = models.Contact
    same_purpose = fn.lower(models.Consent.purpose) == purpose.strip().lower()
    active = models.Consent.select(models.Consent.contact).where(
        same_purpose & models.Consent.withdrawn_on.is_null()
    )
    consenting = {r[0] for r in tuples(active)}
    gone = models.Consent.select(models.Consent.contact).where(
        same_purpose & models.Consent.withdrawn_on.is_null(False)
    )
    withdrew = {r[0] for r in tuples(gone)}
    query = (
        c.select(
            c.id,
            c.first_name,
            c.last_name,
            c.email,
            models.Company.name,
            c.restricted,
            c.objected_marketing,
            c.erased,
            c.relation,
        )
        .join(models.Company, JOIN.LEFT_OUTER, on=(c.company == models.Company.id))
        .where(c.email != "")
        .order_by(c.sort_name, c.id)
    )
    out = []
    for cid, first, last, email, company, restricted, objected, erased, rel in tuples(query):
        if may_receive_marketing(
            restricted=bool(restricted),
            objected=bool(objected),
            erased=bool(erased),
            has_consent=cid in consenting,
            relation=rel,
            withdrew=cid in withdrew,
        ):
            out.append((cid, first, last, email, company or ""))
    return out


def recorded_purposes() -> list[str]:
    """The purposes consents have been recorded for, as typed (sorted, no duplicates)."""
    rows = list(tuples(models.Consent.select(models.Consent.purpose).distinct()))
    return sorted({r[0].strip() for r in rows if r[0].strip()}, key=str.casefold)


HEADERS = ["voornaam", "achternaam", "e-mail", "bedrijf"]


def export_mailing_list(purpose: str, path: Path) -> int:
    """Writes the list as .xlsx when `path` ends in .xlsx, else as CSV (every cell quoted,
    formula guard, BOM for Excel); returns the number of people."""
    rows = mailing_list(purpose)
    if Path(path).suffix.lower() == ".xlsx":
        sheet = Sheet(
            "Mailinglijst", [Column(h, "text", width=28) for h in HEADERS], [r[1:] for r in rows]
        )
        count = write_workbook(Path(path), [sheet], None).rows.get("Mailinglijst", len(rows))
    else:
        count = write_csv(path, HEADERS, [r[1:] for r in rows], bom=True)
    with session.transaction():
        audit.record("export_mailing_list", "contact", None, ["email"])
    return count
