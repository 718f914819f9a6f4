"""What every command needs: translated messages, progress on stderr, and a database
opened under the same lock the window takes (a command never writes beside an open
window)."""

from __future__ import annotations

import sys
from contextlib import contextmanager
from pathlib import Path

from soosr_desk.services.database import db_location

_translator = None


def tr(text: str) -> str:
    """Translates N_-marked text for the terminal (Dutch unless --lang en)."""
    if _translator is None:
        return text
    return _translator.translate("", text) or text


def load_translator(language: str) -> None:
    global _translator
    if language != "nl":
        _translator = None
        return
    from PySide6.QtCore import QTranslator

    from soosr_desk.ui.i18n import i18n_dir

    t = QTranslator()
    if t.load(str(i18n_dir() / "soosr_desk_nl.qm")):
        _translator = t


def progress_printer(label: str):
    def progress(done: int, total: int | None) -> None:
        if total:
            print(f"\r{label}: {done:,}/{total:,}", end="", file=sys.stderr, flush=True)
            if done >= total:
                print(file=sys.stderr)

    return progress


def add_db_argument(parser, *, create: bool = False) -> None:
    # Not required here: `soosr-desk --db FILE COMMAND` works too (cli.main fills it in),
    # and --lang goes after the command as well as before it.
    parser.add_argument(
        "--db", type=db_location, dest="db_path", help="database file or postgresql:// address"
    )
    parser.add_argument("--lang", choices=("nl", "en"), dest="command_lang", help="language")
    if create:
        parser.add_argument(
            "--create", action="store_true", help="make a new database when there is none"
        )


def add_force_argument(parser) -> None:
    parser.add_argument("--force", action="store_true", help="replace an existing file")


class CommandError(SystemExit):
    """Ends the command with a message on stderr and exit code 2."""

    def __init__(self, message: str):
        print(message, file=sys.stderr)
        super().__init__(2)


@contextmanager
def refused_as_message():
    """A service's known refusal (ServiceError) becomes the command's one-line message."""
    from soosr_desk.services.errors import ServiceError

    try:
        yield
    except ServiceError as exc:
        raise CommandError(exc.render(tr)) from None


def checked_file(path: Path, args, *, example: str = "export.xlsx") -> Path:
    """The --out file, refused over the database, a backup or an existing file (without
    --force), in a missing folder or as a folder: exit 2 with a message."""
    from soosr_desk.services import targets

    with refused_as_message():
        return targets.check_file(
            path, replace=getattr(args, "force", False), db_path=args.db_path, example=example
        )


def checked_folder(folder: Path, args) -> Path:
    """The --out folder, made when missing, never the database's own folders."""
    from soosr_desk.services import targets

    with refused_as_message():
        return targets.check_folder(folder, db_path=args.db_path)


@contextmanager
def holding_lock(path: Path):
    """Holds the database's lock (the one the window takes); exit 2 when it is taken."""
    from soosr_desk.services import database
    from soosr_desk.ui.lock import DatabaseLocked, InstanceLock, LockUnavailable

    # a file is one desk's: locked; a server database serves many desks at once
    lock = InstanceLock(path) if isinstance(path, Path) and path.parent.exists() else None
    try:
        if lock is not None:
            lock.acquire()
    except DatabaseLocked as exc:
        who = f" (pid {exc.holder.pid}, {exc.holder.host})" if exc.holder else ""
        raise CommandError(
            tr("This database is open in SOOSR Desk{who}. Close it first.").format(who=who)
        ) from None
    except LockUnavailable as exc:
        raise CommandError(tr(database.problem_message(exc.problem)).format(path=path)) from None
    try:
        yield
    finally:
        if lock is not None:
            lock.release()


@contextmanager
def open_locked(path: Path, *, create: bool = False):
    """Yields the open database; refuses when SOOSR Desk has it open (exit 2). Only with
    `create` (the --create option) is a missing database made."""
    from soosr_desk.services import database

    with holding_lock(path):
        try:
            db = database.open_desk(path, create=create)
        except database.DatabaseOpenError as exc:
            raise CommandError(
                tr(database.problem_message(exc.problem)).format(path=exc.path)  # never a password
            ) from None
        try:
            yield db
        finally:
            database.close_desk(db)
