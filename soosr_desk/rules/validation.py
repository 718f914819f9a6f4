"""Checks on what users type: lengths, invisible characters, e-mail, telephone, dates.

Each `*_problem` function returns None when the value is fine, or an N_ message to show
next to the field (translate it, then `.format(max=...)` where it has a placeholder).
An empty value is not checked here: whether a field is required is the form's business.
"""

from __future__ import annotations

import re
import unicodedata
from datetime import date
from types import MappingProxyType

import phonenumbers

from soosr_desk.rules.i18n import N_

MAX_LENGTHS = MappingProxyType(
    {
        "name": 200,
        "short_text": 200,
        "email": 254,  # RFC 5321 path limit
        "phone": 40,
        "note": 10_000,
        "long_text": 20_000,
    }
)
EARLIEST_DATE = date(1900, 1, 1)
LATEST_DATE = date(2100, 12, 31)

# C0 controls except tab, line feed and carriage return; DEL; C1 controls.
_CONTROL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]")
_SURROGATE = re.compile("[\ud800-\udfff]")
# Digits, spaces and the punctuation people put in telephone numbers.
_PHONE_CHARS = re.compile(r"[0-9+()\-./ ]+", re.ASCII)
_ASCII_SPACE_OR_CONTROL = re.compile("[\x00-\x20\x7f]")
_DOMAIN_LABEL = re.compile(r"[^\W_](?:(?:[^\W_]|-)*[^\W_])?")
# An ASCII address of the common shape: dot-separated words of letters, digits and
# _%+- before the @; after it labels of letters, digits and inner hyphens (at most 63),
# the last starting with a letter. Every such address (of at most 254 characters with at
# most 64 before the @) passes `email_problem`'s checks (tests/rules/test_fast_paths.py).
_PLAIN_EMAIL = re.compile(
    r"[A-Za-z0-9_%+\-]+(?:\.[A-Za-z0-9_%+\-]+)*@"
    r"(?:[A-Za-z0-9](?:[A-Za-z0-9\-]{0,61}[A-Za-z0-9])?\.)+"
    r"[A-Za-z](?:[A-Za-z0-9\-]{0,61}[A-Za-z0-9])",
    re.ASCII,
)

TOO_LONG = N_("This text is too long: at most {max} characters.")
CONTROL_CHARACTER = N_(
    "This text contains an invisible control character. Retype the text instead of pasting it."
)
BROKEN_CHARACTER = N_(
    "This text contains a broken character. Retype the text instead of pasting it."
)
BAD_EMAIL = N_("This is not a valid e-mail address. Write it like name@example.nl, without spaces.")
PHONE_LETTERS = N_("A telephone number may contain only digits, spaces, + ( ) - . and /.")
BAD_PHONE = N_(
    "This is not a valid telephone number. Write it like 06-12345678 or +31 20 123 4567."
)
DATE_OUT_OF_RANGE = N_("Enter a date between 1900 and 2100.")
DATE_IN_FUTURE = N_("This date lies in the future.")
END_BEFORE_START = N_("The end date lies before the start date.")


def clean_text(text: str) -> str:
    """`text` without leading and trailing whitespace; nothing else is changed."""
    return text.strip()


def text_problem(text: str, max_len: int) -> str | None:
    """Why `text` cannot be stored as free text, or None.

    Refused: more than `max_len` characters (message has `{max}`); control characters
    other than tab and line breaks (NUL, bell, escape, DEL, C1); lone surrogates, which
    cannot be stored as UTF-8. Invisible controls would also break Excel exports.
    """
    if len(text) > max_len:
        return TOO_LONG
    if _CONTROL.search(text):
        return CONTROL_CHARACTER
    if _SURROGATE.search(text):
        return BROKEN_CHARACTER
    return None


def email_key(text: str) -> str:
    """The form of an e-mail address used to find duplicates: trimmed and case-folded."""
    return text.strip().casefold()


def email_problem(text: str) -> str | None:
    """Why `text` is not a usable e-mail address, or None (also for an empty text).

    Deliberately simple: one @, a non-empty local part without spaces, a domain of at
    least two labels whose last one has two or more characters. Internationalised domains
    are accepted both as Unicode (jan@bücher.nl) and as punycode (jan@xn--bcher-kva.nl).
    Quoted local parts with spaces ("a b"@example.nl), though allowed by RFC 5322, are not.
    """
    if not text:
        return None
    plain = len(text) <= MAX_LENGTHS["email"] and _PLAIN_EMAIL.fullmatch(text)
    if plain and text.index("@") <= 64:
        return None  # the common shape, which passes every check below
    if text.count("@") != 1 or len(text) > MAX_LENGTHS["email"]:
        return BAD_EMAIL
    if text.isascii():
        # in ASCII, the white space and the controls (Cc) are exactly \x00-\x20 and \x7f
        if _ASCII_SPACE_OR_CONTROL.search(text):
            return BAD_EMAIL
    elif any(c.isspace() or unicodedata.category(c) in ("Cc", "Cs") for c in text):
        return BAD_EMAIL
    local, domain = text.split("@")
    if not local or len(local) > 64 or local.startswith(".") or local.endswith("."):
        return BAD_EMAIL
    if ".." in local:
        return BAD_EMAIL
    labels = domain.split(".")
    if len(labels) < 2 or len(labels[-1]) < 2 or labels[-1].isdigit():
        return BAD_EMAIL
    if not all(len(label) <= 63 and _DOMAIN_LABEL.fullmatch(label) for label in labels):
        return BAD_EMAIL
    return None


