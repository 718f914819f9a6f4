"""Translations: extract, fill, compile.

    python tools/i18n.py update            # pyside6-lupdate: new source strings into the .ts
    python tools/i18n.py unfinished > f.tsv  # source<TAB>translation lines still to do
    python tools/i18n.py fill f.tsv        # put translations from a TSV into the .ts
    python tools/i18n.py release           # compile the .qm the program loads

The .ts in resources/i18n is the source of truth; the .qm is compiled into the package.
UI text comes from self.tr(); text from rules and services is marked with N_().

Counts: widget text uses Qt's numerus, `self.tr("%n contact(s) erased.", "", n)`. In the
Dutch TSV its translation gives the singular and the plural form, separated by `|`:
`%n contact gewist.|%n contacten gewist.`. English needs a translation only for these: the
English .ts holds the numerus texts alone (lupdate -pluralonly) and `update` fills their
forms from the source, "(s)" dropped or made "s"; so write the English source with "(s)"
as the only part that changes ("%n contact(s) erased.", not "%n contact(s) is/are ...").
Text from layers without Qt uses rules.i18n.plural(n, N_(one), N_(other)) instead."""

from __future__ import annotations

import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
TS = ROOT / "resources" / "i18n" / "soosr_desk_nl.ts"
QM = ROOT / "soosr_desk" / "resources" / "i18n" / "soosr_desk_nl.qm"
EN_TS = ROOT / "resources" / "i18n" / "soosr_desk_en.ts"
EN_QM = ROOT / "soosr_desk" / "resources" / "i18n" / "soosr_desk_en.qm"
FORMS = "|"  # between the singular and the plural of a numerus text in a TSV


def sources() -> list[str]:
    return sorted(
        str(p.relative_to(ROOT))
        for p in (ROOT / "soosr_desk").rglob("*.py")
        if "__pycache__" not in p.parts
    )


def lupdate(ts: Path, *, no_obsolete: bool = True, extra: tuple[str, ...] = ()) -> str:
    cmd = ["pyside6-lupdate", "-tr-function-alias", "QT_TR_NOOP+=N_", "-locations", "none"]
    if no_obsolete:
        cmd.append("-no-obsolete")
    cmd += [*extra, *sources(), "-ts", str(ts)]
    out = subprocess.run(cmd, cwd=ROOT, check=True, capture_output=True, text=True)
    return out.stdout + out.stderr


def english_forms(source: str) -> list[str] | None:
    """The English singular and plural of a numerus text written with "(s)"."""
    if "(s)" not in source:
        return None
    return [source.replace("(s)", ""), source.replace("(s)", "s")]


def lupdate_english(ts: Path = EN_TS) -> int:
    """The English .ts: the numerus texts only, each with its forms made from the source
    (`english_forms`); returns how many are left without (to be written by hand)."""
    if not ts.exists():
        ts.write_text('<?xml version="1.0" encoding="utf-8"?>\n<TS version="2.1" language="en"/>\n')
    lupdate(ts, extra=("-pluralonly", "-target-language", "en"))
    tree = ET.parse(ts)
    left = 0
    for message in tree.getroot().iter("message"):
        translation = message.find("translation")
        forms = english_forms(message.findtext("source") or "")
        if translation is None or translation.get("type") != "unfinished":
            continue
        if forms is None:
            left += 1
            continue
        for old in list(translation):
            translation.remove(old)
        for form in forms:
            ET.SubElement(translation, "numerusform").text = form
        translation.attrib.pop("type", None)
    ET.indent(tree)
    tree.write(ts, encoding="utf-8", xml_declaration=True)
    return left


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
    for context, source, translation, _message in messages(ts):
        if translation is None or translation.get("type") == "unfinished":
            out.append((context, source))  # a numerus text: its forms separated by FORMS
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
                if message.get("numerus") == "yes":
                    for old in list(t):
                        t.remove(old)
                    for form in wanted[key].split(FORMS):
                        ET.SubElement(t, "numerusform").text = form
                else:
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
        left = lupdate_english()
        if left:
            print(f"{left} English numerus texts without '(s)': write their forms in {EN_TS}")
    elif cmd == "unfinished":
        for context, source in unfinished():
            print(f"{context}\t{_escape(source)}\t")
    elif cmd == "fill":
        print(f"filled {fill(Path(argv[1]))} messages")
    elif cmd == "release":
        release()
        release(EN_TS, EN_QM)
    else:
        print(__doc__)
        return 2
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
