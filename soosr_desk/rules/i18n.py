"""Marks text for translation in layers that must not import Qt.

`N_("...")` returns the text unchanged; pyside6-lupdate extracts it (run with
`-tr-function-alias QT_TR_NOOP+=N_`, which files it under the empty context) and the UI
translates it where it is shown with `QCoreApplication.translate("", text)`.
Parameters are filled in *after* translation: `tr(msg).format(**params)`.
"""


def N_(text: str) -> str:
    return text
