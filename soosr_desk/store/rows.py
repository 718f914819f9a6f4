"""Query rows as plain tuples, typed for the checker.

Peewee's `.tuples()` makes a query yield plain tuples at run time, but its type stubs
still say the query yields model instances; `tuples(query)` says what really comes.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from peewee import BaseQuery


def tuples(query: BaseQuery) -> Iterator[tuple[Any, ...]]:
    """The rows of `query` as tuples, one value per selected column, in select order."""
    rows: Iterator[tuple[Any, ...]] = iter(query.tuples())
    return rows
