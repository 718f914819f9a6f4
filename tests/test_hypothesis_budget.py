"""Every hypothesis test with a count of its own gives it through `examples(N)`
(tests/examples.py), so the quick loop tries a share of it and CI all of it (issue 19)."""

from __future__ import annotations

import re
from pathlib import Path

from hypothesis import settings

from tests.examples import FULL, examples

TESTS = Path(__file__).parent


def test_no_test_writes_its_count_bare():
    bare = [
        f"{path.relative_to(TESTS)}:{number}"
        for path in sorted(TESTS.rglob("*.py"))
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1)
        if re.search(r"max_examples\s*=\s*\d", line)
    ]
    assert bare == [], "write max_examples=examples(N)"


def test_a_count_is_the_loaded_profiles_share_of_it():
    share = settings.default.max_examples
    assert examples(2000) == 2000 * share // FULL
    assert examples(1) == 1
