"""The one way user text leaves the app: into cells, CSV fields, PDF paragraphs, file names.

RELIABILITY.md 0.4/0.5 and R9-R11, R17, R23: user text is data. Every export goes through
these helpers, so a name like `=HYPERLINK(...)`, `#N/A` or `<img src=...>` is written as the
characters typed, and a failed export never leaves half a file behind.
"""

from __future__ import annotations

import html
import os
import re
import tempfile
import unicodedata
from collections.abc import Callable
from pathlib import Path

# Excel's limit per cell, counted in UTF-16 code units (an emoji counts twice).
CELL_MAX_CHARS = 32_767
TRUNCATION_MARKER = "…[afgekapt, zie bijlage]"

# Characters no export can carry: C0 controls except \t and \n (\r is turned into \n
# first), DEL, C1 controls, lone surrogates (not encodable in UTF-8) and U+FFFE/U+FFFF
# (not allowed in XML 1.0, so they would corrupt the .xlsx).
_UNWANTED = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f\ud800-\udfff\ufffe\uffff]")

# Text that spreadsheet programs may run as a formula when they open a CSV file (OWASP).
CSV_FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r", "\n")
# Text that Excel would take for a formula if typed; marked with quotePrefix in xlsx.
XLSX_QUOTE_STARTS = ("=", "+", "-", "@")


def clean_text(value: str) -> str:
    """`value` without control characters; \\r\\n and \\r become \\n, \\t and \\n stay."""
    if value.isprintable():  # fast path: no control, surrogate or non-character at all
        return value
    if "\r" in value:
        value = value.replace("\r\n", "\n").replace("\r", "\n")
    return _UNWANTED.sub("", value)


def _utf16_len(text: str) -> int:
    return len(text.encode("utf-16-le")) // 2


def to_cell_text(value: str) -> tuple[str, bool]:
    """Text fit for one Excel cell, and whether it had to be cut.

    Text longer than Excel's 32,767 characters is cut so that the visible
    TRUNCATION_MARKER still fits: never a silent truncation (R10).
    """
    text = clean_text(value)
    # An astral character takes two UTF-16 units, so only long text needs the exact count.
    if len(text) * 2 <= CELL_MAX_CHARS or _utf16_len(text) <= CELL_MAX_CHARS:
        return text, False
    room = CELL_MAX_CHARS - _utf16_len(TRUNCATION_MARKER)
    head = text[:room]
    while _utf16_len(head) > room:
        head = head[: len(head) - (_utf16_len(head) - room + 1) // 2]
    return head + TRUNCATION_MARKER, True


def csv_safe(value: str) -> str:
    """Prefix `'` to text a spreadsheet would run as a formula (OWASP CSV injection)."""
    if value.startswith(CSV_FORMULA_STARTS):
        return "'" + value
    return value


def to_para(text: str) -> str:
    """User text as reportlab Paragraph markup that prints exactly the characters typed.

    Without this, `A <b>B` crashes a letter, `<font size=50>` restyles it, `<a href>` adds a
    live link and `<img src=...>` embeds a local file (RELIABILITY.md 0.5).
    """
    return html.escape(clean_text(text), quote=False).replace("\n", "<br/>")


# --- file names ---------------------------------------------------------------------------

_FORBIDDEN_IN_NAME = re.compile(r'[<>:"/\\|?*]')
_SPACES = re.compile(r"\s+")
_RESERVED = {"CON", "PRN", "AUX", "NUL", "CONIN$", "CONOUT$"} | {
    f"{dev}{n}" for dev in ("COM", "LPT") for n in "0123456789¹²³"
}
_EXT_CHARS = frozenset("abcdefghijklmnopqrstuvwxyz0123456789")
_EXT_MAX = 10
FALLBACK_STEM = "export"
MIN_NAME_LEN = 16
# Linux and macOS limit a name to 255 bytes; keep suggested names portable.
_MAX_NAME_BYTES = 255


def _clean_name_part(stem: str) -> str:
    stem = unicodedata.normalize("NFC", stem)
    # Drop controls and format characters (RTL override, zero-width space, BOM): they hide
    # the real name, as in "factuur\u202efdp.exe".
    stem = "".join(
        ch if unicodedata.category(ch)[0] != "C" else " " if ch in "\t\n\r" else "" for ch in stem
    )
    stem = _FORBIDDEN_IN_NAME.sub("_", stem)
    return _SPACES.sub(" ", stem).strip(" .")


def _is_reserved(name: str) -> bool:
    # Windows ignores what follows the first dot and trailing spaces: "con .txt" is CON.
    return name.split(".", 1)[0].rstrip(" ").upper() in _RESERVED


def safe_filename(stem: str, ext: str, max_len: int = 100) -> str:
    """A file name Windows accepts, built from free text such as a person's name (R23).

    No `<>:"/\\|?*`, no control or format characters, no reserved device name (CON, NUL,
    COM1, LPT1, ... with any extension), no leading or trailing dot or space, at most
    `max_len` characters, never empty. `ext` keeps only a-z and 0-9.
    """
    if max_len < MIN_NAME_LEN:
        raise ValueError(f"max_len must be at least {MIN_NAME_LEN}")
    ext = "".join(ch for ch in ext.lower() if ch in _EXT_CHARS)[:_EXT_MAX]
    suffix = f".{ext}" if ext else ""
    stem = _clean_name_part(stem)
    room = max_len - len(suffix)
    while True:
        stem = stem[:room].rstrip(" .") or FALLBACK_STEM
        name = stem + suffix
        if _is_reserved(name):
            stem = "_" + stem  # cannot be reserved any more; cut again to fit
            continue
        if len(name.encode("utf-8")) <= _MAX_NAME_BYTES:
            return name
        room = len(stem) - 1


# --- writing files ------------------------------------------------------------------------

TEMP_PREFIX = ".soosr-"  # an atomic write's temporary file beside its target
PENDING_NOTE_PREFIX = "pending-write-"  # its note in the temp folder (services.scratch)


def _note_pending(tmp: Path) -> Path | None:
    """Leaves the temporary file's path in the (private) temp folder while it is written,
    so a start after a kill can remove it (services.scratch)."""
    try:
        fd, note = tempfile.mkstemp(prefix=PENDING_NOTE_PREFIX, suffix=".txt")
        with os.fdopen(fd, "w", encoding="utf-8") as fh:
            fh.write(str(tmp.resolve()))
        return Path(note)
    except OSError:
        return None


def atomic_write(path: Path, writer: Callable[[Path], object]) -> None:
    """Let `writer` fill a temporary file next to `path`, then move it into place.

    The temporary file is flushed to disk before `os.replace`, so the target is either the
    old file or the whole new one. On any error (disk full, cancel, the target open in
    Excel) the temporary file is removed and the error re-raised: no partial file (R17).
    """
    path = Path(path)
    fd, tmp_name = tempfile.mkstemp(prefix=TEMP_PREFIX, suffix=".tmp", dir=path.parent)
    os.close(fd)
    tmp = Path(tmp_name)
    note = _note_pending(tmp)
    try:
        writer(tmp)
        with open(tmp, "r+b") as fh:
            os.fsync(fh.fileno())
        os.replace(tmp, path)
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise
    finally:
        if note is not None:
            note.unlink(missing_ok=True)
    fsync_dir(path.parent)


def fsync_dir(folder: Path) -> None:
    # Makes the rename itself durable on POSIX; Windows cannot open a folder this way.
    if os.name != "posix":
        return
    try:
        fd = os.open(folder, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)
