"""Demo data: the real command (`soosr-desk demo --db NEW --contacts N`, a whole process)
next to bare sqlite3 inserting the same rows (read from the database the command made)
into an empty file with the same tables and indexes, in transactions of 2,000 rows. Run
in turn; wall time and peak memory from /usr/bin/time -v.

    python bench/demo.py [--contacts 100000] [--runs 3]

Target (issue 20): 100,000 contacts in under 10 s."""

from __future__ import annotations

import argparse
import os
import re
import subprocess
import sys
import tempfile
from pathlib import Path

from _common import OUT, ROOT, load, ratios, spread

BARE = r"""
import sqlite3, sys
src = sqlite3.connect(f"file:{sys.argv[1]}?mode=ro", uri=True)
dst = sqlite3.connect(sys.argv[2])
dst.execute("PRAGMA journal_mode = wal")
schema = src.execute("SELECT type, name, sql FROM sqlite_master WHERE sql IS NOT NULL "
                     "AND name NOT LIKE 'sqlite_%' ORDER BY type = 'index'").fetchall()
for _type, _name, sql in schema:
    dst.execute(sql)
for _type, name, _sql in schema:
    if _type != "table":
        continue
    cur = src.execute(f'SELECT * FROM "{name}"')
    width = len(cur.description)
    insert = f'INSERT INTO "{name}" VALUES ({", ".join("?" * width)})'
    while rows := cur.fetchmany(2000):
        with dst:
            dst.executemany(insert, rows)
dst.close()
"""


CPU: list[float] = []  # user + system seconds of each run, ours and bare in turn


def timed(command: list[str], env: dict) -> tuple[float, float]:
    out = subprocess.run(["/usr/bin/time", "-v", *command], capture_output=True, text=True, env=env)
    if out.returncode != 0:
        raise RuntimeError(out.stderr[-2000:])
    wall = re.search(r"Elapsed \(wall clock\) time.*: (?:(\d+):)?(\d+):([\d.]+)", out.stderr)
    peak = re.search(r"Maximum resident set size \(kbytes\): (\d+)", out.stderr)
    # CPU time: on a busy machine closer to what the run takes on an idle one than the wall
    cpu = re.findall(r"(?:User|System) time \(seconds\): ([\d.]+)", out.stderr)
    CPU.append(sum(float(x) for x in cpu))
    h, mi, s = wall.groups()
    return int(h or 0) * 3600 + int(mi) * 60 + float(s), int(peak[1]) / 1024


def _fresh(path: Path) -> Path:
    for suffix in ("", "-wal", "-shm", ".lock"):
        Path(f"{path}{suffix}").unlink(missing_ok=True)
    for extra in path.parent.glob(path.name + ".documents"):
        for f in extra.iterdir():
            f.unlink()
        extra.rmdir()
    return path


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--contacts", type=int, default=100_000)
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args()
    OUT.mkdir(parents=True, exist_ok=True)
    env = dict(
        os.environ,
        PYTHONPATH=str(ROOT),
        PYTHONPYCACHEPREFIX=str(OUT / "pycache"),
        XDG_DATA_HOME=tempfile.mkdtemp(prefix="bench-data-"),
    )
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    made, copy = OUT / "demo-ours.db", OUT / "demo-bare.db"
    ours_cmd = [
        sys.executable,
        "-m",
        "soosr_desk",
        "demo",
        "--db",
        str(made),
        "--create",  # a new file: the command asks for it in so many words
        "--contacts",
        str(args.contacts),
    ]
    bare_cmd = [sys.executable, "-c", BARE, str(made), str(copy)]
    ours, bare = [], []
    for _ in range(args.runs):
        _fresh(made)
        ours.append(timed(ours_cmd, env))
        _fresh(copy)
        bare.append(timed(bare_cmd, env))
    print(f"demo data, {args.contacts:,} contacts ({args.runs} interleaved runs; {load()})")
    print(f"  {'':36} {'min':>7} {'median':>7} {'max':>7}")
    print(f"  {'bare sqlite3 inserts, same rows':36} {spread([t for t, _ in bare], 's', 1)}")
    print(f"  {'soosr-desk demo (process)':36} {spread([t for t, _ in ours], 's', 1)}")
    print(f"  {'  ratio (pair by pair)':36} {ratios([t for t, _ in ours], [t for t, _ in bare])}")
    print(f"  {'CPU (user+system), bare':36} {spread(CPU[1::2], 's', 1)}")
    print(f"  {'CPU (user+system), soosr-desk demo':36} {spread(CPU[0::2], 's', 1)}")
    print(f"  {'peak memory, bare':36} {spread([p for _, p in bare], 'MB', 1)}")
    print(f"  {'peak memory, soosr-desk demo':36} {spread([p for _, p in ours], 'MB', 1)}")


if __name__ == "__main__":
    main()
