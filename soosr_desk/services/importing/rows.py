"""The contact row an import inserts, and the quick way for a file's clean rows (issue 17's
speed: most rows of a contact file are new contacts with nothing wrong).

`FastRows.row(cells)` turns the cells of one row straight into the values to insert, with
the checks `check_row` gives a row (through `QuickCheck`: each distinct text once per
batch, e-mail, telephone number, name, the batch's own values) and the duplicate check
by e-mail. Any row it cannot pass that way (a problem, a refused cell, an e-mail address
seen before or known already, a cell of several lines) gets None, and the import gives
that row to `check_row` as before; tests/services/test_import_quick_check.py imports the
same files both ways."""

from __future__ import annotations

import operator
import re

from peewee import SQL

from soosr_desk.rules import validation
from soosr_desk.rules.bsn import DIGIT_PLACES, cleared_by_digit_places
from soosr_desk.rules.names import SearchTexts, search_text, sort_key
from soosr_desk.services.contacts import TEXT_FIELDS, ContactData
from soosr_desk.services.importing.mapping import country_code
from soosr_desk.services.importing.quick import QuickCheck
from soosr_desk.services.records import check_text, plain_line
from soosr_desk.store import models

CONTACT_FIELDS = list(models.Contact._meta.sorted_fields)  # the id first
_CONTACT_ROW = operator.itemgetter(*(f.name for f in CONTACT_FIELDS))  # values in field order
_AT = {f.name: i for i, f in enumerate(CONTACT_FIELDS)}
COMPANY_AT = _AT["company"]  # holds the company's name until the company ids are known
# the fields `FastRows.row` fills, in this order
_FILLED = ("first_name", "last_name", "job_title", "company", "street", "postcode", "city") + (
    "country",
    "phone",
    "email",
    "location",
    "sort_name",
    "search_text",
)
# the fields a quick row may fill from its cells (one column each)
_QUICK_FIELDS = frozenset(
    ("first_name", "last_name", "job_title", "company_name", "street", "postcode", "city")
    + ("country", "phone", "email", "location", "middle_name", "full_name")
)

# the fields in which the new contacts of a batch differ; an import gives every row the
# same value in each of the others (the batch's source, relation, date received, ...)
_ROW_FIELDS = frozenset(
    ("id", "first_name", "last_name", "job_title", "company", "street", "postcode", "city")
    + ("country", "phone", "email", "location", "sort_name", "search_text")
)
_PLAIN_VALUE = re.compile(r"[\w\-.: ]{0,40}", re.ASCII)  # no quote, no % (the server's)


def _literal(value: object) -> str | None:
    """`value` as SQL text when it is None, a truth value or a short plain text (a code,
    a date, a time), else None (bound as a parameter)."""
    if value is None:
        return "NULL"
    if isinstance(value, bool):
        return "TRUE" if value else "FALSE"
    if isinstance(value, str) and _PLAIN_VALUE.fullmatch(value):
        return f"'{value}'"
    return None


class ContactInsert:
    """How a batch's new contacts go in (issue 17's speed): the values every row shares
    with the batch's `template` row are written into the statement once, only those that
    differ are bound per row (binding twenty alike values per row cost a fifth of the
    insert). A row to bind has the values of `fields` up to the first written one; `blank`
    is the template's, `at` the place of each field in it."""

    def __init__(self, template: list) -> None:
        bound = [
            i
            for i, f in enumerate(CONTACT_FIELDS)
            if f.name in _ROW_FIELDS or _literal(template[i]) is None
        ]
        alike = [i for i in range(len(CONTACT_FIELDS)) if i not in bound]
        self._bound = operator.itemgetter(*bound)
        self._alike = operator.itemgetter(*alike)
        self._values = self._alike(template)
        self.fields = [CONTACT_FIELDS[i] for i in bound + alike]
        self.shape = [None] * len(bound) + [SQL(str(_literal(template[i]))) for i in alike]
        self.at = {CONTACT_FIELDS[i].name: j for j, i in enumerate(bound)}
        self.blank = list(self._bound(template))

    def fit(self, row: list) -> list | None:
        """The values to bind of a whole row (`contact_row`), or None when it differs from
        the batch in a value the statement holds (it goes in whole)."""
        return list(self._bound(row)) if self._alike(row) == self._values else None


def contact_row(d: ContactData, stamp: str) -> list:
    """The values of a new contact in the order of `CONTACT_FIELDS` (the company by name)."""
    values = {
        "id": None,  # numbered as the rows go in
        "first_name": d.first_name,
        "last_name": d.last_name,
        "gender": d.gender,
        "job_title": d.job_title,
        "company": d.company_name,
        "street": d.street,
        "postcode": d.postcode,
        "city": d.city,
        "country": d.country,
        "phone": d.phone,
        "email": d.email,
        "signing_authority": d.signing_authority,
        "location": d.location,
        "source": d.source,
        "relation": d.relation,
        "language": d.language,
        "received_on": str(d.received_on),
        "last_activity": None,
        "restricted": False,
        "restricted_since": None,
        "restricted_reason": "",
        "objected_marketing": False,
        "objected_on": None,
        "legal_hold": False,
        "legal_hold_reason": "",
        "legal_hold_since": None,
        "erased": False,
        "erased_on": None,
        "sort_name": sort_key(d.first_name, d.last_name),
        "search_text": search_text(
            d.first_name, d.last_name, d.email, d.phone, d.city, d.company_name
        ),
        "created_at": stamp,
        "updated_at": stamp,
    }
    return list(_CONTACT_ROW(values))


