"""What the statement and the letters both read from the register (issue 19): an
activity's linked categories (data, data subjects, recipients) for many activities at
once, one query per link table however many activities there are; and a register text
in the reader's language."""

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


def register_text(row, name: str, language: str, dutch_only: list[str]) -> str:
    """The English text `{name}_en` of `row` when writing English and it is filled in;
    else the Dutch `name`, which then goes into `dutch_only` (once, shortened to 60
    characters) so the statement or letter says it is given in Dutch: never silently."""
    dutch = getattr(row, name) or ""
    if language != "en":
        return dutch
    english = getattr(row, f"{name}_en", "") or ""
    if english.strip():
        return english
    if dutch.strip():
        short = dutch if len(dutch) <= 60 else f"{dutch[:59].rstrip()}…"
        if short not in dutch_only:
            dutch_only.append(short)
    return dutch
