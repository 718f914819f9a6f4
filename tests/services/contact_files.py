"""Contact files shaped like the ones offices have: written byte for byte as Outlook,
Google Contacts, Dutch Excel and phones write them."""

from __future__ import annotations

OUTLOOK_EN_HEADERS = (
    '"First Name","Middle Name","Last Name","Title","Suffix","Company","Department",'
    '"Job Title","Business Street","Business Street 2","Business City","Business State",'
    '"Business Postal Code","Business Country/Region","Business Phone","Mobile Phone",'
    '"E-mail Address","E-mail Type","E-mail Display Name","Notes"'
)


def outlook_en_csv() -> bytes:
    rows = [
        '"Piet","","Jansen","","","Bakkerij Jansen B.V.","Inkoop","Inkoper","Dorpsstraat 1",'
        '"","Noordwijk","","2201 AB","Nederland","071-3612345","06-12345678",'
        '"piet@jansen.nl","SMTP","Piet Jansen (piet@jansen.nl)",""',
        '"Anna","van der","Berg","","","","","","","","Leiden","","","","","",'
        '"anna@berg.nl","SMTP","Anna van der Berg","klant sinds 2019 – via beurs"',
    ]
    return ("\r\n".join([OUTLOOK_EN_HEADERS, *rows]) + "\r\n").encode("cp1252")


def outlook_nl_csv() -> bytes:
    header = (
        '"Voornaam","Middelste naam","Achternaam","Titel","Achtervoegsel","Bedrijf",'
        '"Afdeling","Functie","Werkadres, straat","Werkadres, plaats",'
        '"Werkadres, postcode","Werkadres, land/regio","Telefoon op werk",'
        '"Mobiele telefoon","E-mailadres","Weergavenaam voor e-mail"'
    )
    row = (
        '"Jörg","","Müller","","","Café Zeezicht","","Eigenaar","Strandweg 3","Katwijk",'
        '"2225 AA","Nederland","071-4012345","","jorg@zeezicht.nl","Jörg Müller"'
    )
    return ("\ufeff" + header + "\r\n" + row + "\r\n").encode("utf-8")


def google_csv() -> bytes:
    header = (
        "Name,Given Name,Additional Name,Family Name,Nickname,Birthday,Notes,Group "
        "Membership,E-mail 1 - Type,E-mail 1 - Value,Phone 1 - Type,Phone 1 - Value,"
        "Organization 1 - Type,Organization 1 - Name,Organization 1 - Title,"
        "Address 1 - Type,Address 1 - Street,Address 1 - City,Address 1 - Postal Code,"
        "Address 1 - Country"
    )
    row = (
        "Sanne de Vries,Sanne,,de Vries,,,,* myContacts,* Work,sanne@devries.example,"
        "Mobile,+31 6 11122233,,Vries & Zn,Directeur,Work,Kerkstraat 12,Utrecht,3511 AB,"
        "Netherlands"
    )
    return (header + "\n" + row + "\n").encode("utf-8")


def dutch_excel_csv() -> bytes:
    """Excel (Dutch Windows) "CSV (gescheiden door lijstscheidingsteken)": Windows-1252, ;"""
    lines = [
        "Voornaam;Achternaam;Bedrijf;Functie;E-mailadres;Telefoon;Plaats",
        "José;Özdemir;Brasserie Ça Va;Chef-kok;jose@cava.nl;0612345678;Den Haag",
        "Els;Bakker;;;els@bakker;071-1234567;Leiden",  # e-mail invalid
        "Kees;de Wit;De Wit BV;Eigenaar;kees@dewit.nl;;Noordwijk",
        "Bert;Smit;BSN 111222333;;bert@smit.nl;;Lisse",  # a BSN in the company cell
        "Kees;de Wit;De Wit BV;;KEES@dewit.nl;;Noordwijk",  # the same e-mail again
        "Lotte;" + "x" * 250 + ";;;lotte@x.nl;;",  # too long
    ]
    return ("\r\n".join(lines) + "\r\n").encode("cp1252")


VCARD_21 = (
    "BEGIN:VCARD\r\nVERSION:2.1\r\nN;CHARSET=Windows-1252;ENCODING=QUOTED-PRINTABLE:"
    "M=FCller;Andr=E9\r\nFN;CHARSET=Windows-1252;ENCODING=QUOTED-PRINTABLE:Andr=E9 M=FCller\r\n"
    "ORG;CHARSET=Windows-1252;ENCODING=QUOTED-PRINTABLE:Garage M=FCller\r\nTITLE:Monteur\r\nTEL;WORK;VOICE:071-5551234\r\n"
    "ADR;WORK;ENCODING=QUOTED-PRINTABLE:;;Hoofdstraat 5=0D=0A=\r\nachter;Sassenheim;;2171 AA;"
    "Nederland\r\nEMAIL;PREF;INTERNET:andre@garage-muller.nl\r\nEND:VCARD\r\n"
)
VCARD_30 = (
    "BEGIN:VCARD\r\nVERSION:3.0\r\nN:Visser;Maria;;;\r\nFN:Maria Visser\r\n"
    "ORG:Visser\\, Visser & Co;Verkoop\r\nTITLE:Accountmanager\r\n"
    "EMAIL;TYPE=INTERNET,HOME:maria@thuis.example\r\n"
    "EMAIL;TYPE=INTERNET,WORK:maria@visser.example\r\nTEL;TYPE=CELL:06-98765432\r\n"
    "NOTE:Een lange notitie die\r\n  over twee regels loopt\r\n"
    "PHOTO;ENCODING=b;TYPE=JPEG:/9j/4AAQSkZJRgABAQ\r\n AAAQABAAD\r\nEND:VCARD\r\n"
)
VCARD_40 = (
    "BEGIN:VCARD\nVERSION:4.0\nFN:Tom Bos\nN:Bos;Tom;;;\nORG:Bos Bouw\n"
    'EMAIL;TYPE=work;PREF=1:tom@bosbouw.example\nTEL;VALUE=uri;TYPE="voice,work":'
    "tel:+31-71-5550000\nADR;TYPE=work:;;Molenweg 8;Voorhout;;2215 KL;Netherlands\n"
    "END:VCARD\n"
)
