"""The Dutch words the accountant reads in the Excel registers for the codes the database
stores (issue 16, item 5): a cell says "In behandeling", never `in_progress`.

One function, `word(kind, code)`, for every coded column; the workbook is Dutch like its
headers. `tests/services/test_register_words.py` scans every sheet for any code left."""

from __future__ import annotations

from enum import Enum

from soosr_desk.rules.agreements import CHECKLIST, AgreementStatus, ChecklistPoint, RecipientRole
from soosr_desk.rules.breaches import Decision
from soosr_desk.rules.vocab import (
    Channel,
    ContactSource,
    LegalBasis,
    Relation,
    RequestKind,
    RequestOutcome,
    RequestStatus,
)

DUTCH: dict[type, dict[str, str]] = {
    LegalBasis: {
        "legal_obligation": "Wettelijke verplichting",
        "contract": "Overeenkomst (of de aanloop ernaartoe)",
        "legitimate_interest": "Gerechtvaardigd belang",
        "consent": "Toestemming",
    },
    RecipientRole: {
        "processor": "Verwerker",
        "independent_controller": "Zelfstandig verwerkingsverantwoordelijke",
        "joint_controller": "Gezamenlijk verwerkingsverantwoordelijke",
        "public_authority": "Overheidsinstantie",
    },
    AgreementStatus: {
        "draft": "Concept",
        "signed": "Ondertekend",
        "expired": "Verlopen",
        "terminated": "Beëindigd",
    },
    RequestKind: {
        "access": "Inzage",
        "rectification": "Rectificatie",
        "erasure": "Verwijdering",
        "restriction": "Beperking",
        "objection": "Bezwaar",
        "portability": "Overdraagbaarheid",
        "withdrawal": "Intrekking toestemming",
    },
    RequestStatus: {
        "new": "Nieuw",
        "waiting_for_id": "Wacht op identificatie",
        "in_progress": "In behandeling",
        "answered": "Beantwoord",
        "closed": "Afgesloten",
        "refused": "Geweigerd",
    },
    RequestOutcome: {
        "done": "Uitgevoerd",
        "no_data": "Geen gegevens bekend",
        "refused": "Geweigerd",
    },
    Channel: {
        "email": "E-mail",
        "post": "Post",
        "phone": "Telefoon",
        "website_form": "Websiteformulier",
    },
    Relation: {
        "lead": "Belangstellende",
        "customer_contact": "Contactpersoon klant",
        "supplier_contact": "Contactpersoon leverancier",
        "debtor": "Debiteur",
        "reference": "Referentie",
    },
    ContactSource: {
        "website_form": "Contactformulier website",
        "contract": "Klantovereenkomst",
        "supplier": "Leverancier",
        "reference": "Referentie",
        "manual": "Handmatig ingevoerd",
    },
    Decision: {"": "Nog geen besluit", "report": "Melden", "no_report": "Niet melden"},
    # the points of Art. 28(3), as the Dutch screen shows them
    ChecklistPoint: {
        "subject_and_duration": "Onderwerp en duur van de verwerking",
        "nature_and_purpose": "Aard en doel van de verwerking",
        "data_and_subjects": "Soorten persoonsgegevens en categorieën betrokkenen",
        "controller_rights": "De verplichtingen en rechten van de verwerkingsverantwoordelijke",
        "documented_instructions": "Verwerkt alleen op schriftelijke instructies",
        "transfer_instructions": "Doorgifte aan een derde land alleen op schriftelijke instructie",
        "staff_confidentiality": "Medewerkers hebben geheimhoudingsplicht",
        "security": "Neemt de beveiligingsmaatregelen van art. 32",
        "sub_processors": "Houdt zich aan de voorwaarden voor het inschakelen van subverwerkers",
        "sub_processor_authorisation": "Subverwerkers alleen met voorafgaande schriftelijke "
        "toestemming; wijzigingen gemeld, met recht van bezwaar",
        "sub_processor_flow_down": "Subverwerkers krijgen dezelfde plichten; de verwerker blijft "
        "volledig aansprakelijk",
        "data_subject_rights": "Helpt bij verzoeken van betrokkenen",
        "assist_32_36": "Helpt bij beveiliging, meldingen van datalekken en DPIA's (art. 32-36)",
        "delete_or_return": "Wist of retourneert alle persoonsgegevens aan het einde",
        "audits_and_information": "Staat audits toe en geeft alle informatie om naleving "
        "aan te tonen",
        "warn_on_infringement": "Waarschuwt als een instructie in strijd is met de wet",
    },
}


def _codes(kind: type) -> set[str]:
    if kind is ChecklistPoint:
        return {p.code for p in CHECKLIST}
    assert issubclass(kind, Enum), kind.__name__  # every other kind is a code enum
    return {c.value for c in kind}


for _kind, _words in DUTCH.items():  # a new code without a word fails at import
    assert set(_words) == _codes(_kind), _kind.__name__


def word(kind: type, code: str | None) -> str:
    """The Dutch word for a stored `code` of `kind`; an empty code of a kind that has no
    empty choice is an empty cell, an unknown code (an old database) is shown as it is."""
    if code is None:
        return ""
    return DUTCH[kind].get(code, code)
