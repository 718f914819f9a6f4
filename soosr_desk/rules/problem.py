"""A problem the rules found with a record: the one type for the record's page, the
dashboard and `soosr-desk check`."""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field


def _same(text: str) -> str:
    return text


@dataclass(frozen=True)
class Problem:
    """`code` is stable snake_case for code and tests; `message` is an N_ text.

    Translate `message`, then fill it with `.format(**params)`. Date parameters are
    `date` objects, for the caller to format.

    A rule leaves the place empty; the service that lists it for the dashboard says
    where it is fixed with `at()`: `area` is the page (register, third_parties, requests,
    retention, breaches, database), `record` the id to open, `label` the record's name as
    the office knows it (no personal data), `urgent` when a legal deadline has passed or
    the data is at risk.
    """

    code: str
    message: str
    params: Mapping[str, object] = field(default_factory=dict, hash=False)
    area: str = ""
    record: int | None = None
    label: str = ""
    urgent: bool = False

    def at(
        self, area: str, record: int | None = None, label: str = "", *, urgent: bool = False
    ) -> Problem:
        """This problem, placed on the page and record that fix it."""
        return dataclasses.replace(self, area=area, record=record, label=label, urgent=urgent)

    def render(self, translate: Callable[[str], str] = _same) -> str:
        """The text with its parameters filled in, dates as dd-mm-yyyy, after the label."""
        params = {
            k: f"{v:%d-%m-%Y}" if isinstance(v, dt.date) else v for k, v in self.params.items()
        }
        text = translate(self.message).format(**params)
        return f"{self.label}: {text}" if self.label else text
