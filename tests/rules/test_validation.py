"""Checks on typed input: RELIABILITY.md sections 4.1 and 4.2, R18."""

from datetime import date, timedelta

import pytest
from hypothesis import given
from hypothesis import strategies as st

from soosr_desk.rules.validation import (
    BAD_EMAIL,
    BAD_PHONE,
    BROKEN_CHARACTER,
    CONTROL_CHARACTER,
    DATE_IN_FUTURE,
    DATE_OUT_OF_RANGE,
    END_BEFORE_START,
    MAX_LENGTHS,
    PHONE_LETTERS,
    TOO_LONG,
    clean_text,
    date_problem,
    email_key,
    email_problem,
    future_problem,
    normalise_phone,
    period_problem,
    phone_problem,
    text_problem,
)

DAY = timedelta(days=1)


def test_max_lengths():
    assert dict(MAX_LENGTHS) == {
        "name": 200,
        "short_text": 200,
        "email": 254,
        "phone": 40,
        "note": 10_000,
        "long_text": 20_000,
    }


@pytest.mark.parametrize(
    ("text", "clean"),
    [("  Jansen \n", "Jansen"), ("", ""), (" ", ""), ("a  b", "a  b"), ("\tx\r\n", "x")],
)
def test_clean_text(text, clean):
    assert clean_text(text) == clean


def test_length_limit():
    assert text_problem("x" * 200, 200) is None
    assert text_problem("x" * 201, 200) == TOO_LONG
    assert "200" in TOO_LONG.format(max=200)
    assert text_problem("x" * 40_000, MAX_LENGTHS["note"]) == TOO_LONG
    assert text_problem("", 200) is None


@pytest.mark.parametrize(
    "char", ["\x00", "\x07", "\x08", "\x0b", "\x0c", "\x1b", "\x1f", "\x7f", "\x85", "\x9f"]
)
def test_control_characters_refused(char):
    assert text_problem(f"Jan{char}sen", 200) == CONTROL_CHARACTER


def test_lone_surrogate_refused():
    assert text_problem("Jan\ud800sen", 200) == BROKEN_CHARACTER
    assert text_problem("\udfff", 200) == BROKEN_CHARACTER


@pytest.mark.parametrize(
    "text",
    [
        "regel 1\nregel 2\r\nregel 3\tkolom",
        "Zoë",
        "Çelik",
        "Ĳsselmeer",
        "ß",
        "€ 1.234,56",
        "😀",
        "e\u0301",
        "zero\u200bwidth",
        "\ufeffBOM",
        "\u202eRTL",
        "\uffff",
        "'; DROP TABLE contact;--",
        '=HYPERLINK("http://x","y")',
        "A <b>B",
    ],
)
def test_ordinary_and_odd_text_accepted(text):
    assert text_problem(text, 200) is None


@given(st.text(), st.integers(min_value=0, max_value=50))
def test_text_problem_never_raises(text, max_len):
    problem = text_problem(text, max_len)
    assert problem in (None, TOO_LONG, CONTROL_CHARACTER, BROKEN_CHARACTER)
    if problem is None:
        assert len(text) <= max_len
        assert all(c in "\t\n\r" or c >= " " for c in text)


@pytest.mark.parametrize(
    "address",
    [
        "jan@example.nl",
        "JAN@EXAMPLE.NL",
        "jan.de.vries+avg@mail.example.co.uk",
        "jan@xn--bcher-kva.nl",
        "jan@bücher.nl",
        "zoë@example.nl",
        "j@a-b.nl",
        "",  # empty: the form decides whether it is required
    ],
)
def test_good_email(address):
    assert email_problem(address) is None


@pytest.mark.parametrize(
    "address",
    [
        "a@b",
        "a@b.c",
        '"a b"@example.nl',
        "jan@example.nl ",
        " jan@example.nl",
        "jan @example.nl",
        "jan@@example.nl",
        "jan@ex@ample.nl",
        "jan",
        "@example.nl",
        "jan@",
        "jan@.nl",
        "jan@example..nl",
        "jan@-example.nl",
        "jan@example-.nl",
        "jan@exa_mple.nl",
        "jan@192.168.1.1",
        ".jan@example.nl",
        "jan.@example.nl",
        "j..an@example.nl",
        "jan@example.nl\x00",
        "jan\ud800@example.nl",
        "x" * 65 + "@example.nl",
        "jan@" + "a" * 64 + ".nl",
        "jan@" + "a." * 130 + "nl",
    ],
)
def test_bad_email(address):
    assert email_problem(address) == BAD_EMAIL


