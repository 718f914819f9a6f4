"""Finds citizen service numbers (BSN) in free text, so they can be refused.

SOOSR has no legal basis to keep BSNs (Art. 46 Uitvoeringswet AVG: a BSN may be processed
only where a law provides for it). A BSN is 9 digits passing the 11-proef
(`stdnum.nl.bsn`). About 9 % of random 9-digit numbers pass, so the detector is precise
about *where* a number stands:

- Digits are read after Unicode normalisation (full-width and other decimal digits count;
  any space counts as a space and any dash as a dash). Positions stay those of the
  original text, so the match is returned exactly as the user typed it.
- A *run* is a maximal sequence of digit groups joined by a single space, or by a dot or
  dash with at most one space either side. A run of exactly 9 digits is a candidate
  (`111222333`, `1112.22.333`, `111 222 333`, `111-222-333`, `111 - 222 - 333`,
  `11122 2333`). In a longer run, a space-free part of
  exactly 9 digits is a candidate too (`12-03-2024 111222333`), but never a window inside
  a longer block of digits (`4111222333`), and never 8 digits (KvK numbers: stdnum would
  zero-fill them and 9 % would pass).
- Telephone numbers are not BSNs: a run right after `+`, right after the trunk prefix
  `(0)` is skipped (`+31 6 1234 5678`, `+31 (0)6 12345678`), and a longer run that starts
  with the international prefix `00` is not split (`0031 612345678`).
- Amounts: a run followed by a decimal comma and one or two digits, or by `,-`, is money
  (`123.456.789,00`).
- The old Dutch VAT number (btw-nummer, before 2020) `NL` + 9 digits + `B` + 2 digits is
  accepted. For a company those 9 digits are its RSIN, which passes the 11-proef by design;
  for a sole trader they *were* the BSN. SOOSR records companies' VAT numbers, so we accept
  the form and rely on the user. The current btw-identificatienummer (since 2020) uses a
  mod-97 check and holds no BSN.
- Labels: a label that says what the number is, within the 20 characters before it,
  decides. `bsn`, `burgerservicenummer` or `sofi(nummer)` always means a BSN; otherwise
  `rsin`, `klantnr`/`klantnummer`, `kvk`, `factuur…`, `order…`, `btw`, `vat`,
  `rekening…`, `debiteur…`, `polis…` or `dossier…` means it is not one. The refusal
  message does not mention this (it would teach how to get a BSN past the check); the
  help page explains it for real customer numbers.

Known false positives that remain (by design): an unlabelled 9-digit customer number
(about 9 % pass), an unlabelled RSIN or old 9-digit bank account number (they use the
11-proef, so all pass). Known misses: groups joined by two separators of one kind
(`111  222  333`, `111--222--333`), and a spaced BSN with digits after it
(`111 222 333 4`).
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterator
from dataclasses import dataclass
from functools import lru_cache

from stdnum.nl import bsn as _stdnum_bsn

from soosr_desk.rules.i18n import N_

# Says only what to do: remove it. It names no label or rewording that would let the
# number through (issue 14): a label in front is accepted silently, but not advertised.
BSN_REFUSED = N_(
    "This text contains a number that looks like a citizen service number (BSN): {number}. "
    "SOOSR may not store citizen service numbers (Art. 46 UAVG), so remove it before saving."
)

LABEL_WINDOW = 20  # characters before a number that are searched for a label

# digit groups joined by one space, or by a dot or dash with a space either side allowed
# ("111 - 222 - 333" is one number, as "111-222-333" is)
_RUN = re.compile(r"\d+(?:(?: ?[.\-] ?| )\d+)*", re.ASCII)
# a digit, 7 or more digits, spaces, dots or dashes, and a digit: every run of 9 or more
# digits is such a stretch, so a text without one has no candidate (most e-mail
# addresses end the scan here)
NINE_DIGIT_STRETCH = r"[0-9][0-9 .\-]{7,}[0-9]"
_LONG_STRETCH = re.compile(NINE_DIGIT_STRETCH)
# the whole text one run, perhaps right after a + (a telephone number as typed)
_LONE_RUN = re.compile(r"\+?(" + _RUN.pattern + ")", re.ASCII)
_TRUNK_PREFIX_BEFORE = re.compile(r"\(0\) ?$")
_AMOUNT_AFTER = re.compile(r",(?:\d{1,2}(?!\d)|-)", re.ASCII)
_VAT_AFTER = re.compile(r"[ .\-]?[bB][ .\-]?\d{2}(?!\d)", re.ASCII)
_BSN_LABEL = re.compile(r"bsn|burgerservice|servicenummer|sofi")
_OTHER_LABEL = re.compile(
    r"(?<![^\W\d_])(?:rsin|klantn(?:r|ummer)|kvk|factuur|order|btw|vat(?![^\W\d_])"
    r"|rekening|debiteur|polis|dossier)"
)


@dataclass(frozen=True)
class BsnMatch:
    """A BSN found in a text: `text[start:end] == number`, as the user typed it."""

    number: str
    start: int
    end: int


@lru_cache(maxsize=4096)
def _normal_char(char: str) -> str:
    """One character for one character: the digit, space or dash it stands for."""
    digit = unicodedata.decimal(char, None)
    if digit is not None:
        return str(digit)
    category = unicodedata.category(char)
    if category == "Zs":
        return " "
    if category == "Pd":
        return "-"
    folded = unicodedata.normalize("NFKC", char)
    # Superscripts and circled numbers are not digits a person types as a number.
    if len(folded) == 1 and not folded.isdigit():
        return folded
    return char


def _normalise(text: str) -> str:
    if text.isascii():
        return text
    return "".join(map(_normal_char, text))


def _is_phone(normal: str, start: int) -> bool:
    before = normal[max(0, start - 4) : start]
    return before.endswith("+") or bool(_TRUNK_PREFIX_BEFORE.search(before))


def _digit_count(part: str) -> int:
    """The digits of (a part of) a run: a run holds only ASCII digits, spaces, dots and
    dashes (`_RUN`), so every other character is a digit."""
    return len(part) - part.count(" ") - part.count(".") - part.count("-")


def _candidates(run: str, start: int) -> Iterator[tuple[int, int]]:
    """(start, end) of the 9-digit parts of a run that may be a BSN."""
    if _digit_count(run) == 9:
        yield start, start + len(run)
        return
    if run.startswith("00"):  # an international call prefix: 0031 612345678
        return
    offset = 0
    for word in run.split(" "):
        if len(word) >= 9 and _digit_count(word) == 9:
            yield start + offset, start + offset + len(word)
        offset += len(word) + 1


def _labelled_not_bsn(normal: str, start: int) -> bool:
    window = normal[max(0, start - LABEL_WINDOW) : start].lower()
    return not _BSN_LABEL.search(window) and bool(_OTHER_LABEL.search(window))


def _too_few_digits(text: str) -> bool:
    """True when `text` cannot hold a BSN: it has fewer than 9 characters that are digits
    of any script. Every digit the scan reads (after `_normalise`) is such a character
    (`str.isdigit` is true for every decimal digit, and for superscripts too), so this
    only ever skips texts the full scan would find nothing in."""
    return len(text) < 9 or sum(map(str.isdigit, text)) < 9


def _no_nine_digit_run(normal: str) -> bool:
    """True when no run of the normalised text holds 9 digits: every candidate is part
    of such a run (a run is digits and its separators, starting and ending with a
    digit), so the scan would find nothing."""
    return _LONG_STRETCH.search(normal) is None


def _lone_run_without_candidate(normal: str) -> bool:
    """True when the normalised text is one run that holds no candidate (06-12345678,
    +31 6 12345678): what the run-by-run scan finds for it, found sooner."""
    match = _LONE_RUN.fullmatch(normal)
    if match is None:
        return False
    if match.start(1) == 1:  # right after +: a telephone number (`_is_phone`)
        return True
    run = match[1]
    if " " not in run:  # its one word is the run itself
        return _digit_count(run) != 9
    return next(_candidates(run, 0), None) is None


# every digit but 0 as 1: what `cleared_by_digit_places` reads of a text is the same
DIGIT_PLACES = str.maketrans("23456789", "11111111")


def cleared_by_digit_places(text: str) -> bool:
    """True when the scan finds no BSN in the ASCII `text` before it reads which digits it
    holds: its pre-checks read only where the digits are and whether a run starts with
    00, so every text that is the same after `translate(DIGIT_PLACES)` is cleared alike
    (an import's telephone numbers: one check of 06-12345678 clears every 06-dddddddd)."""
    return text.isascii() and (
        len(text) < 9 or _no_nine_digit_run(text) or _lone_run_without_candidate(text)
    )


def iter_bsn_matches(text: str) -> Iterator[BsnMatch]:
    """Every BSN in `text`, in order (see the module docstring for the rule)."""
    if text.isascii():  # normalised already; the run pre-check below is the cheaper one
        if len(text) < 9:
            return
        normal = text
    else:
        if _too_few_digits(text):  # most names and places: nothing to scan
            return
        normal = _normalise(text)
    if _no_nine_digit_run(normal) or _lone_run_without_candidate(normal):
        return
    for run_match in _RUN.finditer(normal):
        run, run_start, run_end = run_match.group(), run_match.start(), run_match.end()
        if _is_phone(normal, run_start):
            continue
        for start, end in _candidates(run, run_start):
            digits = "".join(c for c in normal[start:end] if c.isdigit())
            # stdnum zero-fills shorter input: only ever give it exactly 9 digits.
            if len(digits) != 9 or not _stdnum_bsn.is_valid(digits):
                continue
            if end == run_end and _AMOUNT_AFTER.match(normal, end):
                continue
            if _VAT_AFTER.match(normal, end) or _labelled_not_bsn(normal, start):
                continue
            yield BsnMatch(text[start:end], start, end)


def find_bsn_match(text: str) -> BsnMatch | None:
    """The first BSN in `text` with its position, or None."""
    return next(iter_bsn_matches(text), None)


def find_bsn(text: str) -> str | None:
    """The first citizen service number (BSN) in `text`, as typed, or None.

    A BSN is 9 digits passing the 11-proef. SOOSR may not store BSNs, so free text that
    contains one is refused with `BSN_REFUSED` (formatted with `number=`). What counts as a
    BSN here, and what does not (telephone numbers, amounts, old VAT numbers, labelled
    customer numbers), is described in this module's docstring.
    """
    match = find_bsn_match(text)
    return match.number if match else None
