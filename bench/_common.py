"""Shared by the bench scripts: cached demo databases, interleaved runs, figures.

Databases are built once (100,000 contacts take about 10 s, 500,000 about a minute) in
$SOOSR_BENCH_CACHE (default bench/out) and copied for each use."""

from __future__ import annotations

import datetime as dt
import os
import shutil
import sqlite3
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
OUT = ROOT / "bench" / "out"
CACHE = Path(os.environ.get("SOOSR_BENCH_CACHE", str(OUT)))
DEMO_FORMAT = 5  # raise when the demo data or the schema changes, so the cached database is rebuilt


def demo_database(contacts: int = 100_000, seed: int = 1) -> Path:
    """A demo database with `contacts` contacts, built once and copied for each use. The
    welcome dialog counts as seen: an office opens a database it has used before."""
    from soosr_desk.services.demo import generate_demo
    from soosr_desk.store.db import checkpoint_truncate
    from soosr_desk.store.opening import open_database

    CACHE.mkdir(parents=True, exist_ok=True)
    cached = CACHE / f"demo-{contacts}-{seed}-v{DEMO_FORMAT}.db"
    if not cached.exists():
        t0 = time.perf_counter()
        tmp = cached.with_suffix(".tmp")
        for suffix in ("", "-wal", "-shm"):
            Path(str(tmp) + suffix).unlink(missing_ok=True)
        db = open_database(tmp)
        generate_demo(db, contacts=contacts, seed=seed, today=dt.date.today())
        db.execute_sql("INSERT OR REPLACE INTO setting (key, value) VALUES ('welcomed', 'yes')")
        checkpoint_truncate(db)
        db.close()
        os.replace(tmp, cached)
        print(f"built {cached.name} in {time.perf_counter() - t0:.1f} s")
    return cached


def fresh_copy(source: Path, name: str) -> Path:
    OUT.mkdir(parents=True, exist_ok=True)
    target = OUT / name
    for suffix in ("", "-wal", "-shm", ".lock"):
        Path(str(target) + suffix).unlink(missing_ok=True)
    shutil.copyfile(source, target)
    return target


def load() -> str:
    """The machine's load average (1, 5, 15 min): other work on it slows every figure."""
    one, five, fifteen = os.getloadavg()
    return f"load {one:.2f} {five:.2f} {fifteen:.2f} on {os.cpu_count()} cores"


def spread(values: list[float], unit: str = "ms", scale: float = 1000.0) -> str:
    """min / median / max of `values` (seconds), in `unit`."""
    if not values:
        return "-"
    lo, med, hi = min(values), statistics.median(values), max(values)
    d = 2 if unit == "s" else 0
    return f"{lo * scale:7.{d}f} {med * scale:7.{d}f} {hi * scale:7.{d}f} {unit}"


def ratios(ours: list[float], bare: list[float]) -> str:
    """Pair by pair (the runs were interleaved): min / median / max of ours / bare."""
    r = [o / b for o, b in zip(ours, bare, strict=False) if b > 0]
    if not r:
        return "-"
    return f"{min(r):5.2f}x {statistics.median(r):5.2f}x {max(r):5.2f}x"


def sqlite_bare(path: Path) -> sqlite3.Connection:
    """The bare library: a plain connection, no pragmas of ours."""
    return sqlite3.connect(str(path))
