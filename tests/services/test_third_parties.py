"""Third parties and processor agreements: saving, the checklist, the signed document and
the dashboard's problems (add one, see it appear; fix it, see it go)."""

from __future__ import annotations

import datetime as dt
import hashlib

import pytest

from soosr_desk.rules.agreements import CHECKLIST
from soosr_desk.services import agreements, checks, third_parties
from soosr_desk.services.errors import Conflict, ServiceError, ValidationErrors
from soosr_desk.store import models as m
from tests.services import kept_documents as kept

pytestmark = pytest.mark.both_engines  # issue 18: on the file and on a server

TODAY = dt.date(2026, 11, 25)


def _party(**kw) -> third_parties.ThirdPartyData:
    values = dict(name="Boekhoudt B.V.", role="processor", country="NL")
    values.update(kw)
    return third_parties.save_third_party(third_parties.ThirdPartyData(**values))


def _stored(agreement_id: int) -> str:
    return m.ProcessorAgreement.get_by_id(agreement_id).document_file


def _complete(party_id: int, **kw) -> agreements.AgreementData:
    data = agreements.AgreementData(
        third_party_id=party_id,
        title="VWO 2026",
        status="signed",
        signed_on=dt.date(2026, 1, 10),
        expires_on=dt.date(2029, 1, 10),
        review_on=dt.date(2027, 6, 1),
    )
    for tick in data.checklist.values():
        tick.ticked = True
    for k, v in kw.items():
        setattr(data, k, v)
    return agreements.save_agreement(data, today=TODAY)


def _messages(today=TODAY) -> list[str]:
    return [p.render() for p in checks.all_problems(today) if p.area == "third_parties"]


def test_a_third_party_is_saved_and_read_back(db):
    cat = third_parties.categories()[0][0]
    act = third_parties.activities()[0][0]
    saved = _party(
        category_id=cat,
        activity_ids=[act],
        contact_person="J. de Vries",
        contact_phone="020-1234567",
        receives="Naam en factuuradres",
    )
    again = third_parties.get_third_party(saved.id)
    assert again.name == "Boekhoudt B.V."
    assert again.category_id == cat and again.activity_ids == [act]
    assert again.contact_phone == "+31 20 123 4567"
    rows = third_parties.list_third_parties(TODAY)
    assert [r.name for r in rows] == ["Boekhoudt B.V."]


def test_bad_fields_are_refused_with_reasons(db):
    with pytest.raises(ValidationErrors) as err:
        third_parties.save_third_party(
            third_parties.ThirdPartyData(name="", country="Nederland", contact_email="geen mail")
        )
    fields = {e.field for e in err.value.errors}
    assert fields == {"name", "country", "contact_email"}
    with pytest.raises(ValidationErrors) as err:
        _party(notes="BSN 111222333")
    assert [e.field for e in err.value.errors] == ["notes"]


def test_a_stale_copy_is_refused(db):
    saved = _party()
    first = third_parties.get_third_party(saved.id)
    second = third_parties.get_third_party(saved.id)
    first.notes = "eerste"
    third_parties.save_third_party(first)
    second.notes = "tweede"
    with pytest.raises(Conflict):
        third_parties.save_third_party(second)


def test_a_processor_without_agreement_appears_and_goes(db):
    party = _party()
    assert _messages() == ["Boekhoudt B.V.: A processor without a processor agreement (Art. 28)."]
    _complete(party.id)
    assert _messages() == ["Boekhoudt B.V.: The signed agreement's document is not attached."]


def test_outside_the_eea_needs_a_safeguard(db):
    party = _party(name="Cloudy Inc.", role="independent_controller", country="us")
    assert party.country == "US"
    assert _messages() == [
        "Cloudy Inc.: Receives data in a country outside the EEA (US) without a recorded "
        "safeguard (Art. 44-46)."
    ]
    party.safeguard = "Standard contractual clauses 2021/914"
    third_parties.save_third_party(party)
    assert _messages() == []


def test_an_inactive_party_is_no_problem(db):
    party = _party()
    assert _messages()
    party.active = False
    third_parties.save_third_party(party)
    assert _messages() == []


