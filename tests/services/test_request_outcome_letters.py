"""Issue 14: request kind x outcome x language, each answer made through the real services
from the records and read back (tests/pdf_text.py) for what it must and must not say."""

from __future__ import annotations

import datetime as dt
import os

import pytest

from soosr_desk.services import contacts as cs
from soosr_desk.services import requests as rq
from soosr_desk.services import third_parties as tp
from soosr_desk.services.errors import NotAllowed
from soosr_desk.services.requests import letters as rl
from soosr_desk.store import models as m
from tests import pdf_text

TODAY = dt.date(2026, 11, 25)
COURT = {
    "nl": ("artikel 79 AVG", "zes weken", "artikel 35 UAVG", "klacht"),
    "en": ("Article 79 GDPR", "six weeks", "Article 35", "complaint"),
}


def _person(relation="customer_contact", invoice=True, hold="") -> int:
    c = cs.save_contact(
        cs.ContactData(
            first_name="Anna",
            last_name="de Vries",
            relation=relation,
            email="anna@example.nl",
            city="Noordwijk",
            received_on=dt.date(2025, 3, 1),
            legal_hold=bool(hold),
            legal_hold_reason=hold,
        ),
        today=TODAY,
    )
    if invoice:
        m.FinancialRecord.create(
            contact=c.id,
            number="F-2026-0042",
            record_date=dt.date(2026, 2, 3),
            amount_cents=123450,
            description="Licentie",
        )
    return c.id


def _party(name="Hostnet B.V.", country="NL", safeguard="") -> None:
    act = m.ProcessingActivity.get(m.ProcessingActivity.name == "Algemeen contact")
    tp.save_third_party(
        tp.ThirdPartyData(name=name, country=country, safeguard=safeguard, activity_ids=[act.id])
    )


def _request(kind: str, lang: str, contact_id: int | None) -> int:
    req = rq.save_request(
        rq.RequestData(
            kind=kind,
            received_on=TODAY,
            language=lang,
            requester_name="Anna de Vries",
            requester_email="anna@example.nl",
        ),
        today=TODAY,
    )
    rq.link_contact(req.id, contact_id)
    return req.id


def _answer(request_id: int) -> str:
    letter = rl.make_letter(request_id, "answer", today=TODAY)
    pdf = rl.letter_file(letter.id)[1]
    return " ".join(pdf_text.pages(pdf))


def _check(text: str, must: tuple[str, ...], must_not: tuple[str, ...]) -> None:
    for item in must:
        assert item in text, item
    for item in must_not:
        assert item not in text, item


def _erased(rid, lang):
    rq.erase(rid, today=TODAY)


def _hold(rid, lang):
    with pytest.raises(NotAllowed):
        rq.erase(rid, today=TODAY)
    rq.decide(
        rid, "erasure_refused", "Er loopt een incassoprocedure.", ground="legal_claims", today=TODAY
    )


def _decide(outcome, activity=""):
    def act(rid, lang):
        aid = (
            m.ProcessingActivity.get(m.ProcessingActivity.name == activity).id if activity else None
        )
        rq.decide(rid, outcome, "Onze grond: de offerte loopt nog.", activity_id=aid, today=TODAY)

    return act


def _rectify(rid, lang):
    rq.rectify(rid, {"city": "Leiden"}, today=TODAY)


def _withdraw(rid, lang):
    rq.withdraw_consents(rid, today=TODAY)


