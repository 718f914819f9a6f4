"""Rights requests: intake, reference and deadline, extension, each kind's action, the
Art. 19 recipients, letters kept as sent, closing."""

from __future__ import annotations

import datetime as dt
import io
import json
import zipfile

import pytest

from soosr_desk.services import checks, third_parties
from soosr_desk.services import contacts as cs
from soosr_desk.services import requests as rq
from soosr_desk.services.errors import NotAllowed, ValidationErrors
from soosr_desk.services.requests import letters as rl
from soosr_desk.services.requests import notices as rn
from soosr_desk.store import models as m
from tests import pdf_text

pytestmark = pytest.mark.both_engines  # issue 18: on the file and on a server

TODAY = dt.date(2026, 11, 25)


def _contact(**kw) -> cs.ContactData:
    values = dict(
        first_name="Anna",
        last_name="de Vries",
        email="anna@example.nl",
        phone="0612345678",
        city="Noordwijk",
        received_on=dt.date(2025, 3, 1),
    )
    values.update(kw)
    return cs.save_contact(cs.ContactData(**values), today=TODAY)


def _request(kind="access", received=TODAY, **kw) -> rq.RequestData:
    values = dict(
        kind=kind,
        received_on=received,
        requester_name="Anna de Vries",
        requester_email="anna@example.nl",
        requester_street="Dorpsstraat 1",
        requester_postcode="2201 AA",
        requester_city="Noordwijk",
    )
    values.update(kw)
    return rq.save_request(rq.RequestData(**values), today=TODAY)


def _text(pdf: bytes) -> str:
    return "\n".join(pdf_text.pages(pdf))


def test_intake_gives_reference_per_year_and_deadline(db):
    a = _request(received=dt.date(2026, 1, 31))
    b = _request(received=dt.date(2026, 11, 25))
    c = _request(received=dt.date(2025, 12, 30))
    assert (a.reference, b.reference, c.reference) == (
        "AVG-2026-0001",
        "AVG-2026-0002",
        "AVG-2025-0001",
    )
    assert a.deadline == dt.date(2026, 3, 2)  # DOMAIN.md's examples
    assert b.deadline == dt.date(2026, 12, 28)
    assert b.status == "new"


def test_intake_refuses_bad_input_with_reasons(db):
    with pytest.raises(ValidationErrors) as err:
        rq.save_request(
            rq.RequestData(
                kind="access",
                received_on=TODAY + dt.timedelta(days=1),
                requester_email="geen",
                description="BSN 111222333",
            ),
            today=TODAY,
        )
    assert {e.field for e in err.value.errors} == {
        "received_on",
        "requester_email",
        "requester_name",
        "description",
    }


def test_candidates_match_the_requester(db):
    anna = _contact()
    _contact(first_name="Bert", last_name="Jansen", email="bert@example.nl", phone="")
    req = _request()
    found = rq.candidates(req.id)
    assert found[0].id == anna.id
    linked = rq.link_contact(req.id, anna.id)
    assert linked.contact_id == anna.id and linked.status == "in_progress"
    none = rq.link_contact(_request().id, None)
    assert none.no_contact_held


def test_extension_once_with_reasons_within_the_first_month(db):
    req = _request(received=dt.date(2026, 11, 2))
    with pytest.raises(ValidationErrors):
        rq.extend(req.id, "  ", today=TODAY)
    ext = rq.extend(req.id, "Veel verzoeken tegelijk", today=TODAY)
    assert ext.extended and ext.deadline == dt.date(2027, 2, 2)
    with pytest.raises(NotAllowed, match="already extended"):
        rq.extend(req.id, "nog eens", today=TODAY)
    late = _request(received=dt.date(2026, 10, 1))
    with pytest.raises(NotAllowed, match="first month"):
        rq.extend(late.id, "te laat", today=TODAY)


