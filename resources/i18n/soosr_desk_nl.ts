<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="nl_NL">
  <context>
    <name />
    <message>
      <source>No problems found.</source>
      <translation>Geen problemen gevonden.</translation>
    </message>
    <message>
      <source>This database is open in SOOSR Desk{who}. Close it first.</source>
      <translation>Deze database is geopend in SOOSR Desk{who}. Sluit hem daar eerst.</translation>
    </message>
    <message>
      <source>Subject matter and duration of the processing</source>
      <translation>Onderwerp en duur van de verwerking</translation>
    </message>
    <message>
      <source>Nature and purpose of the processing</source>
      <translation>Aard en doel van de verwerking</translation>
    </message>
    <message>
      <source>Types of personal data and categories of data subjects</source>
      <translation>Soorten persoonsgegevens en categorieën betrokkenen</translation>
    </message>
    <message>
      <source>The controller's obligations and rights</source>
      <translation>De verplichtingen en rechten van de verwerkingsverantwoordelijke</translation>
    </message>
    <message>
      <source>Processes only on documented instructions</source>
      <translation>Verwerkt alleen op schriftelijke instructies</translation>
    </message>
    <message>
      <source>Transfers to a third country or international organisation only on documented instructions</source>
      <translation>Doorgifte aan een derde land of internationale organisatie alleen op schriftelijke instructie</translation>
    </message>
    <message>
      <source>Staff are bound to confidentiality</source>
      <translation>Medewerkers hebben geheimhoudingsplicht</translation>
    </message>
    <message>
      <source>Takes the security measures of Art. 32</source>
      <translation>Neemt de beveiligingsmaatregelen van art. 32</translation>
    </message>
    <message>
      <source>Respects the conditions for engaging sub-processors</source>
      <translation>Houdt zich aan de voorwaarden voor het inschakelen van subverwerkers</translation>
    </message>
    <message>
      <source>Sub-processors only with prior written authorisation; notice of intended changes with the right to object</source>
      <translation>Subverwerkers alleen met voorafgaande schriftelijke toestemming; voorgenomen wijzigingen worden gemeld, met recht van bezwaar</translation>
    </message>
    <message>
      <source>The same duties flow down to sub-processors; the processor stays fully liable for them</source>
      <translation>Subverwerkers krijgen dezelfde verplichtingen; de verwerker blijft volledig aansprakelijk voor hen</translation>
    </message>
    <message>
      <source>Assists with data-subject requests</source>
      <translation>Helpt bij verzoeken van betrokkenen</translation>
    </message>
    <message>
      <source>Assists with security, breach notification and impact assessments (Art. 32-36)</source>
      <translation>Helpt bij beveiliging, meldingen van datalekken en DPIA's (art. 32-36)</translation>
    </message>
    <message>
      <source>Deletes or returns all personal data at the end</source>
      <translation>Wist of retourneert alle persoonsgegevens aan het einde</translation>
    </message>
    <message>
      <source>Allows audits and gives all information needed to show compliance</source>
      <translation>Staat audits toe en geeft alle informatie om naleving aan te tonen</translation>
    </message>
    <message>
      <source>Warns when an instruction infringes the law</source>
      <translation>Waarschuwt als een instructie in strijd is met de wet</translation>
    </message>
    <message>
      <source>The processor agreement has not been signed.</source>
      <translation>De verwerkersovereenkomst is niet ondertekend.</translation>
    </message>
    <message>
      <source>The processor agreement has been terminated.</source>
      <translation>De verwerkersovereenkomst is beëindigd.</translation>
    </message>
    <message>
      <source>The processor agreement expired on {date}.</source>
      <translation>De verwerkersovereenkomst is verlopen op {date}.</translation>
    </message>
    <message>
      <source>The processor agreement is marked as signed, but the date of signing is missing.</source>
      <translation>De verwerkersovereenkomst staat op ondertekend, maar de datum van ondertekening ontbreekt.</translation>
    </message>
    <message>
      <source>The agreement misses {count} of the {total} points Art. 28(3) requires.</source>
      <translation>De overeenkomst mist {count} van de {total} punten die art. 28 lid 3 vereist.</translation>
    </message>
    <message>
      <source>The processor agreement expires on {date}.</source>
      <translation>De verwerkersovereenkomst verloopt op {date}.</translation>
    </message>
    <message>
      <source>The review of the processor agreement was due on {date}.</source>
      <translation>De herziening van de verwerkersovereenkomst was gepland op {date}.</translation>
    </message>
    <message>
      <source>The processor agreement is due for review on {date}.</source>
      <translation>De verwerkersovereenkomst moet worden herzien op {date}.</translation>
    </message>
    <message>
      <source>Not reviewed in the last 12 months.</source>
      <translation>De afgelopen 12 maanden niet gecontroleerd.</translation>
    </message>
    <message>
      <source>Legitimate interest is the basis, but the interest is not written down.</source>
      <translation>De grondslag is gerechtvaardigd belang, maar het belang is niet beschreven.</translation>
    </message>
    <message>
      <source>Kept under a legal hold until the hold is lifted.</source>
      <translation>Bewaard wegens een geschil of aanspraak, tot die is afgehandeld.</translation>
    </message>
    <message>
      <source>A contract is still running or not all obligations are settled yet; the three years start once it has ended and been settled.</source>
      <translation>Er loopt nog een overeenkomst of niet alle verplichtingen zijn afgerond; de drie jaar gaan in zodra die is geëindigd en afgerond.</translation>
    </message>
    <message>
      <source>Three years after the last contract ended and all obligations were settled ({date}).</source>
      <translation>Drie jaar nadat de laatste overeenkomst eindigde en alle verplichtingen waren afgerond ({date}).</translation>
    </message>
    <message>
      <source>Two years after the contact form came in ({date}).</source>
      <translation>Twee jaar nadat het contactformulier binnenkwam ({date}).</translation>
    </message>
    <message>
      <source>Two years after the data came in or was last used ({date}), with no contract.</source>
      <translation>Twee jaar nadat de gegevens binnenkwamen of voor het laatst zijn gebruikt ({date}), zonder overeenkomst.</translation>
    </message>
    <message>
      <source>No date to count from: enter the date the data came in.</source>
      <translation>Geen datum om vanaf te tellen: vul in wanneer de gegevens binnenkwamen.</translation>
    </message>
    <message>
      <source>This text is too long: at most {max} characters.</source>
      <translation>Deze tekst is te lang: hoogstens {max} tekens.</translation>
    </message>
    <message>
      <source>This text contains an invisible control character. Retype the text instead of pasting it.</source>
      <translation>Deze tekst bevat een onzichtbaar stuurteken. Typ de tekst opnieuw in plaats van hem te plakken.</translation>
    </message>
    <message>
      <source>This text contains a broken character. Retype the text instead of pasting it.</source>
      <translation>Deze tekst bevat een beschadigd teken. Typ de tekst opnieuw in plaats van hem te plakken.</translation>
    </message>
    <message>
      <source>This is not a valid e-mail address. Write it like name@example.nl, without spaces.</source>
      <translation>Dit is geen geldig e-mailadres. Schrijf het als naam@voorbeeld.nl, zonder spaties.</translation>
    </message>
    <message>
      <source>A telephone number may contain only digits, spaces, + ( ) - . and /.</source>
      <translation>Een telefoonnummer mag alleen cijfers, spaties, + ( ) - . en / bevatten.</translation>
    </message>
    <message>
      <source>This is not a valid telephone number. Write it like 06-12345678 or +31 20 123 4567.</source>
      <translation>Dit is geen geldig telefoonnummer. Schrijf het als 06-12345678 of +31 20 123 4567.</translation>
    </message>
    <message>
      <source>Enter a date between 1900 and 2100.</source>
      <translation>Vul een datum tussen 1900 en 2100 in.</translation>
    </message>
    <message>
      <source>This date lies in the future.</source>
      <translation>Deze datum ligt in de toekomst.</translation>
    </message>
    <message>
      <source>The end date lies before the start date.</source>
      <translation>De einddatum ligt voor de begindatum.</translation>
    </message>
    <message>
      <source>Unknown</source>
      <translation>Onbekend</translation>
    </message>
    <message>
      <source>Female</source>
      <translation>Vrouw</translation>
    </message>
    <message>
      <source>Male</source>
      <translation>Man</translation>
    </message>
    <message>
      <source>Other</source>
      <translation>Anders</translation>
    </message>
    <message>
      <source>Website contact form</source>
      <translation>Contactformulier website</translation>
    </message>
    <message>
      <source>Customer contract</source>
      <translation>Klantovereenkomst</translation>
    </message>
    <message>
      <source>Supplier</source>
      <translation>Leverancier</translation>
    </message>
    <message>
      <source>Reference</source>
      <translation>Referentie</translation>
    </message>
    <message>
      <source>Entered by hand</source>
      <translation>Handmatig ingevoerd</translation>
    </message>
    <message>
      <source>Lead</source>
      <translation>Lead</translation>
    </message>
    <message>
      <source>Customer contact</source>
      <translation>Contactpersoon klant</translation>
    </message>
    <message>
      <source>Supplier contact</source>
      <translation>Contactpersoon leverancier</translation>
    </message>
    <message>
      <source>Debtor</source>
      <translation>Debiteur</translation>
    </message>
    <message>
      <source>Not recorded</source>
      <translation>Niet vastgelegd</translation>
    </message>
    <message>
      <source>None</source>
      <translation>Geen</translation>
    </message>
    <message>
      <source>Limited</source>
      <translation>Beperkt</translation>
    </message>
    <message>
      <source>Full</source>
      <translation>Volledig</translation>
    </message>
    <message>
      <source>Dutch</source>
      <translation>Nederlands</translation>
    </message>
    <message>
      <source>English</source>
      <translation>Engels</translation>
    </message>
    <message>
      <source>Legal obligation</source>
      <translation>Wettelijke verplichting</translation>
    </message>
    <message>
      <source>Contract (or steps before one)</source>
      <translation>Overeenkomst (of de aanloop ernaartoe)</translation>
    </message>
    <message>
      <source>Legitimate interest</source>
      <translation>Gerechtvaardigd belang</translation>
    </message>
    <message>
      <source>Consent</source>
      <translation>Toestemming</translation>
    </message>
    <message>
      <source>Access (Art. 15)</source>
      <translation>Inzage (art. 15)</translation>
    </message>
    <message>
      <source>Rectification (Art. 16)</source>
      <translation>Rectificatie (art. 16)</translation>
    </message>
    <message>
      <source>Erasure (Art. 17)</source>
      <translation>Verwijdering (art. 17)</translation>
    </message>
    <message>
      <source>Restriction (Art. 18)</source>
      <translation>Beperking (art. 18)</translation>
    </message>
    <message>
      <source>Objection (Art. 21)</source>
      <translation>Bezwaar (art. 21)</translation>
    </message>
    <message>
      <source>Portability (Art. 20)</source>
      <translation>Overdraagbaarheid (art. 20)</translation>
    </message>
    <message>
      <source>Withdrawal of consent (Art. 7(3))</source>
      <translation>Intrekking toestemming (art. 7 lid 3)</translation>
    </message>
    <message>
      <source>New</source>
      <translation>Nieuw</translation>
    </message>
    <message>
      <source>Waiting for proof of identity</source>
      <translation>Wacht op identiteitsbewijs</translation>
    </message>
    <message>
      <source>In progress</source>
      <translation>In behandeling</translation>
    </message>
    <message>
      <source>Answered</source>
      <translation>Beantwoord</translation>
    </message>
    <message>
      <source>Closed</source>
      <translation>Gesloten</translation>
    </message>
    <message>
      <source>Refused</source>
      <translation>Geweigerd</translation>
    </message>
    <message>
      <source>E-mail</source>
      <translation>E-mail</translation>
    </message>
    <message>
      <source>Post</source>
      <translation>Post</translation>
    </message>
    <message>
      <source>Telephone</source>
      <translation>Telefoon</translation>
    </message>
    <message>
      <source>Website form</source>
      <translation>Websiteformulier</translation>
    </message>
    <message>
      <source>Newsletter</source>
      <translation>Nieuwsbrief</translation>
    </message>
    <message>
      <source>Invitations to events</source>
      <translation>Uitnodigingen evenementen</translation>
    </message>
    <message>
      <source>Reference for other customers</source>
      <translation>Referentie voor andere klanten</translation>
    </message>
    <message>
      <source>Carried out</source>
      <translation>Uitgevoerd</translation>
    </message>
    <message>
      <source>No data held</source>
      <translation>Geen gegevens bekend</translation>
    </message>
    <message>
      <source>The database file is damaged.</source>
      <translation>Het databasebestand is beschadigd.</translation>
    </message>
    <message>
      <source>The audit trail was altered: its chain breaks at event {event}.</source>
      <translation>Het logboek is gewijzigd: de keten breekt bij gebeurtenis {event}.</translation>
    </message>
    <message>
      <source>Enter at least a first or last name.</source>
      <translation>Vul ten minste een voor- of achternaam in.</translation>
    </message>
    <message>
      <source>This breach no longer exists.</source>
      <translation>Dit datalek bestaat niet meer.</translation>
    </message>
    <message>
      <source>Someone changed this breach in another window since you opened it. Your text is still in the form: copy what you need, then reload.</source>
      <translation>Iemand heeft dit datalek in een ander venster gewijzigd sinds u het opende. Uw tekst staat nog in het formulier: kopieer wat u nodig hebt en laad het daarna opnieuw.</translation>
    </message>
    <message>
      <source>Enter when the breach was found.</source>
      <translation>Vul in wanneer het datalek is ontdekt.</translation>
    </message>
    <message>
      <source>Describe what happened.</source>
      <translation>Beschrijf wat er is gebeurd.</translation>
    </message>
    <message>
      <source>The breach cannot have happened after it was found.</source>
      <translation>Het datalek kan niet pas na de ontdekking zijn gebeurd.</translation>
    </message>
    <message>
      <source>Enter a whole number.</source>
      <translation>Vul een heel getal in.</translation>
    </message>
    <message>
      <source>Enter a number of 0 or more.</source>
      <translation>Vul een getal van 0 of meer in.</translation>
    </message>
    <message>
      <source>This number is too large.</source>
      <translation>Dit getal is te groot.</translation>
    </message>
    <message>
      <source>Choose a value from the list.</source>
      <translation>Kies een waarde uit de lijst.</translation>
    </message>
    <message>
      <source>The breach cannot have been reported before it was found.</source>
      <translation>Het datalek kan niet zijn gemeld voordat het was ontdekt.</translation>
    </message>
    <message>
      <source>A report date goes with the decision to report the breach.</source>
      <translation>Een meldingsdatum hoort bij het besluit om het datalek te melden.</translation>
    </message>
    <message>
      <source>The breach was reported more than 72 hours after it was found: write down the reasons for the delay (Art. 33(1)).</source>
      <translation>Het datalek is later dan 72 uur na de ontdekking gemeld: schrijf de redenen voor de vertraging op (art. 33 lid 1).</translation>
    </message>
    <message>
      <source>Write down why the breach is not reported (Art. 33(5)).</source>
      <translation>Schrijf op waarom het datalek niet wordt gemeld (art. 33 lid 5).</translation>
    </message>
    <message>
      <source>This date lies before the breach was found.</source>
      <translation>Deze datum ligt vóór de ontdekking van het datalek.</translation>
    </message>
    <message>
      <source>Decide whether to report the breach before closing it.</source>
      <translation>Besluit of het datalek wordt gemeld voordat u het afsluit.</translation>
    </message>
    <message>
      <source>Enter when the breach was reported before closing it.</source>
      <translation>Vul in wanneer het datalek is gemeld voordat u het afsluit.</translation>
    </message>
    <message>
      <source>Enter when the people were informed, or why not, before closing the breach.</source>
      <translation>Vul in wanneer de betrokkenen zijn ingelicht, of waarom niet, voordat u het datalek afsluit.</translation>
    </message>
    <message>
      <source>This contact no longer exists.</source>
      <translation>Dit contact bestaat niet meer.</translation>
    </message>
    <message>
      <source>Someone changed this contact in another window since you opened it. Your text is still in the form: copy what you need, then reload.</source>
      <translation>Iemand heeft dit contact in een ander venster gewijzigd nadat u het opende. Uw tekst staat nog in het formulier: kopieer wat u nodig hebt en laad het contact opnieuw.</translation>
    </message>
    <message>
      <source>This contact is restricted (Art. 18). Lift the restriction before editing.</source>
      <translation>Dit contact is beperkt (art. 18). Hef de beperking op voordat u het wijzigt.</translation>
    </message>
    <message>
      <source>The note is empty.</source>
      <translation>De notitie is leeg.</translation>
    </message>
    <message>
      <source>This contact is restricted (Art. 18): no new notes.</source>
      <translation>Dit contact is beperkt (art. 18): geen nieuwe notities.</translation>
    </message>
    <message>
      <source>This contact is restricted (Art. 18): notes stay as they are.</source>
      <translation>Dit contact is beperkt (art. 18): notities blijven zoals ze zijn.</translation>
    </message>
    <message>
      <source>Choose or type the purpose.</source>
      <translation>Kies of typ het doel.</translation>
    </message>
    <message>
      <source>Write down how the consent was given (evidence).</source>
      <translation>Schrijf op hoe de toestemming is gegeven (bewijs).</translation>
    </message>
    <message>
      <source>This contact is restricted (Art. 18): no new consents.</source>
      <translation>Dit contact is beperkt (art. 18): geen nieuwe toestemmingen.</translation>
    </message>
    <message>
      <source>This person objected to direct marketing; lift the objection first.</source>
      <translation>Deze persoon heeft bezwaar gemaakt tegen direct marketing; hef eerst het bezwaar op.</translation>
    </message>
    <message>
      <source>This consent no longer exists.</source>
      <translation>Deze toestemming bestaat niet meer.</translation>
    </message>
    <message>
      <source>Withdrawal cannot be before the consent.</source>
      <translation>De intrekking kan niet voor de toestemming liggen.</translation>
    </message>
    <message>
      <source>This consent was already withdrawn.</source>
      <translation>Deze toestemming is al ingetrokken.</translation>
    </message>
    <message>
      <source>The folder for the database does not exist: {path}. Choose an existing folder.</source>
      <translation>De map voor de database bestaat niet: {path}. Kies een bestaande map.</translation>
    </message>
    <message>
      <source>{path} is a folder, not a database file. Choose a file.</source>
      <translation>{path} is een map, geen databasebestand. Kies een bestand.</translation>
    </message>
    <message>
      <source>{path} is not a SOOSR Desk database (it is not an SQLite file). Nothing was changed. Choose another file.</source>
      <translation>{path} is geen SOOSR Desk-database (het is geen SQLite-bestand). Er is niets gewijzigd. Kies een ander bestand.</translation>
    </message>
    <message>
      <source>The database {path} is damaged. Nothing was changed. Restore the latest backup, or ask your IT support for help.</source>
      <translation>De database {path} is beschadigd. Er is niets gewijzigd. Zet de laatste back-up terug, of vraag uw IT-ondersteuning om hulp.</translation>
    </message>
    <message>
      <source>{path} is a database of another program, not of SOOSR Desk. Nothing was changed.</source>
      <translation>{path} is een database van een ander programma, niet van SOOSR Desk. Er is niets gewijzigd.</translation>
    </message>
    <message>
      <source>The database {path} was made by a newer version of SOOSR Desk. Install the newer version to open it; this version will not change it.</source>
      <translation>De database {path} is gemaakt door een nieuwere versie van SOOSR Desk. Installeer die versie om hem te openen; deze versie wijzigt hem niet.</translation>
    </message>
    <message>
      <source>The database {path} is read-only. Make the file writable (file properties) or copy it to a folder where you can write.</source>
      <translation>De database {path} is alleen-lezen. Maak het bestand beschrijfbaar (eigenschappen) of kopieer het naar een map waarin u kunt schrijven.</translation>
    </message>
    <message>
      <source>SOOSR Desk cannot write in the folder of {path}. It needs to create files beside the database. Choose a folder where you can write.</source>
      <translation>SOOSR Desk kan niet schrijven in de map van {path}. Het moet naast de database bestanden aanmaken. Kies een map waarin u kunt schrijven.</translation>
    </message>
    <message>
      <source>There is no SOOSR Desk database at {path}. Nothing was made. Check the path, or add --create to make a new database there.</source>
      <translation>Er is geen SOOSR Desk-database op {path}. Er is niets aangemaakt. Controleer het pad, of voeg --create toe om daar een nieuwe database te maken.</translation>
    </message>
    <message>
      <source>The disk of {path} is full (schijf vol). Nothing was changed. Free up space, then try again.</source>
      <translation>De schijf van {path} is vol. Er is niets gewijzigd. Maak ruimte vrij en probeer het opnieuw.</translation>
    </message>
    <message>
      <source>The database {path} cannot be opened. Check that the file and folder exist and are not in use, then try again.</source>
      <translation>De database {path} kan niet worden geopend. Controleer of bestand en map bestaan en niet in gebruik zijn, en probeer het opnieuw.</translation>
    </message>
    <message>
      <source>The server address {path} cannot be used. Write it as postgresql://user@server:5432/database, without a password: keep the password in the Windows Credential Manager or in a pgpass file (see the README).</source>
      <translation>Het serveradres {path} is niet bruikbaar. Schrijf het als postgresql://gebruiker@server:5432/database, zonder wachtwoord: bewaar het wachtwoord in Windows Referentiebeheer of in een pgpass-bestand (zie de README).</translation>
    </message>
    <message>
      <source>The database server {path} cannot be reached or refused the login. Check the network connection, the address, and the password in the Windows Credential Manager or pgpass file; nothing was changed.</source>
      <translation>De databaseserver {path} is niet bereikbaar of weigert de aanmelding. Controleer de netwerkverbinding, het adres en het wachtwoord in Windows Referentiebeheer of het pgpass-bestand; er is niets gewijzigd.</translation>
    </message>
    <message>
      <source>The office database {path} was made by an older version of SOOSR Desk and must be updated first. Only its owner may do that: ask your administrator to run soosr-desk check --db with the owner's address (see the README). Nothing was changed.</source>
      <translation>De kantoordatabase {path} is gemaakt door een oudere versie van SOOSR Desk en moet eerst worden bijgewerkt. Alleen de eigenaar mag dat doen: vraag uw beheerder soosr-desk check --db uit te voeren met het adres van de eigenaar (zie de README). Er is niets gewijzigd.</translation>
    </message>
    <message>
      <source>The database {path} is on a network drive. SQLite is not safe there: two computers can damage it. Keep the database on this computer's own disk.</source>
      <translation>De database {path} staat op een netwerkschijf. Daar is SQLite niet veilig: twee computers kunnen hem beschadigen. Bewaar de database op de eigen schijf van deze computer.</translation>
    </message>
    <message>
      <source>The database {path} is in a synchronised folder (OneDrive, Dropbox). Synchronisation can copy a half-written file. Keep the database outside such folders.</source>
      <translation>De database {path} staat in een gesynchroniseerde map (OneDrive, Dropbox). Synchronisatie kan een half geschreven bestand kopiëren. Bewaar de database buiten zulke mappen.</translation>
    </message>
    <message>
      <source>An earlier erasure was finished: the erased data is now gone from the file.</source>
      <translation>Een eerdere verwijdering is afgerond: de gewiste gegevens staan nu niet meer in het bestand.</translation>
    </message>
    <message>
      <source>Today's backup was made.</source>
      <translation>De back-up van vandaag is gemaakt.</translation>
    </message>
    <message>
      <source>The disk is full (schijf vol): nothing was saved. Free up space, then save again; what you typed is still here.</source>
      <translation>De schijf is vol: er is niets opgeslagen. Maak ruimte vrij en sla opnieuw op; wat u typte staat er nog.</translation>
    </message>
    <message>
      <source>The database cannot be written to (read-only): nothing was saved. Check the file's properties or ask your IT support; what you typed is still here.</source>
      <translation>Er kan niet in de database worden geschreven (alleen-lezen): er is niets opgeslagen. Controleer de eigenschappen van het bestand of vraag uw IT-ondersteuning; wat u typte staat er nog.</translation>
    </message>
    <message>
      <source>The database is busy in another program: nothing was saved. Wait a moment and save again; what you typed is still here.</source>
      <translation>De database is bezet door een ander programma: er is niets opgeslagen. Wacht even en sla opnieuw op; wat u typte staat er nog.</translation>
    </message>
    <message>
      <source>Writing to the disk failed (schrijffout): nothing was saved. Check the disk or network connection and save again; what you typed is still here.</source>
      <translation>Schrijffout: er is niets opgeslagen. Controleer de schijf of netwerkverbinding en sla opnieuw op; wat u typte staat er nog.</translation>
    </message>
    <message>
      <source>Some fields need attention.</source>
      <translation>Sommige velden vragen aandacht.</translation>
    </message>
    <message>
      <source>The controller needs a name.</source>
      <translation>De verwerkingsverantwoordelijke heeft een naam nodig.</translation>
    </message>
    <message>
      <source>This processing activity no longer exists.</source>
      <translation>Deze verwerkingsactiviteit bestaat niet meer.</translation>
    </message>
    <message>
      <source>Give the activity a name.</source>
      <translation>Geef de activiteit een naam.</translation>
    </message>
    <message>
      <source>Describe the purpose (Art. 30(1)(b)).</source>
      <translation>Beschrijf het doel (art. 30 lid 1 onder b).</translation>
    </message>
    <message>
      <source>A transfer outside the EEA needs a safeguard (e.g. adequacy decision or standard contractual clauses, Art. 44-49).</source>
      <translation>Doorgifte buiten de EER vraagt een waarborg (bijv. adequaatheidsbesluit of modelcontractbepalingen, art. 44-49).</translation>
    </message>
    <message>
      <source>Someone changed this activity in another window since you opened it. Your text is still in the form: copy what you need, then reload.</source>
      <translation>Iemand heeft deze activiteit in een ander venster gewijzigd nadat u haar opende. Uw tekst staat nog in het formulier: kopieer wat u nodig hebt en laad haar opnieuw.</translation>
    </message>
    <message>
      <source>Consents refer to this activity; it cannot be deleted.</source>
      <translation>Er verwijzen toestemmingen naar deze activiteit; ze kan niet worden verwijderd.</translation>
    </message>
    <message>
      <source>Enter a name.</source>
      <translation>Vul een naam in.</translation>
    </message>
    <message>
      <source>No processing activity names this category of recipients: link it to the activity it serves, or remove it (Art. 30(1)(d)).</source>
      <translation>Geen verwerkingsactiviteit noemt deze categorie ontvangers: koppel haar aan de activiteit waarvoor zij dient, of verwijder haar (art. 30 lid 1 onder d).</translation>
    </message>
    <message>
      <source>third party</source>
      <translation>derde</translation>
    </message>
    <message>
      <source>recipients (category)</source>
      <translation>ontvangers (categorie)</translation>
    </message>
    <message>
      <source>Erasure cannot be undone. Add --yes to erase contact {id}.</source>
      <translation>Verwijderen kan niet ongedaan worden gemaakt. Voeg --yes toe om contact {id} te verwijderen.</translation>
    </message>
    <message>
      <source>Erased.</source>
      <translation>Verwijderd.</translation>
    </message>
    <message>
      <source>removed: {what} ({n}): {fields}</source>
      <translation>verwijderd: {what} ({n}): {fields}</translation>
    </message>
    <message>
      <source>kept: {what} ({n}): {why}</source>
      <translation>bewaard: {what} ({n}): {why}</translation>
    </message>
    <message>
      <source>tell (Art. 19): {name} ({kind})</source>
      <translation>inlichten (art. 19 AVG): {name} ({kind})</translation>
    </message>
    <message>
      <source>No request with reference {ref}.</source>
      <translation>Geen verzoek met kenmerk {ref}.</translation>
    </message>
    <message>
      <source>No privacy statement has been published yet: run again with --publish.</source>
      <translation>Er is nog geen privacyverklaring gepubliceerd: voer dit opnieuw uit met --publish.</translation>
    </message>
    <message>
      <source>The register changed after version {version} was published: run with --publish to publish a new version.</source>
      <translation>Het register is gewijzigd na publicatie van versie {version}: voer dit uit met --publish om een nieuwe versie te publiceren.</translation>
    </message>
    <message>
      <source>No decision yet</source>
      <translation>Nog geen besluit</translation>
    </message>
    <message>
      <source>Report to the AP</source>
      <translation>Melden bij de AP</translation>
    </message>
    <message>
      <source>Do not report</source>
      <translation>Niet melden</translation>
    </message>
    <message>
      <source>The 72 hours to report this breach to the Autoriteit Persoonsgegevens ran out on {date} at {time}, and no decision was recorded.</source>
      <translation>De 72 uur om dit datalek bij de Autoriteit Persoonsgegevens te melden zijn verstreken op {date} om {time}, en er is geen besluit vastgelegd.</translation>
    </message>
    <message>
      <source>Decide whether to report this breach: {hours} hours left, the 72 hours run out on {date} at {time}.</source>
      <translation>Beslis of u dit datalek meldt: nog {hours} uur, de 72 uur lopen af op {date} om {time}.</translation>
    </message>
    <message>
      <source>Report this breach to the Autoriteit Persoonsgegevens by {date} at {time} ({hours} hours left).</source>
      <translation>Meld dit datalek bij de Autoriteit Persoonsgegevens vóór {date} om {time} (nog {hours} uur).</translation>
    </message>
    <message>
      <source>This breach is to be reported to the Autoriteit Persoonsgegevens, but the 72 hours ran out on {date} at {time}. Report it now, with the reasons for the delay.</source>
      <translation>Dit datalek moet bij de Autoriteit Persoonsgegevens worden gemeld, maar de 72 uur zijn verstreken op {date} om {time}. Meld het nu, met de redenen voor de vertraging.</translation>
    </message>
    <message>
      <source>This breach was reported after the 72 hours: write down the reasons for the delay (Art. 33(1)).</source>
      <translation>Dit datalek is na de 72 uur gemeld: schrijf de redenen voor de vertraging op (art. 33 lid 1).</translation>
    </message>
    <message>
      <source>Write down why this breach is not reported (Art. 33(5)).</source>
      <translation>Schrijf op waarom dit datalek niet wordt gemeld (art. 33 lid 5).</translation>
    </message>
    <message>
      <source>Record when the people affected were informed, or why not (Art. 34).</source>
      <translation>Leg vast wanneer de betrokkenen zijn ingelicht, of waarom niet (art. 34).</translation>
    </message>
    <message>
      <source>Another program is reading the database; the erased data is still in the write-ahead log. Close other windows and try again.</source>
      <translation>Een ander programma leest de database; de gewiste gegevens staan nog in het write-ahead-logbestand. Sluit andere vensters en probeer het opnieuw.</translation>
    </message>
    <message>
      <source>This contact is under a legal hold: its data is kept until the hold is lifted. Lift the hold first.</source>
      <translation>Voor dit contact geldt een juridische bewaarplicht: de gegevens blijven bewaard tot die is opgeheven. Hef die eerst op.</translation>
    </message>
    <message>
      <source>This contact is not due for erasure yet.</source>
      <translation>Dit contact hoeft nog niet te worden verwijderd.</translation>
    </message>
    <message>
      <source>This contact has already been erased.</source>
      <translation>Dit contact is al verwijderd.</translation>
    </message>
    <message>
      <source>This request no longer exists.</source>
      <translation>Dit verzoek bestaat niet meer.</translation>
    </message>
    <message>
      <source>Kept for the fiscal retention duty (art. 52 AWR) until {until}, then removed.</source>
      <translation>Bewaard voor de fiscale bewaarplicht (art. 52 AWR) tot {until}, daarna verwijderd.</translation>
    </message>
    <message>
      <source>Kept without personal data, as proof that the request was handled.</source>
      <translation>Bewaard zonder persoonsgegevens, als bewijs dat het verzoek is afgehandeld.</translation>
    </message>
    <message>
      <source>An empty record marked as erased, so its number is never reused.</source>
      <translation>Een leeg record dat als verwijderd is gemarkeerd, zodat het nummer nooit opnieuw wordt gebruikt.</translation>
    </message>
    <message>
      <source>The audit trail holds record numbers and field names only.</source>
      <translation>Het auditlogboek bevat alleen recordnummers en veldnamen.</translation>
    </message>
    <message>
      <source>Kept with your name and address: to send you this answer, and as proof that the request was handled.</source>
      <translation>Bewaard met uw naam en adres: om u dit antwoord te sturen, en als bewijs dat het verzoek is afgehandeld.</translation>
    </message>
    <message>
      <source>The removed data can still be in the database server's write-ahead log and in the administrator's backups of the server until {until}; SOOSR Desk no longer shows it.</source>
      <translation>De verwijderde gegevens kunnen tot {until} nog in het transactielogboek (WAL) van de databaseserver en in de back-ups van de server door de beheerder staan; SOOSR Desk toont ze niet meer.</translation>
    </message>
    <message>
      <source>Someone changed this request in another window since you opened it. Your text is still in the form: copy what you need, then reload.</source>
      <translation>Iemand heeft dit verzoek in een ander venster gewijzigd sinds u het opende. Uw tekst staat nog in het formulier: kopieer wat u nodig hebt en laad het daarna opnieuw.</translation>
    </message>
    <message>
      <source>Enter the requester's name.</source>
      <translation>Vul de naam van de verzoeker in.</translation>
    </message>
    <message>
      <source>Enter the date the request came in.</source>
      <translation>Vul de datum in waarop het verzoek binnenkwam.</translation>
    </message>
    <message>
      <source>Identity cannot be verified before the request came in.</source>
      <translation>De identiteit kan niet zijn gecontroleerd voordat het verzoek binnenkwam.</translation>
    </message>
    <message>
      <source>Write down why there is reasonable doubt about who is asking (Art. 12(6)): proof of identity may be asked only then.</source>
      <translation>Schrijf op waarom er gerede twijfel is over wie het verzoek doet (art. 12 lid 6): alleen dan mag om een identiteitsbewijs worden gevraagd.</translation>
    </message>
    <message>
      <source>Write down who verified the identity.</source>
      <translation>Schrijf op wie de identiteit heeft gecontroleerd.</translation>
    </message>
    <message>
      <source>{days} day left to answer (deadline {date}).</source>
      <translation>Nog {days} dag om te antwoorden (termijn {date}).</translation>
    </message>
    <message>
      <source>{days} days left to answer (deadline {date}).</source>
      <translation>Nog {days} dagen om te antwoorden (termijn {date}).</translation>
    </message>
    <message>
      <source>Answered, but {count} recipient still to be told (Art. 19).</source>
      <translation>Beantwoord, maar {count} ontvanger moet nog worden ingelicht (art. 19).</translation>
    </message>
    <message>
      <source>Answered, but {count} recipients still to be told (Art. 19).</source>
      <translation>Beantwoord, maar {count} ontvangers moeten nog worden ingelicht (art. 19).</translation>
    </message>
    <message>
      <source>This request is closed; it can no longer be changed.</source>
      <translation>Dit verzoek is gesloten; het kan niet meer worden gewijzigd.</translation>
    </message>
    <message>
      <source>Link the request to the contact it is about first (or record that no data is held on the requester).</source>
      <translation>Koppel het verzoek eerst aan het contact waarover het gaat (of leg vast dat we geen gegevens van de verzoeker hebben).</translation>
    </message>
    <message>
      <source>This contact is under a legal hold, so the data is not erased. Record the refusal with its Art. 17(3) ground and the reasons on the Handling tab; the answer then says so.</source>
      <translation>Voor dit contact geldt een juridische bewaarplicht, dus de gegevens worden niet gewist. Leg op het tabblad Afhandeling de weigering vast met de grond uit art. 17 lid 3 en de redenen; het antwoord zegt dat dan.</translation>
    </message>
    <message>
      <source>Write down the reasons: the letter gives them to the requester.</source>
      <translation>Schrijf de redenen op: de brief geeft ze aan de verzoeker.</translation>
    </message>
    <message>
      <source>Choose the Art. 17(3) ground on which the data is kept.</source>
      <translation>Kies de grond uit art. 17 lid 3 waarop de gegevens bewaard blijven.</translation>
    </message>
    <message>
      <source>Choose the processing activity the person objects to.</source>
      <translation>Kies de verwerking waartegen de persoon bezwaar maakt.</translation>
    </message>
    <message>
      <source>Write down why more time is needed (complexity or number of requests).</source>
      <translation>Schrijf op waarom meer tijd nodig is (complexiteit of aantal verzoeken).</translation>
    </message>
    <message>
      <source>The deadline was already extended once; it cannot be extended again.</source>
      <translation>De termijn is al eens verlengd; hij kan niet nog een keer worden verlengd.</translation>
    </message>
    <message>
      <source>The first deadline ({date}) has passed: the deadline can only be extended within the first month.</source>
      <translation>De eerste termijn ({date}) is verstreken: de termijn kan alleen binnen de eerste maand worden verlengd.</translation>
    </message>
    <message>
      <source>Nothing was changed: the new values are the same as the old ones.</source>
      <translation>Er is niets gewijzigd: de nieuwe waarden zijn gelijk aan de oude.</translation>
    </message>
    <message>
      <source>This person has no active consent to withdraw.</source>
      <translation>Deze persoon heeft geen actieve toestemming die kan worden ingetrokken.</translation>
    </message>
    <message>
      <source>Give the date the recipient was told, or why telling it was impossible.</source>
      <translation>Vul de datum in waarop de ontvanger is ingelicht, of schrijf op waarom inlichten onmogelijk was.</translation>
    </message>
    <message>
      <source>This recipient is no longer on the list.</source>
      <translation>Deze ontvanger staat niet meer op de lijst.</translation>
    </message>
    <message>
      <source>Extend the deadline first (with the reasons).</source>
      <translation>Verleng eerst de termijn (met de redenen).</translation>
    </message>
    <message>
      <source>Write down the reasons for the refusal first.</source>
      <translation>Schrijf eerst de redenen voor de weigering op.</translation>
    </message>
    <message>
      <source>Write down why there is reasonable doubt about who is asking (Art. 12(6)) first: proof of identity may be asked only then.</source>
      <translation>Schrijf eerst op waarom er gerede twijfel is over wie het verzoek doet (art. 12 lid 6): alleen dan mag om een identiteitsbewijs worden gevraagd.</translation>
    </message>
    <message>
      <source>This letter was already marked sent.</source>
      <translation>Deze brief staat al als verstuurd.</translation>
    </message>
    <message>
      <source>There is no postal address for the requester: enter street and city on the Request tab, or send the letter by e-mail.</source>
      <translation>Er is geen postadres van de verzoeker: vul straat en plaats in op het tabblad Verzoek, of stuur de brief per e-mail.</translation>
    </message>
    <message>
      <source>There is no e-mail address for the requester: enter it on the Request tab, or send the letter by post.</source>
      <translation>Er is geen e-mailadres van de verzoeker: vul het in op het tabblad Verzoek, of stuur de brief per post.</translation>
    </message>
    <message>
      <source>This letter was sent; it stays with the request.</source>
      <translation>Deze brief is verstuurd; hij blijft bij het verzoek.</translation>
    </message>
    <message>
      <source>The request has no e-mail address of the requester; send the letter by post or fill in the address first.</source>
      <translation>Bij het verzoek staat geen e-mailadres van de verzoeker; stuur de brief per post of vul eerst het adres in.</translation>
    </message>
    <message>
      <source>This letter no longer exists.</source>
      <translation>Deze brief bestaat niet meer.</translation>
    </message>
    <message>
      <source>Write down why the request is manifestly unfounded or excessive.</source>
      <translation>Schrijf op waarom het verzoek kennelijk ongegrond of buitensporig is.</translation>
    </message>
    <message>
      <source>Send the answer letter before closing the request.</source>
      <translation>Verstuur de antwoordbrief voordat u het verzoek sluit.</translation>
    </message>
    <message>
      <source>Tell every recipient of the change first (Art. 19), or write down why that is impossible: {names}.</source>
      <translation>Licht eerst elke ontvanger in over de wijziging (art. 19), of schrijf op waarom dat onmogelijk is: {names}.</translation>
    </message>
    <message>
      <source>The deadline to answer passed on {date}.</source>
      <translation>De termijn om te antwoorden is verstreken op {date}.</translation>
    </message>
    <message>
      <source>Extended, but no extension letter was marked sent by {date}: the requester must be told within the first month (Art. 12(3)).</source>
      <translation>Verlengd, maar er staat geen verlengingsbrief als verstuurd op of voor {date}: de verzoeker moet het binnen de eerste maand horen (art. 12 lid 3).</translation>
    </message>
    <message>
      <source>Financial records kept for the fiscal duty have passed their seven years ({date}).</source>
      <translation>De zeven jaar voor financiële gegevens die voor de fiscale bewaarplicht zijn bewaard, zijn verstreken ({date}).</translation>
    </message>
    <message>
      <source>1 contact is due for erasure.</source>
      <translation>1 contact moet worden verwijderd.</translation>
    </message>
    <message>
      <source>{count} contacts are due for erasure.</source>
      <translation>{count} contacten moeten worden verwijderd.</translation>
    </message>
    <message>
      <source>Financial records of {count} contact have passed their seven years and are due for destruction.</source>
      <translation>Financiële gegevens van {count} contact zijn hun zeven jaar voorbij en moeten worden vernietigd.</translation>
    </message>
    <message>
      <source>Financial records of {count} contacts have passed their seven years and are due for destruction.</source>
      <translation>Financiële gegevens van {count} contacten zijn hun zeven jaar voorbij en moeten worden vernietigd.</translation>
    </message>
    <message>
      <source>The privacy statement cannot be published: {party} receives personal data outside the EEA ({country}) without a recorded safeguard (Art. 44-46). Record the safeguard first.</source>
      <translation>De privacyverklaring kan niet worden gepubliceerd: {party} ontvangt persoonsgegevens buiten de EER ({country}) zonder vastgelegde waarborg (art. 44-46). Leg eerst de waarborg vast.</translation>
    </message>
    <message>
      <source>Privacy statement version {version} does not exist.</source>
      <translation>Versie {version} van de privacyverklaring bestaat niet.</translation>
    </message>
    <message>
      <source>No privacy statement has been published from the register yet.</source>
      <translation>Er is nog geen privacyverklaring uit het register gepubliceerd.</translation>
    </message>
    <message>
      <source>The register changed after privacy statement version {version} was published ({date}); publish a new version.</source>
      <translation>Het register is gewijzigd na publicatie van versie {version} van de privacyverklaring ({date}); publiceer een nieuwe versie.</translation>
    </message>
    <message>
      <source>Processor</source>
      <translation>Verwerker</translation>
    </message>
    <message>
      <source>Independent controller</source>
      <translation>Zelfstandig verwerkingsverantwoordelijke</translation>
    </message>
    <message>
      <source>Joint controller</source>
      <translation>Gezamenlijk verwerkingsverantwoordelijke</translation>
    </message>
    <message>
      <source>Public authority</source>
      <translation>Overheidsinstantie</translation>
    </message>
    <message>
      <source>Draft</source>
      <translation>Concept</translation>
    </message>
    <message>
      <source>Signed</source>
      <translation>Getekend</translation>
    </message>
    <message>
      <source>Expired</source>
      <translation>Verlopen</translation>
    </message>
    <message>
      <source>Terminated</source>
      <translation>Beëindigd</translation>
    </message>
    <message>
      <source>Someone changed this record in another window since you opened it. Your text is still in the form: copy what you need, then reload.</source>
      <translation>Iemand heeft dit record in een ander venster gewijzigd sinds u het opende. Uw tekst staat nog in het formulier: kopieer wat u nodig hebt en laad het daarna opnieuw.</translation>
    </message>
    <message>
      <source>This third party no longer exists.</source>
      <translation>Deze derde bestaat niet meer.</translation>
    </message>
    <message>
      <source>Enter the organisation's name.</source>
      <translation>Vul de naam van de organisatie in.</translation>
    </message>
    <message>
      <source>Enter the country as a two-letter code, e.g. NL, DE or US.</source>
      <translation>Vul het land in als code van twee letters, bijv. NL, DE of US.</translation>
    </message>
    <message>
      <source>This third party has processor agreements, which are kept as proof. Untick 'Active' instead of deleting it.</source>
      <translation>Deze derde heeft verwerkersovereenkomsten, die als bewijs worden bewaard. Vink 'Actief' uit in plaats van de derde te verwijderen.</translation>
    </message>
    <message>
      <source>Requests record that this third party was told of a change; it cannot be deleted. Untick 'Active' instead.</source>
      <translation>In verzoeken is vastgelegd dat deze derde over een wijziging is ingelicht; daarom kan de derde niet worden verwijderd. Vink in plaats daarvan 'Actief' uit.</translation>
    </message>
    <message>
      <source>This processor agreement no longer exists.</source>
      <translation>Deze verwerkersovereenkomst bestaat niet meer.</translation>
    </message>
    <message>
      <source>Enter the date the agreement was signed.</source>
      <translation>Vul de datum in waarop de overeenkomst is getekend.</translation>
    </message>
    <message>
      <source>The agreement cannot expire before it was signed.</source>
      <translation>De overeenkomst kan niet verlopen voordat ze is getekend.</translation>
    </message>
    <message>
      <source>Save the third party first.</source>
      <translation>Sla eerst de derde op.</translation>
    </message>
    <message>
      <source>The copy of the signed agreement is missing from the documents folder ({folder}). Attach the signed document again.</source>
      <translation>De kopie van de getekende overeenkomst ontbreekt in de documentenmap ({folder}). Voeg het getekende document opnieuw toe.</translation>
    </message>
    <message>
      <source>The copy of the signed agreement is missing from the office database on the server. Attach the signed document again.</source>
      <translation>De kopie van de getekende overeenkomst ontbreekt in de kantoordatabase op de server. Voeg het getekende document opnieuw toe.</translation>
    </message>
    <message>
      <source>The document could not be read and kept in the office database: {error}</source>
      <translation>Het document kon niet worden gelezen en in de kantoordatabase worden bewaard: {error}</translation>
    </message>
    <message>
      <source>The e-mail could not be kept in the office database: {error}</source>
      <translation>De e-mail kon niet worden bewaard in de kantoordatabase: {error}</translation>
    </message>
    <message>
      <source>The kept e-mail is missing from the office database or was changed after it was kept (its checksum differs).</source>
      <translation>De bewaarde e-mail ontbreekt in de kantoordatabase of is gewijzigd nadat hij werd bewaard (de controlesom klopt niet).</translation>
    </message>
    <message>
      <source>The copy of the signed agreement was changed after it was attached (its checksum differs). Attach the signed document again.</source>
      <translation>De kopie van de getekende overeenkomst is gewijzigd nadat ze is toegevoegd (de controlesom klopt niet meer). Voeg het getekende document opnieuw toe.</translation>
    </message>
    <message>
      <source>{name} is a shortcut to another file. Choose the signed document itself, not a shortcut to it.</source>
      <translation>{name} is een snelkoppeling naar een ander bestand. Kies het getekende document zelf, niet een snelkoppeling ernaar.</translation>
    </message>
    <message>
      <source>The file {name} no longer exists at the place it was chosen from. Check that the drive is connected, or choose the file again.</source>
      <translation>Het bestand {name} staat niet meer op de plek waar het is gekozen. Controleer of de schijf is aangesloten, of kies het bestand opnieuw.</translation>
    </message>
    <message>
      <source>This file is larger than 200 MB; attach a scan or PDF of the signed agreement instead.</source>
      <translation>Dit bestand is groter dan 200 MB; voeg in plaats daarvan een scan of pdf van de getekende overeenkomst toe.</translation>
    </message>
    <message>
      <source>This file is empty; choose the signed document.</source>
      <translation>Dit bestand is leeg; kies het getekende document.</translation>
    </message>
    <message>
      <source>The file changed while it was being copied. Try again.</source>
      <translation>Het bestand is gewijzigd tijdens het kopiëren. Probeer het opnieuw.</translation>
    </message>
    <message>
      <source>The document could not be copied into the documents folder ({folder}): {error}</source>
      <translation>Het document kon niet naar de documentenmap ({folder}) worden gekopieerd: {error}</translation>
    </message>
    <message>
      <source>No signed document is attached to this agreement yet.</source>
      <translation>Aan deze overeenkomst is nog geen getekend document toegevoegd.</translation>
    </message>
    <message>
      <source>Receives data in a country outside the EEA ({country}) without a recorded safeguard (Art. 44-46).</source>
      <translation>Ontvangt gegevens in een land buiten de EER ({country}) zonder vastgelegde waarborg (art. 44-46).</translation>
    </message>
    <message>
      <source>A processor without a processor agreement (Art. 28).</source>
      <translation>Een verwerker zonder verwerkersovereenkomst (art. 28).</translation>
    </message>
    <message>
      <source>The signed agreement's document is not attached.</source>
      <translation>Het document van de getekende overeenkomst is niet toegevoegd.</translation>
    </message>
    <message>
      <source>Not needed</source>
      <translation>Niet nodig</translation>
    </message>
    <message>
      <source>Missing</source>
      <translation>Ontbreekt</translation>
    </message>
    <message>
      <source>Complete</source>
      <translation>Volledig</translation>
    </message>
    <message>
      <source>Signed, checklist incomplete</source>
      <translation>Getekend, checklist onvolledig</translation>
    </message>
    <message>
      <source>No backups yet.</source>
      <translation>Nog geen back-ups.</translation>
    </message>
    <message>
      <source>There is no database at {path}.</source>
      <translation>Er is geen database op {path}.</translation>
    </message>
    <message>
      <source>A restore replaces the current data. Add --yes to restore {name}.</source>
      <translation>Terugzetten vervangt de huidige gegevens. Voeg --yes toe om {name} terug te zetten.</translation>
    </message>
    <message>
      <source>There is no file at {path}.</source>
      <translation>Er is geen bestand op {path}.</translation>
    </message>
    <message>
      <source>The previous file was kept as {name}.</source>
      <translation>Het vorige bestand is bewaard als {name}.</translation>
    </message>
    <message>
      <source>The data as it was is kept in the backup {name}.</source>
      <translation>De gegevens zoals ze waren, zijn bewaard in de back-up {name}.</translation>
    </message>
    <message>
      <source>The backup could not be written. Check that the disk has free space and that you can write in {folder}, then try again. The database itself was not changed.</source>
      <translation>De back-up kon niet worden geschreven. Controleer of de schijf vrije ruimte heeft en of u in {folder} mag schrijven, en probeer het opnieuw. De database zelf is niet gewijzigd.</translation>
    </message>
    <message>
      <source>The backup could not be made: another program kept the database busy. Nothing was changed. SOOSR Desk tries again at the next start; you can also make one now under File &gt; Backups.</source>
      <translation>De back-up kon niet worden gemaakt: een ander programma hield de database bezet. Er is niets veranderd. SOOSR Desk probeert het opnieuw bij de volgende start; u kunt er ook nu een maken via Bestand &gt; Back-ups.</translation>
    </message>
    <message>
      <source>The backup just made did not pass its check and was removed. Try again; if it fails again, the database itself may be damaged: run the check (soosr-desk check) or ask your IT support.</source>
      <translation>De zojuist gemaakte back-up kwam niet door de controle en is verwijderd. Probeer het opnieuw; mislukt het weer, dan kan de database zelf beschadigd zijn: voer de controle uit (soosr-desk check) of vraag uw IT-ondersteuning.</translation>
    </message>
    <message>
      <source>{name} already exists. Choose a new file name: an existing file is never overwritten.</source>
      <translation>{name} bestaat al. Kies een nieuwe bestandsnaam: een bestaand bestand wordt nooit overschreven.</translation>
    </message>
    <message>
      <source>{name} is not a SOOSR Desk backup. Nothing was changed. Choose another file.</source>
      <translation>{name} is geen back-up van SOOSR Desk. Er is niets gewijzigd. Kies een ander bestand.</translation>
    </message>
    <message>
      <source>The backup {name} is damaged and cannot be restored. Nothing was changed. Choose an older backup.</source>
      <translation>De back-up {name} is beschadigd en kan niet worden teruggezet. Er is niets gewijzigd. Kies een oudere back-up.</translation>
    </message>
    <message>
      <source>The backup {name} was made by a newer version of SOOSR Desk. Install the newer version to restore it. Nothing was changed.</source>
      <translation>De back-up {name} is gemaakt door een nieuwere versie van SOOSR Desk. Installeer die nieuwere versie om hem terug te zetten. Er is niets gewijzigd.</translation>
    </message>
    <message>
      <source>The backup could not be put in place. Check that the disk has free space and that you can write in {folder}, then try again. The current database was not changed.</source>
      <translation>De back-up kon niet worden teruggezet. Controleer of de schijf vrije ruimte heeft en of u in {folder} mag schrijven, en probeer het opnieuw. De huidige database is niet gewijzigd.</translation>
    </message>
    <message>
      <source>The backup was not put back: save or discard your changes first.</source>
      <translation>De back-up is niet teruggezet: sla uw wijzigingen eerst op of verwerp ze.</translation>
    </message>
    <message>
      <source>The disk is full (schijf vol). Nothing was written: free up space and try again.</source>
      <translation>De schijf is vol. Er is niets weggeschreven: maak ruimte vrij en probeer het opnieuw.</translation>
    </message>
    <message>
      <source>The disk or folder is read-only. Nothing was written: choose a folder where you can write.</source>
      <translation>De schijf of map is alleen-lezen. Er is niets weggeschreven: kies een map waarin u kunt schrijven.</translation>
    </message>
    <message>
      <source>No permission to write there. Nothing was written: choose a folder where you can write.</source>
      <translation>U mag daar niet schrijven. Er is niets weggeschreven: kies een map waarin u kunt schrijven.</translation>
    </message>
    <message>
      <source>That is a folder, not a file. Nothing was written: give a file name.</source>
      <translation>Dat is een map, geen bestand. Er is niets weggeschreven: geef een bestandsnaam op.</translation>
    </message>
    <message>
      <source>The folder does not exist. Nothing was written: check the path.</source>
      <translation>De map bestaat niet. Er is niets weggeschreven: controleer het pad.</translation>
    </message>
    <message>
      <source>The file could not be written or read ({reason}). Nothing was written.</source>
      <translation>Het bestand kon niet worden geschreven of gelezen ({reason}). Er is niets weggeschreven.</translation>
    </message>
    <message>
      <source>The output was cut off: the program reading it stopped.</source>
      <translation>De uitvoer is afgebroken: het programma dat hem las, is gestopt.</translation>
    </message>
    <message>
      <source>the command {command} needs --db FILE</source>
      <translation>de opdracht {command} heeft --db BESTAND nodig</translation>
    </message>
    <message>
      <source>Nothing is due for erasure.</source>
      <translation>Er hoeft niets verwijderd te worden.</translation>
    </message>
    <message>
      <source>No.</source>
      <translation>Nr.</translation>
    </message>
    <message>
      <source>Name</source>
      <translation>Naam</translation>
    </message>
    <message>
      <source>Reason</source>
      <translation>Reden</translation>
    </message>
    <message>
      <source>Due since</source>
      <translation>Te verwijderen sinds</translation>
    </message>
    <message>
      <source>There is no purpose {purpose}. Choose one of: {purposes}</source>
      <translation>Het doel {purpose} bestaat niet. Kies een van: {purposes}</translation>
    </message>
    <message>
      <source>{n} people may receive this mailing; list written to {path}</source>
      <translation>{n} personen mogen deze mailing ontvangen; lijst opgeslagen in {path}</translation>
    </message>
    <message>
      <source>website form, 2 years</source>
      <translation>websiteformulier, 2 jaar</translation>
    </message>
    <message>
      <source>contract ended, 3 years</source>
      <translation>contract beëindigd, 3 jaar</translation>
    </message>
    <message>
      <source>financial records, 7 years</source>
      <translation>financiële gegevens, 7 jaar</translation>
    </message>
    <message>
      <source>legal hold</source>
      <translation>juridische bewaarplicht</translation>
    </message>
    <message>
      <source>Breaches</source>
      <translation>Datalekken</translation>
    </message>
    <message>
      <source>Contacts</source>
      <translation>Contacten</translation>
    </message>
    <message>
      <source>Database</source>
      <translation>Database</translation>
    </message>
    <message>
      <source>Register</source>
      <translation>Register</translation>
    </message>
    <message>
      <source>Requests</source>
      <translation>Verzoeken</translation>
    </message>
    <message>
      <source>Due for erasure</source>
      <translation>Te verwijderen</translation>
    </message>
    <message>
      <source>Third parties &amp; agreements</source>
      <translation>Derden &amp; overeenkomsten</translation>
    </message>
    <message>
      <source>contact person</source>
      <translation>contactpersoon</translation>
    </message>
    <message>
      <source>notes</source>
      <translation>notities</translation>
    </message>
    <message>
      <source>consents</source>
      <translation>toestemmingen</translation>
    </message>
    <message>
      <source>requests</source>
      <translation>verzoeken</translation>
    </message>
    <message>
      <source>changes to requests</source>
      <translation>wijzigingen in verzoeken</translation>
    </message>
    <message>
      <source>letters on requests</source>
      <translation>brieven bij verzoeken</translation>
    </message>
    <message>
      <source>financial records</source>
      <translation>financiële gegevens</translation>
    </message>
    <message>
      <source>audit trail</source>
      <translation>logboek</translation>
    </message>
    <message>
      <source>the database server's log and backups</source>
      <translation>het logboek en de back-ups van de databaseserver</translation>
    </message>
    <message>
      <source>first name</source>
      <translation>voornaam</translation>
    </message>
    <message>
      <source>last name</source>
      <translation>achternaam</translation>
    </message>
    <message>
      <source>gender</source>
      <translation>geslacht</translation>
    </message>
    <message>
      <source>job title</source>
      <translation>functie</translation>
    </message>
    <message>
      <source>company</source>
      <translation>bedrijf</translation>
    </message>
    <message>
      <source>street</source>
      <translation>straat</translation>
    </message>
    <message>
      <source>postcode</source>
      <translation>postcode</translation>
    </message>
    <message>
      <source>city</source>
      <translation>plaats</translation>
    </message>
    <message>
      <source>country</source>
      <translation>land</translation>
    </message>
    <message>
      <source>telephone</source>
      <translation>telefoon</translation>
    </message>
    <message>
      <source>e-mail</source>
      <translation>e-mail</translation>
    </message>
    <message>
      <source>signing authority</source>
      <translation>tekenbevoegdheid</translation>
    </message>
    <message>
      <source>location</source>
      <translation>standplaats</translation>
    </message>
    <message>
      <source>source</source>
      <translation>herkomst</translation>
    </message>
    <message>
      <source>relation</source>
      <translation>relatie</translation>
    </message>
    <message>
      <source>language</source>
      <translation>taal</translation>
    </message>
    <message>
      <source>last contact</source>
      <translation>laatste contact</translation>
    </message>
    <message>
      <source>date received</source>
      <translation>datum ontvangen</translation>
    </message>
    <message>
      <source>restriction</source>
      <translation>beperking</translation>
    </message>
    <message>
      <source>restricted since</source>
      <translation>beperkt sinds</translation>
    </message>
    <message>
      <source>reason for restriction</source>
      <translation>reden van beperking</translation>
    </message>
    <message>
      <source>objection to direct marketing</source>
      <translation>bezwaar tegen direct marketing</translation>
    </message>
    <message>
      <source>objected on</source>
      <translation>bezwaar gemaakt op</translation>
    </message>
    <message>
      <source>reason for legal hold</source>
      <translation>reden van de juridische bewaarplicht</translation>
    </message>
    <message>
      <source>legal hold since</source>
      <translation>juridische bewaarplicht sinds</translation>
    </message>
    <message>
      <source>sort name</source>
      <translation>sorteernaam</translation>
    </message>
    <message>
      <source>search text</source>
      <translation>zoektekst</translation>
    </message>
    <message>
      <source>erased mark</source>
      <translation>markering verwijderd</translation>
    </message>
    <message>
      <source>erasure date</source>
      <translation>verwijderdatum</translation>
    </message>
    <message>
      <source>number</source>
      <translation>nummer</translation>
    </message>
    <message>
      <source>author</source>
      <translation>auteur</translation>
    </message>
    <message>
      <source>date of the note</source>
      <translation>datum van de notitie</translation>
    </message>
    <message>
      <source>text</source>
      <translation>tekst</translation>
    </message>
    <message>
      <source>processing activity</source>
      <translation>verwerkingsactiviteit</translation>
    </message>
    <message>
      <source>evidence</source>
      <translation>bewijs</translation>
    </message>
    <message>
      <source>given on</source>
      <translation>gegeven op</translation>
    </message>
    <message>
      <source>purpose</source>
      <translation>doel</translation>
    </message>
    <message>
      <source>evidence of withdrawal</source>
      <translation>bewijs van intrekking</translation>
    </message>
    <message>
      <source>withdrawn on</source>
      <translation>ingetrokken op</translation>
    </message>
    <message>
      <source>description</source>
      <translation>omschrijving</translation>
    </message>
    <message>
      <source>requester's name</source>
      <translation>naam van de verzoeker</translation>
    </message>
    <message>
      <source>requester's e-mail</source>
      <translation>e-mail van de verzoeker</translation>
    </message>
    <message>
      <source>requester's telephone</source>
      <translation>telefoon van de verzoeker</translation>
    </message>
    <message>
      <source>requester's street</source>
      <translation>straat van de verzoeker</translation>
    </message>
    <message>
      <source>requester's postcode</source>
      <translation>postcode van de verzoeker</translation>
    </message>
    <message>
      <source>requester's city</source>
      <translation>plaats van de verzoeker</translation>
    </message>
    <message>
      <source>requester's country</source>
      <translation>land van de verzoeker</translation>
    </message>
    <message>
      <source>note on the outcome</source>
      <translation>toelichting op de uitkomst</translation>
    </message>
    <message>
      <source>reason for extension</source>
      <translation>reden van verlenging</translation>
    </message>
    <message>
      <source>reason for refusal</source>
      <translation>reden van weigering</translation>
    </message>
    <message>
      <source>channel</source>
      <translation>kanaal</translation>
    </message>
    <message>
      <source>deadline</source>
      <translation>termijn</translation>
    </message>
    <message>
      <source>kind</source>
      <translation>soort</translation>
    </message>
    <message>
      <source>outcome</source>
      <translation>uitkomst</translation>
    </message>
    <message>
      <source>reference</source>
      <translation>kenmerk</translation>
    </message>
    <message>
      <source>answered on</source>
      <translation>beantwoord op</translation>
    </message>
    <message>
      <source>status</source>
      <translation>status</translation>
    </message>
    <message>
      <source>new value</source>
      <translation>nieuwe waarde</translation>
    </message>
    <message>
      <source>old value</source>
      <translation>oude waarde</translation>
    </message>
    <message>
      <source>changed on</source>
      <translation>gewijzigd op</translation>
    </message>
    <message>
      <source>field name</source>
      <translation>veldnaam</translation>
    </message>
    <message>
      <source>attachment</source>
      <translation>bijlage</translation>
    </message>
    <message>
      <source>letter (PDF)</source>
      <translation>brief (pdf)</translation>
    </message>
    <message>
      <source>created on</source>
      <translation>gemaakt op</translation>
    </message>
    <message>
      <source>sent on</source>
      <translation>verzonden op</translation>
    </message>
    <message>
      <source>amount</source>
      <translation>bedrag</translation>
    </message>
    <message>
      <source>billed to</source>
      <translation>gefactureerd aan</translation>
    </message>
    <message>
      <source>invoice number</source>
      <translation>factuurnummer</translation>
    </message>
    <message>
      <source>date</source>
      <translation>datum</translation>
    </message>
    <message>
      <source>action</source>
      <translation>handeling</translation>
    </message>
    <message>
      <source>record number</source>
      <translation>recordnummer</translation>
    </message>
    <message>
      <source>field names</source>
      <translation>veldnamen</translation>
    </message>
    <message>
      <source>same e-mail address</source>
      <translation>zelfde e-mailadres</translation>
    </message>
    <message>
      <source>same name and postcode</source>
      <translation>zelfde naam en postcode</translation>
    </message>
    <message>
      <source>This contact is restricted (Art. 18). Lift the restriction before merging.</source>
      <translation>Deze contactpersoon is beperkt (art. 18). Hef de beperking op voordat u samenvoegt.</translation>
    </message>
    <message>
      <source>A contact cannot be merged with itself.</source>
      <translation>Een contactpersoon kan niet met zichzelf worden samengevoegd.</translation>
    </message>
    <message>
      <source>{contacts} contacts, {companies} companies, {notes} notes, {consents} consents in {seconds} s</source>
      <translation>{contacts} contacten, {companies} bedrijven, {notes} notities, {consents} toestemmingen in {seconds} s</translation>
    </message>
    <message>
      <source>cut off: {sheet}, row {row}, column {column}</source>
      <translation>afgekapt: {sheet}, rij {row}, kolom {column}</translation>
    </message>
    <message>
      <source>added</source>
      <translation>toegevoegd</translation>
    </message>
    <message>
      <source>updated</source>
      <translation>bijgewerkt</translation>
    </message>
    <message>
      <source>skipped</source>
      <translation>overgeslagen</translation>
    </message>
    <message>
      <source>row</source>
      <translation>rij</translation>
    </message>
    <message>
      <source>Write the date as YYYY-MM-DD.</source>
      <translation>Schrijf de datum als JJJJ-MM-DD.</translation>
    </message>
    <message>
      <source>The kind of request is not clear from the e-mail (words for: {kinds}). Give it with --kind.</source>
      <translation>Uit de e-mail blijkt niet duidelijk om welk soort verzoek het gaat (woorden voor: {kinds}). Geef het op met --kind.</translation>
    </message>
    <message>
      <source>The e-mail has no date. Give the date it was received with --received YYYY-MM-DD.</source>
      <translation>De e-mail heeft geen datum. Geef de ontvangstdatum op met --received JJJJ-MM-DD.</translation>
    </message>
    <message>
      <source>{ref}: answer due ({kind})</source>
      <translation>{ref}: uiterste datum antwoord ({kind})</translation>
    </message>
    <message>
      <source>{ref}: send the extension letter</source>
      <translation>{ref}: verlengingsbrief versturen</translation>
    </message>
    <message>
      <source>{ref}: report the breach to the AP (72 hours)</source>
      <translation>{ref}: datalek melden bij de AP (72 uur)</translation>
    </message>
    <message>
      <source>SOOSR Desk deadlines</source>
      <translation>SOOSR Desk termijnen</translation>
    </message>
    <message>
      <source>This import cannot be undone: {count} of its contacts was changed since (or linked to a request, a note or a consent).</source>
      <translation>Deze import kan niet ongedaan worden gemaakt: {count} van de contacten is sindsdien gewijzigd (of gekoppeld aan een verzoek, notitie of toestemming).</translation>
    </message>
    <message>
      <source>This import cannot be undone: {count} of its contacts were changed since (or linked to a request, a note or a consent).</source>
      <translation>Deze import kan niet ongedaan worden gemaakt: {count} van de contacten zijn sindsdien gewijzigd (of gekoppeld aan een verzoek, notitie of toestemming).</translation>
    </message>
    <message>
      <source>This import was undone already.</source>
      <translation>Deze import is al ongedaan gemaakt.</translation>
    </message>
    <message>
      <source>This import no longer exists.</source>
      <translation>Deze import bestaat niet meer.</translation>
    </message>
    <message>
      <source>A number that looks like a BSN was refused; this cell is left empty.</source>
      <translation>Een nummer dat op een BSN lijkt is geweigerd; deze cel blijft leeg.</translation>
    </message>
    <message>
      <source>Country not recognised; this cell is left empty.</source>
      <translation>Land niet herkend; deze cel blijft leeg.</translation>
    </message>
    <message>
      <source>No name in this row.</source>
      <translation>Deze rij heeft geen naam.</translation>
    </message>
    <message>
      <source>The same e-mail address is on an earlier row of this file.</source>
      <translation>Hetzelfde e-mailadres staat al op een eerdere rij van dit bestand.</translation>
    </message>
    <message>
      <source>A contact with this e-mail address exists already.</source>
      <translation>Er is al een contact met dit e-mailadres.</translation>
    </message>
    <message>
      <source>A contact with this e-mail address exists and is restricted (Art. 18); it is not changed.</source>
      <translation>Er is een contact met dit e-mailadres en de verwerking is beperkt (art. 18); het wordt niet gewijzigd.</translation>
    </message>
    <message>
      <source>Several contacts have this e-mail address; update them by hand.</source>
      <translation>Meerdere contacten hebben dit e-mailadres; werk ze met de hand bij.</translation>
    </message>
    <message>
      <source>(not imported)</source>
      <translation>(niet importeren)</translation>
    </message>
    <message>
      <source>Full name</source>
      <translation>Volledige naam</translation>
    </message>
    <message>
      <source>First name</source>
      <translation>Voornaam</translation>
    </message>
    <message>
      <source>Middle name / prefix</source>
      <translation>Tussenvoegsel</translation>
    </message>
    <message>
      <source>Last name</source>
      <translation>Achternaam</translation>
    </message>
    <message>
      <source>Company</source>
      <translation>Bedrijf</translation>
    </message>
    <message>
      <source>Job title</source>
      <translation>Functie</translation>
    </message>
    <message>
      <source>Phone</source>
      <translation>Telefoon</translation>
    </message>
    <message>
      <source>Street</source>
      <translation>Straat</translation>
    </message>
    <message>
      <source>Postcode</source>
      <translation>Postcode</translation>
    </message>
    <message>
      <source>City</source>
      <translation>Plaats</translation>
    </message>
    <message>
      <source>Country</source>
      <translation>Land</translation>
    </message>
    <message>
      <source>Location</source>
      <translation>Standplaats</translation>
    </message>
    <message>
      <source>The file {name} cannot be read: {why}</source>
      <translation>Het bestand {name} kan niet worden gelezen: {why}</translation>
    </message>
    <message>
      <source>no columns</source>
      <translation>geen kolommen</translation>
    </message>
    <message>
      <source>the file is empty</source>
      <translation>het bestand is leeg</translation>
    </message>
    <message>
      <source>this is not a text file</source>
      <translation>dit is geen tekstbestand</translation>
    </message>
    <message>
      <source>The file {name} holds no vCard (BEGIN:VCARD).</source>
      <translation>Het bestand {name} bevat geen vCard (BEGIN:VCARD).</translation>
    </message>
    <message>
      <source>The file {name} is not an e-mail the program can read (.eml or .msg).</source>
      <translation>Het bestand {name} is geen e-mail die het programma kan lezen (.eml of .msg).</translation>
    </message>
    <message>
      <source>The e-mail has no date: enter the date the request was received.</source>
      <translation>De e-mail heeft geen datum: vul de datum in waarop het verzoek binnenkwam.</translation>
    </message>
    <message>
      <source>The e-mail could not be kept in the documents folder ({folder}): {error}</source>
      <translation>De e-mail kon niet worden bewaard in de documentenmap ({folder}): {error}</translation>
    </message>
    <message>
      <source>Import contacts</source>
      <translation>Contacten importeren</translation>
    </message>
    <message>
      <source>%1 added, %2 updated, %3 skipped.</source>
      <translation>%1 toegevoegd, %2 bijgewerkt, %3 overgeslagen.</translation>
    </message>
    <message>
      <source>Row</source>
      <translation>Rij</translation>
    </message>
    <message>
      <source>Undo this import</source>
      <translation>Deze import ongedaan maken</translation>
    </message>
    <message>
      <source>Undo import</source>
      <translation>Import ongedaan maken</translation>
    </message>
    <message>
      <source>There is no import to undo.</source>
      <translation>Er is geen import om ongedaan te maken.</translation>
    </message>
    <message>
      <source>Remove the contacts this import added and put back what it updated?</source>
      <translation>De contacten die deze import toevoegde verwijderen en wat hij bijwerkte terugzetten?</translation>
    </message>
    <message>
      <source>The import was undone: %1 contact removed.</source>
      <translation>De import is ongedaan gemaakt: %1 contact verwijderd.</translation>
    </message>
    <message>
      <source>The import was undone: %1 contacts removed.</source>
      <translation>De import is ongedaan gemaakt: %1 contacten verwijderd.</translation>
    </message>
    <message>
      <source>Request from e-mail</source>
      <translation>Verzoek uit e-mail</translation>
    </message>
    <message>
      <source>E-mail (*.eml *.msg)</source>
      <translation>E-mail (*.eml *.msg)</translation>
    </message>
    <message>
      <source>Calendar file</source>
      <translation>Agenda-bestand</translation>
    </message>
    <message>
      <source>iCalendar file (*.ics)</source>
      <translation>Agenda-bestand (*.ics)</translation>
    </message>
    <message>
      <source>%1 deadline written. Open the file in Outlook to add it to a calendar; it holds references and kinds only, no personal data.</source>
      <translation>%1 termijn opgeslagen. Open het bestand in Outlook om hem aan een agenda toe te voegen; het bevat alleen kenmerken en soorten, geen persoonsgegevens.</translation>
    </message>
    <message>
      <source>%1 deadlines written. Open the file in Outlook to add them to a calendar; it holds references and kinds only, no personal data.</source>
      <translation>%1 termijnen opgeslagen. Open het bestand in Outlook om ze aan een agenda toe te voegen; het bevat alleen kenmerken en soorten, geen persoonsgegevens.</translation>
    </message>
    <message>
      <source>No e-mail is kept with this request.</source>
      <translation>Bij dit verzoek is geen e-mail bewaard.</translation>
    </message>
    <message>
      <source>The kept e-mail is missing from the documents folder or was changed after it was kept (its checksum differs).</source>
      <translation>De bewaarde e-mail ontbreekt in de documentenmap of is gewijzigd nadat hij werd bewaard (de controlesom klopt niet).</translation>
    </message>
    <message>
      <source>E-mail letter</source>
      <translation>Brief e-mailen</translation>
    </message>
    <message>
      <source>No mail program opened the draft. It is saved as %1.</source>
      <translation>Geen e-mailprogramma heeft het concept geopend. Het is opgeslagen als %1.</translation>
    </message>
    <message>
      <source>The e-mail opened in your mail program. Did you send it?</source>
      <translation>De e-mail is geopend in uw e-mailprogramma. Hebt u hem verstuurd?</translation>
    </message>
    <message>
      <source>No change needed (with reasons)</source>
      <translation>Geen wijziging nodig (met redenen)</translation>
    </message>
    <message>
      <source>Erasure refused under Art. 17(3) (with ground and reasons)</source>
      <translation>Wissing geweigerd op grond van art. 17 lid 3 (met grond en redenen)</translation>
    </message>
    <message>
      <source>Restriction not applied (with reasons)</source>
      <translation>Beperking niet toegepast (met redenen)</translation>
    </message>
    <message>
      <source>Objection upheld: processing stops for the activity</source>
      <translation>Bezwaar gegrond: de verwerking stopt voor deze persoon</translation>
    </message>
    <message>
      <source>Objection denied: compelling grounds (with reasons)</source>
      <translation>Bezwaar afgewezen: dwingende gronden (met redenen)</translation>
    </message>
    <message>
      <source>Art. 17(3)(b): a legal duty to keep the data</source>
      <translation>Art. 17 lid 3 onder b: een wettelijke plicht om de gegevens te bewaren</translation>
    </message>
    <message>
      <source>Art. 17(3)(e): needed for legal claims</source>
      <translation>Art. 17 lid 3 onder e: nodig voor een rechtsvordering</translation>
    </message>
    <message>
      <source>Erase the person first, or record why the erasure is refused (Art. 17(3)).</source>
      <translation>Wis eerst de persoon, of leg vast waarom de wissing wordt geweigerd (art. 17 lid 3).</translation>
    </message>
    <message>
      <source>Apply the corrections first, or record with reasons that no change is needed.</source>
      <translation>Voer eerst de correcties door, of leg met redenen vast dat geen wijziging nodig is.</translation>
    </message>
    <message>
      <source>Restrict the processing first, or record with reasons why it is not restricted.</source>
      <translation>Beperk eerst de verwerking, of leg met redenen vast waarom die niet wordt beperkt.</translation>
    </message>
    <message>
      <source>Record the objection to direct marketing, or decide the objection to the activity with reasons, first.</source>
      <translation>Leg eerst het bezwaar tegen direct marketing vast, of beslis met redenen over het bezwaar tegen de verwerking.</translation>
    </message>
    <message>
      <source>Withdraw the consent first.</source>
      <translation>Trek eerst de toestemming in.</translation>
    </message>
    <message>
      <source>The audit trail is shorter than it was: {missing} event at its end was removed (the program last saw {known} events).</source>
      <translation>Het auditlogboek is korter dan het was: aan het eind is {missing} gebeurtenis verwijderd (het programma zag er het laatst {known}).</translation>
    </message>
    <message>
      <source>The audit trail is shorter than it was: {missing} events at its end were removed (the program last saw {known} events).</source>
      <translation>Het auditlogboek is korter dan het was: aan het eind zijn {missing} gebeurtenissen verwijderd (het programma zag er het laatst {known}).</translation>
    </message>
    <message>
      <source>The audit trail was rewritten: event {position} is no longer the one the program last saw there.</source>
      <translation>Het auditlogboek is herschreven: gebeurtenis {position} is niet meer de gebeurtenis die het programma daar het laatst zag.</translation>
    </message>
    <message>
      <source>The audit trail differs from the one in backup {name}: its first {events} events were changed since.</source>
      <translation>Het auditlogboek wijkt af van dat in back-up {name}: de eerste {events} gebeurtenissen zijn sindsdien gewijzigd.</translation>
    </message>
    <message>
      <source>This database holds real contacts (it has no demo stamp). Demo data was not added: use a new database for the demo (--create with a new file name).</source>
      <translation>Deze database bevat echte contactpersonen (hij heeft geen demostempel). Er zijn geen demogegevens toegevoegd: gebruik een nieuwe database voor de demo (--create met een nieuwe bestandsnaam).</translation>
    </message>
    <message>
      <source>1 erasure made after this backup was applied again.</source>
      <translation>1 wissing van na deze back-up is opnieuw toegepast.</translation>
    </message>
    <message>
      <source>{n} erasures made after this backup were applied again.</source>
      <translation>{n} wissingen van na deze back-up zijn opnieuw toegepast.</translation>
    </message>
    <message>
      <source>1 objection to direct marketing made after this backup was applied again.</source>
      <translation>1 bezwaar tegen direct marketing van na deze back-up is opnieuw toegepast.</translation>
    </message>
    <message>
      <source>{n} objections to direct marketing made after this backup were applied again.</source>
      <translation>{n} bezwaren tegen direct marketing van na deze back-up zijn opnieuw toegepast.</translation>
    </message>
    <message>
      <source>1 consent withdrawal made after this backup was applied again.</source>
      <translation>1 ingetrokken toestemming van na deze back-up is opnieuw toegepast.</translation>
    </message>
    <message>
      <source>{n} consent withdrawals made after this backup were applied again.</source>
      <translation>{n} ingetrokken toestemmingen van na deze back-up zijn opnieuw toegepast.</translation>
    </message>
    <message>
      <source>No erasures, objections or withdrawals were made after this backup.</source>
      <translation>Na deze back-up zijn er geen wissingen, bezwaren of intrekkingen geweest.</translation>
    </message>
    <message>
      <source>The current database could not be read, so erasures, objections and withdrawals made after this backup could not be applied again. Check the latest ones by hand.</source>
      <translation>De huidige database kon niet worden gelezen. Wissingen, bezwaren en intrekkingen van na deze back-up konden daarom niet opnieuw worden toegepast. Controleer de laatste met de hand.</translation>
    </message>
    <message>
      <source>{name} is the database (or one of its own files). Nothing was written: choose another file name.</source>
      <translation>{name} is de database (of een van haar eigen bestanden). Er is niets weggeschreven: kies een andere bestandsnaam.</translation>
    </message>
    <message>
      <source>{name} is inside SOOSR Desk's own backup or documents folder. Nothing was written: choose another folder.</source>
      <translation>{name} staat in de eigen back-up- of documentenmap van SOOSR Desk. Er is niets weggeschreven: kies een andere map.</translation>
    </message>
    <message>
      <source>{name} already exists. Nothing was written: choose another name, or add --force to replace it.</source>
      <translation>{name} bestaat al. Er is niets weggeschreven: kies een andere naam, of voeg --force toe om het te vervangen.</translation>
    </message>
    <message>
      <source>{name} is a folder. Give a file name, for example {example}.</source>
      <translation>{name} is een map. Geef een bestandsnaam op, bijvoorbeeld {example}.</translation>
    </message>
    <message>
      <source>The folder {folder} does not exist. Nothing was written: create it first.</source>
      <translation>De map {folder} bestaat niet. Er is niets weggeschreven: maak de map eerst aan.</translation>
    </message>
    <message>
      <source>{name} is not a folder. Nothing was written: give a folder.</source>
      <translation>{name} is geen map. Er is niets weggeschreven: geef een map op.</translation>
    </message>
    <message>
      <source>This text contains a number that looks like a citizen service number (BSN): {number}. SOOSR may not store citizen service numbers (Art. 46 UAVG), so remove it before saving.</source>
      <translation>Deze tekst bevat een nummer dat op een burgerservicenummer (BSN) lijkt: {number}. SOOSR mag geen burgerservicenummers vastleggen (art. 46 UAVG): haal het nummer weg voordat u opslaat.</translation>
    </message>
    <message>
      <source>This note may contain health data ({terms}). Health data is a special category (Art. 9 GDPR) that SOOSR has no ground to record: leave it out, or write only what the work needs, such as "absent until 1 March".</source>
      <translation>Deze notitie bevat mogelijk gezondheidsgegevens ({terms}). Gezondheidsgegevens zijn bijzondere persoonsgegevens (art. 9 AVG) die SOOSR niet mag vastleggen: laat ze weg, of schrijf alleen wat voor het werk nodig is, zoals "afwezig tot 1 maart".</translation>
    </message>
    <message>
      <source>what happened</source>
      <translation>wat er is gebeurd</translation>
    </message>
    <message>
      <source>the data concerned</source>
      <translation>om welke gegevens het gaat</translation>
    </message>
    <message>
      <source>the likely consequences</source>
      <translation>de waarschijnlijke gevolgen</translation>
    </message>
    <message>
      <source>the measures taken</source>
      <translation>de genomen maatregelen</translation>
    </message>
    <message>
      <source>The letter to the people concerned needs {parts} (Art. 34(2)). Fill them in on the breach first.</source>
      <translation>De brief aan de betrokkenen heeft nodig: {parts} (art. 34 lid 2). Vul die eerst in bij het datalek.</translation>
    </message>
    <message>
      <source>Sub-processor {number}: enter its name.</source>
      <translation>Subverwerker {number}: vul de naam in.</translation>
    </message>
    <message>
      <source>Sub-processor {number}: enter the country as a two-letter code, e.g. NL or US.</source>
      <translation>Subverwerker {number}: vul het land in als code van twee letters, bijvoorbeeld NL of US.</translation>
    </message>
    <message>
      <source>Sub-processor {name} processes data outside the EEA ({country}) without a recorded safeguard (Art. 44-46).</source>
      <translation>Subverwerker {name} verwerkt gegevens buiten de EER ({country}) zonder vastgelegde waarborg (art. 44-46).</translation>
    </message>
    <message>
      <source>Sub-processor {name} has no recorded prior authorisation (Art. 28(2)).</source>
      <translation>Voor subverwerker {name} is geen voorafgaande toestemming vastgelegd (art. 28 lid 2).</translation>
    </message>
    <message>
      <source>--to must be a postgresql:// address.</source>
      <translation>--to moet een postgresql://-adres zijn.</translation>
    </message>
    <message>
      <source>--from must be a database file when --to is a server.</source>
      <translation>--from moet een databasebestand zijn als --to een server is.</translation>
    </message>
    <message>
      <source>Rows</source>
      <translation>Rijen</translation>
    </message>
    <message>
      <source>Moved {rows} rows in {tables} tables; the audit trail is unbroken.</source>
      <translation>{rows} rijen in {tables} tabellen overgezet; het auditlogboek is ongeschonden.</translation>
    </message>
    <message>
      <source>{count} documents copied to {folder}.</source>
      <translation>{count} documenten gekopieerd naar {folder}.</translation>
    </message>
    <message>
      <source>Copied {rows} rows in {tables} tables to {path}; the audit trail is unbroken.</source>
      <translation>{rows} rijen in {tables} tabellen gekopieerd naar {path}; het auditlogboek is ongebroken.</translation>
    </message>
    <message>
      <source>{path} holds no SOOSR Desk data: there is nothing to move.</source>
      <translation>{path} bevat geen gegevens van SOOSR Desk: er is niets over te zetten.</translation>
    </message>
    <message>
      <source>The server database {target} is not empty. Move into a new, empty database: nothing was changed.</source>
      <translation>De serverdatabase {target} is niet leeg. Zet over naar een nieuwe, lege database: er is niets gewijzigd.</translation>
    </message>
    <message>
      <source>The copy on the server did not hold the same number of rows as the file ({table}); nothing was written to the server.</source>
      <translation>De kopie op de server had niet evenveel rijen als het bestand ({table}); er is niets naar de server geschreven.</translation>
    </message>
    <message>
      <source>The audit trail of {path} is broken (event {event}); nothing was written to the server. Restore a backup of the file first.</source>
      <translation>Het auditlogboek van {path} is geschonden (gebeurtenis {event}); er is niets naar de server geschreven. Zet eerst een back-up van het bestand terug.</translation>
    </message>
    <message>
      <source>{path} already exists. Choose a new file name: an existing file is never overwritten.</source>
      <translation>{path} bestaat al. Kies een nieuwe bestandsnaam: een bestaand bestand wordt nooit overschreven.</translation>
    </message>
    <message>
      <source>The folder of {path} does not exist. Nothing was written.</source>
      <translation>De map van {path} bestaat niet. Er is niets geschreven.</translation>
    </message>
    <message>
      <source>The file did not hold the same number of rows as the server database ({table}); it was removed.</source>
      <translation>Het bestand bevatte niet hetzelfde aantal rijen als de serverdatabase ({table}); het is verwijderd.</translation>
    </message>
    <message>
      <source>The audit trail of the server database is broken (event {event}); no file was written. Ask your administrator to restore a backup of the server.</source>
      <translation>Het auditlogboek van de serverdatabase is verbroken (gebeurtenis {event}); er is geen bestand geschreven. Vraag uw beheerder een back-up van de server terug te zetten.</translation>
    </message>
    <message>
      <source>{path} could not be written. Check that the disk has free space and that you can write there; nothing was left behind.</source>
      <translation>{path} kon niet worden geschreven. Controleer of de schijf vrije ruimte heeft en of u daar mag schrijven; er is niets achtergebleven.</translation>
    </message>
    <message>
      <source>A restore replaces all data of the office database, so only its owner may do it: use the owner's address (see the README). Nothing was changed.</source>
      <translation>Terugzetten vervangt alle gegevens van de kantoordatabase; daarom mag alleen de eigenaar dat doen: gebruik het adres van de eigenaar (zie de README). Er is niets gewijzigd.</translation>
    </message>
    <message>
      <source>The backup {name} was made by another version of SOOSR Desk (schema {version}). Restore it with pg_restore into a new database and open that with the owner's address (see the README). Nothing was changed.</source>
      <translation>De back-up {name} is gemaakt door een andere versie van SOOSR Desk (schema {version}). Zet hem met pg_restore terug in een nieuwe database en open die met het adres van de eigenaar (zie de README). Er is niets gewijzigd.</translation>
    </message>
    <message>
      <source>The PostgreSQL tool pg_restore was not found, so the backup {name} cannot be read. Install the PostgreSQL client tools. Nothing was changed.</source>
      <translation>Het PostgreSQL-programma pg_restore is niet gevonden, dus de back-up {name} kan niet worden gelezen. Installeer de PostgreSQL-clientprogramma's. Er is niets gewijzigd.</translation>
    </message>
    <message>
      <source>Connected: this is an office register of SOOSR Desk.</source>
      <translation>Verbonden: dit is een kantoorregister van SOOSR Desk.</translation>
    </message>
    <message>
      <source>Connected: the database is empty. At the next start SOOSR Desk makes the office register there.</source>
      <translation>Verbonden: de database is leeg. Bij de volgende start maakt SOOSR Desk daar het kantoorregister.</translation>
    </message>
    <message>
      <source>Connected, but this database holds another program's tables. Choose another database; nothing was changed.</source>
      <translation>Verbonden, maar in deze database staan tabellen van een ander programma. Kies een andere database; er is niets veranderd.</translation>
    </message>
    <message>
      <source>Connected, but a newer version of SOOSR Desk made this register. Install the newer version first.</source>
      <translation>Verbonden, maar dit register is gemaakt door een nieuwere versie van SOOSR Desk. Installeer eerst die nieuwere versie.</translation>
    </message>
    <message>
      <source>No connection: the server cannot be reached or refused the login. Check the address, the user name, the password and the TLS setting.</source>
      <translation>Geen verbinding: de server is niet bereikbaar of weigert de aanmelding. Controleer het adres, de gebruikersnaam, het wachtwoord en de TLS-instelling.</translation>
    </message>
    <message>
      <source>The password could not be kept in the Windows Credential Manager (no keyring on this computer). Use a pgpass file instead (see the README).</source>
      <translation>Het wachtwoord kon niet worden bewaard in Windows Referentiebeheer (deze computer heeft geen sleutelhanger). Gebruik in plaats daarvan een pgpass-bestand (zie de README).</translation>
    </message>
    <message>
      <source>Fill this in.</source>
      <translation>Vul dit in.</translation>
    </message>
    <message>
      <source>A port is a number from 1 to 65535.</source>
      <translation>Een poort is een getal van 1 tot en met 65535.</translation>
    </message>
    <message>
      <source>Choose require or verify-full.</source>
      <translation>Kies require of verify-full.</translation>
    </message>
    <message>
      <source>{who} saved it meanwhile on computer {computer}, on {when:%d/%m/%Y at %H:%M}.</source>
      <translation>{who} heeft het intussen opgeslagen op computer {computer}, op {when:%d-%m-%Y om %H:%M}.</translation>
    </message>
    <message>
      <source>{who} saved it meanwhile, on {when:%d/%m/%Y at %H:%M}.</source>
      <translation>{who} heeft het intussen opgeslagen, op {when:%d-%m-%Y om %H:%M}.</translation>
    </message>
    <message>
      <source>It was saved meanwhile, on {when:%d/%m/%Y at %H:%M}.</source>
      <translation>Het is intussen opgeslagen, op {when:%d-%m-%Y om %H:%M}.</translation>
    </message>
    <message>
      <source>{count} letter without an e-mail address of the requester: no draft.</source>
      <translation>{count} brief zonder e-mailadres van de verzoeker: geen concept-e-mail.</translation>
    </message>
    <message>
      <source>{count} letters without an e-mail address of the requester: no draft.</source>
      <translation>{count} brieven zonder e-mailadres van de verzoeker: geen concept-e-mail.</translation>
    </message>
    <message>
      <source>%1 cell held more text than Excel allows; it ends in “[afgekapt]”. The cover sheet lists it.</source>
      <translation>%1 cel bevatte meer tekst dan Excel toestaat; die eindigt op “[afgekapt]”. Het voorblad noemt hem.</translation>
    </message>
    <message>
      <source>%1 cells held more text than Excel allows; they end in “[afgekapt]”. The cover sheet lists them.</source>
      <translation>%1 cellen bevatten meer tekst dan Excel toestaat; die eindigen op “[afgekapt]”. Het voorblad noemt ze.</translation>
    </message>
  </context>
  <context>
    <name>ActivityEditor</name>
    <message>
      <source>Name</source>
      <translation>Naam</translation>
    </message>
    <message>
      <source>Name (English)</source>
      <translation>Naam (Engels)</translation>
    </message>
    <message>
      <source>Purpose</source>
      <translation>Doel</translation>
    </message>
    <message>
      <source>Purpose (English)</source>
      <translation>Doel (Engels)</translation>
    </message>
    <message>
      <source>Legal basis</source>
      <translation>Grondslag</translation>
    </message>
    <message>
      <source>Consent as well</source>
      <translation>Ook toestemming</translation>
    </message>
    <message>
      <source>Also consent, for the people this basis does not cover (e.g. the newsletter for non-customers)</source>
      <translation>Ook toestemming, voor wie deze grondslag niet geldt (bijvoorbeeld de nieuwsbrief voor niet-klanten)</translation>
    </message>
    <message>
      <source>Legitimate interest</source>
      <translation>Gerechtvaardigd belang</translation>
    </message>
    <message>
      <source>Legitimate interest (English)</source>
      <translation>Gerechtvaardigd belang (Engels)</translation>
    </message>
    <message>
      <source>Owner</source>
      <translation>Eigenaar</translation>
    </message>
    <message>
      <source>Reviewed today</source>
      <translation>Vandaag gecontroleerd</translation>
    </message>
    <message>
      <source>Last reviewed</source>
      <translation>Laatst gecontroleerd</translation>
    </message>
    <message>
      <source>General</source>
      <translation>Algemeen</translation>
    </message>
    <message>
      <source>Categories of data subjects</source>
      <translation>Categorieën betrokkenen</translation>
    </message>
    <message>
      <source>Categories of personal data</source>
      <translation>Categorieën persoonsgegevens</translation>
    </message>
    <message>
      <source>Add category…</source>
      <translation>Categorie toevoegen…</translation>
    </message>
    <message>
      <source>Data and people</source>
      <translation>Gegevens en betrokkenen</translation>
    </message>
    <message>
      <source>Recipients (categories)</source>
      <translation>Ontvangers (categorieën)</translation>
    </message>
    <message>
      <source>Transfer outside the EEA</source>
      <translation>Doorgifte buiten de EER</translation>
    </message>
    <message>
      <source>Yes, data goes to a country outside the EEA</source>
      <translation>Ja, gegevens gaan naar een land buiten de EER</translation>
    </message>
    <message>
      <source>Safeguard</source>
      <translation>Waarborg</translation>
    </message>
    <message>
      <source>From the third parties</source>
      <translation>Volgens de derden</translation>
    </message>
    <message>
      <source>Joint controllers (Art. 26)</source>
      <translation>Gezamenlijk verwerkingsverantwoordelijken (art. 26)</translation>
    </message>
    <message>
      <source>Who, and the essence of the arrangement; empty: none</source>
      <translation>Wie, en de kern van de afspraken; leeg: geen</translation>
    </message>
    <message>
      <source>Recipients</source>
      <translation>Ontvangers</translation>
    </message>
    <message>
      <source>Retention rule</source>
      <translation>Bewaartermijn</translation>
    </message>
    <message>
      <source>Retention note</source>
      <translation>Toelichting bewaren</translation>
    </message>
    <message>
      <source>Retention note (English)</source>
      <translation>Toelichting bewaartermijn (Engels)</translation>
    </message>
    <message>
      <source>Security measures</source>
      <translation>Beveiligingsmaatregelen</translation>
    </message>
    <message>
      <source>Source of the data</source>
      <translation>Bron van de gegevens</translation>
    </message>
    <message>
      <source>Source of the data (English)</source>
      <translation>Herkomst van de gegevens (Engels)</translation>
    </message>
    <message>
      <source>Automated decisions</source>
      <translation>Geautomatiseerde besluiten</translation>
    </message>
    <message>
      <source>Yes, including profiling (Art. 22)</source>
      <translation>Ja, inclusief profilering (art. 22)</translation>
    </message>
    <message>
      <source>Logic and consequences</source>
      <translation>Logica en gevolgen</translation>
    </message>
    <message>
      <source>Retention and security</source>
      <translation>Bewaren en beveiliging</translation>
    </message>
    <message>
      <source>Add category</source>
      <translation>Categorie toevoegen</translation>
    </message>
    <message>
      <source>(none)</source>
      <translation>(geen)</translation>
    </message>
    <message>
      <source>no safeguard recorded</source>
      <translation>geen waarborg vastgelegd</translation>
    </message>
    <message>
      <source>No linked third party outside the EEA.</source>
      <translation>Geen gekoppelde derde buiten de EER.</translation>
    </message>
    <message>
      <source>New processing activity</source>
      <translation>Nieuwe verwerkingsactiviteit</translation>
    </message>
    <message>
      <source>Processing activity saved.</source>
      <translation>Verwerkingsactiviteit opgeslagen.</translation>
    </message>
  </context>
  <context>
    <name>AgreementEditor</name>
    <message>
      <source>Title</source>
      <translation>Titel</translation>
    </message>
    <message>
      <source>Status</source>
      <translation>Status</translation>
    </message>
    <message>
      <source>Signed on</source>
      <translation>Getekend op</translation>
    </message>
    <message>
      <source>Review on</source>
      <translation>Herzien op</translation>
    </message>
    <message>
      <source>Expires on</source>
      <translation>Verloopt op</translation>
    </message>
    <message>
      <source>Sub-processors</source>
      <translation>Subverwerkers</translation>
    </message>
    <message>
      <source>Notes</source>
      <translation>Notities</translation>
    </message>
    <message>
      <source>Attach signed document…</source>
      <translation>Getekend document toevoegen…</translation>
    </message>
    <message>
      <source>Open</source>
      <translation>Openen</translation>
    </message>
    <message>
      <source>Signed document</source>
      <translation>Getekend document</translation>
    </message>
    <message>
      <source>Agreement</source>
      <translation>Overeenkomst</translation>
    </message>
    <message>
      <source>Tick each point the signed agreement covers; a note can say where (article or annex). The agreement is complete only when it is signed and every point is ticked.</source>
      <translation>Vink elk punt aan dat de getekende overeenkomst regelt; in een notitie kunt u zetten waar (artikel of bijlage). De overeenkomst is pas volledig als ze getekend is en elk punt is aangevinkt.</translation>
    </message>
    <message>
      <source>Art. 28(3) checklist</source>
      <translation>Checklist art. 28 lid 3</translation>
    </message>
    <message>
      <source>Notes on sub-processors</source>
      <translation>Opmerkingen over subverwerkers</translation>
    </message>
    <message>
      <source>Save agreement</source>
      <translation>Overeenkomst opslaan</translation>
    </message>
    <message>
      <source>Processor agreement</source>
      <translation>Verwerkersovereenkomst</translation>
    </message>
    <message>
      <source>Processor agreement saved.</source>
      <translation>Verwerkersovereenkomst opgeslagen.</translation>
    </message>
    <message>
      <source>No signed document attached yet.</source>
      <translation>Nog geen getekend document toegevoegd.</translation>
    </message>
    <message>
      <source>the copy is intact</source>
      <translation>de kopie is ongewijzigd</translation>
    </message>
    <message>
      <source>the copy is MISSING</source>
      <translation>de kopie ONTBREEKT</translation>
    </message>
    <message>
      <source>the copy was CHANGED</source>
      <translation>de kopie is GEWIJZIGD</translation>
    </message>
    <message>
      <source>Signed processor agreement</source>
      <translation>Getekende verwerkersovereenkomst</translation>
    </message>
    <message>
      <source>Documents (*.pdf *.docx *.doc *.odt *.jpg *.png *.tif *.tiff);;All files (*)</source>
      <translation>Documenten (*.pdf *.docx *.doc *.odt *.jpg *.png *.tif *.tiff);;Alle bestanden (*)</translation>
    </message>
    <message>
      <source>Signed document attached and copied.</source>
      <translation>Getekend document toegevoegd en gekopieerd.</translation>
    </message>
  </context>
  <context>
    <name>BackupsDialog</name>
    <message>
      <source>Backups</source>
      <translation>Back-ups</translation>
    </message>
    <message>
      <source>SOOSR Desk makes a backup once a day when it starts, and keeps the backups of the last 7 days and of 4 weeks before those. Older backups are deleted, so erased data disappears from them too.</source>
      <translation>SOOSR Desk maakt eenmaal per dag bij het starten een back-up en bewaart de back-ups van de laatste 7 dagen en van 4 weken daarvoor. Oudere back-ups worden verwijderd, zodat gewiste gegevens ook daaruit verdwijnen.</translation>
    </message>
    <message>
      <source>Date</source>
      <translation>Datum</translation>
    </message>
    <message>
      <source>Size</source>
      <translation>Grootte</translation>
    </message>
    <message>
      <source>Note</source>
      <translation>Opmerking</translation>
    </message>
    <message>
      <source>There are no backups yet.</source>
      <translation>Er zijn nog geen back-ups.</translation>
    </message>
    <message>
      <source>Make a backup</source>
      <translation>Back-up maken</translation>
    </message>
    <message>
      <source>Restore…</source>
      <translation>Terugzetten…</translation>
    </message>
    <message>
      <source>Dated in the future: the computer's clock was wrong</source>
      <translation>Gedateerd in de toekomst: de klok van de computer stond verkeerd</translation>
    </message>
    <message>
      <source>Restore backup</source>
      <translation>Back-up terugzetten</translation>
    </message>
    <message>
      <source>The current data will be replaced by the backup of %1. Everything entered after that backup will no longer be in SOOSR Desk.

