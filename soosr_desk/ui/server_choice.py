"""Which database the window opens at start when no --db is given: the desk's own file
(the default) or the office server chosen in Settings > Database (issue 18). Kept in the
program's settings as the address only: never a password."""

from __future__ import annotations

from PySide6.QtCore import QSettings

from soosr_desk.services import database

KEY = "database/server"


def chosen_server() -> str | None:
    """The office server's address when Settings chose it, else None (the file)."""
    url = str(QSettings().value(KEY, "") or "")
    return url if database.is_server_address(url) else None


def choose(url: str | None) -> None:
    """Takes effect at the next start: an address, or None for the desk's own file."""
    QSettings().setValue(KEY, url or "")
