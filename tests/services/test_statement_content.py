"""Issue 14, item 8: the privacy statement says what the seed statement said (consent and
its withdrawal, the references, the security interest, every retention rule), names each
country once, and is never published while a transfer lacks a safeguard."""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path

import pytest

from soosr_desk.exports.statement import TEXTS
from soosr_desk.services import settings
from soosr_desk.services import statement as st
from soosr_desk.services.errors import NotAllowed
from soosr_desk.store import models as m
from tests import pdf_text

DAY = dt.date(2026, 3, 2)
SEED = Path("/work/shared/seed/000_eed38ec83073b80a.txt")


def _pdf_text(pdf: bytes) -> str:
    # pypdf ended every page with a line break, so the pages were one space apart
    return " ".join(pdf_text.pages(pdf))


def _squash(text: str) -> str:
    return re.sub(r"\s+", "", text)


def _activity(name: str) -> m.ProcessingActivity:
    return m.ProcessingActivity.get(m.ProcessingActivity.name == name)


@pytest.fixture
def nl_text(db):
    _html, pdf = st.preview("nl", DAY)
    return _squash(_pdf_text(pdf))


def test_seed_statement_content_is_back(db, nl_text):
    # the consent section and the right to withdraw (seed: "Toestemming ... intrekken")
    assert _squash(TEXTS["nl"]["basis_consent"]) in nl_text
    assert "opiedermomentintrekken" in nl_text
    assert _squash("Dit geldt voor: Direct marketing") in nl_text
    # recipient category 8: references, limited to name, phone and e-mail
    assert _squash("Huidige en potentiële klanten (referenties)") in nl_text
    assert _squash("Alleen naam, telefoonnummer en e-mailadres, gedeeld als referentie") in nl_text
    # every legitimate interest of the seed, the security one included
    for interest in (
        "Nieuwsbrieven versturen aan onze klanten",
        "Algemeen klantcontact",
        "Beveiliging, om diefstal en misbruik tegen te gaan",
        "Verdediging tegen juridische aanspraken",
    ):
        assert _squash(interest) in nl_text, interest
    # every one of the seed's eight recipient categories
    for row in m.RecipientCategory.select():
        assert _squash(row.name) in nl_text, row.name
    # every retention rule the due list applies, the two years after the last contact too
    for row in m.RetentionRule.select():
        assert _squash(row.name) in nl_text, row.name
    assert _squash("twee jaar na het laatste contact") in nl_text
    assert "opaanvraag" not in nl_text


@pytest.mark.skipif(not SEED.exists(), reason="the seed statement is not on this machine")
def test_the_seed_purposes_and_bases_all_appear(db, nl_text):
    seed = SEED.read_text("utf-8")
    for heading in (
        "Wettelijke verplichting",
        "Gerechtvaardigd belang",
        "Toestemming",
        "Delen van persoonsgegevens met derden",
        "Bewaartermijn",
        "Geautomatiseerde besluitvorming",
    ):
        assert heading in seed and _squash(heading) in nl_text
    assert "zevenjaar" in nl_text and "driejaar" in nl_text and "tweejaar" in nl_text


def test_english_statement_has_consent_and_references(db):
    text = _squash(_pdf_text(st.preview("en", DAY)[1]))
    assert _squash(TEXTS["en"]["basis_consent"]) in text
    assert _squash("Current and prospective customers (references)") in text
    assert _squash("Security, to prevent theft and misuse") in text


def _us_party(name: str, safeguard: str = "", activity: str = "Algemeen contact"):
    party = m.ThirdParty.create(name=name, country="US", safeguard=safeguard)
    m.ThirdPartyActivity.create(third_party=party, activity=_activity(activity))
    return party


def test_a_transfer_without_safeguard_blocks_publishing_and_names_the_party(db):
    party = _us_party("Mailer Inc.")
    text = _pdf_text(st.preview("nl", DAY)[1])
    assert "op aanvraag" not in text
    assert "niet worden gepubliceerd" in text  # the preview says why it cannot go out
    with pytest.raises(NotAllowed) as refused:
        st.publish(DAY)
    assert "Mailer Inc." in refused.value.render() and "US" in refused.value.render()
    assert m.StatementVersion.select().count() == 0
    party.safeguard = "EU-US Data Privacy Framework"
    party.save()
    version, _rows = st.publish(DAY)
    assert version == 1


def test_a_sub_processor_abroad_without_safeguard_blocks_publishing_too(db):
    party = m.ThirdParty.create(name="Hoster B.V.", country="NL")
    m.ThirdPartyActivity.create(third_party=party, activity=_activity("Algemeen contact"))
    agreement = m.ProcessorAgreement.create(third_party=party)
    sub = m.SubProcessor.create(agreement=agreement, name="Cloud Corp", country="US")
    with pytest.raises(NotAllowed) as refused:
        st.publish(DAY)
    assert "Cloud Corp" in refused.value.render()
    sub.safeguard = "Standard contractual clauses"
    sub.save()
    st.publish(DAY)
    assert "Standard contractual clauses" in _pdf_text(st.preview("en", DAY)[1])


def test_each_country_is_named_once(db):
    _us_party("Mailer Inc.", "EU-US Data Privacy Framework")
    _us_party("CRM Inc.", "Standard contractual clauses")
    html, pdf = st.preview("nl", DAY)
    text = _pdf_text(pdf)
    assert "Verenigde Staten, Verenigde Staten" not in text
    facts = re.search(r"Doorgifte buiten de EER: </strong>([^<]*)", html)
    assert facts and facts.group(1).count("Verenigde Staten") == 1
    # the transfers chapter: one line for the country, both safeguards on it
    assert text.count("Verenigde Staten") == 2  # the facts line and the chapter line
    assert _squash("EU-US Data Privacy Framework; Standard contractual clauses") in _squash(text)


def test_dpo_and_joint_controllers_are_told_when_recorded(db):
    data = settings.get_controller()
    data.dpo = "J. Jansen, fg@soosr.com"
    settings.save_controller(data)
    activity = _activity("Referenties")
    activity.joint_controllers = "Partner B.V. (afspraken op te vragen)"
    activity.save()
    text = _pdf_text(st.preview("nl", DAY)[1])
    assert "Functionaris gegevensbescherming: J. Jansen, fg@soosr.com" in text
    assert "Partner B.V. (afspraken op te vragen)" in text