class FastRows:
    """Clean rows of one batch straight to their insert values (see the module's text).
    `usable` is False when the mapping needs what only `check_row` does (two columns for
    one field, a field it does not know) or the batch's own values are refused."""

    def __init__(
        self,
        mapping: list[str],
        template: ContactData,
        quick: QuickCheck,
        existing: dict,
        seen: set[str],
        stamp: str,
    ) -> None:
        names = [name for name in mapping if name]
        self.usable = (
            quick.batch_ok and len(names) == len(set(names)) and set(names) <= _QUICK_FIELDS
        )
        self.columns = [(column, name) for column, name in enumerate(mapping) if name]
        self.quick, self.memo = quick, quick.memo
        self.existing, self.seen = existing, seen
        self.insert = ContactInsert(contact_row(template, stamp))
        self.places = tuple(self.insert.at[name] for name in _FILLED)
        self.limits = {name: TEXT_FIELDS[name] for name in _QUICK_FIELDS if name in TEXT_FIELDS}
        # the texts of each field that passed the checks (each distinct text once a batch)
        self.passed: dict[str, set[str]] = {name: set() for name in self.limits}
        self.shapes: dict[str, set[str]] = {name: set() for name in self.limits}
        self.search = SearchTexts()
        self.countries: dict[str, str | None] = {}
        self.sort_keys: dict[tuple[str, str], str] = {}

    def row(self, cells: list[str]) -> list | None:
        got: dict[str, str] = {}
        width = len(cells)
        for column, name in self.columns:
            if column < width:
                text = cells[column].strip()
                if text:
                    got[name] = text
        first, last = got.get("first_name", ""), got.get("last_name", "")
        middle = got.pop("middle_name", "")  # as `_row_data`: joined to a last name only
        if middle and last:
            last = got["last_name"] = f"{middle} {last}"
        if not first and not last:  # no name, or one to split: check_row's work
            return None
        got.pop("full_name", None)  # not used when there is a first or last name
        country = "NL"
        if "country" in got:
            code = self._country(got.pop("country"))
            if code is None:
                return None
            country = code
        passed, limits = self.passed, self.limits
        for name, text in got.items():
            known = passed[name]
            if text in known:
                continue  # passed before, so it is one line
            limit = limits[name]
            if not plain_line(text, limit) and not self._passed_by_shape(name, text, limit):
                return None
            if len(known) < self.memo.LIMIT:
                known.add(text)
        email = got.get("email", "")
        key = ""
        if email:
            if validation.email_problem(email) is not None:
                return None
            key = validation.email_key(email)
            if key in self.seen or key in self.existing:
                return None
        phone = got.get("phone", "")
        if phone:
            phone, problem = self.memo.phone_check(phone)
            if problem is not None:
                return None
        if key:
            self.seen.add(key)
        city, company = got.get("city", ""), got.get("company_name", "")
        first_at, last_at, job_at, company_at, street_at, postcode_at, city_at = self.places[:7]
        country_at, phone_at, email_at, location_at, sort_at, search_at = self.places[7:]
        row = self.insert.blank.copy()
        row[first_at], row[last_at], row[city_at], row[company_at] = first, last, city, company
        row[phone_at], row[email_at], row[country_at] = phone, email, country
        row[job_at] = got.get("job_title", "")
        row[street_at] = got.get("street", "")
        row[location_at] = got.get("location", "")
        if "postcode" in got:
            row[postcode_at] = validation.normalise_postcode(got["postcode"], country)
        row[sort_at] = self._sort_key(first, last)
        row[search_at] = self.search.contact(first, last, email, phone, city, company)
        return row

    def _passed_by_shape(self, name: str, text: str, limit: int) -> bool:
        """One line and nothing for `check_text`; an ASCII text the BSN scan clears by
        where its digits are (`bsn.cleared_by_digit_places`) passes for its shape, so
        every text of that shape passes with it (length, controls and line breaks are
        the same in each)."""
        shape = text.translate(DIGIT_PLACES) if text.isascii() else None
        shapes = self.shapes[name]
        if shape is not None and shape in shapes:
            return True
        if len(text.splitlines()) != 1 or check_text(name, text, limit) is not None:
            return False
        if shape is not None and len(shapes) < self.memo.LIMIT and cleared_by_digit_places(text):
            shapes.add(shape)
        return True

    def _country(self, text: str) -> str | None:
        if text not in self.countries:
            self.countries[text] = country_code(text)
        return self.countries[text]

    def _sort_key(self, first: str, last: str) -> str:
        found = self.sort_keys.get((first, last))
        if found is None:
            found = sort_key(first, last)
            if len(self.sort_keys) < self.memo.LIMIT:
                self.sort_keys[(first, last)] = found
        return found