def test_email_key_for_duplicates():
    assert email_key("JAN@EXAMPLE.NL ") == email_key("jan@example.nl")
    assert email_key("jan@example.nl") != email_key("jаn@example.nl")  # Cyrillic а


@pytest.mark.parametrize(
    ("text", "international"),
    [
        ("06-12345678", "+31 6 12345678"),
        ("0612345678", "+31 6 12345678"),
        ("06 1234 5678", "+31 6 12345678"),
        ("+31 6 1234 5678", "+31 6 12345678"),
        ("+31 (0)6 1234 5678", "+31 6 12345678"),
        ("+31612345678", "+31 6 12345678"),
        ("0031612345678", "+31 6 12345678"),
        ("020-1234567", "+31 20 123 4567"),
        ("071 202 0307", "+31 71 202 0307"),
        (" 071/202.0307 ", "+31 71 202 0307"),
        ("+32 2 123 45 67", "+32 2 123 45 67"),
    ],
)
def test_good_phone(text, international):
    assert phone_problem(text) is None
    assert normalise_phone(text) == international


@pytest.mark.parametrize(
    ("text", "problem"),
    [
        ("0800-FLOWERS", PHONE_LETTERS),
        ("06 1234 567a", PHONE_LETTERS),
        ("bel me", PHONE_LETTERS),
        ("06\x0012345678", PHONE_LETTERS),
        ("12345678901234567890", BAD_PHONE),
        ("123", BAD_PHONE),
        ("+", BAD_PHONE),
        ("(((", BAD_PHONE),
        ("0" * 200, BAD_PHONE),
    ],
)
def test_bad_phone(text, problem):
    assert phone_problem(text) == problem
    assert normalise_phone(text) == text.strip()


def test_empty_phone_is_not_checked():
    assert phone_problem("") is None
    assert phone_problem("  ") is None


def test_phone_region():
    assert normalise_phone("02 123 45 67", region="BE") == "+32 2 123 45 67"
    assert phone_problem("02 123 45 67", region="BE") is None
    assert normalise_phone("+31 20 123 4567", region="BE") == "+31 20 123 4567"


@given(st.text(max_size=60))
def test_phone_never_raises(text):
    problem = phone_problem(text)
    assert problem in (None, PHONE_LETTERS, BAD_PHONE)
    normal = normalise_phone(text)
    if problem is None and text.strip():
        assert normal.startswith("+")


@pytest.mark.parametrize(
    ("day", "ok"),
    [
        (date(1899, 12, 31), False),
        (date(1900, 1, 1), True),
        (date(2026, 6, 15), True),
        (date(2100, 12, 31), True),
        (date(2101, 1, 1), False),
        (date(1, 1, 1), False),
        (date(9999, 12, 31), False),
    ],
)
def test_date_range(day, ok):
    assert date_problem(day) == (None if ok else DATE_OUT_OF_RANGE)


def test_future():
    today = date(2026, 6, 15)
    assert future_problem(today - DAY, today) is None
    assert future_problem(today, today) is None
    assert future_problem(today + DAY, today) == DATE_IN_FUTURE


@pytest.mark.parametrize(
    ("start", "end", "problem"),
    [
        (date(2026, 1, 1), date(2026, 12, 31), None),
        (date(2026, 1, 1), date(2026, 1, 1), None),
        (date(2026, 1, 2), date(2026, 1, 1), END_BEFORE_START),
        (None, date(2026, 1, 1), None),
        (date(2026, 1, 1), None, None),
        (None, None, None),
    ],
)
def test_period(start, end, problem):
    assert period_problem(start, end) == problem


def test_messages_are_plain_text():
    for message in (BAD_EMAIL, BAD_PHONE, PHONE_LETTERS, DATE_OUT_OF_RANGE, DATE_IN_FUTURE):
        assert message.format(max=1) == message