def test_checklist_and_dates_make_the_problems(db, tmp_path):
    party = _party()
    ag = _complete(party.id)
    doc = tmp_path / "getekend.pdf"
    doc.write_bytes(b"%PDF-1.4 signed")
    agreements.attach_document(ag.id, doc)
    assert _messages() == []
    ag = agreements.get_agreement(ag.id)
    ag.checklist["sub_processors"].ticked = False
    ag.checklist["security"].ticked = False
    ag = agreements.save_agreement(ag, today=TODAY)
    assert _messages() == [
        "Boekhoudt B.V.: The agreement misses 2 of the 16 points Art. 28(3) requires."
    ]
    assert third_parties.list_third_parties(TODAY)[0].agreement == "Signed, checklist incomplete"
    for tick in ag.checklist.values():
        tick.ticked = True
    ag.expires_on = TODAY + dt.timedelta(days=60)
    ag = agreements.save_agreement(ag, today=TODAY)
    assert _messages() == [
        f"Boekhoudt B.V.: The processor agreement expires on {ag.expires_on:%d-%m-%Y}."
    ]
    ag.expires_on = TODAY + dt.timedelta(days=61)
    ag = agreements.save_agreement(ag, today=TODAY)
    assert _messages() == []
    assert third_parties.list_third_parties(TODAY)[0].agreement == "Complete"
    # the day after expiry it is expired, and listed as such
    later = ag.expires_on + dt.timedelta(days=1)
    assert _messages(later) == [
        f"Boekhoudt B.V.: The processor agreement expired on {ag.expires_on:%d-%m-%Y}."
    ]


def test_a_newer_valid_agreement_supersedes_an_old_draft(db):
    party = _party()
    agreements.save_agreement(
        agreements.AgreementData(third_party_id=party.id, title="concept"), today=TODAY
    )
    assert "has not been signed" in _messages()[0]
    _complete(party.id)
    assert all("not been signed" not in x for x in _messages())


def test_signed_needs_a_date_and_expiry_after_signing(db):
    party = _party()
    with pytest.raises(ValidationErrors) as err:
        agreements.save_agreement(
            agreements.AgreementData(third_party_id=party.id, status="signed"), today=TODAY
        )
    assert [e.field for e in err.value.errors] == ["signed_on"]
    with pytest.raises(ValidationErrors) as err:
        agreements.save_agreement(
            agreements.AgreementData(
                third_party_id=party.id,
                status="signed",
                signed_on=dt.date(2026, 5, 1),
                expires_on=dt.date(2026, 4, 1),
            ),
            today=TODAY,
        )
    assert [e.field for e in err.value.errors] == ["expires_on"]
    with pytest.raises(ValidationErrors) as err:
        agreements.save_agreement(
            agreements.AgreementData(
                third_party_id=party.id, status="signed", signed_on=TODAY + dt.timedelta(days=1)
            ),
            today=TODAY,
        )
    assert [e.field for e in err.value.errors] == ["signed_on"]


def test_checklist_ticks_and_notes_are_kept(db):
    party = _party()
    data = agreements.AgreementData(third_party_id=party.id)
    data.checklist["security"] = agreements.ChecklistTick(True, "Bijlage 2, ISO 27001")
    saved = agreements.save_agreement(data, today=TODAY)
    again = agreements.get_agreement(saved.id)
    assert again.checklist["security"] == agreements.ChecklistTick(True, "Bijlage 2, ISO 27001")
    assert [c for c, t in again.checklist.items() if t.ticked] == ["security"]
    assert list(again.checklist) == [p.code for p in CHECKLIST]
    assert m.AgreementChecklistItem.select().count() == len(CHECKLIST)


def test_the_document_is_copied_with_its_checksum(db, tmp_path):
    party = _party()
    ag = _complete(party.id)
    content = b"%PDF-1.4 " + bytes(range(256)) * 100
    doc = tmp_path / "Verwerkersovereenkomst Boekhoudt.pdf"
    doc.write_bytes(content)
    saved = agreements.attach_document(ag.id, doc)
    assert saved.document_name == doc.name
    assert saved.document_sha256 == hashlib.sha256(content).hexdigest()
    assert saved.document_size == len(content)
    copy = agreements.document_path(ag.id)
    assert copy.read_bytes() == content
    assert copy.parent == kept.opened_from()
    doc.unlink()  # the user's own file may go: the app's copy stays
    assert agreements.document_path(ag.id).read_bytes() == content
    assert agreements.list_agreements(party.id, TODAY)[0].document == "ok"


def test_a_changed_or_missing_copy_is_noticed(db, tmp_path):
    party = _party()
    ag = _complete(party.id)
    doc = tmp_path / "vwo.pdf"
    doc.write_bytes(b"%PDF-1.4 original")
    agreements.attach_document(ag.id, doc)
    stored = _stored(ag.id)
    kept.overwrite(stored, b"%PDF-1.4 tampered")
    assert agreements.list_agreements(party.id, TODAY)[0].document == "changed"
    assert "checksum differs" in _messages()[0]
    with pytest.raises(ServiceError, match="checksum"):
        agreements.document_path(ag.id)
    kept.remove(stored)
    assert agreements.list_agreements(party.id, TODAY)[0].document == "missing"
    assert "is missing" in _messages()[0]
    agreements.attach_document(ag.id, doc)  # attaching again fixes it
    assert _messages() == []


