"""The long reliability runs (RELIABILITY.md R1): SIGKILL a writer 200 times.

    python bench/reliability.py [--kills 200]

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


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--kills", type=int, default=200)
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


if __name__ == "__main__":
    main()
