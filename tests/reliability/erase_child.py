"""The child of the kill-during-erasure test (RELIABILITY.md R2c): erases the given
contacts one after another, each with its checkpoint and VACUUM, printing "erased ID"
after each erasure returns. The parent kills it at a random moment."""

from __future__ import annotations

import datetime as dt
import sys

from soosr_desk.services import erasure
from soosr_desk.store.opening import open_database


def main(path: str, ids: list[int]) -> None:
    open_database(path)
    for cid in ids:
        print(f"start {cid}", flush=True)
        erasure.erase_contact(cid, reason="manual", today=dt.date(2026, 11, 25))
        print(f"erased {cid}", flush=True)


if __name__ == "__main__":
    main(sys.argv[1], [int(x) for x in sys.argv[2:]])
