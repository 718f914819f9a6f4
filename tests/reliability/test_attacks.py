"""Issue 15's attacks (R25-R35) as the bench runs them, with small numbers: every attack
tried must hold. The unit tests of each finding check the same things one by one."""

from __future__ import annotations

import pytest

from tests.reliability import attacks, attacks_more

QUICK = [
    attacks.outputs_over_the_database,
    attacks.restores_that_resurrect,
    attacks.clock_set_ahead,
    attacks.audit_tampering,
    attacks_more.locks_and_messages,
    attacks_more.failures_underneath,
    attacks_more.wrong_paths,
    attacks_more.sole_traders,
    attacks_more.mailing_in_dutch_excel,
    attacks_more.file_modes,
]


@pytest.mark.slow
@pytest.mark.parametrize("attack", QUICK, ids=lambda f: f.__name__)
def test_every_attack_holds(attack, tmp_path):
    result = attack(tmp_path)
    assert result.tried and result.held == result.tried, result.failed[:5]


@pytest.mark.slow
def test_killed_exports_leave_nothing(tmp_path):
    result = attacks.killed_exports(tmp_path, kills=2)
    assert result.held == result.tried == 2, result.failed
