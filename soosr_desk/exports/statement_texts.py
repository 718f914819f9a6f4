"""The wording of the privacy statement, Dutch and English (used by statement.py).

The chapter texts of the statement, per language. `{name}`, `{contact}` and the like are
filled in with the controller's details; everything else comes from the register. Also the
labels of the legal bases and the names of the third countries data most often goes to.
"""

from __future__ import annotations

import datetime as dt

from .letter_texts import MONTHS  # the same month names as the letters
from .statement_countries import COUNTRIES, country_name

__all__ = [
    "COUNTRIES",
    "LEGAL_BASIS_LABELS",
    "MONTHS",
    "TEXTS",
    "country_name",
    "format_date",
    "legal_basis_label",
]

TEXTS: dict[str, dict[str, str]] = {
    "nl": {
        "title": "Privacyverklaring",
        "meta": "Versie {version} · {date}",
        "page": "Pagina {page} van {pages}",
        "yes": "ja",
        "who_h": "Wie zijn wij?",
        "who_intro": (
            "{name} vindt een goede omgang met persoonsgegevens van groot belang en is zich "
            "bewust van de privacywetgeving. In deze privacyverklaring leggen wij uit hoe wij "
            "met uw persoonsgegevens omgaan. Onder persoonsgegevens vallen de gegevens die wij "
            "via onze website en via onze diensten verzamelen."
        ),
        "who_controller": (
            "{name} is verwerkingsverantwoordelijke, zoals bedoeld in de Algemene verordening "
            "gegevensbescherming (AVG), voor het verwerken van uw persoonsgegevens. U kunt ons "
            "bereiken via de volgende contactgegevens:"
        ),
        "label_name": "Naam",
        "label_address": "Adres",
        "label_phone": "Telefoon",
        "label_email": "E-mail",
        "label_website": "Website",
        "label_kvk": "KvK-nummer",
        "label_dpo": "Functionaris gegevensbescherming",
        "label_joint": "Gezamenlijk verwerkingsverantwoordelijken (art. 26 AVG)",
        "consent_too": "toestemming, voor wie deze grondslag niet geldt",
        "consent_withdraw": (
            "Heeft u toestemming gegeven, dan kunt u die op ieder moment intrekken, even "
            "eenvoudig als u haar gaf: stuur een bericht naar {contact} of gebruik de "
            "afmeldlink in onze e-mails. Wij stoppen dan direct met die verwerking."
        ),
        "data_h": "Welke persoonsgegevens worden verwerkt?",
        "data_intro": "Wij kunnen de volgende categorieën persoonsgegevens van u verwerken:",
        "data_none": "Wij verwerken op dit moment geen persoonsgegevens.",
        "subjects_intro": "Deze gegevens gaan over de volgende groepen personen:",
        "data_contract": (
            "Als u gebruikmaakt van onze diensten, hebben wij voor het sluiten en de uitvoering "
            "van de overeenkomst in ieder geval de volgende gegevens van u nodig: {items}. Wij "
            "hebben die gegevens nodig om de overeenkomst te sluiten, onze diensten te leveren "
            "en de overeenkomst financieel af te handelen. Wilt u deze gegevens niet "
            "verstrekken, dan kunnen wij een goede uitvoering van de overeenkomst niet "
            "garanderen. Als de verwerking van specifieke persoonsgegevens wettelijk verplicht "
            "is, informeren wij u daarover, en ook over de mogelijke gevolgen als u ervoor "
            "kiest deze gegevens niet te verstrekken."
        ),
        "purposes_h": "Voor welke doeleinden worden uw persoonsgegevens verwerkt?",
        "purposes_intro": (
            "Wij verzamelen en verwerken persoonsgegevens voor verschillende doeleinden, mede "
            "afhankelijk van de diensten die u gebruikt. Wij gebruiken daarbij de "
            "persoonsgegevens die wij van u hebben ontvangen, maar kunnen ook persoonsgegevens "
            "gebruiken die wij uit andere bronnen verkrijgen. Wij verwerken persoonsgegevens "
            "voor de volgende doeleinden:"
        ),
        "label_basis": "Grondslag",
        "label_interest": "Gerechtvaardigd belang",
        "label_data": "Persoonsgegevens",
        "label_subjects": "Van wie",
        "label_recipients": "Ontvangers",
        "label_retention": "Bewaartermijn",
        "label_source": "Bron",
        "dutch_only": "",
        "label_transfer": "Doorgifte buiten de EER",
        "label_automated": "Geautomatiseerde besluitvorming",
        "bases_h": "Op basis van welke grondslag worden uw persoonsgegevens verwerkt?",
        "bases_intro": (
            "Voor iedere verwerking van persoonsgegevens is volgens de AVG een grondslag nodig. "
            "Wij verwerken uw persoonsgegevens op basis van de volgende grondslagen:"
        ),
        "basis_legal_obligation": (
            "Wij verwerken uw persoonsgegevens als wij daartoe wettelijk verplicht zijn, zoals "
            "gegevens die wij nodig hebben voor onze belastingaangifte of om te voldoen aan een "
            "vordering van de officier van justitie."
        ),
        "basis_contract": (
            "Wij verwerken uw persoonsgegevens als dat nodig is voor de uitvoering van de "
            "overeenkomst met u of uw onderneming, of in de aanloop naar het sluiten van een "
            "overeenkomst."
        ),
        "basis_legitimate_interest": (
            "Het kan voorkomen dat wij uw persoonsgegevens verwerken voor de behartiging van "
            "een gerechtvaardigd belang. Een gerechtvaardigd belang is over het algemeen "
            "juridisch, financieel of zakelijk van aard."
        ),
        "interests_intro": "Wij hebben in de volgende situaties een gerechtvaardigd belang:",
        "interest_objection": (
            "U kunt bezwaar maken tegen een verwerking op basis van een gerechtvaardigd belang "
            "(zie ‘Uitoefening van uw rechten’)."
        ),
        "basis_consent": (
            "Wij kunnen uw persoonsgegevens ook verwerken als u daarvoor toestemming heeft "
            "gegeven. Geeft u geen toestemming, dan heeft dat geen gevolgen voor onze "
            "dienstverlening aan u. U heeft het recht uw toestemming op ieder moment in te "
            "trekken. Die intrekking doet niets af aan de rechtmatigheid van de verwerking "
            "vóór de intrekking."
        ),
        "applies_to": "Dit geldt voor",
        "sharing_h": "Delen van persoonsgegevens met derden",
        "sharing_intro": (
            "In bepaalde gevallen delen wij uw persoonsgegevens met derden. Dat gebeurt alleen "
            "voor de doeleinden en op de grondslagen die in deze privacyverklaring staan. Wij "
            "kunnen uw persoonsgegevens verstrekken aan de volgende categorieën ontvangers:"
        ),
        "sharing_processors": (
            "Derden aan wie wij uw persoonsgegevens verstrekken, zijn zelf verantwoordelijk "
            "voor de naleving van de privacywetgeving. Schakelen wij een derde in die namens "
            "ons persoonsgegevens verwerkt (een verwerker), dan sluiten wij met die partij een "
            "verwerkersovereenkomst die voldoet aan de eisen van de AVG."
        ),
        "sharing_none": "Wij delen uw persoonsgegevens niet met derden.",
        "transfer_h": "Doorgifte buiten de Europese Economische Ruimte",
        "transfer_none": (
            "Wij geven uw persoonsgegevens niet door aan een derde land of internationale "
            "organisatie."
        ),
        "transfer_intro": (
            "Voor de volgende verwerkingen geven wij persoonsgegevens door aan een land buiten "
            "de Europese Economische Ruimte (EER). Wij doen dat alleen met een passende "
            "waarborg, zoals de artikelen 44 tot en met 49 AVG voorschrijven:"
        ),
        "unknown_country": "een land buiten de EER",
        "safeguard": "Waarborg",
        "safeguard_missing": "Waarborg: nog niet vastgelegd (zo kan deze verklaring niet "
        "worden gepubliceerd).",
        "transfer_copy": (
            "Wilt u meer weten over deze waarborgen of er een kopie van ontvangen, neem dan "
            "contact met ons op via {contact}."
        ),
        "security_h": "Beveiliging van persoonsgegevens",
        "security": (
            "Wij nemen passende beveiligingsmaatregelen om misbruik, verlies, onbevoegde "
            "toegang, ongewenste openbaarmaking en ongeoorloofde wijziging van uw "
            "persoonsgegevens tegen te gaan. Zo zorgen wij er onder andere voor dat alleen de "
            "noodzakelijke personen toegang hebben tot uw persoonsgegevens, dat de toegang tot "
            "uw persoonsgegevens is afgeschermd, dat onze website is beveiligd met "
            "informatiebeveiligingstechnieken (zoals firewalls en SSL-certificaten), dat onze "
            "wachtwoorden regelmatig worden gewijzigd, dat ons pand is beveiligd en dat onze "
            "veiligheidsmaatregelen regelmatig (door externe partijen) worden gecontroleerd."
        ),
        "security_contact": (
            "Heeft u de indruk dat uw persoonsgegevens niet goed beveiligd zijn, of zijn er "
            "aanwijzingen van misbruik, neem dan contact met ons op via {contact}."
        ),
        "retention_h": "Bewaartermijn",
        "retention_intro": (
            "Wij bewaren uw persoonsgegevens niet langer dan redelijkerwijs nodig is om de "
            "doelen in deze privacyverklaring te bereiken of om aan de wet- en regelgeving te "
            "voldoen. Bij elk doel hierboven staat welke bewaartermijn geldt."
        ),
        "retention_rules": "Wij hanteren de volgende bewaartermijnen:",
        "retention_outro": (
            "Geldt er een langere wettelijke termijn voor het bewaren van persoonsgegevens, "
            "dan houden wij die termijn aan. Na afloop van de bewaartermijn verwijderen of "
            "anonimiseren wij uw persoonsgegevens."
        ),
        "rights_h": "Uitoefening van uw rechten",
        "rights_1": (
            "U heeft het recht om uw persoonsgegevens in te zien, te corrigeren of te laten "
            "verwijderen. Daarnaast heeft u het recht om te verzoeken om beperking van de "
            "verwerking van uw persoonsgegevens, het recht om bezwaar te maken tegen de "
            "verwerking van uw persoonsgegevens en het recht op gegevensoverdraagbaarheid. Dat "
            "laatste betekent dat u kunt verzoeken om persoonsgegevens die wij van u verwerken "
            "in een gestructureerd, gangbaar en machineleesbaar formaat te ontvangen of aan "
            "een door u genoemde organisatie te laten overdragen. Maakt u bezwaar tegen het "
            "gebruik van uw gegevens voor direct marketing, dan stoppen wij daar altijd mee."
        ),
        "rights_2": (
            "Wilt u een beroep doen op een van uw rechten, stuur uw verzoek dan naar {contact}. "
            "Om misbruik te voorkomen kunnen wij u vragen om u te identificeren voordat wij uw "
            "verzoek in behandeling nemen. Stuurt u daarvoor een kopie van een "
            "identiteitsbewijs, scherm dan uw pasfoto, de MRZ (de strook met nummers onderaan "
            "het paspoort), het documentnummer en uw burgerservicenummer af. U kunt hiervoor "
            "bijvoorbeeld de KopieID-app van de overheid gebruiken."
        ),
        "rights_3": (
            "Wij reageren zo snel mogelijk op uw verzoek, en uiterlijk binnen één maand. Is uw "
            "verzoek ingewikkeld of ontvangen wij veel verzoeken, dan kunnen wij die termijn "
            "met twee maanden verlengen; dat laten wij u dan binnen de eerste maand weten, met "
            "de reden."
        ),
        "complaint_h": "Klachten",
        "complaint": (
            "Heeft u een klacht over de verwerking van uw persoonsgegevens, dan helpen wij u "
            "graag verder. Komen wij er samen niet uit, dan heeft u het recht een klacht in te "
            "dienen bij de toezichthouder, de {authority}."
        ),
        "complaint_link": "Dat kan onder meer via:",
        "automated_h": "Geautomatiseerde besluitvorming",
        "automated_none": (
            "Er is geen sprake van geautomatiseerde besluitvorming, waaronder profilering, "
            "zoals bedoeld in artikel 22 AVG."
        ),
        "automated_intro": (
            "Bij de volgende verwerkingen nemen wij besluiten die uitsluitend berusten op "
            "geautomatiseerde verwerking:"
        ),
        "automated_rights": (
            "U heeft daarbij het recht op menselijke tussenkomst, het recht om uw standpunt "
            "kenbaar te maken en het recht om het besluit aan te vechten. Neem daarvoor contact "
            "met ons op via {contact}."
        ),
        "changes_h": "Wijzigingen privacyverklaring",
        "changes": (
            "Deze privacyverklaring is voor het laatst bijgewerkt op {date} (versie {version}). "
            "Wij kunnen deze privacyverklaring wijzigen; de actuele versie staat altijd op onze "
            "website. Wij raden u aan deze privacyverklaring regelmatig te raadplegen. Bij een "
            "wezenlijke wijziging plaatsen wij een duidelijke kennisgeving op onze website."
        ),
    },
    "en": {
        "title": "Privacy statement",
        "meta": "Version {version} · {date}",
        "page": "Page {page} of {pages}",
        "yes": "yes",
        "who_h": "Who we are",
        "who_intro": (
            "{name} considers the careful handling of personal data very important and is "
            "aware of the privacy legislation. This privacy statement explains how we handle "
            "your personal data. Personal data includes the data we collect through our "
            "website and through our services."
        ),
        "who_controller": (
            "{name} is the controller, as meant in the General Data Protection Regulation "
            "(GDPR), for the processing of your personal data. You can reach us at:"
        ),
        "label_name": "Name",
        "label_address": "Address",
        "label_phone": "Telephone",
        "label_email": "E-mail",
        "label_website": "Website",
        "label_kvk": "Chamber of Commerce number",
        "label_dpo": "Data protection officer",
        "label_joint": "Joint controllers (Art. 26 GDPR)",
        "consent_too": "consent, for those this basis does not cover",
        "consent_withdraw": (
            "If you gave your consent, you may withdraw it at any time, as easily as you "
            "gave it: send a message to {contact} or use the unsubscribe link in our e-mails. "
            "We then stop that processing at once."
        ),
        "data_h": "Which personal data do we process?",
        "data_intro": "We may process the following categories of your personal data:",
        "data_none": "We do not process any personal data at present.",
        "subjects_intro": "This data concerns the following groups of people:",
        "data_contract": (
            "If you use our services, we need at least the following data from you to "
            "conclude and perform the contract: {items}. We need this data to conclude the "
            "contract, to deliver our services and to settle the contract financially. If you "
            "do not wish to provide this data, we cannot guarantee that the contract will be "
            "performed properly. Where the processing of specific personal data is required by "
            "law, we will tell you so, and also what may happen if you choose not to provide "
            "that data."
        ),
        "purposes_h": "For which purposes do we process your personal data?",
        "purposes_intro": (
            "We collect and process personal data for several purposes, depending partly on "
            "the services you use. We use the personal data we received from you, but may also "
            "use personal data we obtain from other sources. We process personal data for the "
            "following purposes:"
        ),
        "label_basis": "Legal basis",
        "label_interest": "Legitimate interest",
        "label_data": "Personal data",
        "label_subjects": "About",
        "label_recipients": "Recipients",
        "label_retention": "Retention",
        "label_source": "Source",
        "dutch_only": "Some texts from our register have no English version yet; they are "
        "given in Dutch: {items}.",
        "label_transfer": "Transfer outside the EEA",
        "label_automated": "Automated decision-making",
        "bases_h": "On which legal basis do we process your personal data?",
        "bases_intro": (
            "Under the GDPR, every processing of personal data needs a legal basis. We process "
            "your personal data on the following legal bases:"
        ),
        "basis_legal_obligation": (
            "We process your personal data where we are required to by law, such as data we "
            "need for our tax returns or to comply with an order of the public prosecutor."
        ),
        "basis_contract": (
            "We process your personal data where this is necessary to perform the contract "
            "with you or your company, or to take steps before concluding a contract."
        ),
        "basis_legitimate_interest": (
            "We may process your personal data to pursue a legitimate interest. A legitimate "
            "interest is usually legal, financial or commercial in nature."
        ),
        "interests_intro": "We have a legitimate interest in the following situations:",
        "interest_objection": (
            "You can object to processing based on a legitimate interest (see ‘Your rights’)."
        ),
        "basis_consent": (
            "We may also process your personal data if you have given your consent. If you do "
            "not give consent, this has no consequences for our services to you. You have the "
            "right to withdraw your consent at any time. Withdrawal does not affect the "
            "lawfulness of the processing before the withdrawal."
        ),
        "applies_to": "This applies to",
        "sharing_h": "Sharing personal data with third parties",
        "sharing_intro": (
            "In certain cases we share your personal data with third parties. We do so only "
            "for the purposes and on the legal bases set out in this privacy statement. We may "
            "provide your personal data to the following categories of recipients:"
        ),
        "sharing_processors": (
            "Third parties to whom we provide your personal data are themselves responsible "
            "for complying with the privacy legislation. Where we engage a third party to "
            "process personal data on our behalf (a processor), we conclude a data processing "
            "agreement with that party that meets the requirements of the GDPR."
        ),
        "sharing_none": "We do not share your personal data with third parties.",
        "transfer_h": "Transfers outside the European Economic Area",
        "transfer_none": (
            "We do not transfer your personal data to a third country or an international "
            "organisation."
        ),
        "transfer_intro": (
            "For the following processing activities we transfer personal data to a country "
            "outside the European Economic Area (EEA). We do so only with an appropriate "
            "safeguard, as Articles 44 to 49 GDPR require:"
        ),
        "unknown_country": "a country outside the EEA",
        "safeguard": "Safeguard",
        "safeguard_missing": "Safeguard: not yet recorded (this statement cannot be "
        "published like this).",
        "transfer_copy": (
            "If you would like to know more about these safeguards or receive a copy of them, "
            "please contact us at {contact}."
        ),
        "security_h": "Security of personal data",
        "security": (
            "We take appropriate security measures to prevent misuse, loss, unauthorised "
            "access, unwanted disclosure and unauthorised alteration of your personal data. "
            "Among other things, we ensure that only the people who need it have access to "
            "your personal data, that access to your personal data is protected, that our "
            "website is secured with information security techniques (such as firewalls and "
            "SSL certificates), that our passwords are changed regularly, that our premises "
            "are secured and that our security measures are checked regularly (by external "
            "parties)."
        ),
        "security_contact": (
            "If you feel that your personal data is not properly secured, or if there are "
            "signs of misuse, please contact us at {contact}."
        ),
        "retention_h": "How long we keep your data",
        "retention_intro": (
            "We do not keep your personal data longer than is reasonably necessary to achieve "
            "the purposes in this privacy statement or to comply with laws and regulations. "
            "Each purpose above states which retention period applies."
        ),
        "retention_rules": "We apply the following retention periods:",
        "retention_outro": (
            "Where a longer statutory retention period applies, we keep to that period. When "
            "the retention period has passed, we erase or anonymise your personal data."
        ),
        "rights_h": "Your rights",
        "rights_1": (
            "You have the right to access, rectify or erase your personal data. You also have "
            "the right to request restriction of the processing of your personal data, the "
            "right to object to the processing of your personal data and the right to data "
            "portability. The latter means that you can ask to receive personal data we "
            "process about you in a structured, commonly used and machine-readable format, or "
            "to have it transferred to an organisation you name. If you object to the use of "
            "your data for direct marketing, we will always stop."
        ),
        "rights_2": (
            "If you wish to exercise one of your rights, please send your request to "
            "{contact}. To prevent misuse, we may ask you to identify yourself before we "
            "handle your request. If you send a copy of an identity document for this, please "
            "cover your photo, the MRZ (the strip of numbers at the bottom of a passport), the "
            "document number and your citizen service number (BSN). You can use the Dutch "
            "government's KopieID app for this, for example."
        ),
        "rights_3": (
            "We respond to your request as soon as possible, and within one month at the "
            "latest. If your request is complex or we receive many requests, we may extend "
            "this period by two months; we will then let you know within the first month, "
            "with the reason."
        ),
        "complaint_h": "Complaints",
        "complaint": (
            "If you have a complaint about the processing of your personal data, we will "
            "gladly help you. If we cannot resolve it together, you have the right to lodge a "
            "complaint with the supervisory authority, the {authority}."
        ),
        "complaint_link": "You can do so at:",
        "automated_h": "Automated decision-making",
        "automated_none": (
            "We do not use automated decision-making, including profiling, as meant in "
            "Article 22 GDPR."
        ),
        "automated_intro": (
            "In the following processing activities we take decisions based solely on "
            "automated processing:"
        ),
        "automated_rights": (
            "You have the right to human intervention, to express your point of view and to "
            "contest the decision. Please contact us at {contact} for this."
        ),
        "changes_h": "Changes to this privacy statement",
        "changes": (
            "This privacy statement was last updated on {date} (version {version}). We may "
            "change this privacy statement; the current version is always on our website. We "
            "advise you to consult this privacy statement regularly. If there is a significant "
            "change, we will publish a clear notice on our website."
        ),
    },
}

LEGAL_BASIS_LABELS: dict[str, dict[str, str]] = {
    "nl": {
        "legal_obligation": "Wettelijke verplichting",
        "contract": "Uitvoering van of aanloop naar een overeenkomst",
        "legitimate_interest": "Gerechtvaardigd belang",
        "consent": "Toestemming",
    },
    "en": {
        "legal_obligation": "Legal obligation",
        "contract": "Performance of a contract or steps before one",
        "legitimate_interest": "Legitimate interest",
        "consent": "Consent",
    },
}


def format_date(day: dt.date, language: str) -> str:
    """8 april 2019 / 8 April 2019."""
    return f"{day.day} {MONTHS[language][day.month - 1]} {day.year}"


def legal_basis_label(code: str, language: str) -> str:
    return LEGAL_BASIS_LABELS[language].get(code, code)
