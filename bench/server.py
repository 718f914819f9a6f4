"""The office database on PostgreSQL next to the desk's SQLite file (issue 18), the same
work on the same 100,000 demo contacts, printed side by side (min / median / max):

1. filter keystrokes: the contacts list's search (`contact_list.search_ids`) for each
   prefix of a few typed words, SQLite and PostgreSQL in turn in one process;
2. export of the contacts to Excel through the real command (`soosr-desk export
   contacts`), a whole process each, in turn;
3. the 5-desk mix: five processes at once for SECONDS each (tests/store/desk_mix.py:
   searches, new contacts and requests, a shared counter, erasures), on the file and on
   the server: operations done, refused and failed, and each kind's time.

The server is a throwaway cluster (tests/pg_cluster.py) with fsync off: figures of the
program and the planner, not of a disk. The demo file is moved in with `soosr-desk move`
(its time is printed too).

    python bench/server.py [--contacts 100000] [--runs 3] [--seconds 20] [--parts 123]
                           [--url postgresql://... (a server already holding the demo)]

Goal (issue 18): a keystroke under 100 ms at 100,000 contacts on PostgreSQL."""

from __future__ import annotations

import argparse
import json
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from _common import OUT, ROOT, demo_database, fresh_copy, load, spread

from soosr_desk.services import contact_list, move
from soosr_desk.store import models
from soosr_desk.store.opening import close_database, open_database
from tests import pg_cluster

TYPED = ("jansen", "van de", "amsterdam", "@gmail", "bakker")
MIX_CHILD = ROOT / "tests" / "store" / "desk_mix.py"


def prefixes() -> list[str]:
    return [word[:n] for word in TYPED for n in range(1, len(word) + 1)]


def first_page(text: str, limit: int = 200) -> list[int]:
    """The first `limit` ids in list order by name: what the list needs on screen at a
    keystroke (issue 20 reads the rest in the background), the same WHERE as search_ids."""
    c = models.Contact
    query = c.select(c.id).where(*contact_list._where(text, False))
    sql, params = query.order_by(c.sort_name, c.id).limit(limit).sql()
    return [row[0] for row in models.database_proxy.obj.execute_sql(sql, params).fetchall()]


def keystrokes(lite: Path, url: str, runs: int) -> dict[str, list[float]]:
    """Each prefix searched on the file, then on the server, `runs` times over: every
    matching id (search_ids), and the first page only."""
    databases = {
        "sqlite": open_database(lite, create=False),
        "postgresql": open_database(url, create=False),
    }
    times: dict[str, list[float]] = {k: [] for k in databases}
    times |= {f"{k} first 200": [] for k in databases}
    worst: dict[str, tuple[float, str]] = {k: (0.0, "") for k in databases}
    try:
        for _ in range(runs):
            for text in prefixes():
                for name, db in databases.items():
                    models.database_proxy.initialize(db)
                    t0 = time.perf_counter()
                    contact_list.search_ids(text)
                    took = time.perf_counter() - t0
                    times[name].append(took)
                    worst[name] = max(worst[name], (took, text))
                    t0 = time.perf_counter()
                    first_page(text)
                    times[f"{name} first 200"].append(time.perf_counter() - t0)
        models.database_proxy.initialize(databases["postgresql"])
        sql, params = _search_query("jansen").sql()
        plan = databases["postgresql"].execute_sql("EXPLAIN " + sql, params).fetchall()
        uses = any("contact_search_trgm" in row[0] for row in plan)
        print(f"  PostgreSQL plan for 'jansen' uses the trigram index: {uses}")
        for name in databases:
            print(f"  slowest {name}: {worst[name][0] * 1000:.0f} ms for '{worst[name][1]}'")
    finally:
        for db in databases.values():
            close_database(db)
        models.database_proxy.initialize(None)
    return times


def _search_query(text: str):
    c = models.Contact
    return c.select(c.id).where(*contact_list._where(text, False))


def export(where: str, runs_dir: Path) -> float:
    out = runs_dir / f"export-{time.monotonic_ns()}.xlsx"
    t0 = time.perf_counter()
    subprocess.run(
        [sys.executable, "-m", "soosr_desk", "export", "contacts", "--db", where,
         "--out", str(out)],
        cwd=ROOT, check=True, capture_output=True, timeout=1800,
    )  # fmt: skip
    took = time.perf_counter() - t0
    out.unlink(missing_ok=True)
    return took


