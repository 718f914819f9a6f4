"""The problems a person must act on: the dashboard shows them, `soosr-desk check` prints
them. Each area lists its own problems; `CHECKS` is the list of them, most urgent first.
No service imports this module: it sits on top of the areas it asks."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path

from soosr_desk.rules.activities import activity_problems
from soosr_desk.rules.i18n import N_
from soosr_desk.rules.problem import Problem
from soosr_desk.services import audit, backups
from soosr_desk.services.activities import disclosure_problems
from soosr_desk.services.breaches import breach_check_problems
from soosr_desk.services.requests import request_problems
from soosr_desk.services.retention import due_problems
from soosr_desk.services.statement import statement_problems
from soosr_desk.services.third_parties import third_party_problems
from soosr_desk.store import engine, models, session


def database_problems(today: dt.date) -> list[Problem]:
    problems = []
    if not engine.quick_check(session.database()):
        problems.append(
            Problem(
                "database_damaged",
                N_("The database file is damaged."),
                area="database",
                urgent=True,
            )
        )
    report = audit.verify_chain()
    if report.broken_at is not None:
        problems.append(
            Problem(
                "audit_chain_broken",
                N_("The audit trail was altered: its chain breaks at event {event}."),
                {"event": report.broken_at},
                area="database",
                record=report.broken_at,
            )
        )
    return problems + anchor_problems(Path(session.database().database))


def anchor_problems(db_path: Path) -> list[Problem]:
    """The audit chain against its anchors outside the database: the length and head the
    program last saw (data folder), and the chain inside every backup (issue 15)."""
    found = []
    anchored = audit.anchor_problem(db_path)
    if anchored is not None:
        found.append(
            Problem("audit_anchor_broken", anchored[0], anchored[1], area="database", urgent=True)
        )
    for info in backups.list_backups(db_path):
        head = audit.file_head(info.path)
        differs = audit.backup_problem(info.path.name, head) if head else None
        if differs is not None:
            found.append(
                Problem(
                    "audit_differs_from_backup",
                    differs[0],
                    differs[1],
                    area="database",
                    urgent=True,
                )
            )
            break  # the oldest changed part shows in the newest backup already
    return found


def register_problems(today: dt.date) -> list[Problem]:
    out = []
    activity = models.ProcessingActivity
    for a in activity.select().order_by(activity.sort_order):
        for p in activity_problems(a.legal_basis, a.legitimate_interest, a.last_reviewed, today):
            out.append(p.at("register", a.id, a.name))
    return out


def _breaches(today: dt.date) -> list[Problem]:
    return breach_check_problems()  # the 72-hour clock runs on the time of day, not on today


# the most urgent first: the database itself, the 72-hour breach clock, then the requests'
# deadlines
CHECKS: tuple[Callable[[dt.date], list[Problem]], ...] = (
    database_problems,
    _breaches,
    request_problems,
    due_problems,
    register_problems,
    disclosure_problems,
    statement_problems,
    third_party_problems,
)


def all_problems(today: dt.date) -> list[Problem]:
    return [problem for check in CHECKS for problem in check(today)]
