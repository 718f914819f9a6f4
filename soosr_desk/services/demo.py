"""Realistic Dutch demo data: companies, contracts, contacts with notes and consents, and
invoices. For trying the program out and for measuring it at 100,000 contacts.

Everything is fictional and follows from `seed` and `today` alone (same arguments, same
rows, on an empty database). It adds rows and never wipes. Rows are written in batches,
each in its own transaction, with ids taken inside that transaction, so a cancelled run
keeps what it committed and another writer in the same process cannot collide with it.
No text it writes holds a 9-digit number passing the 11-proef (the BSN check refuses
those), and telephone numbers are valid Dutch numbers stored as the contact editor
stores them (`+31 6 12345678`).
"""

from __future__ import annotations

import datetime as dt
import hashlib
import random
import re
import time
from collections.abc import Callable
from dataclasses import dataclass
from functools import lru_cache

from peewee import chunked, fn

from soosr_desk.rules.names import fold, search_text, sort_key
from soosr_desk.services import audit
from soosr_desk.store import models as m

BATCH = 2000  # rows per transaction

# --- word lists -----------------------------------------------------------------------


def _words(text: str, sep: str | None = None) -> tuple[str, ...]:
    return tuple(text.split(sep))


FEMALE = _words(
    "Anna Anne Anouk Astrid Bente Carla Chantal Daphne Eline Els Emma Esther Eva Fatima "
    "Femke Fleur Hanneke Ilse Ineke Iris Janneke Jolanda Julia Karin Lieke Linda Lisa Lotte "
    "Maaike Manon Marieke Marloes Mirjam Monique Nadia Naomi Noor Petra Renée Romy Sanne "
    "Sara Saskia Sophie Suzanne Tamara Tessa Wendy Wietske Yasmina Zoë Chloë Joëlle Anaïs "
    "Hélène Ayşe Esmée Noëlle Anne-Marie Gülşen"
)
MALE = _words(
    "Arjen Bas Bram Daan Dennis Dirk Emre Erik Frank Gert-Jan Hans Henk Jan Jan-Willem "
    "Jasper Jeroen Joost Kees Koen Lars Luuk Marco Mark Martijn Maarten Mohamed Niels Pieter "
    "Rachid René Rik Rob Ruben Sander Sem Sjoerd Stefan Thijs Thomas Tim Tom Vincent Wouter "
    "Youssef Hüseyin André Björn Jiří Gerrit Wim Bart Mehmet"
)
FEMALE_EN = _words("Emily Olivia Hannah Grace Charlotte Priya Mei Ana Chiara Ingrid")
MALE_EN = _words("James Daniel Michael Oliver Lucas Raj Chen Pedro Luca Søren")
SURNAMES = _words(
    "de Vries|van Dijk|Jansen|van der Berg|van den Berg|Bakker|Visser|Smit|Meijer|de Boer|"
    "Mulder|de Groot|Bos|Vos|Peters|Hendriks|van Leeuwen|Dekker|Brouwer|de Wit|Dijkstra|"
    "Smits|de Graaf|van der Meer|van der Linden|Kok|Jacobs|de Haan|Vermeulen|van den Heuvel|"
    "van der Veen|van den Broek|de Bruijn|van der Heijden|Schouten|van Beek|Willems|van Vliet|"
    "van de Ven|Hoekstra|Maas|Verhoeven|Koster|van Dam|van der Wal|Prins|Blom|Huisman|de Jong|"
    "Kuipers|van Wijk|Post|Kramer|van 't Hof|ter Horst|in 't Veld|Verbeek|Wouters|Hermans|"
    "Timmermans|Groen|Gerritsen|Bosman|Koning|van Loon|de Ruiter|Molenaar|Veenstra|Brink|"
    "Hoogeveen|Zwart|Kuijpers|Geerts|Ĳsselstein|van Ĳzendoorn|Çelik|Yılmaz|Öztürk|Şahin|"
    "El Amrani|Bouzid|Nguyen|Wiśniewski|Kowalski|Müller|Sánchez|Ramdin|Bhagwandin|Doğan",
    "|",
)
SURNAMES_EN = _words(
    "Smith|Johnson|Brown|Taylor|Wilson|Patel|Murphy|O'Brien|García|Rossi|Schneider|Dubois|Andersson|Novak",
    "|",
)
STAFF = ("Marieke Verhoef", "Joost Brandsma", "Sanne de Wilde", "Ruben Kooistra")

