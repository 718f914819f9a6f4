"""Issue 16 item 5: the accountant's workbook shows words, never the codes the database
stores (`email`, `in_progress`, `no_data`)."""

from __future__ import annotations

import datetime as dt
import inspect

import pytest
from openpyxl import load_workbook

from soosr_desk.rules import agreements, breaches, vocab
from soosr_desk.services import register_workbooks as registers

pytestmark = pytest.mark.both_engines  # issue 18: on the file and on a server

TODAY = dt.date(2026, 11, 25)


def _codes() -> set[str]:
    """Every code of every choice in rules/vocab.py (and the agreement and breach codes)."""
    kinds = [
        k
        for _, k in inspect.getmembers(vocab, inspect.isclass)
        if issubclass(k, vocab.Choice) and k is not vocab.Choice
    ]
    kinds += [agreements.AgreementStatus, agreements.RecipientRole, breaches.Decision]
    codes = {c.value for k in kinds for c in k} | {p.code for p in agreements.CHECKLIST}
    return codes - {""}


@pytest.mark.demo(contacts=300, seed=3, today=TODAY)
def test_no_sheet_of_any_export_holds_a_code(db, tmp_path):
    codes = _codes()
    english = {p.label for p in agreements.CHECKLIST}
    assert {"email", "in_progress", "waiting_for_id", "no_data", "done"} <= codes
    for kind in (*registers.KINDS, "all"):
        path = tmp_path / f"{kind}.xlsx"
        registers.export(kind, path, today=TODAY)
        for ws in load_workbook(path, read_only=True).worksheets:
            for n, row in enumerate(ws.iter_rows(values_only=True), 1):
                for value in row:
                    if isinstance(value, str):
                        assert value not in codes, f"{kind}: {ws.title} row {n}: {value!r}"
                        for part in value.split("; "):
                            assert part not in english, f"{ws.title} row {n}: {part!r}"


@pytest.mark.demo(contacts=300, seed=3, today=TODAY)
def test_the_request_columns_show_dutch_words(db, tmp_path):
    path = tmp_path / "requests.xlsx"
    registers.export("requests", path, today=TODAY)
    rows = list(load_workbook(path)["Verzoeken"].iter_rows(values_only=True))
    header = rows[0]
    channel, status, outcome = (header.index(h) for h in ("Kanaal", "Status", "Uitkomst"))
    seen = {
        h: {r[i] for r in rows[1:]}
        for h, i in (("channel", channel), ("status", status), ("outcome", outcome))
    }
    assert "E-mail" in seen["channel"]
    assert {"In behandeling", "Afgesloten"} <= seen["status"]
    assert "Geen gegevens bekend" in seen["outcome"] or "Uitgevoerd" in seen["outcome"]
