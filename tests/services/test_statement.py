"""The privacy statement produced from the register: it says what the register says, in
Dutch and English, changes when the register does, and is kept as numbered versions."""

from __future__ import annotations

import datetime as dt
import re
from html.parser import HTMLParser

import pytest

from soosr_desk.exports.statement import TEXTS, legal_basis_label, render_html
from soosr_desk.services import activities, settings
from soosr_desk.services import statement as st
from soosr_desk.services.errors import NotFound
from soosr_desk.store import models as m
from soosr_desk.store import seed
from tests import pdf_text

pytestmark = pytest.mark.both_engines  # issue 18: on the file and on a server

DAY = dt.date(2026, 3, 2)


class _Shown(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self.tags: set[str] = set()

    def handle_starttag(self, tag, attrs):
        self.tags.add(tag)

    def handle_data(self, data):
        self.parts.append(data)


def _shown(page: str) -> tuple[str, set[str]]:
    parser = _Shown()
    parser.feed(page)
    return "".join(parser.parts), parser.tags


def _pdf_text(pdf: bytes) -> str:
    return re.sub(r"\s+", "", "".join(pdf_text.pages(pdf)))


def _page(language: str) -> str:
    """The statement's page as `st.preview` makes it, without the PDF beside it."""
    return render_html(st.statement_data(language, DAY))


def _squash(text: str) -> str:
    return re.sub(r"\s+", "", text)


def _first_activity() -> activities.ActivityData:
    return activities.get_activity(activities.list_activities(DAY)[0].id)


@pytest.mark.parametrize("language", ["nl", "en"])
def test_statement_has_every_purpose_and_legal_basis_of_the_register(db, language):
    page, pdf = st.preview(language, DAY)
    shown, _tags = _shown(page)
    squashed = _pdf_text(pdf)
    activities = list(m.ProcessingActivity.select())
    assert len(activities) == len(seed.ACTIVITIES)
    for a in activities:
        purpose = a.purpose_en if language == "en" else a.purpose
        name = a.name_en if language == "en" else a.name
        label = legal_basis_label(a.legal_basis, language)
        for text in (purpose, name, label):
            assert text in shown, text
            assert _squash(text) in squashed, text
    for key in ("who_h", "transfer_none", "automated_none", "complaint_h", "changes_h"):
        assert TEXTS[language][key] in shown
    for rule in m.RetentionRule.select():  # the seed uses every rule
        assert (rule.name_en if language == "en" else rule.name) in shown
    assert "info@soosr.com" in shown and "Kapteynstraat 1" in shown


def test_english_falls_back_to_dutch_where_no_english_is_written(db):
    data = _first_activity()
    data.purpose_en = ""
    data.legitimate_interest_en = ""
    activities.save_activity(data, today=DAY)
    english = st.statement_data("en", DAY).activities[0]
    assert english.purpose == data.purpose
    assert english.legitimate_interest == data.legitimate_interest
    assert english.name == data.name_en  # still English where written
    shown, _ = _shown(_page("en"))
    assert data.purpose in shown


def test_editing_the_register_changes_the_statement_until_a_new_version_is_published(db):
    assert st.changed_since_published(), "nothing published yet counts as changed"
    assert st.latest_published() is None
    version, rows = st.publish(DAY)
    assert version == 1 and [r.language for r in rows] == ["nl", "en"]
    assert not st.changed_since_published()
    assert st.statement_problems(DAY) == []
    before = st.register_fingerprint()

    data = _first_activity()
    old_purpose = data.purpose
    data.purpose = "Nieuw doel: klanten bellen over hun ervaringen."
    data.purpose_en = "New purpose: calling customers about their experience."
    data.legal_basis = "consent"
    activities.save_activity(data, today=DAY)

    assert st.register_fingerprint() != before
    assert st.changed_since_published()
    nl, _ = _shown(_page("nl"))
    en, _ = _shown(_page("en"))
    assert data.purpose in nl and old_purpose not in nl and "Toestemming" in nl
    assert data.purpose_en in en and "Consent" in en
    [problem] = st.statement_problems(DAY)
    assert problem.area == "register" and problem.record is None
    assert problem.message == (
        "The register changed after privacy statement version {version} was published "
        "({date}); publish a new version."
    )
    assert problem.params == {"version": 1, "date": DAY}

    later = DAY + dt.timedelta(days=5)
    version, rows = st.publish(later)
    assert version == 2
    assert not st.changed_since_published() and st.statement_problems(later) == []
    assert [(v.version, v.published_on) for v in st.versions()] == [(2, later), (1, DAY)]
    # the old version is kept as it was published
    old_html = st.get_version(1, "nl").html
    assert old_purpose in _shown(old_html)[0] and data.purpose not in _shown(old_html)[0]
    assert data.purpose in _shown(st.get_version(2, "nl").html)[0]
    published = m.AuditEvent.select().where(m.AuditEvent.action == "publish")
    assert [(e.entity, e.entity_id) for e in published] == [("statement", 1), ("statement", 2)]


def test_versions_are_numbered_1_2_3_and_each_file_carries_its_number(db):
    for expected in (1, 2, 3):
        version, rows = st.publish(DAY)
        assert version == expected
        for row in rows:
            word = "Versie" if row.language == "nl" else "Version"
            assert f"{word} {expected} ·" in _shown(row.html)[0]
            assert _squash(f"{word} {expected} ·") in _pdf_text(row.pdf)
    assert m.StatementVersion.select().count() == 6
    assert st.latest_published().version == 3


def test_nothing_published_is_a_problem_to_act_on(db):
    [problem] = st.statement_problems(DAY)
    assert problem.area == "register" and problem.record is None
    assert problem.render() == "No privacy statement has been published from the register yet."


def test_controller_and_retention_changes_change_the_fingerprint(db):
    st.publish(DAY)
    controller = settings.get_controller()
    controller.email = "privacy@soosr.com"
    settings.save_controller(controller)
    assert st.changed_since_published()
    assert "privacy@soosr.com" in _shown(_page("en"))[0]
    st.publish(DAY)
    assert not st.changed_since_published()
    m.RetentionRule.update(description="Na twee jaar gewist.").where(
        m.RetentionRule.code == "contact_form"
    ).execute()
    assert st.changed_since_published()
    assert "Na twee jaar gewist." in _shown(_page("nl"))[0]


def test_a_review_alone_does_not_ask_for_a_new_statement(db):
    st.publish(DAY)
    activities.mark_reviewed(_first_activity().id, today=DAY)
    assert not st.changed_since_published()


def test_a_third_party_outside_the_eea_is_named_with_its_safeguard(db):
    st.publish(DAY)
    activity = m.ProcessingActivity.select().order_by(m.ProcessingActivity.sort_order).first()
    party = m.ThirdParty.create(
        name="Mailer Inc.", country="US", safeguard="EU-US Data Privacy Framework"
    )
    m.ThirdPartyActivity.create(third_party=party, activity=activity)
    assert st.changed_since_published()
    for language, country in (("nl", "Verenigde Staten"), ("en", "United States")):
        page, pdf = st.preview(language, DAY)
        shown, _ = _shown(page)
        assert TEXTS[language]["transfer_none"] not in shown
        assert country in shown and "EU-US Data Privacy Framework" in shown
        assert _squash("EU-US Data Privacy Framework") in _pdf_text(pdf)
    # a party inside the EEA is no transfer
    party.country = "DE"
    party.save()
    assert TEXTS["en"]["transfer_none"] in _shown(_page("en"))[0]


def test_user_text_in_the_register_stays_text(db):
    data = _first_activity()
    data.name = "<script>alert(1)</script> & Co"
    data.purpose = '<font size=40 color="red">Groot</font> & <b>vet</b>'
    activities.save_activity(data, today=DAY)
    _version, rows = st.publish(DAY)
    nl = rows[0]
    shown, tags = _shown(nl.html)
    assert "script" not in tags and "font" not in tags and "b" not in tags
    assert data.name in shown and data.purpose in shown
    squashed = _pdf_text(nl.pdf)
    assert _squash(data.name) in squashed and _squash(data.purpose) in squashed


def test_write_files_writes_the_kept_version(db, tmp_path):
    version, rows = st.publish(DAY)
    paths = st.write_files(version, tmp_path)
    assert sorted(p.name for p in paths) == [
        "privacy-statement-v1-en.html",
        "privacy-statement-v1-en.pdf",
        "privacy-statement-v1-nl.html",
        "privacy-statement-v1-nl.pdf",
    ]
    assert (tmp_path / "privacy-statement-v1-nl.html").read_text("utf-8") == rows[0].html
    assert (tmp_path / "privacy-statement-v1-en.pdf").read_bytes() == bytes(rows[1].pdf)
    # the register changing afterwards does not change the files of version 1
    data = _first_activity()
    data.purpose = "Iets anders."
    activities.save_activity(data, today=DAY)
    st.write_files(version, tmp_path)
    assert "Iets anders." not in (tmp_path / "privacy-statement-v1-nl.html").read_text("utf-8")
    with pytest.raises(NotFound):
        st.write_files(7, tmp_path)


def test_english_statement_uses_the_english_source_and_retention_note(db):
    data = _first_activity()
    data.source, data.source_en = "Van uzelf en van de KvK.", "From you and the trade register."
    data.retention_note = "of langer bij een geschil"
    data.retention_note_en = "or longer in a dispute"
    activities.save_activity(data, today=DAY)
    page, pdf = st.preview("en", DAY)
    shown, _ = _shown(page)
    for text in (data.source_en, data.retention_note_en):
        assert text in shown and _squash(text) in _pdf_text(pdf), text
    assert data.source not in shown and data.retention_note not in shown
    assert "given in Dutch" not in shown
    dutch, _ = _shown(_page("nl"))
    assert data.source in dutch and data.retention_note in dutch


def test_an_empty_english_text_falls_back_to_dutch_visibly(db):
    data = _first_activity()
    data.purpose_en, data.source_en = "", ""
    activities.save_activity(data, today=DAY)
    page, pdf = st.preview("en", DAY)
    shown, _ = _shown(page)
    note = "Some texts from our register have no English version yet; they are given in Dutch"
    assert note in shown and _squash(note) in _pdf_text(pdf)
    assert data.purpose[:40] in shown.split(note)[1]  # named in the note, not silently used
    assert st.english_missing() == [(data.name, "purpose"), (data.name, "source")]
    assert "given in Dutch" not in _shown(_page("nl"))[0]
