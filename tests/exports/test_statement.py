"""The privacy statement as HTML and PDF, from plain data: every chapter in both
languages, user text printed as typed, a proper A4 document with version and date."""

from __future__ import annotations

import dataclasses
import datetime as dt
import html
import io
import re
from html.parser import HTMLParser

import pytest
from pypdf import PdfReader

from soosr_desk.exports.statement import (
    TEXTS,
    ActivityInfo,
    ControllerInfo,
    RecipientCategoryInfo,
    RetentionRuleInfo,
    StatementData,
    Transfer,
    format_date,
    legal_basis_label,
    render_html,
    render_pdf,
)
from tests import pdf_text

DAY = dt.date(2026, 3, 2)
CONTROLLER = ControllerInfo(
    name="SOOSR B.V.",
    street="Kapteynstraat 1",
    address_extra="SBIC-building suite 330",
    postcode="2201 BB",
    city="Noordwijk",
    phone="071 202 0307",
    email="info@soosr.com",
    authority_url="https://autoriteitpersoonsgegevens.nl/nl/contact-met-de-autoriteit-persoonsgegevens/tip-ons",
)
ACTIVITIES = (
    ActivityInfo(
        "Algemeen contact",
        "Vragen beantwoorden en klachten afhandelen.",
        "legitimate_interest",
        "Algemeen klantcontact.",
        ("Naam", "E-mailadres"),
        ("Websitebezoekers",),
        ("ICT-dienstverleners",),
        (),
        "Contactformulier: twee jaar",
    ),
    ActivityInfo(
        "Uitvoering van een overeenkomst",
        "Onze diensten leveren.",
        "contract",
        "",
        ("Naam", "Functie", "Mate van tekenbevoegdheid"),
        ("Klanten",),
        ("Boekhouder",),
        (),
        "Overeenkomst: drie jaar na afronding",
    ),
    ActivityInfo(
        "Wettelijke verplichting",
        "Belastingaangifte.",
        "legal_obligation",
        "",
        ("Financiële gegevens",),
        ("Debiteuren",),
        ("Overheidsinstanties",),
        (),
        "Financiële administratie: zeven jaar",
    ),
)
CHAPTERS = (
    "who_h",
    "data_h",
    "purposes_h",
    "bases_h",
    "sharing_h",
    "transfer_h",
    "security_h",
    "retention_h",
    "rights_h",
    "complaint_h",
    "automated_h",
    "changes_h",
)
PAYLOADS = [
    "<script>alert('x')</script>",
    "Smit & Zn <b>vet</b>",
    '<font size=40 color="red">GROOT</font>',
    "<a href='https://evil.example'>klik</a>",
    '<img src="/etc/passwd"/>',
    "&amp; &lt;not escaped&gt; &#169;",
]


def _data(language: str = "nl", **changes) -> StatementData:
    data = StatementData(
        language=language,
        version=3,
        published_on=DAY,
        controller=CONTROLLER,
        activities=ACTIVITIES,
        recipient_categories=(
            RecipientCategoryInfo("ICT-dienstverleners", "Houden onze systemen veilig."),
            RecipientCategoryInfo("Boekhouder", "Voor de administratie."),
            RecipientCategoryInfo("Overheidsinstanties", "Als de wet het eist."),
        ),
        retention_rules=(RetentionRuleInfo("Contactformulier: twee jaar", "Twee jaar."),),
    )
    return dataclasses.replace(data, **changes)


