"""R2 (migration, restore, erasure with VACUUM) and R14 at CI size; bench/reliability.py
runs them longer."""

from __future__ import annotations

import pytest

from tests.reliability.kills import (
    kill_during_erasure,
    kill_during_migration,
    kill_during_restore,
    two_writers,
)


@pytest.mark.slow
@pytest.mark.parametrize(
    "kill, kills",
    [(kill_during_restore, 12), (kill_during_migration, 6), (kill_during_erasure, 6)],
    ids=[
        "restore: the old or the restored database, whole",
        "migration: version 1 untouched or 2 complete, and the next start finishes",
        "erasure and its VACUUM: no bytes of the person left after the next start",
    ],
)
def test_a_kill_at_any_moment_leaves_the_old_or_the_new_state_whole(tmp_path, kill, kills):
    figures = kill(tmp_path, kills)
    assert figures.runs == kills
    assert figures.bad == 0, figures.detail
    if kill is kill_during_erasure:
        assert figures.acknowledged > 0, "some erasures must have returned before a kill"


@pytest.mark.slow
def test_two_writers_never_meet_a_locked_database(tmp_path):
    figures = two_writers(tmp_path, seconds=8)
    assert figures.runs > 50, "both writers must have committed"
    assert figures.bad == 0, figures.detail
