"""Issue 14 follow-up: the contacts help says what the BSN refusal says, and no more: a
number that looks like a BSN is removed, never relabelled to get it past the check
(docs/decisions.md, BSN section)."""

from __future__ import annotations

import re

import pytest

from soosr_desk.ui.help import help_file

pytestmark = pytest.mark.gui

WAY_AROUND = {
    "nl": ("zet er dan een woord voor", "klantnr."),
    "en": ("put a word in front", "customer no."),
}
SAYS = {"nl": "haal het dan weg voordat u opslaat", "en": "remove it before saving"}


@pytest.mark.parametrize("lang", ["nl", "en"])
def test_the_contacts_help_agrees_with_the_bsn_refusal(lang):
    text = re.sub(
        r"\s+", " ", re.sub(r"<[^>]+>", "", help_file("contacts", lang).read_text("utf-8"))
    )
    assert SAYS[lang] in text
    for hint in WAY_AROUND[lang]:
        assert hint not in text
