"""soosr-desk statement --db PATH --out DIR [--publish]: the privacy statement, Dutch and
English, as HTML (for the website) and PDF, from the latest published version; with
--publish a new version is published from the register first."""

from __future__ import annotations

import datetime as dt
import sys
from pathlib import Path

from soosr_desk.commands.common import (
    CommandError,
    add_db_argument,
    add_force_argument,
    checked_file,
    checked_folder,
    open_locked,
    tr,
)


def register(sub) -> None:
    p = sub.add_parser(
        "statement", help="write the privacy statement (Dutch and English) as HTML and PDF"
    )
    add_db_argument(p)
    p.add_argument(
        "--out",
        type=Path,
        required=True,
        help="the folder to write the files into (made when missing)",
    )
    add_force_argument(p)
    p.add_argument(
        "--publish",
        action="store_true",
        help="first publish a new version of the statement from the register",
    )
    p.set_defaults(func=run)


def run(args) -> int:
    from soosr_desk.services import statement
    from soosr_desk.services.errors import ServiceError

    out = args.out
    with open_locked(args.db_path):
        checked_folder(out, args)
        if args.publish:
            try:
                version, _rows = statement.publish(dt.date.today())
            except ServiceError as exc:  # e.g. a transfer without a safeguard
                raise CommandError(exc.render(tr)) from None
        else:
            latest = statement.latest_published()
            if latest is None:
                raise CommandError(
                    tr("No privacy statement has been published yet: run again with --publish.")
                )
            version = latest.version
            if statement.changed_since_published():
                print(
                    tr(
                        "The register changed after version {version} was published: "
                        "run with --publish to publish a new version."
                    ).format(version=version),
                    file=sys.stderr,
                )
        for language in statement.LANGUAGES:
            for name in statement.file_names(version, language):
                checked_file(out / name, args)
        paths = statement.write_files(version, out)
    for path in paths:
        print(path)
    return 0
