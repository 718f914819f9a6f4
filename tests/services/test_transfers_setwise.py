"""Issue 19, point 10: the transfers outside the EEA of many activities read at once
(`transfers.abroad_by_activity`) are those of each activity read on its own: the active
parties outside the EEA by country and id, each party's sub-processors outside the EEA by
id right after it; inactive parties and their sub-processors left out."""

from __future__ import annotations

import pytest

from soosr_desk.services import transfers
from soosr_desk.store import models as m

pytestmark = pytest.mark.both_engines  # the queries run on the file and on a server


def _one_by_one(activity_id: int) -> list[tuple[str, str, str]]:
    """The reading of one activity, party by party and agreement by agreement, as the
    records say it (the rule in services/transfers.py, written out plainly)."""
    out = []
    link = m.ThirdPartyActivity
    parties = [x.third_party for x in link.select().where(link.activity == activity_id)]
    for party in sorted(parties, key=lambda p: (p.country, p.id)):
        if not party.active:
            continue
        if transfers.outside_eea(party.country):
            out.append((party.name, party.country.strip().upper(), party.safeguard.strip()))
        subs = [s for ag in party.agreements for s in ag.subs]
        for sub in sorted(subs, key=lambda s: s.id):
            if transfers.outside_eea(sub.country):
                out.append((sub.name, sub.country.strip().upper(), sub.safeguard.strip()))
    return out


def _party(name: str, country: str, safeguard: str = "", *, active: bool = True, on=()):
    party = m.ThirdParty.create(name=name, country=country, safeguard=safeguard, active=active)
    for activity in on:
        m.ThirdPartyActivity.create(third_party=party, activity=activity)
    return party


def _sub(agreement, name: str, country: str, safeguard: str = "") -> None:
    m.SubProcessor.create(agreement=agreement, name=name, country=country, safeguard=safeguard)


@pytest.fixture
def three(db):
    """Three activities with parties inside and outside the EEA, an inactive one, one
    without a country, and sub-processors under two agreements of one party."""
    pa = m.ProcessingActivity
    a, b, c = list(pa.select().order_by(pa.sort_order, pa.id).limit(3))
    _party("Zeta KK", "JP", on=(a,))
    mailer = _party("Mailer Inc.", "US", "EU-US DPF", on=(a, b))
    ghost = _party("Ghost LLC", "US", "SCC", active=False, on=(a, b))
    datahaus = _party("Datahaus GmbH", "DE", on=(b, c))
    _party("Blank", "", on=(a,))
    _party("Aardvark AG", "CH", "adequacy", on=(a,))
    first = m.ProcessorAgreement.create(third_party=mailer, title="DPA")
    second = m.ProcessorAgreement.create(third_party=mailer, title="DPA 2")
    _sub(second, "Later Sub", "IN")  # the second agreement's, but the lowest id
    _sub(first, "Cloud Corp", "US")
    _sub(first, "EuroHost", "DE")
    _sub(first, "Lower", "us", " SCC ")
    _sub(m.ProcessorAgreement.create(third_party=datahaus), "Oracle Inc", "US", "SCC")
    _sub(m.ProcessorAgreement.create(third_party=ghost), "Ghost Sub", "BR")
    a.transfer_safeguard = "Model clauses"
    a.save()
    return a, b, c


MAILER = [
    ("Mailer Inc.", "US", "EU-US DPF"),
    ("Later Sub", "IN", ""),
    ("Cloud Corp", "US", ""),
    ("Lower", "US", "SCC"),
]


def test_many_activities_at_once_read_as_each_on_its_own(three):
    a, b, c = three
    expected = {
        a.id: [("Aardvark AG", "CH", "adequacy"), ("Zeta KK", "JP", ""), *MAILER],
        b.id: [("Oracle Inc", "US", "SCC"), *MAILER],
        c.id: [("Oracle Inc", "US", "SCC")],
    }
    assert transfers.abroad_by_activity([c.id, a.id, b.id]) == expected
    assert {x: _one_by_one(x) for x in expected} == expected
    everything = transfers.abroad_by_activity()
    for activity in m.ProcessingActivity.select():
        read = _one_by_one(activity.id)
        assert everything.get(activity.id, []) == read, activity.name
        assert list(transfers.recipients_abroad(activity.id)) == read, activity.name
    assert transfers.abroad_by_activity([c.id]) == {c.id: expected[c.id]}
    assert transfers.abroad_by_activity([]) == {}


def test_countries_and_missing_safeguards_follow_the_same_reading(three):
    a, b, c = three
    acts = list(m.ProcessingActivity.select())
    countries = transfers.by_country_of(acts)
    assert countries == {x.id: transfers.by_country(x) for x in acts}
    # a recipient without a safeguard falls back to the activity's ("Model clauses")
    assert countries[a.id] == [
        ("CH", "adequacy"),
        ("JP", "Model clauses"),
        ("US", "EU-US DPF; Model clauses; SCC"),
        ("IN", "Model clauses"),
    ]
    assert countries[b.id] == [("US", ""), ("IN", "")]  # Cloud Corp and Later Sub have none
    assert countries[c.id] == [("US", "SCC")]
    missing = transfers.missing_safeguards()
    assert ("Later Sub", "IN") in missing and ("Cloud Corp", "US") in missing
    assert ("Zeta KK", "JP") not in missing and ("Ghost Sub", "BR") not in missing
    # an inactive party's transfers end with it
    m.ThirdParty.update(active=False).where(m.ThirdParty.name == "Mailer Inc.").execute()
    assert transfers.abroad_by_activity([b.id]) == {b.id: [("Oracle Inc", "US", "SCC")]}
