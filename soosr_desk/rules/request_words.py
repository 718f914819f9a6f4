"""Which right a written request invokes, suggested from its words (Dutch and English).

Only a suggestion: staff confirm the kind. It is "clear" when the words point to one kind
only; mixed words (e.g. "trek mijn toestemming in en verwijder mijn gegevens") or none
leave the choice to a person."""

from __future__ import annotations

import re
import unicodedata

_WORDS: dict[str, tuple[str, ...]] = {
    "access": (
        r"inzage\w*",
        r"inzien",
        r"welke (persoons)?gegevens",
        r"kopie van (al )?mijn",
        r"access",
        r"subject access",
        r"copy of (all )?(the |my )?(personal )?data",
        r"what (personal )?data",
        r"art(ikel|icle|\.)? ?15",
    ),
    "rectification": (
        r"rectific\w*",
        r"corrig\w*",
        r"correctie",
        r"verbeter\w*",
        r"onjuist\w*",
        r"klopt niet",
        r"rectif\w*",
        r"correct (my|the)",
        r"incorrect",
        r"art(ikel|icle|\.)? ?16",
    ),
    "erasure": (
        r"verwijder\w*",
        r"wis(sen|t)",
        r"vergetelheid",
        r"vergeten (te )?worden",
        r"eras\w*",
        r"delet\w*",
        r"to be forgotten",
        r"art(ikel|icle|\.)? ?17",
    ),
    "restriction": (r"beperk\w*", r"restrict\w*", r"art(ikel|icle|\.)? ?18"),
    "objection": (
        r"bezwaar",
        r"object(ion|s)?",
        r"afmeld\w*",
        r"unsubscribe",
        r"geen (nieuwsbrie\w*|reclame|mailings?) meer",
        r"art(ikel|icle|\.)? ?21",
    ),
    "portability": (
        r"overdraagbaar\w*",
        r"overdragen",
        r"data ?portab\w*",
        r"portab\w*",
        r"machine ?lees\w*",
        r"machine[- ]readable",
        r"art(ikel|icle|\.)? ?20",
    ),
    "withdrawal": (
        r"in ?te ?trekken",
        r"intrek\w*",
        r"trek\w* .{0,40}\bin\b",
        r"withdraw\w*",
        r"toestemming .{0,30}(in|terug)",
    ),
}
_PATTERNS = {
    kind: re.compile(r"\b(?:" + "|".join(words) + r")\b") for kind, words in _WORDS.items()
}


def _fold(text: str) -> str:
    text = unicodedata.normalize("NFKD", text)
    return "".join(c for c in text if not unicodedata.combining(c)).lower()


def suggest_kinds(text: str) -> list[str]:
    """The kinds the words point to, the most mentioned first (RequestKind codes)."""
    folded = _fold(text)
    counts = {kind: len(p.findall(folded)) for kind, p in _PATTERNS.items()}
    return sorted((k for k, n in counts.items() if n), key=lambda k: -counts[k])


def clear_kind(text: str) -> str | None:
    """The one kind the words point to, or None when they point to none or to several."""
    kinds = suggest_kinds(text)
    return kinds[0] if len(kinds) == 1 else None
