"""The privacy statement produced from the register (Art. 12-14 GDPR): preview, publish as
a numbered, dated version (Dutch and English, HTML and PDF, kept in the database), and
tell when the register changed after the last published version.

The statement says what the register, the controller's details and the retention rules
say, nothing else: `statement_data` collects exactly that, and `register_fingerprint` is a
hash over it, stored with each version. A change to anything the statement shows changes
the fingerprint; a change it does not show (an activity's owner or review date) does not.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import hashlib
import json
from dataclasses import dataclass
from pathlib import Path

from peewee import fn

from soosr_desk.exports.safe_text import atomic_write
from soosr_desk.exports.statement import (
    LANGUAGES,
    ActivityInfo,
    ControllerInfo,
    RecipientCategoryInfo,
    RetentionRuleInfo,
    StatementData,
    Transfer,
    render_html,
    render_pdf,
)
from soosr_desk.rules.i18n import N_
from soosr_desk.rules.problem import Problem
from soosr_desk.services import audit, transfers
from soosr_desk.services.errors import NotAllowed, NotFound
from soosr_desk.services.register_links import categories_by_activity, register_text
from soosr_desk.services.settings import get_controller
from soosr_desk.store import models, session

# the columns that describe a version (not its html and pdf)
_META = (
    models.StatementVersion.version,
    models.StatementVersion.language,
    models.StatementVersion.published_on,
    models.StatementVersion.register_fingerprint,
)


@dataclass(frozen=True)
class PublishedStatement:
    """A published version (both languages share number, date and fingerprint)."""

    version: int
    published_on: dt.date
    register_fingerprint: str
    languages: tuple[str, ...]


# the activity texts that have an English field, as the statement dialog names them
ENGLISH_FIELDS = ("name", "purpose", "legitimate_interest", "source", "retention_note")


def english_missing() -> list[tuple[str, str]]:
    """(activity name, field) of each activity text written in Dutch with no English
    version: the English statement gives it in Dutch, saying so; the dialog warns before
    publishing (it does not refuse: a Dutch text is better than none)."""
    a = models.ProcessingActivity
    return [
        (act.name, f)
        for act in a.select().order_by(a.sort_order, a.id)
        for f in ENGLISH_FIELDS
        if (f != "legitimate_interest" or act.legal_basis == "legitimate_interest")
        and (getattr(act, f) or "").strip()
        and not (getattr(act, f"{f}_en") or "").strip()
    ]


def _check_language(language: str) -> None:
    if language not in LANGUAGES:
        raise ValueError(f"unknown language {language!r}")


def _linked(link, category) -> dict[int, list]:
    """Every activity's categories of one link table, in the categories' order."""
    return categories_by_activity(link, category, (category.sort_order, category.id))


def _names(rows, language: str, dutch_only: list[str]) -> tuple[str, ...]:
    return tuple(register_text(r, "name", language, dutch_only) for r in rows)


def _transfers(a: models.ProcessingActivity, found: list[tuple[str, str]]) -> tuple[Transfer, ...]:
    """Where the activity's data leaves the EEA, one line per country (`found`, from
    transfers.by_country_of): the safeguards of the recipients there (a recipient without one
    falls back to the activity's safeguard; none at all leaves it empty, which blocks
    publishing); and the activity's own transfer flag when no such recipient is recorded."""
    out = [Transfer(country, safeguard) for country, safeguard in found]
    if a.third_country_transfer and not out:
        out.append(Transfer("", a.transfer_safeguard.strip()))
    return tuple(out)


def _next_version() -> int:
    return (
        models.StatementVersion.select(fn.MAX(models.StatementVersion.version)).scalar() or 0
    ) + 1


