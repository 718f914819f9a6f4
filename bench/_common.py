"""Shared by the bench scripts: a cached 100,000-contact demo database."""

from __future__ import annotations

import datetime as dt
import os
import shutil
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
OUT = ROOT / "bench" / "out"
DEMO_FORMAT = 2  # raise when the demo data changes, so the cached database is rebuilt


def demo_database(contacts: int = 100_000, seed: int = 1) -> Path:
    """A demo database with `contacts` contacts, built once and copied for each use."""
    from soosr_desk.services.demo import generate_demo
    from soosr_desk.store.db import checkpoint_truncate
    from soosr_desk.store.opening import open_database

    OUT.mkdir(parents=True, exist_ok=True)
    cached = OUT / f"demo-{contacts}-{seed}-v{DEMO_FORMAT}.db"
    if not cached.exists():
        t0 = time.perf_counter()
        tmp = cached.with_suffix(".tmp")
        for suffix in ("", "-wal", "-shm"):
            Path(str(tmp) + suffix).unlink(missing_ok=True)
        db = open_database(tmp)
        generate_demo(db, contacts=contacts, seed=seed, today=dt.date.today())
        checkpoint_truncate(db)
        db.close()
        os.replace(tmp, cached)
        print(f"built {cached.name} in {time.perf_counter() - t0:.1f} s")
    return cached


def fresh_copy(source: Path, name: str) -> Path:
    target = OUT / name
    for suffix in ("", "-wal", "-shm", ".lock"):
        Path(str(target) + suffix).unlink(missing_ok=True)
    shutil.copyfile(source, target)
    return target
