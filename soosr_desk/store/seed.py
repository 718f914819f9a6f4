"""First-run data, taken from SOOSR B.V.'s privacy statement (version 8 April 2019).

Everything here is ordinary data the user can edit afterwards: the controller, the
retention rules, the categories, the seven purposes with their legal bases and the eight
categories of third parties. Text is Dutch with an English twin for the statement.
"""

from __future__ import annotations

import datetime as dt

from soosr_desk.store import models

CONTROLLER = dict(
    name="SOOSR B.V.",
    street="Kapteynstraat 1",
    address_extra="SBIC-building suite 330",
    postcode="2201 BB",
    city="Noordwijk",
    country="NL",
    phone="071 202 0307",
    email="info@soosr.com",
    website="",
    authority_name="Autoriteit Persoonsgegevens",
    authority_url=("https://autoriteitpersoonsgegevens.nl/een-tip-of-klacht-indienen-bij-de-ap"),
)

RETENTION_RULES = [
    (
        "contact_form",
        "Contactformulier: twee jaar",
        "Contact form: two years",
        "Gegevens uit het contactformulier op de website worden twee jaar nadat ze zijn "
        "binnengekomen gewist.",
        "Data from the contact form on the website is erased two years after it came in.",
        2,
    ),
    (
        "contract",
        "Overeenkomst: drie jaar na afronding",
        "Contract: three years after completion",
        "Uiterlijk drie jaar nadat de overeenkomst is geëindigd én alle verplichtingen over "
        "en weer zijn afgerond.",
        "No later than three years after the contract has ended and all mutual obligations "
        "have been settled.",
        3,
    ),
    (
        "fiscal",
        "Financiële administratie: zeven jaar",
        "Financial records: seven years",
        "Gegevens in de financiële administratie worden zeven jaar bewaard (wettelijke "
        "bewaarplicht).",
        "Data in the financial records is kept for seven years (statutory retention duty).",
        7,
    ),
    (
        "no_contract",
        "Zonder overeenkomst: twee jaar na het laatste contact",
        "Without a contract: two years after the last contact",
        "Gegevens van relaties zonder overeenkomst (leveranciers, referenties, handmatig "
        "ingevoerd) worden twee jaar na het laatste contact gewist.",
        "Data of relations without a contract (suppliers, references, entered by hand) is "
        "erased two years after the last contact.",
        2,
    ),
    (
        "legal_hold",
        "Geschil of aanspraak: tot afhandeling",
        "Dispute or claim: until resolved",
        "Bij een geschil of juridische aanspraak bewaren wij de gegevens tot deze is afgehandeld.",
        "In case of a dispute or legal claim we keep the data until it has been resolved.",
        None,
    ),
]

SUBJECT_CATEGORIES = [
    ("Websitebezoekers (contactformulier)", "Website visitors (contact form)"),
    ("Klanten en hun contactpersonen", "Customers and their contact persons"),
    ("Potentiële klanten", "Prospective customers"),
    ("Leveranciers en hun contactpersonen", "Suppliers and their contact persons"),
    ("Debiteuren", "Debtors"),
    ("Referenties", "References"),
]

# who belongs to each category above: a contact relation, "website_form" or "debtor"
SUBJECT_CODES = (
    "website_form",
    "customer_contact",
    "lead",
    "supplier_contact",
    "debtor",
    "reference",
)

DATA_CATEGORIES = [
    ("Naam", "Name"),
    ("Functie", "Job title"),
    ("Bedrijfsadres", "Business address"),
    ("Telefoonnummer", "Telephone number"),
    ("E-mailadres", "E-mail address"),
    ("Geslacht", "Gender"),
    ("Werkgever", "Employer"),
    ("Aantekeningen uit klantcontact", "Notes from customer contact"),
    ("Mate van tekenbevoegdheid", "Signing authority"),
    ("Bedrijfsnaam", "Company name"),
    ("Standplaats", "Location"),
    ("Inloggegevens klantenaccount", "Customer account login details"),
    ("Financiële gegevens (facturen, betalingen)", "Financial data (invoices, payments)"),
]

