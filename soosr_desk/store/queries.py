"""Typed helpers for peewee queries, where peewee's own stubs cannot say what comes out."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any, cast

from peewee import BaseQuery


def tuples(query: BaseQuery) -> Iterable[tuple[Any, ...]]:
    """`query.tuples()`, typed: peewee's stubs type its rows as model instances. Runs
    the query when it is iterated, as peewee does."""
    return cast(Iterable[tuple[Any, ...]], query.tuples())
