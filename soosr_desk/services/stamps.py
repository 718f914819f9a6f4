"""The time of a change and a record's `updated_at` stamp, which detects edits made in
another window or at another desk. Nothing else here: the erasure imports it, and a
module that brought the text checks' libraries (phonenumbers, python-stdnum) would add
their memory to the erasure command's (issue 20)."""

from __future__ import annotations

import datetime as dt


def now() -> dt.datetime:
    """The time of a change, to the second (as stored)."""
    return dt.datetime.now().replace(microsecond=0)


def touch(row, at: dt.datetime | None = None) -> dt.datetime:
    """Sets `updated_at` to `at` (now), or to one second after the old value when that is
    not earlier: the stamp only ever grows, so a copy read before this change is always
    seen as stale. (Stamps are to the second; one pushed ahead by quick saves must never
    fall back to a value an older copy holds: found by five desks on one server, where a
    stamp went back and a stale save of a counter passed, issue 18.) Returns the new stamp,
    for a writer that saves with an UPDATE: every writer of a stamp goes through here."""
    at = at or now()
    old = row.updated_at
    row.updated_at = at if old is None or at > old else old + dt.timedelta(seconds=1)
    return row.updated_at
