"""Progress reports and cancel checks for long exports (STYLE.md: long work)."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sized

ProgressFn = Callable[[int, "int | None"], None]
CancelledFn = Callable[[], bool]

# Report and look for a cancel request once per this many rows.
EVERY_ROWS = 1000


class ExportCancelled(Exception):
    """The user cancelled the export; no file was written."""


def total_rows(sources: Iterable[object]) -> int | None:
    """Sum of len() over row sources, or None when one of them is a generator."""
    total = 0
    for rows in sources:
        if not isinstance(rows, Sized):
            return None
        total += len(rows)
    return total


class Ticker:
    """Counts rows; every EVERY_ROWS rows reports progress and honours a cancel request."""

    def __init__(
        self,
        progress: ProgressFn | None,
        cancelled: CancelledFn | None,
        total: int | None,
    ) -> None:
        self.progress = progress
        self.cancelled = cancelled
        self.total = total
        self.done = 0

    def check(self) -> None:
        """Report where we are; raise ExportCancelled when the user asked to stop."""
        if self.cancelled is not None and self.cancelled():
            raise ExportCancelled()
        if self.progress is not None:
            self.progress(self.done, self.total)

    def add(self, rows: int) -> None:
        before = self.done // EVERY_ROWS
        self.done += rows
        if self.done // EVERY_ROWS != before:
            self.check()
