"""Settings > Database > Office server (issue 18): the address from the form, a test of
the connection that says in words what was found, and the password kept in the OS
keyring. Nothing is written to the server here; the window opens it at the next start."""

from __future__ import annotations

from dataclasses import dataclass

from soosr_desk.rules.i18n import N_
from soosr_desk.services.errors import ServiceError, ValidationError, ValidationErrors
from soosr_desk.store import server, server_login

TLS_MODES = server_login.TLS_MODES
Found = server_login.Found

FOUND_TEXT = {
    Found.OURS: N_("Connected: this is an office register of SOOSR Desk."),
    Found.EMPTY: N_(
        "Connected: the database is empty. At the next start SOOSR Desk makes the office "
        "register there."
    ),
    Found.FOREIGN: N_(
        "Connected, but this database holds another program's tables. Choose another "
        "database; nothing was changed."
    ),
    Found.NEWER: N_(
        "Connected, but a newer version of SOOSR Desk made this register. Install the "
        "newer version first."
    ),
    Found.REFUSED: N_(
        "No connection: the server cannot be reached or refused the login. Check the "
        "address, the user name, the password and the TLS setting."
    ),
}
NOT_KEPT = N_(
    "The password could not be kept in the Windows Credential Manager (no keyring on this "
    "computer). Use a pgpass file instead (see the README)."
)


@dataclass(frozen=True)
class ServerFields:
    host: str
    port: int
    dbname: str
    user: str
    sslmode: str = "verify-full"


def address(fields: ServerFields) -> server.ServerAddress:
    """The address the fields make, or ValidationErrors naming each empty or wrong field."""
    errors = [
        ValidationError(name, N_("Fill this in."))
        for name in ("host", "dbname", "user")
        if not getattr(fields, name).strip()
    ]
    if not 1 <= fields.port <= 65535:
        errors.append(ValidationError("port", N_("A port is a number from 1 to 65535.")))
    if fields.sslmode not in TLS_MODES:
        errors.append(ValidationError("sslmode", N_("Choose require or verify-full.")))
    if errors:
        raise ValidationErrors(errors)
    url = server_login.make_url(
        fields.host.strip(), fields.port, fields.dbname.strip(), fields.user.strip(), fields.sslmode
    )
    return server.parse_url(url)


def test_connection(fields: ServerFields, password: str = "") -> tuple[bool, str]:
    """(usable, N_ text) after one login with `password` (else the keyring's or pgpass)."""
    found = server_login.try_login(address(fields), password or None)
    return found in (Found.OURS, Found.EMPTY), FOUND_TEXT[found]


def keep_password(fields: ServerFields, password: str) -> None:
    """The password into the OS keyring (Windows Credential Manager), nowhere else."""
    try:
        server_login.keep_password(address(fields), password)
    except server_login.PasswordNotKept:
        raise ServiceError(NOT_KEPT) from None


def fields_of(url: str) -> ServerFields | None:
    """The form's fields for a kept address (None when it cannot be read)."""
    try:
        a = server.parse_url(url)
    except server.ServerAddressError:
        return None
    mode = a.sslmode if a.sslmode in TLS_MODES else "require"
    return ServerFields(a.host, int(a.port), a.dbname, a.user, mode)
