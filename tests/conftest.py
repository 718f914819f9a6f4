"""Test set-up: Qt offscreen, and a fresh seeded database file for every test.

One seeded template is built per test process and copied per test (never :memory:: a
worker thread would see an empty database). A test marked
`@pytest.mark.demo(contacts=N, seed=S, today=D)` starts from a copy of that demo data,
made once per test run (generate_demo makes real letters: seconds each time; on a server
once per test process); `cli_demo(path, contacts, seed)` copies a file that
`soosr-desk demo --create` made once. A test marked `@pytest.mark.built_with(build=B)`
starts from a copy of a database on which `B(database)` ran once per test process
(the records many tests of a module share: a copy costs less than writing them again).

Tests marked `both_engines` run twice: on the SQLite file and on the office database on a
throwaway PostgreSQL server (issue 18); `db_path` is then the server's URL."""

from __future__ import annotations

import datetime as dt
import gc
import logging
import os
import re
import shutil
import sys
import tempfile
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

# With PYTHONDONTWRITEBYTECODE set (containers often set it) every test process, and every
# command or desk process a test starts, compiled the package and the tests again: 7-10 s
# of CPU a process. Their bytecode is cached outside the source tree instead (issue 19).
if sys.dont_write_bytecode and not os.environ.get("PYTHONPYCACHEPREFIX"):
    _PYCACHE = str(Path(tempfile.gettempdir()) / "soosr-desk-tests-pycache")
    sys.pycache_prefix = _PYCACHE
    sys.dont_write_bytecode = False
    os.environ["PYTHONPYCACHEPREFIX"] = _PYCACHE
    del os.environ["PYTHONDONTWRITEBYTECODE"]


# The tests' folders (tmp_path, and so every test's database) in memory where the system
# has such a folder: the database commits with synchronous=FULL, and an fsync on a disk
# takes ~3 ms a commit against ~0.03 ms there. What a test checks does not change: a killed
# process's writes survive in either (only a power cut needs the disk). PYTEST_DEBUG_TEMPROOT
# (pytest's own setting) set by hand wins. Only with room to spare (a container's /dev/shm
# may be 64 MB; pytest keeps the last three runs' folders, ~150 MB each with the slow tests).
def _roomy(folder: str, needed: int = 2 << 30) -> bool:
    try:
        st = os.statvfs(folder)
    except (AttributeError, OSError):  # no statvfs on Windows; no such folder
        return False
    return os.access(folder, os.W_OK) and st.f_bavail * st.f_frsize >= needed


_IN_MEMORY = "/dev/shm" if _roomy("/dev/shm") else None
if _IN_MEMORY:
    os.environ.setdefault("PYTEST_DEBUG_TEMPROOT", _IN_MEMORY)

import pytest  # noqa: E402
from hypothesis import settings  # noqa: E402

from soosr_desk.store import documents, models  # noqa: E402
from soosr_desk.store.db import checkpoint_truncate  # noqa: E402
from soosr_desk.store.opening import close_database, open_database  # noqa: E402
from tests import pg_cluster  # noqa: E402
from tests.examples import QUICK_PROFILE  # noqa: E402

# hypothesis' examples: a fifth by default (the quick loop), all with
# `--hypothesis-profile=full`, which .ci/run gives (tests/examples.py, issue 19)
settings.load_profile(QUICK_PROFILE)

ENGINES = ("sqlite", "postgresql")


def pytest_generate_tests(metafunc):
    marked = metafunc.definition.get_closest_marker
    every = os.environ.get("SOOSR_BOTH_ENGINES") == "all"  # to find what fails on a server
    if (
        "engine" in metafunc.fixturenames
        and (marked("both_engines") or every)
        and not marked("file_only")
    ):
        metafunc.parametrize("engine", ENGINES)


