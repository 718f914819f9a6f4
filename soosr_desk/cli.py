"""The command line: no command opens the window; the commands work on a database file.

soosr-desk [--db PATH] [--lang nl|en]
soosr-desk COMMAND --db PATH ...      (see soosr-desk --help)
"""

from __future__ import annotations

import argparse
import importlib
import logging
import logging.handlers
import sqlite3
import sys

from soosr_desk import __version__
from soosr_desk.commands import COMMANDS
from soosr_desk.commands.common import load_translator, tr
from soosr_desk.services.database import db_location


def setup_logging(verbose: bool = False) -> None:
    """Logs to the data folder. Peewee's SQL logging (which carries values) stays off."""
    from soosr_desk.store.location import data_dir

    logging.getLogger("peewee").setLevel(logging.WARNING)
    root = logging.getLogger()
    if any(getattr(h, "_soosr", False) for h in root.handlers):
        return
    root.setLevel(logging.DEBUG if verbose else logging.INFO)
    try:
        folder = data_dir() / "logs"
        folder.mkdir(parents=True, exist_ok=True)
        handler: logging.Handler = logging.handlers.RotatingFileHandler(
            folder / "soosr-desk.log", maxBytes=1_000_000, backupCount=3, encoding="utf-8"
        )
    except OSError:
        handler = logging.StreamHandler(sys.stderr)
    handler._soosr = True  # type: ignore[attr-defined]
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    root.addHandler(handler)


def build_parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(prog="soosr-desk", description="SOOSR Desk")
    p.add_argument(
        "--version",
        action="version",
        version=f"SOOSR Desk {__version__} (SQLite {sqlite3.sqlite_version})",
    )
    p.add_argument("--db", type=db_location,
                   help="database file (default: your data folder) or postgresql:// address")  # fmt: skip
    p.add_argument("--lang", choices=("nl", "en"), help="language")
    sub = p.add_subparsers(dest="command", metavar="COMMAND")
    for name in COMMANDS:
        importlib.import_module(f"soosr_desk.commands.{name}").register(sub)
    return p


def main(argv: list[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    load_translator(getattr(args, "command_lang", None) or args.lang or "nl")
    setup_logging()
    if args.command and getattr(args, "db_path", False) is None:
        # --db given before the command (soosr-desk --db demo.db check) counts too
        if args.db is None:
            parser.error(tr("the command {command} needs --db FILE").format(command=args.command))
        args.db_path = args.db
    if args.command:
        return args.func(args)
    if isinstance(args.db, str):  # a postgresql:// address: commands only, for now
        parser.error(tr("the window opens a database file; a server database works with the "
                        "commands (soosr-desk check --db ADDRESS)"))  # fmt: skip
    from soosr_desk.ui.app import run_gui

    return run_gui(args.db, args.lang)


def gui_main() -> int:
    return main()