CASES = {
    # name: (kind, person kwargs, action, must nl, must en, must not (both))
    "access customer": (
        "access",
        {},
        None,
        (
            "F-2026-0042",
            "€ 1.234,50",
            "Debiteurenbeheer en incasso",
            "Hostnet B.V. (Nederland)",
            "artikel 52",
            "niet door naar landen",
        ),
        (
            "F-2026-0042",
            "€1,234.50",
            "Debtor management and collection",
            "Hostnet B.V. (Netherlands)",
            "Article 52",
            "do not transfer",
        ),
        ("nog niet",),
    ),
    "access prospect": (
        "access",
        {"relation": "lead", "invoice": False},
        None,
        ("Algemeen contact", "twee jaar na het laatste contact"),
        ("General contact", "two years after the last contact"),
        ("Debiteurenbeheer", "Debtor management", "F-2026"),
    ),
    "erasure erased": (
        "erasure",
        {},
        _erased,
        (
            "gewist",
            "facturen en betalingen: 1",
            "artikel 52 Algemene wet",
            "31-12-2033",
            "Hostnet B.V.",
            "wordt op de hoogte gebracht",
        ),
        (
            "erased",
            "invoices and payments: 1",
            "Article 52 of the Dutch",
            "31 Dec 2033",
            "Hostnet B.V.",
            "will be informed",
        ),
        (
            "geen persoonsgegevens meer",
            "no personal data about you any more",
            "een leeg record",
            "an empty record",
            "nog niet",
        ),
    ),
    "erasure legal hold": (
        "erasure",
        {"hold": "Incassozaak 2026-17"},
        _hold,
        (
            "niet gewist",
            "artikel 17 lid 3 onder e",
            "incassoprocedure",
            "Incassozaak 2026-17",
            *COURT["nl"],
        ),
        ("not erased", "Article 17(3)(e)", "incassoprocedure", "Incassozaak 2026-17", *COURT["en"]),
        ("Wij hebben uw persoonsgegevens gewist", "We have erased", "artikel 19", "Article 19"),
    ),
    "rectification done": (
        "rectification",
        {},
        _rectify,
        ("Noordwijk", "Leiden", "Hostnet B.V.", "artikel 19"),
        ("Noordwijk", "Leiden", "Hostnet B.V.", "Article 19"),
        ("zes weken", "six weeks"),
    ),
    "rectification not needed": (
        "rectification",
        {},
        _decide("not_needed"),
        ("niet gewijzigd", "de offerte loopt nog", *COURT["nl"]),
        ("not changed", "de offerte loopt nog", *COURT["en"]),
        ("gecorrigeerd", "corrected", "artikel 19", "Article 19"),
    ),
    "restriction not applied": (
        "restriction",
        {},
        _decide("not_restricted"),
        ("niet beperkt", "artikel 18 lid 1", *COURT["nl"]),
        ("not restricted", "Article 18(1)", *COURT["en"]),
        ("gemarkeerd als beperkt", "marked as restricted"),
    ),
    "objection marketing": (
        "objection",
        {},
        lambda rid, lang: rq.object_to_marketing(rid, today=TODAY),
        ("absoluut",),
        ("absolute",),
        ("zes weken", "six weeks"),
    ),
    "objection upheld": (
        "objection",
        {},
        _decide("objection_upheld", "Algemeen contact"),
        ("gegrond", "Algemeen contact", "niet meer"),
        ("upheld", "General contact", "no longer"),
        ("absoluut", "absolute", "zes weken", "six weeks"),
    ),
    "objection denied": (
        "objection",
        {},
        _decide("objection_denied", "Algemeen contact"),
        ("dwingende gerechtvaardigde gronden", "de offerte loopt nog", *COURT["nl"]),
        ("compelling legitimate grounds", "de offerte loopt nog", *COURT["en"]),
        ("absoluut", "absolute"),
    ),
    "withdrawal": (
        "withdrawal",
        {},
        _withdraw,
        ("Nieuwsbrief", "totdat u opnieuw toestemming geeft"),
        ("Nieuwsbrief", "until you give your consent again"),
        (),
    ),
}


@pytest.mark.parametrize("lang", ["nl", "en"])
@pytest.mark.parametrize("case", list(CASES))
def test_each_outcome_has_its_own_true_letter(db, case, lang):
    kind, person, action, must_nl, must_en, must_not = CASES[case]
    _party()
    contact = _person(**person)
    cs.give_consent(contact, "Nieuwsbrief", dt.date(2025, 1, 5), "formulier", today=TODAY)
    rid = _request(kind, lang, contact)
    if action is not None:
        action(rid, lang)
    text = _answer(rid)
    _check(text, must_nl if lang == "nl" else must_en, must_not)
    if lang == "en":  # an English letter is English throughout (user data aside)
        _check(text, (), ("Wij hebben", "Geachte", "artikel ", "Met vriendelijke groet"))


@pytest.mark.parametrize(
    "kind", ["erasure", "rectification", "restriction", "objection", "withdrawal"]
)
def test_no_answer_before_the_records_show_an_outcome(db, kind):
    contact = _person()
    cs.give_consent(contact, "Nieuwsbrief", dt.date(2025, 1, 5), "formulier", today=TODAY)
    rid = _request(kind, "nl", contact)
    with pytest.raises(NotAllowed):
        rl.make_letter(rid, "answer", today=TODAY)


def test_an_erasure_request_never_linked_gets_no_erasure_letter(db):
    req = rq.save_request(
        rq.RequestData(kind="erasure", received_on=TODAY, requester_name="Anna de Vries"),
        today=TODAY,
    )
    with pytest.raises(NotAllowed):
        rl.make_letter(req.id, "answer", today=TODAY)


def test_a_transfer_outside_the_eea_names_the_safeguard_and_a_copy(db):
    _party("Mailchimp Inc.", "US", "EU-standaardcontractbepalingen (2021)")
    rid = _request("access", "nl", _person())
    text = _answer(rid)
    _check(
        text,
        (
            "Mailchimp Inc.",
            "buiten de Europese Economische Ruimte",
            "EU-standaardcontractbepalingen (2021)",
            "kopie van deze waarborg",
            "artikel 15 lid 2",
        ),
        (),
    )


def test_extension_letter_is_made_and_the_dashboard_warns_until_it_is_sent(db):
    from soosr_desk.services import checks

    rid = _request("access", "nl", None)
    rq.extend(rid, "Veel verzoeken tegelijk.", today=TODAY)
    [letter] = rl.letters_of(rid)
    assert letter.kind == "extension" and letter.draft
    warned = [p.render() for p in checks.all_problems(TODAY) if p.record == rid]
    assert any("no extension letter was marked sent" in w for w in warned)
    rl.mark_sent(letter.id, TODAY, "email", today=TODAY)
    warned = [p.render() for p in checks.all_problems(TODAY) if p.record == rid]
    assert not any("extension letter" in w for w in warned)


