"""A small but real Outlook .msg: a Compound File Binary (MS-CFB, version 3) holding the
MAPI property streams of a message (MS-OXMSG), as Outlook writes them. extract-msg only
reads, and olefile cannot create a file, so the tests build one here."""

from __future__ import annotations

import datetime as dt
import struct

FREE, END, FATSECT, NOSTREAM = 0xFFFFFFFF, 0xFFFFFFFE, 0xFFFFFFFD, 0xFFFFFFFF
SECTOR, MINI = 512, 64


class _Entry:
    def __init__(self, name: str, kind: int, data: bytes = b""):
        self.name, self.kind, self.data = name, kind, data
        self.children: list[_Entry] = []
        self.left = self.right = self.child = NOSTREAM
        self.start, self.size = END, len(data)


def _key(e: _Entry) -> tuple[int, str]:
    return (len(e.name), e.name.upper())


def _tree(entries: list[_Entry], ids: dict[int, int]) -> int:
    """A balanced binary tree over the siblings in CFB order; returns the root's id."""
    if not entries:
        return NOSTREAM
    mid = len(entries) // 2
    node = entries[mid]
    node.left = _tree(entries[:mid], ids)
    node.right = _tree(entries[mid + 1 :], ids)
    return ids[id(node)]


def _compound_file(root: _Entry) -> bytes:
    order: list[_Entry] = []

    def walk(e: _Entry) -> None:
        order.append(e)
        for c in e.children:
            walk(c)

    walk(root)
    ids = {id(e): i for i, e in enumerate(order)}
    for e in order:
        if e.kind in (1, 5):
            e.child = _tree(sorted(e.children, key=_key), ids)
    mini = bytearray()
    minifat: list[int] = []
    for e in order:
        if e.kind == 2 and e.data:
            assert len(e.data) < 4096, "the test file keeps every stream in the mini stream"
            first = len(minifat)
            count = -(-len(e.data) // MINI)
            e.start = first
            minifat += [first + i + 1 for i in range(count - 1)] + [END]
            mini += e.data + b"\0" * (count * MINI - len(e.data))
    directory = b"".join(_dir_entry(e) for e in order)
    directory += b"\0" * (-len(directory) % SECTOR)
    minifat_bytes = struct.pack(f"<{len(minifat)}I", *minifat)
    minifat_bytes += b"\xff" * (-len(minifat_bytes) % SECTOR)
    mini += b"\0" * (-len(mini) % SECTOR)
    n_dir, n_mf, n_ms = len(directory) // SECTOR, len(minifat_bytes) // SECTOR, len(mini) // SECTOR
    n_fat = 1
    while n_fat * 128 < n_fat + n_dir + n_mf + n_ms:
        n_fat += 1
    fat = [FATSECT] * n_fat
    starts = {}
    for label, count in (("dir", n_dir), ("minifat", n_mf), ("mini", n_ms)):
        starts[label] = len(fat) if count else END
        fat += [len(fat) + i + 1 for i in range(count - 1)] + ([END] if count else [])
    fat += [FREE] * (n_fat * 128 - len(fat))
    root.start = starts["mini"]
    root.size = len(minifat) * MINI
    directory = b"".join(_dir_entry(e) for e in order)  # again, with the root's start
    directory += b"\0" * (-len(directory) % SECTOR)
    header = bytearray(SECTOR)
    header[0:8] = bytes.fromhex("D0CF11E0A1B11AE1")
    struct.pack_into("<HHHHH", header, 24, 0x3E, 3, 0xFFFE, 9, 6)
    struct.pack_into("<III", header, 44, n_fat, starts["dir"], 0)
    struct.pack_into("<IIIII", header, 56, 4096, starts["minifat"], n_mf, END, 0)
    difat = list(range(n_fat)) + [FREE] * (109 - n_fat)
    struct.pack_into("<109I", header, 76, *difat)
    return (
        bytes(header) + struct.pack(f"<{len(fat)}I", *fat) + directory + minifat_bytes + bytes(mini)
    )


def _dir_entry(e: _Entry) -> bytes:
    name = e.name.encode("utf-16-le") + b"\0\0"
    out = bytearray(128)
    out[0 : len(name)] = name
    struct.pack_into("<HBB", out, 64, len(name), e.kind, 1)
    struct.pack_into("<III", out, 68, e.left, e.right, e.child)
    size = e.size if e.kind != 1 else 0
    start = e.start if e.kind != 1 else 0
    struct.pack_into("<IQ", out, 116, start, size)
    return bytes(out)


def _filetime(moment: dt.datetime) -> int:
    return int((moment - dt.datetime(1601, 1, 1, tzinfo=dt.UTC)).total_seconds() * 10**7)


def _text(prop: str, value: str) -> _Entry:
    return _Entry(f"__substg1.0_{prop}001F", 2, value.encode("utf-16-le"))


def make_msg(
    *,
    subject: str,
    body: str,
    sender_name: str,
    sender_email: str,
    sent_at: dt.datetime | None,
    attachments: tuple[tuple[str, bytes], ...] = (),
) -> bytes:
    root = _Entry("Root Entry", 5)
    props = bytearray(struct.pack("<8xIIII8x", 0, len(attachments), 0, len(attachments)))
    if sent_at is not None:
        for tag in (0x00390040, 0x0E060040):  # client submit time, delivery time
            props += struct.pack("<IIQ", tag, 6, _filetime(sent_at))
    headers = f"From: {sender_name} <{sender_email}>\r\nSubject: {subject}\r\n"
    if sent_at is not None:
        headers += f"Date: {sent_at.strftime('%a, %d %b %Y %H:%M:%S %z')}\r\n"
    headers += "MIME-Version: 1.0\r\n\r\n"
    root.children = [
        _Entry("__properties_version1.0", 2, bytes(props)),
        _text("001A", "IPM.Note"),
        _text("0037", subject),
        _text("1000", body),
        _text("0C1A", sender_name),
        _text("0C1F", sender_email),
        _text("5D01", sender_email),
        _text("007D", headers),
    ]
    nameid = _Entry("__nameid_version1.0", 1)
    nameid.children = [_Entry(f"__substg1.0_000{i}0102", 2) for i in (2, 3, 4)]
    root.children.append(nameid)
    for i, (name, data) in enumerate(attachments):
        att = _Entry(f"__attach_version1.0_#{i:08X}", 1)
        att_props = struct.pack("<8x") + struct.pack("<IIQ", 0x37050003, 6, 1)
        att.children = [
            _Entry("__properties_version1.0", 2, att_props),
            _Entry("__substg1.0_37010102", 2, data),
            _text("3707", name),
            _text("3704", name[:12]),
        ]
        root.children.append(att)
    return _compound_file(root)
