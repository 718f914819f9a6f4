"""The sheets of the Art. 30 registers, one per register: processing activities (with the
retention rules), recipients, rights requests and breaches. Headers are Dutch (the office's
and the accountant's language); services/register_workbooks.py writes them."""

from __future__ import annotations

import datetime as dt

from peewee import JOIN

from soosr_desk.exports.statement_countries import country_name
from soosr_desk.exports.xlsx import Column, Sheet
from soosr_desk.rules.agreements import (
    CHECKLIST,
    AgreementStatus,
    ChecklistPoint,
    RecipientRole,
    effective_status,
)
from soosr_desk.rules.breaches import Decision
from soosr_desk.rules.vocab import (
    Channel,
    LegalBasis,
    RequestKind,
    RequestOutcome,
    RequestStatus,
)
from soosr_desk.services import sub_processors, transfers
from soosr_desk.services.register_links import categories_by_activity
from soosr_desk.services.register_words import word
from soosr_desk.services.settings import get_controller
from soosr_desk.store import models


def yes_no(value: bool) -> str:
    return "Ja" if value else "Nee"


def _names(categories) -> str:
    return "; ".join(c.name for c in categories)


def register_sheet() -> Sheet:
    """Art. 30(1): one row per processing activity with everything the article asks."""
    cols = [
        Column("Verwerkingsactiviteit", "text", 28),
        Column("Doel", "text", 50, wrap=True),
        Column("Grondslag", "text", 24),
        Column("Gerechtvaardigd belang", "text", 36, wrap=True),
        Column("Categorieën betrokkenen", "text", 36, wrap=True),
        Column("Categorieën persoonsgegevens", "text", 40, wrap=True),
        Column("Ontvangers (categorieën)", "text", 40, wrap=True),
        Column("Doorgifte buiten de EER", "text", 24, wrap=True),
        Column("Waarborg doorgifte", "text", 30, wrap=True),
        Column("Gezamenlijk verwerkingsverantwoordelijken", "text", 30, wrap=True),
        Column("Functionaris gegevensbescherming", "text", 24, wrap=True),
        Column("Bewaartermijn", "text", 30, wrap=True),
        Column("Beveiligingsmaatregelen", "text", 50, wrap=True),
        Column("Bron", "text", 30, wrap=True),
        Column("Geautomatiseerde besluitvorming", "text", 14),
        Column("Eigenaar", "text", 18),
        Column("Laatst gecontroleerd", "date", 14),
    ]

    dpo = get_controller().dpo.strip() or "geen"

    def rows():
        activities = list(
            models.ProcessingActivity.select().order_by(
                models.ProcessingActivity.sort_order, models.ProcessingActivity.id
            )
        )
        abroad = transfers.by_country_of(activities)  # two queries for all of them
        subjects, data, recipients = (
            categories_by_activity(link, category, (category.sort_order, category.id))
            for link, category in (
                (models.ActivitySubjectCategory, models.DataSubjectCategory),
                (models.ActivityDataCategory, models.PersonalDataCategory),
                (models.ActivityRecipientCategory, models.RecipientCategory),
            )
        )
        for a in activities:
            rule = a.retention_rule
            retention = rule.name if rule else ""
            if a.retention_note:
                retention = f"{retention} ({a.retention_note})" if retention else a.retention_note
            basis = word(LegalBasis, a.legal_basis)
            if a.consent_too and a.legal_basis != "consent":
                basis += "; toestemming (voor wie deze grondslag niet geldt)"
            transfer, safeguard = _transfer_cells(a, abroad[a.id])
            yield [
                a.name,
                a.purpose,
                basis,
                a.legitimate_interest,
                _names(subjects.get(a.id, ())),
                _names(data.get(a.id, ())),
                _names(recipients.get(a.id, ())),
                transfer,
                safeguard,
                a.joint_controllers.strip() or "geen",
                dpo,
                retention,
                a.security_measures,
                a.source,
                yes_no(a.automated_decisions),
                a.owner,
                a.last_reviewed,
            ]

    return Sheet(
        "Verwerkingsregister",
        cols,
        list(rows()),
        "Register van verwerkingsactiviteiten (art. 30 lid 1 AVG)",
    )


def _transfer_cells(a: models.ProcessingActivity, found: list[tuple[str, str]]) -> tuple[str, str]:
    """Art. 30(1)(e): derived from the countries of the recipients the activity's data goes
    to (and their sub-processors: `found`, transfers.by_country_of), not from a flag: "Ja:
    Verenigde Staten" and the safeguard per country, "ONTBREEKT" where none is recorded."""
    if not found:
        if a.third_country_transfer:
            return "Ja", a.transfer_safeguard.strip() or "ONTBREEKT"
        return "Nee", ""
    names = "; ".join(country_name(c, "nl") for c, _ in found)
    safeguards = "; ".join(f"{country_name(c, 'nl')}: {s or 'ONTBREEKT'}" for c, s in found)
    return f"Ja: {names}", safeguards


def retention_sheet() -> Sheet:
    """Every retention rule the due list applies, with how it is counted (Art. 30(1)(f))."""
    cols = [
        Column("Bewaartermijn", "text", 40),
        Column("Uitleg", "text", 80, wrap=True),
        Column("Jaren", "int", 8),
    ]
    r = models.RetentionRule
    rows = [[x.name, x.description, x.years] for x in r.select().order_by(r.sort_order, r.id)]
    return Sheet("Bewaartermijnen", cols, rows, "Bewaartermijnen die de lijst 'te wissen' toepast")