def statement_data(language: str, today: dt.date, *, version: int | None = None) -> StatementData:
    """Everything the statement in `language` says, read from the database; dated `today`
    and numbered `version` (by default the next version to publish)."""
    _check_language(language)
    c = get_controller()
    controller = ControllerInfo(**dataclasses.asdict(c))
    activities = []
    dutch_only: list[str] = []
    Activity, rr = models.ProcessingActivity, models.RetentionRule
    acts = list(Activity.select().order_by(Activity.sort_order, Activity.id))
    all_rules = list(rr.select().order_by(rr.sort_order, rr.id))
    rule_of = {r.id: r for r in all_rules}
    data = _linked(models.ActivityDataCategory, models.PersonalDataCategory)
    subjects = _linked(models.ActivitySubjectCategory, models.DataSubjectCategory)
    recipients_of = _linked(models.ActivityRecipientCategory, models.RecipientCategory)
    found = transfers.by_country_of(acts)
    for a in acts:
        rule = rule_of.get(a.retention_rule_id) if a.retention_rule_id is not None else None
        retention = register_text(rule, "name", language, dutch_only) if rule else ""
        note = register_text(a, "retention_note", language, dutch_only).strip()
        if note:
            retention = f"{retention} ({note})" if retention else note
        activities.append(
            ActivityInfo(
                name=register_text(a, "name", language, dutch_only),
                purpose=register_text(a, "purpose", language, dutch_only),
                legal_basis=a.legal_basis,
                legitimate_interest=register_text(a, "legitimate_interest", language, dutch_only)
                if a.legal_basis == "legitimate_interest"
                else "",
                source=register_text(a, "source", language, dutch_only),
                data_categories=_names(data.get(a.id, ()), language, dutch_only),
                subject_categories=_names(subjects.get(a.id, ()), language, dutch_only),
                recipient_categories=_names(recipients_of.get(a.id, ()), language, dutch_only),
                transfers=_transfers(a, found[a.id]),
                retention=retention,
                automated_decisions=a.automated_decisions,
                automated_decisions_note=a.automated_decisions_note,
                consent_too=a.consent_too,
                joint_controllers=a.joint_controllers.strip(),
            )
        )
    # the recipient categories an activity names, in their order (sort_order, id)
    used = {r.id: r for rows in recipients_of.values() for r in rows}
    recipients = tuple(
        RecipientCategoryInfo(
            register_text(r, "name", language, dutch_only),
            register_text(r, "description", language, dutch_only),
        )
        for r in sorted(used.values(), key=lambda r: (r.sort_order, r.id))
    )
    # every rule, not only those an activity names: the due list applies them all (Art. 13(2)(a))
    rules = tuple(
        RetentionRuleInfo(
            register_text(r, "name", language, dutch_only),
            register_text(r, "description", language, dutch_only),
        )
        for r in all_rules
    )
    return StatementData(
        language=language,
        version=_next_version() if version is None else version,
        published_on=today,
        controller=controller,
        activities=tuple(activities),
        recipient_categories=recipients,
        retention_rules=rules,
        dutch_only=tuple(dutch_only),
    )


def register_fingerprint() -> str:
    """sha256 over a canonical JSON of what the statements (both languages) are built
    from; the version number and date are left out, so only a change of content counts."""
    content = {}
    for language in LANGUAGES:
        data = dataclasses.asdict(statement_data(language, dt.date(2000, 1, 1), version=0))
        del data["version"], data["published_on"]
        content[language] = data
    canonical = json.dumps(content, sort_keys=True, ensure_ascii=False, separators=(",", ":"))
    return hashlib.sha256(canonical.encode("utf-8")).hexdigest()


def preview(language: str, today: dt.date) -> tuple[str, bytes]:
    """The statement as it would be published now: (html, pdf), nothing stored."""
    data = statement_data(language, today)
    return render_html(data), render_pdf(data)


