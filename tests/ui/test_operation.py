"""ui/operation.attempt: the one way the UI runs a service call (issue 19, item 5)."""

from __future__ import annotations

import logging

import pytest
from PySide6.QtWidgets import QMessageBox

from soosr_desk.rules.i18n import N_
from soosr_desk.services.errors import ServiceError, ValidationError, ValidationErrors
from soosr_desk.ui.operation import attempt, in_box

pytestmark = pytest.mark.gui


class Cancelled(Exception):
    pass


def test_the_result_comes_back_and_nothing_is_shown():
    shown: list[str] = []
    done = attempt(lambda: {"saved": 3}, shown.append)
    assert done.ok and done.value == {"saved": 3}
    assert shown == []


def test_a_refusal_is_shown_once_with_its_parameters_and_not_logged(caplog):
    shown: list[str] = []
    with caplog.at_level(logging.ERROR, logger="soosr_desk.errors"):
        done = attempt(lambda: _raise(ServiceError(N_("Only {n} left."), n=2)), shown.append)
    assert not done.ok and done.value is None
    assert shown == ["Only 2 left."]
    assert caplog.records == []


def test_a_bug_is_logged_once_and_shown_once_without_its_text(caplog):
    shown: list[str] = []
    personal = "Jansen, " + "0612345678"
    with caplog.at_level(logging.ERROR, logger="soosr_desk.errors"):
        done = attempt(lambda: _raise(KeyError(personal)), shown.append)
    assert not done.ok
    assert len(shown) == 1 and "0612345678" not in shown[0] and "SOOSR Desk" in shown[0]
    assert len(caplog.records) == 1 and "0612345678" not in caplog.text


def test_field_errors_go_to_the_form_when_it_takes_them():
    shown: list[str] = []
    marked: list[ValidationErrors] = []
    errors = ValidationErrors([ValidationError("email", N_("Enter a valid e-mail address."))])
    done = attempt(lambda: _raise(errors), shown.append, invalid=marked.append)
    assert not done.ok and marked == [errors] and shown == []
    attempt(lambda: _raise(errors), shown.append)  # no form: every field's message, once
    assert shown == ["Enter a valid e-mail address."]


def test_a_cancel_is_silent_and_a_known_exception_gets_the_callers_words():
    shown: list[str] = []
    assert not attempt(lambda: _raise(Cancelled()), shown.append, silent=(Cancelled,)).ok
    assert shown == []
    texts = {PermissionError: "Is it open in Excel?"}
    assert not attempt(lambda: _raise(PermissionError(13, "x")), shown.append, texts=texts).ok
    assert shown == ["Is it open in Excel?"]


def test_in_box_shows_a_warning_with_the_title(qtbot, monkeypatch):
    seen = []
    monkeypatch.setattr(
        QMessageBox, "warning", lambda parent, title, text: seen.append((title, text))
    )
    attempt(lambda: _raise(ServiceError(N_("Refused."))), in_box(None, "Backups"))
    assert seen == [("Backups", "Refused.")]


def _raise(exc: BaseException):
    raise exc
