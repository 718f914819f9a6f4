"""A record's `updated_at` only ever grows, whoever writes it (issue 18, follow-up): the
stale-copy check across desks compares stamps, and a stamp pushed ahead of this desk's
clock (quick saves, or another desk whose clock runs ahead) must never be set back to
`now`, or a copy read at that older value would pass the check. Each test puts a stamp an
hour ahead, runs one writer and asks that the stamp moved on past it."""

from __future__ import annotations

import datetime as dt

import openpyxl
import pytest

from soosr_desk.services import contacts, duplicates, erasure, requests, restoring, settings
from soosr_desk.services.errors import Conflict
from soosr_desk.services.importing.batch import run_import, undo_batch
from soosr_desk.services.importing.checks import ImportOptions
from soosr_desk.services.importing.mapping import guess_mapping
from soosr_desk.services.importing.readers import read_table
from soosr_desk.store import models as m

pytestmark = pytest.mark.both_engines

TODAY = dt.date.today()
AHEAD = dt.datetime.now().replace(microsecond=0) + dt.timedelta(hours=1)


def _contact(**fields) -> int:
    return contacts.save_contact(contacts.ContactData(**fields), today=TODAY).id


def _push_ahead(model, row_id: int) -> None:
    model.update(updated_at=AHEAD).where(model.id == row_id).execute()


def _stamp(model, row_id: int) -> dt.datetime:
    return model.get_by_id(row_id).updated_at


def test_an_erasure_moves_the_contacts_and_its_requests_stamps_on(db):
    cid = _contact(first_name="Ans", last_name="Visser", email="ans@visser.nl")
    rid = requests.save_request(
        requests.RequestData(received_on=TODAY, requester_name="Ans Visser", contact_id=cid)
    ).id
    _push_ahead(m.Contact, cid)
    _push_ahead(m.RightsRequest, rid)
    erasure.erase_contact(cid, reason="manual", today=TODAY)
    assert _stamp(m.Contact, cid) > AHEAD
    assert _stamp(m.RightsRequest, rid) > AHEAD


def test_a_merge_moves_both_contacts_stamps_on(db):
    keep = _contact(first_name="Bart", last_name="Hermans", email="bart@hermans.nl")
    other = _contact(first_name="Bart", last_name="Hermans", city="Lisse")
    _push_ahead(m.Contact, keep)
    _push_ahead(m.Contact, other)
    duplicates.merge_contacts(keep, other, today=TODAY)
    assert _stamp(m.Contact, keep) > AHEAD
    assert _stamp(m.Contact, other) > AHEAD


def test_the_controllers_stamp_moves_on(db):
    row = m.Controller.select().order_by(m.Controller.id).first()
    _push_ahead(m.Controller, row.id)
    data = settings.get_controller()
    data.phone = "071 202 0308"
    settings.save_controller(data)
    assert _stamp(m.Controller, row.id) > AHEAD


def test_an_import_and_its_undo_move_the_stamp_on(db, tmp_path):
    cid = _contact(first_name="Piet", last_name="Jansen", email="piet@jansen.nl")
    _push_ahead(m.Contact, cid)
    book = openpyxl.Workbook()
    book.active.append(["Naam", "E-mail", "Plaats"])
    book.active.append(["Piet Jansen", "piet@jansen.nl", "Lisse"])
    book.save(tmp_path / "lijst.xlsx")
    table = read_table(tmp_path / "lijst.xlsx")
    options = ImportOptions(update_existing=True)
    result = run_import(table, guess_mapping(table.headers), options, today=TODAY)
    assert result.updated == 1
    imported = _stamp(m.Contact, cid)
    assert imported > AHEAD
    undo_batch(result.batch_id)  # not refused: the batch knows the stamp it left
    assert _stamp(m.Contact, cid) > imported
    assert m.Contact.get_by_id(cid).city == ""


def test_an_objection_applied_again_after_a_restore_moves_the_stamp_on(db):
    cid = _contact(first_name="Joke", last_name="de Wit")
    _push_ahead(m.Contact, cid)
    facts = restoring.RightsFacts(objections=[(cid, None, TODAY)])
    result = restoring.RestoreResult(aside=None)
    restoring.reapply(facts, result, TODAY)
    assert result.objections == 1
    assert _stamp(m.Contact, cid) > AHEAD


def test_a_merge_moves_the_moved_requests_stamps_on_so_a_copy_read_before_is_stale(db):
    keep = _contact(first_name="Carla", last_name="Smit", email="carla@smit.nl")
    other = _contact(first_name="Carla", last_name="Smit", city="Hoorn")
    rid = requests.save_request(
        requests.RequestData(received_on=TODAY, requester_name="Carla Smit", contact_id=other)
    ).id
    _push_ahead(m.RightsRequest, rid)
    open_in_a_form = requests.get_request(rid)
    duplicates.merge_contacts(keep, other, today=TODAY)
    assert _stamp(m.RightsRequest, rid) > AHEAD
    # the form still names the merged (now erased) contact: its save must be refused, not
    # put the request back on an emptied row
    open_in_a_form.description = "Typed while the merge happened"
    with pytest.raises(Conflict):
        requests.save_request(open_in_a_form, today=TODAY)
    assert m.RightsRequest.get_by_id(rid).contact_id == keep
