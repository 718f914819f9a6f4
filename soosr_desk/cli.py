"""The command line: no command opens the window; the commands work on a database file
or on the office database on a server (`--db postgresql://...`).

soosr-desk [--db PATH|ADDRESS] [--lang nl|en]
soosr-desk COMMAND --db PATH ...      (see soosr-desk --help)
"""

from __future__ import annotations

import argparse
import contextlib
import errno
import importlib
import logging
import logging.handlers
import os
import sqlite3
import sys
import tempfile

from soosr_desk import __version__
from soosr_desk.commands import COMMANDS
from soosr_desk.commands.common import CommandError, load_translator, tr
from soosr_desk.rules.i18n import N_
from soosr_desk.services.database import db_location

OS_MESSAGES = {
    errno.ENOSPC: N_(
        "The disk is full (schijf vol). Nothing was written: free up space and try again."
    ),
    errno.EROFS: N_(
        "The disk or folder is read-only. Nothing was written: choose a folder where you can write."
    ),
    errno.EACCES: N_(
        "No permission to write there. Nothing was written: choose a folder where you can write."
    ),
    errno.EISDIR: N_("That is a folder, not a file. Nothing was written: give a file name."),
    errno.ENOENT: N_("The folder does not exist. Nothing was written: check the path."),
}
OS_FAILED = N_("The file could not be written or read ({reason}). Nothing was written.")
PIPE_CLOSED = N_("The output was cut off: the program reading it stopped.")


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
    if isinstance(handler, logging.FileHandler) and os.name == "posix":
        os.chmod(handler.baseFilename, 0o600)  # the log is the user's alone
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
    p.add_argument(
        "--db",
        type=db_location,
        help="database file (default: your data folder) or postgresql:// address",
    )
    p.add_argument("--lang", choices=("nl", "en"), help="language")
    sub = p.add_subparsers(dest="command", metavar="COMMAND")
    for name in COMMANDS:
        importlib.import_module(f"soosr_desk.commands.{name}").register(sub)
    return p


def main(argv: list[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    load_translator(getattr(args, "command_lang", None) or args.lang or "nl")
    if os.name == "posix":
        os.umask(0o077)  # every file the program makes is the user's alone (issue 15)
    setup_logging()
    if args.command and getattr(args, "db_path", False) is None:
        # --db given before the command (soosr-desk --db demo.db check) counts too
        if args.db is None:
            parser.error(tr("the command {command} needs --db FILE").format(command=args.command))
        args.db_path = args.db
    if args.command:
        return run_command(args)
    from soosr_desk.ui.app import run_gui

    return run_gui(args.db, args.lang)


def run_command(args) -> int:
    """Runs one command; whatever goes wrong underneath ends in one line in the user's
    language and exit code 2, never a traceback. Temporary files live in the private
    folder and are gone when the command ends."""
    from soosr_desk.services import database, scratch

    previous = tempfile.tempdir
    sys.unraisablehook = _quiet_unraisable
    with contextlib.suppress(OSError):  # no data folder: the command says what fails
        scratch.setup()
    try:
        return args.func(args)
    except BrokenPipeError:
        _silence_stdout()
        raise CommandError(tr(PIPE_CLOSED)) from None
    except OSError as exc:
        message = OS_MESSAGES.get(exc.errno or 0)
        text = tr(message) if message else tr(OS_FAILED).format(reason=exc.strerror or "?")
        raise CommandError(text) from None
    except Exception as exc:
        message = database.storage_problem(exc)
        if message is None:
            raise
        raise CommandError(tr(message)) from None
    finally:
        scratch.finish()
        tempfile.tempdir = previous


def _quiet_unraisable(unraisable) -> None:
    """A file object closed late by the garbage collector (openpyxl's zip after a full
    disk) must not print "Exception ignored" with a traceback under the message."""
    logging.getLogger(__name__).debug(
        "ignored while cleaning up: %s", type(unraisable.exc_value).__name__
    )


def _silence_stdout() -> None:
    """After `| head` closed the pipe: Python's last flush must not fail again."""
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
    except (OSError, ValueError):
        pass


def gui_main() -> int:
    return main()
