"""The one shape every contact file is read into, and the error for a file that cannot be
read at all (the CLI's exit code 2)."""

from __future__ import annotations

from dataclasses import dataclass, field

from soosr_desk.services.errors import ServiceError


class UnreadableFile(ServiceError):
    """The file is not a contact list the program can read (message and params N_)."""


@dataclass
class Table:
    """Headers and rows as text. `numbers[i]` is the row's number as the user sees it
    (the line in Excel, the card in a vCard file). `encoding` and `delimiter` say what
    was detected for a CSV file (the wizard shows them and lets the user change them)."""

    kind: str  # "csv", "xlsx", "vcard"
    headers: list[str]
    rows: list[list[str]]
    numbers: list[int] = field(default_factory=list)
    encoding: str = ""
    delimiter: str = ""

    def __post_init__(self) -> None:
        if not self.numbers:
            first = 1 if self.kind == "vcard" else 2
            self.numbers = list(range(first, first + len(self.rows)))
