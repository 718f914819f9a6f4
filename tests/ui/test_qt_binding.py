"""Guards against a broken Qt binding: PySide6 6.12.0 under Python 3.11 dropped a reference
to None on every call of a method that returns nothing, so the program aborted ("deallocating
None") after a few thousand calls. pyproject.toml excludes it; this test catches the next."""

import sys

import pytest
from PySide6.QtWidgets import QLabel, QLineEdit

pytestmark = pytest.mark.gui


def test_void_calls_keep_none_alive(qapp):
    label, edit = QLabel(), QLineEdit()
    label.setText("x")
    before = sys.getrefcount(None)
    for _ in range(500):
        label.setText("x")
        edit.setEnabled(True)
    assert sys.getrefcount(None) >= before - 50
