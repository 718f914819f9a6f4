"""The long reliability runs: R1 (SIGKILL a writer 200 times), R2 (kill during a
migration, a restore and an erasure with its VACUUM, 50 times each) and R14 (two processes
writing for 60 s).

    python bench/reliability.py [--kills 200] [--r2-kills 50] [--two-writers 60]
    python bench/reliability.py --attacks-only [--export-kills 10]

Prints kills, acknowledged commits, corrupt databases, foreign-key violations, lost
acknowledged commits, half transactions and broken audit chains (all must be 0), then
issue 15's attacks (R25-R35): for each, the attacks tried and how many held (all must)."""

from __future__ import annotations

import argparse
import logging
import os
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from tests.reliability import attacks, attacks_more  # noqa: E402
from tests.reliability.harness import run  # noqa: E402
from tests.reliability.kills import (  # noqa: E402
    kill_during_erasure,
    kill_during_migration,
    kill_during_restore,
    two_writers,
)


def run_attacks(export_kills: int) -> int:
    """Issue 15's attacks in a scratch data folder; prints one row each; returns the
    number that did not hold."""
    runs = [
        attacks.outputs_over_the_database,
        attacks.restores_that_resurrect,
        attacks.clock_set_ahead,
        lambda f: attacks.killed_exports(f, export_kills),
        attacks.audit_tampering,
        attacks_more.locks_and_messages,
        attacks_more.failures_underneath,
        attacks_more.wrong_paths,
        attacks_more.sole_traders,
        attacks_more.mailing_in_dutch_excel,
        attacks_more.file_modes,
    ]
    broken = 0
    print("row  attack                                              tried  held   time")
    for fn in runs:
        with tempfile.TemporaryDirectory() as folder:
            os.environ["XDG_DATA_HOME"] = str(Path(folder) / "data")
            os.environ["XDG_CONFIG_HOME"] = str(Path(folder) / "config")
            t1 = time.perf_counter()
            for handler in [h for h in logging.getLogger().handlers if getattr(h, "_soosr", 0)]:
                logging.getLogger().removeHandler(handler)  # a new data folder: a new log
                handler.close()
            work = Path(folder) / "work"
            work.mkdir()
            try:
                a = fn(work)
            except Exception as exc:  # the attack broke the program (e.g. before issue 15)
                print(f"     {getattr(fn, '__name__', '?'):50} stopped: {type(exc).__name__}")
                broken += 1
                continue
            broken += a.tried - a.held
            print(
                f"{a.row:4} {a.name:50} {a.tried:6} {a.held:5} {time.perf_counter() - t1:5.1f} s",
                flush=True,
            )
            for what in a.failed[:5]:
                print("  !", what)
    return broken


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--kills", type=int, default=200)
    parser.add_argument("--r2-kills", type=int, default=50)
    parser.add_argument("--two-writers", type=float, default=60)
    parser.add_argument("--export-kills", type=int, default=10)
    parser.add_argument("--attacks-only", action="store_true")
    args = parser.parse_args()
    if args.attacks_only:
        sys.exit(1 if run_attacks(args.export_kills) else 0)
    t0 = time.perf_counter()
    with tempfile.TemporaryDirectory() as folder:

        def log(i, r):
            if i % 20 == 0:
                print(f"  {i} kills, {r.acks} acknowledged commits so far", flush=True)

        r = run(args.kills, Path(folder), log=log)
    print(f"kills                     : {r.kills}")
    print(f"acknowledged commits      : {r.acks}")
    print(f"corrupt databases         : {r.corrupt}")
    print(f"foreign-key violations    : {r.fk_violations}")
    print(f"lost acknowledged commits : {r.lost_acks}")
    print(f"half transactions         : {r.half_transactions}")
    print(f"broken audit chains       : {r.broken_chains}")
    print(f"time                      : {time.perf_counter() - t0:.0f} s")
    for p in r.problems[:10]:
        print("  !", p)
    runs = [
        (
            kill_during_migration,
            lambda f: (
                f"R2 kills during a migration: {f.runs} (at version 1: "
                f"{f.killed_before}, at 2: {f.killed_after}), between or not finished by the next "
                f"start: {f.bad}"
            ),
        ),
        (
            kill_during_erasure,
            lambda f: (
                f"R2 kills during an erasure : {f.runs} ({f.acknowledged} "
                f"erasures returned, {f.in_flight_done} under way found committed), not whole or bytes "
                f"left after the next start: {f.bad}"
            ),
        ),
        (
            kill_during_restore,
            lambda f: f"R2 kills during a restore  : {f.runs}, not old-or-new-and-whole: {f.bad}",
        ),
        (
            lambda folder, _kills: two_writers(folder, args.two_writers),
            lambda f: (
                f"R14 two writers, {args.two_writers:.0f} s    : {f.runs} acknowledged "
                f"commits, 'locked' errors or damage: {f.bad}"
            ),
        ),
    ]
    for fn, describe in runs:
        with tempfile.TemporaryDirectory() as folder:
            t1 = time.perf_counter()
            f = fn(Path(folder), args.r2_kills)
            print(f"{describe(f)} ({time.perf_counter() - t1:.0f} s)", flush=True)
            for d in f.detail[:5]:
                print("  !", d)
    run_attacks(args.export_kills)


if __name__ == "__main__":
    main()