# city, lowest and highest postcode number, area code (netnummer without 0), weight
CITIES = (
    ("Noordwijk", 2201, 2204, "71", 6), ("Leiden", 2311, 2334, "71", 8),
    ("Katwijk", 2221, 2225, "71", 4), ("Oegstgeest", 2341, 2343, "71", 2),
    ("Voorschoten", 2251, 2254, "71", 1), ("Wassenaar", 2241, 2245, "70", 1),
    ("Lisse", 2161, 2165, "252", 2), ("Hillegom", 2181, 2182, "252", 1),
    ("Sassenheim", 2171, 2172, "252", 1), ("Alphen aan den Rijn", 2401, 2409, "172", 2),
    ("Den Haag", 2491, 2599, "70", 7), ("Zoetermeer", 2711, 2729, "79", 2),
    ("Delft", 2611, 2629, "15", 2), ("Gouda", 2801, 2809, "182", 1),
    ("Amsterdam", 1011, 1109, "20", 9), ("Haarlem", 2011, 2037, "23", 4),
    ("Zaandam", 1501, 1509, "75", 1), ("Alkmaar", 1811, 1827, "72", 1),
    ("Hilversum", 1211, 1223, "35", 1), ("Almere", 1311, 1363, "36", 2),
    ("Rotterdam", 3011, 3089, "10", 7), ("Dordrecht", 3311, 3329, "78", 1),
    ("Utrecht", 3511, 3585, "30", 5), ("Amersfoort", 3811, 3830, "33", 2),
    ("IJsselstein", 3401, 3405, "30", 1), ("Eindhoven", 5611, 5658, "40", 3),
    ("Tilburg", 5011, 5049, "13", 2), ("Breda", 4811, 4839, "76", 2),
    ("'s-Hertogenbosch", 5211, 5237, "73", 2), ("Nijmegen", 6511, 6546, "24", 2),
    ("Arnhem", 6811, 6846, "26", 2), ("Apeldoorn", 7311, 7339, "55", 1),
    ("Zwolle", 8011, 8046, "38", 1), ("Enschede", 7511, 7548, "53", 1),
    ("Hengelo", 7551, 7559, "74", 1), ("Groningen", 9711, 9747, "50", 2),
    ("Leeuwarden", 8911, 8939, "58", 1), ("Maastricht", 6211, 6229, "43", 1),
    ("Venlo", 5911, 5928, "77", 1), ("Heerlen", 6411, 6422, "45", 1),
)  # fmt: skip
_CITY_WEIGHTS = [c[4] for c in CITIES]
_POSTCODE_LETTERS = "ABCDEGHJKLMNPRSTVWXZ"  # F, I, O, Q, U and Y are not used
STREETS = _words(
    "Kerkstraat|Dorpsstraat|Hoofdstraat|Stationsweg|Molenweg|Industrieweg|Nijverheidsweg|"
    "Handelsweg|Marconistraat|Edisonweg|Einsteinweg|Newtonstraat|Kapteynstraat|Zeestraat|"
    "Duinweg|Voorstraat|Havenstraat|Schoolstraat|Julianalaan|Beatrixlaan|Wilhelminastraat|"
    "Parallelweg|Rijnsburgerweg|Haagweg|Spoorstraat|Heereweg|Breestraat|Plesmanlaan|"
    "Energieweg|Ambachtsweg|Zernikedreef|Oude Rijn|Lange Voort|Vondellaan|Prins Hendrikkade|"
    "Keizersgracht|Laan van Nieuw Oost-Indië|Koningin Julianaweg|Sportlaan|Smidsweg",
    "|",
)
SECTORS = _words(
    "Installatietechniek Bouw Transport Logistiek Advies Administratiekantoor Metaalbewerking "
    "Schilders Elektrotechniek Dakwerken Interieurbouw Hoveniers ICT Software Makelaardij "
    "Verzekeringen Vastgoed Uitzendbureau Techniek Machinebouw Kunststoffen Verpakkingen "
    "Groothandel Catering Schoonmaakdiensten Autoschade Bloembollen Kwekerij Zonwering "
    "Klimaattechniek Beveiliging Drukwerk Loodgieters Tegelwerken Accountants"
)
TRADES = _words(
    "Bakkerij Drukkerij Autobedrijf Garage Hoveniersbedrijf Schildersbedrijf Installatiebedrijf "
    "Reisbureau Adviesbureau Timmerbedrijf Kwekerij Slagerij Boekhandel Hotel Restaurant "
    "Transportbedrijf Bloemenhandel Fietsenwinkel Aannemersbedrijf Koffiebranderij"
)
PLACE_NAMES = _words(
    "De Molen|Het Anker|De Eendracht|De Vlijt|Het Baken|De Hoop|Rijnland|Duinstreek|"
    "Bollenstreek|Het Groene Hart|De Kroon|De Zwaan|Het Wapen|De Gouden Leeuw|Zeezicht|"
    "De Vuurtoren|Noordzee|Kennemerland|De Linde|De Eik|Het Veerhuis|De Sluis|De Brug",
    "|",
)
BRAND_HEADS = _words(
    "Duin Zee Rijn Polder Tulp Noord Holland Delta Dijk Kust Stroom Molen Groen Vaart"
)
BRAND_TAILS = _words(
    "tech data soft net bouw plan zorg werk lijn punt logistiek advies media groep"
)
PARTNERS = ("Advocaten", "Accountants", "Notarissen", "Makelaars", "Belastingadviseurs")
LEGAL_FORMS = ((" B.V.", 55), ("", 30), (" V.O.F.", 10), (" & Zn.", 5))
JOBS = (
    ("Directeur", "full", 6), ("Directeur-eigenaar", "full", 4), ("Eigenaar", "full", 3),
    ("Financieel directeur", "full", 2), ("Bedrijfsleider", "limited", 3),
    ("Inkoper", "limited", 7), ("Office manager", "limited", 6), ("Controller", "limited", 4),
    ("Projectleider", "limited", 5), ("Accountmanager", "none", 5), ("Salesmanager", "limited", 3),
    ("HR-adviseur", "none", 3), ("Facilitair manager", "limited", 3), ("Administrateur", "none", 4),
    ("Boekhouder", "none", 3), ("Hoofd ICT", "limited", 3), ("Marketingmedewerker", "none", 3),
    ("Commercieel medewerker", "none", 3), ("Werkvoorbereider", "none", 2),
    ("Teamleider", "limited", 3), ("Planner", "none", 2), ("Managementassistent", "none", 3),
    ("Operationeel manager", "limited", 2), ("Kwaliteitsmanager", "none", 2),
    ("Juridisch adviseur", "none", 1), ("Consultant", "none", 2), ("Productmanager", "none", 2),
)  # fmt: skip
_JOB_WEIGHTS = [j[2] for j in JOBS]
CONTRACT_KINDS = (
    ("Licentieovereenkomst SOOSR Platform", "Licentie"), ("Abonnement SOOSR Online", "Abonnement"),
    ("Dienstverleningsovereenkomst", "Dienstverlening"), ("Onderhouds- en supportcontract", "Onderhoud en support"),
    ("Raamovereenkomst", "Diensten volgens raamovereenkomst"), ("Hostingovereenkomst", "Hosting"),
)  # fmt: skip
# (source, relation, has company, weight): plausible proportions for a small B2B firm
KINDS = (
    ("website_form", "lead", False, 25), ("contract", "customer_contact", True, 38),
    ("contract", "debtor", True, 5), ("supplier", "supplier_contact", True, 12),
    ("reference", "reference", True, 5), ("manual", "lead", True, 9),
    ("manual", "customer_contact", True, 6),
)  # fmt: skip
_KIND_WEIGHTS = [k[3] for k in KINDS]
NOTES_COMMON = _words(
    "Telefonisch gesproken over verlenging contract.|Offerte verstuurd per e-mail.|"
    "Terugbellen na de zomervakantie.|Vraag over de laatste factuur beantwoord.|"
    "Kennismakingsgesprek gehad op ons kantoor in Noordwijk.|"
    "Demo van het platform gegeven aan het team.|Nieuw e-mailadres doorgegeven, aangepast.|"
    "Afspraak verzet op verzoek van de klant.|"
    "Klacht over de reactietijd van support besproken; opgelost.|"
    "Jaarlijks evaluatiegesprek gevoerd, tevreden over de dienstverlening.|"
    "Betalingsherinnering gestuurd.|Getekende overeenkomst retour ontvangen.|"
    "Voicemail ingesproken, nog geen reactie.|Mail gestuurd met uitleg over de nieuwe tarieven.|"
    "Uitnodiging voor de klantendag verstuurd.|Vraagt om een referentie van een vergelijkbare klant.|"
    "Doorverbonden met collega voor technische vragen.|Bezoek gepland op hun locatie.|"
    "Wil volgend jaar uitbreiden met extra gebruikers.|"
    "Is binnenkort niet meer ons aanspreekpunt; opvolger wordt nog doorgegeven.",
    "|",
)
NOTES_LEAD = _words(
    "Vraag via contactformulier: wil meer informatie over de mogelijkheden.|"
    "Informatiepakket per e-mail verstuurd.|Interesse in een proefperiode.|"
    "Nog geen budget dit jaar; later opnieuw benaderen.|"
    "Teruggebeld naar aanleiding van het contactformulier.",
    "|",
)
NOTES_SUPPLIER = _words(
    "Nieuwe prijslijst ontvangen.|Levering bevestigd voor volgende week.|"
    "Verwerkersovereenkomst opgevraagd.|Onderhoudsvenster voor de servers afgestemd.",
    "|",
)
NOTE_ENGLISH = "Spreekt Engels; correspondentie graag in het Engels."
# CONSENT_PURPOSES as the Dutch UI shows them, with weights
PURPOSES = (
    ("Nieuwsbrief", 60),
    ("Uitnodigingen evenementen", 30),
    ("Referentie voor andere klanten", 10),
)
_PURPOSE_WEIGHTS = [p[1] for p in PURPOSES]
EVIDENCE_FORM = "Aangevinkt op inschrijfformulier website, IP gelogd"
EVIDENCE = _words(
    "Mondeling tijdens klantgesprek, bevestigd per e-mail|Per e-mail toestemming gegeven|"
    "Aangemeld via formulier op de klantendag|Vinkje gezet op het getekende contractformulier",
    "|",
)
EVIDENCE_REFERENCE = "Schriftelijk akkoord gegeven om als referentie te worden genoemd"
WITHDRAWALS = _words(
    "Afgemeld via de afmeldlink in de e-mail|Per e-mail laten weten geen berichten meer te "
    "willen ontvangen|Telefonisch ingetrokken, bevestigd per e-mail",
    "|",
)
WITHDRAWAL_OBJECTION = "Bezwaar tegen direct marketing ontvangen; toestemming daarmee vervallen"
RESTRICTION_REASONS = _words(
    "Betrokkene betwist de juistheid van de gegevens; controle loopt.|"
    "Bezwaar tegen de verwerking ingediend; beoordeling loopt.|"
    "Betrokkene wil geen wissing maar beperking van het gebruik.|"
    "Betrokkene heeft de gegevens nodig voor een rechtsvordering.",
    "|",
)
HOLD_REASONS = _words(
    "Geschil over openstaande facturen; incassobureau ingeschakeld.|"
    "Aansprakelijkheidsclaim in behandeling bij de verzekeraar.|"
    "Lopende procedure bij de rechtbank; advocaat vraagt de gegevens te bewaren.|"
    "Klacht over geleverde dienst; mogelijk juridische procedure.",
    "|",
)

