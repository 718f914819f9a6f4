"""What each row of a contact file becomes: a new contact, an update of the contact with
the same e-mail address, or skipped with the reason; and the cells refused on the way
(a BSN is refused in an import as everywhere: the cell is left empty)."""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Iterator
from dataclasses import dataclass, field

from soosr_desk.rules.bsn import BSN_REFUSED
from soosr_desk.rules.i18n import N_
from soosr_desk.rules.validation import email_key
from soosr_desk.rules.vocab import ContactSource, Relation
from soosr_desk.services import contacts as contacts_service
from soosr_desk.services.contacts import ContactData
from soosr_desk.services.errors import ValidationError
from soosr_desk.services.importing.mapping import country_code
from soosr_desk.services.importing.quick import QuickCheck
from soosr_desk.services.importing.table import Table
from soosr_desk.services.records import BatchMemo
from soosr_desk.store import models, session
from soosr_desk.store.queries import tuples

BSN_CELL = N_("A number that looks like a BSN was refused; this cell is left empty.")
BAD_COUNTRY = N_("Country not recognised; this cell is left empty.")
CELL_REFUSALS = (BSN_CELL, BAD_COUNTRY)  # the cell is left empty, the row is imported
NO_NAME = N_("No name in this row.")
DUPLICATE_IN_FILE = N_("The same e-mail address is on an earlier row of this file.")
EXISTS = N_("A contact with this e-mail address exists already.")
EXISTS_RESTRICTED = N_(
    "A contact with this e-mail address exists and is restricted (Art. 18); it is not changed."
)
EXISTS_TWICE = N_("Several contacts have this e-mail address; update them by hand.")
# the fields an import fills; an update changes only those the row has a value for
IMPORTED = (
    "first_name",
    "last_name",
    "job_title",
    "company_name",
    "street",
    "postcode",
    "city",
    "country",
    "phone",
    "email",
    "location",
)


@dataclass(frozen=True)
class ImportOptions:
    """For the whole batch: where the data came from and when (Art. 14(2)(f) needs the
    origin), and what to do with rows whose e-mail address a contact has already."""

    source: str = ContactSource.MANUAL.value
    relation: str = Relation.LEAD.value
    received_on: dt.date | None = None
    update_existing: bool = False


@dataclass
class RowCheck:
    number: int  # the row as the user sees it (Excel line, vCard number)
    data: ContactData
    outcome: str  # "add", "update", "skip"
    problems: list[ValidationError] = field(default_factory=list)  # all, marked in preview
    reason: ValidationError | None = None  # why skipped
    existing_id: int | None = None


def _split_full_name(full: str) -> tuple[str, str]:
    """ "Jansen, Piet" (Outlook's file-as) or "Piet Jansen"."""
    if "," in full:
        last, first = (p.strip() for p in full.split(",", 1))
        return first, last
    first, _, last = full.strip().partition(" ")
    return first, last.strip()


def existing_emails() -> dict[str, list[tuple[int, bool]]]:
    """(id, restricted) of the contacts by folded e-mail address (erased ones have none)."""
    c = models.Contact
    out: dict[str, list[tuple[int, bool]]] = {}
    query = c.select(c.id, c.email, c.restricted).where((c.erased == False) & (c.email != ""))  # noqa: E712
    with session.lock():
        for cid, email, restricted in tuples(query):
            out.setdefault(email_key(email), []).append((cid, bool(restricted)))
    return out


def _row_data(
    values: dict[str, str], options: ImportOptions, problems: list[ValidationError]
) -> ContactData:
    first, last = values.get("first_name", ""), values.get("last_name", "")
    if values.get("middle_name") and last:
        last = f"{values['middle_name']} {last}"
    if not first and not last and values.get("full_name"):
        first, last = _split_full_name(values["full_name"])
    country = "NL"
    if values.get("country"):
        code = country_code(values["country"])
        if code is None:
            problems.append(ValidationError("country", BAD_COUNTRY))
        else:
            country = code
    data = ContactData(
        first_name=first,
        last_name=last,
        country=country,
        source=options.source,
        relation=options.relation,
        received_on=options.received_on,
    )
    for name in IMPORTED:
        if name not in ("first_name", "last_name", "country") and values.get(name):
            setattr(data, name, values[name])
    return data


