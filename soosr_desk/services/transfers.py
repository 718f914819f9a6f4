"""Where personal data leaves the EEA (Art. 44-49 GDPR), read from the records: the active
third parties linked to an activity in a country outside the EEA, and the sub-processors
outside the EEA under those parties' agreements (an onward transfer). The statement, the
register and the dashboard all read transfers here, so they cannot disagree."""

from __future__ import annotations

from collections.abc import Iterator

from soosr_desk.rules.agreements import is_in_eea
from soosr_desk.store import models


def outside_eea(country: str) -> bool:
    return bool(country.strip()) and not is_in_eea(country)


def recipients_abroad(activity_id: int) -> Iterator[tuple[str, str, str]]:
    """(party or sub-processor name, country, safeguard) for each active third party of
    the activity outside the EEA, and each sub-processor outside the EEA of its parties'
    agreements (an onward transfer, Art. 44)."""
    tp, link, sub = models.ThirdParty, models.ThirdPartyActivity, models.SubProcessor
    parties = (
        tp.select()
        .join(link)
        .where((link.activity == activity_id) & (tp.active == True))  # noqa: E712
        .order_by(tp.country, tp.id)
    )
    for party in parties:
        if outside_eea(party.country):
            yield party.name, party.country.strip().upper(), party.safeguard.strip()
        subs = (
            sub.select()
            .join(models.ProcessorAgreement)
            .where(models.ProcessorAgreement.third_party == party.id)
            .order_by(sub.id)
        )
        for s in subs:
            if outside_eea(s.country):
                yield s.name, s.country.strip().upper(), s.safeguard.strip()


def missing_safeguards() -> list[tuple[str, str]]:
    """(recipient or activity name, country code) of each transfer outside the EEA that
    has no safeguard written down (Art. 44-46): the statement is not published then."""
    out: list[tuple[str, str]] = []
    pa = models.ProcessingActivity
    for a in pa.select().order_by(pa.sort_order, pa.id):
        recorded = False
        for name, country, safeguard in recipients_abroad(a.id):
            recorded = True
            if not (safeguard or a.transfer_safeguard.strip()) and (name, country) not in out:
                out.append((name, country))
        if a.third_country_transfer and not recorded and not a.transfer_safeguard.strip():
            out.append((a.name, ""))
    return out


def by_country(a: models.ProcessingActivity) -> list[tuple[str, str]]:
    """(country code, safeguards) of an activity's transfers, one per country: the
    safeguards of the recipients there joined with "; " (a recipient without one falls
    back to the activity's safeguard); "" when any recipient there has none."""
    found: dict[str, list[str]] = {}
    missing: set[str] = set()
    for _name, country, safeguard in recipients_abroad(a.id):
        safeguard = safeguard or a.transfer_safeguard.strip()
        safeguards = found.setdefault(country, [])
        if not safeguard:
            missing.add(country)
        elif safeguard not in safeguards:
            safeguards.append(safeguard)
    return [(c, "" if c in missing else "; ".join(s)) for c, s in found.items()]


def of_activity(activity_id: int) -> list[tuple[str, str]]:
    """`by_country` for an activity id (the activity editor shows it); [] when gone."""
    activity = models.ProcessingActivity.get_or_none(models.ProcessingActivity.id == activity_id)
    return by_country(activity) if activity is not None else []
