"""Health data in a note gets a warning (Art. 9 GDPR, issue 14 item 13)."""

from __future__ import annotations

import pytest

from soosr_desk.rules.special_data import HEALTH_WARNING, health_terms


@pytest.mark.parametrize(
    ("text", "terms"),
    [
        ("Is ziek thuis, burn-out.", ["ziek", "burn-out"]),
        ("Ligt in het ziekenhuis na een hartaanval", ["ziekenhuis", "hartaanval"]),
        ("Zwangerschapsverlof tot juni", ["Zwangerschapsverlof"]),
        ("Gebruikt medicatie; ZIEK gemeld", ["medicatie", "ZIEK"]),
        ("On sick leave after surgery", ["sick", "surgery"]),
        ("ziek, ziek en nog eens ziek", ["ziek"]),
    ],
)
def test_health_words_are_found(text, terms):
    assert health_terms(text) == terms


@pytest.mark.parametrize(
    "text",
    [
        "Offerte besproken, belt maandag terug.",
        "Verzoek in behandeling genomen; beperking van de verwerking gevraagd.",
        "Opname van het gesprek gemaakt.",
        "Contact opgenomen met de partner.",
        "Kwartaalcijfers gestuurd naar de accountant.",
    ],
)
def test_ordinary_business_notes_pass(text):
    assert health_terms(text) == []


def test_the_warning_names_the_terms_and_the_article():
    text = HEALTH_WARNING.format(terms="ziek")
    assert "ziek" in text and "Art. 9" in text and "{" not in text