@pytest.hookimpl(tryfirst=True)  # before xdist reads the groups
def pytest_collection_modifyitems(config, items):
    """With `-n 2`, the tests that start from the same demo data, and those that use
    `cli_demo`, run in the same process (`--dist loadgroup` in pyproject.toml): a server's
    demo copy is made once per process, in seconds, and a file's once per run, but two
    processes that reach it at once both make it."""
    for item in items:
        demo = item.get_closest_marker("demo")
        if demo is not None:
            item.add_marker(pytest.mark.xdist_group("demo-{contacts}-{seed}".format(**demo.kwargs)))
        elif "cli_demo" in getattr(item, "fixturenames", ()):
            item.add_marker(pytest.mark.xdist_group("cli-demo"))


def pytest_collection_finish(session):
    """What collection made (the modules, the tests, the program's imports) lives until
    the run ends: frozen out of the garbage collector's full passes, as the program does
    once its window is shown (ui/app.py). Each full pass over it took ~0.25 s, ten or more
    times a process, and five more at the end (issue 19)."""
    gc.collect()
    gc.freeze()


@pytest.fixture
def tmp_path(request, tmp_path_factory) -> Path:
    """A new folder for the test, named after it, as pytest's own `tmp_path` is. pytest's
    picks its number by listing every folder the process made before (~850 per process
    with -n 2: a second of CPU a run); a unique name from `mkdtemp` needs no list. Kept
    like pytest's: the last three runs' folders stay (issue 19)."""
    name = re.sub(r"\W", "_", request.node.name)[:30]
    return Path(tempfile.mkdtemp(prefix=f"{name}_", dir=tmp_path_factory.getbasetemp()))


@pytest.fixture
def engine():
    """The database engine of the test: the SQLite file unless marked `both_engines`."""
    return "sqlite"


@pytest.fixture(scope="session")
def pg_server():
    """A PostgreSQL cluster for the whole test session (tests/pg_cluster.py)."""
    bindir = pg_cluster.bin_dir()
    if bindir is None:
        message = "PostgreSQL is not installed (tools/system-deps.sh installs it)"
        if os.environ.get("CI"):
            pytest.fail(message)
        pytest.skip(message)
    # in memory too: on a big ext4 disk CREATE DATABASE (~300 new files) took ~0.5 s and
    # ~0.4 s of the kernel's CPU (finding free inodes among recently deleted ones), against
    # ~0.02 s in memory; each server test makes one (issue 19)
    cluster = pg_cluster.Cluster(bindir, parent=_IN_MEMORY)
    cluster.start()
    yield cluster
    cluster.stop()


@pytest.fixture(scope="session")
def pg_template(pg_server):
    """The name of a seeded office database that each test copies."""
    url = pg_server.create()
    database = open_database(url)
    database.close()
    models.database_proxy.initialize(None)
    return pg_cluster.name_of(url)


@pytest.fixture(scope="session")
def template_db(tmp_path_factory):
    path = tmp_path_factory.mktemp("template") / "template.db"
    db = open_database(path)
    checkpoint_truncate(db)
    db.close()
    return path


@pytest.fixture(scope="session")
def made_once(tmp_path_factory):
    """What is built once and each test copies: {key: path or name}. Files are shared by
    the test processes of one run (pytest-xdist's workers share the run's folder)."""
    own = tmp_path_factory.mktemp("made-once")
    base = tmp_path_factory.getbasetemp()
    shared = (base.parent if os.environ.get("PYTEST_XDIST_WORKER") else base) / "shared"
    shared.mkdir(exist_ok=True)
    return {"root": own, "shared": shared}


def _shared_file(made_once, name: str, make) -> Path:
    """`make(path)` builds a database file once for all test processes of the run: under a
    name of this process, then renamed into place whole; when two build at once, the first
    rename wins and the other's copy is dropped."""
    final = made_once["shared"] / name
    if not final.is_dir():
        mine = made_once["shared"] / f".{name}.{os.getpid()}"
        mine.mkdir()
        _build(mine, lambda: make(mine / "desk.db"))
        try:
            os.rename(mine, final)
        except OSError:
            shutil.rmtree(mine, ignore_errors=True)
    return final / "desk.db"


