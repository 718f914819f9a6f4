"""The demo's records beyond contacts and companies: third parties of every category with
processor agreements in every state (and their signed documents), rights requests of every
kind and state made through the real services, and breaches in every state."""

from __future__ import annotations

import datetime as dt
import hashlib

from peewee import fn

from soosr_desk.exports.pdf_base import one_page_pdf
from soosr_desk.rules.agreements import CHECKLIST, AgreementStatus
from soosr_desk.rules.breaches import Decision
from soosr_desk.rules.vocab import RequestKind
from soosr_desk.services import breaches, requests
from soosr_desk.services.requests import letters as request_letters
from soosr_desk.services.requests import notices as request_notices
from soosr_desk.store import documents, models


def next_id(model) -> int:
    """The id the next inserted row of `model` gets (the demo writes ids itself)."""
    return (model.select(fn.MAX(model.id)).scalar() or 0) + 1


# Third parties of every category, with processor agreements in every state: complete,
# checklist incomplete, draft, expired, terminated, expiring or due for review within 60
# days, signed without a document, and none at all. Added once per database.
# (name, category code, role, country, safeguard, receives, agreements)
# agreement: (title, status, signed days ago, expires in days, review in days, ticked points)
_ALL = 99  # every point of the checklist, however many it has
# (title, status, signed days ago, expires in days, review in days, points ticked)
_Agreement = tuple[str, str, int | None, int | None, int | None, int]
# (name, category code, role, country, safeguard, what it receives, agreements)
THIRD_PARTIES: list[tuple[str, str, str, str, str, str, list[_Agreement]]] = [
    (
        "Platformbouwers B.V.",
        "platform_suppliers",
        "processor",
        "NL",
        "",
        "Naam, e-mail en telefoonnummer van gebruikers van het klantportaal",
        [("Verwerkersovereenkomst klantportaal", "signed", 400, 700, 300, _ALL)],
    ),
    (
        "Portaalzorg B.V.",
        "platform_suppliers",
        "processor",
        "BE",
        "",
        "Inloggegevens en gebruiksgegevens van het klantportaal",
        [("Verwerkersovereenkomst beheer", "signed", 200, 900, 200, 9)],
    ),
    (
        "Belastingdienst",
        "public_authorities",
        "public_authority",
        "NL",
        "",
        "Gegevens uit de administratie die de wet vraagt",
        [],
    ),
    (
        "Kantoorautomatisering Delta B.V.",
        "ict_providers",
        "processor",
        "NL",
        "",
        "Alle gegevens op de werkplekken en de mailserver (beheer)",
        [("Verwerkersovereenkomst IT-beheer", "signed", 1100, 40, 20, _ALL)],
    ),
    (
        "MailStroom Ltd.",
        "ict_providers",
        "processor",
        "US",
        "",
        "Naam en e-mailadres voor de nieuwsbrief",
        [("Data Processing Addendum", "draft", None, None, None, 6)],
    ),
    (
        "Incassobureau Verhaal B.V.",
        "legal_collection",
        "independent_controller",
        "NL",
        "",
        "Naam, adres en openstaande facturen van debiteuren",
        [],
    ),
    (
        "Advocatenkantoor De Wit",
        "legal_collection",
        "independent_controller",
        "NL",
        "",
        "Dossiergegevens bij een geschil",
        [],
    ),
    (
        "Administratiekantoor Cijfers B.V.",
        "accountant",
        "processor",
        "NL",
        "",
        "Facturen, betalingen en salarisadministratie",
        [
            ("Verwerkersovereenkomst 2019", "expired", 2500, -400, None, _ALL),
            ("Verwerkersovereenkomst 2024", "signed", 500, 1300, -10, _ALL),
        ],
    ),
    (
        "Rekenwerk Accountants",
        "accountant",
        "processor",
        "NL",
        "",
        "Jaarrekeningstukken",
        [("Verwerkersovereenkomst", "signed", 1900, -30, None, _ALL)],
    ),
    (
        "Serverpark Noord B.V.",
        "hosting",
        "processor",
        "NL",
        "",
        "De database van het klantportaal (hosting, back-ups)",
        [("Verwerkersovereenkomst hosting", "terminated", 1500, None, None, _ALL)],
    ),
    (
        "CloudOpslag Inc.",
        "hosting",
        "processor",
        "US",
        "EU-US Data Privacy Framework (adequaatheidsbesluit 10 juli 2023)",
        "Back-ups van de administratie, versleuteld",
        [("Data Processing Agreement", "signed", 300, 1000, 50, _ALL)],
    ),
    (
        "Verzekeraar Zekerheid N.V.",
        "insurer",
        "independent_controller",
        "NL",
        "",
        "Gegevens bij een schademelding",
        [],
    ),
    (
        "Referentieklant Bouwgroep B.V.",
        "references",
        "independent_controller",
        "NL",
        "",
        "Naam en functie van de contactpersoon die als referentie optreedt",
        [],
    ),
]


