"""The quick verdict on an imported row that has nothing wrong with it (issue 17's speed:
most rows of a contact file are fine). It runs the checks of `contacts.validate` that can
differ from row to row, each distinct text once per batch (`BatchMemo`), and leaves the
rest, which an import gives every row alike (gender, language, source, relation, date
received), to one full check of the batch's values. A row with any problem gets the
full `contacts.validate`, so its messages, their order and the refused cells are exactly
the editor's; tests/services/test_import_quick_check.py holds the two side by side."""

from __future__ import annotations

import datetime as dt
import operator

from soosr_desk.rules import validation
from soosr_desk.services import contacts as contacts_service
from soosr_desk.services.contacts import TEXT_FIELDS, ContactData
from soosr_desk.services.records import BatchMemo, check_text

# the fields `contacts.validate` checks that an import sets alike for every row
_BATCH_FIELDS = (
    "gender",
    "signing_authority",
    "source",
    "relation",
    "language",
    "received_on",
    "restricted_reason",
    "legal_hold_reason",
)
_batch_values = operator.attrgetter(*_BATCH_FIELDS)

# the free texts a row can fill (the two reasons are among the batch values: empty)
_ROW_TEXTS = tuple(
    (name, limit)
    for name, limit in TEXT_FIELDS.items()
    if name not in ("restricted_reason", "legal_hold_reason")
)


class QuickCheck:
    """`clean(data)` is True only when `contacts.validate(data, today, memo)` would
    return no problem, and then leaves `data` as validate would (postcode and telephone
    number normalised); False means: run validate itself (`data` is left unchanged)."""

    def __init__(self, template: ContactData, today: dt.date, memo: BatchMemo) -> None:
        """`template`: a row of the batch with no cell filled in, so with the values an
        import gives every row."""
        self.memo = memo
        self.batch = _batch_values(template)
        # the batch's values pass with a name (any name that passes) and nothing else
        probe = ContactData(first_name="x")
        for name, value in zip(_BATCH_FIELDS, self.batch, strict=True):
            setattr(probe, name, value)
        self.batch_ok = not contacts_service.validate(probe, today)

    def clean(self, data: ContactData) -> bool:
        if not self.batch_ok or _batch_values(data) != self.batch:
            return False
        if not data.first_name and not data.last_name:
            return False
        texts, memo = self.memo.texts, self.memo
        for name, limit in _ROW_TEXTS:
            value = getattr(data, name)
            if not value or (value, limit) in texts:
                continue
            if value != value.strip() or check_text(name, value, limit) is not None:
                return False
            if len(texts) < memo.LIMIT:
                texts.add((value, limit))
        if data.email and validation.email_problem(data.email) is not None:
            return False
        phone = data.phone
        if phone:
            phone, problem = memo.phone_check(phone)
            if problem is not None:
                return False
        data.phone = phone
        data.postcode = validation.normalise_postcode(data.postcode, data.country)
        return True
