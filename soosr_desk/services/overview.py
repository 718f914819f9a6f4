"""Figures for the dashboard: what the database holds, at a glance."""

from __future__ import annotations

from dataclasses import dataclass

from peewee import fn

from soosr_desk.store import models
from soosr_desk.store.queries import tuples


@dataclass(frozen=True)
class Overview:
    contacts: int
    restricted: int
    objected: int
    companies: int
    activities: int
    third_parties: int
    open_requests: int
    breaches: int


def overview() -> Overview:
    c = models.Contact
    # one table scan, not three counts; the CAST keeps SQLite off the name index, through
    # which it would look up all 100,000 rows one by one (150 ms instead of 15 ms)
    contacts, restricted, objected = next(
        iter(
            tuples(
                c.select(
                    fn.COUNT(c.id),
                    fn.SUM(c.restricted.cast("INTEGER")),
                    fn.SUM(c.objected_marketing.cast("INTEGER")),
                ).where(c.erased.cast("INTEGER") == 0)  # CAST, not + 0: PostgreSQL too (issue 18)
            )
        )
    )
    return Overview(
        contacts=contacts,
        restricted=restricted or 0,
        objected=objected or 0,
        companies=models.Company.select().count(),
        activities=models.ProcessingActivity.select().count(),
        third_parties=models.ThirdParty.select().count(),
        open_requests=models.RightsRequest.select()
        .where(models.RightsRequest.closed_on.is_null())
        .count(),
        breaches=models.Breach.select().count(),
    )
