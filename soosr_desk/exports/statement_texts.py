"""The wording of the privacy statement, Dutch and English (used by statement.py).

The chapter texts of the statement, per language (the Dutch in statement_texts_nl, the English
in statement_texts_en). `{name}`, `{contact}` and the like are filled in with the controller's
details; everything else comes from the register. Also the labels of the legal bases and the
names of the third countries data most often goes to.
"""

from __future__ import annotations

import datetime as dt

from .letter_texts import MONTHS  # the same month names as the letters
from .statement_countries import COUNTRIES, country_name
from .statement_texts_en import TEXTS_EN
from .statement_texts_nl import TEXTS_NL

__all__ = [
    "COUNTRIES",
    "LEGAL_BASIS_LABELS",
    "MONTHS",
    "TEXTS",
    "country_name",
    "format_date",
    "legal_basis_label",
]

# the chapter texts, one module per language
TEXTS: dict[str, dict[str, str]] = {"nl": TEXTS_NL, "en": TEXTS_EN}

LEGAL_BASIS_LABELS: dict[str, dict[str, str]] = {
    "nl": {
        "legal_obligation": "Wettelijke verplichting",
        "contract": "Uitvoering van of aanloop naar een overeenkomst",
        "legitimate_interest": "Gerechtvaardigd belang",
        "consent": "Toestemming",
    },
    "en": {
        "legal_obligation": "Legal obligation",
        "contract": "Performance of a contract or steps before one",
        "legitimate_interest": "Legitimate interest",
        "consent": "Consent",
    },
}


def format_date(day: dt.date, language: str) -> str:
    """8 april 2019 / 8 April 2019."""
    return f"{day.day} {MONTHS[language][day.month - 1]} {day.year}"


def legal_basis_label(code: str, language: str) -> str:
    return LEGAL_BASIS_LABELS[language].get(code, code)