class _Text(HTMLParser):
    """The text a browser shows (and the links it offers)."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self.links: list[str] = []
        self.tags: list[str] = []

    def handle_starttag(self, tag, attrs):
        self.tags.append(tag)
        if tag == "a":
            self.links.append(dict(attrs).get("href", ""))

    def handle_data(self, data):
        self.parts.append(data)


def _html_text(page: str) -> _Text:
    parser = _Text()
    parser.feed(page)
    return parser


def _pdf_text(pdf: bytes) -> str:
    return "".join(pdf_text.pages(pdf))


def _squash(text: str) -> str:
    return re.sub(r"\s+", "", text)


@pytest.mark.parametrize("language", ["nl", "en"])
def test_every_chapter_is_there_in_html_and_pdf(language):
    data = _data(language)
    page = render_html(data)
    shown = "".join(_html_text(page).parts)
    pdf = _squash(_pdf_text(render_pdf(data)))
    for key in CHAPTERS:
        heading = TEXTS[language][key]
        assert f"<h2>{html.escape(heading)}</h2>" in page, key
        assert _squash(heading) in pdf, key
    # every purpose and every legal basis used, in the language asked for
    for a in ACTIVITIES:
        assert a.purpose in shown and _squash(a.purpose) in pdf
        label = legal_basis_label(a.legal_basis, language)
        assert label in shown and _squash(label) in pdf
    assert "Autoriteit Persoonsgegevens" in shown


def test_dutch_and_english_differ_and_name_the_bases_in_their_language():
    nl = "".join(_html_text(render_html(_data("nl"))).parts)
    en = "".join(_html_text(render_html(_data("en"))).parts)
    assert "Gerechtvaardigd belang" in nl and "Gerechtvaardigd belang" not in en
    assert "Legitimate interest" in en and "Wettelijke verplichting" in nl
    assert "Legal obligation" in en
    assert "2 maart 2026" in nl and "2 March 2026" in en
    # a basis no activity uses is not explained
    assert legal_basis_label("consent", "nl") not in nl
    assert legal_basis_label("consent", "en") not in en


def test_html_is_one_self_contained_page():
    page = render_html(_data("en"))
    assert page.startswith("<!DOCTYPE html>")
    assert '<meta charset="utf-8">' in page
    assert '<html lang="en">' in page
    parsed = _html_text(page)
    assert not {"script", "link", "img", "iframe"} & set(parsed.tags)
    assert "Version 3 · 2 March 2026" in "".join(parsed.parts)
    # the only link is the authority's complaint page
    assert parsed.links == [CONTROLLER.authority_url]


def test_user_text_stays_text_in_html():
    c = dataclasses.replace(CONTROLLER, name=PAYLOADS[1], email=PAYLOADS[0])
    acts = tuple(
        dataclasses.replace(
            ACTIVITIES[0],
            name=p,
            purpose=f"doel {p}",
            legitimate_interest=f"belang {p}",
            data_categories=(p,),
            retention=f"termijn {p}",
            transfers=(Transfer("US", f"waarborg {p}"),),
            automated_decisions=True,
            automated_decisions_note=f"besluit {p}",
        )
        for p in PAYLOADS
    )
    data = _data(
        "nl",
        controller=c,
        activities=acts,
        recipient_categories=(RecipientCategoryInfo(PAYLOADS[2], PAYLOADS[3]),),
    )
    page = render_html(data)
    parsed = _html_text(page)
    shown = "".join(parsed.parts)
    assert not {"script", "font", "b", "img"} & set(parsed.tags)
    assert parsed.links == [CONTROLLER.authority_url]
    for p in PAYLOADS:
        for text in (
            p,
            f"doel {p}",
            f"belang {p}",
            f"termijn {p}",
            f"waarborg {p}",
            f"besluit {p}",
        ):
            assert text in shown, text


def test_user_text_stays_text_in_pdf():
    acts = tuple(
        dataclasses.replace(ACTIVITIES[1], name=f"A{i}", purpose=p) for i, p in enumerate(PAYLOADS)
    )
    c = dataclasses.replace(CONTROLLER, name="<font size=40>X</font> & Co")
    pdf = render_pdf(_data("en", controller=c, activities=acts))
    text = _squash(_pdf_text(pdf))
    for p in PAYLOADS:
        assert _squash(p) in text, p
    assert _squash("<font size=40>X</font> & Co") in text
    assert b"/URI" not in pdf, "no live links in the PDF"
    assert b"/Subtype /Image" not in pdf and b"/Subtype/Image" not in pdf


def test_a_script_address_for_the_authority_is_never_a_link():
    c = dataclasses.replace(CONTROLLER, authority_url="javascript:alert(1)")
    parsed = _html_text(render_html(_data("nl", controller=c)))
    assert parsed.links == []
    assert "javascript:alert(1)" in "".join(parsed.parts)


def test_no_transfer_says_so_and_a_transfer_says_where_and_with_which_safeguard():
    none = "".join(_html_text(render_html(_data("en"))).parts)
    assert TEXTS["en"]["transfer_none"] in none
    acts = (
        dataclasses.replace(
            ACTIVITIES[0],
            transfers=(
                Transfer("US", "Standard contractual clauses"),
                Transfer("", "Adequacy decision"),
            ),
        ),
        *ACTIVITIES[1:],
    )
    for language, country, elsewhere in (
        ("en", "United States", "a country outside the EEA"),
        ("nl", "Verenigde Staten", "een land buiten de EER"),
    ):
        data = _data(language, activities=acts)
        shown = "".join(_html_text(render_html(data)).parts)
        pdf = _squash(_pdf_text(render_pdf(data)))
        assert TEXTS[language]["transfer_none"] not in shown
        for text in (country, "Standard contractual clauses", "Adequacy decision", elsewhere):
            assert text in shown and _squash(text) in pdf, (language, text)


def test_automated_decisions_are_named_when_the_register_has_them():
    plain = "".join(_html_text(render_html(_data("en"))).parts)
    assert TEXTS["en"]["automated_none"] in plain
    acts = (
        dataclasses.replace(
            ACTIVITIES[0], automated_decisions=True, automated_decisions_note="Credit check"
        ),
        *ACTIVITIES[1:],
    )
    shown = "".join(_html_text(render_html(_data("en", activities=acts))).parts)
    assert TEXTS["en"]["automated_none"] not in shown
    assert "Credit check" in shown and "human intervention" in shown


def test_pdf_is_a4_with_title_version_date_and_page_numbers():
    many = tuple(dataclasses.replace(ACTIVITIES[0], name=f"Doel {i}") for i in range(30))
    pdf = render_pdf(_data("nl", activities=many))
    reader = PdfReader(io.BytesIO(pdf))  # the page size and the title: pypdf
    texts = pdf_text.pages(pdf)
    pages = len(texts)
    assert pages > 2
    box = reader.pages[0].mediabox
    assert (round(float(box.width)), round(float(box.height))) == (595, 842)
    first = texts[0]
    assert first.lstrip().startswith("Privacyverklaring")
    assert "Versie 3 · 2 maart 2026" in first
    for number, page in enumerate(texts, 1):
        assert f"Pagina {number} van {pages}" in page
    assert reader.metadata.title == "Privacyverklaring SOOSR B.V."
    english = pdf_text.pages(render_pdf(_data("en")))[0]
    assert "Version 3 · 2 March 2026" in english and "Page 1 of" in english


def test_dates_in_both_languages():
    assert format_date(dt.date(2019, 4, 8), "nl") == "8 april 2019"
    assert format_date(dt.date(2019, 4, 8), "en") == "8 April 2019"