def test_rectification_keeps_before_and_after_in_the_request_not_the_audit(db):
    anna = _contact()
    req = _request("rectification")
    rq.link_contact(req.id, anna.id)
    rq.rectify(req.id, {"city": "Leiden", "phone": "06-87654321"}, today=TODAY)
    assert cs.get_contact(anna.id).city == "Leiden"
    changes = rq.changes_of(req.id)
    assert ("city", "Noordwijk", "Leiden") in changes
    for e in m.AuditEvent.select():
        assert "Noordwijk" not in (e.fields or "") and "Leiden" not in (e.fields or "")


def test_restriction_objection_and_withdrawal_take_effect_at_once(db):
    anna = _contact()
    consent = cs.give_consent(anna.id, "Nieuwsbrief", dt.date(2025, 5, 1), "formulier", today=TODAY)
    withdraw = _request("withdrawal")
    rq.link_contact(withdraw.id, anna.id)
    assert rq.withdraw_consents(withdraw.id, today=TODAY) == [consent.id]
    assert cs.list_consents(anna.id)[0].withdrawn_on == TODAY  # history kept
    obj = _request("objection")
    rq.link_contact(obj.id, anna.id)
    rq.object_to_marketing(obj.id, today=TODAY)
    assert cs.get_contact(anna.id).objected_marketing
    res = _request("restriction")
    rq.link_contact(res.id, anna.id)
    rq.restrict(res.id, today=TODAY)
    assert cs.get_contact(anna.id).restricted


def test_recipients_to_tell_come_from_the_register_and_gate_closing(db):
    anna = _contact()
    activity = (
        m.ProcessingActivity.select().where(m.ProcessingActivity.legal_basis != "consent").first()
    )
    party = third_parties.save_third_party(
        third_parties.ThirdPartyData(name="Boekhoudt B.V.", activity_ids=[activity.id])
    )
    req = _request("rectification")
    rq.link_contact(req.id, anna.id)
    rq.rectify(req.id, {"city": "Leiden"}, today=TODAY)
    notices = rn.notices(req.id)
    assert [n.recipient for n in notices] == [party.name]
    letter = rl.make_letter(req.id, "answer", today=TODAY)
    rl.mark_sent(letter.id, TODAY, "post", today=TODAY)
    problems = [p.render() for p in checks.all_problems(TODAY) if p.area == "requests"]
    assert problems == [f"{req.reference}: Answered, but 1 recipient still to be told (Art. 19)."]
    with pytest.raises(NotAllowed) as refused:
        rq.close_request(req.id, today=TODAY)
    assert "Boekhoudt B.V." in refused.value.render()
    with pytest.raises(ValidationErrors):
        rn.set_notice(notices[0].id, None, "")
    rn.set_notice(notices[0].id, TODAY)
    closed = rq.close_request(req.id, today=TODAY)
    assert closed.status == "closed" and closed.closed_on == TODAY


def test_deadline_problems_appear_and_go(db):
    req = _request(received=dt.date(2026, 10, 26))  # deadline 26-11-2026: 1 day left
    lines = [p.render() for p in checks.all_problems(TODAY) if p.area == "requests"]
    assert lines == [f"{req.reference}: 1 day left to answer (deadline 26-11-2026)."]
    later = [p.render() for p in checks.all_problems(dt.date(2026, 11, 27)) if p.area == "requests"]
    assert later == [f"{req.reference}: The deadline to answer passed on 26-11-2026."]
    rq.link_contact(req.id, None)
    letter = rl.make_letter(req.id, "answer", today=TODAY)
    rl.mark_sent(letter.id, TODAY, "email", today=TODAY)
    assert not [p for p in checks.all_problems(TODAY) if p.area == "requests"]