def check_row(
    number: int,
    cells: list[str],
    mapping: list[str],
    options: ImportOptions,
    today: dt.date,
    existing: dict[str, list[tuple[int, bool]]],
    seen: set[str],
    memo: BatchMemo | None = None,
    quick: QuickCheck | None = None,
) -> RowCheck:
    """What row `number` becomes. `seen` holds the e-mail keys of the earlier rows;
    `memo` what the earlier rows had checked (each distinct text is checked once per
    batch, see `records.BatchMemo`); `quick` passes a row with nothing wrong sooner (a
    row it does not pass gets the full check)."""
    values: dict[str, str] = {}
    for column, name in enumerate(mapping):
        if name and column < len(cells) and name not in values:
            text = cells[column].strip()
            if not text:
                continue
            # every imported field is one line (a vCard address may hold a line break);
            # a stripped text cannot end in a line break, so one line is the text itself
            lines = text.splitlines()
            values[name] = text if len(lines) == 1 else ", ".join(x.strip() for x in lines)
    problems: list[ValidationError] = []
    data = _row_data(values, options, problems)
    if quick is not None and quick.clean(data):
        errors: list[ValidationError] = []
    else:
        errors = contacts_service.validate(data, today, memo)
    bsn = [e for e in errors if e.message == BSN_REFUSED]
    if bsn:
        for e in bsn:
            setattr(data, e.field, "")
            problems.append(ValidationError(e.field, BSN_CELL))
        errors = contacts_service.validate(data, today, memo)
    problems += errors
    check = RowCheck(number, data, "add", problems)
    if errors:
        check.outcome, check.reason = "skip", errors[0]
        return check
    if not data.first_name and not data.last_name:
        check.outcome, check.reason = "skip", ValidationError("last_name", NO_NAME)
        return check
    key = email_key(data.email) if data.email else ""
    if key and key in seen:
        check.outcome, check.reason = "skip", ValidationError("email", DUPLICATE_IN_FILE)
    elif key and key in existing:
        found = existing[key]
        if len(found) > 1:
            check.outcome, check.reason = "skip", ValidationError("email", EXISTS_TWICE)
        elif not options.update_existing:
            check.outcome, check.reason = "skip", ValidationError("email", EXISTS)
            check.existing_id = found[0][0]
        elif found[0][1]:
            check.outcome, check.reason = "skip", ValidationError("email", EXISTS_RESTRICTED)
        else:
            check.outcome, check.existing_id = "update", found[0][0]
    if check.reason is not None and check.reason not in problems:
        problems.append(check.reason)
    if key:
        seen.add(key)
    return check


class BatchChecks:
    """What checking the rows of one batch keeps from row to row: the contacts' e-mail
    addresses, those of the earlier rows, the texts checked already (`BatchMemo`)."""

    def __init__(self, mapping: list[str], options: ImportOptions, today: dt.date) -> None:
        self.mapping, self.today = mapping, today
        self.options = dataclasses.replace(options, received_on=options.received_on or today)
        self.existing = existing_emails()
        self.seen: set[str] = set()
        self.memo = BatchMemo()
        self.template = _row_data({}, self.options, [])  # a row with no cell filled in
        self.quick = QuickCheck(self.template, today, self.memo)

    def check(self, number: int, cells: list[str]) -> RowCheck:
        return check_row(
            number,
            cells,
            self.mapping,
            self.options,
            self.today,
            self.existing,
            self.seen,
            self.memo,
            self.quick,
        )


def check_rows(
    table: Table,
    mapping: list[str],
    options: ImportOptions,
    today: dt.date,
    limit: int | None = None,
) -> Iterator[RowCheck]:
    """Each row checked as the import would take it (the preview shows the first ones)."""
    checks = BatchChecks(mapping, options, today)
    rows = table.rows if limit is None else table.rows[:limit]
    for number, cells in zip(table.numbers, rows, strict=False):
        yield checks.check(number, cells)