def _data_of(path) -> Path:
    """The documents folder beside a database file (a server keeps them in its rows)."""
    return documents.folder_of(path)


def _copy_data(source, target) -> None:
    if _data_of(source).is_dir():
        shutil.copytree(_data_of(source), _data_of(target))


def _build(folder: Path, make) -> None:
    """Runs `make` with its own data and settings folders (not the first test's)."""
    with pytest.MonkeyPatch.context() as mp:
        mp.setenv("XDG_CONFIG_HOME", str(folder / "config"))
        mp.setenv("XDG_DATA_HOME", str(folder / "data"))
        make()
    models.database_proxy.initialize(None)


def _demo_key(request) -> tuple[int, int, dt.date] | None:
    marker = request.node.get_closest_marker("demo")
    if marker is None:
        return None
    kw = marker.kwargs
    return (kw["contacts"], kw["seed"], kw["today"])


def _with_demo(database, key) -> None:
    # the demo and the command line are imported where they are used: with -n 2 the
    # process that hands out the tests loads this file too, before it starts the others,
    # and needs neither (~0.3 s of a run's start)
    from soosr_desk.services.demo import generate_demo

    contacts, seed, today = key
    try:
        generate_demo(database, contacts=contacts, seed=seed, today=today)
    finally:
        close_database(database)


def _demo_file(request, made_once, key) -> Path:
    if ("file", key) not in made_once:
        template = request.getfixturevalue("template_db")

        def make(path: Path) -> None:
            shutil.copyfile(template, path)
            _with_demo(open_database(path), key)

        made_once["file", key] = _shared_file(made_once, "demo-{}-{}-{}".format(*key), make)
    return made_once["file", key]


def _demo_server(request, made_once, key) -> str:
    if ("server", key) not in made_once:
        pg = request.getfixturevalue("pg_server")
        url = pg.create(template=request.getfixturevalue("pg_template"))
        folder = made_once["root"] / "pg-demo-{}-{}-{}".format(*key)
        _build(folder, lambda: _with_demo(open_database(url), key))
        made_once["server", key] = url
    return made_once["server", key]


def _built_with(request):
    marker = request.node.get_closest_marker("built_with")
    return None if marker is None else marker.kwargs["build"]


def _run_build(database, build) -> None:
    try:
        build(database)
    finally:
        close_database(database)


def _built_file(request, made_once, build) -> Path:
    if ("file", build) not in made_once:
        folder = made_once["root"] / f"built-{build.__module__}-{build.__name__}"
        folder.mkdir()
        path = folder / "desk.db"
        shutil.copyfile(request.getfixturevalue("template_db"), path)
        _build(folder, lambda: _run_build(open_database(path), build))
        made_once["file", build] = path
    return made_once["file", build]


def _built_server(request, made_once, build) -> str:
    """The name of the server database that `build` wrote into, once per process."""
    if ("server", build) not in made_once:
        pg = request.getfixturevalue("pg_server")
        url = pg.create(template=request.getfixturevalue("pg_template"))
        folder = made_once["root"] / f"pg-built-{build.__module__}-{build.__name__}"
        _build(folder, lambda: _run_build(open_database(url), build))
        made_once["server", build] = pg_cluster.name_of(url)
    return made_once["server", build]


def _server_copy(pg, template: str) -> str:
    """A new database copied from the server database `template` (its documents are rows
    in it: store/server_documents.py)."""
    return pg.create(template=pg_cluster.name_of(template))


