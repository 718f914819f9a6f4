"""An import checks each distinct text once per batch (issue 17's speed): the contacts and
refusals come out exactly as when every row is checked in full."""

from __future__ import annotations

import dataclasses
import datetime as dt
import sys

from hypothesis import given, settings
from hypothesis import strategies as st

from soosr_desk.services import contacts as contacts_service
from soosr_desk.services import records
from soosr_desk.services.contacts import ContactData
from soosr_desk.services.importing.batch import run_import
from soosr_desk.services.importing.checks import BSN_CELL, ImportOptions
from soosr_desk.services.importing.mapping import guess_mapping
from soosr_desk.services.importing.readers import read_table
from soosr_desk.services.records import BatchMemo
from soosr_desk.store import models as m
from tests.examples import examples

TODAY = dt.date(2026, 11, 26)
TEXT = st.sampled_from(
    [
        "",
        " Leiden ",
        "111222333",
        "klantnr. 111222333",
        "a\x07b",
        "x" * 201,
        "Zoë",
        "06-12345678",
        "jan@voorbeeld.nl",
        "jan@@x",
    ]
)
CONTACTS = st.builds(
    ContactData,
    first_name=TEXT,
    last_name=TEXT,
    city=TEXT,
    phone=TEXT,
    email=TEXT,
    company_name=TEXT,
    postcode=TEXT,
)


def _outcome(data: ContactData, memo: BatchMemo | None):
    errors = contacts_service.validate(data, TODAY, memo)
    return data, [(e.field, e.message, e.params) for e in errors]


@settings(max_examples=examples(150), deadline=None)
@given(st.lists(CONTACTS, max_size=12))
def test_a_batch_memo_changes_no_verdict(batch):
    memo, full_memo = BatchMemo(), _SmallMemo()
    for data in batch:
        full = _outcome(dataclasses.replace(data), None)
        assert _outcome(dataclasses.replace(data), memo) == full
        assert _outcome(dataclasses.replace(data), full_memo) == full
    assert len(full_memo.texts) <= 3 and len(full_memo.phones) <= 3


class _SmallMemo(BatchMemo):
    LIMIT = 3  # full after three values: the rest is checked in full every time


def test_a_bsn_repeated_on_every_row_is_refused_on_every_row(db, tmp_path):
    rows = ["Voornaam;Achternaam;Plaats;E-mailadres"]
    rows += [f"Anna;Jansen;111222333;anna{i}@voorbeeld.nl" for i in range(3)]
    rows += ["Bram;Bakker;Leiden;bram@voorbeeld.nl", "Eva;Smit;Leiden;eva@voorbeeld.nl"]
    path = tmp_path / "contacten.csv"
    path.write_bytes("\r\n".join(rows).encode("cp1252"))
    table = read_table(path)
    result = run_import(table, guess_mapping(table.headers), ImportOptions(), today=TODAY)
    assert result.added == 5
    assert [(n, e.field, e.message) for n, e in result.refused_cells] == [
        (2, "city", BSN_CELL),
        (3, "city", BSN_CELL),
        (4, "city", BSN_CELL),
    ]
    assert sorted(c.city for c in m.Contact.select()) == ["", "", "", "Leiden", "Leiden"]


def test_every_line_break_is_white_space():
    """Why a stripped cell that `splitlines` keeps whole is taken as it is (checks.py):
    strip() removes every character that can break a line at the ends of a text."""
    breaks = [code for code in range(sys.maxunicode + 1) if len(f"a{chr(code)}b".splitlines()) > 1]
    assert len(breaks) >= 8 and all(chr(code).isspace() for code in breaks)


PLAIN_TEXTS = st.one_of(
    st.text(max_size=30),
    st.text(alphabet="0123456789 .-+()@abZé\t\n\r\x0b\x0c\x1c\x1d\x1e\x85\x07\x7f", max_size=30),
    st.sampled_from(["111222333", "111 222 333", "06-12345678", "p1@x.nl", "x" * 254]),
)


@settings(max_examples=examples(2000), deadline=None)
@given(PLAIN_TEXTS, st.sampled_from([5, 20, 254]))
def test_a_plain_line_passes_the_full_check(text, limit):
    """`plain_line` says yes only where `check_text` finds nothing and the text is one
    line (an import's quick way takes its word for both)."""
    if records.plain_line(text, limit):
        assert records.check_text("city", text, limit) is None
        assert len(text.splitlines()) <= 1


def test_a_plain_line_is_found_in_the_common_texts():
    for text in ("p12345@bedrijf2345.nl", "Leiden", "Bedrijf 12", "de Vries", "2201 AB"):
        assert records.plain_line(text, 254)
    for text in ("Zoë", "a\tb", "klantnr. 111222333", "06-12345678", "a\x1cb", "x" * 21):
        assert not records.plain_line(text, 20)


def test_telephone_cells_of_one_shape_are_refused_only_where_a_bsn_is(db, tmp_path):
    """A shape cleared once clears its like (06-dddddddd); a shape with room for a BSN
    (0 ddddddddd) is checked in full on every row: refused where the digits are one."""
    rows = ["Voornaam;Achternaam;Telefoon;E-mailadres"]
    phones = ["06-12345678", "06-87654321", "0 111222333", "0 111222334", "0 123456782"]
    phones += ["06-11122233", "0 111222334"]
    rows += [f"Anna;Jansen;{p};anna{i}@voorbeeld.nl" for i, p in enumerate(phones)]
    path = tmp_path / "contacten.csv"
    path.write_bytes("\r\n".join(rows).encode("cp1252"))
    table = read_table(path)
    result = run_import(table, guess_mapping(table.headers), ImportOptions(), today=TODAY)
    assert result.added == len(phones)
    assert [(n, e.field, e.message) for n, e in result.refused_cells] == [
        (4, "phone", BSN_CELL),
        (6, "phone", BSN_CELL),
    ]
