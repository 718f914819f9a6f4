"""Messages about the documents the program keeps (signed agreements, kept e-mails) that
say where documents are on the engine in use: the documents folder beside the desk's file,
its path shown, or the office database on the server (issue 18), which has no folder and
whose address is no place a user could look in. Each text comes as (file, server)."""

from __future__ import annotations

from soosr_desk.rules.i18n import N_
from soosr_desk.services.errors import ServiceError
from soosr_desk.store import documents

CHANGED = N_(
    "The copy of the signed agreement was changed after it was attached "
    "(its checksum differs). Attach the signed document again."
)
AGREEMENT_PROBLEMS = {
    "missing": (
        N_(
            "The copy of the signed agreement is missing from the documents folder "
            "({folder}). Attach the signed document again."
        ),
        N_(
            "The copy of the signed agreement is missing from the office database on the "
            "server. Attach the signed document again."
        ),
    ),
    "changed": (CHANGED, CHANGED),
}
AGREEMENT_NOT_KEPT = (
    N_("The document could not be copied into the documents folder ({folder}): {error}"),
    N_("The document could not be read and kept in the office database: {error}"),
)
EMAIL_NOT_KEPT = (
    N_("The e-mail could not be kept in the documents folder ({folder}): {error}"),
    N_("The e-mail could not be kept in the office database: {error}"),
)
EMAIL_MISSING = (
    N_(
        "The kept e-mail is missing from the documents folder or was changed after it "
        "was kept (its checksum differs)."
    ),
    N_(
        "The kept e-mail is missing from the office database or was changed after it "
        "was kept (its checksum differs)."
    ),
)


def placed(texts: tuple[str, str]) -> tuple[str, dict[str, str]]:
    """The text of `texts` for the engine in use, with its `folder` parameter (the
    documents folder's path; none on a server)."""
    folder = documents.folder()
    if folder is None:
        return texts[1], {}
    return texts[0], {"folder": str(folder)}


def error(texts: tuple[str, str], **params: object) -> ServiceError:
    """The ServiceError of `texts` for the engine in use, filled with `params`."""
    text, place = placed(texts)
    return ServiceError(text, **place, **params)
