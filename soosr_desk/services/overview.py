"""Figures for the dashboard: what the database holds, at a glance."""

from __future__ import annotations

from dataclasses import dataclass

from soosr_desk.store import models as m


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
    c = m.Contact
    live = c.erased == False  # noqa: E712
    return Overview(
        contacts=c.select().where(live).count(),
        restricted=c.select().where(live & (c.restricted == True)).count(),  # noqa: E712
        objected=c.select().where(live & (c.objected_marketing == True)).count(),  # noqa: E712
        companies=m.Company.select().count(),
        activities=m.ProcessingActivity.select().count(),
        third_parties=m.ThirdParty.select().count(),
        open_requests=m.RightsRequest.select().where(m.RightsRequest.closed_on.is_null()).count(),
        breaches=m.Breach.select().count(),
    )
