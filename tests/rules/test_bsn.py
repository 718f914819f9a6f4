"""The BSN detector: RELIABILITY.md section 4.2 and R19."""

import unicodedata

import pytest
from hypothesis import assume, given
from hypothesis import strategies as st

from soosr_desk.rules.bsn import (
    BSN_REFUSED,
    BsnMatch,
    find_bsn,
    find_bsn_match,
    iter_bsn_matches,
)


def elfproef(digits: str) -> bool:
    """The 11-proef, written out independently of stdnum."""
    total = sum((9 - i) * int(c) for i, c in enumerate(digits[:8])) - int(digits[8])
    return len(digits) == 9 and digits.isdigit() and int(digits) > 0 and total % 11 == 0


VALID = "111222333"
MOBILE = "612345671"  # a valid 11-proef number that is also a mobile number after +31
KVK_ZFILL = "12345672"  # 8 digits; stdnum would read it as 012345672, which passes


def test_fixtures_are_what_they_say():
    assert elfproef(VALID) and elfproef("123456782") and elfproef(MOBILE)
    assert elfproef("0" + KVK_ZFILL)
    assert not elfproef("123456789") and not elfproef("000000000")


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("111222333", "111222333"),
        ("1112.22.333", "1112.22.333"),
        ("111 222 333", "111 222 333"),
        ("111-222-333", "111-222-333"),
        ("11122 2333", "11122 2333"),
        ("１１１２２２３３３", "１１１２２２３３３"),  # full-width, returned as typed
        ("１１１ 222.３３３", "１１１ 222.３３３"),  # mixed
        ("111\u00a0222\u00a0333", "111\u00a0222\u00a0333"),  # no-break spaces
        ("111\u2013222\u2013333", "111\u2013222\u2013333"),  # en dashes
        ("111\u3000222\u3000333", "111\u3000222\u3000333"),  # ideographic spaces
        ("BSN:111222333", "111222333"),
        ("BSN111222333", "111222333"),
        ("(111222333)", "111222333"),
        ("Zijn nummer is 111222333.", "111222333"),
        ("111222333, en verder", "111222333"),
        ("nummer: 123456782", "123456782"),
        ("geboren 01-02-1980 111222333", "111222333"),  # a date before it
        ("111222333 12-03-2024", "111222333"),
        ("NL111222333", "111222333"),  # NL without B.. is no VAT number
        ("-111222333", "111222333"),
        ("06 111222333", "111222333"),  # not a telephone format
        ("border 111222333", "111222333"),  # 'order' inside a word is no label
        ("Dat vatten we samen: 111222333", "111222333"),
        ("klantnr 5, BSN 111222333", "111222333"),  # bsn wins over another label
        ("BSN/klantnummer 111222333", "111222333"),
        ("burgerservicenummer: 111222333", "111222333"),
        ("sofinummer 111222333", "111222333"),
        ("klantnr. staat verderop; hier: 111222333", "111222333"),  # label too far back
        ("111222333,123456782", "111222333"),  # a list, not an amount
        ("111222333-", "111222333"),
    ],
)
def test_found(text, found):
    assert find_bsn(text) == found


@pytest.mark.parametrize(
    "text",
    [
        "0612345678",
        "06-12345678",
        "06 1234 5678",
        "+31 6 1234 5678",
        "+31612345678",
        "0031612345678",
        "020-1234567",
        "071 202 0307",
        "NL91ABNA0417164300",
        "NL91 ABNA 0417 1643 00",
        "1234 AB",
        "12345678",
        "KvK 12345678",
        "12.03.2024",
        "12-03-2024",
        "1.234.567,89",
        "12:34:56",
        "1111222333x",
        "4111222333",
        "000000000",
        "123456789",
        "BSN 123456789",  # a label does not make a failing number a BSN
        "",
        "geen nummer",
    ],
)
def test_not_refused_reliability_list(text):
    assert find_bsn(text) is None


