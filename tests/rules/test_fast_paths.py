"""The fast paths added for the contact import (issue 17) give exactly what the full checks
give: the BSN scan's digit pre-check, the one-parse telephone check, the ASCII e-mail
check and the ASCII name folding. Each is compared with the full check it shortens."""

from __future__ import annotations

import re
import sys
import unicodedata
from unittest import mock

import phonenumbers
from hypothesis import given, settings
from hypothesis import strategies as st

from soosr_desk.rules import bsn, names, validation
from tests.examples import examples

DIGITS = "0123456789０１２３４５６７８９٠١٢٣٤٥٦٧٨٩०१२३४५६७८९¹²³①⑨"
SEPARATORS = " .-\u00a0\u2013\u2009,+()/"
LETTERS = "abBNLé"
LABELS = st.sampled_from(["", "bsn ", "klantnr. ", "KvK ", "NL", "+31 ", "(0)", "0031 ", "€ "])


def _valid_bsn(first8: str) -> str | None:
    """The 9-digit number passing the 11-proef that starts with `first8`, if any."""
    total = sum(int(d) * w for d, w in zip(first8, range(9, 1, -1), strict=True))
    last = total % 11
    return first8 + str(last) if last < 10 else None


def _in_script(number: str, script: int) -> str:
    return "".join(chr(ord(DIGITS[10 * script + int(d)])) for d in number)


BSNS = (
    st.builds(
        lambda before, first8, script, after: (before, _valid_bsn(first8), script, after),
        st.sampled_from(["", "bsn ", "nr ", "klantnr. ", "+", "tel ", "NL"]),
        st.text(alphabet="0123456789", min_size=8, max_size=8),
        st.integers(0, 3),
        st.sampled_from(["", " ", ",00", "B01", "4", " x"]),
    )
    .filter(lambda t: t[1] is not None)
    .map(lambda t: t[0] + _in_script(t[1], t[2]) + t[3])
)
TEXTS = st.one_of(
    BSNS,
    st.text(alphabet=DIGITS + SEPARATORS + LETTERS, max_size=40),
    st.lists(
        st.tuples(
            LABELS,
            st.text(alphabet=DIGITS, min_size=1, max_size=10),
            st.sampled_from(["", " ", ".", "-", " - ", ",00", ",-", "B01"]),
        ),
        max_size=4,
    ).map(lambda parts: "".join(a + b + c for a, b, c in parts)),
    st.text(max_size=30),
)


def _full_scan(text: str) -> list[bsn.BsnMatch]:
    """The scan without its pre-checks, as it was before the fast paths."""
    with (
        mock.patch.object(bsn, "_too_few_digits", lambda _text: False),
        mock.patch.object(bsn, "_no_nine_digit_run", lambda _text: False),
        mock.patch.object(bsn, "_lone_run_without_candidate", lambda _text: False),
    ):
        return list(bsn.iter_bsn_matches(text))


def test_every_digit_the_scan_reads_counts_for_the_pre_check():
    """The pre-check counts `str.isdigit` characters; the scan reads a digit wherever
    `_normal_char` gives one. Over every code point: each of those is counted."""
    normal_char = bsn._normal_char.__wrapped__
    missed = [
        hex(code)
        for code in range(sys.maxunicode + 1)
        if not 0xD800 <= code <= 0xDFFF
        and normal_char(chr(code)).isdigit()
        and normal_char(chr(code)).isascii()
        and not chr(code).isdigit()
    ]
    assert missed == []


@settings(max_examples=examples(600), deadline=None)
@given(TEXTS)
def test_the_pre_check_never_hides_a_bsn(text):
    full = _full_scan(text)
    assert list(bsn.iter_bsn_matches(text)) == full
    if bsn._too_few_digits(text) or bsn._no_nine_digit_run(bsn._normalise(text)):
        assert full == []


def test_the_pre_check_skips_only_short_or_digit_poor_texts():
    assert bsn._too_few_digits("Noordwijk") and bsn._too_few_digits("p12@bedrijf3456.nl")
    assert not bsn._too_few_digits("111222333")
    assert not bsn._too_few_digits("１１１２２２３３３")  # full-width digits count too
    assert bsn.find_bsn("１１１２２２３３３") == "１１１２２２３３３"


def test_the_run_pre_check_ends_the_scan_of_addresses_and_short_numbers():
    for text in ("p12345@bedrijf1234.nl", "06-1234", "12-03-24", "tel 020 123"):
        assert bsn._no_nine_digit_run(bsn._normalise(text)), text
    for text in (
        "111222333",
        "111 - 222 - 333",
        "1112.22.333",
        "12-03-2024 111222333",
        "１１１ ２２２ ３３３",
        "0612345678",
        "06-12345678",
    ):
        assert not bsn._no_nine_digit_run(bsn._normalise(text)), text


