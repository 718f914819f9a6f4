"""The one way the UI runs a service call and tells the user how it went.

A refusal the user can act on (a ServiceError: invalid input, a record changed in another
window, an action the law does not allow) is shown once, where the caller says. Anything
else (a full disk, a bug) is logged once by `failure_text` and shown with its apology.
The call's result comes back in the Outcome: what the service saved or changed, for the
caller to show and to refresh from.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import Generic, TypeVar

from PySide6.QtWidgets import QMessageBox, QWidget

from soosr_desk.services.errors import ServiceError, ValidationErrors
from soosr_desk.ui.errors import failure_text
from soosr_desk.ui.i18n import error_text

T = TypeVar("T")
Show = Callable[[str], object]


@dataclass(frozen=True)
class Outcome(Generic[T]):
    """`ok` is False when the call failed (and the user has been told); `value` is what
    the call returned."""

    ok: bool
    value: T | None = None


def attempt(
    call: Callable[[], T],
    show: Show,
    *,
    invalid: Callable[[ValidationErrors], object] | None = None,
    silent: tuple[type[BaseException], ...] = (),
    texts: Mapping[type[BaseException], str] | None = None,
) -> Outcome[T]:
    """Runs `call`. `show` gets the one message for a failure; `invalid`, when given,
    gets ValidationErrors instead (to put each message next to its field). Exceptions
    in `silent` (the user cancelled) fail without a message; `texts` gives the message
    for an exception type the caller can explain better (a file open in Excel)."""
    try:
        return Outcome(True, call())
    except silent:
        return Outcome(False)
    except ValidationErrors as exc:
        if invalid is not None:
            invalid(exc)
        else:
            show(error_text(exc))
    except ServiceError as exc:
        show(error_text(exc))
    except Exception as exc:  # the disk, a bug: logged once, never the exception's text
        known = next((text for kind, text in (texts or {}).items() if isinstance(exc, kind)), None)
        show(known if known is not None else failure_text(exc))
    return Outcome(False)


def in_box(parent: QWidget | None, title: str) -> Show:
    """Shows the message in a warning box with this title."""
    return lambda text: QMessageBox.warning(parent, title, text)
