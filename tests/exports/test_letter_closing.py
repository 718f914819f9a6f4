"""Issue 16 item 6: the closing of a letter. "Met vriendelijke groet" never stands alone on
the last page; the signer's name and role (from the settings) stand under it, on the page
of the last paragraph. Read back with pypdf, for every length of letter around a page
break."""

from __future__ import annotations

from dataclasses import replace

import pytest

from soosr_desk.exports import letters as L
from soosr_desk.exports.pdf_base import Closing, Letterhead, build_letter, para, styles
from tests import pdf_text
from tests.exports.test_letters import CONTROLLER, _facts

SIGNER = ("Joke de Vries-van Dam", "Privacycoördinator")


def _pages(path) -> list[str]:
    return pdf_text.pages(path)


def _closing_page(pages: list[str]) -> int:
    (index,) = [i for i, text in enumerate(pages) if "Met vriendelijke groet" in text]
    return index


@pytest.mark.parametrize("paragraphs", range(18, 42))
def test_the_greeting_stays_with_the_last_paragraph(tmp_path, paragraphs):
    sheet = styles()
    story = [
        para(
            f"Alinea {n}: wij hebben uw gegevens nagekeken en bijgewerkt waar dat "
            "nodig was, zoals u ons vroeg.",
            sheet["Normal"],
        )
        for n in range(paragraphs)
    ]
    story.append(para("Slotalinea: bel ons gerust als u nog vragen heeft.", sheet["Normal"]))
    path = tmp_path / "brief.pdf"
    build_letter(
        path,
        letterhead=Letterhead("SOOSR B.V."),
        recipient_lines=["Anna Jansen"],
        date_text="25 november 2026",
        reference="AVG-2026-0007",
        subject="Uw verzoek",
        story=story,
        footer_text="SOOSR B.V.",
        closing=Closing("Met vriendelijke groet,", "SOOSR B.V.", *SIGNER),
    )
    pages = _pages(path)
    last = pages[_closing_page(pages)]
    assert _closing_page(pages) == len(pages) - 1
    assert "Slotalinea" in last, f"{paragraphs} paragraphs: the greeting stands alone"
    assert last.index("Slotalinea") < last.index("Met vriendelijke groet")
    assert SIGNER[0] in last and SIGNER[1] in last
    assert last.index(SIGNER[0]) < last.index(SIGNER[1]) < last.rindex("SOOSR B.V.")


@pytest.mark.parametrize("lines", range(0, 60, 3))
def test_a_real_letter_ends_with_the_signer_on_the_page_of_its_last_paragraph(lines):
    controller = replace(CONTROLLER, signer_name=SIGNER[0], signer_role=SIGNER[1])
    note = "\n".join(f"Regel {n} van de toelichting." for n in range(lines))
    facts = _facts("answer", "rectification", "nl", controller=controller, outcome_note=note)
    pages = _pages(L.letter_pdf(facts))
    last = pages[_closing_page(pages)]
    assert SIGNER[0] in last and SIGNER[1] in last
    before = last[: last.index("Met vriendelijke groet")]
    assert len(before.split()) > 12, f"{lines} lines: the greeting stands alone on its page"


def test_without_a_signer_the_organisation_signs():
    text = _pages(L.letter_pdf(_facts("answer", "access", "en")))[-1]
    after = text[text.index("Kind regards,") + len("Kind regards,") :]
    assert after.split("Page")[0].strip() == "SOOSR B.V."


def test_the_signer_comes_from_the_settings(db, tmp_path):
    from soosr_desk.services import settings
    from soosr_desk.services.requests import facts

    settings.save_signer(settings.Signer(*SIGNER))
    assert facts.controller().signer_name == SIGNER[0]
    assert settings.get_signer() == settings.Signer(*SIGNER)
