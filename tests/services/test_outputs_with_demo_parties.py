"""The statement and the register against the demo's third parties (issue 14, items 8 and
9): two US recipients on the same activities, one without a safeguard."""

from __future__ import annotations

import datetime as dt
import re

import pytest
from openpyxl import load_workbook

from soosr_desk.services import register_workbooks
from soosr_desk.services import statement as st
from soosr_desk.services.errors import NotAllowed
from soosr_desk.store import models as m
from tests import pdf_text

TODAY = dt.date(2026, 11, 25)


def _us_activities() -> list[str]:
    link = m.ThirdPartyActivity
    rows = (
        m.ProcessingActivity.select()
        .join(link)
        .join(m.ThirdParty)
        .where(m.ThirdParty.country == "US")
        .distinct()
    )
    return sorted(a.name for a in rows)


@pytest.mark.demo(contacts=20, seed=2, today=TODAY)
def test_demo_parties_in_statement_and_register(db, tmp_path):
    abroad = _us_activities()
    assert abroad, "the demo links its US parties to activities"
    with pytest.raises(NotAllowed) as refused:
        st.publish(TODAY)
    assert "MailStroom Ltd." in refused.value.render()

    path = tmp_path / "r.xlsx"
    register_workbooks.export("register", path, today=TODAY)
    rows = list(load_workbook(path)["Verwerkingsregister"].iter_rows(values_only=True))
    head = rows[0]
    by_name = {r[0]: dict(zip(head, r, strict=True)) for r in rows[1:]}
    for name, row in by_name.items():
        expected = "Ja: Verenigde Staten" if name in abroad else "Nee"
        assert row["Doorgifte buiten de EER"] == expected, name
    assert by_name[abroad[0]]["Waarborg doorgifte"] == "Verenigde Staten: ONTBREEKT"

    m.ThirdParty.update(safeguard="Standard contractual clauses 2021/914").where(
        m.ThirdParty.name == "MailStroom Ltd."
    ).execute()
    version, stored = st.publish(TODAY)
    pdf = next(r.pdf for r in stored if r.language == "nl")
    text = " ".join(pdf_text.pages(bytes(pdf)))
    assert "Verenigde Staten, Verenigde Staten" not in text
    assert "op aanvraag" not in text
    squashed = re.sub(r"\s+", "", text)
    assert re.sub(r"\s+", "", "Standard contractual clauses 2021/914") in squashed
    assert "EU-USDataPrivacyFramework" in squashed
