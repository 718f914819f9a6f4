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
def test_a_kill_during_restore_leaves_the_old_or_the_new_database_whole(tmp_path):
    figures = kill_during_restore(tmp_path, kills=12)
    assert figures.runs == 12
    assert figures.bad == 0, figures.detail


@pytest.mark.slow
def test_two_writers_never_meet_a_locked_database(tmp_path):
    figures = two_writers(tmp_path, seconds=8)
    assert figures.runs > 50, "both writers must have committed"
    assert figures.bad == 0, figures.detail


@pytest.mark.slow
def test_a_kill_during_a_migration_leaves_the_old_or_the_new_schema_and_the_next_start_finishes(
    tmp_path,
):
    figures = kill_during_migration(tmp_path, kills=6)
    assert figures.runs == 6
    assert figures.bad == 0, figures.detail


@pytest.mark.slow
def test_a_kill_during_an_erasure_or_its_vacuum_leaves_no_bytes_after_the_next_start(tmp_path):
    figures = kill_during_erasure(tmp_path, kills=6)
    assert figures.runs == 6
    assert figures.acknowledged > 0, "some erasures must have returned before a kill"
    assert figures.bad == 0, figures.detail
