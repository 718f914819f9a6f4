"""Translations: our .qm, Qt's own (dialog buttons), and text from layers without Qt."""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from importlib import resources
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

LANGUAGES = ("nl", "en")
_current = "nl"
_translators: list[QTranslator] = []


def i18n_dir() -> Path:
    return Path(str(resources.files("soosr_desk").joinpath("resources", "i18n")))


def install(app: QCoreApplication, language: str) -> str:
    """Loads the translations for `language` ("nl" or "en") and makes its locale default."""
    global _current
    language = language if language in LANGUAGES else "nl"
    for t in _translators:
        app.removeTranslator(t)
    _translators.clear()
    _current = language
    locale = QLocale(
        QLocale.Language.Dutch if language == "nl" else QLocale.Language.English,
        QLocale.Country.Netherlands,
    )
    QLocale.setDefault(locale)
    # English: only the singular and plural of texts with a count (the source is English)
    ours = QTranslator(app)
    if ours.load(str(i18n_dir() / f"soosr_desk_{language}.qm")):
        app.installTranslator(ours)
        _translators.append(ours)
    if language == "nl":
        qt = QTranslator(app)
        if qt.load("qtbase_nl", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
            app.installTranslator(qt)
            _translators.append(qt)
    return language


def current_language() -> str:
    return _current


def tr_msg(text: str) -> str:
    """Translates text marked with N_ in rules or services (the empty context)."""
    return QCoreApplication.translate("", text)


def tr_filled(text: str, params: Mapping[str, object]) -> str:
    """An N_ text translated and filled in, dates written the local way. A translation
    whose placeholders do not fit the parameters shows unfilled rather than failing."""
    values = {k: fmt_date(v) if isinstance(v, dt.date) else v for k, v in params.items()}
    try:
        return tr_msg(text).format(**values)
    except (KeyError, IndexError, ValueError):
        return tr_msg(text)


def error_text(exc) -> str:
    """The user's message for a ServiceError, translated and filled in."""
    return exc.render(tr_msg)


def show_field_errors(labels: dict, exc) -> None:
    """Each error of a ValidationErrors under its own field's label (`labels`: field name
    to QLabel); an error for a field without a label is left to the caller."""
    for e in exc.errors:
        label = labels.get(e.field)
        if label is not None:
            label.setText(error_text(e))
            label.show()


def fmt_number(value: int) -> str:
    """4.999 in Dutch, 4,999 in English (Qt's English of the Netherlands would write 4.999)."""
    text = f"{value:,}"
    return text.replace(",", ".") if _current == "nl" else text


def fmt_date(value: dt.date | None) -> str:
    """dd-mm-jjjj in Dutch, dd/mm/yyyy in English; empty for no date."""
    if value is None:
        return ""
    if isinstance(value, dt.datetime):
        value = value.date()
    return value.strftime("%d-%m-%Y" if _current == "nl" else "%d/%m/%Y")


def fmt_datetime(value: dt.datetime | None) -> str:
    if value is None:
        return ""
    return f"{fmt_date(value)} {value:%H:%M}"