@pytest.fixture
def db_path(engine, request, tmp_path, made_once):
    demo = _demo_key(request)
    build = _built_with(request)
    assert demo is None or build is None, "demo data or built_with, not both"
    if engine == "postgresql":
        pg = request.getfixturevalue("pg_server")
        if demo is not None:
            url = _server_copy(pg, _demo_server(request, made_once, demo))
        elif build is not None:
            url = pg.take(_built_server(request, made_once, build))
        else:
            url = pg.take(request.getfixturevalue("pg_template"))
        request.addfinalizer(lambda: pg.drop_later(url))
        return url
    path = tmp_path / "desk.db"
    if demo is None and build is None:
        shutil.copyfile(request.getfixturevalue("template_db"), path)
    else:
        source = (
            _demo_file(request, made_once, demo)
            if demo is not None
            else _built_file(request, made_once, build)
        )
        shutil.copyfile(source, path)
        _copy_data(source, path)
    return path


@pytest.fixture
def cli_demo(made_once, request):
    """cli_demo(path, contacts, seed): at `path`, what `soosr-desk demo --create --db path
    --contacts N --seed S` makes (made once per test run, then copied). With a path of
    None: a new server database (dropped after the test) that `soosr-desk demo --db URL
    --contacts N --seed S` filled, made once per test process; its URL."""

    def made(db: str, contacts: int, seed: int, *create: str) -> None:
        from soosr_desk import cli  # where it is used: see _with_demo

        args = ["demo", *create, "--db", db, "--contacts", str(contacts), "--seed", str(seed)]
        assert cli.main(["--lang", "en", *args]) == 0

    def copy(path: Path | None, contacts: int, seed: int) -> Path | str:
        key = ("cli", path is None, contacts, seed, dt.date.today())
        if path is None:
            pg = request.getfixturevalue("pg_server")
            if key not in made_once:
                url = pg.create(template=request.getfixturevalue("pg_template"))
                folder = made_once["root"] / f"pg-cli-demo-{contacts}-{seed}"
                _build(folder, lambda: made(url, contacts, seed))
                made_once[key] = url
            url = _server_copy(pg, made_once[key])
            request.addfinalizer(lambda: pg.drop_later(url))
            return url
        if key not in made_once:
            name = f"cli-demo-{contacts}-{seed}-{key[-1]}"
            made_once[key] = _shared_file(
                made_once, name, lambda p: made(str(p), contacts, seed, "--create")
            )
        shutil.copyfile(made_once[key], path)
        _copy_data(made_once[key], path)
        return path

    return copy


@pytest.fixture
def db(db_path):
    database = open_database(db_path)
    yield database
    if "soosr_desk.ui.background" in sys.modules:  # a read still under way ends first
        sys.modules["soosr_desk.ui.background"].wait_for_all()
    if not database.is_closed():
        database.close()
    models.database_proxy.initialize(None)


@pytest.fixture(scope="session")
def qapp(qapp):
    """pytest-qt's application, speaking English as the window does with `--lang en`:
    English has a translation too, for the singular and plural of texts with a count
    (tools/i18n.py). Qt is imported only by the tests that ask for it."""
    from soosr_desk.ui import i18n

    i18n.install(qapp, "en")
    return qapp


@pytest.fixture(autouse=True)
def _isolated_settings(tmp_path, monkeypatch):
    """QSettings and the data folder point into the test's own folder, and so does the
    program's log: the command line opens it in the data folder once per process
    (cli.setup_logging), so a test's log is closed when it ends, or the next test's
    commands would write into a folder that is gone (seen when every test ran in one
    process: an earlier test's demo build folder)."""
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "config"))
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "data"))
    if "PySide6.QtCore" in sys.modules:
        from PySide6.QtCore import QSettings

        QSettings.setPath(
            QSettings.Format.NativeFormat, QSettings.Scope.UserScope, str(tmp_path / "config")
        )
    yield
    root = logging.getLogger()
    for handler in [h for h in root.handlers if getattr(h, "_soosr", False)]:
        root.removeHandler(handler)
        handler.close()
