"""E-mails shaped as mail programs save them: quoted-printable and base64 bodies,
encoded-word headers, attachments, and an Outlook .msg (msg_file)."""

from __future__ import annotations

import base64
import datetime as dt

from tests.services.msg_file import make_msg

QP_EML = (
    "Return-Path: <m.dejong@example.nl>\r\n"
    "From: =?iso-8859-1?Q?Mari=EBlle_de_Jong?= <M.deJong@Example.nl>\r\n"
    "To: info@soosr.com\r\n"
    "Subject: =?utf-8?Q?Verzoek_om_inzage_=E2=80=93_mijn_gegevens?=\r\n"
    "Date: Tue, 30 Jun 2026 23:30:00 +0000\r\n"
    "Message-ID: <abc123@example.nl>\r\n"
    "MIME-Version: 1.0\r\n"
    'Content-Type: text/plain; charset="iso-8859-1"\r\n'
    "Content-Transfer-Encoding: quoted-printable\r\n"
    "\r\n"
    "Geachte heer/mevrouw,\r\n\r\nGraag ontvang ik een overzicht van de gegevens die u=\r\n"
    " van mij heeft (inzage). Mijn BSN is 111222333, voor de zekerheid.\r\n\r\n"
    "Met vriendelijke groet,\r\nMari=EBlle\r\n"
)


def base64_eml_with_attachment() -> bytes:
    body = base64.b64encode(
        b"Dear Sir or Madam,\n\nPlease delete all personal data you hold about me.\n\n"
        b"Kind regards,\nJohn Smith"
    ).decode()
    pdf = base64.b64encode(b"%PDF-1.4 passport scan").decode()
    return (
        'From: "Smith, John" <john.smith@example.co.uk>\r\n'
        "Subject: =?UTF-8?B?RXJhc3VyZSByZXF1ZXN0IOKAkyBHRFBS?=\r\n"
        "Date: Mon, 02 Mar 2026 09:15:00 +0100\r\n"
        "MIME-Version: 1.0\r\n"
        'Content-Type: multipart/mixed; boundary="XYZ"\r\n\r\n'
        "--XYZ\r\nContent-Type: text/plain; charset=utf-8\r\n"
        "Content-Transfer-Encoding: base64\r\n\r\n" + body + "\r\n"
        '--XYZ\r\nContent-Type: application/pdf; name="paspoort.pdf"\r\n'
        'Content-Disposition: attachment; filename="paspoort.pdf"\r\n'
        "Content-Transfer-Encoding: base64\r\n\r\n" + pdf + "\r\n--XYZ--\r\n"
    ).encode("ascii")


def html_eml_without_date() -> bytes:
    return (
        b"From: Kees <kees@dewit.nl>\r\nSubject: bezwaar\r\nMIME-Version: 1.0\r\n"
        b"Content-Type: text/html; charset=utf-8\r\n\r\n"
        b"<html><body><p>Ik maak <b>bezwaar</b> tegen uw nieuwsbrief.</p></body></html>\r\n"
    )


def outlook_msg() -> bytes:
    return make_msg(
        subject="Intrekken toestemming",
        sender_name="Jan de Groot",
        sender_email="jan@groot.example",
        body="Beste,\r\n\r\nHierbij trek ik mijn toestemming voor de nieuwsbrief in.\r\n",
        sent_at=dt.datetime(2026, 11, 20, 8, 5, tzinfo=dt.UTC),
        attachments=(("handtekening.txt", b"Jan"),),
    )
