"""The wording of what a request led to (issue 14), Dutch and English; letter_texts merges it
into TEXTS. Each outcome has its own sentence; negative outcomes are followed by the
reasons, the complaint to the supervisory authority and the court route."""

from __future__ import annotations

OUTCOME_TEXTS: dict[str, dict[str, str]] = {
    "nl": {
        "reasons": "Onze redenen zijn:",
        "rect_not_needed": "Wij hebben uw verzoek beoordeeld en uw gegevens niet gewijzigd: "
        "naar ons oordeel zijn de gegevens die wij van u hebben juist en "
        "volledig (artikel 16 AVG).",
        "er_refused_legal_obligation": "Wij hebben uw persoonsgegevens niet gewist. Wij moeten "
        "ze bewaren om te voldoen aan een wettelijke verplichting "
        "(artikel 17 lid 3 onder b AVG).",
        "er_refused_legal_claims": "Wij hebben uw persoonsgegevens niet gewist. Wij hebben ze "
        "nodig voor de instelling, uitoefening of onderbouwing van "
        "een rechtsvordering (artikel 17 lid 3 onder e AVG).",
        "er_refused_hold": "Uw gegevens vallen onder een juridische bewaarplicht: {reason}",
        "er_refused_again": "Zodra deze grond niet meer geldt, kunt u ons opnieuw vragen uw "
        "gegevens te wissen.",
        "er_proof": "Zonder persoonsgegevens houden wij vast dat uw verzoek is behandeld "
        "(kenmerk, soort verzoek en data), zodat wij kunnen aantonen dat wij de AVG "
        "naleven (artikel 5 lid 2 AVG).",
        "res_not_applied": "Wij hebben de verwerking van uw persoonsgegevens niet beperkt: naar "
        "ons oordeel doet zich geen van de situaties van artikel 18 lid 1 AVG "
        "voor.",
        "obj_upheld": "Wij hebben uw bezwaar tegen de verwerking \u201c{activity}\u201d gegrond "
        "verklaard (artikel 21 lid 1 AVG). Wij verwerken uw gegevens niet meer "
        "voor deze verwerking.",
        "obj_denied": "Wij hebben uw bezwaar tegen de verwerking \u201c{activity}\u201d "
        "beoordeeld (artikel 21 lid 1 AVG). Wij zetten deze verwerking voort, "
        "omdat wij dwingende gerechtvaardigde gronden hebben die zwaarder wegen "
        "dan uw belangen, rechten en vrijheden. Deze gronden zijn:",
        "explanation": "Toelichting:",
        "wd_opt_out": "Dit geldt voor elke verzending met dit doel, ook waar wij u anders op "
        "grond van ons gerechtvaardigd belang zouden mogen benaderen, totdat u "
        "opnieuw toestemming geeft.",
        "id_doubt": "Wij twijfelen redelijkerwijs aan uw identiteit, omdat:",
        # access: what the letter adds to the copy
        "h_financial": "Facturen en betalingen",
        "col_number": "Nummer",
        "col_amount": "Bedrag",
        "col_description": "Omschrijving",
        "col_kept_until": "Bewaard tot",
        "financial_kept": "Facturen en betalingen bewaren wij zeven jaar na afloop van het "
        "boekjaar, tot en met de datum in de tabel (artikel 52 Algemene wet "
        "inzake rijksbelastingen).",
        "h_flags": "Beperking, bezwaar en bewaarplicht",
        "flag_restricted": "De verwerking van uw gegevens is beperkt (artikel 18 AVG).",
        "flag_restricted_why": "De verwerking van uw gegevens is beperkt (artikel 18 AVG). "
        "Reden: {reason}",
        "flag_objected": "U heeft op {date} bezwaar gemaakt tegen direct marketing; wij sturen "
        "u geen marketing.",
        "flag_objected_undated": "U heeft bezwaar gemaakt tegen direct marketing; wij sturen u "
        "geen marketing.",
        "flag_hold": "Uw gegevens vallen onder een juridische bewaarplicht (een geschil of "
        "claim). Reden: {reason}",
        "flag_none": "Er geldt geen beperking, bezwaar of juridische bewaarplicht voor uw "
        "gegevens.",
        "h_consent_evidence": "Hoe u toestemming gaf of introk",
        "col_evidence": "Bewijs van toestemming",
        "col_withdrawal_evidence": "Bewijs van intrekking",
        "recipient_party": "{name} ({country})",
        "recipients_named": "Uw gegevens gaan naar deze ontvangers:",
        "recipients_unnamed": "Ontvangers die wij niet bij naam kunnen noemen, omdat wij voor "
        "hen geen vaste partij hebben vastgelegd; wij noemen daarom alleen "
        "de soort: {categories}.",
        "transfer": "{name} ontvangt uw gegevens in {country}, buiten de Europese Economische "
        "Ruimte. Waarborg: {safeguard}. U kunt bij ons een kopie van deze waarborg "
        "opvragen (artikel 15 lid 2 AVG).",
        "transfer_none_recorded": "{name} ontvangt uw gegevens in {country}, buiten de "
        "Europese Economische Ruimte. Voor deze doorgifte is bij ons "
        "geen waarborg vastgelegd (artikel 15 lid 2 AVG).",
        "transfers_none": "Wij geven uw gegevens niet door naar landen buiten de Europese "
        "Economische Ruimte.",
        "h_transfers": "Doorgifte buiten de Europese Economische Ruimte",
        "ret_dates": "Voor u betekent dit: gerekend vanaf {date} wissen wij uw gegevens op of "
        "na {erase}.",
        "ret_contract_running": "Voor u is er nog geen datum: er loopt nog een overeenkomst, of "
        "nog niet alles is afgewikkeld.",
        "ret_legal_hold": "Voor u geldt dit nu: uw gegevens vallen onder deze bewaarplicht tot "
        "die is opgeheven.",
        "ret_no_date": "Wij bewaren uw gegevens niet langer dan nodig is voor de doelen hierboven.",
        "dutch_only": "",
        "h_art19_none": "Ontvangers",
        "notices_none": "Wij hebben uw gegevens aan niemand verstrekt; er is dus niemand die "
        "wij hierover moeten inlichten (artikel 19 AVG).",
        "notices_intro": "Volgens ons register gaan uw gegevens naar de ontvangers hieronder. "
        "Per ontvanger staat of wij hen van de wijziging op de hoogte hebben "
        "gebracht, of waarom dat niet kan (artikel 19 AVG):",
        "notices_ask": "U kunt ons altijd vragen welke ontvangers wij hebben ingelicht.",
        "told_on": "op de hoogte gebracht op {date}",
        "told_will": "wordt op de hoogte gebracht",
    },
    "en": {
        "reasons": "Our reasons:",
        "rect_not_needed": "We have considered your request and have not changed your data: in "
        "our view the data we hold about you is accurate and complete "
        "(Article 16 GDPR).",
        "er_refused_legal_obligation": "We have not erased your personal data. We must keep it "
        "to comply with a legal obligation (Article 17(3)(b) "
        "GDPR).",
        "er_refused_legal_claims": "We have not erased your personal data. We need it for the "
        "establishment, exercise or defence of legal claims "
        "(Article 17(3)(e) GDPR).",
        "er_refused_hold": "Your data is under a legal hold: {reason}",
        "er_refused_again": "Once this ground no longer applies, you can ask us again to erase "
        "your data.",
        "er_proof": "Without personal data, we keep a record that your request was handled "
        "(reference, type of request and dates), so that we can show that we comply "
        "with the GDPR (Article 5(2) GDPR).",
        "res_not_applied": "We have not restricted the processing of your personal data: in "
        "our view none of the situations of Article 18(1) GDPR applies.",
        "obj_upheld": "We have upheld your objection to the processing \u201c{activity}\u201d "
        "(Article 21(1) GDPR). We no longer process your data for it.",
        "obj_denied": "We have considered your objection to the processing "
        "\u201c{activity}\u201d (Article 21(1) GDPR). We will continue this "
        "processing, because we have compelling legitimate grounds that override "
        "your interests, rights and freedoms. These grounds are:",
        "explanation": "Explanation:",
        "wd_opt_out": "This applies to every mailing for this purpose, even where we could "
        "otherwise contact you on the basis of our legitimate interest, until you "
        "give your consent again.",
        "id_doubt": "We have reasonable doubts about your identity, because:",
        "h_financial": "Invoices and payments",
        "col_number": "Number",
        "col_amount": "Amount",
        "col_description": "Description",
        "col_kept_until": "Kept until",
        "financial_kept": "We keep invoices and payments for seven years after the end of the "
        "financial year, up to the date in the table (Article 52 of the Dutch "
        "General Tax Act, AWR).",
        "h_flags": "Restriction, objection and legal hold",
        "flag_restricted": "The processing of your data is restricted (Article 18 GDPR).",
        "flag_restricted_why": "The processing of your data is restricted (Article 18 GDPR). "
        "Reason: {reason}",
        "flag_objected": "On {date} you objected to direct marketing; we send you no marketing.",
        "flag_objected_undated": "You objected to direct marketing; we send you no marketing.",
        "flag_hold": "Your data is under a legal hold (a dispute or claim). Reason: {reason}",
        "flag_none": "No restriction, objection or legal hold applies to your data.",
        "h_consent_evidence": "How you gave or withdrew consent",
        "col_evidence": "Evidence of consent",
        "col_withdrawal_evidence": "Evidence of withdrawal",
        "recipient_party": "{name} ({country})",
        "recipients_named": "Your data goes to these recipients:",
        "recipients_unnamed": "Recipients we cannot name, because we have not recorded a "
        "fixed party for them; we therefore give only the category: "
        "{categories}.",
        "transfer": "{name} receives your data in {country}, outside the European Economic "
        "Area. Safeguard: {safeguard}. You can ask us for a copy of this safeguard "
        "(Article 15(2) GDPR).",
        "transfer_none_recorded": "{name} receives your data in {country}, outside the "
        "European Economic Area. We have recorded no safeguard for "
        "this transfer (Article 15(2) GDPR).",
        "transfers_none": "We do not transfer your data to countries outside the European "
        "Economic Area.",
        "h_transfers": "Transfers outside the European Economic Area",
        "ret_dates": "For you this means: counting from {date}, we erase your data on or "
        "after {erase}.",
        "ret_contract_running": "For you there is no date yet: a contract is still running, or "
        "not everything has been settled.",
        "ret_legal_hold": "This applies to you now: your data is kept under it until the hold "
        "is lifted.",
        "ret_no_date": "We keep your data no longer than the purposes above require.",
        "dutch_only": "Some texts from our register have no English version yet; they are "
        "given in Dutch: {items}.",
        "h_art19_none": "Recipients",
        "notices_none": "We have not disclosed your data to anyone, so there is no one we "
        "must inform of this (Article 19 GDPR).",
        "notices_intro": "According to our register, your data goes to the recipients below. "
        "For each, the table says whether we have informed them of the "
        "change, or why that is impossible (Article 19 GDPR):",
        "notices_ask": "You can always ask us which recipients we have informed.",
        "told_on": "informed on {date}",
        "told_will": "will be informed",
    },
}

KEPT_WHY_EXTRA = {
    "nl": {
        "fiscal_7y": "wettelijke bewaarplicht: artikel 52 Algemene wet inzake rijksbelastingen "
        "(7 jaar na afloop van het boekjaar)",
        "legal_hold": "nodig voor een rechtsvordering (artikel 17 lid 3 onder e AVG)",
        "answer_to_requester": "uw naam en adres, om u dit antwoord te sturen en om aan te "
        "tonen dat wij uw verzoek hebben behandeld (artikel 5 lid 2 AVG)",
        "suppression": "om uw wissing te respecteren: een blokkeerregel, zodat wij uw gegevens "
        "niet opnieuw vastleggen of u benaderen",
    },
    "en": {
        "fiscal_7y": "legal retention duty: Article 52 of the Dutch General Tax Act (7 years "
        "after the end of the financial year)",
        "legal_hold": "needed for a legal claim (Article 17(3)(e) GDPR)",
        "answer_to_requester": "your name and address, to send you this answer and to show "
        "that we handled your request (Article 5(2) GDPR)",
        "suppression": "to honour your erasure: a suppression entry, so that we do not record "
        "your data again or contact you",
    },
}
