"""An activity's linked categories (data, data subjects, recipients) read for many
activities at once: one query per link table, however many activities there are. The
statement and the letters both read them here (issue 19)."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any


def categories_by_activity(
    link, category, order: Iterable[Any], activity_ids: Iterable[int] | None = None
) -> dict[int, list]:
    """The `category` rows each activity is linked to through `link`, by activity id (every
    activity when `activity_ids` is None), each activity's in `order`. An activity with no
    link is not in the result."""
    query = link.select(link.activity, category).join(category)
    if activity_ids is not None:
        ids = sorted(set(activity_ids))
        if not ids:
            return {}
        query = query.where(link.activity.in_(ids))
    found: dict[int, list] = {}
    for row in query.order_by(link.activity, *order):
        found.setdefault(row.activity_id, []).append(row.category)
    return found
