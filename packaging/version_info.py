"""Windows version information (Explorer > Properties > Details) for the built programs.

Used by soosr_desk.spec; the version comes from soosr_desk/__init__.py, so a release bumps
it in one place. Read without importing the package, so the spec builds the checkout it
sits in, whatever is installed."""

from __future__ import annotations

import re
from pathlib import Path

COMPANY = "SOOSR B.V."
PRODUCT = "SOOSR Desk"
DESCRIPTION = "SOOSR Desk: AVG-administratie (GDPR records and answers)"
# Dutch (Netherlands), Unicode: the language the program speaks first.
LANGUAGE, CODEPAGE = 0x0413, 1200


def read_version(root: Path) -> str:
    """The `__version__` string of soosr_desk/__init__.py under `root`."""
    text = (Path(root) / "soosr_desk" / "__init__.py").read_text("utf-8")
    match = re.search(r"""^__version__\s*=\s*["']([^"']+)["']""", text, re.MULTILINE)
    if match is None:
        raise ValueError("soosr_desk/__init__.py has no __version__")
    return match.group(1)


def version_tuple(version: str) -> tuple[int, int, int, int]:
    """Four numbers for the fixed part of the resource: "0.1.0" -> (0, 1, 0, 0); a suffix
    such as "rc1" or ".dev3" is dropped there (it stays in the text fields)."""
    numbers = []
    for part in version.split(".")[:4]:
        digits = re.match(r"\d+", part)
        if digits is None:
            break
        numbers.append(min(int(digits.group()), 0xFFFF))
    if not numbers:
        raise ValueError(f"not a version: {version!r}")
    numbers += [0] * (4 - len(numbers))
    return tuple(numbers)  # type: ignore[return-value]


def version_info(version: str, exe_name: str):
    """The VSVersionInfo structure PyInstaller writes into `exe_name`.exe."""
    from PyInstaller.utils.win32.versioninfo import (
        FixedFileInfo,
        StringFileInfo,
        StringStruct,
        StringTable,
        VarFileInfo,
        VarStruct,
        VSVersionInfo,
    )

    numbers = version_tuple(version)
    strings = {
        "CompanyName": COMPANY,
        "FileDescription": DESCRIPTION,
        "FileVersion": version,
        "InternalName": exe_name,
        "LegalCopyright": f"© {COMPANY}",
        "OriginalFilename": f"{exe_name}.exe",
        "ProductName": PRODUCT,
        "ProductVersion": version,
    }
    return VSVersionInfo(
        ffi=FixedFileInfo(filevers=numbers, prodvers=numbers),
        kids=[
            StringFileInfo(
                [
                    StringTable(
                        f"{LANGUAGE:04X}{CODEPAGE:04X}",
                        [StringStruct(k, v) for k, v in strings.items()],
                    )
                ]
            ),
            VarFileInfo([VarStruct("Translation", [LANGUAGE, CODEPAGE])]),
        ],
    )