def publish(today: dt.date) -> tuple[int, list[models.StatementVersion]]:
    """Stores the next version of the statement, Dutch and English, with today's date and
    the register's fingerprint; earlier versions are kept unchanged. Refused (NotAllowed,
    naming the recipient) while a transfer outside the EEA has no safeguard: a statement
    must not promise what the records do not hold (Art. 13(1)(f), 44-46)."""
    sv = models.StatementVersion
    with session.transaction():
        missing = transfers.missing_safeguards()
        if missing:
            name, country = missing[0]
            raise NotAllowed(
                N_(
                    "The privacy statement cannot be published: {party} receives personal data "
                    "outside the EEA ({country}) without a recorded safeguard (Art. 44-46). "
                    "Record the safeguard first."
                ),
                party=name,
                country=country or "?",
            )
        version = _next_version()
        fingerprint = register_fingerprint()
        rows = []
        for language in LANGUAGES:
            data = statement_data(language, today, version=version)
            rows.append(
                sv.create(
                    version=version,
                    language=language,
                    published_on=today,
                    register_fingerprint=fingerprint,
                    html=render_html(data),
                    pdf=render_pdf(data),
                )
            )
        audit.record("publish", "statement", version)
    return version, rows


def versions() -> list[PublishedStatement]:
    """Every published version, newest first."""
    sv = models.StatementVersion
    found: dict[int, PublishedStatement] = {}
    rows = sv.select(*_META).order_by(sv.version.desc())
    for row in sorted(rows, key=lambda r: (-r.version, _lang_order(r.language))):
        seen = found.get(row.version)
        languages = (seen.languages if seen else ()) + (row.language,)
        found[row.version] = PublishedStatement(
            row.version, row.published_on, row.register_fingerprint, languages
        )
    return list(found.values())


def latest_published() -> PublishedStatement | None:
    """The newest published version, or None when none was published yet."""
    sv = models.StatementVersion
    newest = sv.select(fn.MAX(sv.version)).scalar()
    if newest is None:
        return None
    rows = sorted(
        sv.select(*_META).where(sv.version == newest), key=lambda r: _lang_order(r.language)
    )
    first = rows[0]
    return PublishedStatement(
        first.version,
        first.published_on,
        first.register_fingerprint,
        tuple(r.language for r in rows),
    )


def _lang_order(language: str) -> int:
    return LANGUAGES.index(language) if language in LANGUAGES else len(LANGUAGES)


def get_version(version: int, language: str) -> models.StatementVersion:
    sv = models.StatementVersion
    row = sv.get_or_none((sv.version == version) & (sv.language == language))
    if row is None:
        raise NotFound(N_("Privacy statement version {version} does not exist."), version=version)
    return row


def changed_since_published() -> bool:
    """True when the statement would now say something else than the latest published
    version, and when nothing was ever published."""
    latest = latest_published()
    return latest is None or latest.register_fingerprint != register_fingerprint()


def statement_problems(today: dt.date) -> list[Problem]:
    """For the dashboard and `soosr-desk check`: publish the statement when the register
    changed after the last published version, or when none was published yet."""
    latest = latest_published()
    if latest is None:
        return [
            Problem(
                "statement_missing",
                N_("No privacy statement has been published from the register yet."),
                area="register",
            )
        ]
    if latest.register_fingerprint != register_fingerprint():
        return [
            Problem(
                "statement_outdated",
                N_(
                    "The register changed after privacy statement version {version} was "
                    "published ({date}); publish a new version."
                ),
                {"version": latest.version, "date": latest.published_on},
                area="register",
            )
        ]
    return []


def file_names(version: int, language: str) -> tuple[str, str]:
    """The HTML and PDF file names of a version."""
    stem = f"privacy-statement-v{version}-{language}"
    return f"{stem}.html", f"{stem}.pdf"


def write_files(version: int, out_dir: Path) -> list[Path]:
    """Writes the kept HTML and PDF of `version`, Dutch and English, into `out_dir` (each
    file whole or not at all); returns the paths written."""
    out_dir = Path(out_dir)
    rows = [get_version(version, language) for language in LANGUAGES]
    written = []
    for row in rows:
        html_name, pdf_name = file_names(version, row.language)
        html_bytes = row.html.encode("utf-8")
        written.append(_write(out_dir / html_name, html_bytes))
        if row.pdf is not None:
            written.append(_write(out_dir / pdf_name, bytes(row.pdf)))
    return written


def _write(path: Path, content: bytes) -> Path:
    atomic_write(path, lambda tmp: tmp.write_bytes(content))
    return path
