"""How many examples a hypothesis test tries (issue 19).

Two profiles: `quick`, the default (the quick loop: a fifth of the examples), and `full`,
which `.ci/run` loads with `--hypothesis-profile=full` (every example, as written). A test
with its own count writes `@settings(max_examples=examples(N))`: N under `full`, the same
share of N as the loaded profile has of hypothesis' own default (100) otherwise; a test
without one gets the profile's count."""

from __future__ import annotations

from hypothesis import settings

FULL = 100  # hypothesis' own default: the share 1
QUICK_PROFILE = "quick"  # tests/conftest.py loads it; the command line's profile wins
settings.register_profile("full", max_examples=FULL)
settings.register_profile(QUICK_PROFILE, max_examples=FULL // 5)


def examples(n: int) -> int:
    """`n` examples under the `full` profile; that share of them under the loaded one."""
    return max(1, n * settings.default.max_examples // FULL)
