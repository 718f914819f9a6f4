"""The words the demo data is made of: Dutch and international first and last names,
cities with their postcodes, streets, sectors, jobs, notes, consents and reasons."""

from __future__ import annotations


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
    ("Noordwijk", 2201, 2204, "71", 6),
    ("Leiden", 2311, 2334, "71", 8),
    ("Katwijk", 2221, 2225, "71", 4),
    ("Oegstgeest", 2341, 2343, "71", 2),
    ("Voorschoten", 2251, 2254, "71", 1),
    ("Wassenaar", 2241, 2245, "70", 1),
    ("Lisse", 2161, 2165, "252", 2),
    ("Hillegom", 2181, 2182, "252", 1),
    ("Sassenheim", 2171, 2172, "252", 1),
    ("Alphen aan den Rijn", 2401, 2409, "172", 2),
    ("Den Haag", 2491, 2599, "70", 7),
    ("Zoetermeer", 2711, 2729, "79", 2),
    ("Delft", 2611, 2629, "15", 2),
    ("Gouda", 2801, 2809, "182", 1),
    ("Amsterdam", 1011, 1109, "20", 9),
    ("Haarlem", 2011, 2037, "23", 4),
    ("Zaandam", 1501, 1509, "75", 1),
    ("Alkmaar", 1811, 1827, "72", 1),
    ("Hilversum", 1211, 1223, "35", 1),
    ("Almere", 1311, 1363, "36", 2),
    ("Rotterdam", 3011, 3089, "10", 7),
    ("Dordrecht", 3311, 3329, "78", 1),
    ("Utrecht", 3511, 3585, "30", 5),
    ("Amersfoort", 3811, 3830, "33", 2),
    ("IJsselstein", 3401, 3405, "30", 1),
    ("Eindhoven", 5611, 5658, "40", 3),
    ("Tilburg", 5011, 5049, "13", 2),
    ("Breda", 4811, 4839, "76", 2),
    ("'s-Hertogenbosch", 5211, 5237, "73", 2),
    ("Nijmegen", 6511, 6546, "24", 2),
    ("Arnhem", 6811, 6846, "26", 2),
    ("Apeldoorn", 7311, 7339, "55", 1),
    ("Zwolle", 8011, 8046, "38", 1),
    ("Enschede", 7511, 7548, "53", 1),
    ("Hengelo", 7551, 7559, "74", 1),
    ("Groningen", 9711, 9747, "50", 2),
    ("Leeuwarden", 8911, 8939, "58", 1),
    ("Maastricht", 6211, 6229, "43", 1),
    ("Venlo", 5911, 5928, "77", 1),
    ("Heerlen", 6411, 6422, "45", 1),
)
CITY_WEIGHTS = [c[4] for c in CITIES]
POSTCODE_LETTERS = "ABCDEGHJKLMNPRSTVWXZ"  # F, I, O, Q, U and Y are not used
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
    ("Directeur", "full", 6),
    ("Directeur-eigenaar", "full", 4),
    ("Eigenaar", "full", 3),
    ("Financieel directeur", "full", 2),
    ("Bedrijfsleider", "limited", 3),
    ("Inkoper", "limited", 7),
    ("Office manager", "limited", 6),
    ("Controller", "limited", 4),
    ("Projectleider", "limited", 5),
    ("Accountmanager", "none", 5),
    ("Salesmanager", "limited", 3),
    ("HR-adviseur", "none", 3),
    ("Facilitair manager", "limited", 3),
    ("Administrateur", "none", 4),
    ("Boekhouder", "none", 3),
    ("Hoofd ICT", "limited", 3),
    ("Marketingmedewerker", "none", 3),
    ("Commercieel medewerker", "none", 3),
    ("Werkvoorbereider", "none", 2),
    ("Teamleider", "limited", 3),
    ("Planner", "none", 2),
    ("Managementassistent", "none", 3),
    ("Operationeel manager", "limited", 2),
    ("Kwaliteitsmanager", "none", 2),
    ("Juridisch adviseur", "none", 1),
    ("Consultant", "none", 2),
    ("Productmanager", "none", 2),
)
JOB_WEIGHTS = [j[2] for j in JOBS]
CONTRACT_KINDS = (
    ("Licentieovereenkomst SOOSR Platform", "Licentie"),
    ("Abonnement SOOSR Online", "Abonnement"),
    ("Dienstverleningsovereenkomst", "Dienstverlening"),
    ("Onderhouds- en supportcontract", "Onderhoud en support"),
    ("Raamovereenkomst", "Diensten volgens raamovereenkomst"),
    ("Hostingovereenkomst", "Hosting"),
)
# (source, relation, has company, weight): plausible proportions for a small B2B firm
KINDS = (
    ("website_form", "lead", False, 25),
    ("contract", "customer_contact", True, 38),
    ("contract", "debtor", True, 5),
    ("supplier", "supplier_contact", True, 12),
    ("reference", "reference", True, 5),
    ("manual", "lead", True, 9),
    ("manual", "customer_contact", True, 6),
)
KIND_WEIGHTS = [k[3] for k in KINDS]
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
PURPOSE_WEIGHTS = [p[1] for p in PURPOSES]
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
