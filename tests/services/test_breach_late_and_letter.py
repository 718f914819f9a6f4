"""Issue 14, item 12: a late report needs its reasons (Art. 33(1)); the letter to the
people concerned (Art. 34) says what the record holds, in Dutch and English."""

from __future__ import annotations

import datetime as dt

import pytest

from soosr_desk.rules import breaches as rules
from soosr_desk.services import breach_notice, settings
from soosr_desk.services import breaches as service
from soosr_desk.services.errors import NotAllowed, ValidationErrors
from soosr_desk.store import models as m
from tests import pdf_text

FOUND = dt.datetime(2026, 11, 2, 9, 15)
LATE = FOUND + dt.timedelta(hours=80)
NOW = dt.datetime(2026, 11, 24, 10, 0)


def _full(**kw) -> service.BreachData:
    values = dict(
        found_at=FOUND,
        occurred_at=FOUND - dt.timedelta(days=1),
        description="Een laptop met de klantenlijst is in de trein blijven liggen.",
        data_categories="Naam, e-mailadres en telefoonnummer",
        consequences="Iemand kan u benaderen met phishing-mails.",
        measures="De laptop is op afstand gewist; wachtwoorden zijn gewijzigd.",
        report_decision="report",
    )
    values.update(kw)
    return service.save_breach(service.BreachData(**values), now=NOW)


def _text(path) -> str:
    return " ".join(pdf_text.pages(path))


def test_reported_late_is_the_72nd_hour_passed():
    assert not rules.reported_late(FOUND, None)
    assert not rules.reported_late(FOUND, FOUND + dt.timedelta(hours=72))
    assert rules.reported_late(FOUND, FOUND + dt.timedelta(hours=72, minutes=1))


def test_a_late_report_needs_its_reasons(db):
    with pytest.raises(ValidationErrors) as refused:
        _full(reported_to_authority_at=LATE)
    [error] = [e for e in refused.value.errors if e.field == "late_reason"]
    assert "Art. 33(1)" in error.render()
    saved = _full(
        reported_to_authority_at=LATE,
        late_reason="Het lek werd pas in het "
        "weekend na een melding van de leverancier als datalek herkend.",
    )
    assert saved.late_reason.startswith("Het lek")
    # in time: no reasons asked
    _full(reported_to_authority_at=FOUND + dt.timedelta(hours=10))


def test_an_old_late_report_without_reasons_is_on_the_dashboard(db):
    m.Breach.create(
        reference="DL-2026-009",
        found_at=FOUND,
        description="x",
        report_decision="report",
        reported_to_authority_at=LATE,
        people_not_informed_reason="laag risico",
    )
    [row] = service.list_breaches(NOW)
    assert [p.code for p in row.problems] == ["late_reason_missing"]


@pytest.mark.parametrize(
    ("language", "words"),
    [
        (
            "nl",
            (
                "Datalek bij SOOSR B.V.",
                "Wat er is gebeurd",
                "2 november 2026",
                "1 november 2026",
                "Naam, e-mailadres en telefoonnummer",
                "phishing-mails",
                "op afstand gewist",
                "Wij hebben het lek op 5 november 2026 gemeld aan de Autoriteit Persoonsgegevens",
                "later dan 72 uur",
                "pas in het weekend",
                "info@soosr.com",
                "klacht in te dienen bij de Autoriteit Persoonsgegevens",
                "Ons kenmerk: DL-2026-001",
            ),
        ),
        (
            "en",
            (
                "Data breach at SOOSR B.V.",
                "What happened",
                "2 November 2026",
                "We reported the breach to the Autoriteit Persoonsgegevens on 5 November 2026",
                "later than 72 hours",
                "info@soosr.com",
                "lodge a complaint",
                "Our reference: DL-2026-001",
            ),
        ),
    ],
)
def test_the_art_34_letter_says_what_the_record_holds(db, tmp_path, language, words):
    breach = _full(
        reported_to_authority_at=LATE, late_reason="Het lek werd pas in het weekend herkend."
    )
    path = breach_notice.make_letter(
        breach.id, language, tmp_path / f"l-{language}.pdf", today=dt.date(2026, 11, 24)
    )
    text = _text(path)
    for word in words:
        assert word in text, word
    event = m.AuditEvent.select().order_by(m.AuditEvent.id.desc()).first()
    assert (event.action, event.entity_id, event.fields) == ("art34_letter", breach.id, language)
    assert service.get_breach(breach.id).people_informed_on is None  # made is not sent


def test_no_report_sentence_without_a_report_and_the_dpo_as_contact(db, tmp_path):
    data = settings.get_controller()
    data.dpo = "mr. J. Jansen, fg@soosr.com"
    settings.save_controller(data)
    breach = _full(report_decision="no_report", not_reported_reason="Versleuteld.")
    text = _text(breach_notice.make_letter(breach.id, "nl", tmp_path / "l.pdf"))
    assert "gemeld" not in text and "melden het lek" not in text
    assert "functionaris gegevensbescherming: mr. J. Jansen, fg@soosr.com" in text


def test_the_letter_is_refused_while_the_record_lacks_a_required_part(db, tmp_path):
    breach = _full(consequences="", measures="")
    with pytest.raises(NotAllowed) as refused:
        breach_notice.make_letter(breach.id, "nl", tmp_path / "l.pdf")
    assert "the likely consequences, the measures taken" in refused.value.render()
    assert not (tmp_path / "l.pdf").exists()


def test_the_breach_register_keeps_the_reasons_for_the_delay(db, tmp_path):
    from openpyxl import load_workbook

    from soosr_desk.services import register_workbooks

    _full(reported_to_authority_at=LATE, late_reason="Pas na het weekend herkend.")
    register_workbooks.export("breaches", tmp_path / "b.xlsx", today=NOW.date())
    rows = list(load_workbook(tmp_path / "b.xlsx")["Datalekken"].iter_rows(values_only=True))
    assert dict(zip(rows[0], rows[1], strict=True))["Reden melding na 72 uur"] == (
        "Pas na het weekend herkend."
    )
