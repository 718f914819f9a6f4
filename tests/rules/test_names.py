"""Dutch sorting and accent-free searching of names."""

import pytest

from soosr_desk.rules.names import fold, search_text, sort_key, split_surname


@pytest.mark.parametrize(
    "last, expected",
    [
        ("van der Berg", ("van der", "Berg")),
        ("de Vries", ("de", "Vries")),
        ("van 't Hof", ("van 't", "Hof")),
        ("Jansen", ("", "Jansen")),
        ("Van", ("", "Van")),  # a surname that is only a prefix word stays a surname
    ],
)
def test_split_surname(last, expected):
    assert split_surname(last) == expected


def test_sort_key_ignores_prefix_and_accents():
    keys = sorted(
        [("Piet", "de Vries"), ("Anna", "van der Berg"), ("Zoë", "Çelik"), ("Jan", "Jansen")],
        key=lambda p: sort_key(*p),
    )
    assert [k[1] for k in keys] == ["van der Berg", "Çelik", "Jansen", "de Vries"]


def test_fold():
    assert fold("Çelik Ĳsselstein Straße Øster") == "celik ijsselstein strasse oster"


def test_search_text_finds_phone_in_national_form():
    text = search_text("Jan", "+31 6 12345678")
    assert "0612345678" in text and "+31 6 12345678" in text
    assert "0612345678" not in search_text("Postbus 612345678")
