"""The contacts list read in parts (issue 20): the first ids of the list, a few ids put in
list order, the first ids within a time limit, and the whole list through a reader of its
own. Each part must agree with the whole list read at once."""

from __future__ import annotations

import datetime as dt
import threading

import pytest

from soosr_desk.services import contact_list
from soosr_desk.services import contacts as service
from soosr_desk.store import readers
from soosr_desk.store.models import Contact

TODAY = dt.date(2026, 11, 25)
CITIES = ["Leiden", "assen", "Zwolle", "Delft", "", "Amsterdam"]
COMPANIES = ["Bakkerij De Molen", "", "autohuis Noord", "Van Dijk B.V.", ""]


def _fifteen_contacts(_database) -> None:
    for i in range(15):
        data = service.ContactData(
            first_name=f"Jan{i:02d}",
            last_name=["Jansen", "de Vries", "Bakker"][i % 3],
            city=CITIES[i % len(CITIES)],
            company_name=COMPANIES[i % len(COMPANIES)],
            email=f"p{(i * 7) % 15:02d}@example.nl",
        )
        service.save_contact(data, today=TODAY)


# issue 18: on the file and on a server; issue 19: the fifteen contacts are saved once per
# test process and copied per test (saving them was most of the file's time, 167 tests)
pytestmark = [pytest.mark.both_engines, pytest.mark.built_with(build=_fifteen_contacts)]


@pytest.fixture
def many(db):
    """The ids of the fifteen contacts, in the order they were saved."""
    ids = [c.id for c in Contact.select(Contact.id).order_by(Contact.id)]
    assert len(ids) == 15
    return ids


@pytest.mark.parametrize("sort", contact_list.SORT_KEYS)
@pytest.mark.parametrize("descending", [False, True])
@pytest.mark.parametrize("text", ["", "jan", "bakker", "nobody"])
def test_the_first_ids_are_the_start_of_the_whole_list(many, sort, descending, text):
    whole = contact_list.search_ids(text, sort, descending)
    for limit in (1, 4, 5, 6, 40):
        assert contact_list.search_ids(text, sort, descending, limit=limit) == whole[:limit]
    assert contact_list.first_ids(text, sort, descending, 4, 10.0) == whole[:4]


@pytest.mark.parametrize("sort", contact_list.SORT_KEYS)
@pytest.mark.parametrize("descending", [False, True])
def test_a_few_ids_are_put_in_list_order(many, sort, descending):
    whole = contact_list.search_ids("", sort, descending)
    some = sorted(whole[::3] + whole[1:2])
    assert contact_list.order_ids(some, sort, descending) == [i for i in whole if i in some]
    assert contact_list.order_ids([], sort, descending) == []


def test_companies_sort_without_one_first_then_by_name(many):
    rows = contact_list.rows_for(many)
    ascending = [rows[i].company for i in contact_list.search_ids("", "company")]
    assert ascending[:6] == [""] * 6
    assert ascending[6:] == sorted(ascending[6:], key=str.lower)
    descending = [rows[i].company for i in contact_list.search_ids("", "company", True)]
    assert descending[-6:] == [""] * 6
    assert descending[:-6] == sorted(ascending[6:], key=str.lower, reverse=True)


def test_the_whole_list_through_a_reader_of_its_own(many):
    for sort in ("name", "city", "company"):
        expected = contact_list.search_ids("jan", sort)
        result: list = []

        def read(sort=sort, result=result):
            with contact_list.side_reader() as reader:
                result.append(contact_list.search_ids("jan", sort, reader=reader))

        thread = threading.Thread(target=read)
        thread.start()
        thread.join(30)
        assert result == [expected]


def test_an_interrupted_reader_reads_nothing_more(many):
    reader = contact_list.side_reader()
    reader.interrupt()
    with reader, pytest.raises(readers.Interrupted):
        contact_list.search_ids("", reader=reader)


@pytest.mark.file_only  # the server runs the query without a time limit
def test_the_first_ids_give_up_when_they_take_too_long(many, monkeypatch):
    monkeypatch.setattr(readers, "STEPS", 10)  # the clock is looked at every 10 steps
    assert contact_list.first_ids("", "city", False, 4, -1.0) is None
    assert (
        contact_list.first_ids("", "city", False, 4, 10.0)
        == contact_list.search_ids("", "city")[:4]
    )