def _day(today: dt.date, days: int | None, sign: int = 1) -> dt.date | None:
    return None if days is None else today + dt.timedelta(days=sign * days)


def third_party_rows(today: dt.date):
    """The rows for THIRD_PARTIES as dicts: parties, agreements and checklist items."""
    cats = {c.code: c.id for c in models.RecipientCategory.select()}
    activities = [
        a.id for a in models.ProcessingActivity.select().order_by(models.ProcessingActivity.id)
    ]
    now = dt.datetime.combine(today, dt.time(9, 0))
    parties, links, agreements, items = [], [], [], []
    party_id, ag_id = next_id(models.ThirdParty), next_id(models.ProcessorAgreement)
    for n, (name, cat, role, country, safeguard, receives, ags) in enumerate(THIRD_PARTIES):
        parties.append(
            {
                "id": party_id,
                "name": name,
                "category": cats.get(cat),
                "role": role,
                "country": country,
                "safeguard": safeguard,
                "receives": receives,
                "contact_person": "",
                "contact_email": "",
                "contact_phone": "",
                "notes": "",
                "active": True,
                "created_at": now,
                "updated_at": now,
            }
        )
        for k, activity in enumerate(activities):
            if (n + k) % 3 == 0:
                links.append({"third_party": party_id, "activity": activity})
        for title, status, signed, expires, review, ticked in ags:
            agreements.append(
                {
                    "id": ag_id,
                    "third_party": party_id,
                    "title": title,
                    "status": status,
                    "signed_on": _day(today, signed, -1),
                    "expires_on": _day(today, expires),
                    "review_on": _day(today, review),
                    "sub_processors": "",
                    "notes": "",
                    "document_file": "",
                    "document_name": "",
                    "document_sha256": "",
                    "document_size": 0,
                    "created_at": now,
                    "updated_at": now,
                }
            )
            for i, point in enumerate(CHECKLIST):
                items.append(
                    {"agreement": ag_id, "point": point.code, "ticked": i < ticked, "note": ""}
                )
            ag_id += 1
        party_id += 1
    return parties, links, agreements, items


def demo_documents(db, agreements: list[dict], today: dt.date) -> None:
    """A one-page PDF as the signed document of each signed demo agreement but one (so
    that "signed, document not attached" shows too)."""
    with db.atomic():
        for ag in agreements:
            if (
                ag["status"] != AgreementStatus.SIGNED
                or ag["title"] == "Verwerkersovereenkomst beheer"
            ):
                continue
            party = models.ThirdParty.get_by_id(ag["third_party"]).name
            content = one_page_pdf(
                f"{ag['title']} - {party}",
                [
                    "Voorbeelddocument van SOOSR Desk (demogegevens).",
                    f"Getekend op {ag['signed_on']:%d-%m-%Y}.",
                ],
            )
            name = f"agreement-{ag['id']}-demo.pdf"
            documents.put(name, content)  # on a server: in this transaction
            models.ProcessorAgreement.update(
                document_file=name,
                document_name=f"{ag['title']}.pdf",
                document_sha256=hashlib.sha256(content).hexdigest(),
                document_size=len(content),
            ).where(models.ProcessorAgreement.id == ag["id"]).execute()


# Requests of every kind and state, some near or past their deadline:
# (kind, days ago received, what happens: new / id / linked / extended / answered / closed /
#  refused / no_data)
DEMO_REQUESTS = [
    ("access", 2, "new"),
    ("access", 27, "linked"),
    ("access", 40, "linked"),
    ("access", 60, "closed"),
    ("rectification", 12, "id"),
    ("rectification", 50, "answered"),
    ("erasure", 20, "linked"),
    ("erasure", 70, "closed"),
    ("restriction", 5, "linked"),
    ("objection", 9, "closed"),
    ("portability", 25, "extended"),
    ("portability", 45, "closed"),
    ("withdrawal", 3, "closed"),
    ("access", 15, "refused"),
    ("access", 33, "no_data"),
]