# code, name, name_en, description, description_en, default role
RECIPIENT_CATEGORIES = [
    (
        "platform_suppliers",
        "Leveranciers en dienstverleners online platform",
        "Suppliers and service providers of the online platform",
        "Externe leveranciers en dienstverleners die ons online platform beheren, als dat "
        "nodig is voor de uitvoering van de overeenkomst.",
        "External suppliers and service providers that manage our online platform, where "
        "needed to perform the contract.",
        "processor",
    ),
    (
        "public_authorities",
        "Overheidsinstanties",
        "Public authorities",
        "Overheidsinstanties, als wij wettelijk verplicht zijn gegevens met hen te delen.",
        "Public authorities, where we are legally obliged to share data with them.",
        "public_authority",
    ),
    (
        "ict_providers",
        "ICT-dienstverleners",
        "ICT service providers",
        "ICT-dienstverleners die ons ondersteunen bij het veilig en stabiel houden van onze "
        "softwaresystemen en website.",
        "ICT service providers that help us keep our software systems and website secure "
        "and stable.",
        "processor",
    ),
    (
        "legal_collection",
        "Rechtsbijstandsverzekeraar, incassobureau of advocatenkantoor",
        "Legal expenses insurer, collection agency or law firm",
        "Voor het innen van een vordering of het oplossen van een geschil.",
        "To collect a claim or to resolve a dispute.",
        "independent_controller",
    ),
    (
        "accountant",
        "Boekhouder, administratiekantoor of adviseur",
        "Bookkeeper, administration office or adviser",
        "Als dat nodig is voor de werkzaamheden die zij voor ons uitvoeren.",
        "Where needed for the work they do for us.",
        "processor",
    ),
    (
        "hosting",
        "Externe serverhosting",
        "External server hosting",
        "Een externe server voor de opslag van persoonsgegevens.",
        "An external server for storing personal data.",
        "processor",
    ),
    (
        "insurer",
        "Verzekeraar",
        "Insurer",
        "Onze verzekeraar, ten behoeve van onze aansprakelijkheid.",
        "Our insurer, with regard to our liability.",
        "independent_controller",
    ),
    (
        "references",
        "Huidige en potentiële klanten (referenties)",
        "Current and prospective customers (references)",
        "Alleen naam, telefoonnummer en e-mailadres, gedeeld als referentie.",
        "Only name, telephone number and e-mail address, shared as a reference.",
        "independent_controller",
    ),
]

_ALL_SUBJECTS = [s[0] for s in SUBJECT_CATEGORIES]
_CONTACT_DATA = ["Naam", "Telefoonnummer", "E-mailadres"]
_BUSINESS_DATA = [
    "Naam",
    "Functie",
    "Bedrijfsadres",
    "Telefoonnummer",
    "E-mailadres",
    "Geslacht",
    "Werkgever",
    "Aantekeningen uit klantcontact",
]
_CONTRACT_DATA = [
    "Naam",
    "Functie",
    "E-mailadres",
    "Mate van tekenbevoegdheid",
    "Telefoonnummer",
    "Bedrijfsnaam",
    "Standplaats",
]
SECURITY = (
    "Alleen noodzakelijke personen hebben toegang; toegang is afgeschermd; de website is "
    "beveiligd met firewalls en SSL-certificaten; wachtwoorden worden regelmatig gewijzigd; "
    "het pand is beveiligd; maatregelen worden regelmatig (extern) gecontroleerd."
)
SOURCE = "De betrokkene zelf; daarnaast mogelijk andere bronnen (zie privacyverklaring)."
SOURCE_EN = "The data subject; possibly other sources as well (see the privacy statement)."

