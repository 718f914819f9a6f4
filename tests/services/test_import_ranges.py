"""An import keeps the contacts it added as runs of ids on the batch (issue 17's speed),
not a link row each: the undo, the "changed since" count and the erasure behave as they
did with the link rows."""

from __future__ import annotations

import datetime as dt

import pytest

from soosr_desk.services import contact_notes
from soosr_desk.services import contacts as contacts_service
from soosr_desk.services.erasure import erase_contact
from soosr_desk.services.errors import NotAllowed
from soosr_desk.services.importing.batch import CHUNK, run_import, undo_batch
from soosr_desk.services.importing.checks import ImportOptions
from soosr_desk.services.importing.mapping import guess_mapping
from soosr_desk.services.importing.readers import read_table
from soosr_desk.store import models as m

pytestmark = pytest.mark.both_engines  # issue 18: on the file and on a server

TODAY = dt.date(2026, 11, 26)
ROWS = 2 * CHUNK + 37  # three inserts of new contacts


def _import(tmp_path, prefix: str, rows: int = ROWS):
    lines = ["Voornaam;Achternaam;E-mail;Plaats"]
    lines += [f"P{i};{prefix}{i};{prefix}{i}@x.nl;Leiden" for i in range(rows)]
    path = tmp_path / f"{prefix}.csv"
    path.write_text("\n".join(lines), encoding="utf-8")
    table = read_table(path)
    return run_import(table, guess_mapping(table.headers), ImportOptions(), today=TODAY)


def _spans(batch_id):
    r = m.ImportBatchRange
    return [
        (s.first_id, s.last_id) for s in r.select().where(r.batch == batch_id).order_by(r.first_id)
    ]


def _ids(prefix):
    c = m.Contact
    return sorted(x.id for x in c.select(c.id).where(c.last_name.startswith(prefix)))


def _typed(last):
    data = contacts_service.ContactData(first_name="Karin", last_name=last)
    return contacts_service.save_contact(data, today=TODAY)


def test_a_batch_keeps_its_new_contacts_as_one_run_of_ids(db, tmp_path):
    before = _typed("Eerder")
    result = _import(tmp_path, "Aa")
    ids = _ids("Aa")
    assert len(ids) == result.added == ROWS
    assert _spans(result.batch_id) == [(ids[0], ids[-1])]
    assert ids == list(range(ids[0], ids[-1] + 1)) and ids[0] > before.id
    assert not m.ImportBatchContact.select().exists()  # no link row per new contact


def test_the_undo_removes_the_batch_and_nothing_around_it(db, tmp_path):
    before = _typed("Eerder")
    first = _import(tmp_path, "Aa")
    second = _import(tmp_path, "Bb", 40)
    after = _typed("Later")
    assert undo_batch(first.batch_id) == ROWS
    assert _ids("Aa") == [] and len(_ids("Bb")) == 40
    assert {before.id, after.id} <= {c.id for c in m.Contact.select(m.Contact.id)}
    assert _spans(first.batch_id) == [] and len(_spans(second.batch_id)) == 1
    with pytest.raises(NotAllowed):
        undo_batch(first.batch_id)  # undone already
    assert undo_batch(second.batch_id) == 40


def test_an_erased_contact_leaves_the_run_and_the_undo_is_refused(db, tmp_path):
    result = _import(tmp_path, "Aa")
    ids = _ids("Aa")
    middle, last = ids[CHUNK], ids[-1]
    erase_contact(middle, reason="manual", today=TODAY)
    erase_contact(last, reason="manual", today=TODAY)
    assert _spans(result.batch_id) == [(ids[0], middle - 1), (middle + 1, last - 1)]
    r = m.ImportBatchRange
    for cid in (middle, last):  # nothing ties the erased person to the import any more
        assert not r.select().where((r.first_id <= cid) & (r.last_id >= cid)).exists()
    with pytest.raises(NotAllowed) as info:
        undo_batch(result.batch_id)
    assert info.value.params == {"count": 2}
    assert len(_ids("Aa")) == ROWS - 2


def test_a_changed_or_linked_new_contact_blocks_the_undo(db, tmp_path):
    result = _import(tmp_path, "Aa")
    ids = _ids("Aa")
    changed = contacts_service.get_contact(ids[-1])
    changed.city = "Lisse"
    contacts_service.save_contact(changed, today=TODAY)
    contact_notes.add_note(ids[3], "Belde terug", author="test")
    with pytest.raises(NotAllowed) as info:
        undo_batch(result.batch_id)
    # the note changes its contact too: counted as changed and as linked (as before)
    assert info.value.params == {"count": 3}
    assert len(_ids("Aa")) == ROWS
