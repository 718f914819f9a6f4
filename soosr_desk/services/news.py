"""News from the other desks on the office server (issue 18): which areas of the program
another desk changed, so that this desk's window shows it within seconds.

The store sends a notice on every committed write (store/notify.py); this module opens
the listening connection for the open database and says which areas (the pages: contacts,
requests, ...) the written tables belong to. On a desk's own SQLite file there is no
other desk: `listener()` is None and nothing runs."""

from __future__ import annotations

from soosr_desk.store import models, notify, server

# the areas a table's rows are shown in; the dashboard shows figures of nearly everything
AREAS_OF_TABLE: dict[str, frozenset[str]] = {
    "contact": frozenset({"contacts", "retention", "requests"}),
    "contact_note": frozenset({"contacts"}),
    "consent": frozenset({"contacts"}),
    "company": frozenset({"contacts", "retention"}),
    "contract": frozenset({"contacts", "retention"}),
    "financial_record": frozenset({"contacts", "retention"}),
    "import_batch": frozenset({"contacts"}),
    "import_batch_contact": frozenset({"contacts"}),
    "import_batch_range": frozenset({"contacts"}),
    "erasure_record": frozenset({"contacts", "retention", "requests"}),
    "recipient_notice": frozenset({"requests"}),
    "rights_request": frozenset({"requests"}),
    "request_change": frozenset({"requests"}),
    "request_document": frozenset({"requests"}),
    "request_letter": frozenset({"requests"}),
    "breach": frozenset({"breaches"}),
    "processing_activity": frozenset({"register"}),
    "activity_data_category": frozenset({"register"}),
    "activity_subject_category": frozenset({"register"}),
    "activity_recipient_category": frozenset({"register"}),
    "activity_objection": frozenset({"register", "contacts"}),
    "personal_data_category": frozenset({"register"}),
    "data_subject_category": frozenset({"register"}),
    "recipient_category": frozenset({"register", "third_parties"}),
    "retention_rule": frozenset({"register", "retention"}),
    "statement_version": frozenset({"register"}),
    "third_party": frozenset({"third_parties", "register"}),
    "third_party_activity": frozenset({"third_parties", "register"}),
    "processor_agreement": frozenset({"third_parties"}),
    "agreement_checklist_item": frozenset({"third_parties"}),
    "sub_processor": frozenset({"third_parties"}),
    "controller": frozenset({"settings"}),
    "setting": frozenset({"settings"}),
}
# how long one attempt to connect the listener may take: the window's close waits for an
# attempt under way (the server unreachable over the network), so it is kept short; a
# failed attempt is simply made again a few seconds later (ui/desk_news.py)
CONNECT_TIMEOUT_S = 3
ListenerGone = notify.ListenerGone
Listener = notify.Listener
ALL_AREAS = frozenset().union(*AREAS_OF_TABLE.values()) | {"dashboard"}
QUIET = frozenset({"audit_event"})  # written with every change: says nothing by itself


def areas(tables: set[str]) -> frozenset[str]:
    """The areas to show again after another desk wrote `tables`; the dashboard with any
    change it shows (every table but the audit trail)."""
    if notify.EVERYTHING in tables:
        return ALL_AREAS
    found: set[str] = set()
    for table in tables - QUIET:
        found |= AREAS_OF_TABLE.get(table, ALL_AREAS)  # a table not listed: show all again
    if found:
        found.add("dashboard")
    return frozenset(found)


def shared() -> bool:
    """True when the open database is the office's on a server (other desks write too)."""
    return isinstance(models.database_proxy.obj, server.ServerDatabase)


def listener() -> notify.Listener | None:
    """A new listening connection to the open server database, or None on a file.
    Raises ListenerGone when the server cannot be reached."""
    db = models.database_proxy.obj
    if not isinstance(db, server.ServerDatabase):
        return None
    return notify.Listener(db.address.url, server.keyring_password(db.address), CONNECT_TIMEOUT_S)