The current database file is kept aside, not deleted.

Restore this backup?</source>
      <translation>De huidige gegevens worden vervangen door de back-up van %1. Alles wat na die back-up is ingevoerd, staat daarna niet meer in SOOSR Desk.

Het huidige databasebestand wordt apart bewaard, niet verwijderd.

Deze back-up terugzetten?</translation>
    </message>
    <message>
      <source>The backup was put back.</source>
      <translation>De back-up is teruggezet.</translation>
    </message>
    <message>
      <source>The previous file was kept as %1.</source>
      <translation>Het vorige bestand is bewaard als %1.</translation>
    </message>
  </context>
  <context>
    <name>BatchPage</name>
    <message>
      <source>Where the data came from</source>
      <translation>Waar de gegevens vandaan komen</translation>
    </message>
    <message>
      <source>The privacy law asks you to record where personal data came from and when (Art. 14 AVG). This applies to every contact in this import.</source>
      <translation>De privacywet vraagt vast te leggen waar persoonsgegevens vandaan komen en wanneer (art. 14 AVG). Dit geldt voor elk contact in deze import.</translation>
    </message>
    <message>
      <source>Source:</source>
      <translation>Bron:</translation>
    </message>
    <message>
      <source>Relation:</source>
      <translation>Relatie:</translation>
    </message>
    <message>
      <source>Data received on:</source>
      <translation>Gegevens ontvangen op:</translation>
    </message>
  </context>
  <context>
    <name>BreachClock</name>
    <message>
      <source>deadline passed</source>
      <translation>termijn verstreken</translation>
    </message>
    <message>
      <source>%1 min left</source>
      <translation>nog %1 min</translation>
    </message>
    <message>
      <source>%1 h left</source>
      <translation>nog %1 u</translation>
    </message>
  </context>
  <context>
    <name>BreachEditor</name>
    <message>
      <source>What happened</source>
      <translation>Wat er is gebeurd</translation>
    </message>
    <message>
      <source>Found on</source>
      <translation>Ontdekt op</translation>
    </message>
    <message>
      <source>Happened on (if known)</source>
      <translation>Gebeurd op (indien bekend)</translation>
    </message>
    <message>
      <source>Likely consequences</source>
      <translation>Waarschijnlijke gevolgen</translation>
    </message>
    <message>
      <source>Measures taken</source>
      <translation>Genomen maatregelen</translation>
    </message>
    <message>
      <source>Data and people</source>
      <translation>Gegevens en betrokkenen</translation>
    </message>
    <message>
      <source>Kinds of personal data</source>
      <translation>Soorten persoonsgegevens</translation>
    </message>
    <message>
      <source>Groups of people affected</source>
      <translation>Groepen betrokkenen</translation>
    </message>
    <message>
      <source>Number of people</source>
      <translation>Aantal betrokkenen</translation>
    </message>
    <message>
      <source>unknown</source>
      <translation>onbekend</translation>
    </message>
    <message>
      <source>Number of records</source>
      <translation>Aantal records</translation>
    </message>
    <message>
      <source>Reporting</source>
      <translation>Melding</translation>
    </message>
    <message>
      <source>Report to the AP?</source>
      <translation>Melden bij de AP?</translation>
    </message>
    <message>
      <source>Now</source>
      <translation>Nu</translation>
    </message>
    <message>
      <source>Reported to the AP on</source>
      <translation>Gemeld bij de AP op</translation>
    </message>
    <message>
      <source>Reasons for reporting after 72 hours</source>
      <translation>Redenen voor melding na 72 uur</translation>
    </message>
    <message>
      <source>Why not reported</source>
      <translation>Waarom niet gemeld</translation>
    </message>
    <message>
      <source>Today</source>
      <translation>Vandaag</translation>
    </message>
    <message>
      <source>People informed on</source>
      <translation>Betrokkenen ingelicht op</translation>
    </message>
    <message>
      <source>Why people not informed</source>
      <translation>Waarom betrokkenen niet ingelicht</translation>
    </message>
    <message>
      <source>Dutch</source>
      <translation>Nederlands</translation>
    </message>
    <message>
      <source>English</source>
      <translation>Engels</translation>
    </message>
    <message>
      <source>Letter to the people concerned (Art. 34)…</source>
      <translation>Brief aan de betrokkenen (art. 34)…</translation>
    </message>
    <message>
      <source>Letter</source>
      <translation>Brief</translation>
    </message>
    <message>
      <source>Closed on</source>
      <translation>Afgesloten op</translation>
    </message>
    <message>
      <source>Letter to the people concerned</source>
      <translation>Brief aan de betrokkenen</translation>
    </message>
    <message>
      <source>Save the breach first.</source>
      <translation>Sla het datalek eerst op.</translation>
    </message>
    <message>
      <source>PDF file (*.pdf)</source>
      <translation>PDF-bestand (*.pdf)</translation>
    </message>
    <message>
      <source>Letter saved. Enter the date the people were informed once the letters have gone out.</source>
      <translation>Brief opgeslagen. Vul de datum in waarop de betrokkenen zijn ingelicht zodra de brieven weg zijn.</translation>
    </message>
    <message>
      <source>the data can be misused: identity fraud, money lost, damage to a reputation, discrimination;</source>
      <translation>de gegevens kunnen misbruikt worden: identiteitsfraude, geldverlies, schade aan de goede naam, discriminatie;</translation>
    </message>
    <message>
      <source>sensitive data: health, BSN, copies of ID, financial data, passwords;</source>
      <translation>gevoelige gegevens: gezondheid, BSN, kopieën van identiteitsbewijzen, financiële gegevens, wachtwoorden;</translation>
    </message>
    <message>
      <source>many people, or vulnerable people such as children;</source>
      <translation>veel mensen, of kwetsbare mensen zoals kinderen;</translation>
    </message>
    <message>
      <source>the data is readable: not encrypted, not retrieved or wiped in time.</source>
      <translation>de gegevens zijn leesbaar: niet versleuteld, niet op tijd teruggehaald of gewist.</translation>
    </message>
    <message>
      <source>Report to the Autoriteit Persoonsgegevens within 72 hours of finding the breach (Art. 33 GDPR), unless it is unlikely to put people at risk. Report when, for example:</source>
      <translation>Meld bij de Autoriteit Persoonsgegevens binnen 72 uur na ontdekking (art. 33 AVG), tenzij het lek waarschijnlijk geen risico oplevert voor de mensen. Meld bijvoorbeeld als:</translation>
    </message>
    <message>
      <source>Not reporting? Write down why (Art. 33(5)). A high risk for the people? Tell them too (Art. 34). Press F1 for more.</source>
      <translation>Meldt u niet? Schrijf op waarom (art. 33 lid 5). Hoog risico voor de mensen? Licht hen ook in (art. 34). Druk op F1 voor meer.</translation>
    </message>
    <message>
      <source>Report a data breach to the AP (meldformulier datalekken)</source>
      <translation>Datalek melden bij de AP (meldformulier datalekken)</translation>
    </message>
    <message>
      <source>No breach selected</source>
      <translation>Geen datalek geselecteerd</translation>
    </message>
    <message>
      <source>Log a breach as soon as it is found: New breach (Ctrl+N).</source>
      <translation>Leg een datalek vast zodra het is ontdekt: Nieuw datalek (Ctrl+N).</translation>
    </message>
    <message>
      <source>New breach</source>
      <translation>Nieuw datalek</translation>
    </message>
    <message>
      <source>Enter when the breach was found: the 72 hours to report it to the AP start then.</source>
      <translation>Vul in wanneer het datalek is ontdekt: dan beginnen de 72 uur om het bij de AP te melden.</translation>
    </message>
    <message>
      <source>Report to the AP by: %1</source>
      <translation>Uiterlijk melden bij de AP: %1</translation>
    </message>
    <message>
      <source>reported on %1</source>
      <translation>gemeld op %1</translation>
    </message>
    <message>
      <source>decided not to report</source>
      <translation>besloten niet te melden</translation>
    </message>
    <message>
      <source>Breach %1 saved.</source>
      <translation>Datalek %1 opgeslagen.</translation>
    </message>
  </context>
  <context>
    <name>BreachesPage</name>
    <message>
      <source>Reference</source>
      <translation>Referentie</translation>
    </message>
    <message>
      <source>Found</source>
      <translation>Ontdekt</translation>
    </message>
    <message>
      <source>What happened</source>
      <translation>Wat er is gebeurd</translation>
    </message>
    <message>
      <source>Decision</source>
      <translation>Besluit</translation>
    </message>
    <message>
      <source>72-hour clock</source>
      <translation>72-uurstermijn</translation>
    </message>
    <message>
      <source>Closed</source>
      <translation>Afgesloten</translation>
    </message>
    <message>
      <source>Filter breaches…</source>
      <translation>Datalekken filteren…</translation>
    </message>
    <message>
      <source>New breach</source>
      <translation>Nieuw datalek</translation>
    </message>
    <message>
      <source>Log a breach (Ctrl+N)</source>
      <translation>Datalek vastleggen (Ctrl+N)</translation>
    </message>
    <message>
      <source>Close breach…</source>
      <translation>Datalek afsluiten…</translation>
    </message>
    <message>
      <source>Close the breach once the decision, the report and the people's side are written down. A breach is never deleted: the log is proof.</source>
      <translation>Sluit het datalek af zodra het besluit, de melding en het inlichten van de betrokkenen zijn vastgelegd. Een datalek wordt nooit verwijderd: het logboek dient als bewijs.</translation>
    </message>
    <message>
      <source>Export to Excel…</source>
      <translation>Exporteren naar Excel…</translation>
    </message>
    <message>
      <source>Breaches</source>
      <translation>Datalekken</translation>
    </message>
    <message>
      <source>reported %1</source>
      <translation>gemeld %1</translation>
    </message>
    <message>
      <source>not to be reported</source>
      <translation>wordt niet gemeld</translation>
    </message>
    <message>
      <source>This breach has changes that are not saved yet.</source>
      <translation>Dit datalek heeft wijzigingen die nog niet zijn opgeslagen.</translation>
    </message>
    <message>
      <source>Close breach</source>
      <translation>Datalek afsluiten</translation>
    </message>
    <message>
      <source>Close this breach? It stays in the log; you can still correct it later.</source>
      <translation>Dit datalek afsluiten? Het blijft in het logboek; u kunt het later nog corrigeren.</translation>
    </message>
    <message>
      <source>Breach %1 closed.</source>
      <translation>Datalek %1 afgesloten.</translation>
    </message>
    <message>
      <source>Exported to %1.</source>
      <translation>Geëxporteerd naar %1.</translation>
    </message>
  </context>
  <context>
    <name>ChecklistTable</name>
    <message>
      <source>Point</source>
      <translation>Punt</translation>
    </message>
    <message>
      <source>Article</source>
      <translation>Artikel</translation>
    </message>
    <message>
      <source>Note</source>
      <translation>Notitie</translation>
    </message>
  </context>
  <context>
    <name>ConsentsPanel</name>
    <message>
      <source>Purpose</source>
      <translation>Doel</translation>
    </message>
    <message>
      <source>Given on</source>
      <translation>Gegeven op</translation>
    </message>
    <message>
      <source>Evidence</source>
      <translation>Bewijs</translation>
    </message>
    <message>
      <source>Withdrawn on</source>
      <translation>Ingetrokken op</translation>
    </message>
    <message>
      <source>Status</source>
      <translation>Status</translation>
    </message>
    <message>
      <source>How was consent given? e.g. ticked box on form</source>
      <translation>Hoe is toestemming gegeven? Bijv. vinkje op formulier</translation>
    </message>
    <message>
      <source>Record consent</source>
      <translation>Toestemming vastleggen</translation>
    </message>
    <message>
      <source>Withdraw selected consent…</source>
      <translation>Geselecteerde toestemming intrekken…</translation>
    </message>
    <message>
      <source>Active</source>
      <translation>Actief</translation>
    </message>
    <message>
      <source>Withdrawn</source>
      <translation>Ingetrokken</translation>
    </message>
    <message>
      <source>Consent recorded.</source>
      <translation>Toestemming vastgelegd.</translation>
    </message>
    <message>
      <source>Select the consent to withdraw first.</source>
      <translation>Selecteer eerst de toestemming die u wilt intrekken.</translation>
    </message>
    <message>
      <source>Withdraw consent</source>
      <translation>Toestemming intrekken</translation>
    </message>
    <message>
      <source>Withdraw the consent for “%1” as of today? It takes effect at once and stays in the history.</source>
      <translation>De toestemming voor “%1” per vandaag intrekken? Dit gaat direct in en blijft in de geschiedenis staan.</translation>
    </message>
    <message>
      <source>Consent withdrawn.</source>
      <translation>Toestemming ingetrokken.</translation>
    </message>
  </context>
  <context>
    <name>ContactEditor</name>
    <message>
      <source>Lift restriction…</source>
      <translation>Beperking opheffen…</translation>
    </message>
    <message>
      <source>Withdraw objection…</source>
      <translation>Bezwaar intrekken…</translation>
    </message>
    <message>
      <source>Details</source>
      <translation>Gegevens</translation>
    </message>
    <message>
      <source>Notes</source>
      <translation>Notities</translation>
    </message>
    <message>
      <source>Consents</source>
      <translation>Toestemmingen</translation>
    </message>
    <message>
      <source>Save</source>
      <translation>Opslaan</translation>
    </message>
    <message>
      <source>Save the contact (Ctrl+S)</source>
      <translation>Contact opslaan (Ctrl+S)</translation>
    </message>
    <message>
      <source>Undo changes</source>
      <translation>Wijzigingen ongedaan maken</translation>
    </message>
    <message>
      <source>Restrict (Art. 18)…</source>
      <translation>Beperken (art. 18)…</translation>
    </message>
    <message>
      <source>Record objection to marketing…</source>
      <translation>Bezwaar tegen marketing vastleggen…</translation>
    </message>
    <message>
      <source>Duplicates…</source>
      <translation>Dubbelen…</translation>
    </message>
    <message>
      <source>Look for another record of this person, to open or merge it</source>
      <translation>Zoek een ander record van deze persoon, om het te openen of samen te voegen</translation>
    </message>
    <message>
      <source>Erase…</source>
      <translation>Verwijderen…</translation>
    </message>
    <message>
      <source>Erase this person everywhere (Art. 17)</source>
      <translation>Deze persoon overal verwijderen (art. 17)</translation>
    </message>
    <message>
      <source>No contact selected</source>
      <translation>Geen contact geselecteerd</translation>
    </message>
    <message>
      <source>New contact</source>
      <translation>Nieuw contact</translation>
    </message>
    <message>
      <source>Erased contact (no data kept)</source>
      <translation>Verwijderd contact (geen gegevens bewaard)</translation>
    </message>
    <message>
      <source>Restricted since %1 (Art. 18): kept but not processed. No edits and no marketing until the restriction is lifted.</source>
      <translation>Beperkt sinds %1 (art. 18): bewaard maar niet verwerkt. Geen wijzigingen en geen marketing tot de beperking is opgeheven.</translation>
    </message>
    <message>
      <source>Objected to direct marketing on %1 (Art. 21): never send marketing.</source>
      <translation>Bezwaar tegen direct marketing op %1 (art. 21): stuur nooit marketing.</translation>
    </message>
    <message>
      <source>Erased: the contact details are no longer kept.</source>
      <translation>Verwijderd: de contactgegevens worden niet meer bewaard.</translation>
    </message>
    <message>
      <source>Retention: kept for now — %1</source>
      <translation>Bewaartermijn: voorlopig bewaard — %1</translation>
    </message>
    <message>
      <source>Retention: erase after %1 — %2</source>
      <translation>Bewaartermijn: verwijderen na %1 — %2</translation>
    </message>
    <message>
      <source>Erase</source>
      <translation>Verwijderen</translation>
    </message>
    <message>
      <source>Erase this person everywhere SOOSR Desk keeps data? Notes, consents and details go; invoices stay for the fiscal duty. This cannot be undone. (For a request from the person, use the Requests page: the answer letter says what was done.)</source>
      <translation>Deze persoon overal verwijderen waar SOOSR Desk gegevens bewaart? Notities, toestemmingen en gegevens verdwijnen; facturen blijven voor de fiscale plicht. Dit kan niet ongedaan worden gemaakt. (Bij een verzoek van de persoon zelf: gebruik de pagina Verzoeken, dan zegt de antwoordbrief wat er is gedaan.)</translation>
    </message>
    <message>
      <source>Erasing…</source>
      <translation>Verwijderen…</translation>
    </message>
    <message>
      <source>The person was erased.</source>
      <translation>De persoon is verwijderd.</translation>
    </message>
    <message>
      <source>Tell these recipients (Art. 19): %1</source>
      <translation>Licht deze ontvangers in (art. 19): %1</translation>
    </message>
    <message>
      <source>Contacts merged.</source>
      <translation>Contactpersonen samengevoegd.</translation>
    </message>
    <message>
      <source>Contact saved.</source>
      <translation>Contact opgeslagen.</translation>
    </message>
    <message>
      <source>No other contact has this e-mail address, or this name and postcode.</source>
      <translation>Geen ander contact heeft dit e-mailadres, of deze naam en postcode.</translation>
    </message>
    <message>
      <source>Changes undone.</source>
      <translation>Wijzigingen ongedaan gemaakt.</translation>
    </message>
    <message>
      <source>Contact</source>
      <translation>Contact</translation>
    </message>
    <message>
      <source>Restrict processing</source>
      <translation>Verwerking beperken</translation>
    </message>
    <message>
      <source>Why is processing restricted (e.g. the person contests the accuracy)?</source>
      <translation>Waarom wordt de verwerking beperkt (bijv. de persoon betwist de juistheid)?</translation>
    </message>
    <message>
      <source>Contact restricted.</source>
      <translation>Contact beperkt.</translation>
    </message>
    <message>
      <source>Lift restriction</source>
      <translation>Beperking opheffen</translation>
    </message>
    <message>
      <source>Lift the restriction? The person must be told before it is lifted (Art. 18(3)).</source>
      <translation>De beperking opheffen? De persoon moet dit vooraf te horen krijgen (art. 18 lid 3).</translation>
    </message>
    <message>
      <source>Restriction lifted.</source>
      <translation>Beperking opgeheven.</translation>
    </message>
    <message>
      <source>Objection to direct marketing</source>
      <translation>Bezwaar tegen direct marketing</translation>
    </message>
    <message>
      <source>Record that this person objects to direct marketing? From today on they get no newsletters or other marketing.</source>
      <translation>Vastleggen dat deze persoon bezwaar maakt tegen direct marketing? Vanaf vandaag krijgt deze geen nieuwsbrieven of andere marketing meer.</translation>
    </message>
    <message>
      <source>Objection recorded.</source>
      <translation>Bezwaar vastgelegd.</translation>
    </message>
    <message>
      <source>Withdraw objection</source>
      <translation>Bezwaar intrekken</translation>
    </message>
    <message>
      <source>Only withdraw the objection when the person asked for it. Continue?</source>
      <translation>Trek het bezwaar alleen in als de persoon daarom heeft gevraagd. Doorgaan?</translation>
    </message>
    <message>
      <source>Objection withdrawn.</source>
      <translation>Bezwaar ingetrokken.</translation>
    </message>
  </context>
  <context>
    <name>ContactForm</name>
    <message>
      <source>Person</source>
      <translation>Persoon</translation>
    </message>
    <message>
      <source>First name</source>
      <translation>Voornaam</translation>
    </message>
    <message>
      <source>Last name</source>
      <translation>Achternaam</translation>
    </message>
    <message>
      <source>Gender</source>
      <translation>Geslacht</translation>
    </message>
    <message>
      <source>Job title</source>
      <translation>Functie</translation>
    </message>
    <message>
      <source>Signing authority</source>
      <translation>Tekenbevoegdheid</translation>
    </message>
    <message>
      <source>Language for letters</source>
      <translation>Taal voor brieven</translation>
    </message>
    <message>
      <source>Contact details</source>
      <translation>Contactgegevens</translation>
    </message>
    <message>
      <source>E-mail</source>
      <translation>E-mail</translation>
    </message>
    <message>
      <source>Phone</source>
      <translation>Telefoon</translation>
    </message>
    <message>
      <source>Location</source>
      <translation>Standplaats</translation>
    </message>
    <message>
      <source>Employer and business address</source>
      <translation>Werkgever en bedrijfsadres</translation>
    </message>
    <message>
      <source>Company</source>
      <translation>Bedrijf</translation>
    </message>
    <message>
      <source>Street and number</source>
      <translation>Straat en huisnummer</translation>
    </message>
    <message>
      <source>Postcode</source>
      <translation>Postcode</translation>
    </message>
    <message>
      <source>City</source>
      <translation>Plaats</translation>
    </message>
    <message>
      <source>Country (code)</source>
      <translation>Land (code)</translation>
    </message>
    <message>
      <source>Origin</source>
      <translation>Herkomst</translation>
    </message>
    <message>
      <source>Source</source>
      <translation>Bron</translation>
    </message>
    <message>
      <source>Relation</source>
      <translation>Relatie</translation>
    </message>
    <message>
      <source>Data received on</source>
      <translation>Gegevens ontvangen op</translation>
    </message>
  </context>
  <context>
    <name>ContactTableModel</name>
    <message>
      <source>Name</source>
      <translation>Naam</translation>
    </message>
    <message>
      <source>Company</source>
      <translation>Bedrijf</translation>
    </message>
    <message>
      <source>E-mail</source>
      <translation>E-mail</translation>
    </message>
    <message>
      <source>Phone</source>
      <translation>Telefoon</translation>
    </message>
    <message>
      <source>City</source>
      <translation>Plaats</translation>
    </message>
    <message>
      <source>Relation</source>
      <translation>Relatie</translation>
    </message>
    <message>
      <source>Status</source>
      <translation>Status</translation>
    </message>
    <message>
      <source>Changed</source>
      <translation>Gewijzigd</translation>
    </message>
    <message>
      <source>Restricted (Art. 18): kept, not processed, not editable.</source>
      <translation>Beperkt (art. 18): bewaard, niet verwerkt, niet te wijzigen.</translation>
    </message>
    <message>
      <source>Restricted</source>
      <translation>Beperkt</translation>
    </message>
    <message>
      <source>No marketing</source>
      <translation>Geen marketing</translation>
    </message>
  </context>
  <context>
    <name>ContactsPage</name>
    <message>
      <source>Search by name, e-mail, phone, city or company…</source>
      <translation>Zoek op naam, e-mail, telefoon, plaats of bedrijf…</translation>
    </message>
    <message>
      <source>New contact</source>
      <translation>Nieuw contact</translation>
    </message>
    <message>
      <source>Add a contact (Ctrl+N)</source>
      <translation>Contact toevoegen (Ctrl+N)</translation>
    </message>
    <message>
      <source>Contacts</source>
      <translation>Contacten</translation>
    </message>
    <message>
      <source>Counting contacts…</source>
      <translation>Contacten tellen…</translation>
    </message>
    <message>
      <source>The person who was open here has been erased.</source>
      <translation>De persoon die hier openstond, is gewist.</translation>
    </message>
    <message numerus="yes">
      <source>%n contact(s)</source>
      <translation>
        <numerusform>%n contact</numerusform>
        <numerusform>%n contacten</numerusform>
      </translation>
    </message>
    <message>
      <source>This contact has changes that are not saved yet.</source>
      <translation>Dit contact heeft wijzigingen die nog niet zijn opgeslagen.</translation>
    </message>
    <message>
      <source>%1 contacts is too many to print: filter the list to at most %2 first.</source>
      <translation>%1 contacten zijn te veel om af te drukken: filter de lijst eerst tot hoogstens %2.</translation>
    </message>
  </context>
  <context>
    <name>DashboardPage</name>
    <message>
      <source>To do</source>
      <translation>Te doen</translation>
    </message>
    <message>
      <source>Nothing needs your attention.</source>
      <translation>Niets vraagt uw aandacht.</translation>
    </message>
    <message>
      <source>Checking deadlines, agreements and erasures…</source>
      <translation>Termijnen, overeenkomsten en verwijderingen worden gecontroleerd…</translation>
    </message>
    <message>
      <source>Double-click a line (or press Enter) to open the record.</source>
      <translation>Dubbelklik op een regel (of druk op Enter) om het record te openen.</translation>
    </message>
    <message>
      <source>What SOOSR Desk holds</source>
      <translation>Wat SOOSR Desk bewaart</translation>
    </message>
    <message>
      <source>Contacts</source>
      <translation>Contacten</translation>
    </message>
    <message>
      <source>Restricted contacts (Art. 18)</source>
      <translation>Beperkte contacten (art. 18)</translation>
    </message>
    <message>
      <source>Objected to direct marketing</source>
      <translation>Bezwaar tegen direct marketing</translation>
    </message>
    <message>
      <source>Companies</source>
      <translation>Bedrijven</translation>
    </message>
    <message>
      <source>Processing activities in the register</source>
      <translation>Verwerkingsactiviteiten in het register</translation>
    </message>
    <message>
      <source>Third parties</source>
      <translation>Derden</translation>
    </message>
    <message>
      <source>Open rights requests</source>
      <translation>Openstaande verzoeken</translation>
    </message>
    <message>
      <source>Data breaches logged</source>
      <translation>Vastgelegde datalekken</translation>
    </message>
    <message>
      <source>Dashboard</source>
      <translation>Dashboard</translation>
    </message>
  </context>
  <context>
    <name>DatabaseChoice</name>
    <message>
      <source>Database</source>
      <translation>Database</translation>
    </message>
    <message>
      <source>Open now: %1 (the office server)</source>
      <translation>Nu geopend: %1 (de kantoorserver)</translation>
    </message>
    <message>
      <source>Open now: %1</source>
      <translation>Nu geopend: %1</translation>
    </message>
    <message>
      <source>This computer's own database file</source>
      <translation>Het eigen databasebestand van deze computer</translation>
    </message>
    <message>
      <source>Office server (Kantoorserver, PostgreSQL)</source>
      <translation>Kantoorserver (PostgreSQL)</translation>
    </message>
    <message>
      <source>e.g. server.kantoor.local</source>
      <translation>bijv. server.kantoor.local</translation>
    </message>
    <message>
      <source>verify-full: encrypted, server checked (advised)</source>
      <translation>verify-full: versleuteld, server gecontroleerd (aanbevolen)</translation>
    </message>
    <message>
      <source>require: encrypted</source>
      <translation>require: versleuteld</translation>
    </message>
    <message>
      <source>kept in the Windows Credential Manager only</source>
      <translation>wordt alleen bewaard in Windows Referentiebeheer</translation>
    </message>
    <message>
      <source>Server</source>
      <translation>Server</translation>
    </message>
    <message>
      <source>Port</source>
      <translation>Poort</translation>
    </message>
    <message>
      <source>User name</source>
      <translation>Gebruikersnaam</translation>
    </message>
    <message>
      <source>TLS</source>
      <translation>TLS</translation>
    </message>
    <message>
      <source>Password</source>
      <translation>Wachtwoord</translation>
    </message>
    <message>
      <source>Test connection</source>
      <translation>Verbinding testen</translation>
    </message>
    <message>
      <source>Use from the next start</source>
      <translation>Gebruiken vanaf de volgende start</translation>
    </message>
    <message>
      <source>Connecting…</source>
      <translation>Verbinden…</translation>
    </message>
    <message>
      <source>From the next start SOOSR Desk opens this computer's file.</source>
      <translation>Vanaf de volgende start opent SOOSR Desk het bestand op deze computer.</translation>
    </message>
    <message>
      <source>From the next start SOOSR Desk opens the office server %1.</source>
      <translation>Vanaf de volgende start opent SOOSR Desk de kantoorserver %1.</translation>
    </message>
  </context>
  <context>
    <name>DateField</name>
    <message>
      <source>Type a date such as 26-11-2026, 261126 or “today”</source>
      <translation>Typ een datum zoals 26-11-2026, 261126 of “vandaag”</translation>
    </message>
    <message>
      <source>Choose a date on the calendar</source>
      <translation>Kies een datum in de kalender</translation>
    </message>
    <message>
      <source>no such date; type e.g. %1</source>
      <translation>geen bestaande datum; typ bijv. %1</translation>
    </message>
  </context>
  <context>
    <name>DuplicateDialog</name>
    <message>
      <source>Possible duplicate</source>
      <translation>Mogelijk dubbel</translation>
    </message>
    <message>
      <source>This person may already be in the contacts. Two records of one person go wrong later: an erasure or an objection recorded on one leaves the other.</source>
      <translation>Deze persoon staat misschien al in de contacten. Twee records van één persoon gaan later mis: een verwijdering of bezwaar bij de ene laat de andere staan.</translation>
    </message>
    <message>
      <source>(no name)</source>
      <translation>(geen naam)</translation>
    </message>
    <message>
      <source>No. %1</source>
      <translation>Nr. %1</translation>
    </message>
    <message>
      <source>Open the other contact</source>
      <translation>Andere contactpersoon openen</translation>
    </message>
    <message>
      <source>Merge it into this contact…</source>
      <translation>Samenvoegen met deze contactpersoon…</translation>
    </message>
    <message>
      <source>Moves its notes, consents, requests and invoices here and empties the other record</source>
      <translation>Verplaatst notities, toestemmingen, verzoeken en facturen hierheen en maakt het andere record leeg</translation>
    </message>
    <message>
      <source>Save anyway</source>
      <translation>Toch opslaan</translation>
    </message>
    <message>
      <source>Keep both</source>
      <translation>Beide houden</translation>
    </message>
  </context>
  <context>
    <name>ExportDialog</name>
    <message>
      <source>All registers in one workbook</source>
      <translation>Alle registers in één werkmap</translation>
    </message>
    <message>
      <source>Register of processing activities</source>
      <translation>Register van verwerkingsactiviteiten</translation>
    </message>
    <message>
      <source>Third parties and processor agreements</source>
      <translation>Derden en verwerkersovereenkomsten</translation>
    </message>
    <message>
      <source>Rights requests</source>
      <translation>Verzoeken van betrokkenen</translation>
    </message>
    <message>
      <source>Data breaches</source>
      <translation>Datalekken</translation>
    </message>
    <message>
      <source>Contacts</source>
      <translation>Contacten</translation>
    </message>
    <message>
      <source>Export to Excel</source>
      <translation>Exporteren naar Excel</translation>
    </message>
    <message>
      <source>Restricted contacts (Art. 18) may only be stored. In the contacts sheet they appear flagged, with their name and company only, so the accountant can match invoices.</source>
      <translation>Beperkte contacten (art. 18) mogen alleen worden bewaard. In het tabblad Contacten staan ze gemarkeerd, met alleen naam en bedrijf, zodat de accountant facturen kan koppelen.</translation>
    </message>
    <message>
      <source>Leave restricted contacts out entirely</source>
      <translation>Beperkte contacten helemaal weglaten</translation>
    </message>
    <message>
      <source>What do you want to export?</source>
      <translation>Wat wilt u exporteren?</translation>
    </message>
    <message>
      <source>Excel workbook (*.xlsx)</source>
      <translation>Excel-werkmap (*.xlsx)</translation>
    </message>
    <message>
      <source>Exporting…</source>
      <translation>Bezig met exporteren…</translation>
    </message>
    <message>
      <source>The file cannot be written. Is it open in Excel? Close it and try again.</source>
      <translation>Het bestand kan niet worden geschreven. Is het open in Excel? Sluit het en probeer het opnieuw.</translation>
    </message>
    <message>
      <source>Mailing list</source>
      <translation>Mailinglijst</translation>
    </message>
    <message>
      <source>For which mailing?</source>
      <translation>Voor welke mailing?</translation>
    </message>
    <message>
      <source>CSV file (*.csv)</source>
      <translation>CSV-bestand (*.csv)</translation>
    </message>
    <message>
      <source>%1 people may receive this mailing. Left out: everyone who objected to direct marketing, is restricted, withdrew their consent for it, or never gave one (customers excepted).</source>
      <translation>%1 personen mogen deze mailing ontvangen. Weggelaten: iedereen die bezwaar maakte tegen direct marketing, beperkt is, de toestemming ervoor introk of die nooit gaf (klanten uitgezonderd).</translation>
    </message>
  </context>
  <context>
    <name>FilePage</name>
    <message>
      <source>Choose the file</source>
      <translation>Kies het bestand</translation>
    </message>
    <message>
      <source>A contact list from Excel (.xlsx or .csv), Outlook, Google Contacts or a phone (.vcf).</source>
      <translation>Een contactenlijst uit Excel (.xlsx of .csv), Outlook, Google Contacten of een telefoon (.vcf).</translation>
    </message>
    <message>
      <source>Browse…</source>
      <translation>Bladeren…</translation>
    </message>
    <message>
      <source>Detect</source>
      <translation>Automatisch</translation>
    </message>
    <message>
      <source>UTF-8 with BOM</source>
      <translation>UTF-8 met BOM</translation>
    </message>
    <message>
      <source>Comma (,)</source>
      <translation>Komma (,)</translation>
    </message>
    <message>
      <source>Semicolon (;)</source>
      <translation>Puntkomma (;)</translation>
    </message>
    <message>
      <source>Tab</source>
      <translation>Tab</translation>
    </message>
    <message>
      <source>File:</source>
      <translation>Bestand:</translation>
    </message>
    <message>
      <source>Character set:</source>
      <translation>Tekenset:</translation>
    </message>
    <message>
      <source>Separator:</source>
      <translation>Scheidingsteken:</translation>
    </message>
    <message>
      <source>Import contacts</source>
      <translation>Contacten importeren</translation>
    </message>
    <message>
      <source>Contact lists (*.csv *.txt *.xlsx *.vcf)</source>
      <translation>Contactenlijsten (*.csv *.txt *.xlsx *.vcf)</translation>
    </message>
    <message>
      <source>Reading the file…</source>
      <translation>Het bestand wordt gelezen…</translation>
    </message>
    <message>
      <source>CSV file</source>
      <translation>CSV-bestand</translation>
    </message>
    <message>
      <source>Excel workbook</source>
      <translation>Excel-werkmap</translation>
    </message>
    <message>
      <source>vCard file</source>
      <translation>vCard-bestand</translation>
    </message>
    <message>
      <source>%1 with %2 and %3.</source>
      <translation>%1 met %2 en %3.</translation>
    </message>
    <message numerus="yes">
      <source>%n row(s)</source>
      <translation>
        <numerusform>%n rij</numerusform>
        <numerusform>%n rijen</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n column(s)</source>
      <translation>
        <numerusform>%n kolom</numerusform>
        <numerusform>%n kolommen</numerusform>
      </translation>
    </message>
    <message>
      <source>comma</source>
      <translation>komma</translation>
    </message>
    <message>
      <source>semicolon</source>
      <translation>puntkomma</translation>
    </message>
    <message>
      <source>tab</source>
      <translation>tab</translation>
    </message>
    <message>
      <source>Read as %1, separated by %2.</source>
      <translation>Gelezen als %1, gescheiden door %2.</translation>
    </message>
  </context>
  <context>
    <name>HelpDialog</name>
    <message>
      <source>Help — SOOSR Desk</source>
      <translation>Help — SOOSR Desk</translation>
    </message>
    <message>
      <source>There is no help for this page yet.</source>
      <translation>Voor deze pagina is nog geen help.</translation>
    </message>
  </context>
  <context>
    <name>ImportWizard</name>
    <message>
      <source>Import contacts</source>
      <translation>Contacten importeren</translation>
    </message>
    <message>
      <source>Import</source>
      <translation>Importeren</translation>
    </message>
    <message>
      <source>Importing contacts…</source>
      <translation>Contacten importeren…</translation>
    </message>
  </context>
  <context>
    <name>LettersTab</name>
    <message>
      <source>Letter</source>
      <translation>Brief</translation>
    </message>
    <message>
      <source>Language</source>
      <translation>Taal</translation>
    </message>
    <message>
      <source>Sent</source>
      <translation>Verstuurd</translation>
    </message>
    <message>
      <source>Made at</source>
      <translation>Gemaakt op</translation>
    </message>
    <message>
      <source>Make the answer letter</source>
      <translation>Antwoordbrief maken</translation>
    </message>
    <message>
      <source>Extension letter</source>
      <translation>Verlengingsbrief</translation>
    </message>
    <message>
      <source>View and print…</source>
      <translation>Bekijken en afdrukken…</translation>
    </message>
    <message>
      <source>Mark sent…</source>
      <translation>Als verstuurd markeren…</translation>
    </message>
    <message>
      <source>Discard draft</source>
      <translation>Concept weggooien</translation>
    </message>
    <message>
      <source>Close the request</source>
      <translation>Verzoek sluiten</translation>
    </message>
    <message>
      <source>Answer</source>
      <translation>Antwoord</translation>
    </message>
    <message>
      <source>Extension</source>
      <translation>Verlenging</translation>
    </message>
    <message>
      <source>Request for proof of identity</source>
      <translation>Verzoek om identiteitsbewijs</translation>
    </message>
    <message>
      <source>Refusal</source>
      <translation>Weigering</translation>
    </message>
    <message>
      <source>by post</source>
      <translation>per post</translation>
    </message>
    <message>
      <source>by e-mail</source>
      <translation>per e-mail</translation>
    </message>
    <message>
      <source>Draft, not sent</source>
      <translation>Concept, niet verstuurd</translation>
    </message>
    <message>
      <source>Making the letter…</source>
      <translation>De brief wordt gemaakt…</translation>
    </message>
    <message>
      <source>Letter made as a draft: check it, send it, then mark it sent.</source>
      <translation>Brief gemaakt als concept: controleer hem, verstuur hem en markeer hem dan als verstuurd.</translation>
    </message>
    <message>
      <source>Select the letter in the list first.</source>
      <translation>Selecteer eerst de brief in de lijst.</translation>
    </message>
    <message>
      <source>Letter marked sent.</source>
      <translation>Brief gemarkeerd als verstuurd.</translation>
    </message>
    <message>
      <source>Draft discarded.</source>
      <translation>Concept weggegooid.</translation>
    </message>
  </context>
  <context>
    <name>MailRequestDialog</name>
    <message>
      <source>New request from e-mail</source>
      <translation>Nieuw verzoek uit e-mail</translation>
    </message>
    <message>
      <source>(choose)</source>
      <translation>(kies)</translation>
    </message>
    <message>
      <source>From:</source>
      <translation>Van:</translation>
    </message>
    <message>
      <source>Subject:</source>
      <translation>Onderwerp:</translation>
    </message>
    <message>
      <source>Received on:</source>
      <translation>Ontvangen op:</translation>
    </message>
    <message>
      <source>Kind:</source>
      <translation>Soort:</translation>
    </message>
    <message>
      <source>Contact:</source>
      <translation>Contact:</translation>
    </message>
    <message>
      <source>Linked to the contact with this e-mail address.</source>
      <translation>Gekoppeld aan het contact met dit e-mailadres.</translation>
    </message>
    <message>
      <source>No (single) contact with this e-mail address; link one later.</source>
      <translation>Geen (enkel) contact met dit e-mailadres; koppel er later een.</translation>
    </message>
    <message>
      <source>The e-mail has no date: enter the date the request was received.</source>
      <translation>De e-mail heeft geen datum: vul de datum in waarop het verzoek binnenkwam.</translation>
    </message>
    <message>
      <source>%1 (not kept: only their names are kept with the request)</source>
      <translation>%1 (niet bewaard: alleen de namen worden bij het verzoek bewaard)</translation>
    </message>
    <message>
      <source>Attachments:</source>
      <translation>Bijlagen:</translation>
    </message>
    <message>
      <source>Create request</source>
      <translation>Verzoek aanmaken</translation>
    </message>
    <message>
      <source>Suggested from the words of the e-mail: %1. Check that this is right.</source>
      <translation>Voorgesteld op grond van de tekst van de e-mail: %1. Controleer of dit klopt.</translation>
    </message>
    <message>
      <source>The words point to more than one kind (%1): choose.</source>
      <translation>De tekst wijst op meer dan één soort (%1): kies.</translation>
    </message>
    <message>
      <source>The kind is not clear from the words: choose.</source>
      <translation>Uit de tekst blijkt de soort niet: kies.</translation>
    </message>
    <message>
      <source>Choose the kind of request.</source>
      <translation>Kies het soort verzoek.</translation>
    </message>
    <message>
      <source>Enter the date the request was received.</source>
      <translation>Vul de datum in waarop het verzoek binnenkwam.</translation>
    </message>
  </context>
  <context>
    <name>MainWindow</name>
    <message>
      <source>%1 — SOOSR Desk</source>
      <translation>%1 — SOOSR Desk</translation>
    </message>
    <message>
      <source>Ready.</source>
      <translation>Gereed.</translation>
    </message>
    <message>
      <source>&amp;File</source>
      <translation>&amp;Bestand</translation>
    </message>
    <message>
      <source>&amp;New</source>
      <translation>&amp;Nieuw</translation>
    </message>
    <message>
      <source>&amp;Save</source>
      <translation>&amp;Opslaan</translation>
    </message>
    <message>
      <source>&amp;Export to Excel…</source>
      <translation>&amp;Exporteren naar Excel…</translation>
    </message>
    <message>
      <source>&amp;Mailing list (CSV)…</source>
      <translation>&amp;Mailinglijst (CSV)…</translation>
    </message>
    <message>
      <source>&amp;Import…</source>
      <translation>&amp;Importeren…</translation>
    </message>
    <message>
      <source>Undo the last import…</source>
      <translation>Laatste import ongedaan maken…</translation>
    </message>
    <message>
      <source>Request from e-&amp;mail…</source>
      <translation>Verzoek uit e-&amp;mail…</translation>
    </message>
    <message>
      <source>&amp;Calendar file…</source>
      <translation>&amp;Agenda-bestand…</translation>
    </message>
    <message>
      <source>&amp;Backups…</source>
      <translation>&amp;Back-ups…</translation>
    </message>
    <message>
      <source>&amp;Print…</source>
      <translation>Af&amp;drukken…</translation>
    </message>
    <message>
      <source>E&amp;xit</source>
      <translation>&amp;Afsluiten</translation>
    </message>
    <message>
      <source>&amp;Edit</source>
      <translation>Be&amp;werken</translation>
    </message>
    <message>
      <source>&amp;Find</source>
      <translation>&amp;Zoeken</translation>
    </message>
    <message>
      <source>&amp;View</source>
      <translation>Beel&amp;d</translation>
    </message>
    <message>
      <source>&amp;Help</source>
      <translation>&amp;Help</translation>
    </message>
    <message>
      <source>&amp;Help for this page</source>
      <translation>&amp;Help bij deze pagina</translation>
    </message>
    <message>
      <source>&amp;About SOOSR Desk</source>
      <translation>&amp;Over SOOSR Desk</translation>
    </message>
    <message>
      <source>Exported to %1.</source>
      <translation>Geëxporteerd naar %1.</translation>
    </message>
    <message>
      <source>Making today's backup…</source>
      <translation>Back-up van vandaag maken…</translation>
    </message>
    <message>
      <source>The backup was put back. The previous file was kept as %1.</source>
      <translation>De back-up is teruggezet. Het vorige bestand is bewaard als %1.</translation>
    </message>
    <message>
      <source>There is nothing to print on this page.</source>
      <translation>Op deze pagina is niets om af te drukken.</translation>
    </message>
    <message>
      <source>About SOOSR Desk</source>
      <translation>Over SOOSR Desk</translation>
    </message>
    <message>
      <source>&lt;h3&gt;SOOSR Desk %1&lt;/h3&gt;&lt;p&gt;GDPR (AVG) records and answers for SOOSR B.V.&lt;/p&gt;&lt;p&gt;Built with Python, Qt for Python (PySide6, LGPLv3), Peewee (MIT), openpyxl (MIT), reportlab (BSD), holidays (MIT), python-stdnum (LGPL), phonenumbers (Apache 2.0), platformdirs (MIT) and pypdfium2 (Apache 2.0 / BSD, PDFium).&lt;/p&gt;&lt;p&gt;SQLite %2&lt;/p&gt;</source>
      <translation>&lt;h3&gt;SOOSR Desk %1&lt;/h3&gt;&lt;p&gt;AVG-administratie en antwoorden voor SOOSR B.V.&lt;/p&gt;&lt;p&gt;Gemaakt met Python, Qt for Python (PySide6, LGPLv3), Peewee (MIT), openpyxl (MIT), reportlab (BSD), holidays (MIT), python-stdnum (LGPL), phonenumbers (Apache 2.0), platformdirs (MIT) en pypdfium2 (Apache 2.0 / BSD, PDFium).&lt;/p&gt;&lt;p&gt;SQLite %2&lt;/p&gt;</translation>
    </message>
  </context>
  <context>
    <name>MappingPage</name>
    <message>
      <source>Columns and preview</source>
      <translation>Kolommen en voorbeeld</translation>
    </message>
    <message>
      <source>Check which field each column fills. Rows with a problem are marked; point at a cell to read why.</source>
      <translation>Controleer welk veld elke kolom vult. Rijen met een probleem zijn gemarkeerd; wijs een cel aan om te lezen waarom.</translation>
    </message>
  </context>
  <context>
    <name>MappingPreview</name>
    <message>
      <source>Column in the file</source>
      <translation>Kolom in het bestand</translation>
    </message>
    <message>
      <source>First value</source>
      <translation>Eerste waarde</translation>
    </message>
    <message>
      <source>Field</source>
      <translation>Veld</translation>
    </message>
    <message>
      <source>Row</source>
      <translation>Rij</translation>
    </message>
    <message>
      <source>Result</source>
      <translation>Resultaat</translation>
    </message>
    <message>
      <source>Skip rows whose e-mail address a contact has already</source>
      <translation>Rijen overslaan waarvan het e-mailadres al bij een contact staat</translation>
    </message>
    <message>
      <source>Update those contacts with the row's values</source>
      <translation>Die contacten bijwerken met de waarden uit de rij</translation>
    </message>
    <message>
      <source>Added</source>
      <translation>Toegevoegd</translation>
    </message>
    <message>
      <source>Updates the existing contact</source>
      <translation>Werkt het bestaande contact bij</translation>
    </message>
    <message>
      <source>Skipped</source>
      <translation>Overgeslagen</translation>
    </message>
    <message>
      <source>(a refused cell left empty)</source>
      <translation>(een geweigerde cel blijft leeg)</translation>
    </message>
    <message>
      <source>First %1 of %2 rows: %3 added, %4 updated, %5 skipped.</source>
      <translation>Eerste %1 van %2 rijen: %3 toegevoegd, %4 bijgewerkt, %5 overgeslagen.</translation>
    </message>
    <message numerus="yes">
      <source>%n row(s): %3 added, %4 updated, %5 skipped.</source>
      <translation>
        <numerusform>%n rij: %3 toegevoegd, %4 bijgewerkt, %5 overgeslagen.</numerusform>
        <numerusform>%n rijen: %3 toegevoegd, %4 bijgewerkt, %5 overgeslagen.</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>MarkSentDialog</name>
    <message>
      <source>Mark the letter sent</source>
      <translation>Brief als verstuurd markeren</translation>
    </message>
    <message>
      <source>Sent on</source>
      <translation>Verstuurd op</translation>
    </message>
    <message>
      <source>By post</source>
      <translation>Per post</translation>
    </message>
    <message>
      <source>By e-mail</source>
      <translation>Per e-mail</translation>
    </message>
    <message>
      <source>How</source>
      <translation>Hoe</translation>
    </message>
  </context>
  <context>
    <name>NotesPanel</name>
    <message>
      <source>Date</source>
      <translation>Datum</translation>
    </message>
    <message>
      <source>Author</source>
      <translation>Auteur</translation>
    </message>
    <message>
      <source>Note</source>
      <translation>Notitie</translation>
    </message>
    <message>
      <source>Type a new note about contact with this person…</source>
      <translation>Typ een nieuwe notitie over contact met deze persoon…</translation>
    </message>
    <message>
      <source>Add note</source>
      <translation>Notitie toevoegen</translation>
    </message>
    <message>
      <source>Delete selected note…</source>
      <translation>Geselecteerde notitie verwijderen…</translation>
    </message>
    <message>
      <source>Note added.</source>
      <translation>Notitie toegevoegd.</translation>
    </message>
    <message>
      <source>Delete note</source>
      <translation>Notitie verwijderen</translation>
    </message>
    <message>
      <source>Delete the note of %1? This cannot be undone.</source>
      <translation>De notitie van %1 verwijderen? Dit kan niet ongedaan worden gemaakt.</translation>
    </message>
    <message>
      <source>Note deleted.</source>
      <translation>Notitie verwijderd.</translation>
    </message>
  </context>
  <context>
    <name>OutcomePanel</name>
    <message>
      <source>When the request is not carried out, or not in full, record the decision here: the letter gives these reasons, the right to complain to the Autoriteit Persoonsgegevens and the route to the court.</source>
      <translation>Wordt het verzoek niet of niet helemaal uitgevoerd, leg de beslissing dan hier vast: de brief geeft deze redenen, het recht om te klagen bij de Autoriteit Persoonsgegevens en de weg naar de rechter.</translation>
    </message>
    <message>
      <source>Decision</source>
      <translation>Besluit</translation>
    </message>
    <message>
      <source>Ground</source>
      <translation>Grond</translation>
    </message>
    <message>
      <source>Activity objected to</source>
      <translation>Verwerking waartegen bezwaar</translation>
    </message>
    <message>
      <source>Reasons (in the letter)</source>
      <translation>Redenen (komen in de brief)</translation>
    </message>
    <message>
      <source>Record the decision</source>
      <translation>Beslissing vastleggen</translation>
    </message>
  </context>
  <context>
    <name>PdfPreview</name>
    <message>
      <source>Print…</source>
      <translation>Afdrukken…</translation>
    </message>
    <message>
      <source>Save as PDF…</source>
      <translation>Opslaan als pdf…</translation>
    </message>
    <message>
      <source>Save attachment…</source>
      <translation>Bijlage opslaan…</translation>
    </message>
    <message>
      <source>PDF document (*.pdf)</source>
      <translation>Pdf-document (*.pdf)</translation>
    </message>
    <message>
      <source>ZIP file (*.zip)</source>
      <translation>Zip-bestand (*.zip)</translation>
    </message>
  </context>
  <context>
    <name>PersonTab</name>
    <message>
      <source>Search contacts by name, e-mail or phone…</source>
      <translation>Contacten zoeken op naam, e-mail of telefoon…</translation>
    </message>
    <message>
      <source>Name</source>
      <translation>Naam</translation>
    </message>
    <message>
      <source>Company</source>
      <translation>Bedrijf</translation>
    </message>
    <message>
      <source>E-mail</source>
      <translation>E-mail</translation>
    </message>
    <message>
      <source>City</source>
      <translation>Plaats</translation>
    </message>
    <message>
      <source>This is the person</source>
      <translation>Dit is de persoon</translation>
    </message>
    <message>
      <source>We hold no data on the requester</source>
      <translation>We hebben geen gegevens van de verzoeker</translation>
    </message>
    <message>
      <source>About: %1</source>
      <translation>Over: %1</translation>
    </message>
    <message>
      <source>We hold no data on the requester.</source>
      <translation>We hebben geen gegevens van de verzoeker.</translation>
    </message>
    <message>
      <source>Not linked yet: find the person below.</source>
      <translation>Nog niet gekoppeld: zoek de persoon hieronder.</translation>
    </message>
  </context>
  <context>
    <name>RecipientsTab</name>
    <message>
      <source>Art. 19: tell every recipient of the data about a rectification, erasure or restriction, or write down why that is impossible. The request can be closed when all are done.</source>
      <translation>Art. 19: licht elke ontvanger van de gegevens in over een rectificatie, verwijdering of beperking, of schrijf op waarom dat onmogelijk is. Het verzoek kan worden gesloten als dat voor iedereen is gedaan.</translation>
    </message>
    <message>
      <source>Recipient</source>
      <translation>Ontvanger</translation>
    </message>
    <message>
      <source>Told on</source>
      <translation>Ingelicht op</translation>
    </message>
    <message>
      <source>Why not</source>
      <translation>Waarom niet</translation>
    </message>
    <message>
      <source>Told today</source>
      <translation>Vandaag ingelicht</translation>
    </message>
    <message>
      <source>Impossible…</source>
      <translation>Onmogelijk…</translation>
    </message>
    <message>
      <source>Recipient marked as told.</source>
      <translation>Ontvanger gemarkeerd als ingelicht.</translation>
    </message>
    <message>
      <source>Telling is impossible</source>
      <translation>Inlichten onmogelijk</translation>
    </message>
    <message>
      <source>Why can this recipient not be told?</source>
      <translation>Waarom kan deze ontvanger niet worden ingelicht?</translation>
    </message>
    <message>
      <source>Recorded why the recipient cannot be told.</source>
      <translation>Vastgelegd waarom de ontvanger niet kan worden ingelicht.</translation>
    </message>
  </context>
  <context>
    <name>RecordEditor</name>
    <message>
      <source>Save</source>
      <translation>Opslaan</translation>
    </message>
    <message>
      <source>Undo changes</source>
      <translation>Wijzigingen ongedaan maken</translation>
    </message>
    <message>
      <source>Saved.</source>
      <translation>Opgeslagen.</translation>
    </message>
  </context>
  <context>
    <name>RegisterPage</name>
    <message>
      <source>Activity</source>
      <translation>Activiteit</translation>
    </message>
    <message>
      <source>Legal basis</source>
      <translation>Grondslag</translation>
    </message>
    <message>
      <source>Owner</source>
      <translation>Eigenaar</translation>
    </message>
    <message>
      <source>Last reviewed</source>
      <translation>Laatst gecontroleerd</translation>
    </message>
    <message>
      <source>Attention</source>
      <translation>Aandacht</translation>
    </message>
    <message>
      <source>Privacy statement…</source>
      <translation>Privacyverklaring…</translation>
    </message>
    <message>
      <source>Filter activities…</source>
      <translation>Activiteiten filteren…</translation>
    </message>
    <message>
      <source>New activity</source>
      <translation>Nieuwe activiteit</translation>
    </message>
    <message>
      <source>Delete activity…</source>
      <translation>Activiteit verwijderen…</translation>
    </message>
    <message>
      <source>Export to Excel…</source>
      <translation>Exporteren naar Excel…</translation>
    </message>
    <message>
      <source>Register</source>
      <translation>Register</translation>
    </message>
    <message>
      <source>This activity has changes that are not saved yet.</source>
      <translation>Deze activiteit heeft wijzigingen die nog niet zijn opgeslagen.</translation>
    </message>
    <message>
      <source>Delete this processing activity from the register? The privacy statement changes with it.</source>
      <translation>Deze verwerkingsactiviteit uit het register verwijderen? De privacyverklaring verandert mee.</translation>
    </message>
    <message>
      <source>Activity deleted.</source>
      <translation>Activiteit verwijderd.</translation>
    </message>
    <message>
      <source>Exported to %1.</source>
      <translation>Geëxporteerd naar %1.</translation>
    </message>
  </context>
  <context>
    <name>RequestActions</name>
    <message>
      <source>Access (Art. 15): the answer letter holds a copy of every datum held on the person and the information Art. 15 asks for. Link the person, then make the answer letter on the Letters tab.</source>
      <translation>Inzage (art. 15): de antwoordbrief bevat een kopie van alle gegevens over de persoon en de informatie die art. 15 voorschrijft. Koppel de persoon en maak daarna de antwoordbrief op het tabblad Brieven.</translation>
    </message>
    <message>
      <source>Rectification (Art. 16): type the corrected values and apply them; before and after are kept with the request.</source>
      <translation>Rectificatie (art. 16): typ de verbeterde waarden en pas ze toe; de oude en de nieuwe waarden worden bij het verzoek bewaard.</translation>
    </message>
    <message>
      <source>First name</source>
      <translation>Voornaam</translation>
    </message>
    <message>
      <source>Last name</source>
      <translation>Achternaam</translation>
    </message>
    <message>
      <source>Job title</source>
      <translation>Functie</translation>
    </message>
    <message>
      <source>Street</source>
      <translation>Straat</translation>
    </message>
    <message>
      <source>Postcode</source>
      <translation>Postcode</translation>
    </message>
    <message>
      <source>City</source>
      <translation>Plaats</translation>
    </message>
    <message>
      <source>Country</source>
      <translation>Land</translation>
    </message>
    <message>
      <source>Telephone</source>
      <translation>Telefoon</translation>
    </message>
    <message>
      <source>E-mail</source>
      <translation>E-mail</translation>
    </message>
    <message>
      <source>Location</source>
      <translation>Standplaats</translation>
    </message>
    <message>
      <source>Apply the corrections</source>
      <translation>Verbeteringen toepassen</translation>
    </message>
    <message>
      <source>Erase this person…</source>
      <translation>Deze persoon verwijderen…</translation>
    </message>
    <message>
      <source>Erasure (Art. 17): the person is erased everywhere SOOSR Desk keeps data; what a legal duty keeps (invoices for seven years) stays and is named in the answer.</source>
      <translation>Verwijdering (art. 17): de persoon wordt overal verwijderd waar SOOSR Desk gegevens bewaart; wat een wettelijke plicht bewaart (facturen zeven jaar), blijft en wordt in het antwoord genoemd.</translation>
    </message>
    <message>
      <source>Restrict processing</source>
      <translation>Verwerking beperken</translation>
    </message>
    <message>
      <source>Restriction (Art. 18): the data is kept but not used until the restriction is lifted.</source>
      <translation>Beperking (art. 18): de gegevens worden bewaard maar niet gebruikt tot de beperking is opgeheven.</translation>
    </message>
    <message>
      <source>Record the objection</source>
      <translation>Bezwaar vastleggen</translation>
    </message>
    <message>
      <source>Objection (Art. 21): an objection to direct marketing is absolute: no more marketing from now on. An objection to another activity (Art. 21(1)) is decided below, with the reasons.</source>
      <translation>Bezwaar (art. 21): een bezwaar tegen direct marketing is absoluut: vanaf nu geen marketing meer. Over een bezwaar tegen een andere verwerking (art. 21 lid 1) beslist u hieronder, met de redenen.</translation>
    </message>
    <message>
      <source>Portability (Art. 20): the answer letter comes with the person's data as JSON and CSV (UTF-8) in a ZIP file, saved beside the letter.</source>
      <translation>Overdraagbaarheid (art. 20): bij de antwoordbrief horen de gegevens van de persoon als JSON en CSV (UTF-8) in een zip-bestand, opgeslagen naast de brief.</translation>
    </message>
    <message>
      <source>Withdraw every active consent</source>
      <translation>Elke actieve toestemming intrekken</translation>
    </message>
    <message>
      <source>Withdrawal of consent (Art. 7(3)): takes effect at once; the consent stays in the history.</source>
      <translation>Intrekking van toestemming (art. 7 lid 3): gaat meteen in; de toestemming blijft in de geschiedenis staan.</translation>
    </message>
  </context>
  <context>
    <name>RequestEditor</name>
    <message>
      <source>Type</source>
      <translation>Soort</translation>
    </message>
    <message>
      <source>Received on</source>
      <translation>Ontvangen op</translation>
    </message>
    <message>
      <source>Came in by</source>
      <translation>Binnengekomen via</translation>
    </message>
    <message>
      <source>What is asked</source>
      <translation>Wat er wordt gevraagd</translation>
    </message>
    <message>
      <source>Requester's name</source>
      <translation>Naam verzoeker</translation>
    </message>
    <message>
      <source>E-mail</source>
      <translation>E-mail</translation>
    </message>
    <message>
      <source>Telephone</source>
      <translation>Telefoon</translation>
    </message>
    <message>
      <source>Street and number</source>
      <translation>Straat en huisnummer</translation>
    </message>
    <message>
      <source>Postcode</source>
      <translation>Postcode</translation>
    </message>
    <message>
      <source>City</source>
      <translation>Plaats</translation>
    </message>
    <message>
      <source>Letters in</source>
      <translation>Taal van de brieven</translation>
    </message>
    <message>
      <source>Request</source>
      <translation>Verzoek</translation>
    </message>
    <message>
      <source>Person</source>
      <translation>Persoon</translation>
    </message>
    <message>
      <source>Proof needed</source>
      <translation>Bewijs nodig</translation>
    </message>
    <message>
      <source>We reasonably doubt who is asking</source>
      <translation>We hebben redelijke twijfel over wie het vraagt</translation>
    </message>
    <message>
      <source>Why we doubt it (Art. 12(6))</source>
      <translation>Waarom wij twijfelen (art. 12 lid 6)</translation>
    </message>
    <message>
      <source>Verified by</source>
      <translation>Gecontroleerd door</translation>
    </message>
    <message>
      <source>Verified on</source>
      <translation>Gecontroleerd op</translation>
    </message>
    <message>
      <source>How</source>
      <translation>Hoe</translation>
    </message>
    <message>
      <source>Never keep a copy of an identity document. If one is shown, the photo, MRZ, document number and BSN must be masked (the government's KopieID app does this).</source>
      <translation>Bewaar nooit een kopie van een identiteitsbewijs. Wordt er een getoond, dan moeten de foto, de MRZ, het documentnummer en het BSN zijn afgeschermd (de KopieID-app van de overheid doet dat).</translation>
    </message>
    <message>
      <source>Letter asking for proof of identity</source>
      <translation>Brief met verzoek om identiteitsbewijs</translation>
    </message>
    <message>
      <source>Identity</source>
      <translation>Identiteit</translation>
    </message>
    <message>
      <source>Extend the deadline…</source>
      <translation>Termijn verlengen…</translation>
    </message>
    <message>
      <source>Refuse…</source>
      <translation>Weigeren…</translation>
    </message>
    <message>
      <source>Handling</source>
      <translation>Afhandeling</translation>
    </message>
    <message>
      <source>Recipients</source>
      <translation>Ontvangers</translation>
    </message>
    <message numerus="yes">
      <source>Deadline %1: %n day(s) left.</source>
      <translation>
        <numerusform>Termijn %1: nog %n dag.</numerusform>
        <numerusform>Termijn %1: nog %n dagen.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>Deadline %1 has passed (%n day(s) ago)!</source>
      <translation>
        <numerusform>Termijn %1 is verstreken (%n dag geleden)!</numerusform>
        <numerusform>Termijn %1 is verstreken (%n dagen geleden)!</numerusform>
      </translation>
    </message>
    <message>
      <source>Deadline extended by two months; the extension letter is ready as a draft: mark it sent when it has gone out.</source>
      <translation>Termijn met twee maanden verlengd; de verlengingsbrief staat klaar als concept: markeer hem als verstuurd zodra hij weg is.</translation>
    </message>
    <message>
      <source>The refusal letter is ready as a draft; the request is refused when you mark it sent.</source>
      <translation>De weigeringsbrief staat klaar als concept; het verzoek is geweigerd zodra u hem als verstuurd markeert.</translation>
    </message>
    <message>
      <source>Decision recorded with its reasons.</source>
      <translation>Beslissing met redenen vastgelegd.</translation>
    </message>
    <message>
      <source>Letters</source>
      <translation>Brieven</translation>
    </message>
    <message>
      <source>New request</source>
      <translation>Nieuw verzoek</translation>
    </message>
    <message>
      <source>Status: %1</source>
      <translation>Status: %1</translation>
    </message>
    <message>
      <source>Extended on %1.</source>
      <translation>Verlengd op %1.</translation>
    </message>
    <message>
      <source>Request saved.</source>
      <translation>Verzoek opgeslagen.</translation>
    </message>
    <message>
      <source>Done.</source>
      <translation>Klaar.</translation>
    </message>
    <message>
      <source>Select the person in the list first.</source>
      <translation>Selecteer eerst de persoon in de lijst.</translation>
    </message>
    <message>
      <source>Request linked to the contact.</source>
      <translation>Verzoek gekoppeld aan het contact.</translation>
    </message>
    <message>
      <source>Recorded: no data held on the requester.</source>
      <translation>Vastgelegd: geen gegevens van de verzoeker.</translation>
    </message>
    <message>
      <source>Corrections applied.</source>
      <translation>Verbeteringen toegepast.</translation>
    </message>
    <message>
      <source>Erase this person</source>
      <translation>Deze persoon verwijderen</translation>
    </message>
    <message>
      <source>Erase this person everywhere? This cannot be undone. What a legal duty keeps stays and is named in the answer.</source>
      <translation>Deze persoon overal verwijderen? Dit kan niet ongedaan worden gemaakt. Wat een wettelijke plicht bewaart, blijft en wordt in het antwoord genoemd.</translation>
    </message>
    <message>
      <source>The person was erased.</source>
      <translation>De persoon is verwijderd.</translation>
    </message>
    <message>
      <source>Extend the deadline</source>
      <translation>Termijn verlengen</translation>
    </message>
    <message>
      <source>Why is more time needed? (Art. 12(3): complexity or number of requests; the requester is told in the extension letter.)</source>
      <translation>Waarom is meer tijd nodig? (art. 12 lid 3: complexiteit of aantal verzoeken; de verzoeker wordt hierover ingelicht in de verlengingsbrief.)</translation>
    </message>
    <message>
      <source>Refuse the request</source>
      <translation>Verzoek weigeren</translation>
    </message>
    <message>
      <source>Why is the request manifestly unfounded or excessive? (Art. 12(5)). The refusal letter tells the requester they may complain to the Autoriteit Persoonsgegevens.</source>
      <translation>Waarom is het verzoek kennelijk ongegrond of buitensporig? (art. 12 lid 5). In de weigeringsbrief staat dat de verzoeker een klacht kan indienen bij de Autoriteit Persoonsgegevens.</translation>
    </message>
    <message>
      <source>Request closed.</source>
      <translation>Verzoek gesloten.</translation>
    </message>
  </context>
  <context>
    <name>RequestsPage</name>
    <message>
      <source>Reference</source>
      <translation>Referentie</translation>
    </message>
    <message>
      <source>Type</source>
      <translation>Soort</translation>
    </message>
    <message>
      <source>Requester</source>
      <translation>Verzoeker</translation>
    </message>
    <message>
      <source>Deadline</source>
      <translation>Termijn</translation>
    </message>
    <message>
      <source>Days left</source>
      <translation>Dagen over</translation>
    </message>
    <message>
      <source>Status</source>
      <translation>Status</translation>
    </message>
    <message>
      <source>Export to Excel…</source>
      <translation>Exporteren naar Excel…</translation>
    </message>
    <message>
      <source>Save letters…</source>
      <translation>Brieven opslaan…</translation>
    </message>
    <message>
      <source>The latest letter of every open request, as PDF files in a folder</source>
      <translation>De laatste brief van elk openstaand verzoek, als pdf-bestanden in een map</translation>
    </message>
    <message>
      <source>E-mail letter…</source>
      <translation>Brief e-mailen…</translation>
    </message>
    <message>
      <source>The selected (or latest) letter as an e-mail to the requester, opened in your mail program</source>
      <translation>De gekozen (of laatste) brief als e-mail aan de verzoeker, geopend in uw e-mailprogramma</translation>
    </message>
    <message>
      <source>Open e-mail</source>
      <translation>E-mail openen</translation>
    </message>
    <message>
      <source>The e-mail this request came in by</source>
      <translation>De e-mail waarmee dit verzoek binnenkwam</translation>
    </message>
    <message numerus="yes">
      <source>%n file(s) written to %1.</source>
      <translation>
        <numerusform>%n bestand opgeslagen in %1.</numerusform>
        <numerusform>%n bestanden opgeslagen in %1.</numerusform>
      </translation>
    </message>
    <message>
      <source>Requests</source>
      <translation>Verzoeken</translation>
    </message>
    <message>
      <source>Filter requests…</source>
      <translation>Verzoeken filteren…</translation>
    </message>
    <message>
      <source>New request</source>
      <translation>Nieuw verzoek</translation>
    </message>
    <message>
      <source>Delete request…</source>
      <translation>Verzoek verwijderen…</translation>
    </message>
    <message>
      <source>This request has changes that are not saved yet.</source>
      <translation>Dit verzoek heeft wijzigingen die nog niet zijn opgeslagen.</translation>
    </message>
    <message>
      <source>The deadline has passed.</source>
      <translation>De termijn is verstreken.</translation>
    </message>
    <message>
      <source>The deadline is near.</source>
      <translation>De termijn is bijna verstreken.</translation>
    </message>
    <message>
      <source>The e-mail could not be taken over from Outlook. Save it first (File &gt; Save As) and drop the saved file.</source>
      <translation>De e-mail kon niet uit Outlook worden overgenomen. Sla hem eerst op (Bestand &gt; Opslaan als) en sleep het opgeslagen bestand hierheen.</translation>
    </message>
    <message>
      <source>Request %1 made from the e-mail.</source>
      <translation>Verzoek %1 aangemaakt uit de e-mail.</translation>
    </message>
    <message>
      <source>Make the letter first; then it can be e-mailed.</source>
      <translation>Maak eerst de brief; daarna kan hij worden gee-maild.</translation>
    </message>
    <message>
      <source>The letter was e-mailed and marked sent.</source>
      <translation>De brief is gemaild en als verstuurd gemarkeerd.</translation>
    </message>
    <message>
      <source>Save the letters in</source>
      <translation>Brieven opslaan in</translation>
    </message>
    <message>
      <source>Writing the letters…</source>
      <translation>Brieven wegschrijven…</translation>
    </message>
    <message>
      <source>Save letters</source>
      <translation>Brieven opslaan</translation>
    </message>
    <message>
      <source>No letter yet: %1</source>
      <translation>Nog geen brief: %1</translation>
    </message>
    <message>
      <source>Exported to %1.</source>
      <translation>Geëxporteerd naar %1.</translation>
    </message>
  </context>
  <context>
    <name>RetentionPage</name>
    <message>
      <source>What the retention rules of the privacy statement say must now be erased: website-form data two years after it came in, other data three years after the contract ended and was settled, financial records after seven years. A legal hold keeps everything. Select, check, and erase.</source>
      <translation>Wat volgens de bewaartermijnen van de privacyverklaring nu moet worden verwijderd: gegevens uit het websiteformulier twee jaar na binnenkomst, andere gegevens drie jaar na afloop en afrekening van het contract, financiële gegevens na zeven jaar. Een juridische bewaarplicht houdt alles vast. Selecteer, controleer en verwijder.</translation>
    </message>
    <message>
      <source>Filter…</source>
      <translation>Filteren…</translation>
    </message>
    <message>
      <source>Contact</source>
      <translation>Contact</translation>
    </message>
    <message>
      <source>Rule</source>
      <translation>Regel</translation>
    </message>
    <message>
      <source>Due since</source>
      <translation>Te verwijderen sinds</translation>
    </message>
    <message>
      <source>Why</source>
      <translation>Waarom</translation>
    </message>
    <message>
      <source>Select all shown</source>
      <translation>Alles selecteren</translation>
    </message>
    <message>
      <source>Erase selected…</source>
      <translation>Selectie verwijderen…</translation>
    </message>
    <message>
      <source>Erase</source>
      <translation>Verwijderen</translation>
    </message>
    <message>
      <source>Due for erasure</source>
      <translation>Te verwijderen</translation>
    </message>
    <message>
      <source>Website form, 2 years</source>
      <translation>Websiteformulier, 2 jaar</translation>
    </message>
    <message>
      <source>No contract, 2 years after last contact</source>
      <translation>Geen overeenkomst, 2 jaar na laatste contact</translation>
    </message>
    <message>
      <source>Contract ended, 3 years</source>
      <translation>Contract afgelopen, 3 jaar</translation>
    </message>
    <message>
      <source>Financial records, 7 years</source>
      <translation>Financiële gegevens, 7 jaar</translation>
    </message>
    <message>
      <source>Legal hold</source>
      <translation>Juridische bewaarplicht</translation>
    </message>
    <message>
      <source>(erased contact %1: kept invoices)</source>
      <translation>(verwijderd contact %1: bewaarde facturen)</translation>
    </message>
    <message>
      <source>%1 due</source>
      <translation>%1 te verwijderen</translation>
    </message>
    <message numerus="yes">
      <source>Erase %n contact(s) for good? Their notes, consents and details go; what the fiscal duty keeps stays until its time is up.</source>
      <translation>
        <numerusform>%n contact definitief wissen? Notities, toestemmingen en gegevens verdwijnen; wat de fiscale bewaarplicht vraagt, blijft tot de termijn voorbij is.</numerusform>
        <numerusform>%n contacten definitief wissen? Hun notities, toestemmingen en gegevens verdwijnen; wat de fiscale bewaarplicht vraagt, blijft tot de termijn voorbij is.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>Destroy the financial records past their seven years of %n contact(s)? The contacts themselves stay.</source>
      <translation>
        <numerusform>De financiële gegevens van %n contact die hun zeven jaar voorbij zijn vernietigen? Het contact zelf blijft bestaan.</numerusform>
        <numerusform>De financiële gegevens van %n contacten die hun zeven jaar voorbij zijn vernietigen? De contacten zelf blijven bestaan.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n contact(s) erased.</source>
      <translation>
        <numerusform>%n contact verwijderd.</numerusform>
        <numerusform>%n contacten verwijderd.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n financial record(s) past their seven years destroyed; those contacts stay.</source>
      <translation>
        <numerusform>%n financieel gegeven na zeven jaar vernietigd; de contacten blijven bestaan.</numerusform>
        <numerusform>%n financiële gegevens na zeven jaar vernietigd; de contacten blijven bestaan.</numerusform>
      </translation>
    </message>
    <message>
      <source>This cannot be undone.</source>
      <translation>Dit kan niet ongedaan worden gemaakt.</translation>
    </message>
    <message>
      <source>Erasing…</source>
      <translation>Verwijderen…</translation>
    </message>
    <message>
      <source>%1 not erased:</source>
      <translation>%1 niet verwijderd:</translation>
    </message>
    <message>
      <source>Tell these recipients (Art. 19): %1</source>
      <translation>Licht deze ontvangers in (art. 19): %1</translation>
    </message>
  </context>
  <context>
    <name>SettingsPage</name>
    <message>
      <source>Controller (printed on every letter and register)</source>
      <translation>Verwerkingsverantwoordelijke (staat op elke brief en elk register)</translation>
    </message>
    <message>
      <source>Name</source>
      <translation>Naam</translation>
    </message>
    <message>
      <source>Street and number</source>
      <translation>Straat en huisnummer</translation>
    </message>
    <message>
      <source>Address (extra line)</source>
      <translation>Adres (extra regel)</translation>
    </message>
    <message>
      <source>Postcode</source>
      <translation>Postcode</translation>
    </message>
    <message>
      <source>City</source>
      <translation>Plaats</translation>
    </message>
    <message>
      <source>Country (code)</source>
      <translation>Land (code)</translation>
    </message>
    <message>
      <source>Phone</source>
      <translation>Telefoon</translation>
    </message>
    <message>
      <source>E-mail</source>
      <translation>E-mail</translation>
    </message>
    <message>
      <source>Website</source>
      <translation>Website</translation>
    </message>
    <message>
      <source>Chamber of Commerce number</source>
      <translation>KvK-nummer</translation>
    </message>
    <message>
      <source>Supervisory authority</source>
      <translation>Toezichthouder</translation>
    </message>
    <message>
      <source>Supervisory authority complaint page</source>
      <translation>Klachtenpagina toezichthouder</translation>
    </message>
    <message>
      <source>Data protection officer (empty: none)</source>
      <translation>Functionaris gegevensbescherming (leeg: geen)</translation>
    </message>
    <message>
      <source>Signature (under every letter)</source>
      <translation>Ondertekening (onder elke brief)</translation>
    </message>
    <message>
      <source>Signed by</source>
      <translation>Ondertekend door</translation>
    </message>
    <message>
      <source>e.g. J. de Vries</source>
      <translation>bijv. J. de Vries</translation>
    </message>
    <message>
      <source>Role</source>
      <translation>Rol</translation>
    </message>
    <message>
      <source>e.g. Privacy coordinator</source>
      <translation>bijv. privacycoördinator</translation>
    </message>
    <message>
      <source>This computer</source>
      <translation>Deze computer</translation>
    </message>
    <message>
      <source>Language (after restart)</source>
      <translation>Taal (na opnieuw starten)</translation>
    </message>
    <message>
      <source>Try it out</source>
      <translation>Uitproberen</translation>
    </message>
    <message>
      <source>Fill this database with fictional Dutch contacts, companies, third parties, requests and breaches, to practise or to show the program. Use a separate database for this.</source>
      <translation>Vul deze database met verzonnen Nederlandse contacten, bedrijven, derden, verzoeken en datalekken, om te oefenen of het programma te laten zien. Gebruik hiervoor een aparte database.</translation>
    </message>
    <message>
      <source>Add demo data…</source>
      <translation>Demogegevens toevoegen…</translation>
    </message>
    <message>
      <source>Save settings</source>
      <translation>Instellingen opslaan</translation>
    </message>
    <message>
      <source>Settings</source>
      <translation>Instellingen</translation>
    </message>
    <message>
      <source>Add demo data</source>
      <translation>Demogegevens toevoegen</translation>
    </message>
    <message>
      <source>How many fictional contacts? (They are added to this database.)</source>
      <translation>Hoeveel verzonnen contacten? (Ze worden aan deze database toegevoegd.)</translation>
    </message>
    <message>
      <source>Adding demo data…</source>
      <translation>Demogegevens toevoegen…</translation>
    </message>
    <message>
      <source>%1 demo contacts added.</source>
      <translation>%1 democontacten toegevoegd.</translation>
    </message>
    <message>
      <source>Settings saved.</source>
      <translation>Instellingen opgeslagen.</translation>
    </message>
  </context>
  <context>
    <name>StatementDialog</name>
    <message>
      <source>Privacy statement</source>
      <translation>Privacyverklaring</translation>
    </message>
    <message>
      <source>The privacy statement is made from the register, the controller's details and the retention rules, in Dutch and English. Every published version is kept.</source>
      <translation>De privacyverklaring wordt gemaakt uit het register, de gegevens van de verwerkingsverantwoordelijke en de bewaartermijnen, in het Nederlands en het Engels. Elke gepubliceerde versie wordt bewaard.</translation>
    </message>
    <message>
      <source>Published versions:</source>
      <translation>Gepubliceerde versies:</translation>
    </message>
    <message>
      <source>Publish new version</source>
      <translation>Nieuwe versie publiceren</translation>
    </message>
    <message>
      <source>Open PDF (Dutch)</source>
      <translation>Pdf openen (Nederlands)</translation>
    </message>
    <message>
      <source>Open PDF (English)</source>
      <translation>Pdf openen (Engels)</translation>
    </message>
    <message>
      <source>Save files…</source>
      <translation>Bestanden opslaan…</translation>
    </message>
    <message>
      <source>No version has been published yet. Publish the first one.</source>
      <translation>Er is nog geen versie gepubliceerd. Publiceer de eerste.</translation>
    </message>
    <message>
      <source>The register changed after version %1 of %2 was published. Publish a new version and put it on the website.</source>
      <translation>Het register is gewijzigd na publicatie van versie %1 van %2. Publiceer een nieuwe versie en zet die op de website.</translation>
    </message>
    <message>
      <source>Version %1 of %2 matches the register.</source>
      <translation>Versie %1 van %2 komt overeen met het register.</translation>
    </message>
    <message>
      <source>Version %1 — %2</source>
      <translation>Versie %1 — %2</translation>
    </message>
    <message>
      <source>name</source>
      <translation>naam</translation>
    </message>
    <message>
      <source>purpose</source>
      <translation>doel</translation>
    </message>
    <message>
      <source>legitimate interest</source>
      <translation>gerechtvaardigd belang</translation>
    </message>
    <message>
      <source>source</source>
      <translation>herkomst</translation>
    </message>
    <message>
      <source>retention note</source>
      <translation>toelichting bewaartermijn</translation>
    </message>
    <message>
      <source>No English text yet, so the English statement gives these in Dutch (and says so): %1</source>
      <translation>Nog geen Engelse tekst; de Engelse privacyverklaring geeft deze teksten daarom in het Nederlands (en vermeldt dat): %1</translation>
    </message>
    <message>
      <source>Publish a new version of the privacy statement, dated today, from the register as it is now?</source>
      <translation>Een nieuwe versie van de privacyverklaring publiceren, met de datum van vandaag, uit het register zoals het nu is?</translation>
    </message>
    <message>
      <source>Making the privacy statement…</source>
      <translation>Privacyverklaring wordt gemaakt…</translation>
    </message>
    <message>
      <source>Version %1 published. Save the files and put the HTML on the website.</source>
      <translation>Versie %1 gepubliceerd. Sla de bestanden op en zet de HTML op de website.</translation>
    </message>
    <message>
      <source>Save the privacy statement in</source>
      <translation>Privacyverklaring opslaan in</translation>
    </message>
    <message>
      <source>Saved:
%1</source>
      <translation>Opgeslagen:
%1</translation>
    </message>
  </context>
  <context>
    <name>SubProcessorTable</name>
    <message>
      <source>Name</source>
      <translation>Naam</translation>
    </message>
    <message>
      <source>Service</source>
      <translation>Dienst</translation>
    </message>
    <message>
      <source>Country</source>
      <translation>Land</translation>
    </message>
    <message>
      <source>Safeguard (outside the EEA)</source>
      <translation>Waarborg (buiten de EER)</translation>
    </message>
    <message>
      <source>Authorised beforehand</source>
      <translation>Vooraf toegestaan</translation>
    </message>
    <message>
      <source>Add sub-processor</source>
      <translation>Subverwerker toevoegen</translation>
    </message>
    <message>
      <source>Remove</source>
      <translation>Verwijderen</translation>
    </message>
  </context>
  <context>
    <name>ThirdPartiesPage</name>
    <message>
      <source>Organisation</source>
      <translation>Organisatie</translation>
    </message>
    <message>
      <source>Category</source>
      <translation>Categorie</translation>
    </message>
    <message>
      <source>Role</source>
      <translation>Rol</translation>
    </message>
    <message>
      <source>Country</source>
      <translation>Land</translation>
    </message>
    <message>
      <source>Processor agreement</source>
      <translation>Verwerkersovereenkomst</translation>
    </message>
    <message>
      <source>Export to Excel…</source>
      <translation>Exporteren naar Excel…</translation>
    </message>
    <message>
      <source>Third parties &amp; agreements</source>
      <translation>Derden &amp; overeenkomsten</translation>
    </message>
    <message>
      <source>Filter third parties…</source>
      <translation>Derden filteren…</translation>
    </message>
    <message>
      <source>New third party</source>
      <translation>Nieuwe derde</translation>
    </message>
    <message>
      <source>Delete third party…</source>
      <translation>Derde verwijderen…</translation>
    </message>
    <message>
      <source>This third party has changes that are not saved yet.</source>
      <translation>Deze derde heeft wijzigingen die nog niet zijn opgeslagen.</translation>
    </message>
    <message>
      <source>Delete this third party?</source>
      <translation>Deze derde verwijderen?</translation>
    </message>
    <message>
      <source>Third party deleted.</source>
      <translation>Derde verwijderd.</translation>
    </message>
    <message>
      <source>Inactive</source>
      <translation>Niet actief</translation>
    </message>
    <message>
      <source>Exported to %1.</source>
      <translation>Geëxporteerd naar %1.</translation>
    </message>
  </context>
  <context>
    <name>ThirdPartyEditor</name>
    <message>
      <source>Organisation</source>
      <translation>Organisatie</translation>
    </message>
    <message>
      <source>Category</source>
      <translation>Categorie</translation>
    </message>
    <message>
      <source>Role</source>
      <translation>Rol</translation>
    </message>
    <message>
      <source>Outside the EEA: record the safeguard below.</source>
      <translation>Buiten de EER: leg hieronder de waarborg vast.</translation>
    </message>
    <message>
      <source>Country</source>
      <translation>Land</translation>
    </message>
    <message>
      <source>Safeguard (outside the EEA)</source>
      <translation>Waarborg (buiten de EER)</translation>
    </message>
    <message>
      <source>Contact person</source>
      <translation>Contactpersoon</translation>
    </message>
    <message>
      <source>E-mail</source>
      <translation>E-mail</translation>
    </message>
    <message>
      <source>Telephone</source>
      <translation>Telefoon</translation>
    </message>
    <message>
      <source>What they receive</source>
      <translation>Wat zij ontvangen</translation>
    </message>
    <message>
      <source>Notes</source>
      <translation>Notities</translation>
    </message>
    <message>
      <source>Active</source>
      <translation>Actief</translation>
    </message>
    <message>
      <source>We currently share data with this party</source>
      <translation>We delen nu gegevens met deze partij</translation>
    </message>
    <message>
      <source>General</source>
      <translation>Algemeen</translation>
    </message>
    <message>
      <source>The processing activities they receive data for:</source>
      <translation>De verwerkingsactiviteiten waarvoor zij gegevens ontvangen:</translation>
    </message>
    <message>
      <source>Processing activities</source>
      <translation>Verwerkingsactiviteiten</translation>
    </message>
    <message>
      <source>Agreement</source>
      <translation>Overeenkomst</translation>
    </message>
    <message>
      <source>Status</source>
      <translation>Status</translation>
    </message>
    <message>
      <source>Signed</source>
      <translation>Getekend</translation>
    </message>
    <message>
      <source>Expires</source>
      <translation>Verloopt</translation>
    </message>
    <message>
      <source>Checklist</source>
      <translation>Checklist</translation>
    </message>
    <message>
      <source>New agreement</source>
      <translation>Nieuwe overeenkomst</translation>
    </message>
    <message>
      <source>Delete agreement…</source>
      <translation>Overeenkomst verwijderen…</translation>
    </message>
    <message>
      <source>Processor agreements</source>
      <translation>Verwerkersovereenkomsten</translation>
    </message>
    <message>
      <source>Save the third party first; then add its processor agreement here.</source>
      <translation>Sla eerst de derde op; voeg daarna hier de verwerkersovereenkomst toe.</translation>
    </message>
    <message>
      <source>A processor needs a signed processor agreement that covers every point of Art. 28(3).</source>
      <translation>Een verwerker heeft een getekende verwerkersovereenkomst nodig die elk punt van art. 28 lid 3 regelt.</translation>
    </message>
    <message>
      <source>This party is not a processor: no processor agreement is needed.</source>
      <translation>Deze partij is geen verwerker: een verwerkersovereenkomst is niet nodig.</translation>
    </message>
    <message>
      <source>(none)</source>
      <translation>(geen)</translation>
    </message>
    <message>
      <source>New third party</source>
      <translation>Nieuwe derde</translation>
    </message>
    <message>
      <source>Third party saved.</source>
      <translation>Derde opgeslagen.</translation>
    </message>
    <message>
      <source>Processor agreement</source>
      <translation>Verwerkersovereenkomst</translation>
    </message>
    <message>
      <source>This agreement has changes that are not saved yet.</source>
      <translation>Deze overeenkomst heeft wijzigingen die nog niet zijn opgeslagen.</translation>
    </message>
    <message>
      <source>Delete agreement</source>
      <translation>Overeenkomst verwijderen</translation>
    </message>
    <message>
      <source>Delete this processor agreement and the app's copy of its signed document? Keep agreements that ended: mark them expired or terminated instead.</source>
      <translation>Deze verwerkersovereenkomst verwijderen, samen met de kopie van het getekende document in de app? Bewaar overeenkomsten die zijn afgelopen: markeer ze in plaats daarvan als verlopen of beëindigd.</translation>
    </message>
    <message>
      <source>Processor agreement deleted.</source>
      <translation>Verwerkersovereenkomst verwijderd.</translation>
    </message>
  </context>
  <context>
    <name>WelcomeDialog</name>
    <message>
      <source>Welcome to SOOSR Desk</source>
      <translation>Welkom bij SOOSR Desk</translation>
    </message>
    <message>
      <source>Every letter and register carries the controller's details. Please check them:</source>
      <translation>Elke brief en elk register draagt de gegevens van de verwerkingsverantwoordelijke. Controleer ze:</translation>
    </message>
    <message>
      <source>Your data is kept in this file, on this computer only:</source>
      <translation>Uw gegevens staan in dit bestand, alleen op deze computer:</translation>
    </message>
    <message>
      <source>Keep this computer's disk encrypted (BitLocker or Device Encryption): the file holds personal data.</source>
      <translation>Houd de schijf van deze computer versleuteld (BitLocker of Apparaatversleuteling): het bestand bevat persoonsgegevens.</translation>
    </message>
    <message>
      <source>The details are right</source>
      <translation>De gegevens kloppen</translation>
    </message>
    <message>
      <source>Change the details…</source>
      <translation>Gegevens wijzigen…</translation>
    </message>
  </context>
  <context>
    <name>app</name>
    <message>
      <source>This database is already open in another SOOSR Desk window.</source>
      <translation>Deze database is al geopend in een ander SOOSR Desk-venster.</translation>
    </message>
    <message>
      <source>This database is already open in SOOSR Desk on computer %1 (process %2). Close it there first; only one program may work on a database at a time.</source>
      <translation>Deze database is al geopend in SOOSR Desk op computer %1 (proces %2). Sluit hem daar eerst; er mag maar één programma tegelijk met een database werken.</translation>
    </message>
    <message>
      <source>SOOSR Desk</source>
      <translation>SOOSR Desk</translation>
    </message>
    <message>
      <source>Open it anyway?</source>
      <translation>Toch openen?</translation>
    </message>
    <message>
      <source>That window has been brought to the front.</source>
      <translation>Dat venster staat nu vooraan.</translation>
    </message>
    <message>
      <source>Put back the latest backup, of %1? The damaged file is kept aside, never overwritten.</source>
      <translation>De laatste back-up, van %1, terugzetten? Het beschadigde bestand wordt apart bewaard, nooit overschreven.</translation>
    </message>
  </context>
  <context>
    <name>errors</name>
    <message>
      <source>Something went wrong that SOOSR Desk did not expect. Nothing was saved, and what you typed is still here. Try again; if it happens again, tell your IT support (the details are in the log file).</source>
      <translation>Er ging iets mis wat SOOSR Desk niet verwachtte. Er is niets opgeslagen en wat u typte staat er nog. Probeer het opnieuw; gebeurt het weer, meld het dan bij uw IT-ondersteuning (de details staan in het logbestand).</translation>
    </message>
  </context>
  <context>
    <name>file_targets</name>
    <message>
      <source>%1 is already in that folder. Replace the files that are there already?</source>
      <translation>%1 staat al in die map. Wilt u de bestanden die er al staan vervangen?</translation>
    </message>
    <message>
      <source>These files already exist in the folder:
%1

Replace them?</source>
      <translation>Deze bestanden staan al in de map:
%1

Wilt u ze vervangen?</translation>
    </message>
  </context>
  <context>
    <name>jobs</name>
    <message>
      <source>Cancel</source>
      <translation>Annuleren</translation>
    </message>
  </context>
  <context>
    <name>questions</name>
    <message>
      <source>Unsaved changes</source>
      <translation>Niet-opgeslagen wijzigingen</translation>
    </message>
  </context>
</TS>