@settings(max_examples=examples(1500), deadline=None)
@given(
    st.one_of(
        st.text(alphabet="0123456789 .-x+", max_size=30),
        st.text(alphabet="0123456789 .-+", max_size=16),
        st.builds(lambda a, b: a + b, st.sampled_from(["+", "", "0", "00", " "]), BSNS),
    )
)
def test_the_run_pre_checks_never_hide_a_bsn_in_digit_soup(text):
    assert list(bsn.iter_bsn_matches(text)) == _full_scan(text)


def test_a_lone_run_is_cleared_only_without_a_candidate():
    for text in ("06-12345678", "+31 6 12345678", "0612345678", "06 12345678", "0031 612345678"):
        assert bsn._lone_run_without_candidate(bsn._normalise(text)), text
    for text in ("111222333", "111 222 333", "0 111222333", "111-222-333", "x 06-12345678"):
        assert not bsn._lone_run_without_candidate(bsn._normalise(text)), text


@settings(max_examples=examples(500), deadline=None)
@given(TEXTS)
def test_a_run_holds_only_digits_spaces_dots_and_dashes(text):
    """What `_digit_count` rests on: it counts a run's digits as the scan saw them."""
    for run in bsn._RUN.finditer(bsn._normalise(text)):
        assert bsn._digit_count(run.group()) == sum(c.isdigit() for c in run.group())
        assert set(run.group()) <= set("0123456789 .-")


def test_the_generated_numbers_are_bsns_in_each_script():
    for script in range(4):
        number = _in_script(_valid_bsn("11122233"), script)
        assert [m.number for m in _full_scan(f"nummer {number}.")] == [number]


def _old_normalise_phone(text: str, region: str = "NL") -> str:
    text = text.strip()
    number = validation._parse_phone(text, region)
    if number is None:
        return text
    return phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.INTERNATIONAL)


def _old_phone_problem(text: str, region: str = "NL") -> str | None:
    text = text.strip()
    if not text:
        return None
    if not validation._PHONE_CHARS.fullmatch(text):
        return validation.PHONE_LETTERS
    if validation._parse_phone(text, region) is None:
        return validation.BAD_PHONE
    return None


PHONES = st.one_of(
    st.text(alphabet="0123456789+()-./ ", max_size=22),
    st.builds(
        lambda pre, n, sep: pre + sep + n,
        st.sampled_from(["06", "020", "071", "0800", "+31", "+31 (0)6", "+32", "0031", "+1", ""]),
        st.text(alphabet="0123456789", min_size=4, max_size=11),
        st.sampled_from(["", " ", "-", "/"]),
    ),
    st.text(max_size=15),
)


@settings(max_examples=examples(400), deadline=None)
@given(PHONES, st.sampled_from(["NL", "BE", "DE", "US"]))
def test_one_phone_parse_gives_what_the_two_checks_gave(text, region):
    expected = (_old_normalise_phone(text, region), _old_phone_problem(text, region))
    assert validation.phone_check(text, region) == expected
    assert validation.normalise_phone(text, region) == expected[0]
    assert validation.phone_problem(text, region) == expected[1]


def test_ascii_space_or_control_is_exactly_the_general_rule_in_ascii():
    general = {
        chr(c)
        for c in range(128)
        if chr(c).isspace() or unicodedata.category(chr(c)) in ("Cc", "Cs")
    }
    fast = {chr(c) for c in range(128) if validation._ASCII_SPACE_OR_CONTROL.search(chr(c))}
    assert fast == general


@settings(max_examples=examples(300), deadline=None)
@given(st.text(alphabet=st.characters(max_codepoint=127), max_size=30))
def test_ascii_emails_get_the_same_verdict(text):
    general = any(c.isspace() or unicodedata.category(c) in ("Cc", "Cs") for c in text)
    if general and text.count("@") == 1 and len(text) <= 254:
        assert validation.email_problem(text) == validation.BAD_EMAIL


def _email_without_shortcut(text: str) -> str | None:
    with mock.patch.object(validation, "_PLAIN_EMAIL", re.compile("(?!)")):
        return validation.email_problem(text)


EMAILS = st.one_of(
    st.text(alphabet="ab9.-_+%@xé ", max_size=30),
    st.builds(
        lambda local, labels, tld: f"{local}@{'.'.join(labels)}.{tld}",
        st.text(alphabet="aZ09._%+-", min_size=0, max_size=70),
        st.lists(st.text(alphabet="a0-", min_size=0, max_size=66), min_size=0, max_size=3),
        st.text(alphabet="a0-", min_size=0, max_size=4),
    ),
)


