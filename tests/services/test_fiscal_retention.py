"""Issue 14, item 11: financial records are due seven years after the end of their year
whether or not the contact was erased, and every rule the due list applies has its
wording in the register (for the statement and the access answer)."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt

from soosr_desk.rules.retention import RetentionRule
from soosr_desk.services import fiscal_records, retention
from soosr_desk.store import models as m

# issue 18: destroying old invoices on the office server ran a SQLite PRAGMA there
pytestmark = pytest.mark.both_engines

D = dt.date


def _customer(**kw) -> m.Contact:
    company = m.Company.create(name="Bakkerij De Molen")
    m.Contract.create(company=company, start_date=D(2017, 1, 1))  # still running
    values = {
        "first_name": "Wobbe",
        "last_name": "Zijlstra",
        "source": "contract",
        "received_on": D(2017, 1, 1),
        "company": company,
        "relation": "customer_contact",
    }
    values.update(kw)
    contact = m.Contact.create(**values)
    for day in (D(2018, 6, 30), D(2019, 2, 1)):
        m.FinancialRecord.create(
            contact=contact,
            company=company,
            number=f"F{day}",
            record_date=day,
            billed_to="W. Zijlstra",
        )
    return contact


def _due(today):
    return {r.contact_id: r for r in retention.due_list(today)}


def test_old_invoices_of_a_contact_in_use_are_due(db):
    c = _customer()
    assert c.id not in _due(D(2025, 12, 31))
    row = _due(D(2026, 1, 1))[c.id]
    assert row.rule == RetentionRule.FISCAL and not row.erased
    assert row.name == "Zijlstra, Wobbe" and row.params == {"date": D(2025, 12, 31)}
    assert fiscal_records.destroy_expired([c.id], today=D(2026, 1, 1)) == 1
    left = [r.number for r in m.FinancialRecord.select().where(m.FinancialRecord.contact == c)]
    assert left == ["F2019-02-01"]
    assert not m.Contact.get_by_id(c.id).erased  # the contact stays
    assert c.id not in _due(D(2026, 1, 1))
    event = m.AuditEvent.select().order_by(m.AuditEvent.id.desc()).first()
    assert (event.action, event.entity, event.entity_id) == ("destroy_expired", "contact", c.id)
    assert "Zijlstra" not in event.fields


def test_a_legal_hold_keeps_old_invoices(db):
    c = _customer(legal_hold=True, legal_hold_reason="geschil")
    assert c.id not in _due(D(2030, 1, 1))
    assert fiscal_records.destroy_expired([c.id], today=D(2030, 1, 1)) == 0


def test_a_contact_due_anyway_is_listed_once(db):
    c = m.Contact.create(first_name="A", last_name="B", source="manual", received_on=D(2015, 1, 1))
    m.FinancialRecord.create(contact=c, number="F1", record_date=D(2015, 3, 1))
    rows = [r for r in retention.due_list(D(2026, 1, 1)) if r.contact_id == c.id]
    assert [r.rule for r in rows] == [RetentionRule.NO_CONTRACT]


@pytest.mark.parametrize(
    ("source", "code", "words"),
    [
        ("website_form", "contact_form", "Contactformulier: twee jaar"),
        ("manual", "no_contract", "Zonder overeenkomst: twee jaar na het laatste contact"),
    ],
)
def test_rule_for_contact_gives_the_register_wording(db, source, code, words):
    c = m.Contact.create(first_name="A", last_name="B", source=source, received_on=D(2025, 1, 1))
    applied = retention.rule_for_contact(c.id)
    assert (applied.code, applied.name) == (code, words)
    assert applied.name_en and applied.description and applied.description_en
    assert applied.decision.erase_after == D(2027, 1, 1)


def test_every_rule_the_due_list_applies_is_in_the_register(db):
    codes = {r.code for r in m.RetentionRule.select()}
    assert {rule.value for rule in RetentionRule} <= codes


@pytest.mark.gui
def test_the_due_page_destroys_only_the_old_invoices(db, qtbot):
    from soosr_desk.ui.pages.retention import RetentionPage

    c = _customer()
    page = RetentionPage()
    qtbot.addWidget(page)
    page.show()
    page.refresh()
    assert page.model.rowCount() == 1 and page.model.index(0, 0).data() == "Zijlstra, Wobbe"
    told, asked = [], []
    page.confirm = lambda text: asked.append(text) or True
    page.tell = told.append
    page.view.selectAll()
    qtbot.mouseClick(page.erase_button, Qt.MouseButton.LeftButton)
    assert "Destroy the financial records" in asked[0] and "Erase" not in asked[0]
    kept = [
        r.number
        for r in m.FinancialRecord.select().where(m.FinancialRecord.contact == c)
        if r.record_date.year + 7 >= dt.date.today().year
    ]
    destroyed = 2 - len(kept)
    records = "financial record" if destroyed == 1 else "financial records"
    assert f"{destroyed} {records} past their seven years destroyed" in told[0]
    assert not m.Contact.get_by_id(c.id).erased
    left = [r.number for r in m.FinancialRecord.select().where(m.FinancialRecord.contact == c)]
    assert left == kept
    assert page.model.rowCount() == 0