@pytest.mark.parametrize(
    "text",
    [
        # telephone numbers whose 9 digits happen to pass the 11-proef
        f"+31 6 {MOBILE[1:5]} {MOBILE[5:]}",
        f"+31{MOBILE}",
        f"+31 {MOBILE}",
        f"+31-{MOBILE}",
        f"+31 (0)6 {MOBILE[1:5]} {MOBILE[5:]}",
        f"+31(0){MOBILE}",
        f"tel. (0) {MOBILE}",
        f"0031 {MOBILE}",
        f"0031{MOBILE}",
        "+31 20 1234567",
        "0031 20 1234567",
        # 8 digits are never a BSN, though stdnum would zero-fill them
        KVK_ZFILL,
        f"KvK-nummer: {KVK_ZFILL}",
        f"{KVK_ZFILL[:4]} {KVK_ZFILL[4:]}",
        # a window inside a longer run
        f"1{VALID}",
        f"{VALID}1",
        f"{VALID}0x",
        f"1.{VALID}",
        f"1-{VALID}",
        "1112.22.333.4",
        # amounts
        "111.222.333,00",
        "€ 111.222.333,5",
        "111222333,-",
        "1 111.222.333,00",
        # old VAT numbers (btw-nummer): the 9 digits are the RSIN
        "NL111222333B01",
        "nl111222333b01",
        "111222333B01",
        "NL 1112.22.333.B01",
        "NL 111 222 333 B 01",
        "btw-nummer NL111222333B01.",
        # labels that say what the number is
        "klantnr. 111222333",
        "Klantnummer: 111 222 333",
        "KvK 111222333",
        "RSIN 111222333",
        "RSIN: 1112.22.333",
        "factuurnummer 111222333",
        "Factuur 111222333",
        "ordernr 111222333",
        "Order #111222333",
        "btw 111222333",
        "VAT 111222333",
        "rekeningnummer 1112.22.333",
        "debiteurnr 111222333",
        "polisnummer 111222333",
        "dossier 111222333",
    ],
)
def test_not_refused_on_purpose(text):
    assert find_bsn(text) is None


def test_bsn_on_its_own_line_in_a_long_note():
    lines = [f"Regel {i}: gebeld op 12-03-2024 om 12:34, tel 06-12345678." for i in range(10_000)]
    lines[7_321] = VALID
    text = "\n".join(lines)
    match = find_bsn_match(text)
    assert match is not None
    assert match.number == VALID
    assert text[match.start : match.end] == VALID
    assert text.count("\n", 0, match.start) == 7_321


def test_long_note_without_bsn():
    text = "\n".join(f"Regel {i}: 06-12345678, KvK {KVK_ZFILL}" for i in range(10_000))
    assert find_bsn(text) is None


def test_match_positions_are_in_the_original_text():
    text = "Naam: Zoë ﬁnk, BSN １１１ ２２２ ３３３."
    match = find_bsn_match(text)
    assert match == BsnMatch("１１１ ２２２ ３３３", text.index("１"), len(text) - 1)
    assert text[match.start : match.end] == match.number


def test_all_matches_in_order():
    text = "eerst 111222333, dan 1234.56.782 en klantnr 123456782"
    assert [m.number for m in iter_bsn_matches(text)] == ["111222333", "1234.56.782"]


def test_superscripts_and_circled_digits_are_not_digits():
    assert find_bsn("①①①②②②③③③") is None
    assert find_bsn("111222333²") == "111222333"


def test_refusal_message_names_the_number_and_no_way_around():
    # issue 14: the message says to remove the number and suggests no label or rewording
    message = BSN_REFUSED.format(number="111222333")
    assert "111222333" in message
    assert "BSN" in message and "remove" in message
    for hint in ("klantnr", "ordernr", "factuurnr", "KvK", "in front", "write"):
        assert hint not in message, hint
    assert "{" not in message


