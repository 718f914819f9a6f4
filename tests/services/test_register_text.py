"""One reading of a register text in the reader's language, for the statement and the
letters alike (services/register_links.py, issue 19): English where it is written,
otherwise the Dutch text, named once so the document says it is given in Dutch."""

from __future__ import annotations

from types import SimpleNamespace

from soosr_desk.services.register_links import register_text


def _row(nl, en):
    return SimpleNamespace(name=nl, name_en=en)


def test_english_where_it_is_written():
    noted: list[str] = []
    assert register_text(_row("Klanten", "Customers"), "name", "en", noted) == "Customers"
    assert noted == []


def test_dutch_named_once_where_english_is_missing_or_blank():
    noted: list[str] = []
    for english in ("", "   ", None):
        assert register_text(_row("Klanten", english), "name", "en", noted) == "Klanten"
    assert noted == ["Klanten"]


def test_a_long_dutch_text_is_named_shortened():
    noted: list[str] = []
    text = "Gegevens " * 20
    assert register_text(_row(text, ""), "name", "en", noted) == text
    assert noted == [text[:59].rstrip() + "…"] and len(noted[0]) <= 60


def test_dutch_readers_get_the_dutch_text_and_no_note():
    noted: list[str] = []
    assert register_text(_row("Klanten", "Customers"), "name", "nl", noted) == "Klanten"
    assert register_text(_row(None, ""), "name", "en", noted) == ""
    assert noted == []