# name, name_en, purpose, purpose_en, basis, interest, interest_en, retention,
# subjects, data, recipient categories
ACTIVITIES = [
    (
        "Algemeen contact",
        "General contact",
        "Het verstrekken van de door u opgevraagde informatie, algemeen contact over een "
        "mogelijk te sluiten of al gesloten overeenkomst, en het beantwoorden en afhandelen "
        "van vragen en klachten.",
        "Providing information you asked for, general contact about a possible or existing "
        "contract, and answering and handling questions and complaints.",
        "legitimate_interest",
        "Algemeen klantcontact, zoals het beantwoorden van vragen en het afhandelen van klachten.",
        "General customer contact, such as answering questions and handling complaints.",
        "contact_form",
        _ALL_SUBJECTS,
        _BUSINESS_DATA,
        ["ict_providers", "hosting"],
    ),
    (
        "Uitvoering van een overeenkomst",
        "Performance of a contract",
        "Het sluiten en uitvoeren van de overeenkomst(en) die u met ons sluit, gaat sluiten "
        "of heeft gesloten, zodat wij onze diensten en producten kunnen leveren, zoals het "
        "verstrekken van inloggegevens en het verwerken van transacties.",
        "Concluding and performing the contract(s) you conclude, will conclude or have "
        "concluded with us, so we can deliver our services and products, such as providing "
        "login details and processing transactions.",
        "contract",
        "",
        "",
        "contract",
        ["Klanten en hun contactpersonen", "Potentiële klanten"],
        _CONTRACT_DATA,
        ["platform_suppliers", "ict_providers", "hosting", "accountant"],
    ),
    (
        "Klantenaccount",
        "Customer account",
        "Het aanmaken en beveiligen van een klantenaccount waarmee u gebruik maakt van onze "
        "diensten.",
        "Creating and securing a customer account through which you use our services.",
        "contract",
        "",
        "",
        "contract",
        ["Klanten en hun contactpersonen"],
        ["Naam", "E-mailadres", "Inloggegevens klantenaccount"],
        ["platform_suppliers", "hosting"],
    ),
    (
        "Direct marketing",
        "Direct marketing",
        "Het versturen van nieuwsbrieven en uitnodigingen via e-mail, tekstberichten, "
        "telefoon of post, met informatie over onze dienstverlening en evenementen. Voor "
        "wie geen klant is, alleen met toestemming.",
        "Sending newsletters and invitations by e-mail, text message, telephone or post, "
        "with information about our services and events. For non-customers, only with "
        "consent.",
        "legitimate_interest",
        "Nieuwsbrieven versturen aan onze klanten.",
        "Sending newsletters to our customers.",
        "contract",
        ["Klanten en hun contactpersonen", "Potentiële klanten"],
        ["Naam", "E-mailadres", "Telefoonnummer", "Bedrijfsadres"],
        ["ict_providers", "hosting"],
    ),
    (
        "Wettelijke verplichting",
        "Legal obligation",
        "Het verwerken en verstrekken van persoonsgegevens als wij daartoe verplicht zijn "
        "op basis van wet- of regelgeving, zoals aan opsporingsinstanties en voor de "
        "belastingaangifte.",
        "Processing and providing personal data where the law requires it, such as to "
        "investigating authorities and for tax returns.",
        "legal_obligation",
        "",
        "",
        "fiscal",
        _ALL_SUBJECTS,
        ["Naam", "Bedrijfsnaam", "Financiële gegevens (facturen, betalingen)"],
        ["public_authorities", "accountant"],
    ),
    (
        "Debiteurenbeheer en incasso",
        "Debtor management and collection",
        "Het versturen van rekeningen, herinneringen en aanmaningen, het telefonisch "
        "herinneren aan een openstaande vordering en zo nodig een gerechtelijke "
        "incassoprocedure.",
        "Sending invoices, reminders and demands, reminding by telephone of an outstanding "
        "claim and, where needed, judicial collection proceedings.",
        "contract",
        "",
        "",
        "fiscal",
        ["Debiteuren", "Klanten en hun contactpersonen"],
        [
            "Naam",
            "Bedrijfsnaam",
            "Bedrijfsadres",
            "Telefoonnummer",
            "E-mailadres",
            "Financiële gegevens (facturen, betalingen)",
        ],
        ["legal_collection", "accountant"],
    ),
    (
        "Verdediging tegen juridische aanspraken",
        "Defence against legal claims",
        "Het (laten) verwerken van persoonsgegevens om ons te kunnen verdedigen tegen "
        "eventuele juridische aanspraken.",
        "Processing personal data (or having it processed) so we can defend ourselves "
        "against legal claims.",
        "legitimate_interest",
        "Verdediging tegen juridische aanspraken.",
        "Defence against legal claims.",
        "legal_hold",
        _ALL_SUBJECTS,
        _BUSINESS_DATA,
        ["legal_collection", "insurer"],
    ),
    (
        "Referenties",
        "References",
        "Het delen van naam, telefoonnummer en e-mailadres met huidige en potentiële klanten "
        "die een referentie willen spreken.",
        "Sharing name, telephone number and e-mail address with current and prospective "
        "customers who wish to speak to a reference.",
        "legitimate_interest",
        "Huidige en potentiële klanten de gelegenheid geven een referentie te spreken.",
        "Giving current and prospective customers the opportunity to speak to a reference.",
        "no_contract",
        ["Referenties"],
        ["Naam", "Telefoonnummer", "E-mailadres"],
        ["references"],
    ),
    (
        "Beveiliging",
        "Security",
        "Het beveiligen van onze systemen, klantenaccounts en ons pand, om misbruik en "
        "diefstal tegen te gaan.",
        "Securing our systems, customer accounts and premises, to prevent misuse and theft.",
        "legitimate_interest",
        "Beveiliging, om diefstal en misbruik tegen te gaan.",
        "Security, to prevent theft and misuse.",
        "contract",
        _ALL_SUBJECTS,  # the systems hold everyone's data (docs/decisions.md, issue 14)
        ["Naam", "E-mailadres", "Inloggegevens klantenaccount"],
        ["ict_providers", "hosting"],
    ),
]
# activities that rely on consent too, for the people their basis does not cover
CONSENT_TOO = {"Direct marketing"}