def test_access_answer_is_kept_and_holds_the_data(db):
    anna = _contact()
    cs.add_note(anna.id, "Belde over offerte <b>groot</b> & klein")
    req = _request()
    rq.link_contact(req.id, anna.id)
    letter = rl.make_letter(req.id, "answer", today=TODAY)
    assert rq.get_request(req.id).status == "in_progress"  # made is not sent
    rl.mark_sent(letter.id, TODAY, "post", today=TODAY)
    assert rq.get_request(req.id).status == "answered"
    name, pdf, _att_name, att = rl.letter_file(letter.id)
    assert name.startswith(req.reference) and att is None
    text = _text(pdf)
    for expected in (
        req.reference,
        "Anna",
        "anna@example.nl",
        "Noordwijk",
        "Belde over offerte <b>groot</b> & klein",
        "Autoriteit Persoonsgegevens",
    ):
        assert expected in text, expected
    assert [x.kind for x in rl.letters_of(req.id)] == ["answer"]


def test_portability_answer_has_json_and_csv_in_a_zip(db):
    anna = _contact(first_name="=cmd|' /C calc'!A0")
    cs.add_note(anna.id, "notitie één")
    req = _request("portability")
    rq.link_contact(req.id, anna.id)
    letter = rl.make_letter(req.id, "answer", today=TODAY)
    assert letter.has_attachment
    _name, _pdf, att_name, att = rl.letter_file(letter.id)
    assert att_name.endswith(".zip")
    with zipfile.ZipFile(io.BytesIO(att)) as zf:
        assert (
            sorted(zf.namelist()) == ["consents.csv", "contact.csv", "data.json", "notes.csv"]
            or "data.json" in zf.namelist()
        )
        data = json.loads(zf.read("data.json").decode("utf-8"))
        assert data["tables"]["contact"][0]["first_name"] == "=cmd|' /C calc'!A0"
        assert data["tables"]["notes"][0]["text"] == "notitie één"
        csv_text = zf.read("contact.csv").decode("utf-8")
        # the value as held (Art. 20), and README.txt says how to open it safely
        assert "=cmd|' /C calc'!A0" in csv_text and "'=cmd" not in csv_text
        assert "formula" in zf.read("README.txt").decode("utf-8")


def test_refusal_needs_reasons_and_closes_with_the_letter(db):
    req = _request()
    with pytest.raises(ValidationErrors):
        rq.refuse(req.id, "")
    done = rq.refuse(req.id, "Twintigste verzoek deze maand, telkens hetzelfde.", today=TODAY)
    assert done.status == "in_progress" and done.closed_on is None  # the letter is a draft
    [letter] = rl.letters_of(req.id)
    assert letter.kind == "refusal" and letter.draft
    rl.mark_sent(letter.id, TODAY, "email", today=TODAY)
    done = rq.get_request(req.id)
    assert done.status == "refused" and done.closed_on == TODAY
    with pytest.raises(NotAllowed):
        rq.link_contact(req.id, None)


def test_id_request_letter_waits_and_verification_goes_on(db):
    req = _request()
    with pytest.raises(NotAllowed):  # Art. 12(6): only with a recorded reason for doubt
        rl.make_letter(req.id, "id_request", today=TODAY)
    data = rq.get_request(req.id)
    data.identity_proof_needed = True
    with pytest.raises(ValidationErrors):
        rq.save_request(data, today=TODAY)
    data.id_doubt_reason = "Het e-mailadres wijkt af van het adres dat wij kennen."
    rq.save_request(data, today=TODAY)
    letter = rl.make_letter(req.id, "id_request", today=TODAY)
    assert "wijkt af van het adres" in _text(rl.letter_file(letter.id)[1])
    rl.mark_sent(letter.id, TODAY, "email", today=TODAY)
    assert rq.get_request(req.id).status == "waiting_for_id"
    done = rq.verify_identity(req.id, "Petra", TODAY, "Paspoort getoond aan de balie", today=TODAY)
    assert done.status == "in_progress" and done.identity_verified_by == "Petra"
    with pytest.raises(ValidationErrors):
        rq.verify_identity(req.id, "", TODAY, "x", today=TODAY)
