"""Logging in to the office server from Settings > Database (issue 18): the address made
from the form's fields, a trial login, and the password put in the OS keyring (Windows
Credential Manager) — never in a file of ours."""

from __future__ import annotations

import enum
from urllib.parse import quote, urlencode

from peewee import DatabaseError

from soosr_desk.store import migrations, server

TLS_MODES = ("require", "verify-full")


class PasswordNotKept(Exception):
    """The OS has no keyring the program can write to."""


class Found(enum.Enum):
    OURS = "ours"  # an office database of this program, usable
    EMPTY = "empty"  # reachable and empty: the first start makes the register there
    FOREIGN = "foreign"  # another program's tables
    NEWER = "newer"  # made by a newer version of the program
    REFUSED = "refused"  # not reachable, or the login was refused


def make_url(host: str, port: int, dbname: str, user: str, sslmode: str) -> str:
    """`postgresql://user@host:port/database?sslmode=...`, each part quoted; no password."""
    query = urlencode({"sslmode": sslmode})
    return (
        f"postgresql://{quote(user, safe='')}@{quote(host, safe='')}:{int(port)}/"
        f"{quote(dbname, safe='')}?{query}"
    )


def keep_password(address: server.ServerAddress, password: str) -> None:
    """Puts the password in the OS keyring under the address's keyring user name."""
    try:
        import keyring
        from keyring.errors import KeyringError
    except ImportError:
        raise PasswordNotKept("no keyring") from None
    try:
        keyring.set_password(server.KEYRING_SERVICE, address.keyring_user, password)
    except (KeyringError, RuntimeError, OSError) as exc:
        raise PasswordNotKept(type(exc).__name__) from None


def try_login(address: server.ServerAddress, password: str | None) -> Found:
    """Logs in once (with `password`, else the keyring's or pgpass) and looks: nothing is
    written. Raises nothing for a server that is away: that is REFUSED."""
    db = server.ServerDatabase(address, password or server.keyring_password(address))
    try:
        db.connect()
        state = server.inspect(db)
    except DatabaseError:
        return Found.REFUSED
    finally:
        db.close()
    if not state.ours:
        return Found.FOREIGN
    if not state.has_tables:
        return Found.EMPTY
    if state.version > migrations.SCHEMA_VERSION:
        return Found.NEWER
    return Found.OURS
