"""The quick verdict on a clean imported row (services/importing/quick.py, issue 17's
speed) passes a row only when `contacts.validate` finds nothing wrong with it, leaves the
row exactly as validate leaves it, and leaves every other row to validate untouched; an
import with the quick verdict writes exactly what an import without it writes."""

from __future__ import annotations

import dataclasses
import datetime as dt
from unittest import mock

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from soosr_desk.services import contacts as contacts_service
from soosr_desk.services.contacts import ContactData
from soosr_desk.services.importing.batch import run_import, undo_batch
from soosr_desk.services.importing.checks import ImportOptions, _row_data
from soosr_desk.services.importing.mapping import guess_mapping
from soosr_desk.services.importing.quick import QuickCheck
from soosr_desk.services.importing.readers import read_table
from soosr_desk.services.importing.rows import FastRows
from soosr_desk.services.records import BatchMemo
from soosr_desk.store import models as m
from tests.examples import examples

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


@settings(max_examples=examples(300), deadline=None)
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


def _imported(table, mapping):
    """What an import of `table` does (counts, messages, the stored contacts), undone
    again afterwards so that the next import starts alike."""
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


def _both_ways(table, mapping):
    """(the import as it is, the import with every row checked in full), and how many rows
    took the quick way."""
    taken = []
    row = FastRows.row

    def counted(self, cells):
        found = row(self, cells)
        taken.append(found is not None)
        return found

    with mock.patch.object(FastRows, "row", counted):
        quick = _imported(table, mapping)
    with (
        mock.patch.object(QuickCheck, "clean", lambda self, data: False),
        mock.patch.object(FastRows, "row", lambda self, cells: None),
    ):
        full = _imported(table, mapping)
    return quick, full, sum(taken)


def _known(email):
    """A contact that has `email` already (the import skips or updates its row)."""
    if not m.Contact.select().where(m.Contact.email == email).exists():
        contacts_service.save_contact(
            ContactData(first_name="Piet", last_name="Bekend", email=email), today=TODAY
        )


def _write(tmp_path, lines):
    path = tmp_path / "contacten.csv"
    path.write_bytes("\r\n".join(lines).encode("utf-8"))
    return read_table(path)


@pytest.mark.both_engines  # issue 18: on the file and on a server
def test_an_import_writes_the_same_with_and_without_the_quick_way(db, tmp_path):
    lines = [
        "Voornaam;Achternaam;Bedrijf;E-mailadres;Telefoon;Postcode;Plaats;Land;Functie;Straat;"
        "Vestiging;Tussenvoegsel;Volledige naam",
        "Karin;Smit;;Bekend@X.nl;06-11111111;2201ab;Leiden;NL",  # a known address
        ";;Bedrijf 9;naamloos@x.nl;06-22222222;;Leiden;NL",  # no name
        ";;Bedrijf 9;vol@x.nl;06-44444444;;Leiden;NL;;;;;Vol, Naam",  # a name to split
        "Ada;;;ada@x.nl;06-55555555;;Leiden;NL;;;;van;",  # a prefix without a last name
        f"Bo;{'x' * 198};;bo@x.nl;06-66666666;;Leiden;NL;;;;van;",  # too long once joined
        "Eva;de Boer;;eva@x.nl;06-33333333;;Lisse;NL",
        "Eva;Boer;;EVA@x.nl;06-33333333;;Lisse;NL",  # the same address again
        "Jan;Peeters;;jan@x.be;+32 2 123 45 67;1000;Brussel;België",
        "Jos;Peeters;;jos@x.be;02 123 45 67;2201ab;Brussel;B",  # no such country
    ]
    for i in range(120):
        phone = [
            f"06-1234{i:04d}",
            f"+31 (0)20 12{i:05d}",
            "0800-1234",
            "06/12345678",
            f"+49 30 123456{i % 10}",
            "0612345678x",
        ][i % 6]
        city = ["Leiden", "bsn 111222333", "a\x07b", "Katwijk", '"Kerk-\nstraat"'][i % 5]
        email = [f"p{i}@x.nl", "dubbel@x.nl", f"fout{i}@@x.nl", "", "Bekend@X.nl", "", ""][i % 7]
        country = ["NL", "", "België", "Atlantis", "de"][i % 5]
        job, street, place = ["Inkoper", ""][i % 2], ["", "Dorpsstraat 1"][i % 3 // 2], ""
        if i % 4 == 3:
            place = "Noord"
        lines.append(
            f"Anna{i % 7};Jansen;Bedrijf {i % 5};{email};{phone};2201ab;{city};{country};"
            f"{job};{street};{place};{['', 'van der', 'de'][i % 3]};{['', 'Anna Jansen'][i % 2]}"
        )
    _known("bekend@x.nl")
    table = _write(tmp_path, lines)
    mapping = guess_mapping(table.headers)
    quick, full, taken = _both_ways(table, mapping)
    assert quick == full
    assert quick[0] > 10 and quick[2] and quick[3]  # rows of each kind were there
    assert 0 < taken < quick[0]  # some took the quick way, some the full one


CELLS = st.sampled_from(
    [
        "",
        "Anna",
        " Zoë ",
        "de Vries",
        "x" * 201,
        "a\x07b",
        "111222333",
        "Leiden",
        "p1@x.nl",
        "P1@X.nl",
        "p2@x.nl",
        "fout@@x.nl",
        "06-12345678",
        "+32 2 123 45 67",
        "0612345678x",
        "2201ab",
        "België",
        "Atlantis",
        "NL",
        "Kerk\nstraat 1",
        "Bedrijf 1",
        "van der",
        "Jansen, Piet",
    ]
)
HEADERS = [
    "Voornaam",
    "Achternaam",
    "Bedrijf",
    "E-mailadres",
    "Telefoon",
    "Postcode",
    "Plaats",
    "Land",
    "Functie",
    "Straat",
    "Vestiging",
    "Volledige naam",
    "Tussenvoegsel",
]


# each import is undone before the next, so the one database serves every example
@settings(
    max_examples=examples(40),
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture],
)
@given(
    st.lists(st.lists(CELLS, min_size=0, max_size=13), min_size=1, max_size=12),
    st.permutations(HEADERS),
    st.integers(1, 13),
)
def test_generated_files_import_the_same_both_ways(db, tmp_path_factory, rows, headers, width):
    headers = headers[:width]
    lines = [";".join(headers)]
    lines += [";".join(f'"{c}"' for c in row[:width]) for row in rows if any(row[:width])]
    if len(lines) == 1:
        return
    _known("p2@x.nl")
    table = _write(tmp_path_factory.mktemp("f"), lines)
    mapping = guess_mapping(table.headers)
    quick, full, _taken = _both_ways(table, mapping)
    assert quick == full
