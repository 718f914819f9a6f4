"""The child of the kill-during-restore test: puts backup A, then B, then A... back over
the database, printing a line after each restore returns. It is killed at a random
moment; the parent then checks the database is A or B, whole."""

from __future__ import annotations

import sys
from pathlib import Path

from soosr_desk.services import backup_restore


def main(path: str, a: str, b: str) -> None:
    n = 0
    while True:
        source = a if n % 2 == 0 else b
        backup_restore.restore(Path(source), Path(path))
        print(f"restored {Path(source).name}", flush=True)
        n += 1


if __name__ == "__main__":
    main(*sys.argv[1:4])
