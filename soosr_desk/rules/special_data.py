"""Words that suggest health data in free text (Art. 9 GDPR), for a warning where notes
are typed.

Art. 9(1) forbids processing data concerning health (Art. 4(15): physical or mental
health, including care received) unless an exception of Art. 9(2) applies; none applies
to SOOSR's customer notes. A note such as "ziek thuis, burn-out" is health data. The
program cannot know what a word means in context, so it warns and does not refuse: the
user decides, and may write what the work needs without the health detail ("afwezig tot
1 maart").

Words are matched whole or as the start of a word (`ziek` finds `ziekmelding`,
`ziekenhuis`), case-insensitively. Words with a common business meaning are left out on
purpose: `behandeling` (of a request), `beperking` (Art. 18 restriction), `opname`,
`operatie`, `arts` inside other words.
"""

from __future__ import annotations

import re

from soosr_desk.rules.i18n import N_

HEALTH_WARNING = N_(
    "This note may contain health data ({terms}). Health data is a special category "
    "(Art. 9 GDPR) that SOOSR has no ground to record: leave it out, or write only what "
    'the work needs, such as "absent until 1 March".'
)

# stems: a word starting with one of these is a hit
_STEMS = (
    # Dutch
    "ziek",
    "zieke",
    "ziekte",
    "ziekenhuis",
    "ziekmeld",
    "ziekgemeld",
    "huisarts",
    "bedrijfsarts",
    "arbo-arts",
    "arboarts",
    "dokter",
    "diagnose",
    "gediagnosticeerd",
    "geopereerd",
    "kanker",
    "tumor",
    "chemo",
    "diabet",
    "suikerziekte",
    "hartaanval",
    "hartinfarct",
    "beroerte",
    "depressi",
    "burn-out",
    "burnout",
    "overspannen",
    "psycholo",
    "psychiat",
    "therapie",
    "therapeut",
    "zwanger",
    "bevall",
    "miskraam",
    "gehandicapt",
    "handicap",
    "medicijn",
    "medicatie",
    "revalid",
    "herstellende",
    "covid",
    "dementie",
    "alzheimer",
    "verslav",
    "verslaafd",
    "allergi",
    "adhd",
    "autis",
    "epilep",
    "hernia",
    "gebroken",
    # English
    "sick",
    "illness",
    "hospital",
    "doctor",
    "diagnos",
    "cancer",
    "pregnan",
    "maternity",
    "depress",
    "medication",
    "surgery",
    "disabilit",
    "disabled",
    "therapy",
    "therapist",
    "psychiatr",
    "psycholog",
    "diabetic",
    "rehab",
)
_PATTERN = re.compile(
    r"(?<![^\W\d_])(?:" + "|".join(re.escape(s) for s in _STEMS) + r")[^\W\d_]*(?:-[^\W\d_]+)*",
    re.IGNORECASE,
)


def health_terms(text: str) -> list[str]:
    """The words in `text` that suggest health data, as typed, each once, in order."""
    found: dict[str, None] = {}
    for match in _PATTERN.finditer(text):
        found.setdefault(match.group(0), None)
    return list(found)
