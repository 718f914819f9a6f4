"""peewee without the PostgreSQL driver at import (issue 20).

peewee (and playhouse.migrate, through playhouse.postgres_ext) import psycopg when they
are themselves imported, to know whether PostgreSQL can be used: 0.25-0.35 s of every
start, also on a desk that only ever opens its SQLite file. While one of those modules
runs, `import psycopg` is refused here, so it records "no driver"; store/pg_driver.py
imports the driver and hands it to peewee when a server address is used. Nothing else is
held back: any other module importing psycopg gets it. This defers an optional driver;
it does not dodge an import loop."""

from __future__ import annotations

import importlib.abc
import importlib.machinery
import sys

HELD_WHILE = ("peewee", "playhouse.migrate")  # the modules whose import tries psycopg
DRIVER = "psycopg"


class _DriverHeld(importlib.abc.MetaPathFinder):
    """First on the meta path: refuses psycopg while a module of HELD_WHILE loads."""

    def __init__(self) -> None:
        self.loading = 0

    def find_spec(self, fullname, path=None, target=None):
        if self.loading and (fullname == DRIVER or fullname.startswith(DRIVER + ".")):
            raise ModuleNotFoundError("held back until a server is used", name=fullname)
        if fullname not in HELD_WHILE:
            return None
        spec = importlib.machinery.PathFinder.find_spec(fullname, path)
        if spec is None or spec.loader is None:
            return spec
        spec.loader = _Loader(spec.loader, self)
        return spec


class _Loader(importlib.abc.Loader):
    def __init__(self, loader, finder: _DriverHeld) -> None:
        self.loader = loader
        self.finder = finder

    def create_module(self, spec):
        return self.loader.create_module(spec)

    def exec_module(self, module) -> None:
        self.finder.loading += 1
        try:
            self.loader.exec_module(module)
        finally:
            self.finder.loading -= 1


def hold_driver() -> None:
    """Called once by the package; nothing to hold if peewee or psycopg is loaded."""
    loaded = ("peewee", DRIVER)
    if not any(name in sys.modules for name in loaded) and not any(
        isinstance(finder, _DriverHeld) for finder in sys.meta_path
    ):
        sys.meta_path.insert(0, _DriverHeld())
