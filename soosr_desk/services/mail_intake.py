"""A rights request from an e-mail: a saved .eml (standard library `email`) or an Outlook
.msg (`extract-msg`), or the bytes Outlook hands over when a message is dragged out.

The e-mail fills in the request: received date (the e-mail's date in Dutch local time),
channel e-mail, the sender as requester, subject and text as description, a suggested kind
(rules.request_words) and the contact with the sender's address. A copy of the e-mail is
kept with the request (request_documents): the message as text without its attachments,
which are listed by name only (an attached ID copy must never be kept), with the SHA-256
of the file as received."""

from __future__ import annotations

import datetime as dt
import email
import email.policy
import email.utils
import hashlib
import html.parser
import io
from dataclasses import dataclass, field
from email.message import EmailMessage
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

from peewee import fn

from soosr_desk.rules.bsn import find_bsn_match
from soosr_desk.rules.i18n import N_
from soosr_desk.rules.request_words import clear_kind, suggest_kinds
from soosr_desk.rules.validation import email_key
from soosr_desk.services import request_documents
from soosr_desk.services.errors import ServiceError
from soosr_desk.services.requests import RequestData, save_request
from soosr_desk.store import models, session

DUTCH_TIME = ZoneInfo("Europe/Amsterdam")
MAX_BYTES = 50 * 1024 * 1024
OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
NOT_AN_EMAIL = N_("The file {name} is not an e-mail the program can read (.eml or .msg).")
NO_DATE = N_("The e-mail has no date: enter the date the request was received.")


class UnreadableMail(ServiceError):
    pass


@dataclass
class MailFacts:
    file_name: str
    raw: bytes
    sender_name: str = ""
    sender_email: str = ""
    subject: str = ""
    body: str = ""
    sent_at: dt.datetime | None = None  # aware
    message_id: str = ""
    attachments: list[str] = field(default_factory=list)

    @property
    def received_on(self) -> dt.date | None:
        """The day it arrived in the Netherlands: 23:30 UTC on 30 June is 1 July."""
        if self.sent_at is None:
            return None
        moment = self.sent_at if self.sent_at.tzinfo else self.sent_at.replace(tzinfo=dt.UTC)
        return moment.astimezone(DUTCH_TIME).date()

    @property
    def text(self) -> str:
        return f"{self.subject}\n\n{self.body}".strip()

    @property
    def kinds(self) -> list[str]:
        return suggest_kinds(self.text)

    @property
    def clear_kind(self) -> str | None:
        return clear_kind(self.text)


