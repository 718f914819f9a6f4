"""Issue 14, item 10: sub-processors are records (country, safeguard, authorisation),
typed in the agreement's own tab and checked on the dashboard like recipients."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt

from soosr_desk.services import agreements as pa
from soosr_desk.services import checks, register_workbooks
from soosr_desk.services import third_parties as tp
from soosr_desk.services.errors import ValidationErrors
from soosr_desk.services.sub_processors import SubProcessorData
from soosr_desk.store import models as m
from soosr_desk.ui.pages.third_parties import ThirdPartiesPage

TODAY = dt.date(2026, 3, 2)


def _messages() -> list[str]:
    return [p.render() for p in checks.all_problems(TODAY) if p.area == "third_parties"]


def _agreement(**kw) -> pa.AgreementData:
    party = tp.save_third_party(tp.ThirdPartyData(name="Hoster B.V.", role="processor"))
    data = pa.AgreementData(
        third_party_id=party.id, title="VWO", status="signed", signed_on=dt.date(2026, 1, 10)
    )
    for tick in data.checklist.values():
        tick.ticked = True
    for k, v in kw.items():
        setattr(data, k, v)
    return pa.save_agreement(data, today=TODAY)


def test_sub_processors_are_kept_and_checked_like_recipients(db):
    ag = _agreement(subs=[SubProcessorData("Cloud Corp", "opslag", "us", "", None)])
    assert pa.get_agreement(ag.id).subs == [SubProcessorData("Cloud Corp", "opslag", "US")]
    lines = _messages()
    assert (
        "Hoster B.V.: Sub-processor Cloud Corp processes data outside the EEA (US) "
        "without a recorded safeguard (Art. 44-46)."
    ) in lines
    assert (
        "Hoster B.V.: Sub-processor Cloud Corp has no recorded prior authorisation (Art. 28(2))."
        in lines
    )
    ag.subs[0].safeguard = "Standard contractual clauses 2021/914"
    ag.subs[0].authorised_on = dt.date(2026, 1, 5)
    pa.save_agreement(ag, today=TODAY)
    assert not [x for x in _messages() if "Sub-processor" in x]
    event = m.AuditEvent.select().order_by(m.AuditEvent.id.desc()).first()
    assert "sub_processors" in event.fields and "Cloud" not in event.fields


def test_a_sub_processor_needs_a_name_and_a_country_code(db):
    with pytest.raises(ValidationErrors) as refused:
        _agreement(subs=[SubProcessorData("", "", "Verenigde Staten")])
    texts = [e.render() for e in refused.value.errors]
    assert any("Sub-processor 1: enter its name" in t for t in texts)
    assert any("two-letter code" in t for t in texts)


def test_the_recipients_sheet_lists_them(db, tmp_path):
    from openpyxl import load_workbook

    _agreement(subs=[SubProcessorData("Cloud Corp", "opslag", "US", "SCC", TODAY)])
    register_workbooks.export("recipients", tmp_path / "r.xlsx", today=TODAY)
    ws = load_workbook(tmp_path / "r.xlsx")["Ontvangers"]
    rows = list(ws.iter_rows(values_only=True))
    column = rows[0].index("Subverwerkers")
    assert rows[1][column] == "Cloud Corp (US, SCC)"


@pytest.mark.gui
def test_typed_in_the_agreement_tab(db, qtbot):
    _agreement()
    page = ThirdPartiesPage()
    qtbot.addWidget(page)
    page.resize(1366, 768)
    page.show()
    page.refresh()
    page.view.setCurrentIndex(page.proxy.index(0, 0))
    page.editor.agreement_list.setCurrentCell(0, 0)
    ag = page.editor.agreement
    assert ag.record_id
    table = ag.sub_processors
    qtbot.mouseClick(table.add_button, Qt.MouseButton.LeftButton)
    for column, text in enumerate(("Cloud Corp", "opslag", "US", "")):
        table.table.item(0, column).setText(text)
    table.table.item(0, 4).setCheckState(Qt.CheckState.Checked)
    assert ag.is_dirty()
    assert ag.save()
    sub = m.SubProcessor.get()
    assert (sub.name, sub.country, sub.authorised_on) == ("Cloud Corp", "US", dt.date.today())
    assert any(
        "Cloud Corp processes data outside the EEA" in x
        for x in [p.render() for p in checks.all_problems(dt.date.today())]
    )
    page.editor.agreement.clear()
    page.editor.clear()
