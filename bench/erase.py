"""Erasing one contact from a 100,000-contact database, with the checkpoint and VACUUM
that make the bytes gone, next to a bare VACUUM of the same file in the same run.

    python bench/erase.py

Target (issue 7): under 3 s, within 1.5 times the bare VACUUM."""

from __future__ import annotations

import datetime as dt
import sqlite3
import statistics
import sys
import time
from pathlib import Path

from _common import demo_database, fresh_copy  # noqa: E402 (sets the path)

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))


def bare_vacuum(path: Path) -> float:
    conn = sqlite3.connect(path)
    t0 = time.perf_counter()
    conn.execute("VACUUM")
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    seconds = time.perf_counter() - t0
    conn.close()
    return seconds


def ours(path: Path) -> float:
    from soosr_desk.services import erasure
    from soosr_desk.store import models as m
    from soosr_desk.store.opening import close_database, open_database

    db = open_database(path)
    c = m.Contact
    person = (c.select(c.id).where(~c.erased & ~c.legal_hold & (c.email != ""))
              .order_by(c.id.desc()).first())  # fmt: skip
    t0 = time.perf_counter()
    result = erasure.erase_contact(person.id, reason="manual", today=dt.date.today())
    seconds = time.perf_counter() - t0
    assert result.finished
    close_database(db)
    return seconds


def main() -> None:
    source = demo_database(100_000)
    bare, mine = [], []
    for _ in range(3):
        bare.append(bare_vacuum(fresh_copy(source, "erase-bare.db")))
        mine.append(ours(fresh_copy(source, "erase-ours.db")))
    b, o = statistics.median(bare), statistics.median(mine)
    print(
        f"erase one contact (100,000 contacts): {o:.2f} s   bare VACUUM: {b:.2f} s   "
        f"ratio {o / b:.2f}   target < 3 s and < 1.5x"
    )


if __name__ == "__main__":
    main()