class _Text(html.parser.HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.parts: list[str] = []

    def handle_data(self, data: str) -> None:
        self.parts.append(data)

    def handle_starttag(self, tag, attrs) -> None:
        if tag in ("br", "p", "div", "tr", "li"):
            self.parts.append("\n")


def _html_text(markup: str) -> str:
    parser = _Text()
    parser.feed(markup)
    return "".join(parser.parts)


def _tidy(text: str) -> str:
    lines = [ln.rstrip() for ln in text.replace("\r\n", "\n").replace("\r", "\n").split("\n")]
    out: list[str] = []
    for line in lines:
        if line or (out and out[-1]):
            out.append(line)
    return "\n".join(out).strip()


def parse_eml(data: bytes, name: str) -> MailFacts:
    msg = email.message_from_bytes(data, policy=email.policy.default)
    if not (msg["From"] or msg["Subject"] or msg["Date"]):
        raise UnreadableMail(NOT_AN_EMAIL, name=name)
    facts = MailFacts(name, data, subject=str(msg["Subject"] or "").strip())
    try:
        sender = msg["From"].addresses[0] if msg["From"] else None
    except (IndexError, AttributeError):
        sender = None
    if sender is not None:
        facts.sender_name, facts.sender_email = sender.display_name, sender.addr_spec
    try:
        facts.sent_at = msg["Date"].datetime if msg["Date"] else None
    except (AttributeError, TypeError, ValueError):
        facts.sent_at = None
    facts.message_id = str(msg["Message-ID"] or "").strip()
    body = msg.get_body(preferencelist=("plain", "html"))
    if body is not None:
        try:
            content = body.get_content()
        except (LookupError, UnicodeError):
            payload = body.get_payload(decode=True)
            content = payload.decode("latin-1") if isinstance(payload, bytes) else ""
        facts.body = _tidy(
            _html_text(content) if body.get_content_type() == "text/html" else content
        )
    facts.attachments = [p.get_filename() or p.get_content_type() for p in msg.iter_attachments()]
    return facts


def parse_msg(data: bytes, name: str) -> MailFacts:
    import extract_msg  # loads olefile and RTF support: only when a .msg comes in

    try:
        msg: Any = extract_msg.openMsg(data)  # a Message (or another MSGFile kind)
    except Exception:  # extract-msg raises many kinds for a damaged file
        raise UnreadableMail(NOT_AN_EMAIL, name=name) from None
    try:
        facts = MailFacts(name, data, subject=(msg.subject or "").strip())
        facts.sender_name, facts.sender_email = email.utils.parseaddr(msg.sender or "")
        facts.sender_email = facts.sender_email or (msg.getStringStream("__substg1.0_0C1F") or "")
        facts.sent_at = msg.date if isinstance(msg.date, dt.datetime) else None
        facts.body = _tidy(msg.body or "")
        facts.message_id = (msg.messageId or "").strip()
        facts.attachments = [a.longFilename or a.shortFilename or "?" for a in msg.attachments]
    finally:
        msg.close()
    return facts


def read_mail_bytes(data: bytes, name: str) -> MailFacts:
    if not data or len(data) > MAX_BYTES:
        raise UnreadableMail(NOT_AN_EMAIL, name=name)
    if data.startswith(OLE_MAGIC):
        return parse_msg(data, name)
    if name.lower().endswith(".msg"):
        raise UnreadableMail(NOT_AN_EMAIL, name=name)
    return parse_eml(data, name)


def read_mail(path: Path) -> MailFacts:
    path = Path(path)
    try:
        data = path.read_bytes()
    except OSError:
        raise UnreadableMail(NOT_AN_EMAIL, name=path.name) from None
    return read_mail_bytes(data, path.name)


def mask_bsn(text: str) -> str:
    """A BSN may not be kept (no legal basis): each one in the text becomes [BSN]."""
    for _ in range(len(text)):
        match = find_bsn_match(text)
        if match is None:
            break
        text = text[: match.start] + "[BSN]" + text[match.end :]
    return text


def kept_copy(facts: MailFacts) -> bytes:
    """The e-mail as kept with the request: headers, text, attachment names only."""
    msg = EmailMessage()
    if facts.sender_email:
        msg["From"] = email.utils.formataddr((facts.sender_name, facts.sender_email))
    if facts.sent_at is not None:
        msg["Date"] = email.utils.format_datetime(facts.sent_at)
    msg["Subject"] = mask_bsn(facts.subject)
    if facts.message_id:
        msg["Message-ID"] = facts.message_id
    msg["X-Received-File"] = facts.file_name[:200]
    msg["X-Received-SHA256"] = hashlib.sha256(facts.raw).hexdigest()
    text = mask_bsn(facts.body)
    if facts.attachments:
        text += "\n\n-- \n" + "\n".join(f"[{n}]" for n in facts.attachments)
    msg.set_content(text)
    buffer = io.BytesIO()
    buffer.write(msg.as_bytes(policy=email.policy.SMTP))
    return buffer.getvalue()


def matching_contact(address: str) -> int | None:
    """The one contact (not erased) with this e-mail address, or None (none, or several:
    then staff choose)."""
    if not address.strip():
        return None
    c = models.Contact
    query = c.select(c.id, c.email).where(
        (c.erased == False) & (fn.lower(c.email) == address.strip().lower())  # noqa: E712
    )
    ids = [r.id for r in query if email_key(r.email) == email_key(address)]
    return ids[0] if len(ids) == 1 else None


def request_from_mail(
    facts: MailFacts, kind: str, *, received_on: dt.date | None = None, today: dt.date | None = None
) -> RequestData:
    """Creates the request from the e-mail and keeps the e-mail with it. `received_on`
    overrides the e-mail's date; without both: ServiceError(NO_DATE), never today."""
    received_on = received_on or facts.received_on
    if received_on is None:
        raise ServiceError(NO_DATE)
    name = facts.sender_name or facts.sender_email.split("@")[0]
    data = RequestData(
        kind=kind,
        received_on=received_on,
        channel="email",
        description=mask_bsn(facts.text)[:10_000],
        requester_name=mask_bsn(name)[:200],
        requester_email=facts.sender_email[:254],
        contact_id=matching_contact(facts.sender_email),
        language="nl" if _looks_dutch(facts.text) else "en",
    )
    copy = kept_copy(facts)
    stored = ""
    try:
        with session.transaction():  # on a server the e-mail's bytes go in with the request
            saved = save_request(data, today=today)
            stored, digest = request_documents.store_file(copy, ".eml")
            request_documents.record(
                models.RightsRequest.get_by_id(saved.id),
                stored,
                Path(facts.file_name).stem + ".eml",
                digest,
                len(copy),
            )
    except BaseException:
        request_documents.remove_files([stored])
        raise
    return saved


_DUTCH = {"de", "het", "een", "ik", "mijn", "en", "van", "graag", "gegevens", "u", "uw", "met"}


def _looks_dutch(text: str) -> bool:
    words = [w.strip(".,:;!?()").lower() for w in text.split()]
    dutch = sum(w in _DUTCH for w in words)
    english = sum(
        w in {"the", "my", "i", "and", "of", "please", "data", "you", "your"} for w in words
    )
    return dutch >= english
