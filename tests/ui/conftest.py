"""UI tests: a modal dialog that a test did not expect fails the test instead of hanging."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QDialog, QInputDialog, QMessageBox


class UnexpectedDialog(AssertionError):
    pass


@pytest.fixture(autouse=True)
def no_unexpected_dialogs(monkeypatch):
    def refuse(*args, **kwargs):
        raise UnexpectedDialog(f"a dialog opened that the test did not expect: {args[1:3]}")

    for name in ("question", "warning", "critical", "information", "about"):
        monkeypatch.setattr(QMessageBox, name, refuse)
    monkeypatch.setattr(QMessageBox, "exec", refuse)
    monkeypatch.setattr(QInputDialog, "getText", refuse)
    monkeypatch.setattr(QDialog, "exec", refuse)
    yield


@pytest.fixture(autouse=True)
def _language_restored():
    """A test that switches the language (and its date format) does not leak it."""
    from soosr_desk.ui import i18n

    before = i18n._current
    yield
    i18n._current = before
