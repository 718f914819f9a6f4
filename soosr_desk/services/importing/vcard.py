"""vCard 2.1, 3.0 and 4.0 (RFC 2426, RFC 6350; 2.1 as Outlook and older phones write it:
bare parameters like `TEL;WORK;VOICE:`, quoted-printable values with soft line breaks and
a CHARSET). Several cards per file. Photos and other binary values are skipped."""

from __future__ import annotations

import functools
import quopri
import re

from soosr_desk.rules.i18n import N_
from soosr_desk.services.importing.table import Table, UnreadableFile

HEADERS = [
    "Full Name",
    "First Name",
    "Middle Name",
    "Last Name",
    "Company",
    "Job Title",
    "E-mail",
    "Phone",
    "Street",
    "Postcode",
    "City",
    "Country",
]
_LINE = re.compile(r"^(?:[A-Za-z0-9-]+\.)?([A-Za-z0-9-]+)((?:;[^:]*)?):(.*)$", re.S)
_SPLIT = re.compile(r"(?<!\\);")


def _unescape(text: str) -> str:
    out, i = [], 0
    while i < len(text):
        ch = text[i]
        if ch == "\\" and i + 1 < len(text):
            nxt = text[i + 1]
            out.append("\n" if nxt in "nN" else nxt)
            i += 2
            continue
        out.append(ch)
        i += 1
    return "".join(out)


def _logical_lines(text: str) -> list[str]:
    """Unfolds continuation lines (leading space or tab) and quoted-printable soft breaks."""
    lines: list[str] = []
    for raw in text.replace("\r\n", "\n").replace("\r", "\n").split("\n"):
        if lines and raw[:1] in (" ", "\t"):
            lines[-1] += raw[1:]
        elif (
            lines
            and lines[-1].endswith("=")
            and "QUOTED-PRINTABLE" in lines[-1].split(":", 1)[0].upper()
        ):
            lines[-1] = lines[-1][:-1] + raw
        elif raw.strip():
            lines.append(raw)
    return lines


def _params(raw: str) -> dict[str, list[str]]:
    params: dict[str, list[str]] = {}
    for part in raw.split(";")[1:]:
        if not part:
            continue
        key, _, value = part.partition("=")
        if not _:
            key, value = "TYPE", key  # vCard 2.1: TEL;WORK;VOICE
        params.setdefault(key.upper(), []).extend(v.strip('"').lower() for v in value.split(","))
    return params


def _value(params: dict[str, list[str]], value: str) -> str | None:
    encoding = (params.get("ENCODING") or [""])[0]
    if encoding in ("b", "base64"):
        return None  # a photo or a key
    if encoding == "quoted-printable":
        charset = (params.get("CHARSET") or ["utf-8"])[0]
        raw = quopri.decodestring(value.encode("latin-1", errors="replace"))
        try:
            return raw.decode(charset)
        except (LookupError, UnicodeDecodeError):
            return raw.decode("cp1252", errors="replace")
    return value


def _rank(params: dict[str, list[str]]) -> int:
    """Lower is better: a preferred or work value first."""
    types = params.get("TYPE", [])
    return (0 if "pref" in types or "PREF" in params else 1) + (0 if "work" in types else 1)


def _put(card: dict[str, tuple[int, str]], header: str, text: str, *, rank: int) -> None:
    if text and (header not in card or rank < card[header][0]):
        card[header] = (rank, text)


def read_vcards(data: bytes) -> Table:
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError:
        text = data.decode("cp1252", errors="replace")
    rows: list[list[str]] = []
    card: dict[str, tuple[int, str]] | None = None
    for line in _logical_lines(text):
        match = _LINE.match(line)
        if not match:
            continue
        name, raw_params, raw_value = match.group(1).upper(), match.group(2), match.group(3)
        if name == "BEGIN" and raw_value.strip().upper() == "VCARD":
            card = {}
            continue
        if card is None:
            continue
        if name == "END":
            rows.append([card.get(h, (0, ""))[1] for h in HEADERS])
            card = None
            continue
        params = _params(raw_params)
        value = _value(params, raw_value)
        if value is None:
            continue
        parts = [_unescape(p).strip() for p in _SPLIT.split(value)]
        rank = _rank(params)
        put = functools.partial(_put, card, rank=rank)
        if name == "FN":
            put("Full Name", _unescape(value).strip())
        elif name == "N":
            parts += [""] * 5
            put("Last Name", parts[0])
            put("First Name", parts[1])
            put("Middle Name", parts[2])
        elif name == "ORG":
            put("Company", parts[0])
        elif name == "TITLE":
            put("Job Title", _unescape(value).strip())
        elif name == "EMAIL":
            put("E-mail", _unescape(value).strip())
        elif name == "TEL":
            put("Phone", _unescape(value).strip().removeprefix("tel:"))
        elif name == "ADR":
            parts += [""] * 7
            for header, text in (
                ("Street", parts[2]),
                ("City", parts[3]),
                ("Postcode", parts[5]),
                ("Country", parts[6]),
            ):
                put(header, text)
    if not rows:
        raise UnreadableFile(N_("The file {name} holds no vCard (BEGIN:VCARD)."))
    return Table("vcard", list(HEADERS), rows)
