"""Names of the third countries personal data most often goes to, Dutch and English."""

from __future__ import annotations

# Third countries data most often goes to; another code prints as written.
COUNTRIES = {
    "US": ("Verenigde Staten", "United States"),
    "GB": ("Verenigd Koninkrijk", "United Kingdom"),
    "CH": ("Zwitserland", "Switzerland"),
    "CA": ("Canada", "Canada"),
    "AU": ("Australië", "Australia"),
    "NZ": ("Nieuw-Zeeland", "New Zealand"),
    "JP": ("Japan", "Japan"),
    "KR": ("Zuid-Korea", "South Korea"),
    "IN": ("India", "India"),
    "CN": ("China", "China"),
    "HK": ("Hongkong", "Hong Kong"),
    "SG": ("Singapore", "Singapore"),
    "IL": ("Israël", "Israel"),
    "BR": ("Brazilië", "Brazil"),
    "AR": ("Argentinië", "Argentina"),
    "UY": ("Uruguay", "Uruguay"),
    "MX": ("Mexico", "Mexico"),
    "ZA": ("Zuid-Afrika", "South Africa"),
    "AE": ("Verenigde Arabische Emiraten", "United Arab Emirates"),
    "TR": ("Turkije", "Turkey"),
    "UA": ("Oekraïne", "Ukraine"),
    "RS": ("Servië", "Serbia"),
    "RU": ("Rusland", "Russia"),
    "PH": ("Filipijnen", "Philippines"),
    "MA": ("Marokko", "Morocco"),
}


def country_name(code: str, language: str) -> str:
    """The country's name for an ISO 3166 code; an unknown code is shown as written."""
    key = code.strip().upper()
    key = {"UK": "GB", "EL": "GR"}.get(key, key)
    names = COUNTRIES.get(key)
    return names[0 if language == "nl" else 1] if names else code.strip()
