"""A problem the rules found with a record, for the dashboard and the record's page."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field


@dataclass(frozen=True)
class Problem:
    """`code` is stable snake_case for code and tests; `message` is an N_ text.

    Translate `message`, then fill it with `.format(**params)`. Date parameters are
    `date` objects, for the caller to format.
    """

    code: str
    message: str
    params: Mapping[str, object] = field(default_factory=dict, hash=False)
