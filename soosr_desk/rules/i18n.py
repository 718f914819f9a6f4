"""Marks text for translation in layers that must not import Qt.

`N_("...")` returns the text unchanged; pyside6-lupdate extracts it (run with
`-tr-function-alias QT_TR_NOOP+=N_`, which files it under the empty context) and the UI
translates it where it is shown with `QCoreApplication.translate("", text)`.
Parameters are filled in *after* translation: `tr(msg).format(**params)`.
"""


def N_(text: str) -> str:
    return text


def plural(count: int, one: str, other: str) -> str:
    """The form of a text that holds a count: `one` for exactly one (or minus one), else
    `other`. Both are N_-marked at the call and each is translated on its own: Dutch and
    English both have just these two forms. (Widget text uses Qt's numerus instead:
    `self.tr("%n contact(s)", "", n)`; lupdate cannot mark N_ text as numerus.)"""
    return one if abs(count) == 1 else other
