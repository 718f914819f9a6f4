"""The office's words: the fixed choices the program offers, with their labels.

Codes are stored in the database and never change; labels are English source text
marked for translation (Dutch in the UI via the .ts file).
"""

from __future__ import annotations

import enum

from soosr_desk.rules.i18n import N_


class Choice(enum.StrEnum):
    """A stored code with a translatable label."""

    @property
    def label(self) -> str:
        return self._labels()[self.value]

    @classmethod
    def _labels(cls) -> dict[str, str]:
        raise NotImplementedError

    @classmethod
    def choices(cls) -> list[tuple[str, str]]:
        return [(c.value, c.label) for c in cls]

    @classmethod
    def label_of(cls, code: str) -> str:
        """The label of a stored code; an unknown code is shown as it is."""
        return cls._labels().get(code, code)


class Gender(Choice):
    UNKNOWN = "unknown"
    FEMALE = "female"
    MALE = "male"
    OTHER = "other"

    @classmethod
    def _labels(cls) -> dict[str, str]:
        return {
            "unknown": N_("Unknown"),
            "female": N_("Female"),
            "male": N_("Male"),
            "other": N_("Other"),
        }


class ContactSource(Choice):
    WEBSITE_FORM = "website_form"
    CONTRACT = "contract"
    SUPPLIER = "supplier"
    REFERENCE = "reference"
    MANUAL = "manual"

    @classmethod
    def _labels(cls) -> dict[str, str]:
        return {
            "website_form": N_("Website contact form"),
            "contract": N_("Customer contract"),
            "supplier": N_("Supplier"),
            "reference": N_("Reference"),
            "manual": N_("Entered by hand"),
        }


class Relation(Choice):
    LEAD = "lead"
    CUSTOMER_CONTACT = "customer_contact"
    SUPPLIER_CONTACT = "supplier_contact"
    DEBTOR = "debtor"
    REFERENCE = "reference"

    @classmethod
    def _labels(cls) -> dict[str, str]:
        return {
            "lead": N_("Lead"),
            "customer_contact": N_("Customer contact"),
            "supplier_contact": N_("Supplier contact"),
            "debtor": N_("Debtor"),
            "reference": N_("Reference"),
        }


class SigningAuthority(Choice):
    UNKNOWN = ""
    NONE = "none"
    LIMITED = "limited"
    FULL = "full"

    @classmethod
    def _labels(cls) -> dict[str, str]:
        return {
            "": N_("Not recorded"),
            "none": N_("None"),
            "limited": N_("Limited"),
            "full": N_("Full"),
        }


class Language(Choice):
    DUTCH = "nl"
    ENGLISH = "en"

    @classmethod
    def _labels(cls) -> dict[str, str]:
        return {"nl": N_("Dutch"), "en": N_("English")}


class LegalBasis(Choice):
    """Art. 6(1) GDPR bases the privacy statement uses."""

    LEGAL_OBLIGATION = "legal_obligation"
    CONTRACT = "contract"
    LEGITIMATE_INTEREST = "legitimate_interest"
    CONSENT = "consent"

    @classmethod
    def _labels(cls) -> dict[str, str]:
        return {
            "legal_obligation": N_("Legal obligation"),
            "contract": N_("Contract (or steps before one)"),
            "legitimate_interest": N_("Legitimate interest"),
            "consent": N_("Consent"),
        }


class RequestKind(Choice):
    """The rights of Art. 15-22 GDPR a person can invoke."""

    ACCESS = "access"
    RECTIFICATION = "rectification"
    ERASURE = "erasure"
    RESTRICTION = "restriction"
    OBJECTION = "objection"
    PORTABILITY = "portability"
    WITHDRAWAL = "withdrawal"

    @classmethod
    def _labels(cls) -> dict[str, str]:
        return {
            "access": N_("Access (Art. 15)"),
            "rectification": N_("Rectification (Art. 16)"),
            "erasure": N_("Erasure (Art. 17)"),
            "restriction": N_("Restriction (Art. 18)"),
            "objection": N_("Objection (Art. 21)"),
            "portability": N_("Portability (Art. 20)"),
            "withdrawal": N_("Withdrawal of consent (Art. 7(3))"),
        }

    @property
    def needs_notices(self) -> bool:
        """Art. 19: a rectification, erasure or restriction is told to each recipient."""
        return self in (RequestKind.RECTIFICATION, RequestKind.ERASURE, RequestKind.RESTRICTION)


class RequestStatus(Choice):
    NEW = "new"
    WAITING_FOR_ID = "waiting_for_id"
    IN_PROGRESS = "in_progress"
    ANSWERED = "answered"
    CLOSED = "closed"
    REFUSED = "refused"

    @classmethod
    def _labels(cls) -> dict[str, str]:
        return {
            "new": N_("New"),
            "waiting_for_id": N_("Waiting for proof of identity"),
            "in_progress": N_("In progress"),
            "answered": N_("Answered"),
            "closed": N_("Closed"),
            "refused": N_("Refused"),
        }

    @property
    def is_open(self) -> bool:
        """Still on the office's list: not closed and not refused (an answered request
        stays open until the recipients are told, Art. 19)."""
        return self not in (RequestStatus.CLOSED, RequestStatus.REFUSED)

    @property
    def awaits_answer(self) -> bool:
        """Open and not yet answered: the deadline of Art. 12(3) runs."""
        return self.is_open and self != RequestStatus.ANSWERED

    @classmethod
    def open_statuses(cls) -> tuple[RequestStatus, ...]:
        return tuple(s for s in cls if s.is_open)


class Channel(Choice):
    EMAIL = "email"
    POST = "post"
    PHONE = "phone"
    WEBSITE_FORM = "website_form"

    @classmethod
    def _labels(cls) -> dict[str, str]:
        return {
            "email": N_("E-mail"),
            "post": N_("Post"),
            "phone": N_("Telephone"),
            "website_form": N_("Website form"),
        }


CONSENT_PURPOSES: tuple[str, ...] = (
    N_("Newsletter"),
    N_("Invitations to events"),
    N_("Reference for other customers"),
)


class RequestOutcome(Choice):
    """How a request was answered (stored on the request when the answer goes out)."""

    DONE = "done"
    NO_DATA = "no_data"
    REFUSED = "refused"

    @classmethod
    def _labels(cls) -> dict[str, str]:
        return {
            "done": N_("Carried out"),
            "no_data": N_("No data held"),
            "refused": N_("Refused"),
        }
