"""A letter as an e-mail draft: a .eml with `X-Unsent: 1`, which Outlook (and Thunderbird,
Apple Mail) opens as a new message to send, addressed, with the PDF attached.

The short text is in the requester's language, like the letter itself; it says only that
the letter is attached (the letter carries every fact)."""

from __future__ import annotations

import email.policy
import email.utils
from dataclasses import dataclass
from email.message import EmailMessage

TEXTS = {
    "nl": {
        "subject": "Uw verzoek {ref}",
        "body": "Geachte {name},\n\nIn de bijlage vindt u onze brief over uw verzoek {ref}."
        "{extra}\n\nMet vriendelijke groet,\n\n{controller}\n",
        "extra": " Ook uw gegevens zijn bijgevoegd ({attachment}).",
        "nameless": "heer/mevrouw",
    },
    "en": {
        "subject": "Your request {ref}",
        "body": "Dear {name},\n\nPlease find attached our letter about your request {ref}."
        "{extra}\n\nKind regards,\n\n{controller}\n",
        "extra": " Your data are attached as well ({attachment}).",
        "nameless": "Sir or Madam",
    },
}


@dataclass(frozen=True)
class Attachment:
    name: str
    data: bytes
    maintype: str
    subtype: str


def draft_eml(
    *,
    language: str,
    reference: str,
    to_name: str,
    to_address: str,
    from_name: str,
    from_address: str,
    attachments: list[Attachment],
) -> bytes:
    """The draft's bytes (CRLF line ends, as mail programs expect)."""
    words = TEXTS["en" if language == "en" else "nl"]
    extra = ""
    if len(attachments) > 1:
        extra = words["extra"].format(attachment=attachments[1].name)
    msg = EmailMessage()
    msg["X-Unsent"] = "1"
    msg["To"] = email.utils.formataddr((to_name, to_address))
    if from_address:
        msg["From"] = email.utils.formataddr((from_name, from_address))
    msg["Subject"] = words["subject"].format(ref=reference)
    msg.set_content(
        words["body"].format(
            name=to_name or words["nameless"], ref=reference, extra=extra, controller=from_name
        )
    )
    for a in attachments:
        msg.add_attachment(a.data, maintype=a.maintype, subtype=a.subtype, filename=a.name)
    return msg.as_bytes(policy=email.policy.SMTP)
