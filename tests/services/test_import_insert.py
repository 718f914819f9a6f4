"""The insert of an import's new contacts writes the values every row shares with the
batch into the statement once (issue 17's speed): each contact still gets exactly its
own values, a row that differs from the batch goes in whole, and only plain values are
ever written into the SQL."""

from __future__ import annotations

import datetime as dt

import pytest

from soosr_desk.services.importing.checks import BatchChecks, ImportOptions
from soosr_desk.services.importing.inserts import Companies, insert_contacts
from soosr_desk.services.importing.rows import _AT, CONTACT_FIELDS, ContactInsert, contact_row
from soosr_desk.services.records import now
from soosr_desk.store import models as m
from soosr_desk.store import session

pytestmark = pytest.mark.both_engines  # issue 18: on the file and on a server

TODAY = dt.date(2026, 11, 26)


def _template(stamp):
    options = ImportOptions(source="contract", relation="customer_contact", received_on=TODAY)
    return contact_row(BatchChecks([], options, TODAY).template, str(stamp))


def _row(template, first, last, company=""):
    row = template.copy()
    row[_AT["first_name"]], row[_AT["last_name"]], row[_AT["company"]] = first, last, company
    row[_AT["sort_name"]], row[_AT["search_text"]] = last.lower(), f"{first} {last}".lower()
    return row


def test_each_contact_gets_its_own_values_and_an_odd_row_goes_in_whole(db):
    stamp = now()
    template = _template(stamp)
    insert = ContactInsert(template)
    odd = _row(template, "Odd", "Uit")
    odd[_AT["language"]], odd[_AT["legal_hold"]] = "en", True
    assert insert.fit(odd) is None
    pending = [_row(template, "Anna", "Bakker", "Bakkerij 'Het Hoekje'")]
    pending.append(_row(template, "Bram", "O'Neill"))
    pending = [insert.fit(row) for row in pending]
    with session.transaction():
        first = insert_contacts(pending, [odd], Companies(stamp), insert)
    got = {c.id - first: c for c in m.Contact.select().where(m.Contact.id >= first)}
    assert (got[0].first_name, got[0].company.name) == ("Anna", "Bakkerij 'Het Hoekje'")
    assert (got[1].last_name, got[1].company_id) == ("O'Neill", None)
    assert (got[2].first_name, got[2].language, got[2].legal_hold) == ("Odd", "en", True)
    for c in (got[0], got[1]):
        assert (c.source, c.relation, c.language, c.legal_hold) == (
            "contract",
            "customer_contact",
            "nl",
            False,
        )
        assert (c.received_on, c.updated_at, c.erased_on) == (TODAY, stamp, None)


def test_only_plain_values_are_written_into_the_statement(db):
    template = _template(now())
    template[_AT["restricted_reason"]] = "Art. 18 'betwist' 100%"
    insert = ContactInsert(template)
    names = [f.name for f in insert.fields]
    bound = [n for n, x in zip(names, insert.shape, strict=True) if x is None]
    assert "restricted_reason" in bound and "source" not in bound
    assert set(names) == {f.name for f in CONTACT_FIELDS}
    fitted = insert.fit(template.copy())
    assert fitted == insert.blank and len(fitted) == len(bound)
    assert [names[j] for j in sorted(insert.at.values())] == bound
