"""Issue 14, item 12 in the window: the reasons for a late report, the AP's report form
link, and the Art. 34 letter made from the breach page."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtWidgets import QFileDialog, QMessageBox

from soosr_desk.rules.breaches import AP_REPORT_URL
from soosr_desk.services import breaches as service
from soosr_desk.ui.pages.breaches import BreachesPage
from tests import pdf_text

pytestmark = pytest.mark.gui
FOUND = dt.datetime.now().replace(second=0, microsecond=0) - dt.timedelta(days=5)


@pytest.fixture
def page(db, qtbot):
    page = BreachesPage()
    qtbot.addWidget(page)
    page.resize(1366, 768)
    page.show()
    page.refresh()
    yield page
    page.editor._data = None


def _breach(**kw):
    values = dict(
        found_at=FOUND,
        description="Een laptop met de klantenlijst is gestolen.",
        data_categories="Naam en e-mailadres",
        consequences="Phishing-mails.",
        measures="Laptop op afstand gewist.",
        report_decision="report",
    )
    values.update(kw)
    return service.save_breach(service.BreachData(**values))


def _select(page, breach_id):
    for r in range(page.proxy.rowCount()):
        if page.model.record_id(page.proxy.mapToSource(page.proxy.index(r, 0)).row()) == breach_id:
            page.view.setCurrentIndex(page.proxy.index(r, 0))
            return page.editor
    raise AssertionError(breach_id)


def test_late_report_reasons_link_and_letter(page, qtbot, monkeypatch, tmp_path):
    breach = _breach()
    page.refresh()
    editor = _select(page, breach.id)
    editor.tabs.setCurrentIndex(2)  # Reporting
    assert AP_REPORT_URL in editor.decide_help.text() and editor.decide_help.openExternalLinks()
    reported = editor.fields["reported_to_authority_at"]
    reported.line.selectAll()
    qtbot.keyClicks(reported.line, (FOUND + dt.timedelta(hours=90)).strftime("%d-%m-%Y %H:%M"))
    assert not editor.save()
    assert "Art. 33(1)" in editor._errors["late_reason"].text()
    qtbot.keyClicks(editor.fields["late_reason"], "Pas na het weekend als datalek herkend.")
    assert editor.save()
    assert service.get_breach(breach.id).late_reason.startswith("Pas na het weekend")
    editor.grab().save(str(tmp_path / "breach_editor.png"))
    target = tmp_path / "brief.pdf"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    opened = []
    editor.opener = opened.append
    editor.letter_language.setCurrentIndex(editor.letter_language.findData("en"))
    editor.letter_button.click()
    assert opened == [target]
    text = " ".join(pdf_text.pages(target))
    assert "Data breach at SOOSR B.V." in text and "Pas na het weekend" in text


def test_letter_refused_with_the_missing_parts(page, monkeypatch, tmp_path):
    breach = _breach(measures="")
    page.refresh()
    editor = _select(page, breach.id)
    monkeypatch.setattr(
        QFileDialog, "getSaveFileName", lambda *a, **k: (str(tmp_path / "x.pdf"), "")
    )
    warned = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *a, **k: warned.append(a[2]))
    editor.letter_button.click()
    assert warned and "the measures taken" in warned[0]
    assert not (tmp_path / "x.pdf").exists()
