"""The Dutch wording of the privacy statement (statement_texts merges it into TEXTS).

The chapter texts per key; `{name}`, `{contact}` and the like are filled in with the
controller's details."""

TEXTS_NL: dict[str, str] = {
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
        "Wij geven uw persoonsgegevens niet door aan een derde land of internationale organisatie."
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
}
