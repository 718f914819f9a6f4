"""The problems a person must act on: the dashboard shows them, `soosr-desk check` prints
them. Each later area (agreements, requests, erasure, breaches) adds its checks here."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from pathlib import Path

from soosr_desk.rules.i18n import N_
from soosr_desk.rules.register import activity_problems
from soosr_desk.services import audit, backups
from soosr_desk.store import db as sqlite
from soosr_desk.store import models as m


@dataclass(frozen=True)
class Problem:
    area: str  # page that fixes it: register, third_parties, requests, contacts, breaches, database
    record: int | None  # id of the record to open
    message: str  # N_ text
    params: dict = field(default_factory=dict)
    label: str = ""  # the record's name as the office knows it (no personal data)
    urgent: bool = False  # a legal deadline has passed, or the data is at risk

    def render(self, translate=lambda s: s) -> str:
        params = {k: f"{v:%d-%m-%Y}" if isinstance(v, dt.date) else v
                  for k, v in self.params.items()}  # fmt: skip
        text = translate(self.message).format(**params)
        return f"{self.label}: {text}" if self.label else text


def database_problems() -> list[Problem]:
    problems = []
    db = m.Contact._meta.database
    if not sqlite.quick_check(db):
        problems.append(Problem("database", None, N_("The database file is damaged."),
                                urgent=True))  # fmt: skip
    report = audit.verify_chain()
    if report.broken_at is not None:
        problems.append(
            Problem(
                "database",
                report.broken_at,
                N_("The audit trail was altered: its chain breaks at event {event}."),
                {"event": report.broken_at},
            )
        )
    return problems + anchor_problems(Path(db.database))


def anchor_problems(db_path: Path) -> list[Problem]:
    """The audit chain against its anchors outside the database: the length and head the
    program last saw (data folder), and the chain inside every backup (issue 15)."""
    found = []
    anchored = audit.anchor_problem(db_path)
    if anchored is not None:
        found.append(Problem("database", None, anchored[0], anchored[1], urgent=True))
    for info in backups.list_backups(db_path):
        head = audit.file_head(info.path)
        differs = audit.backup_problem(info.path.name, head) if head else None
        if differs is not None:
            found.append(Problem("database", None, differs[0], differs[1], urgent=True))
            break  # the oldest changed part shows in the newest backup already
    return found


def register_problems(today: dt.date) -> list[Problem]:
    out = []
    for a in m.ProcessingActivity.select().order_by(m.ProcessingActivity.sort_order):
        for p in activity_problems(a.legal_basis, a.legitimate_interest, a.last_reviewed, today):
            out.append(Problem("register", a.id, p.message, label=a.name))
    return out


def all_problems(today: dt.date) -> list[Problem]:
    from soosr_desk.services.breaches import breach_check_problems
    from soosr_desk.services.requests import request_problems
    from soosr_desk.services.retention import due_problems
    from soosr_desk.services.statement import statement_problems
    from soosr_desk.services.third_parties import third_party_problems

    # the most urgent first: the 72-hour breach clock, then the requests' deadlines
    return (database_problems() + breach_check_problems() + request_problems(today)
            + due_problems(today) + register_problems(today) + statement_problems(today)
            + third_party_problems(today))  # fmt: skip