def demo_requests(today: dt.date) -> int:
    """Requests made through the real services (so their letters are real too)."""
    # people whose data we held before the oldest request came in: a request received 50
    # days ago about data received 10 days ago cannot be, and the answer's edit of such a
    # contact was refused by the contact checks ("this date lies in the future"): with
    # 300 contacts and seed 6, or 400 and seed 5, the demo stopped with an error
    earliest = today - dt.timedelta(days=max(ago for _kind, ago, _state in DEMO_REQUESTS))
    people = list(
        models.Contact.select()
        .where(
            (models.Contact.erased == False)  # noqa: E712
            & (models.Contact.restricted == False)  # noqa: E712
            # an erasure of a person under a legal hold is refused (Art. 17(3)): the demo's
            # "erased" request stopped the demo (700 contacts, seed 9)
            & (models.Contact.legal_hold == False)  # noqa: E712
            & (models.Contact.email != "")
            & (models.Contact.received_on.is_null() | (models.Contact.received_on <= earliest))
        )
        .order_by(models.Contact.id)
        .limit(len(DEMO_REQUESTS))
    )
    made = 0
    for (kind, ago, state), person in zip(DEMO_REQUESTS, people, strict=False):
        received = today - dt.timedelta(days=ago)
        name = f"{person.first_name} {person.last_name}".strip()
        req = requests.save_request(
            requests.RequestData(
                kind=kind,
                received_on=received,
                channel=("email", "post", "website_form")[made % 3],
                requester_name=name,
                requester_email=person.email,
                requester_street=person.street,
                requester_postcode=person.postcode,
                requester_city=person.city,
                language=person.language,
                description="Verzoek uit de demogegevens.",
            ),
            today=today,
        )
        assert req.id is not None  # saved: it has its id
        rid = req.id
        made += 1
        if state == "new":
            continue
        if state == "id":
            data = requests.get_request(rid)
            data.identity_proof_needed = True
            data.id_doubt_reason = "Verzoek vanaf een ander e-mailadres dan bij ons bekend (demo)."
            requests.save_request(data, today=today)
            sent = received + dt.timedelta(days=2)
            letter = request_letters.make_letter(rid, "id_request", today=sent)
            request_letters.mark_sent(letter.id, sent, "email", today=today)
            continue
        if state == "refused":
            sent = received + dt.timedelta(days=5)
            requests.refuse(rid, "Het twaalfde gelijke verzoek in drie maanden (demo).", today=sent)
            request_letters.mark_sent(
                request_letters.letters_of(rid)[-1].id, sent, "email", today=today
            )
            continue
        requests.link_contact(rid, None if state == "no_data" else person.id)
        if state == "extended":
            sent = received + dt.timedelta(days=10)
            requests.extend(rid, "Veel verzoeken tegelijk (demo).", today=sent)
            request_letters.mark_sent(
                request_letters.letters_of(rid)[-1].id, sent, "email", today=today
            )
            continue
        if state == "linked":
            continue
        answered_on = received + dt.timedelta(days=min(ago - 1, 20))
        if state != "no_data":
            if kind == RequestKind.RECTIFICATION:
                requests.rectify(
                    rid,
                    {"job_title": (person.job_title or "Medewerker") + " (gewijzigd)"},
                    today=answered_on,
                )
            elif kind == RequestKind.ERASURE:
                requests.erase(rid, today=answered_on)
            elif kind == RequestKind.RESTRICTION:
                requests.restrict(rid, today=answered_on)
            elif kind == RequestKind.OBJECTION:
                requests.object_to_marketing(rid, today=answered_on)
            elif kind == RequestKind.WITHDRAWAL:
                consents = [
                    c
                    for c in models.Consent.select().where(
                        (models.Consent.contact == person.id)
                        & models.Consent.withdrawn_on.is_null()
                    )
                ]
                if not consents:
                    continue  # nothing to withdraw: the request stays open
                requests.withdraw_consents(rid, today=answered_on)
        letter = request_letters.make_letter(rid, "answer", today=answered_on)
        request_letters.mark_sent(letter.id, answered_on, "email", today=today)
        if state in ("closed", "no_data"):
            for n in request_notices.notices(rid):
                request_notices.set_notice(n.id, answered_on, today=answered_on)
            requests.close_request(rid, today=answered_on)
    return made


def demo_breaches(today: dt.date) -> None:
    """Breaches in every state: the 72 hours still running, reported, not reported with
    the reason, and closed (through the breach service)."""
    noon = dt.datetime.combine(today, dt.time(12, 0))
    now = dt.datetime.now().replace(second=0, microsecond=0)
    for days, text, decision, extra, close in (
        (
            0,
            "Laptop van een accountmanager gestolen uit de auto; schijf versleuteld.",
            "",
            {},
            False,
        ),
        (
            12,
            "Offerte met contactgegevens naar de verkeerde klant gemaild.",
            "no_report",
            {
                "not_reported_reason": "Eén ontvanger, bericht aantoonbaar verwijderd; geen risico.",
                "people_informed_on": None,
                "people_not_informed_reason": "Geen risico voor de betrokkene.",
            },
            True,
        ),
        (
            40,
            "Phishing: inloggegevens van het klantportaal buitgemaakt, 120 accounts ingezien.",
            "report",
            {
                "people_count": 120,
                "records_count": 120,
                "people_informed_on": today - dt.timedelta(days=37),
            },
            True,
        ),
    ):
        found = min(noon - dt.timedelta(days=days), now - dt.timedelta(hours=2))
        data = breaches.BreachData(
            found_at=found,
            description=text,
            report_decision=decision,
            data_categories="Naam, e-mailadres",
            subject_categories="Klanten",
            consequences="Mogelijk phishing op de betrokkenen.",
            measures="Wachtwoorden gewijzigd, medewerkers geïnstrueerd.",
            **extra,
        )
        if decision == Decision.REPORT:
            data.reported_to_authority_at = found + dt.timedelta(hours=30)
        saved = breaches.save_breach(data, now=now)
        assert saved.id is not None  # saved: it has its id
        if close:
            breaches.close_breach(saved.id, now=now)
