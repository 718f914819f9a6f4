"""Excel export of the contacts: the real command (`soosr-desk export contacts --db ...
--out ...`, a whole process: start-up, lock, opening, export) next to a bare openpyxl
write-only loop over the same rows in a whole process of its own, run in turn (ours, bare,
ours, bare...). Wall time and peak memory of each process come from /usr/bin/time -v
(the operating system's own accounting), ratios are taken pair by pair.

    python bench/export.py [--contacts 100000] [--runs 5] [--lxml DIR]

--lxml DIR puts DIR (a folder with lxml installed, e.g. pip install --target DIR lxml)
on the path of both sides: openpyxl then writes through lxml.

Target (issue 20): the median ratio <= 1.3x the bare loop; peak memory under 300 MB."""

from __future__ import annotations

import argparse
import os
import re
import subprocess
import sys
import tempfile
from pathlib import Path

from _common import OUT, ROOT, demo_database, fresh_copy, load, ratios, spread

BARE = r"""
import sqlite3, sys
from openpyxl import Workbook
conn = sqlite3.connect(sys.argv[1])
wb = Workbook(write_only=True)
ws = wb.create_sheet("Contacten")
ws.append(["Nr.", "Achternaam", "Voornaam", "Bedrijf", "Functie", "E-mail", "Telefoon",
           "Straat", "Postcode", "Plaats", "Relatie", "Bron", "Ontvangen", "Beperkt", "Bezwaar"])
for row in conn.execute(
    "SELECT c.id, c.last_name, c.first_name, co.name, c.job_title, c.email, c.phone, c.street,"
    " c.postcode, c.city, c.relation, c.source, c.received_on, c.restricted,"
    " c.objected_marketing FROM contact c LEFT JOIN company co ON c.company_id = co.id"
    " WHERE c.erased = 0 ORDER BY c.id"):
    ws.append(list(row))
wb.save(sys.argv[2])
"""


def timed(command: list[str], env: dict) -> tuple[float, float]:
    """(wall seconds, peak MB) of a whole process, by /usr/bin/time -v."""
    out = subprocess.run(["/usr/bin/time", "-v", *command], capture_output=True, text=True, env=env)
    if out.returncode != 0:
        raise RuntimeError(out.stderr[-2000:])
    wall = re.search(r"Elapsed \(wall clock\) time.*: (?:(\d+):)?(\d+):([\d.]+)", out.stderr)
    peak = re.search(r"Maximum resident set size \(kbytes\): (\d+)", out.stderr)
    h, mi, s = wall.groups()
    return int(h or 0) * 3600 + int(mi) * 60 + float(s), int(peak[1]) / 1024


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--contacts", type=int, default=100_000)
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--lxml", type=Path, help="a folder with lxml installed")
    args = parser.parse_args()
    db = fresh_copy(demo_database(args.contacts), "bench-export.db")
    path = os.pathsep.join([str(ROOT)] + ([str(args.lxml)] if args.lxml else []))
    env = dict(
        os.environ,
        PYTHONPATH=path,
        PYTHONPYCACHEPREFIX=str(OUT / "pycache"),
        XDG_DATA_HOME=tempfile.mkdtemp(prefix="bench-data-"),
    )
    env.pop("PYTHONDONTWRITEBYTECODE", None)  # an installed program has its .pyc files
    ours_out, bare_out = OUT / "ours.xlsx", OUT / "bare.xlsx"
    ours_cmd = [
        sys.executable,
        "-m",
        "soosr_desk",
        "export",
        "contacts",
        "--db",
        str(db),
        "--out",
        str(ours_out),
    ]
    bare_cmd = [sys.executable, "-c", BARE, str(db), str(bare_out)]
    ours_cmd_run = lambda: (ours_out.unlink(missing_ok=True), timed(ours_cmd, env))[1]  # noqa: E731
    ours_cmd_run(), timed(bare_cmd, env)  # warm the file cache and the compiled modules
    ours, bare = [], []
    for _ in range(args.runs):
        ours.append(ours_cmd_run())
        bare.append(timed(bare_cmd, env))
    lx = "with lxml" if args.lxml else "without lxml"
    print(
        f"export of {args.contacts:,} contacts x 15 columns, {lx} "
        f"({args.runs} interleaved pairs; {load()})"
    )
    print(f"  {'':34} {'min':>7} {'median':>7} {'max':>7}")
    print(f"  {'bare openpyxl loop (process)':34} {spread([w for w, _ in bare], 's', 1)}")
    print(f"  {'soosr-desk export contacts':34} {spread([w for w, _ in ours], 's', 1)}")
    print(f"  {'  ratio (pair by pair)':34} {ratios([w for w, _ in ours], [w for w, _ in bare])}")
    print(f"  {'peak memory, bare':34} {spread([p for _, p in bare], 'MB', 1)}")
    print(f"  {'peak memory, soosr-desk export':34} {spread([p for _, p in ours], 'MB', 1)}")


if __name__ == "__main__":
    main()