def _parse_phone(text: str, region: str) -> phonenumbers.PhoneNumber | None:
    if not _PHONE_CHARS.fullmatch(text):
        return None
    try:
        number = phonenumbers.parse(text, region)
    except phonenumbers.NumberParseException:
        return None
    return number if phonenumbers.is_possible_number(number) else None


# The shape most Dutch numbers are written in, once the separators are gone: 06-12345678,
# 020 123 4567, (071) 512 3456, +31 (0)6 12345678, 0031 6 12345678 - a national
# significant number (NSN) of 9 digits not starting with 0, after the trunk 0 or the
# country code (or both). Every other text (foreign, 0800/0900, short, /, letters, and
# 9 digits alone: phonenumbers reads 319997069 as +31 9997069) is parsed by phonenumbers.
_FAST_SEPARATORS = str.maketrans("", "", " -.()")
_DUTCH_NUMBER = re.compile(r"(?:\+31|0031)0?([1-9][0-9]{8})|0([1-9][0-9]{8})", re.ASCII)
# How phonenumbers groups a Dutch 9-digit NSN in international form, by its first three
# digits: NL's formats choose by at most the first two digits and then cut by length
# only (tests/rules/test_phone_fast_path.py checks this against the metadata), so each
# group layout is learnt from phonenumbers once and applied to every number sharing it.
_DUTCH_GROUPS: dict[str, tuple[int, ...]] = {}


def _dutch_fast(text: str) -> str | None:
    """`text` (stripped) in the international form phonenumbers gives it, when it is a
    Dutch number of the common shape; None for everything else (not an answer)."""
    match = _DUTCH_NUMBER.fullmatch(text.translate(_FAST_SEPARATORS))
    if match is None:
        return None
    nsn = match[1] or match[2]
    groups = _DUTCH_GROUPS.get(nsn[:3])
    if groups is None:
        number = phonenumbers.PhoneNumber(country_code=31, national_number=int(nsn))
        parts = phonenumbers.format_number(
            number, phonenumbers.PhoneNumberFormat.INTERNATIONAL
        ).split(" ")
        if parts[0] != "+31" or "".join(parts[1:]) != nsn:
            return None  # a layout this shortcut does not know: the full parse decides
        groups = tuple(len(p) for p in parts[1:])
        _DUTCH_GROUPS[nsn[:3]] = groups
    out, start = ["+31"], 0
    for size in groups:
        out.append(nsn[start : start + size])
        start += size
    return " ".join(out)


def phone_check(text: str, region: str = "NL") -> tuple[str, str | None]:
    """(the number to store, why it is refused or None), parsing `text` once.

    The number to store is `normalise_phone(text, region)` and the problem is
    `phone_problem(text, region)`: an editor that checks a number and then stores it
    calls this instead of both, so the number is parsed once (a contact import parses
    100,000 of them). A Dutch number written the common way takes a shortcut that gives
    exactly phonenumbers' answer (`_dutch_fast`) in a fraction of the time."""
    text = text.strip()
    if not text:
        return text, None
    if region == "NL":
        fast = _dutch_fast(text)
        if fast is not None:
            return fast, None
    if not _PHONE_CHARS.fullmatch(text):
        return text, PHONE_LETTERS
    number = _parse_phone(text, region)
    if number is None:
        return text, BAD_PHONE
    return phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.INTERNATIONAL), None


def normalise_phone(text: str, region: str = "NL") -> str:
    """A telephone number in international form as people read it (+31 6 12345678,
    +31 20 123 4567), for storing; `text` trimmed but otherwise unchanged when it is not a usable number.

    Numbers without a country code are read as numbers of `region` (0612345678 in NL);
    a trunk prefix written as +31 (0)6 is understood.
    """
    return phone_check(text, region)[0]


def phone_problem(text: str, region: str = "NL") -> str | None:
    """Why `text` is not a usable telephone number, or None (also for an empty text).

    Letters are refused (also the 0800-FLOWERS kind); the number must have a possible
    length for its country, which refuses 20-digit nonsense.
    """
    return phone_check(text, region)[1]


def date_problem(d: date) -> str | None:
    """Refuses dates before 1 January 1900 or after 31 December 2100: typing errors."""
    if not EARLIEST_DATE <= d <= LATEST_DATE:
        return DATE_OUT_OF_RANGE
    return None


def future_problem(d: date, today: date) -> str | None:
    """Refuses a date after `today`, for dates that record what already happened (a
    request received, a breach found)."""
    if d > today:
        return DATE_IN_FUTURE
    return None


def period_problem(start: date | None, end: date | None) -> str | None:
    """Refuses an end before the start; an open start or end is fine. A period may start
    and end on the same day."""
    if start is not None and end is not None and end < start:
        return END_BEFORE_START
    return None


_NL_POSTCODE = re.compile(r"\s*([1-9][0-9]{3})\s*([A-Za-z]{2})\s*")


def normalise_postcode(text: str, country: str = "NL") -> str:
    """A Dutch postcode as PostNL writes it, `1051dk` -> `1051 DK`; other countries' and
    text that is not a Dutch postcode stay as typed (trimmed)."""
    match = _NL_POSTCODE.fullmatch(text)
    if match and country.upper() in ("NL", ""):
        return f"{match[1]} {match[2].upper()}"
    return text.strip()


def postcode_key(text: str) -> str:
    """The form of a postcode used to find duplicates: no spaces, upper case."""
    return "".join(text.split()).upper()