def desk_mix(where: str, seconds: float, desks: int = 5) -> dict:
    children = [
        subprocess.Popen(
            [sys.executable, str(MIX_CHILD), where, str(d), str(seconds), str(d)],
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )  # fmt: skip
        for d in range(desks)
    ]
    results = []
    for child in children:
        out, err = child.communicate(timeout=seconds + 600)
        if child.returncode != 0:
            raise SystemExit(f"a desk failed: {err[-1500:]}")
        results.append(json.loads(out.strip().splitlines()[-1]))
    merged: dict = {"done": {}, "refused": 0, "failed": [], "times": {}}
    for r in results:
        for op, n in r["done"].items():
            merged["done"][op] = merged["done"].get(op, 0) + n
        merged["refused"] += sum(r["refused"].values())
        merged["failed"] += r["failed"]
        for op, values in r["times"].items():
            merged["times"].setdefault(op, []).extend(values)
    return merged


def p95(values: list[float]) -> float:
    return sorted(values)[int(0.95 * (len(values) - 1))] if values else 0.0


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--contacts", type=int, default=100_000)
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--seconds", type=float, default=20)
    parser.add_argument("--parts", default="123", help="which of 1, 2, 3 to run")
    parser.add_argument("--url", help="a server database holding the same demo (no move)")
    args = parser.parse_args()
    print(f"bench/server.py: {args.contacts} contacts; {load()}")
    source = demo_database(args.contacts)
    bindir = pg_cluster.bin_dir()
    if bindir is None:
        raise SystemExit("PostgreSQL is not installed (tools/system-deps.sh)")
    cluster = pg_cluster.Cluster(bindir) if args.url is None else None
    if cluster is not None:
        cluster.start()
    try:
        url = args.url or cluster.create()  # type: ignore[union-attr]
        if cluster is not None:
            t0 = time.perf_counter()
            move.move_to_server(fresh_copy(source, "server-move.db"), url)
            models.database_proxy.initialize(None)
            print(f"move of the demo file to the server: {time.perf_counter() - t0:.1f} s")
        lite = fresh_copy(source, "server-bench.db")

        if "1" in args.parts:
            _part_keystrokes(lite, url, args.runs)
        if "2" in args.parts:
            _part_export(lite, url, args.runs)
        if "3" in args.parts:
            _part_mix(source, url, args.seconds)
    finally:
        if cluster is not None:
            cluster.stop()


def _part_keystrokes(lite: Path, url: str, runs: int) -> None:
    print("\n1. filter keystroke (search_ids), all prefixes of", ", ".join(TYPED))
    times = keystrokes(lite, url, runs)
    for name, values in times.items():
        print(f"  {name:<22} {spread(values)}  p95 {p95(values) * 1000:.0f} ms")


def _part_export(lite: Path, url: str, runs: int) -> None:
    print(f"\n2. export contacts to Excel (whole command), {runs} runs each, in turn")
    with tempfile.TemporaryDirectory(dir=OUT) as folder:
        took: dict[str, list[float]] = {"sqlite": [], "postgresql": []}
        for _ in range(runs):
            took["sqlite"].append(export(str(lite), Path(folder)))
            took["postgresql"].append(export(url, Path(folder)))
    for name, values in took.items():
        print(f"  {name:<11} {spread(values, 's', 1.0)}")


def _part_mix(source: Path, url: str, seconds: float) -> None:
    print(f"\n3. five desks at once for {seconds:.0f} s ({load()})")
    mixes = {
        "sqlite": desk_mix(str(fresh_copy(source, "server-mix.db")), seconds),
        "postgresql": desk_mix(url, seconds),
    }
    kinds = sorted({op for m in mixes.values() for op in m["done"]})
    print(f"  {'':<11} " + " ".join(f"{k:>22}" for k in kinds) + "  refused failed")
    for name, mix in mixes.items():
        cells = []
        for k in kinds:
            values = mix["times"].get(k, [])
            med = statistics.median(values) * 1000 if values else 0
            cells.append(f"{mix['done'].get(k, 0):>6} {med:6.0f}/{p95(values) * 1000:6.0f}ms")
        row = " ".join(f"{c:>22}" for c in cells)
        print(f"  {name:<11} {row}  {mix['refused']:>7} {len(mix['failed']):>6}")
        for failure in sorted(set(mix["failed"]))[:5]:
            print(f"    failed: {failure}")
    print("  (per kind: operations done, median/p95 time of each)")


if __name__ == "__main__":
    main()
