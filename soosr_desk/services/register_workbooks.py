"""The Excel registers handed to the accountant and an auditor: one workbook per kind, or
all kinds in one, with a cover; the sheets come from services/register_sheets.py and
services/contact_sheet.py. Every user text reaches a cell through exports.xlsx, so it is
never a formula."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from soosr_desk.exports.xlsx import Cover, Sheet, WorkbookReport, write_workbook
from soosr_desk.services.contact_sheet import contacts_sheet
from soosr_desk.services.register_sheets import (
    breaches_sheet,
    recipients_sheet,
    register_sheet,
    requests_sheet,
    retention_sheet,
)
from soosr_desk.services.settings import get_controller

KINDS = ("register", "recipients", "requests", "breaches", "contacts")


def sheets_for(kind: str, today: dt.date, *, omit_restricted: bool = False) -> list[Sheet]:
    makers = {
        "register": lambda: [register_sheet(), retention_sheet()],
        "recipients": lambda: [recipients_sheet(today)],
        "requests": lambda: [requests_sheet(today)],
        "breaches": lambda: [breaches_sheet()],
        "contacts": lambda: [contacts_sheet(omit_restricted)],
    }
    if kind == "all":
        return [s for k in KINDS for s in makers[k]()]
    if kind not in makers:
        raise ValueError(f"unknown export kind {kind!r}")
    return makers[kind]()


def cover(today: dt.date) -> Cover:
    c = get_controller()
    lines = [
        c.name,
        " ".join(p for p in (c.street, c.address_extra) if p),
        " ".join(p for p in (c.postcode, c.city) if p),
        " · ".join(p for p in (c.phone, c.email) if p),
    ]
    return Cover("AVG-registers SOOSR Desk", [ln for ln in lines if ln], today)


def export(
    kind: str,
    path: Path,
    *,
    today: dt.date | None = None,
    progress=None,
    cancelled=None,
    omit_restricted: bool = False,
) -> WorkbookReport:
    """Writes the workbook for `kind` (one of KINDS or "all") to `path`, all or nothing.
    Restricted contacts go in flagged with their name and company only, or not at all
    with `omit_restricted` (Art. 18(2))."""
    today = today or dt.date.today()
    sheets = sheets_for(kind, today, omit_restricted=omit_restricted)
    return write_workbook(Path(path), sheets, cover(today), progress=progress, cancelled=cancelled)
