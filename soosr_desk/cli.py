"""The command line: no command opens the window; the others work on a database file.

soosr-desk [--db PATH] [--lang nl|en]
soosr-desk demo --db PATH [--contacts N] [--seed S]
soosr-desk check --db PATH
"""

from __future__ import annotations

import argparse
import datetime as dt
import logging
import logging.handlers
import sys
from pathlib import Path

from soosr_desk import __version__

_translator = None


def _tr(text: str) -> str:
    """Translates N_-marked text for the terminal (Dutch unless --lang en)."""
    if _translator is None:
        return text
    out = _translator.translate("", text)
    return out or text


def _load_translator(language: str) -> None:
    global _translator
    if language != "nl":
        return
    from PySide6.QtCore import QTranslator

    from soosr_desk.ui.i18n import i18n_dir

    t = QTranslator()
    if t.load(str(i18n_dir() / "soosr_desk_nl.qm")):
        _translator = t


def setup_logging(verbose: bool = False) -> None:
    """Logs to the data folder. Peewee's SQL logging (which carries values) stays off."""
    from soosr_desk.store.location import data_dir

    logging.getLogger("peewee").setLevel(logging.WARNING)
    root = logging.getLogger()
    root.setLevel(logging.DEBUG if verbose else logging.INFO)
    try:
        folder = data_dir() / "logs"
        folder.mkdir(parents=True, exist_ok=True)
        handler: logging.Handler = logging.handlers.RotatingFileHandler(
            folder / "soosr-desk.log", maxBytes=1_000_000, backupCount=3, encoding="utf-8"
        )
    except OSError:
        handler = logging.StreamHandler(sys.stderr)
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    root.addHandler(handler)


def build_parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(prog="soosr-desk", description="SOOSR Desk")
    p.add_argument("--version", action="version", version=f"SOOSR Desk {__version__}")
    p.add_argument("--db", type=Path, help="database file (default: your data folder)")
    p.add_argument("--lang", choices=("nl", "en"), help="language")
    sub = p.add_subparsers(dest="command")
    demo = sub.add_parser("demo", help="write realistic demo data into a database")
    demo.add_argument("--db", type=Path, required=True, dest="db_sub")
    demo.add_argument("--contacts", type=int, default=1000)
    demo.add_argument("--seed", type=int, default=1)
    check = sub.add_parser("check", help="check a database and list problems to act on")
    check.add_argument("--db", type=Path, required=True, dest="db_sub")
    return p


def _progress_printer(label: str):
    def progress(done: int, total: int | None) -> None:
        if total:
            print(f"\r{label}: {done:,}/{total:,}", end="", file=sys.stderr, flush=True)

    return progress


def _open_locked(path: Path):
    """Opens a database for a command that writes, refusing when the window has it open."""
    from soosr_desk.services import database
    from soosr_desk.ui.lock import DatabaseLocked, InstanceLock

    lock = InstanceLock(path) if path.parent.exists() else None
    try:
        if lock is not None:
            lock.acquire()
    except DatabaseLocked as exc:
        who = f" (pid {exc.holder.pid}, {exc.holder.host})" if exc.holder else ""
        raise SystemExit(
            _tr("This database is open in SOOSR Desk{who}. Close it first.").format(who=who)
        ) from None
    try:
        db = database.open_desk(path)
    except database.DatabaseOpenError as exc:
        if lock is not None:
            lock.release()
        raise SystemExit(_tr(database.problem_message(exc.problem)).format(path=path)) from None
    return db, lock


def cmd_demo(args) -> int:
    from soosr_desk.services import database
    from soosr_desk.services.demo import generate_demo

    db, lock = _open_locked(args.db_sub)
    try:
        report = generate_demo(
            db,
            contacts=args.contacts,
            seed=args.seed,
            today=dt.date.today(),
            progress=_progress_printer("demo"),
        )
    finally:
        database.close_desk(db)
        if lock is not None:
            lock.release()
    print(file=sys.stderr)
    print(
        f"{report.contacts} contacts, {report.companies} companies, {report.notes} notes, "
        f"{report.consents} consents in {report.seconds:.1f} s"
    )
    return 0


def cmd_check(args) -> int:
    from soosr_desk.services import checks, database

    db, lock = _open_locked(args.db_sub)
    try:
        problems = checks.all_problems(dt.date.today())
    finally:
        database.close_desk(db)
        if lock is not None:
            lock.release()
    for p in problems:
        print(f"{p.area}\t{p.record}\t{p.render(_tr)}")
    if not problems:
        print(_tr("No problems found."))
    return 1 if problems else 0


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    _load_translator(args.lang or "nl")
    setup_logging()
    if args.command == "demo":
        return cmd_demo(args)
    if args.command == "check":
        return cmd_check(args)
    from soosr_desk.ui.app import run_gui

    return run_gui(args.db, args.lang)


def gui_main() -> int:
    return main()