@settings(max_examples=examples(2000), deadline=None)
@given(EMAILS)
def test_the_common_address_shortcut_agrees_with_the_checks(text):
    assert validation.email_problem(text) == _email_without_shortcut(text)


def test_the_common_address_shortcut_is_taken():
    for text in ("p12345@bedrijf1234.nl", "jan.de-vries+nieuws@mail.example.co.uk", "a_b%c@x-y.nl"):
        assert validation._PLAIN_EMAIL.fullmatch(text), text
    long_local = "a" * 65 + "@x.nl"
    assert validation._PLAIN_EMAIL.fullmatch(long_local)
    assert validation.email_problem(long_local) == validation.BAD_EMAIL
    long_domain = "a@" + "b" * 250 + ".nl"
    assert validation.email_problem(long_domain) == validation.BAD_EMAIL


def _old_fold(text: str) -> str:
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    out = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    return out.replace("ø", "o").replace("ł", "l").replace("đ", "d").replace("æ", "ae")


@settings(max_examples=examples(400), deadline=None)
@given(st.one_of(st.text(max_size=30), st.text(alphabet="AbCzé ĳßøŁđÆ'-ǅﬁ", max_size=20)))
def test_folding_is_unchanged(text):
    assert names.fold(text) == _old_fold(text)


def _old_search_text(*parts: str) -> str:
    words = [p for p in parts if p]
    for p in list(words):
        words += names._phone_forms(p)
    return " ".join(_old_fold(w) for w in words)[:1000]


SEARCH_PARTS = st.one_of(
    st.text(max_size=20),
    st.text(alphabet="a\u0301\u0308 ß\u00adéøŁ\ufb01\u2460+1²٣", max_size=12),
    st.text(alphabet="+31 0612345678()-éÉAbß", max_size=20),
    st.sampled_from(["+31 6 12345678", "+32 2 123 45 67", "+1", "Zoë", "ÅSA", "x" * 300]),
)


@settings(max_examples=examples(1500), deadline=None)
@given(st.lists(SEARCH_PARTS, max_size=6))
def test_search_text_is_unchanged(parts):
    assert names.search_text(*parts) == _old_search_text(*parts)


@settings(max_examples=examples(1500), deadline=None)
@given(st.lists(SEARCH_PARTS, min_size=6, max_size=6), st.booleans())
def test_a_batchs_search_lines_are_search_text(parts, again):
    """`SearchTexts.contact` keeps folded names, cities and companies from row to row:
    each line is still `search_text`'s, the first time and the next."""
    lines = names.SearchTexts()
    if again:
        lines.contact(*parts)
    assert lines.contact(*parts) == names.search_text(*parts)
    other = ["Zoë", "", "", "+31 6 12345678", "Lisse", parts[0]]
    assert lines.contact(*other) == names.search_text(*other)


def test_a_batch_keeps_at_most_its_limit_of_folded_texts(monkeypatch):
    monkeypatch.setattr(names.SearchTexts, "LIMIT", 3)
    lines = names.SearchTexts()
    for i in range(10):
        assert lines.contact(f"Zoë{i}", "Ölçek", "", "", "", "") == f"zoe{i} olcek"
    assert len(lines.pairs) == 3


ASCII_TEXTS = st.one_of(
    st.text(alphabet="0123456789 .-+()/abNL\t\n", max_size=30),
    st.sampled_from(["06-12345678", "+31 6 12345678", "0031 612345678", "111 222 333"]),
)


@settings(max_examples=examples(2000), deadline=None)
@given(ASCII_TEXTS, st.randoms(use_true_random=False))
def test_a_text_cleared_by_its_digit_places_clears_every_text_of_its_shape(text, rng):
    """Any digits in the same places (0 kept 0, the others any of 1-9) give the same
    answer: no BSN, where the text itself was cleared before its digits were read."""
    if not bsn.cleared_by_digit_places(text):
        return
    assert bsn.find_bsn(text) is None
    other = "".join(ch if not ch.isdigit() or ch == "0" else rng.choice("123456789") for ch in text)
    assert other.translate(bsn.DIGIT_PLACES) == text.translate(bsn.DIGIT_PLACES)
    assert bsn.cleared_by_digit_places(other) and bsn.find_bsn(other) is None


def test_the_run_starting_with_00_is_a_shape_of_its_own():
    """0031 612345678 is cleared as an international prefix; the same places with other
    digits in front are not (a BSN may be there)."""
    assert bsn.cleared_by_digit_places("0031 612345678")
    assert "1131 612345678".translate(bsn.DIGIT_PLACES) != "0031 612345678".translate(
        bsn.DIGIT_PLACES
    )
    assert not bsn.cleared_by_digit_places("1131 111222333")
    assert bsn.cleared_by_digit_places("06-12345678") and bsn.cleared_by_digit_places("Leiden")