def recipients_sheet(today: dt.date) -> Sheet:
    """Every third party with its agreements and the state of the Art. 28(3) checklist."""
    cols = [
        Column("Organisatie", "text", 30),
        Column("Categorie", "text", 34, wrap=True),
        Column("Rol", "text", 24),
        Column("Land", "text", 8),
        Column("Waarborg (buiten EER)", "text", 30, wrap=True),
        Column("Contactpersoon", "text", 22),
        Column("Ontvangt", "text", 40, wrap=True),
        Column("Verwerkersovereenkomst", "text", 30),
        Column("Status", "text", 14),
        Column("Getekend op", "date", 13),
        Column("Herzien op", "date", 13),
        Column("Verloopt op", "date", 13),
        Column("Checklist art. 28 lid 3", "text", 16),
        Column("Ontbrekende punten", "text", 50, wrap=True),
        Column("Subverwerkers", "text", 30, wrap=True),
    ]

    def rows():
        parties = (
            models.ThirdParty.select(models.ThirdParty, models.RecipientCategory)
            .join(models.RecipientCategory, JOIN.LEFT_OUTER)
            .order_by(models.ThirdParty.name)
        )
        for party in parties:
            base = [
                party.name,
                party.category.name if party.category is not None else "",
                word(RecipientRole, party.role),
                party.country,
                party.safeguard,
                party.contact_person,
                party.receives,
            ]
            agreements = list(party.agreements.order_by(models.ProcessorAgreement.id))
            if not agreements:
                yield base + [
                    "(geen)" if party.role == "processor" else "",
                    None,
                    None,
                    None,
                    None,
                    None,
                    None,
                    None,
                ]
                continue
            for ag in agreements:
                ticked = {i.point: i.ticked for i in ag.checklist}
                missing = [
                    word(ChecklistPoint, p.code) for p in CHECKLIST if not ticked.get(p.code)
                ]
                status = effective_status(AgreementStatus(ag.status), ag.expires_on, today)
                yield base + [
                    ag.title or "Verwerkersovereenkomst",
                    word(AgreementStatus, status),
                    ag.signed_on,
                    ag.review_on,
                    ag.expires_on,
                    f"{len(CHECKLIST) - len(missing)} van {len(CHECKLIST)}",
                    "; ".join(missing),
                    "; ".join(x for x in (sub_processors.summary(ag.id), ag.sub_processors) if x),
                ]

    return Sheet(
        "Ontvangers",
        cols,
        list(rows()),
        "Derden die persoonsgegevens ontvangen, met verwerkersovereenkomsten",
    )


def requests_sheet(today: dt.date) -> Sheet:
    cols = [
        Column("Kenmerk", "text", 16),
        Column("Soort", "text", 20),
        Column("Ontvangen", "date", 12),
        Column("Kanaal", "text", 12),
        Column("Termijn", "date", 12),
        Column("Verlengd", "text", 9),
        Column("Status", "text", 14),
        Column("Uitkomst", "text", 16),
        Column("Beantwoord op", "date", 13),
        Column("Dagen nodig", "int", 11),
    ]

    def rows():
        r = models.RightsRequest
        for q in r.select().order_by(r.year, r.sequence).iterator():
            days = (q.responded_on - q.received_on).days if q.responded_on else None
            yield [
                q.reference,
                word(RequestKind, q.kind),
                q.received_on,
                word(Channel, q.channel),
                q.deadline,
                yes_no(q.extended),
                word(RequestStatus, q.status),
                word(RequestOutcome, q.outcome),
                q.responded_on,
                days,
            ]

    return Sheet(
        "Verzoeken",
        cols,
        list(rows()),
        "Verzoeken van betrokkenen (art. 15-22 AVG) met termijn en afhandeling",
    )


def breaches_sheet() -> Sheet:
    cols = [
        Column("Kenmerk", "text", 14),
        Column("Ontdekt", "datetime", 16),
        Column("Wat er gebeurde", "text", 50, wrap=True),
        Column("Soorten gegevens", "text", 30, wrap=True),
        Column("Betrokkenen", "text", 24, wrap=True),
        Column("Aantal personen", "int", 10),
        Column("Aantal records", "int", 10),
        Column("Gevolgen", "text", 40, wrap=True),
        Column("Maatregelen", "text", 40, wrap=True),
        Column("Besluit melding AP", "text", 14),
        Column("Gemeld aan AP op", "datetime", 16),
        Column("Reden niet gemeld", "text", 40, wrap=True),
        Column("Reden melding na 72 uur", "text", 40, wrap=True),
        Column("Betrokkenen ingelicht op", "date", 14),
        Column("Reden niet ingelicht", "text", 40, wrap=True),
    ]

    def rows():
        b = models.Breach
        for x in b.select().order_by(b.found_at).iterator():
            yield [
                x.reference,
                x.found_at,
                x.description,
                x.data_categories,
                x.subject_categories,
                x.people_count,
                x.records_count,
                x.consequences,
                x.measures,
                word(Decision, x.report_decision),
                x.reported_to_authority_at,
                x.not_reported_reason,
                x.late_reason,
                x.people_informed_on,
                x.people_not_informed_reason,
            ]

    return Sheet("Datalekken", cols, list(rows()), "Register van datalekken (art. 33 lid 5 AVG)")
