"""The Dutch wording of the letters to a requester (letter_texts merges it into TEXTS).

Fixed text; `{name}`-style fields are filled with facts, and the whole sentence then goes
through `para`, so user text in it prints as typed."""

TEXTS_NL: dict[str, str] = {
    "date_label": "Datum",
    "reference_label": "Ons kenmerk",
    "page": "Pagina {page} van {pages}",
    "subject_answer": "Antwoord op uw verzoek – {kind}",
    "subject_id_request": "Uw verzoek – {kind}: bewijs van identiteit nodig",
    "subject_extension": "Uw verzoek – {kind}: verlenging van de antwoordtermijn",
    "subject_refusal": "Uw verzoek – {kind}: weigering",
    "salutation": "Geachte {name},",
    "salutation_anonymous": "Geachte heer, mevrouw,",
    "intro_access": "Op {received} hebben wij uw verzoek ontvangen om inzage in de "
    "persoonsgegevens die wij van u verwerken (artikel 15 AVG).",
    "intro_rectification": "Op {received} hebben wij uw verzoek ontvangen om uw "
    "persoonsgegevens te corrigeren (artikel 16 AVG).",
    "intro_erasure": "Op {received} hebben wij uw verzoek ontvangen om uw "
    "persoonsgegevens te wissen (artikel 17 AVG).",
    "intro_restriction": "Op {received} hebben wij uw verzoek ontvangen om de verwerking "
    "van uw persoonsgegevens te beperken (artikel 18 AVG).",
    "intro_objection": "Op {received} hebben wij uw bezwaar ontvangen tegen de verwerking "
    "van uw persoonsgegevens (artikel 21 AVG).",
    "intro_portability": "Op {received} hebben wij uw verzoek ontvangen om uw "
    "persoonsgegevens aan u over te dragen (artikel 20 AVG).",
    "intro_withdrawal": "Op {received} hebben wij uw bericht ontvangen dat u uw "
    "toestemming intrekt (artikel 7 lid 3 AVG).",
    # id_request
    "id_why": "Voordat wij uw verzoek kunnen uitvoeren, moeten wij zeker weten dat het van "
    "u afkomstig is. Zo voorkomen wij dat uw gegevens bij iemand anders "
    "terechtkomen. Wij vragen u daarom om uw identiteit aan te tonen "
    "(artikel 12 lid 6 AVG).",
    "id_mask": "Stuurt u ons een kopie van uw paspoort, identiteitskaart of rijbewijs? "
    "Maak daarop dan eerst onleesbaar:",
    "id_photo": "uw pasfoto;",
    "id_mrz": "de strook met letters en cijfers onderaan (de MRZ);",
    "id_number": "het documentnummer;",
    "id_bsn": "uw burgerservicenummer (BSN).",
    "id_app": "Dat kan eenvoudig met de gratis app KopieID van de Rijksoverheid (voor "
    "iPhone en Android). Met de app zet u ook een watermerk op de kopie; vermeld "
    'daarin "{controller}, {reference}" en de datum.',
    "id_no_copy": "Wij bewaren nooit een kopie van uw identiteitsbewijs. Wij leggen alleen "
    "vast wie uw identiteit heeft gecontroleerd, wanneer en hoe, en vernietigen "
    "de kopie direct daarna.",
    "id_send_email": "U kunt de kopie sturen naar {email} of per post naar het adres "
    "bovenaan deze brief. Vermeld daarbij ons kenmerk {reference}.",
    "id_send_post": "U kunt de kopie per post sturen naar het adres bovenaan deze brief. "
    "Vermeld daarbij ons kenmerk {reference}.",
    "id_deadline": "Wij moeten uw verzoek uiterlijk op {deadline} beantwoorden. Stuur het "
    "bewijs daarom zo snel mogelijk. Zolang wij uw identiteit niet kunnen "
    "vaststellen, kunnen wij uw verzoek niet uitvoeren (artikel 12 lid 2 AVG).",
    # extension
    "ext_why": "Wij hebben meer tijd nodig om uw verzoek zorgvuldig te behandelen. Op grond "
    "van artikel 12 lid 3 AVG verlengen wij de termijn daarom met twee maanden. "
    "Onze redenen zijn:",
    "ext_new": "U ontvangt ons antwoord uiterlijk op {deadline}, in plaats van uiterlijk op "
    "{original}.",
    "ext_new_only": "U ontvangt ons antwoord uiterlijk op {deadline}.",
    "ext_in_time": "Wij laten u dit binnen een maand na ontvangst van uw verzoek weten, zoals "
    "de AVG voorschrijft.",
    "ext_complaint": "Bent u het niet eens met deze verlenging, dan heeft u het recht een "
    "klacht in te dienen bij de {authority} ({url}). U kunt ook naar de "
    "rechter stappen.",
    # refusal
    "ref_why": "Wij hebben uw verzoek zorgvuldig bekeken. Wij zijn van oordeel dat het "
    "kennelijk ongegrond of buitensporig is in de zin van artikel 12 lid 5 AVG. "
    "Wij geven daarom geen gevolg aan uw verzoek. Onze redenen zijn:",
    "ref_complaint": "Bent u het niet eens met deze beslissing, dan heeft u het recht een "
    "klacht in te dienen bij de {authority} ({url}).",
    "ref_court": "U kunt ook naar de rechter stappen (artikel 79 AVG). Dat doet u met een "
    "verzoekschrift aan de rechtbank, binnen zes weken nadat u deze brief heeft "
    "ontvangen (artikel 35 UAVG).",
    # answers
    "no_data": "Wij hebben in onze administratie gezocht naar gegevens over u. Wij "
    "verwerken geen persoonsgegevens over u.",
    "no_data_done": "Wij hoefden daarom niets te doen om uw verzoek uit te voeren.",
    "note": "Toelichting: {note}",
    "acc_intro": "Hieronder vindt u een kopie van alle persoonsgegevens die wij van u "
    "verwerken, gevolgd door de informatie waarop u volgens artikel 15 AVG "
    "recht heeft.",
    "h_details": "Uw gegevens",
    "col_field": "Gegeven",
    "col_value": "Waarde",
    "none_details": "Wij hebben geen contactgegevens van u.",
    "h_notes": "Notities over ons contact met u",
    "col_date": "Datum",
    "col_note": "Notitie",
    "none_notes": "Wij hebben geen notities over u.",
    "h_consents": "Uw toestemmingen",
    "col_purpose": "Doel",
    "col_given": "Gegeven op",
    "col_withdrawn": "Ingetrokken op",
    "not_withdrawn": "niet ingetrokken",
    "none_consents": "U heeft ons geen toestemming gegeven.",
    "h_requests": "Uw verzoeken",
    "col_reference": "Kenmerk",
    "col_kind": "Soort verzoek",
    "col_received": "Ontvangen op",
    "col_status": "Status",
    "h_activities": "Verwerkingen die u betreffen",
    "activities": "Per verwerking staan hieronder het doel, de grondslag, de soorten "
    "gegevens, hoe lang wij ze bewaren en wie ze kan ontvangen.",
    "lbl_purpose": "Doel: {value}",
    "lbl_basis": "Grondslag: {value}",
    "lbl_categories": "Soorten gegevens: {value}",
    "lbl_retention": "Bewaartermijn: {value}",
    "lbl_recipients": "Ontvangers: {value}",
    "lbl_source": "Herkomst: {value}",
    "none_activities": "Er zijn geen verwerkingen die u betreffen.",
    "none_short": "geen",
    "interest": "{basis}; ons belang: {interest}",
    "h_art15": "Informatie volgens artikel 15 AVG",
    "h_purposes": "Doelen en grondslagen",
    "purposes": "Wij verwerken uw gegevens alleen voor de doelen en op de grondslagen die "
    "hierboven per verwerking staan.",
    "purposes_none": "Wij verwerken uw gegevens voor geen enkel doel meer.",
    "h_categories": "Soorten gegevens",
    "categories": "Wij verwerken deze soorten persoonsgegevens van u: {categories}.",
    "h_recipients": "Ontvangers",
    "recipient_categories": "Wij kunnen uw gegevens delen met deze soorten ontvangers: "
    "{categories}.",
    "recipient_names": "De ontvangers bij naam: {names}.",
    "recipients_none": "Wij delen uw gegevens met niemand.",
    "h_retention": "Bewaartermijn",
    "retention": "Hoe lang wij uw gegevens bewaren, staat hierboven per verwerking. Daarna "
    "wissen wij ze of maken wij ze onomkeerbaar anoniem.",
    "retention_none": "Wij bewaren uw gegevens niet langer dan nodig is voor de doelen hierboven.",
    "h_source": "Herkomst van de gegevens",
    "source": "Uw gegevens komen van: {sources}.",
    "source_self": "Wij hebben uw gegevens van uzelf ontvangen.",
    "h_automated": "Geautomatiseerde besluitvorming",
    "automated_none": "Wij nemen geen besluiten over u die uitsluitend op geautomatiseerde "
    "verwerking berusten, en wij maken geen profiel van u (artikel 22 AVG).",
    "automated_yes": "Bij een of meer van de verwerkingen hierboven nemen wij besluiten die "
    "uitsluitend op geautomatiseerde verwerking berusten (artikel 22 AVG). U "
    "kunt vragen om tussenkomst van een medewerker, uw standpunt geven en het "
    "besluit aanvechten. Op verzoek leggen wij u uit hoe zo'n besluit tot "
    "stand komt en wat de gevolgen voor u zijn.",
    "h_rights": "Uw rechten",
    "rights": "U heeft het recht op:",
    "right_rectification": "rectificatie: onjuiste of onvolledige gegevens laten "
    "corrigeren of aanvullen (artikel 16 AVG);",
    "right_erasure": "wissing: uw gegevens laten wissen (artikel 17 AVG);",
    "right_restriction": "beperking: de verwerking van uw gegevens laten beperken "
    "(artikel 18 AVG);",
    "right_objection": "bezwaar: bezwaar maken tegen de verwerking van uw gegevens, en "
    "tegen direct marketing altijd (artikel 21 AVG);",
    "right_portability": "overdraagbaarheid: uw gegevens in een gangbaar, machineleesbaar "
    "bestand ontvangen of laten overdragen (artikel 20 AVG);",
    "right_withdraw": "intrekking van een gegeven toestemming, op elk moment "
    "(artikel 7 lid 3 AVG).",
    "complaint_right": "U heeft ook het recht een klacht in te dienen bij de {authority} ({url}).",
    "rect_done": "Wij hebben uw gegevens gecorrigeerd. Dit is gewijzigd:",
    "col_before": "Voorheen",
    "col_after": "Nu",
    "empty_value": "(leeg)",
    "er_done": "Wij hebben uw persoonsgegevens gewist of onomkeerbaar geanonimiseerd, "
    "overal waar wij ze bewaren.",
    "er_removed": "Verwijderd:",
    "er_kept": "Deze gegevens bewaren wij nog, elk met de reden en tot wanneer. Wij "
    "gebruiken ze voor niets anders en wissen ze zodra de reden vervalt:",
    "col_what": "Wat",
    "col_why": "Waarom",
    "col_until": "Bewaard tot",
    "until_open": "zolang de plicht duurt",
    "er_nothing_kept": "Wij bewaren geen persoonsgegevens meer over u.",
    "er_backups": "Uw gegevens kunnen nog in onze back-ups staan. Back-ups worden "
    "automatisch vervangen: uiterlijk op {date} bestaat er geen back-up met uw "
    "gegevens meer. Tot dan gebruiken wij ze alleen om na een storing gegevens "
    "terug te zetten, en dan wissen wij uw gegevens opnieuw.",
    "res_done": "Wij hebben de verwerking van uw persoonsgegevens beperkt. Uw gegevens zijn "
    "in onze administratie gemarkeerd als beperkt. Dat betekent: wij bewaren "
    "ze, maar wij verwerken ze verder niet, behalve om ze op te slaan. Alleen "
    "met uw toestemming, voor een rechtsvordering, ter bescherming van de "
    "rechten van een ander of om gewichtige redenen van algemeen belang mogen "
    "wij ze toch gebruiken (artikel 18 lid 2 AVG).",
    "res_lift": "Voordat wij de beperking opheffen, laten wij u dat weten (artikel 18 lid 3 AVG).",
    "obj_done": "Wij hebben uw bezwaar tegen direct marketing vastgelegd. Dit bezwaar is "
    "absoluut (artikel 21 lid 3 AVG): vanaf nu ontvangt u van ons geen "
    "nieuwsbrieven of andere marketing meer, en wij gebruiken uw gegevens niet "
    "meer voor direct marketing.",
    "port_done": "U vindt uw persoonsgegevens in het bijgevoegde bestand {file}. Dat is een "
    "ZIP-bestand met uw gegevens in JSON en in CSV, beide in UTF-8: gangbare, "
    "machineleesbare formaten die u zelf kunt openen of aan een andere "
    "organisatie kunt geven (artikel 20 AVG).",
    "port_file": "het bijgevoegde ZIP-bestand",
    "port_contains": "Het bestand bevat:",
    "port_fields": "uw contactgegevens ({count} gegevens);",
    "port_notes": "de notities over ons contact met u ({count});",
    "port_consents": "uw toestemmingen, met de datum van geven en intrekken ({count}).",
    "port_direct": "Wilt u dat wij uw gegevens rechtstreeks aan een andere organisatie "
    "sturen? Laat het ons weten; waar dat technisch mogelijk is, doen wij dat "
    "(artikel 20 lid 2 AVG).",
    "wd_done": "Wij hebben uw toestemming ingetrokken:",
    "wd_effect": "Vanaf die datum verwerken wij uw gegevens niet meer op basis van deze "
    "toestemming. De verwerking vóór de intrekking blijft rechtmatig "
    "(artikel 7 lid 3 AVG). De intrekking zelf leggen wij vast, zodat wij "
    "kunnen aantonen dat wij die respecteren.",
    "wd_none": "Er stond geen geldige toestemming van u geregistreerd; er was dus niets "
    "in te trekken.",
    "h_notices": "Ontvangers op de hoogte gebracht",
    "col_recipient": "Ontvanger",
    "col_told": "Op de hoogte gebracht",
    "told_impossible": "Niet mogelijk: {reason}",
    "told_not_yet": "nog niet",
    "contact_via": "Heeft u vragen over deze brief, neem dan contact met ons op via {via}, "
    "en vermeld daarbij ons kenmerk {reference}.",
    "contact": "Heeft u vragen over deze brief, neem dan contact met ons op en vermeld "
    "daarbij ons kenmerk {reference}.",
    "or": " of ",
    "complaint": "Bent u het niet eens met de manier waarop wij uw verzoek hebben "
    "behandeld, dan heeft u het recht een klacht in te dienen bij de "
    "{authority} ({url}).",
    "regards": "Met vriendelijke groet,",
}