def test_a_document_path_that_no_longer_exists_gives_a_clear_message(db, tmp_path):
    party = _party()
    ag = _complete(party.id)
    with pytest.raises(ServiceError) as err:
        agreements.attach_document(ag.id, tmp_path / "weg" / "vwo.pdf")
    assert err.value.render() == (
        "The file vwo.pdf no longer exists at the place it was chosen from. Check that the "
        "drive is connected, or choose the file again."
    )
    assert agreements.get_agreement(ag.id).document_name == ""


def test_attaching_again_replaces_the_old_copy(db, tmp_path):
    party = _party()
    ag = _complete(party.id)
    first, second = tmp_path / "a.pdf", tmp_path / "b.pdf"
    first.write_bytes(b"one")
    second.write_bytes(b"two")
    agreements.attach_document(ag.id, first)
    old = _stored(ag.id)
    agreements.attach_document(ag.id, second)
    new = _stored(ag.id)
    assert kept.kept_names() == [new] != [old]
    assert agreements.document_path(ag.id).read_bytes() == b"two"
    agreements.delete_agreement(ag.id)
    assert kept.kept_names() == []


def test_a_party_with_agreements_is_not_deleted(db):
    party = _party()
    agreements.save_agreement(agreements.AgreementData(third_party_id=party.id), today=TODAY)
    with pytest.raises(ServiceError, match="Active"):
        third_parties.delete_third_party(party.id)
    other = _party(name="Weg B.V.")
    third_parties.delete_third_party(other.id)
    assert [r.name for r in third_parties.list_third_parties(TODAY)] == ["Boekhoudt B.V."]


def test_the_audit_trail_holds_no_values(db, tmp_path):
    party = _party(contact_person="Henk Uniekenaam", contact_email="henk@boekhoudt.nl")
    ag = _complete(party.id, notes="Bijzondere afspraak Uniekenaam")
    doc = tmp_path / "Uniekenaam.pdf"
    doc.write_bytes(b"x")
    agreements.attach_document(ag.id, doc)
    for event in m.AuditEvent.select():
        joined = " ".join(str(v) for v in event.__data__.values())
        assert "Uniekenaam" not in joined and "henk@" not in joined


def test_demo_data_has_every_category_and_agreement_state(db):
    from soosr_desk.services.demo import generate_demo
    from soosr_desk.services.demo_records import THIRD_PARTIES

    report = generate_demo(db, contacts=20, today=TODAY)
    assert report.third_parties == len(THIRD_PARTIES) and report.agreements == 9
    used = {p.category_id for p in m.ThirdParty.select()}
    assert used == {c.id for c in m.RecipientCategory.select()}
    states = {a.status for a in m.ProcessorAgreement.select()}
    assert states == {"draft", "signed", "expired", "terminated"}
    rows = {r.name: r for r in third_parties.list_third_parties(TODAY)}
    assert {r.agreement for r in rows.values()} >= {
        "Complete",
        "Signed, checklist incomplete",
        "Draft",
        "Not needed",
    }
    # the demo's signed documents are real copies with a matching checksum
    docs = agreements.list_agreements(rows["Platformbouwers B.V."].id, TODAY)
    assert docs[0].document == "ok"
    # a second run adds no second set
    assert generate_demo(db, contacts=5, today=TODAY).third_parties == 0


def test_a_shortcut_is_not_followed(db, tmp_path):
    party = _party()
    ag = _complete(party.id)
    secret = tmp_path / "elders.pdf"
    secret.write_bytes(b"%PDF elders")
    link = tmp_path / "vwo.pdf"
    link.symlink_to(secret)
    with pytest.raises(ServiceError, match="shortcut"):
        agreements.attach_document(ag.id, link)
    lnk = tmp_path / "vwo.pdf.lnk"
    lnk.write_bytes(b"L\x00\x00\x00")
    with pytest.raises(ServiceError, match="shortcut"):
        agreements.attach_document(ag.id, lnk)
    assert kept.kept_names() == []


def test_the_copy_stays_inside_the_documents_folder(db, tmp_path):
    party = _party()
    ag = _complete(party.id)
    doc = tmp_path / "..%2F..%2Fevil.p/df"
    doc.parent.mkdir(parents=True, exist_ok=True)
    doc.write_bytes(b"x")
    saved = agreements.attach_document(ag.id, doc)
    copy = agreements.document_path(ag.id)
    assert copy.parent == kept.opened_from()
    assert copy.name.startswith(f"agreement-{ag.id}-")
    assert saved.document_name == "df"