def test_no_extension_after_the_first_deadline(db):
    req = rq.save_request(
        rq.RequestData(kind="access", received_on=dt.date(2026, 9, 1), requester_name="Anna"),
        today=TODAY,
    )
    with pytest.raises(NotAllowed):
        rq.extend(req.id, "Te laat.", today=TODAY)
    assert rl.letters_of(req.id) == []


def test_a_withdrawal_lists_only_what_this_request_withdrew(db):
    contact = _person()
    old = cs.give_consent(contact, "Uitnodigingen", dt.date(2024, 1, 5), "beurs", today=TODAY)
    cs.withdraw_consent(old.id, dt.date(2025, 6, 1), "telefoon", today=TODAY)
    rid = _request("withdrawal", "nl", contact)
    assert "niets in te trekken" in _answer(rid)  # no active consent: nothing to withdraw
    cs.give_consent(contact, "Nieuwsbrief", dt.date(2025, 1, 5), "formulier", today=TODAY)
    rid = _request("withdrawal", "nl", contact)
    rq.withdraw_consents(rid, today=TODAY)
    _check(_answer(rid), ("Nieuwsbrief",), ("Uitnodigingen", "niets in te trekken"))


def test_an_english_letter_falls_back_to_dutch_visibly(db):
    rid = _request("access", "en", _person())
    assert "given in Dutch" not in _answer(rid)  # the seed has every English text
    act = m.ProcessingActivity.get(m.ProcessingActivity.name == "Algemeen contact")
    act.purpose_en = ""
    act.save()
    rid = _request("access", "en", _person())
    text = _answer(rid)
    assert "they are given in Dutch: Het verstrekken van de door u opgevraagde" in text


def test_an_upheld_objection_stops_the_activity_for_that_person(db):
    contact = _person()
    rid = _request("objection", "nl", contact)
    _decide("objection_upheld", "Debiteurenbeheer en incasso")(rid, "nl")
    assert "Debiteurenbeheer en incasso" not in _answer(_request("access", "nl", contact))
    other = _person()
    assert "Debiteurenbeheer en incasso" in _answer(_request("access", "nl", other))


def test_an_onward_transfer_by_a_sub_processor_is_named_with_its_safeguard(db):
    """Art. 15(2): a sub-processor outside the EEA under a party the person's data goes
    to is a transfer of their data too; one under an activity not theirs is not."""
    from soosr_desk.services import agreements as pa
    from soosr_desk.services.sub_processors import SubProcessorData

    _party("Hostnet B.V.", "NL")
    host = m.ThirdParty.get(m.ThirdParty.name == "Hostnet B.V.")
    data = pa.AgreementData(
        third_party_id=host.id,
        title="VWO",
        status="signed",
        signed_on=dt.date(2026, 1, 10),
        subs=[
            SubProcessorData(
                "Cloud Corp",
                "opslag",
                "US",
                "Standaardcontractbepalingen 2021/914",
                dt.date(2026, 1, 5),
            )
        ],
    )
    pa.save_agreement(data, today=TODAY)
    text = _answer(_request("access", "nl", _person()))
    _check(
        text,
        (
            "Cloud Corp ontvangt uw gegevens in",
            "Standaardcontractbepalingen 2021/914",
            "kopie van deze waarborg",
        ),
        ("niet door naar landen buiten",),
    )


@pytest.mark.parametrize("lang", ["nl", "en"])
def test_the_retention_rule_is_named_as_the_register_words_it(db, lang):
    """Art. 15(1)(d): the rule the due list applies, in the register's own words (the
    statement uses the same), with the person's dates; no second wording of it."""
    rule = m.RetentionRule.get(m.RetentionRule.code == "no_contract")
    rule.name, rule.name_en = "Geen overeenkomst: 24 maanden", "No contract: 24 months"
    rule.description = "Wij wissen relaties zonder overeenkomst na 24 maanden."
    rule.description_en = "We erase relations without a contract after 24 months."
    rule.save()
    text = _answer(_request("access", lang, _person()))
    words = {
        "nl": (rule.name, rule.description, "1 maart 2027"),
        "en": (rule.name_en, rule.description_en, "1 March 2027"),
    }[lang]
    _check(text, words, ("Er is geen overeenkomst", "There is no contract", "given in Dutch"))


def test_a_letter_is_made_without_a_temporary_file(db, monkeypatch):
    """The letter goes from memory into the database: a file in the temporary folder would
    hold the requester's name and data outside the database and its erasure, until the
    next start removed what a killed program left there."""
    rid = _request("access", "nl", _person())

    def refused(*args, **kwargs):
        raise AssertionError(f"a file or folder was made: {args[0]}")

    real_open = os.open
    monkeypatch.setattr(os, "mkdir", refused)
    monkeypatch.setattr(
        os,
        "open",
        lambda path, flags, *a, **k: (
            refused(path) if flags & os.O_CREAT else real_open(path, flags, *a, **k)
        ),
    )
    assert "Anna de Vries" in _answer(rid)
