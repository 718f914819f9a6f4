"""R1 in CI: 30 kills (the long run of 200 is bench/reliability.py)."""

import pytest

from tests.reliability.harness import run


@pytest.mark.slow
def test_kill_9_never_loses_or_damages_anything(tmp_path):
    report = run(30, tmp_path, min_s=0.3, max_s=1.0)
    assert report.kills == 30
    assert report.acks > 30, "the writer must have committed something to check"
    assert (
        report.corrupt,
        report.fk_violations,
        report.lost_acks,
        report.half_transactions,
        report.broken_chains,
    ) == (0, 0, 0, 0, 0), report.problems[:5]
