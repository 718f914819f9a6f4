"""Demo data only where it cannot be taken for real: a database that holds people but
no demo stamp is the office's own, and `soosr-desk demo` refuses it (issue 15)."""

from __future__ import annotations

from soosr_desk.rules.i18n import N_
from soosr_desk.services.errors import NotAllowed
from soosr_desk.services.settings import get_setting, set_setting
from soosr_desk.store import models

DEMO_KEY = "demo_data"
REAL_DATA = N_(
    "This database holds real contacts (it has no demo stamp). Demo data was not added: "
    "use a new database for the demo (--create with a new file name)."
)


def is_demo() -> bool:
    return get_setting(DEMO_KEY) == "1"


def check_demo_allowed() -> None:
    """Raises NotAllowed when the database has contacts or companies and no demo stamp."""
    if is_demo():
        return
    if models.Contact.select().exists() or models.Company.select().exists():
        raise NotAllowed(REAL_DATA)


def stamp_demo() -> None:
    """Marks the database as a demo database, before any demo row is written."""
    set_setting(DEMO_KEY, "1")
