"""Translations: extract, fill, compile.

    python tools/i18n.py update            # pyside6-lupdate: new source strings into the .ts
    python tools/i18n.py unfinished > f.tsv  # source<TAB>translation lines still to do
    python tools/i18n.py fill f.tsv        # put translations from a TSV into the .ts
    python tools/i18n.py release           # compile the .qm the program loads

The .ts in resources/i18n is the source of truth; the .qm is compiled into the package.
UI text comes from self.tr(); text from rules and services is marked with N_()."""

from __future__ import annotations

import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
TS = ROOT / "resources" / "i18n" / "soosr_desk_nl.ts"
QM = ROOT / "soosr_desk" / "resources" / "i18n" / "soosr_desk_nl.qm"


def sources() -> list[str]:
    return sorted(
        str(p.relative_to(ROOT))
        for p in (ROOT / "soosr_desk").rglob("*.py")
        if "__pycache__" not in p.parts
    )


def lupdate(ts: Path, *, no_obsolete: bool = True) -> str:
    cmd = ["pyside6-lupdate", "-tr-function-alias", "QT_TR_NOOP+=N_", "-locations", "none"]
    if no_obsolete:
        cmd.append("-no-obsolete")
    cmd += [*sources(), "-ts", str(ts)]
    out = subprocess.run(cmd, cwd=ROOT, check=True, capture_output=True, text=True)
    return out.stdout + out.stderr


def release(ts: Path = TS, qm: Path = QM) -> None:
    qm.parent.mkdir(parents=True, exist_ok=True)
    subprocess.run(
        ["pyside6-lrelease", "-silent", str(ts), "-qm", str(qm)], check=True, capture_output=True
    )


def messages(ts: Path = TS):
    """(context, source, translation element, message element) for every message."""
    tree = ET.parse(ts)
    for context in tree.getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            yield name, message.findtext("source") or "", message.find("translation"), message


def unfinished(ts: Path = TS) -> list[tuple[str, str]]:
    out = []
    for context, source, translation, message in messages(ts):
        if translation is None or translation.get("type") == "unfinished":
            if message.get("numerus") == "yes":
                continue  # plural forms are filled by hand in the .ts
            out.append((context, source))
    return out


def _escape(text: str) -> str:
    return text.replace("\\", "\\\\").replace("\t", "\\t").replace("\n", "\\n")


def _unescape(text: str) -> str:
    out, i = [], 0
    while i < len(text):
        if text[i] == "\\" and i + 1 < len(text):
            out.append({"n": "\n", "t": "\t", "\\": "\\"}.get(text[i + 1], text[i + 1]))
            i += 2
        else:
            out.append(text[i])
            i += 1
    return "".join(out)


def fill(tsv: Path, ts: Path = TS) -> int:
    """Lines `context<TAB>source<TAB>translation` (with \\n and \\t escaped)."""
    wanted = {}
    for line in tsv.read_text("utf-8").splitlines():
        if not line.strip():
            continue
        context, source, translation = line.split("\t")
        wanted[(context, _unescape(source))] = _unescape(translation)
    tree = ET.parse(ts)
    n = 0
    for context in tree.getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            key = (name, message.findtext("source") or "")
            if key in wanted and wanted[key]:
                t = message.find("translation")
                t.text = wanted[key]
                t.attrib.pop("type", None)
                n += 1
    ET.indent(tree)
    tree.write(ts, encoding="utf-8", xml_declaration=True)
    return n


def reuse(ts: Path = TS) -> int:
    """Fills unfinished messages whose source text is already translated elsewhere."""
    memory = {}
    for _ctx, source, translation, message in messages(ts):
        if (
            translation is not None
            and translation.get("type") != "unfinished"
            and message.get("numerus") != "yes"
            and translation.text
        ):
            memory.setdefault(source, translation.text)
    tree = ET.parse(ts)
    n = 0
    for message in tree.getroot().iter("message"):
        t = message.find("translation")
        source = message.findtext("source") or ""
        if t is not None and t.get("type") == "unfinished" and source in memory:
            t.text = memory[source]
            t.attrib.pop("type", None)
            n += 1
    ET.indent(tree)
    tree.write(ts, encoding="utf-8", xml_declaration=True)
    return n


def main(argv: list[str]) -> int:
    cmd = argv[0] if argv else "update"
    if cmd == "update":
        print(lupdate(TS))
        print(f"reused {reuse()} translations")
    elif cmd == "unfinished":
        for context, source in unfinished():
            print(f"{context}\t{_escape(source)}\t")
    elif cmd == "fill":
        print(f"filled {fill(Path(argv[1]))} messages")
    elif cmd == "release":
        release()
    else:
        print(__doc__)
        return 2
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
