"""Issue 19, point 10: a letter's facts and the privacy statement read the register
set-wise, in a fixed number of queries however many activities, categories, parties and
sub-processors the register holds (no query per row: the tests and the previews make
many letters and statements)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

import peewee
import pytest

from soosr_desk.services.concerning import concerning_activities
from soosr_desk.services.errors import NotAllowed
from soosr_desk.services.requests.facts import letter_facts
from soosr_desk.services.statement import register_fingerprint, statement_data
from soosr_desk.store import models as m

pytestmark = pytest.mark.both_engines  # the queries run on the file and on a server

TODAY = dt.date(2026, 11, 25)
DEMO = pytest.mark.demo(contacts=20, seed=2, today=TODAY)
# what the demo's answer letters and statement take now (6-29 and 9), with a little room
LETTER_BOUND = 31
STATEMENT_BOUND = 11


def _queries(monkeypatch, call: Callable[[], object]) -> int:
    """How many statements `call` sends to the database."""
    count = [0]
    run = peewee.Database.execute_sql

    def counted(self, sql, params=None, *args, **kwargs):
        count[0] += 1
        return run(self, sql, params, *args, **kwargs)

    with monkeypatch.context() as patch:
        patch.setattr(peewee.Database, "execute_sql", counted)
        call()
    return count[0]


def _answer_letters() -> list[int]:
    found = []
    for row in m.RightsRequest.select().order_by(m.RightsRequest.id):
        try:
            letter_facts(row.id, "answer", TODAY)
        except NotAllowed:
            continue
        found.append(row.id)
    return found


def _access_request() -> m.RightsRequest:
    """A demo access request whose answer can be made, of a person some activities concern."""
    for rid in _answer_letters():
        row = m.RightsRequest.get_by_id(rid)
        if row.kind == "access" and letter_facts(rid, "answer", TODAY).activities:
            return row
    raise AssertionError("the demo has an answerable access request")


def _grow_register(contact: m.Contact) -> None:
    """Three more activities that concern the person, each with categories, a retention
    rule and parties inside and outside the EEA with sub-processors."""
    model = next(a for a in concerning_activities(contact) if a.legal_basis != "consent")
    for n in range(3):
        act = m.ProcessingActivity.create(
            name=f"Extra {n}", legal_basis=model.legal_basis, sort_order=900 + n
        )
        for link in model.subject_links:
            m.ActivitySubjectCategory.create(activity=act, category=link.category_id)
        act.retention_rule = m.RetentionRule.create(code=f"extra_{n}", name=f"Regel {n}")
        act.save()
        for k in range(2):
            data = m.PersonalDataCategory.create(name=f"Gegevens {n}.{k}")
            m.ActivityDataCategory.create(activity=act, category=data)
            recipients = m.RecipientCategory.create(code=f"extra_{n}_{k}", name=f"Ontv {n}.{k}")
            m.ActivityRecipientCategory.create(activity=act, category=recipients)
        for country in ("US", "DE"):
            party = m.ThirdParty.create(name=f"Partij {n} {country}", country=country)
            m.ThirdPartyActivity.create(third_party=party, activity=act)
            agreement = m.ProcessorAgreement.create(third_party=party)
            for sub in ("JP", "FR"):
                m.SubProcessor.create(agreement=agreement, name=f"Sub {n} {sub}", country=sub)


@DEMO
def test_every_answer_letter_takes_a_bounded_number_of_queries(db, monkeypatch):
    letters = _answer_letters()
    assert len(letters) >= 8
    for rid in letters:
        used = _queries(monkeypatch, lambda rid=rid: letter_facts(rid, "answer", TODAY))
        assert 5 < used <= LETTER_BOUND, (rid, used)


@DEMO
def test_the_statement_takes_a_bounded_number_of_queries(db, monkeypatch):
    for language in ("nl", "en"):
        used = _queries(monkeypatch, lambda language=language: statement_data(language, TODAY))
        assert 5 < used <= STATEMENT_BOUND, (language, used)
    assert _queries(monkeypatch, register_fingerprint) <= 2 * STATEMENT_BOUND


@DEMO
def test_a_bigger_register_takes_no_more_queries(db, monkeypatch):
    row = _access_request()
    before = letter_facts(row.id, "answer", TODAY)
    letter = _queries(monkeypatch, lambda: letter_facts(row.id, "answer", TODAY))
    statement = _queries(monkeypatch, lambda: statement_data("en", TODAY))
    _grow_register(m.Contact.get_by_id(row.contact_id))

    after = letter_facts(row.id, "answer", TODAY)
    assert len(after.activities) == len(before.activities) + 3
    assert ("Extra 2", ("Gegevens 2.0", "Gegevens 2.1")) in [
        (a.name, a.data_categories) for a in after.activities
    ]
    abroad = {(t.name, t.country) for t in after.transfers}
    assert {("Partij 0 US", "US"), ("Sub 1 JP", "JP")} <= abroad
    assert ("Sub 1 FR", "FR") not in abroad
    assert {"Partij 0 US", "Partij 2 DE"} <= set(after.recipients)
    shown = statement_data("en", TODAY)
    assert "Regel 1" in [a.retention for a in shown.activities]
    assert "Ontv 2.1" in [r.name for r in shown.recipient_categories]

    assert _queries(monkeypatch, lambda: letter_facts(row.id, "answer", TODAY)) == letter
    assert _queries(monkeypatch, lambda: statement_data("en", TODAY)) == statement
