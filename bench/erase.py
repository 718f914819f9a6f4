"""Erasing one contact (with the checkpoint and VACUUM that make the bytes gone) next to a
bare VACUUM of the same file, each a whole process of its own, run in turn: wall time and
peak memory from /usr/bin/time -v. The bare VACUUM runs twice: in a plain Python, and in a
Python that first imports the same libraries the erasure imports (so the difference is
what the erasure itself holds in memory, not the size of its libraries).

    python bench/erase.py [--contacts 100000] [--runs 3]

Targets (issues 7 and 20): under 3 s at 100,000 contacts; peak memory under 2x the bare
VACUUM with the same libraries."""

from __future__ import annotations

import argparse
import json
import os
import re
import subprocess
import sys
import tempfile

from _common import OUT, ROOT, demo_database, fresh_copy, load, ratios, spread

BARE = r"""
import importlib, json, sqlite3, sys
for name in json.loads(sys.argv[2]):
    try:
        importlib.import_module(name)
    except Exception:
        pass
conn = sqlite3.connect(sys.argv[1])
conn.execute("VACUUM")
conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
conn.close()
"""

OURS = r"""
import datetime as dt, json, sys
from soosr_desk.services import erasure
from soosr_desk.store import models as m
from soosr_desk.store.opening import close_database, open_database
db = open_database(sys.argv[1])
c = m.Contact
person = (c.select(c.id).where(~c.erased & ~c.legal_hold & (c.email != ""))
          .order_by(c.id.desc()).first())
result = erasure.erase_contact(person.id, reason="manual", today=dt.date.today())
assert result.finished
close_database(db)
std = set(sys.stdlib_module_names)
print(json.dumps(sorted(n for n in list(sys.modules) if n.split(".")[0] not in std
      and n.split(".")[0] not in ("soosr_desk", "__main__") and not n.startswith("_"))))
"""


def timed(command: list[str], env: dict) -> tuple[float, float, str]:
    """(wall seconds, peak MB, stdout) of a whole process, by /usr/bin/time -v."""
    out = subprocess.run(["/usr/bin/time", "-v", *command], capture_output=True, text=True, env=env)
    if out.returncode != 0:
        raise RuntimeError(out.stderr[-2000:])
    wall = re.search(r"Elapsed \(wall clock\) time.*: (?:(\d+):)?(\d+):([\d.]+)", out.stderr)
    peak = re.search(r"Maximum resident set size \(kbytes\): (\d+)", out.stderr)
    h, mi, s = wall.groups()
    return int(h or 0) * 3600 + int(mi) * 60 + float(s), int(peak[1]) / 1024, out.stdout


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--contacts", type=int, default=100_000)
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args()
    source = demo_database(args.contacts)
    env = dict(
        os.environ,
        PYTHONPATH=str(ROOT),
        PYTHONPYCACHEPREFIX=str(OUT / "pycache"),
        XDG_DATA_HOME=tempfile.mkdtemp(prefix="bench-data-"),
    )
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    py = sys.executable
    first = timed([py, "-c", OURS, str(fresh_copy(source, "erase-ours.db"))], env)
    libraries = json.dumps(json.loads(first[2].strip().splitlines()[-1]))
    ours, plain, same = [], [], []
    for _ in range(args.runs):
        ours.append(timed([py, "-c", OURS, str(fresh_copy(source, "erase-ours.db"))], env))
        plain.append(timed([py, "-c", BARE, str(fresh_copy(source, "erase-bare.db")), "[]"], env))
        same.append(
            timed([py, "-c", BARE, str(fresh_copy(source, "erase-bare.db")), libraries], env)
        )
    print(f"erase one contact of {args.contacts:,} ({args.runs} interleaved runs; {load()})")
    print(f"  {'':38} {'min':>7} {'median':>7} {'max':>7}")
    for label, runs in (
        ("bare VACUUM, plain Python", plain),
        ("bare VACUUM, same libraries", same),
        ("soosr-desk erasure (process)", ours),
    ):
        print(f"  {label:38} {spread([r[0] for r in runs], 's', 1)}")
        print(f"  {'  peak memory':38} {spread([r[1] for r in runs], 'MB', 1)}")
    print(
        f"  {'time ratio to bare VACUUM (same libs)':38} "
        f"{ratios([r[0] for r in ours], [r[0] for r in same])}"
    )
    print(
        f"  {'peak ratio to bare VACUUM (same libs)':38} "
        f"{ratios([r[1] for r in ours], [r[1] for r in same])}"
    )
    print(
        f"  {'peak ratio to bare VACUUM (plain)':38} "
        f"{ratios([r[1] for r in ours], [r[1] for r in plain])}"
    )


if __name__ == "__main__":
    main()
