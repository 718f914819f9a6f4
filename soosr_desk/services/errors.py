"""The errors services raise on purpose. Their text is translatable English source
(marked with N_) plus parameters, never personal data: the UI translates the message,
fills in the parameters and shows it next to the field."""

from __future__ import annotations

from soosr_desk.rules.i18n import N_


class ServiceError(Exception):
    """A known problem the user can act on (not a bug)."""

    def __init__(self, message: str, **params: object):
        super().__init__(message)
        self.message = message
        self.params = params

    def render(self, translate=lambda s: s) -> str:
        text = translate(self.message)
        try:
            return text.format(**self.params)
        except (KeyError, IndexError, ValueError):
            return text


class ValidationError(ServiceError):
    """One field's value is refused; `field` is the model field name."""

    def __init__(self, field: str, message: str, **params: object):
        super().__init__(message, **params)
        self.field = field


class ValidationErrors(ServiceError):
    """Several fields refused at once, so the form can mark them all."""

    def __init__(self, errors: list[ValidationError]):
        super().__init__(N_("Some fields need attention."))
        self.errors = errors

    def render(self, translate=lambda s: s) -> str:
        return "\n".join(e.render(translate) for e in self.errors)


class NotAllowed(ServiceError):
    """The action is not allowed in the record's current state (e.g. restricted)."""


class NotFound(ServiceError):
    """The record is gone (erased, or deleted in another window)."""


class Conflict(ServiceError):
    """The record was changed elsewhere since it was opened. `detail` (an N_ text filled
    from the same parameters) says who saved it meanwhile and when (services/records.py)."""

    def __init__(self, message: str, *, detail: str | None = None, **params: object):
        super().__init__(message, **params)
        self.detail = detail

    def render(self, translate=lambda s: s) -> str:
        text = super().render(translate)
        if self.detail is None:
            return text
        try:
            return f"{translate(self.detail).format(**self.params)}\n{text}"
        except (KeyError, IndexError, ValueError):
            return text
