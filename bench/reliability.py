"""The long reliability runs: R1 (SIGKILL a writer 200 times), R2 (kill during a
migration, a restore and an erasure with its VACUUM, 50 times each) and R14 (two processes
writing for 60 s).

    python bench/reliability.py [--kills 200] [--r2-kills 50] [--two-writers 60]

Prints kills, acknowledged commits, corrupt databases, foreign-key violations, lost
acknowledged commits, half transactions and broken audit chains (all must be 0)."""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from tests.reliability.harness import run  # noqa: E402
from tests.reliability.kills import (  # noqa: E402
    kill_during_erasure,
    kill_during_migration,
    kill_during_restore,
    two_writers,
)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--kills", type=int, default=200)
    parser.add_argument("--r2-kills", type=int, default=50)
    parser.add_argument("--two-writers", type=float, default=60)
    args = parser.parse_args()
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
        (kill_during_migration, lambda f: f"R2 kills during a migration: {f.runs} (at version 1: "
         f"{f.killed_before}, at 2: {f.killed_after}), between or not finished by the next "
         f"start: {f.bad}"),
        (kill_during_erasure, lambda f: f"R2 kills during an erasure : {f.runs} ({f.acknowledged} "
         f"erasures returned, {f.in_flight_done} under way found committed), not whole or bytes "
         f"left after the next start: {f.bad}"),
        (kill_during_restore, lambda f: f"R2 kills during a restore  : {f.runs}, "
         f"not old-or-new-and-whole: {f.bad}"),
        (lambda folder, _kills: two_writers(folder, args.two_writers),
         lambda f: f"R14 two writers, {args.two_writers:.0f} s    : {f.runs} acknowledged "
         f"commits, 'locked' errors or damage: {f.bad}"),
    ]  # fmt: skip
    for fn, describe in runs:
        with tempfile.TemporaryDirectory() as folder:
            t1 = time.perf_counter()
            f = fn(Path(folder), args.r2_kills)
            print(f"{describe(f)} ({time.perf_counter() - t1:.0f} s)", flush=True)
            for d in f.detail[:5]:
                print("  !", d)


if __name__ == "__main__":
    main()
