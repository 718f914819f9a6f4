"""The built program (PyInstaller, packaging/soosr_desk.spec) has everything it needs inside.

The slow tests build the one-folder program once into a temporary folder and run it as a
user would: `--version` (with the SQLite version, RELIABILITY.md R12), `demo`, `check`,
`export`, and the main window opened offscreen and closed (SOOSR_DESK_SMOKE=1). A missing
resource in the bundle fails them."""

from __future__ import annotations

import os
import re
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
PACKAGING = ROOT / "packaging"
SPEC = PACKAGING / "soosr_desk.spec"
WINDOWS = sys.platform == "win32"
EXE = ".exe" if WINDOWS else ""
BUILD_TIMEOUT_S = 15 * 60
RUN_TIMEOUT_S = 60


def _packaging_module(name: str):
    """A module of packaging/ (not a package on the path), loaded from its file."""
    import importlib.util

    spec = importlib.util.spec_from_file_location(f"_packaging_{name}", PACKAGING / f"{name}.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


# --- fast: the parts of the packaging that need no build --------------------------------
def test_version_information_follows_the_package():
    import soosr_desk

    version_info = _packaging_module("version_info")
    read_version, version_tuple = version_info.read_version, version_info.version_tuple
    assert read_version(ROOT) == soosr_desk.__version__
    assert version_tuple("0.1.0") == (0, 1, 0, 0)
    assert version_tuple("1.2.3.4") == (1, 2, 3, 4)
    assert version_tuple("2.0rc1") == (2, 0, 0, 0)
    assert version_tuple("1.4.dev3") == (1, 4, 0, 0)
    with pytest.raises(ValueError):
        version_tuple("dev")


def test_installer_is_per_user_dutch_first_and_installs_the_built_folder():
    iss = (PACKAGING / "soosr_desk.iss").read_text("utf-8")
    lines = {
        line.split("=", 1)[0].strip(): line.split("=", 1)[1].strip()
        for line in iss.splitlines()
        if "=" in line and not line.startswith((";", "#"))
    }
    assert lines["PrivilegesRequired"] == "lowest"
    assert lines["DefaultDirName"].startswith("{userpf}")
    assert lines["SetupIconFile"] == "soosr-desk.ico"
    assert (PACKAGING / "soosr-desk.ico").read_bytes()[:4] == b"\x00\x00\x01\x00"  # ICO
    languages = re.findall(r'^Name: "(\w+)"; MessagesFile', iss, re.MULTILINE)
    assert languages == ["dutch", "english"]
    # the Start-menu entry opens the window program that the spec builds
    assert '#define AppExe "soosr-desk.exe"' in iss
    assert re.search(
        r'^Name: "\{autoprograms\}\\\{#AppName\}"; Filename: "\{app\}\\\{#AppExe\}"',
        iss,
        re.MULTILINE,
    )
    assert 'dist\\soosr-desk"' in iss and 'NAME = "soosr-desk"' in SPEC.read_text("utf-8")


# --- slow: build the bundle and run it ----------------------------------------------------
@pytest.fixture(scope="module")
def bundle(tmp_path_factory) -> Path:
    pytest.importorskip(
        "PyInstaller", reason="PyInstaller is not installed: pip install pyinstaller"
    )
    work = tmp_path_factory.mktemp("pyinstaller")
    started = time.perf_counter()
    result = subprocess.run(
        [
            sys.executable,
            "-m",
            "PyInstaller",
            "--noconfirm",
            "--log-level",
            "WARN",
            "--distpath",
            str(work / "dist"),
            "--workpath",
            str(work / "build"),
            str(SPEC),
        ],
        cwd=PACKAGING,
        capture_output=True,
        text=True,
        timeout=BUILD_TIMEOUT_S,
    )
    seconds = time.perf_counter() - started
    assert result.returncode == 0, result.stderr[-6000:]
    folder = work / "dist" / "soosr-desk"
    size = sum(p.stat().st_size for p in folder.rglob("*") if p.is_file() and not p.is_symlink())
    print(f"\nbundle built in {seconds:.0f} s, {size / 2**20:.0f} MiB: {folder}")
    return folder


def _env(tmp_path: Path, **extra: str) -> dict[str, str]:
    """No Python of ours leaks in; settings, data and logs stay in the test's folder."""
    env = {k: v for k, v in os.environ.items() if not k.startswith(("PYTHON", "QT_PLUGIN"))}
    env.update(
        QT_QPA_PLATFORM="offscreen",
        XDG_CONFIG_HOME=str(tmp_path / "config"),
        XDG_DATA_HOME=str(tmp_path / "data"),
        APPDATA=str(tmp_path / "roaming"),
        LOCALAPPDATA=str(tmp_path / "local"),
        **extra,
    )
    return env


def _run(program: Path, *args: str, env: dict[str, str]) -> subprocess.CompletedProcess:
    return subprocess.run(
        [str(program), *args],
        capture_output=True,
        text=True,
        encoding="utf-8",
        env=env,
        cwd=program.parent.parent,
        timeout=RUN_TIMEOUT_S,
    )


def _cli(bundle: Path) -> Path:
    return bundle / f"soosr-desk-cli{EXE}"


def _internal(bundle: Path) -> Path:
    return bundle / "_internal"


def _has(folder: Path, pattern: str) -> bool:
    return any(folder.rglob(pattern))


@pytest.mark.slow
def test_bundle_holds_every_resource_of_the_package(bundle):
    internal = _internal(bundle)
    package = ROOT / "soosr_desk"
    ours = [
        p
        for p in package.rglob("*")
        if p.is_file() and p.suffix not in (".py", ".pyc", ".pyi") and "__pycache__" not in p.parts
    ]
    rel = {p.relative_to(ROOT).as_posix() for p in ours}
    # the kinds of resource the program needs, so an empty package cannot pass
    assert "soosr_desk/store/schema_v1.sql" in rel
    assert "soosr_desk/resources/i18n/soosr_desk_nl.qm" in rel
    assert "soosr_desk/resources/help/nl/dashboard.html" in rel
    assert any(r.startswith("soosr_desk/resources/icons/") for r in rel)
    missing = [r for r in sorted(rel) if not (internal / r).is_file()]
    assert missing == []
    changed = [r for r in sorted(rel) if (internal / r).read_bytes() != (ROOT / r).read_bytes()]
    assert changed == []


@pytest.mark.slow
def test_bundle_holds_qt_plugins_translations_and_library_data(bundle):
    internal = _internal(bundle)
    assert (bundle / f"soosr-desk{EXE}").is_file() and _cli(bundle).is_file()
    # Qt: the platforms (offscreen for tests; windows or xcb for people), the SVG icon
    # engine and image format (the app icon is an SVG), Dutch dialog buttons
    assert _has(internal, "*qoffscreen*")
    assert _has(internal, "qwindows.dll" if WINDOWS else "libqxcb.so")
    assert _has(internal, "*qsvgicon*") and _has(internal, "*qsvg.*")
    assert _has(internal, "qtbase_nl.qm")
    assert not _has(internal, "qtbase_de.qm")  # only Dutch and English are shipped
    # holidays names its days through gettext (we ask for en_US); stdnum's tables;
    # reportlab's standard fonts
    assert (internal / "holidays/locale/en_US/LC_MESSAGES/NL.mo").is_file()
    assert _has(internal / "stdnum", "*.dat")
    assert (internal / "reportlab/fonts/Vera.ttf").is_file()
    assert _has(internal, "_rl_accel*")  # reportlab's C accelerator, imported by name


@pytest.mark.slow
def test_bundle_holds_the_modules_loaded_by_name(bundle):
    from PyInstaller.archive.readers import CArchiveReader

    archive = CArchiveReader(str(_cli(bundle)))
    modules = set(archive.open_embedded_archive("PYZ.pyz").toc)
    commands = {
        f"soosr_desk.commands.{p.stem}"
        for p in (ROOT / "soosr_desk/commands").glob("*.py")
        if p.stem != "__init__"
    }
    assert commands - modules == set()  # cli.py imports them with importlib
    assert "holidays.countries.netherlands" in modules  # holidays loads countries lazily
    assert "phonenumbers.data.region_NL" in modules  # phonenumbers imports regions by name
    assert "stdnum.nl.bsn" in modules
    # left out on purpose: phonenumbers' 40 MB geocoder data, numpy
    assert not any(m.startswith(("phonenumbers.geodata", "numpy.")) for m in modules)


@pytest.mark.slow
def test_built_program_reports_its_sqlite_version(bundle, tmp_path):
    result = _run(_cli(bundle), "--version", env=_env(tmp_path))
    assert result.returncode == 0, result.stderr
    import soosr_desk

    assert f"SOOSR Desk {soosr_desk.__version__}" in result.stdout
    found = re.search(r"SQLite (\d+\.\d+\.\d+)", result.stdout)
    assert found, f"--version does not say the SQLite version: {result.stdout!r}"
    # the bundle carries the SQLite of the Python it was built with (what R12 judges)
    assert found.group(1) == sqlite3.sqlite_version
    print(f"\nbundle SQLite {found.group(1)} (R12 wants 3.51.3 or later in the shipped bundle)")


@pytest.mark.slow
def test_built_program_makes_demo_data_checks_and_exports(bundle, tmp_path):
    cli, env = _cli(bundle), _env(tmp_path)
    db = tmp_path / "demo.db"
    result = _run(
        cli, "demo", "--create", "--db", str(db), "--contacts", "40", "--seed", "3", env=env
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.startswith("40 contacten")  # Dutch unless --lang en
    # check, in Dutch and in English: different text proves the .qm loaded from the bundle
    dutch = _run(cli, "--lang", "nl", "check", "--db", str(db), env=env)
    english = _run(cli, "--lang", "en", "check", "--db", str(db), env=env)
    for result in (dutch, english):
        assert result.returncode in (0, 1), result.stderr
        assert result.stdout.strip() and "Traceback" not in result.stderr
    assert dutch.stdout.count("\n") == english.stdout.count("\n")
    assert dutch.stdout != english.stdout
    # the registers as Excel: the workbook opens and holds the 40 contacts
    out = tmp_path / "registers.xlsx"
    result = _run(cli, "export", "all", "--db", str(db), "--out", str(out), env=env)
    assert result.returncode == 0, result.stderr
    from openpyxl import load_workbook

    counted = dict(line.split("\t") for line in result.stdout.splitlines() if "\t" in line)
    # the 40 demo contacts less the one a demo erasure request erased
    assert counted["Contacten"] == "39"
    workbook = load_workbook(out)
    assert workbook["Contacten"].max_row == 40  # a header and the 39 contacts
    assert int(counted["Verzoeken"]) > 0  # the demo requests, with letters made inside


@pytest.mark.slow
def test_built_program_opens_the_main_window_offscreen_and_closes(bundle, tmp_path):
    cli, env = _cli(bundle), _env(tmp_path)
    db = tmp_path / "desk.db"
    assert (
        _run(cli, "demo", "--create", "--db", str(db), "--contacts", "20", env=env).returncode == 0
    )
    # the window program itself (on Windows it has no console: its twin prints for it)
    window = cli if WINDOWS else bundle / "soosr-desk"
    started = time.perf_counter()
    try:
        result = _run(window, "--db", str(db), env=_env(tmp_path, SOOSR_DESK_SMOKE="1"))
    except subprocess.TimeoutExpired:
        pytest.fail(
            f"the window did not close by itself within {RUN_TIMEOUT_S} s: a dialog waits "
            "for a user, or soosr_desk/ui/app.py does not handle SOOSR_DESK_SMOKE=1"
        )
    seconds = time.perf_counter() - started
    assert result.returncode == 0, result.stdout + result.stderr
    line = next((x for x in result.stdout.splitlines() if x.startswith("smoke:")), None)
    assert line is not None, f"no smoke line: {result.stdout!r} {result.stderr!r}"
    assert re.search(r"\b\d+ pages shown\b", line) and "icon ok" in line, line
    assert "help missing: none" in line, line
    assert re.search(r"to-do lines \d+", line), line  # the dashboard's background read ran
    assert f"SQLite {sqlite3.sqlite_version}" in line
    assert "Traceback" not in result.stderr
    # no Qt plugin or library failed to load inside the bundle
    assert not re.search(r"(?i)could not (load|find)|cannot load|failed to load", result.stderr)
    assert seconds < 60
