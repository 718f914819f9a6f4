"""E-mails arriving by drag and drop: saved .eml/.msg files, and on Windows a message
dragged straight out of Outlook, which comes as the shell formats FileGroupDescriptorW
(the file names) and FileContents (the bytes of the first file), not as a file."""

from __future__ import annotations

import struct
from pathlib import Path

from PySide6.QtCore import QMimeData

DESCRIPTOR = 'application/x-qt-windows-mime;value="FileGroupDescriptorW"'
CONTENTS = 'application/x-qt-windows-mime;value="FileContents"'
SUFFIXES = (".eml", ".msg")
_ENTRY = 592  # sizeof(FILEDESCRIPTORW)
_NAME_AT = 72  # offset of cFileName in FILEDESCRIPTORW


def descriptor_names(data: bytes) -> list[str]:
    """The file names in a FILEGROUPDESCRIPTORW: a count, then fixed-size descriptors whose
    name is 260 UTF-16 code units, NUL-terminated."""
    if len(data) < 4:
        return []
    (count,) = struct.unpack_from("<I", data)
    names = []
    for i in range(min(count, (len(data) - 4) // _ENTRY)):
        raw = data[4 + i * _ENTRY + _NAME_AT : 4 + (i + 1) * _ENTRY]
        names.append(raw.decode("utf-16-le", errors="replace").split("\0", 1)[0])
    return names


def mails_from_mime(mime: QMimeData) -> list[tuple[str, bytes]]:
    """(name, bytes) of each e-mail in the drop; files of other kinds are left out."""
    found: list[tuple[str, bytes]] = []
    for url in mime.urls() if mime.hasUrls() else []:
        path = Path(url.toLocalFile())
        if url.isLocalFile() and path.suffix.lower() in SUFFIXES and path.is_file():
            try:
                found.append((path.name, path.read_bytes()))
            except OSError:
                continue
    if not found and mime.hasFormat(DESCRIPTOR) and mime.hasFormat(CONTENTS):
        names = descriptor_names(bytes(mime.data(DESCRIPTOR).data()))
        data = bytes(mime.data(CONTENTS).data())
        if names and data:
            found.append((names[0] or "Outlook.msg", data))  # Qt hands over the first file
    return found


def may_hold_mail(mime: QMimeData) -> bool:
    """For dragEnterEvent: cheap, without reading the files."""
    if mime.hasFormat(DESCRIPTOR):
        return True
    return any(
        u.isLocalFile() and Path(u.toLocalFile()).suffix.lower() in SUFFIXES
        for u in (mime.urls() if mime.hasUrls() else [])
    )