@pytest.mark.parametrize(
    "text",
    [
        "111 - 222 - 333",
        "111 -222- 333",
        "111 . 222 . 333",
        "bsn: 111 - 222 - 333 graag",
        "nummer 111- 222 -333.",
    ],
)
def test_groups_joined_by_a_spaced_dash_or_dot_are_caught(text):
    match = find_bsn_match(text)
    assert match is not None and text[match.start : match.end] == match.number
    assert "".join(c for c in match.number if c.isdigit()) == "111222333"


@pytest.mark.parametrize(
    "text",
    [
        "tel. 071 - 202 0307",
        "12 - 03 - 2024",
        "ordernr. 111 - 222 - 333",
        "€ 111 - 222 - 333,00",
    ],
)
def test_spaced_dashes_keep_the_usual_exceptions(text):
    assert find_bsn(text) is None


@st.composite
def valid_bsns(draw) -> str:
    first = draw(st.lists(st.integers(0, 9), min_size=8, max_size=8))
    check = sum((9 - i) * d for i, d in enumerate(first)) % 11
    assume(check < 10)
    digits = "".join(map(str, first)) + str(check)
    assume(int(digits) > 0)
    return digits


def formatted(digits: str, style: int) -> str:
    return [
        digits,
        f"{digits[:4]}.{digits[4:6]}.{digits[6:]}",
        f"{digits[:3]} {digits[3:6]} {digits[6:]}",
        f"{digits[:3]}-{digits[3:6]}-{digits[6:]}",
        digits.translate(str.maketrans("0123456789", "０１２３４５６７８９")),
    ][style]


def _no_digit_like(char: str) -> bool:
    return not any(c.isdigit() for c in unicodedata.normalize("NFKC", char))


SURROUNDING = st.text(
    alphabet=st.characters(blacklist_categories=("Cs",)).filter(_no_digit_like),
    max_size=40,
)


@given(valid_bsns(), st.integers(0, 4), SURROUNDING, SURROUNDING)
def test_valid_bsn_in_any_text_is_found(digits, style, before, after):
    before = before.replace("+", "")
    # Labels are the user's way to say "this is not a BSN"; leave them out here.
    window = unicodedata.normalize("NFKC", before[-25:]).lower()
    labels = ("rsin", "klantn", "kvk", "factuur", "order", "btw", "vat", "rekening")
    assume(not any(label in window for label in labels + ("debiteur", "polis", "dossier")))
    number = formatted(digits, style)
    text = f"{before} {number} {after}"
    assert elfproef(digits)
    assert find_bsn(text) == number


@given(st.text(alphabet="0123456789", min_size=1, max_size=40).filter(lambda s: len(s) != 9))
def test_digit_runs_of_other_lengths_are_never_found(run):
    assert find_bsn(run) is None
    assert find_bsn(f"nummer {run}.") is None


@given(
    st.lists(st.text(alphabet="0123456789", min_size=1, max_size=6), min_size=2, max_size=8),
    st.sampled_from([".", "-"]),
)
def test_grouped_runs_of_other_lengths_are_never_found(groups, separator):
    assume(sum(map(len, groups)) != 9)
    assert find_bsn(separator.join(groups)) is None


@given(valid_bsns())
def test_eight_digits_of_a_valid_bsn_are_never_found(digits):
    assert find_bsn(digits[1:]) is None
    assert find_bsn(digits[:8]) is None


@given(st.text())
def test_any_text_never_raises(text):
    result = find_bsn(text)
    if result is not None:
        assert result in text
        digits = "".join(
            str(unicodedata.decimal(c)) for c in result if unicodedata.decimal(c, None) is not None
        )
        assert elfproef(digits)


@given(st.text(alphabet="0123456789 .-+(),:B", max_size=60))
def test_digit_heavy_text_never_gives_an_invalid_number(text):
    result = find_bsn(text)
    if result is not None:
        assert elfproef("".join(c for c in result if c.isdigit()))
