"""Every data file the program reads is shipped in the package (a wheel, not only a
checkout): a missing one breaks the first start after `pip install .`."""

from __future__ import annotations

import fnmatch
import tomllib
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def test_every_data_file_is_declared_as_package_data():
    config = tomllib.loads((ROOT / "pyproject.toml").read_text("utf-8"))
    patterns = config["tool"]["setuptools"]["package-data"]["soosr_desk"]
    package = ROOT / "soosr_desk"
    missing = []
    for path in package.rglob("*"):
        if path.is_dir() or path.suffix in (".py", ".pyc") or "__pycache__" in path.parts:
            continue
        rel = path.relative_to(package).as_posix()
        globs = [p.replace("**/", "*") for p in patterns]  # fnmatch's * crosses folders
        if not any(fnmatch.fnmatch(rel, g) for g in globs):
            missing.append(rel)
    assert missing == []
