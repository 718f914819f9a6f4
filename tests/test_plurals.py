"""A count in a text takes the right form in both languages: "1 contact", "2 contacts",
"1 contact", "2 contacten" (Qt's numerus for widget text, from the Dutch and the English
translation; rules.i18n.plural for text from layers without Qt)."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from soosr_desk.rules.i18n import N_, plural

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tools"))
import i18n  # noqa: E402


def test_plural_chooses_by_the_count():
    one, other = N_("{count} contact is due for erasure."), N_("{count} contacts are due.")
    assert plural(1, one, other) is one
    assert plural(-1, one, other) is one  # one day ago
    assert [plural(n, one, other) for n in (0, 2, 11)] == [other, other, other]


def test_english_forms_are_made_from_the_source():
    assert i18n.english_forms("%n contact(s) erased.") == [
        "%n contact erased.",
        "%n contacts erased.",
    ]
    assert i18n.english_forms("%n day(s) left: %1") == ["%n day left: %1", "%n days left: %1"]
    assert i18n.english_forms("No count here") is None


def test_every_count_has_its_english_forms(tmp_path):
    """The English .ts holds the numerus texts only (lupdate -pluralonly), every one with
    its singular and plural, and its .qm is current."""
    ts = tmp_path / "en.ts"
    ts.write_bytes(i18n.EN_TS.read_bytes())
    i18n.lupdate_english(ts)
    found = list(i18n.messages(ts))
    assert found, "the contacts count at least is a numerus text"
    for _ctx, source, translation, message in found:
        assert message.get("numerus") == "yes"
        forms = [f.text for f in translation.iter("numerusform")]
        assert translation.get("type") != "unfinished" and len(forms) == 2 and all(forms), source
    qm = tmp_path / "en.qm"
    i18n.release(i18n.EN_TS, qm)
    assert qm.read_bytes() == i18n.EN_QM.read_bytes(), "run `python tools/i18n.py release`"


@pytest.mark.gui
@pytest.mark.parametrize(
    ("language", "one", "two"),
    [("en", "1 contact", "2 contacts"), ("nl", "1 contact", "2 contacten")],
)
def test_the_contacts_count_in_both_languages(qapp, language, one, two):
    from PySide6.QtCore import QCoreApplication

    from soosr_desk.ui import i18n as ui_i18n

    ui_i18n.install(qapp, language)
    try:
        count = [QCoreApplication.translate("ContactsPage", "%n contact(s)", "", n) for n in (1, 2)]
        assert count == [one, two]
    finally:
        ui_i18n.install(qapp, "en")
