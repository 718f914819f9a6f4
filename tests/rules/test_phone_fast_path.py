"""The shortcut for Dutch telephone numbers written the common way (issue 17, contact
import speed) gives exactly what phonenumbers gives, for every 3-digit start of a Dutch
number in every common shape, for generated texts, and for the edge cases; and it leaves
everything else (foreign numbers, 0800/0900, short or long numbers, /) to phonenumbers."""

from __future__ import annotations

import random
import re

import phonenumbers
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from phonenumbers import PhoneMetadata

from soosr_desk.rules import validation
from tests.examples import examples


def _full(text: str, region: str = "NL") -> tuple[str, str | None]:
    """phone_check without the shortcut: what phonenumbers says, as before issue 17's speed work."""
    text = text.strip()
    if not text:
        return text, None
    if not validation._PHONE_CHARS.fullmatch(text):
        return text, validation.PHONE_LETTERS
    number = validation._parse_phone(text, region)
    if number is None:
        return text, validation.BAD_PHONE
    return phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.INTERNATIONAL), None


def _shapes(nsn: str, rng: random.Random) -> list[str]:
    """`nsn` (9 digits) written as Dutch offices and Outlook write it."""
    area, rest = nsn[:2], nsn[2:]
    cut = sorted(rng.sample(range(1, 7), 2))
    grouped = f"{rest[: cut[0]]} {rest[cut[0] : cut[1]]} {rest[cut[1] :]}"
    return [
        "0" + nsn,
        f"0{nsn[0]}-{nsn[1:]}",
        f"0{area}-{rest}",
        f"0{nsn[:3]} {nsn[3:]}",
        f"(0{area}) {rest[:3]} {rest[3:]}",
        f"0{area} {grouped}",
        f"0{area}.{rest[:3]}.{rest[3:]}",
        f"+31{nsn}",
        f"+31 {nsn[0]} {nsn[1:]}",
        f"+31 (0){nsn[0]} {nsn[1:]}",
        f"+31 (0) {area} {rest}",
        f"+31 0{nsn}",
        f"0031 {nsn}",
        f"0031 (0){area} {rest}",
        f"0031{nsn}",
        f"00310{nsn}",
        f"+31-{area}-{rest}",
        f" 0{area} {rest} ",
    ]


def test_every_dutch_start_in_every_shape_matches_phonenumbers():
    rng = random.Random(17)
    validation._DUTCH_GROUPS.clear()
    compared = 0
    for start in range(100, 1000):
        for _ in range(2):
            nsn = f"{start}{rng.randrange(10**6):06d}"
            for text in _shapes(nsn, rng):
                assert validation._dutch_fast(text.strip()) is not None, text  # it is taken
                assert validation.phone_check(text) == _full(text), text
                compared += 1
    assert compared == 900 * 2 * 18
    assert set(map(len, validation._DUTCH_GROUPS)) == {3}


@pytest.mark.parametrize(
    "text",
    [
        "0800-1234",
        "0800 123 4567",
        "0900-1234567",
        "0900 1234 5678",
        "0906-12345",
        "14 020",
        "112",
        "06-1234567",  # one digit short
        "06-123456789",  # one digit long
        "+31 6 1234567",
        "+3161234567",
        "+31 (0)6 123456789",
        "06/12345678",
        "020/123 4567",
        "+32 2 123 45 67",
        "0032 2 123 45 67",
        "+49 30 1234567",
        "+1 212 555 0100",
        "+44 20 7946 0958",
        "+310612345678",
        "00310612345678",
        "0031 (0)85 123 4567",
        "085-1234567",
        "088 123 4567",
        "091 123 4567",
        "097 1234 5678",
        "0012345678",
        "0612345678x",
        "06-1234 5678 toestel 12",
        "++31 6 12345678",
        "(+31) 6 12345678",
        "+ 31 6 12345678",
        "+31 (06) 12345678",
        "0 6 1 2 3 4 5 6 7 8",
        "06--12345678",
        "06 - 12345678",
        "06..12345678",
        "()0612345678",
        "0612345678()",
        "310612345678",
        "0031",
        "612345678",  # 9 digits alone: phonenumbers reads a leading 31 as the country code
        "319997069",
        "+31",
        "0",
        "",
        "   ",
    ],
)
def test_edge_cases_match_phonenumbers(text):
    assert validation.phone_check(text) == _full(text)
    for region in ("BE", "DE", "US"):
        assert validation.phone_check(text, region) == _full(text, region)


def test_what_the_shortcut_leaves_to_phonenumbers():
    for text in (
        "0800-1234",
        "+32 2 123 45 67",
        "0032 2 123 45 67",
        "06/12345678",
        "06-1234567",
        "+31 6 123456789",
        "0900 1234 5678",
        "+3161234567",
        "0012345678",
        "319997069",
        "612345678",
    ):
        assert validation._dutch_fast(text) is None, text


def test_the_shortcut_is_for_dutch_numbers_only():
    # in Belgium 02 123 45 67 is Brussels; 0612345678 is not taken as Dutch there
    assert validation.phone_check("0612345678", "BE") == _full("0612345678", "BE")
    assert validation.phone_check("0612345678", "BE")[0] != "+31 6 12345678"


def test_nl_formats_choose_by_the_first_digits_and_cut_by_length():
    """What the layout cache keyed by the first three digits rests on: in NL's metadata
    each format's `pattern` holds only groups of `\\d{n}` / `\\d{n,m}` (so whether it fits
    depends on the length alone) and each leading-digits pattern is decided by the first
    three digits of the number (whatever follows does not change whether it matches)."""
    meta = PhoneMetadata.metadata_for_region("NL")
    formats = meta.intl_number_format or meta.number_format
    assert formats
    for fmt in formats:
        assert re.fullmatch(r"(?:\(\\d(?:\{\d+(?:,\d+)?\})?\))+", fmt.pattern), fmt.pattern
        for leading in fmt.leading_digits_pattern:
            for start in range(100, 1000):
                verdicts = {
                    bool(re.match(leading, f"{start}{tail}"))
                    for tail in ("000000", "999999", "123456", "987654", "505050")
                }
                assert len(verdicts) == 1, (leading, start)


PHONES = st.one_of(
    st.text(alphabet="0123456789+()-. ", max_size=22),
    st.builds(
        lambda pre, sep, n: pre + sep + n,
        st.sampled_from(
            [
                "0",
                "06",
                "020",
                "071",
                "085",
                "0800",
                "+31",
                "+31 (0)",
                "+31 0",
                "0031",
                "0031 (0)",
                "+32",
                "0032",
                "+49",
                "+1",
                "",
                "(0",
                "(",
            ]
        ),
        st.sampled_from(["", " ", "-", ".", ") ", " - "]),
        st.text(alphabet="0123456789 -", min_size=6, max_size=13),
    ),
)


@settings(max_examples=examples(1500), deadline=None)
@given(PHONES)
def test_generated_numbers_match_phonenumbers(text):
    assert validation.phone_check(text) == _full(text)
