"""Which column holds which contact field: guessed from the header names that Dutch and
English Excel lists, Outlook (English and Dutch) and Google Contacts use; the user can
change each."""

from __future__ import annotations

import re
import unicodedata

from soosr_desk.rules.i18n import N_

# the fields a column can be mapped to, with their labels ("" = not imported)
FIELDS: dict[str, str] = {
    "": N_("(not imported)"),
    "full_name": N_("Full name"),
    "first_name": N_("First name"),
    "middle_name": N_("Middle name / prefix"),
    "last_name": N_("Last name"),
    "company_name": N_("Company"),
    "job_title": N_("Job title"),
    "email": N_("E-mail"),
    "phone": N_("Phone"),
    "street": N_("Street"),
    "postcode": N_("Postcode"),
    "city": N_("City"),
    "country": N_("Country"),
    "location": N_("Location"),
}

_ALIASES: dict[str, tuple[str, ...]] = {
    "full_name": (
        "naam",
        "name",
        "fullname",
        "volledigenaam",
        "weergavenaam",
        "displayname",
        "contactpersoon",
        "contact",
    ),
    "first_name": ("voornaam", "firstname", "givenname", "first", "roepnaam", "voornamen"),
    "middle_name": (
        "middlename",
        "tussenvoegsel",
        "tussenvoegsels",
        "middelstenaam",
        "additionalname",
        "voorvoegsel",
    ),
    "last_name": ("achternaam", "lastname", "familyname", "surname", "familienaam"),
    "company_name": (
        "bedrijf",
        "company",
        "organisatie",
        "organization",
        "organisation",
        "organization1name",
        "organizationname",
        "werkgever",
        "bedrijfsnaam",
        "firma",
        "companyname",
    ),
    "job_title": (
        "functie",
        "jobtitle",
        "organization1title",
        "organizationtitle",
        "functietitel",
        "position",
    ),
    "email": (
        "email",
        "emailadres",
        "emailaddress",
        "mail",
        "email1value",
        "emailadres1",
        "email1",
        "emailaddress1",
        "mailadres",
    ),
    "phone": (
        "telefoon",
        "telefoonnummer",
        "phone",
        "phonenumber",
        "tel",
        "businessphone",
        "telefoonopwerk",
        "phone1value",
        "mobilephone",
        "mobieletelefoon",
        "mobiel",
        "mobile",
        "primaryphone",
        "hoofdtelefoon",
        "telefoonwerk",
        "telnr",
    ),
    "street": (
        "straat",
        "street",
        "adres",
        "address",
        "businessstreet",
        "werkadresstraat",
        "address1street",
        "straatwerk",
        "werkadres",
        "straatnaam",
        "bezoekadres",
    ),
    "postcode": (
        "postcode",
        "postalcode",
        "zip",
        "zipcode",
        "businesspostalcode",
        "werkadrespostcode",
        "address1postalcode",
        "postcodewerk",
    ),
    "city": (
        "plaats",
        "woonplaats",
        "city",
        "businesscity",
        "werkadresplaats",
        "address1city",
        "stad",
        "plaatswerk",
        "vestigingsplaats",
    ),
    "country": (
        "land",
        "country",
        "businesscountryregion",
        "werkadreslandregio",
        "address1country",
        "landregio",
        "countryregion",
        "landwerk",
    ),
    "location": ("standplaats", "location", "vestiging", "kantoor"),
}
_LOOKUP = {alias: name for name, aliases in _ALIASES.items() for alias in aliases}


def fold_header(text: str) -> str:
    text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    return re.sub(r"[^a-z0-9]", "", text.lower())


def guess_mapping(headers: list[str]) -> list[str]:
    """For each column, the contact field it holds ("" for none); a field is given to the
    first column that names it only."""
    taken: set[str] = set()
    out = []
    for header in headers:
        name = _LOOKUP.get(fold_header(header), "")
        if name in taken:
            name = ""
        taken.add(name)
        out.append(name)
    return out


_COUNTRIES = {
    "nederland": "NL",
    "netherlands": "NL",
    "thenetherlands": "NL",
    "holland": "NL",
    "nl": "NL",
    "belgie": "BE",
    "belgium": "BE",
    "belgique": "BE",
    "duitsland": "DE",
    "germany": "DE",
    "deutschland": "DE",
    "frankrijk": "FR",
    "france": "FR",
    "verenigdkoninkrijk": "GB",
    "unitedkingdom": "GB",
    "uk": "GB",
    "engeland": "GB",
    "luxemburg": "LU",
    "luxembourg": "LU",
    "spanje": "ES",
    "spain": "ES",
    "italie": "IT",
    "italy": "IT",
    "zwitserland": "CH",
    "switzerland": "CH",
    "oostenrijk": "AT",
    "austria": "AT",
    "denemarken": "DK",
    "denmark": "DK",
    "zweden": "SE",
    "sweden": "SE",
    "noorwegen": "NO",
    "norway": "NO",
    "polen": "PL",
    "poland": "PL",
    "ierland": "IE",
    "ireland": "IE",
    "portugal": "PT",
    "verenigdestaten": "US",
    "unitedstates": "US",
    "usa": "US",
    "unitedstatesofamerica": "US",
}


def country_code(text: str) -> str | None:
    """A two-letter code for a country written as a code or a Dutch or English name."""
    folded = fold_header(text)
    if folded in _COUNTRIES:
        return _COUNTRIES[folded]
    if len(text.strip()) == 2 and text.strip().isalpha():
        return text.strip().upper()
    return None