def seed_database(database, today: dt.date | None = None) -> None:
    """Fills a new, empty database in one transaction."""
    today = today or dt.date.today()
    with database.atomic():
        models.Controller.create(**CONTROLLER)
        rules = {}
        for i, (code, name, name_en, desc, desc_en, years) in enumerate(RETENTION_RULES):
            rules[code] = models.RetentionRule.create(
                code=code,
                name=name,
                name_en=name_en,
                description=desc,
                description_en=desc_en,
                years=years,
                sort_order=i,
            )
        subjects = {
            nl: models.DataSubjectCategory.create(
                name=nl, name_en=en, sort_order=i, code=SUBJECT_CODES[i]
            )
            for i, (nl, en) in enumerate(SUBJECT_CATEGORIES)
        }
        data = {
            nl: models.PersonalDataCategory.create(name=nl, name_en=en, sort_order=i)
            for i, (nl, en) in enumerate(DATA_CATEGORIES)
        }
        recipients = {}
        for i, (code, name, name_en, desc, desc_en, role) in enumerate(RECIPIENT_CATEGORIES):
            recipients[code] = models.RecipientCategory.create(
                code=code,
                name=name,
                name_en=name_en,
                description=desc,
                description_en=desc_en,
                default_role=role,
                sort_order=i,
            )
        for i, row in enumerate(ACTIVITIES):
            (
                name,
                name_en,
                purpose,
                purpose_en,
                basis,
                interest,
                interest_en,
                rule,
                subj,
                dat,
                recips,
            ) = row
            activity = models.ProcessingActivity.create(
                name=name,
                name_en=name_en,
                purpose=purpose,
                purpose_en=purpose_en,
                legal_basis=basis,
                legitimate_interest=interest,
                legitimate_interest_en=interest_en,
                retention_rule=rules[rule],
                security_measures=SECURITY,
                source=SOURCE,
                source_en=SOURCE_EN,
                owner="Directie",
                last_reviewed=dt.date(2019, 4, 8),
                sort_order=i,
                consent_too=name in CONSENT_TOO,
            )
            for s in subj:
                models.ActivitySubjectCategory.create(activity=activity, category=subjects[s])
            for d in dat:
                models.ActivityDataCategory.create(activity=activity, category=data[d])
            for r in recips:
                models.ActivityRecipientCategory.create(activity=activity, category=recipients[r])
        models.Setting.create(key="seeded_on", value=today.isoformat())
