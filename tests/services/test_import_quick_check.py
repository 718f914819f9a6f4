"""The quick verdict on a clean imported row (services/importing/quick.py, issue 17's
speed) passes a row only when `contacts.validate` finds nothing wrong with it, leaves the
row exactly as validate leaves it, and leaves every other row to validate untouched; an
import with the quick verdict writes exactly what an import without it writes."""

from __future__ import annotations

import dataclasses
import datetime as dt
from unittest import mock

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from soosr_desk.services import contacts as contacts_service
from soosr_desk.services.importing.batch import run_import, undo_batch
from soosr_desk.services.importing.checks import ImportOptions, _row_data
from soosr_desk.services.importing.mapping import guess_mapping
from soosr_desk.services.importing.quick import QuickCheck
from soosr_desk.services.importing.readers import read_table
from soosr_desk.services.records import BatchMemo
from soosr_desk.store import models as m

TODAY = dt.date(2026, 11, 26)
OPTIONS = ImportOptions(source="contract", relation="lead", received_on=dt.date(2026, 3, 1))

NAMES = st.sampled_from(
    [
        "",
        "Anna",
        "de Vries",
        "Zoë",
        "Jörg",
        "x" * 200,
        "x" * 201,
        "a\x07b",
        "\ud800",
        " Anna",
        "Anna ",
        "111222333",
        "bsn 111222333",
        "Bedrijf 12",
        "‮evil",
    ]
)
EMAILS = st.sampled_from(
    [
        "",
        "p12345@bedrijf1234.nl",
        "jan@bücher.nl",
        "jan@@x.nl",
        "jan@x",
        "jan x@y.nl",
        "a" * 65 + "@x.nl",
        "111222333@x.nl",
        "Jan@Voorbeeld.NL",
        ".jan@x.nl",
        "jan@x.123",
    ]
)
PHONES = st.sampled_from(
    [
        "",
        "06-12345678",
        "+31 (0)20 123 4567",
        "0031 6 12345678",
        "0800-1234",
        "+32 2 123 45 67",
        "06-1234567",
        "0612345678x",
        "0 111222333",
        "+31 111222333",
        "06/12345678",
        "1" * 41,
        "(071) 512 3456",
        "123",
    ]
)
POSTCODES = st.sampled_from(["", "2201ab", "2201 AB", "B-1000", "x" * 21, "1051dk "])
COUNTRIES = st.sampled_from(["", "NL", "België", "Duitsland", "Atlantis"])
ROWS = st.fixed_dictionaries(
    {
        "first_name": NAMES,
        "last_name": NAMES,
        "job_title": NAMES,
        "company_name": NAMES,
        "city": NAMES,
        "street": NAMES,
        "location": NAMES,
        "email": EMAILS,
        "phone": PHONES,
        "postcode": POSTCODES,
        "country": COUNTRIES,
    }
).map(lambda row: {k: v for k, v in row.items() if v})


def _verdicts(rows: list[dict], options: ImportOptions):
    """For each row: (the quick verdict, the row after it) next to (validate's errors, the
    row after validate), each side with its own memo as an import has."""
    quick_memo, full_memo = BatchMemo(), BatchMemo()
    quick = QuickCheck(_row_data({}, options, []), TODAY, quick_memo)
    out = []
    for values in rows:
        data = _row_data(values, options, [])
        before = dataclasses.replace(data)
        checked = dataclasses.replace(data)
        errors = contacts_service.validate(checked, TODAY, full_memo)
        passed = quick.clean(data)
        out.append((before, passed, data, errors, checked))
    return out


@settings(max_examples=300, deadline=None)
@given(st.lists(ROWS, min_size=1, max_size=15))
def test_the_quick_verdict_is_validates_verdict(rows):
    for before, passed, data, errors, checked in _verdicts(rows, OPTIONS):
        if passed:
            assert errors == []
            assert data == checked  # normalised alike (phone, postcode)
        else:
            assert data == before  # untouched: validate gets the row as it was


def test_clean_rows_take_the_quick_way_and_others_do_not():
    rows = [
        {"first_name": "Anna", "email": "p12345@bedrijf1234.nl", "phone": "06-12345678"},
        {"last_name": "Jansen", "phone": "+31 (0)20 123 4567", "postcode": "2201ab"},
        {"first_name": "Bram", "phone": "+32 2 123 45 67", "country": "België"},
        {"first_name": "Eva", "email": "jan@@x.nl"},
        {"first_name": "Eva", "city": "bsn 111222333"},
        {"first_name": "Eva", "phone": "0612345678x"},
        {"email": "jan@x.nl"},
    ]
    verdicts = _verdicts(rows, OPTIONS)
    assert [v[1] for v in verdicts] == [True, True, True, False, False, False, False]
    assert [v[2].phone for v in verdicts[:3]] == [
        "+31 6 12345678",
        "+31 20 123 4567",
        "+32 2 123 45 67",
    ]
    assert verdicts[1][2].postcode == "2201 AB"


@pytest.mark.parametrize(
    "options",
    [
        ImportOptions(source="nonsense"),
        ImportOptions(relation="nonsense"),
        ImportOptions(received_on=dt.date(2027, 1, 1)),  # after today
        ImportOptions(received_on=dt.date(1850, 1, 1)),
    ],
)
def test_a_batch_whose_own_values_are_refused_never_takes_the_quick_way(options):
    verdicts = _verdicts([{"first_name": "Anna"}, {"last_name": "Jansen"}], options)
    assert [v[1] for v in verdicts] == [False, False]
    assert all(v[3] for v in verdicts)  # and validate refuses them


def _contents():
    c = m.Contact
    rows = c.select().order_by(c.id)
    fields = [
        f.name for f in c._meta.sorted_fields if f.name not in ("id", "created_at", "updated_at")
    ]
    return [tuple(getattr(r, f) for f in fields) for r in rows]


def _said(found):
    return [(number, e.field, e.message, e.params) for number, e in found]


@pytest.mark.both_engines  # issue 18: on the file and on a server
def test_an_import_writes_the_same_with_and_without_the_quick_verdict(db, tmp_path):
    lines = ["Voornaam;Achternaam;Bedrijf;E-mailadres;Telefoon;Postcode;Plaats;Land"]
    for i in range(60):
        phone = [
            f"06-1234{i:04d}",
            f"+31 (0)20 12{i:05d}",
            "0800-1234",
            "06/12345678",
            f"+49 30 123456{i % 10}",
            "0612345678x",
        ][i % 6]
        city = ["Leiden", "bsn 111222333", "a\x07b", "Katwijk"][i % 4]
        email = [f"p{i}@x.nl", "dubbel@x.nl", f"fout{i}@@x.nl"][i % 3]
        lines.append(f"Anna{i % 7};Jansen;Bedrijf {i % 5};{email};{phone};2201ab;{city};NL")
    path = tmp_path / "contacten.csv"
    path.write_bytes("\r\n".join(lines).encode("cp1252"))
    table = read_table(path)
    mapping = guess_mapping(table.headers)

    def imported():
        result = run_import(table, mapping, OPTIONS, today=TODAY)
        seen = (
            result.added,
            result.updated,
            _said(result.skipped),
            _said(result.refused_cells),
            _contents(),
        )
        undo_batch(result.batch_id)
        return seen

    quick = imported()
    with mock.patch.object(QuickCheck, "clean", lambda self, data: False):
        full = imported()
    assert quick == full
    assert quick[0] > 10 and quick[2] and quick[3]  # rows of each kind were there
