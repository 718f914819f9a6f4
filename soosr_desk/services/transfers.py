"""Where personal data leaves the EEA (Art. 44-49 GDPR), read from the records: the active
third parties linked to an activity in a country outside the EEA, and the sub-processors
outside the EEA under those parties' agreements (an onward transfer). The statement, the
register, the dashboard and the letters all read transfers here (`abroad_by_activity`),
so they cannot disagree."""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Sequence

from soosr_desk.rules.agreements import is_in_eea
from soosr_desk.store import models
from soosr_desk.store.queries import tuples

# (party or sub-processor name, country code, its own safeguard)
Recipient = tuple[str, str, str]


def outside_eea(country: str) -> bool:
    return bool(country.strip()) and not is_in_eea(country)


def abroad_by_activity(activity_ids: Iterable[int] | None = None) -> dict[int, list[Recipient]]:
    """(party or sub-processor name, country, safeguard) per activity id (every activity
    when None), in two queries: each active third party of the activity outside the EEA,
    and right after it each sub-processor outside the EEA of its agreements (an onward
    transfer, Art. 44); parties by country and id, a party's sub-processors by id. An
    activity with no such recipient is not in the result."""
    tp, link, sub, ag = (
        models.ThirdParty,
        models.ThirdPartyActivity,
        models.SubProcessor,
        models.ProcessorAgreement,
    )
    ids = None if activity_ids is None else sorted(set(activity_ids))
    if ids == []:
        return {}
    linked = link.select(link.third_party)
    parties = (
        link.select(link.activity, tp.id, tp.name, tp.country, tp.safeguard)
        .join(tp)
        .where(tp.active == True)  # noqa: E712
        .order_by(link.activity, tp.country, tp.id)
    )
    if ids is not None:
        linked = linked.where(link.activity.in_(ids))
        parties = parties.where(link.activity.in_(ids))
    onward: dict[int, list[Recipient]] = {}
    subs = (
        sub.select(ag.third_party, sub.name, sub.country, sub.safeguard)
        .join(ag)
        .where(ag.third_party.in_(linked))
        .order_by(sub.id)
    )
    for party_id, name, country, safeguard in tuples(subs):
        if outside_eea(country):
            onward.setdefault(party_id, []).append(
                (name, country.strip().upper(), safeguard.strip())
            )
    found: dict[int, list[Recipient]] = {}
    for activity_id, party_id, name, country, safeguard in tuples(parties):
        out = found.setdefault(activity_id, [])
        if outside_eea(country):
            out.append((name, country.strip().upper(), safeguard.strip()))
        out.extend(onward.get(party_id, ()))
    return {a: out for a, out in found.items() if out}


def recipients_abroad(activity_id: int) -> Iterator[Recipient]:
    """`abroad_by_activity` for one activity."""
    yield from abroad_by_activity([activity_id]).get(activity_id, [])


def missing_safeguards() -> list[tuple[str, str]]:
    """(recipient or activity name, country code) of each transfer outside the EEA that
    has no safeguard written down (Art. 44-46): the statement is not published then."""
    out: list[tuple[str, str]] = []
    pa = models.ProcessingActivity
    found = abroad_by_activity()
    for a in pa.select().order_by(pa.sort_order, pa.id):
        recorded = False
        for name, country, safeguard in found.get(a.id, ()):
            recorded = True
            if not (safeguard or a.transfer_safeguard.strip()) and (name, country) not in out:
                out.append((name, country))
        if a.third_country_transfer and not recorded and not a.transfer_safeguard.strip():
            out.append((a.name, ""))
    return out


def _per_country(
    a: models.ProcessingActivity, recipients: Iterable[Recipient]
) -> list[tuple[str, str]]:
    found: dict[str, list[str]] = {}
    missing: set[str] = set()
    for _name, country, safeguard in recipients:
        safeguard = safeguard or a.transfer_safeguard.strip()
        safeguards = found.setdefault(country, [])
        if not safeguard:
            missing.add(country)
        elif safeguard not in safeguards:
            safeguards.append(safeguard)
    return [(c, "" if c in missing else "; ".join(s)) for c, s in found.items()]


def by_country(a: models.ProcessingActivity) -> list[tuple[str, str]]:
    """(country code, safeguards) of an activity's transfers, one per country: the
    safeguards of the recipients there joined with "; " (a recipient without one falls
    back to the activity's safeguard); "" when any recipient there has none."""
    return _per_country(a, recipients_abroad(a.id))


def by_country_of(
    activities: Sequence[models.ProcessingActivity],
) -> dict[int, list[tuple[str, str]]]:
    """`by_country` for many activities at once, by activity id."""
    found = abroad_by_activity(a.id for a in activities)
    return {a.id: _per_country(a, found.get(a.id, ())) for a in activities}


def of_activity(activity_id: int) -> list[tuple[str, str]]:
    """`by_country` for an activity id (the activity editor shows it); [] when gone."""
    activity = models.ProcessingActivity.get_or_none(models.ProcessingActivity.id == activity_id)
    return by_country(activity) if activity is not None else []
