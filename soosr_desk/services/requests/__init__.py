"""Rights requests (Art. 12-22 GDPR) from intake to closing.

- `intake`: reference, deadline, requester, linked contact, identity, extension; the list
  and the dashboard's warnings;
- `actions`: what each kind of request does to the person's data; refusing, closing;
- `letters`: the facts a letter states, and the letters kept with the request;
- `notices`: the recipients to tell of a change (Art. 19);
- `base`: what these share (the request as data, loading rows, a status change).

The package itself offers the intake and the actions, so `requests.save_request(...)` and
`requests.erase(...)` read as the use cases they are."""

from soosr_desk.services.requests.actions import (
    RECTIFIABLE,
    close_request,
    decide,
    erase,
    extend,
    object_to_marketing,
    rectify,
    refuse,
    restrict,
    withdraw_consents,
)
from soosr_desk.services.requests.base import (
    NEEDS_NOTICES,
    OPEN_STATUSES,
    RequestData,
    changes_of,
)
from soosr_desk.services.requests.intake import (
    TEXT_LIMITS,
    RequestRow,
    candidates,
    get_request,
    link_contact,
    list_requests,
    request_problems,
    save_request,
    validate,
    verify_identity,
)

__all__ = [
    "NEEDS_NOTICES",
    "OPEN_STATUSES",
    "RECTIFIABLE",
    "TEXT_LIMITS",
    "RequestData",
    "RequestRow",
    "candidates",
    "changes_of",
    "close_request",
    "decide",
    "erase",
    "extend",
    "get_request",
    "link_contact",
    "list_requests",
    "object_to_marketing",
    "rectify",
    "refuse",
    "request_problems",
    "restrict",
    "save_request",
    "validate",
    "verify_identity",
    "withdraw_consents",
]
