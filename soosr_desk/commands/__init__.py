"""Command-line commands, one module each, with `register(subparsers)` and `run(args)`.

Each module's `register` adds its sub-parser and sets `func=run` as default; `run`
returns the exit code. Messages come from services as N_ text, translated by `tr`."""

COMMANDS = (
    "demo",
    "check",
    "export",
    "mailing",
    "statement",
    "letters",
    "due",
    "erase",
    "backup",
    "imports",
    "calendar",
    "move",
)