_NOT_ALNUM = re.compile(r"[^a-z0-9]+")
_INVOICE = re.compile(r"F(\d{4})-(\d{5})")


@dataclass
class DemoReport:
    """What a run added (rows per table) and how long it took."""

    contacts: int
    companies: int
    notes: int
    consents: int
    contracts: int
    financial_records: int
    seconds: float
    third_parties: int = 0
    agreements: int = 0
    requests: int = 0


@lru_cache(maxsize=4096)
def _slug(text: str, sep: str = "") -> str:
    """Lowercase ASCII letters and digits: "Çelik" -> "celik", "van 't Hof" -> "vanthof"."""
    words = _NOT_ALNUM.split(fold(text).replace("ı", "i").replace("&", " en "))
    return sep.join(w for w in words if w)


def _passes_11_proef(digits: str) -> bool:
    """The BSN check (stdnum.nl.bsn): 9 digits, weights 9..2 and -1, sum divisible by 11."""
    if len(digits) != 9 or not digits.isdigit() or int(digits) == 0:
        return False
    total = sum((9 - i) * int(d) for i, d in enumerate(digits[:8])) - int(digits[8])
    return total % 11 == 0


class _Maker:
    """Draws every value from one `random.Random`, so a seed fixes the whole data set."""

    def __init__(self, seed: int, today: dt.date, used_names: set[str], used_emails: set[str]):
        self.rng = random.Random(seed)
        self.today = today
        self.t = today.toordinal()
        self.used_names = used_names
        self.used_emails = used_emails

    def day(self, lo: int, hi: int) -> int:
        """An ordinal day in [lo, hi]."""
        return lo + int(self.rng.random() * (hi - lo + 1)) if hi > lo else lo

    def stamp(self, day: int) -> dt.datetime:
        """A moment in office hours (08:30-17:30) on `day`."""
        minute = 510 + int(self.rng.random() * 540)
        return dt.datetime.fromordinal(day).replace(hour=minute // 60, minute=minute % 60)

    def weighted(self, items, weights):
        return self.rng.choices(items, weights)[0]

    def phone(self, area: str | None) -> str:
        """International form, as the contact editor stores it (+31 6 12345678,
        +31 71 123 4567): a mobile 06-[1-5] or a landline."""
        r = self.rng
        if area is None:
            return f"+31 6 {r.randint(1, 5)}{r.randrange(10**7):07d}"
        rest = 8 - len(area)  # a Dutch national number has 9 digits
        local = f"{r.randint(2, 9)}{r.randrange(10**rest):0{rest}d}"
        if len(area) == 2:  # +31 71 123 4567
            return f"+31 {area} {local[:3]} {local[3:]}"
        return f"+31 {area} {local[:3]} {local[3:]}"  # +31 252 123 456

    def address(self, city) -> dict:
        r = self.rng
        number = str(r.randint(1, 180)) + (r.choice("abc") if r.random() < 0.12 else "")
        while True:
            letters = r.choice(_POSTCODE_LETTERS) + r.choice(_POSTCODE_LETTERS)
            if letters not in ("SA", "SD", "SS"):  # never issued
                break
        return {
            "street": f"{r.choice(STREETS)} {number}",
            "postcode": f"{r.randint(city[1], city[2])} {letters}",
            "city": city[0],
        }

    def company_name(self, city_name: str) -> str:
        """A new name: "Van Dijk Installatietechniek B.V.", "Bakkerij De Molen", "Duintech",
        "Bakker & De Vries Advocaten"; a taken one gets the town added, as in real life."""
        r = self.rng
        for _ in range(60):
            pick = r.random()
            legal = self.weighted(*zip(*LEGAL_FORMS, strict=True))
            if pick < 0.5:
                base = f"{_capital(r.choice(SURNAMES))} {r.choice(SECTORS)}"
            elif pick < 0.8:
                base = f"{r.choice(TRADES)} {r.choice(PLACE_NAMES)}"
                legal = "" if r.random() < 0.7 else legal
            elif pick < 0.9:
                base = r.choice(BRAND_HEADS) + r.choice(BRAND_TAILS)
            else:
                a, b = r.sample(SURNAMES, 2)
                base, legal = f"{_capital(a)} & {_capital(b)} {r.choice(PARTNERS)}", ""
            for name in (base, f"{base} {city_name}"):
                if name.casefold() not in self.used_names:
                    self.used_names.add(name.casefold())
                    return name + legal
        return base + legal  # a duplicate only when far more companies are asked for

    def email(self, first: str, last: str, domain: str, personal: bool) -> str:
        r = self.rng
        f, surname = _slug(first), _slug(last)
        pick = r.random()
        if personal:
            local = (f"{f}.{surname}", f"{f}{surname}", f"{f}_{surname}", f"{f[:1]}{surname}")[
                int(pick * 4)
            ]
        elif pick < 0.5:
            local = f"{f}.{surname}"
        elif pick < 0.8:
            local = f"{f[:1]}.{surname}"
        elif pick < 0.9:
            local = f
        else:
            local = f"{f[:1]}{surname}"
        local = local.strip("._") or "info"
        address, n = f"{local}@{domain}", 1
        while address in self.used_emails:
            n += 1
            address = f"{local}{n}@{domain}"
        self.used_emails.add(address)
        return address


_sort_key = lru_cache(maxsize=65536)(sort_key)


def _capital(surname: str) -> str:
    """A surname as it starts a company name: "van Dijk" -> "Van Dijk"."""
    return surname[:1].upper() + surname[1:]


class _Company:
    __slots__ = ("row", "role", "area", "domain", "first_start", "contracts", "id", "billing")

    def __init__(self, row, role, area, domain, first_start, contracts):
        self.row, self.role, self.area, self.domain = row, role, area, domain
        self.first_start, self.contracts = first_start, contracts
        self.id = 0
        self.billing: int | None = None  # the contact invoices are addressed to


def _plan_companies(mk: _Maker, count: int) -> list[_Company]:
    """About half the companies are customers with contracts: some running, some ended and
    settled (retention counts from settlement), some ended without settlement."""
    r, t = mk.rng, mk.t
    out = []
    for i in range(count):
        role = "customer" if i % 10 < 5 else "supplier" if i % 10 < 7 else "prospect"
        city = mk.weighted(CITIES, _CITY_WEIGHTS)
        name = mk.company_name(city[0])
        base = name.removesuffix(" B.V.").removesuffix(" V.O.F.").removesuffix(" & Zn.")
        domain = _slug(base, "-" if r.random() < 0.4 else "") + ".nl"
        contracts = _plan_contracts(mk) if role == "customer" else []
        first = min((c["start_date"] for c in contracts), default=mk.day(t - 1461, t - 30))
        created = mk.stamp(first)
        row = {
            "name": name,
            **mk.address(city),
            "country": "NL",
            "kvk_number": str(r.randint(10_000_000, 99_999_999)) if r.random() < 0.7 else "",
            "created_at": created,
            "updated_at": created,
        }
        out.append(_Company(row, role, city[3], domain, first, contracts))
    for c in out:  # dates as dates only now: the plan compares ordinals
        for k in c.contracts:
            for key in ("start_date", "end_date", "settled_on"):
                if k[key] is not None:
                    k[key] = dt.date.fromordinal(k[key])
    return out


def _plan_contracts(mk: _Maker) -> list[dict]:
    r, t = mk.rng, mk.t
    kind = r.choice(CONTRACT_KINDS)
    start = mk.day(t - 8 * 365, t - 30)
    end = settled = None
    roll = r.random()
    if t - start > 400 and roll > 0.55:
        if roll < 0.85:
            end = mk.day(start + 365, t - 1)
            settled = mk.day(end, min(end + 120, t))
        else:
            end = mk.day(max(start + 365, t - 730), t - 1)
    contracts = [_contract(mk, kind, start, end, settled)]
    if r.random() < 0.2 and start - 365 > t - 8 * 365:  # an earlier contract, renewed
        before = mk.day(t - 8 * 365, start - 365)
        done = mk.day(start - 1, min(start + 60, t))
        contracts.insert(0, _contract(mk, kind, before, start - 1, done))
    return contracts


def _contract(mk: _Maker, kind, start, end, settled) -> dict:
    return {
        "description": kind[0],
        "start_date": start,
        "end_date": end,
        "settled_on": settled,
        "created_at": mk.stamp(start),
        "_label": kind[1],
    }


def _plan_invoices(mk: _Maker, companies: list[_Company], last_numbers: dict[int, int]):
    """Invoices for every contract, per quarter, half year or year, numbered F2024-00123
    per year in date order. A number whose 9 digits pass the 11-proef is skipped."""
    r, today = mk.rng, mk.today
    plan = []
    for ci, comp in enumerate(companies):
        for k in comp.contracts:
            months = mk.weighted((3, 6, 12), (40, 30, 30))
            fee = r.choice((1200, 2400, 3600, 4800, 7200, 9600, 14400, 24000))
            start, end = k["start_date"], k["end_date"] or today
            p = (start.year * 12 + start.month - 1) // months
            while True:
                month0 = p * months
                first = dt.date(month0 // 12, month0 % 12 + 1, 1)
                if first > end:
                    break
                day = max(first, start) + dt.timedelta(days=int(r.random() * 6))
                p += 1
                if day > today:
                    break
                if months == 3:
                    label = f"Q{(first.month - 1) // 3 + 1} {first.year}"
                elif months == 6:
                    label = f"{(first.month - 1) // 6 + 1}e halfjaar {first.year}"
                else:
                    label = str(first.year)
                years = (day - start).days / 365.25
                cents = round(fee * 100 * months / 12 * 1.21 * 1.03 ** int(years))
                plan.append((day, ci, cents, f"{k['_label']} {label}"))
    plan.sort(key=lambda x: (x[0], x[1]))
    invoices = []
    for day, ci, cents, description in plan:
        seq = last_numbers.get(day.year, 0) + 1
        while _passes_11_proef(f"{day.year}{seq:05d}"):
            seq += 1
        last_numbers[day.year] = seq
        invoices.append((companies[ci], f"F{day.year}-{seq:05d}", day, cents, description))
    return invoices


class _Contacts:
    """Makes contacts with their notes and consents, batch by batch."""

    def __init__(self, mk: _Maker, companies: list[_Company], marketing_id: int | None):
        self.mk = mk
        self.companies = companies
        pools = {
            role: [c for c in companies if c.role == role]
            for role in ("customer", "supplier", "prospect")
        }
        self.pool = {
            "customer_contact": pools["customer"], "debtor": pools["customer"],
            "reference": pools["customer"], "supplier_contact": pools["supplier"],
            "lead": pools["prospect"],
        }  # fmt: skip
        self.marketing_id = marketing_id

    def make(self, count: int):
        """(contacts, notes, consents, companies): notes and consents carry the index of
        their contact within the batch in "contact" until ids are known."""
        rows, notes, consents, links = [], [], [], []
        for i in range(count):
            row, company = self._contact()
            self._history(i, row, notes, consents)
            rows.append(row)
            links.append(company)
        return rows, notes, consents, links

    def _contact(self):
        mk, r, t = self.mk, self.mk.rng, self.mk.t
        source, relation, has_company, _ = mk.weighted(KINDS, _KIND_WEIGHTS)
        company = None
        if has_company and self.companies:
            company = r.choice(self.pool[relation] or self.companies)
        english = r.random() < 0.1
        female = r.random() < 0.5
        if english and r.random() < 0.6:
            first = r.choice(FEMALE_EN if female else MALE_EN)
            last = r.choice(SURNAMES_EN)
        else:
            first = r.choice(FEMALE if female else MALE)
            last = r.choice(SURNAMES)
        roll = r.random()
        gender = "female" if female else "male"
        if roll < 0.045:
            gender = "unknown" if roll < 0.04 else "other"
        job, signing = "", ""
        if company is not None or r.random() < 0.4:
            job, authority, _ = mk.weighted(JOBS, _JOB_WEIGHTS)
            if company is not None and (source == "contract" or r.random() < 0.3):
                signing = authority
        if company is not None:
            address = {k: company.row[k] for k in ("street", "postcode", "city")}
            roll = r.random()
            location = address["city"] if roll < 0.8 else ""
            if 0.8 <= roll < 0.9:  # works at another branch
                location = mk.weighted(CITIES, _CITY_WEIGHTS)[0]
            roll = r.random()
            phone = mk.phone(None) if roll < 0.55 else mk.phone(company.area) if roll < 0.9 else ""
            email = mk.email(first, last, company.domain, personal=False)
        else:
            city = mk.weighted(CITIES, _CITY_WEIGHTS)[0] if r.random() < 0.4 else ""
            address, location = {"street": "", "postcode": "", "city": city}, ""
            phone = mk.phone(None) if r.random() < 0.6 else ""
            domain = "example.nl" if r.random() < 0.6 else "example.com"
            email = mk.email(first, last, domain, personal=True)
        received = t - int(1461 * r.random() ** 1.3)  # four years, more of it recent
        if source == "contract" and company is not None and company.first_start > received:
            received = mk.day(max(company.first_start, t - 1461), t)
        company_name = company.row["name"] if company is not None else ""
        row = {
            "first_name": first, "last_name": last, "gender": gender, "job_title": job,
            "company": None, **address, "country": "NL", "phone": phone, "email": email,
            "signing_authority": signing, "location": location, "source": source,
            "relation": relation, "language": "en" if english else "nl",
            "received_on": received, "erased": False, "erased_on": None,
            "sort_name": _sort_key(first, last),
            "search_text": search_text(first, last, email, phone, address["city"], company_name),
        }  # fmt: skip
        return row, company

    def _history(self, index: int, row: dict, notes: list, consents: list) -> None:
        """Flags, notes and consents, in an order that could have happened: nothing after
        a restriction (Art. 18), and an objection (Art. 21) ends every consent."""
        mk, r, t = self.mk, self.mk.rng, self.mk.t
        received = row["received_on"]
        restricted = r.random() < 0.005
        since = mk.day(received, t) if restricted else None
        bound = since if restricted else t
        hold = r.random() < 0.005
        hold_since = mk.day(received, t) if hold else None
        days = sorted(
            mk.day(received, bound) for _ in range(mk.weighted((0, 1, 2, 3), (30, 35, 22, 13)))
        )
        relation = row["relation"]
        pool = {"lead": NOTES_LEAD, "supplier_contact": NOTES_SUPPLIER}.get(relation, ())
        for n, day in enumerate(days):
            if n == 0 and row["language"] == "en" and r.random() < 0.5:
                text = NOTE_ENGLISH
            elif pool and r.random() < 0.5:
                text = r.choice(pool)
            else:
                text = r.choice(NOTES_COMMON)
            stamp, author = mk.stamp(day), r.choice(STAFF)
            notes.append({"contact": index, "noted_at": stamp, "author": author, "text": text})
        given_days = []
        mine = []
        if r.random() < 0.3:
            first = mk.weighted(PURPOSES, _PURPOSE_WEIGHTS)
            chosen = [first]
            if r.random() < 0.2:
                rest = [p for p in PURPOSES if p is not first]
                chosen.append(mk.weighted(rest, [p[1] for p in rest]))
            for purpose, _ in chosen:
                given = mk.day(received, bound)
                given_days.append(given)
                if purpose.startswith("Referentie"):
                    evidence, activity = EVIDENCE_REFERENCE, None
                else:
                    evidence = (
                        EVIDENCE_FORM if row["source"] == "website_form" else r.choice(EVIDENCE)
                    )
                    activity = self.marketing_id
                withdrawn, why = None, ""
                if r.random() < 0.1:
                    withdrawn, why = mk.day(given, bound), r.choice(WITHDRAWALS)
                mine.append({
                    "contact": index, "purpose": purpose, "activity": activity, "given_on": given,
                    "evidence": evidence, "withdrawn_on": withdrawn, "withdrawal_evidence": why,
                    "created_at": mk.stamp(given),
                })  # fmt: skip
        objected_on = None
        if r.random() < 0.03:
            objected_on = mk.day(max([received, *given_days]), bound)
            for c in mine:
                if c["withdrawn_on"] is None:
                    c["withdrawn_on"], c["withdrawal_evidence"] = objected_on, WITHDRAWAL_OBJECTION
        last = days[-1] if days else (mk.day(received, bound) if r.random() < 0.7 else None)
        moments = [received, last, since, objected_on, hold_since, *given_days]
        moments += [c["withdrawn_on"] for c in mine]
        latest = max(d for d in moments if d is not None)
        created = mk.stamp(received)
        for c in mine:
            for key in ("given_on", "withdrawn_on"):
                if c[key] is not None:
                    c[key] = dt.date.fromordinal(c[key])
        consents.extend(mine)
        row.update(
            received_on=dt.date.fromordinal(received),
            last_activity=dt.date.fromordinal(last) if last else None,
            restricted=restricted,
            restricted_since=dt.date.fromordinal(since) if since else None,
            restricted_reason=r.choice(RESTRICTION_REASONS) if restricted else "",
            objected_marketing=objected_on is not None,
            objected_on=dt.date.fromordinal(objected_on) if objected_on else None,
            legal_hold=hold,
            legal_hold_reason=r.choice(HOLD_REASONS) if hold else "",
            legal_hold_since=dt.date.fromordinal(hold_since) if hold_since else None,
            created_at=created,
            updated_at=max(created, mk.stamp(latest)),
        )


class _Writer:
    """Writes batches, each in one transaction; reports progress; stops when cancelled.
    The one audit event goes into the last transaction (or its own, after a cancel)."""

    def __init__(self, db, total_rows: int, total_batches: int, progress, cancelled):
        self.db, self.total_rows, self.batches_left = db, total_rows, total_batches
        self.progress, self.cancelled = progress, cancelled
        self.rows_done = 0
        self.stopped = False
        self.counts = dict.fromkeys(
            (
                "contacts",
                "companies",
                "notes",
                "consents",
                "contracts",
                "financial_records",
                "third_parties",
                "agreements",
                "links",
            ),
            0,
        )

    def batch(self, rows: int, write: Callable[[], None]) -> bool:
        if self.stopped or (self.cancelled is not None and self.cancelled()):
            self.stopped = True
            return False
        with self.db.atomic():
            write()
            self.batches_left -= 1
            if self.batches_left == 0:
                self.audit()
        self.rows_done += rows
        if self.progress is not None:
            self.progress(self.rows_done, self.total_rows)
        return True

    def insert(self, model, rows: list[dict], key: str) -> None:
        """One prepared INSERT run for every row (executemany). Peewee's insert_many
        renders each value into the SQL text one by one, which took three quarters of
        the time at 100,000 contacts. The values are the Python types peewee itself
        would hand to sqlite3 (str, int, bool, None, date, datetime)."""
        if rows:
            keys = list(rows[0])
            columns = ", ".join(f'"{model._meta.fields[k].column_name}"' for k in keys)
            sql = (
                f'INSERT INTO "{model._meta.table_name}" ({columns}) '
                f"VALUES ({', '.join('?' * len(keys))})"
            )
            self.db.cursor().executemany(sql, [tuple(r[k] for k in keys) for r in rows])
        self.counts[key] += len(rows)

    def audit(self) -> None:
        audit.record("demo_data", "database", None, [k for k, v in self.counts.items() if v])


# Third parties of every category, with processor agreements in every state: complete,
# checklist incomplete, draft, expired, terminated, expiring or due for review within 60
# days, signed without a document, and none at all. Added once per database.
# (name, category code, role, country, safeguard, receives, agreements)
# agreement: (title, status, signed days ago, expires in days, review in days, ticked points)
_ALL = 12
THIRD_PARTIES = [
    ("Platformbouwers B.V.", "platform_suppliers", "processor", "NL", "",
     "Naam, e-mail en telefoonnummer van gebruikers van het klantportaal",
     [("Verwerkersovereenkomst klantportaal", "signed", 400, 700, 300, _ALL)]),
    ("Portaalzorg B.V.", "platform_suppliers", "processor", "BE", "",
     "Inloggegevens en gebruiksgegevens van het klantportaal",
     [("Verwerkersovereenkomst beheer", "signed", 200, 900, 200, 9)]),
    ("Belastingdienst", "public_authorities", "public_authority", "NL", "",
     "Gegevens uit de administratie die de wet vraagt", []),
    ("Kantoorautomatisering Delta B.V.", "ict_providers", "processor", "NL", "",
     "Alle gegevens op de werkplekken en de mailserver (beheer)",
     [("Verwerkersovereenkomst IT-beheer", "signed", 1100, 40, 20, _ALL)]),
    ("MailStroom Ltd.", "ict_providers", "processor", "US", "",
     "Naam en e-mailadres voor de nieuwsbrief",
     [("Data Processing Addendum", "draft", None, None, None, 6)]),
    ("Incassobureau Verhaal B.V.", "legal_collection", "independent_controller", "NL", "",
     "Naam, adres en openstaande facturen van debiteuren", []),
    ("Advocatenkantoor De Wit", "legal_collection", "independent_controller", "NL", "",
     "Dossiergegevens bij een geschil", []),
    ("Administratiekantoor Cijfers B.V.", "accountant", "processor", "NL", "",
     "Facturen, betalingen en salarisadministratie",
     [("Verwerkersovereenkomst 2019", "expired", 2500, -400, None, _ALL),
      ("Verwerkersovereenkomst 2024", "signed", 500, 1300, -10, _ALL)]),
    ("Rekenwerk Accountants", "accountant", "processor", "NL", "",
     "Jaarrekeningstukken",
     [("Verwerkersovereenkomst", "signed", 1900, -30, None, _ALL)]),
    ("Serverpark Noord B.V.", "hosting", "processor", "NL", "",
     "De database van het klantportaal (hosting, back-ups)",
     [("Verwerkersovereenkomst hosting", "terminated", 1500, None, None, _ALL)]),
    ("CloudOpslag Inc.", "hosting", "processor", "US",
     "EU-US Data Privacy Framework (adequaatheidsbesluit 10 juli 2023)",
     "Back-ups van de administratie, versleuteld",
     [("Data Processing Agreement", "signed", 300, 1000, 50, _ALL)]),
    ("Verzekeraar Zekerheid N.V.", "insurer", "independent_controller", "NL", "",
     "Gegevens bij een schademelding", []),
    ("Referentieklant Bouwgroep B.V.", "references", "independent_controller", "NL", "",
     "Naam en functie van de contactpersoon die als referentie optreedt", []),
]  # fmt: skip


def _day(today: dt.date, days: int | None, sign: int = 1) -> dt.date | None:
    return None if days is None else today + dt.timedelta(days=sign * days)


def _third_party_rows(today: dt.date):
    """The rows for THIRD_PARTIES as dicts: parties, agreements and checklist items."""
    from soosr_desk.rules.agreements import CHECKLIST

    cats = {c.code: c.id for c in m.RecipientCategory.select()}
    activities = [a.id for a in m.ProcessingActivity.select().order_by(m.ProcessingActivity.id)]
    now = dt.datetime.combine(today, dt.time(9, 0))
    parties, links, agreements, items = [], [], [], []
    party_id, ag_id = _next_id(m.ThirdParty), _next_id(m.ProcessorAgreement)
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


def _demo_documents(db, agreements: list[dict], today: dt.date) -> None:
    """A one-page PDF as the signed document of each signed demo agreement but one (so
    that "signed, document not attached" shows too)."""
    from soosr_desk.exports.pdf_base import one_page_pdf
    from soosr_desk.services.agreements import documents_dir

    folder = documents_dir()
    folder.mkdir(parents=True, exist_ok=True)
    with db.atomic():
        for ag in agreements:
            if ag["status"] != "signed" or ag["title"] == "Verwerkersovereenkomst beheer":
                continue
            party = m.ThirdParty.get_by_id(ag["third_party"]).name
            content = one_page_pdf(f"{ag['title']} - {party}", [
                "Voorbeelddocument van SOOSR Desk (demogegevens).",
                f"Getekend op {ag['signed_on']:%d-%m-%Y}.",
            ])  # fmt: skip
            name = f"agreement-{ag['id']}-demo.pdf"
            (folder / name).write_bytes(content)
            m.ProcessorAgreement.update(
                document_file=name, document_name=f"{ag['title']}.pdf",
                document_sha256=hashlib.sha256(content).hexdigest(), document_size=len(content),
            ).where(m.ProcessorAgreement.id == ag["id"]).execute()  # fmt: skip


# Requests of every kind and state, some near or past their deadline:
# (kind, days ago received, what happens: new / id / linked / extended / answered / closed /
#  refused / no_data)
DEMO_REQUESTS = [
    ("access", 2, "new"), ("access", 27, "linked"), ("access", 40, "linked"),
    ("access", 60, "closed"), ("rectification", 12, "id"), ("rectification", 50, "answered"),
    ("erasure", 20, "linked"), ("erasure", 70, "closed"), ("restriction", 5, "linked"),
    ("objection", 9, "closed"), ("portability", 25, "extended"), ("portability", 45, "closed"),
    ("withdrawal", 3, "closed"), ("access", 15, "refused"), ("access", 33, "no_data"),
]  # fmt: skip


def _demo_requests(today: dt.date) -> int:
    """Requests made through the real services (so their letters are real too)."""
    from soosr_desk.services import request_letters as rl
    from soosr_desk.services import request_notices as rn
    from soosr_desk.services import requests as rq

    people = list(m.Contact.select().where((m.Contact.erased == False)  # noqa: E712
                                           & (m.Contact.restricted == False)  # noqa: E712
                                           & (m.Contact.email != ""))
                  .order_by(m.Contact.id).limit(len(DEMO_REQUESTS)))  # fmt: skip
    made = 0
    for (kind, ago, state), person in zip(DEMO_REQUESTS, people, strict=False):
        received = today - dt.timedelta(days=ago)
        name = f"{person.first_name} {person.last_name}".strip()
        req = rq.save_request(rq.RequestData(
            kind=kind, received_on=received, channel=("email", "post", "website_form")[made % 3],
            requester_name=name, requester_email=person.email, requester_street=person.street,
            requester_postcode=person.postcode, requester_city=person.city,
            language=person.language, description="Verzoek uit de demogegevens."), today=today)  # fmt: skip
        made += 1
        if state == "new":
            continue
        if state == "id":
            rl.make_letter(req.id, "id_request", today=received + dt.timedelta(days=2))
            continue
        if state == "refused":
            rq.refuse(req.id, "Het twaalfde gelijke verzoek in drie maanden (demo).",
                      today=received + dt.timedelta(days=5))  # fmt: skip
            continue
        rq.link_contact(req.id, None if state == "no_data" else person.id)
        if state == "extended":
            rq.extend(
                req.id, "Veel verzoeken tegelijk (demo).", today=received + dt.timedelta(days=10)
            )
            rl.make_letter(req.id, "extension", today=received + dt.timedelta(days=10))
            continue
        if state == "linked":
            continue
        answered_on = received + dt.timedelta(days=min(ago - 1, 20))
        if state != "no_data":
            if kind == "rectification":
                rq.rectify(req.id, {"job_title": (person.job_title or "Medewerker") + " (gewijzigd)"},
                           today=answered_on)  # fmt: skip
            elif kind == "erasure":
                rq.erase(req.id, today=answered_on)
            elif kind == "restriction":
                rq.restrict(req.id, today=answered_on)
            elif kind == "objection":
                rq.object_to_marketing(req.id, today=answered_on)
            elif kind == "withdrawal":
                consents = [c for c in person.consents if c.withdrawn_on is None]
                if consents:
                    rq.withdraw_consents(req.id, today=answered_on)
        rl.make_letter(req.id, "answer", today=answered_on)
        if state in ("closed", "no_data"):
            for n in rn.notices(req.id):
                rn.set_notice(n.id, answered_on, today=answered_on)
            rq.close_request(req.id, today=answered_on)
    return made


def _demo_breaches(today: dt.date) -> None:
    """Breaches in every state: the 72 hours still running, reported, not reported with
    the reason, and closed (through the breach service)."""
    from soosr_desk.services import breaches as br

    noon = dt.datetime.combine(today, dt.time(12, 0))
    now = dt.datetime.now().replace(second=0, microsecond=0)
    for days, text, decision, extra, close in (
        (0, "Laptop van een accountmanager gestolen uit de auto; schijf versleuteld.", "",
         {}, False),
        (12, "Offerte met contactgegevens naar de verkeerde klant gemaild.", "no_report",
         {"not_reported_reason": "Eén ontvanger, bericht aantoonbaar verwijderd; geen risico.",
          "people_informed_on": None, "people_not_informed_reason": "Geen risico voor de betrokkene."},
         True),
        (40, "Phishing: inloggegevens van het klantportaal buitgemaakt, 120 accounts ingezien.",
         "report", {"people_count": 120, "records_count": 120,
                    "people_informed_on": today - dt.timedelta(days=37)}, True),
    ):  # fmt: skip
        found = min(noon - dt.timedelta(days=days), now - dt.timedelta(hours=2))
        data = br.BreachData(found_at=found, description=text, report_decision=decision,
                             data_categories="Naam, e-mailadres", subject_categories="Klanten",
                             consequences="Mogelijk phishing op de betrokkenen.",
                             measures="Wachtwoorden gewijzigd, medewerkers geïnstrueerd.",
                             **extra)  # fmt: skip
        if decision == "report":
            data.reported_to_authority_at = found + dt.timedelta(hours=30)
        saved = br.save_breach(data, now=now)
        if close:
            br.close_breach(saved.id, now=now)


def _next_id(model) -> int:
    return (model.select(fn.MAX(model.id)).scalar() or 0) + 1


def _existing():
    """What earlier runs left: company names, e-mail addresses, last invoice numbers."""
    names = set()
    for (name,) in m.Company.select(m.Company.name).tuples():
        for suffix, _ in LEGAL_FORMS:
            if suffix and name.endswith(suffix):
                name = name.removesuffix(suffix)
                break
        names.add(name.casefold())
    emails = {e.casefold() for (e,) in m.Contact.select(m.Contact.email).tuples()}
    numbers: dict[int, int] = {}
    for (number,) in m.FinancialRecord.select(m.FinancialRecord.number).tuples():
        match = _INVOICE.fullmatch(number)
        if match:
            year, seq = int(match[1]), int(match[2])
            numbers[year] = max(numbers.get(year, 0), seq)
    marketing = (
        m.ProcessingActivity.select(m.ProcessingActivity.id)
        .where(m.ProcessingActivity.name == "Direct marketing")
        .scalar()
    )
    return names, emails, numbers, marketing


def generate_demo(
    db,
    *,
    contacts: int = 1000,
    seed: int = 1,
    today: dt.date,
    progress: Callable[[int, int], None] | None = None,
    cancelled: Callable[[], bool] | None = None,
) -> DemoReport:
    """Adds `contacts` fictional Dutch contacts, about one company per eight contacts
    (half of them customers with contracts and invoices), notes, consents and flags.

    `progress(done, total)` is called after every batch (rows of companies, contacts and
    invoices); when `cancelled()` returns True the run stops before the next batch and
    keeps what it wrote. One audit event ("demo_data") records the run."""
    started = time.perf_counter()
    contacts = max(0, contacts)
    names, emails, numbers, marketing_id = _existing()
    mk = _Maker(seed, today, names, emails)
    companies = _plan_companies(mk, max(1, round(contacts / 8)) if contacts else 0)
    invoices = _plan_invoices(mk, companies, numbers)
    parties = _third_party_rows(today) if not m.ThirdParty.select().exists() else None
    party_count = len(parties[0]) if parties else 0
    batches = sum(-(-n // BATCH) for n in (len(companies), contacts, len(invoices), party_count))
    writer = _Writer(db, len(companies) + contacts + len(invoices) + party_count, batches,
                     progress, cancelled)  # fmt: skip

    for part in chunked(companies, BATCH):

        def write_companies(part=part):
            base = _next_id(m.Company)
            contract_rows = []
            for i, comp in enumerate(part):
                comp.id = comp.row["id"] = base + i
                for k in comp.contracts:
                    contract_rows.append({**k, "company": comp.id})
                    contract_rows[-1].pop("_label")
            writer.insert(m.Company, [c.row for c in part], "companies")
            writer.insert(m.Contract, contract_rows, "contracts")

        if not writer.batch(len(part), write_companies):
            break

    maker = _Contacts(mk, companies, marketing_id)
    done = 0
    while done < contacts and not writer.stopped:
        size = min(BATCH, contacts - done)
        rows, notes, consents, links = maker.make(size)

        def write_contacts(rows=rows, notes=notes, consents=consents, links=links):
            base = _next_id(m.Contact)
            for i, (row, comp) in enumerate(zip(rows, links, strict=True)):
                row["id"] = base + i
                if comp is not None:
                    row["company"] = comp.id
                    if row["relation"] == "debtor" or (
                        comp.billing is None and row["relation"] == "customer_contact"
                    ):
                        comp.billing = row["id"]
            for item in notes:
                item["contact"] += base
            for item in consents:
                item["contact"] += base
            writer.insert(m.Contact, rows, "contacts")
            writer.insert(m.ContactNote, notes, "notes")
            writer.insert(m.Consent, consents, "consents")

        if writer.batch(size, write_contacts):
            done += size

    for part in chunked(invoices, BATCH):
        if writer.stopped:
            break
        rows = [
            {"company": comp.id, "contact": comp.billing, "number": number, "record_date": day,
             "amount_cents": cents, "description": description, "billed_to": comp.row["name"]}
            for comp, number, day, cents, description in part
        ]  # fmt: skip
        writer.batch(
            len(rows), lambda rows=rows: writer.insert(m.FinancialRecord, rows, "financial_records")
        )

    if parties and not writer.stopped:

        def write_parties(rows=parties):
            writer.insert(m.ThirdParty, rows[0], "third_parties")
            writer.insert(m.ThirdPartyActivity, rows[1], "links")
            writer.insert(m.ProcessorAgreement, rows[2], "agreements")
            writer.insert(m.AgreementChecklistItem, rows[3], "links")

        if writer.batch(party_count, write_parties):
            _demo_documents(db, parties[2], today)

    requests_made = 0
    if not writer.stopped and contacts and not m.RightsRequest.select().exists():
        requests_made = _demo_requests(today)
    if not writer.stopped and not m.Breach.select().exists():
        _demo_breaches(today)

    if writer.stopped and writer.rows_done:
        with db.atomic():
            writer.audit()
    c = writer.counts
    return DemoReport(
        contacts=c["contacts"],
        companies=c["companies"],
        notes=c["notes"],
        consents=c["consents"],
        contracts=c["contracts"],
        financial_records=c["financial_records"],
        seconds=time.perf_counter() - started,
        third_parties=c["third_parties"],
        agreements=c["agreements"],
        requests=requests_made,
    )
