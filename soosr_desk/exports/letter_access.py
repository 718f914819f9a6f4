"""The answer to an access request (Art. 15 GDPR): a copy of everything held on the person
(details, notes, consents with their evidence, requests, invoices and payments, the flags
and their reasons), the activities that concern them, the recipients their data goes to by
name, transfers outside the EEA with the safeguard, the retention rule that really applies
to them, and their rights."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable

from .letter_facts import ActivityInfo, LetterFacts
from .letter_texts import (
    BASIS_LABELS,
    FIELD_LABELS,
    KIND_LABELS,
    STATUS_LABELS,
    VALUE_LABELS,
    field_value,
    label,
)
from .letter_writer import LetterWriter


def unique(values: Iterable[str]) -> list[str]:
    return list(dict.fromkeys(v for v in values if v))


def listed(values: list[str], sep: str = ", ") -> str:
    """Values for a sentence that ends in a full stop: "N.V." must not end in "N.V.."."""
    text = sep.join(values)
    return text[:-1] if text.endswith(".") else text


def amount(cents: int, lang: str) -> str:
    """€ 1.234,50 (nl) or €1,234.50 (en)."""
    text = f"{abs(cents) / 100:,.2f}"
    sign = "-" if cents < 0 else ""
    if lang == "nl":
        return f"{sign}€ {text.replace(',', 'x').replace('.', ',').replace('x', '.')}"
    return f"{sign}€{text}"


def answer_access(w: LetterWriter, f: LetterFacts) -> None:
    t, lang = w.t, w.lang
    w.p(t("acc_intro"))
    w.heading(t("h_details"))
    if f.contact_fields:
        rows = [
            [label(FIELD_LABELS, lang, code), field_value(code, value, lang)]
            for code, value in f.contact_fields
        ]
        w.table([t("col_field"), t("col_value")], rows, [55, 115])
    else:
        w.p(t("none_details"))
    w.heading(t("h_notes"))
    if f.notes:
        rows = [
            [
                f"{w.short(when)} {when:%H:%M}" if isinstance(when, dt.datetime) else w.short(when),
                text,
            ]
            for when, text in f.notes
        ]
        w.table([t("col_date"), t("col_note")], rows, [32, 138])
    else:
        w.p(t("none_notes"))
    w.heading(t("h_consents"))
    if f.consents:
        rows = [
            [purpose, w.short(given), w.short(gone) or t("not_withdrawn")]
            for purpose, given, gone in f.consents
        ]
        w.table([t("col_purpose"), t("col_given"), t("col_withdrawn")], rows, [90, 40, 40])
    else:
        w.p(t("none_consents"))
    if f.consent_evidence:
        w.subheading(t("h_consent_evidence"))
        w.table(
            [t("col_purpose"), t("col_evidence"), t("col_withdrawal_evidence")],
            [list(row) for row in f.consent_evidence],
            [50, 60, 60],
        )
    if f.financial:
        w.heading(t("h_financial"))
        rows = [
            [
                x.number,
                w.short(x.date),
                amount(x.amount_cents, lang),
                x.description,
                w.short(x.kept_until),
            ]
            for x in f.financial
        ]
        header = [
            t("col_number"),
            t("col_date"),
            t("col_amount"),
            t("col_description"),
            t("col_kept_until"),
        ]
        w.table(header, rows, [28, 25, 27, 60, 30])
        w.p(t("financial_kept"))
    flags(w, f)
    if f.requests:
        w.heading(t("h_requests"))
        rows = [
            [
                ref,
                label(KIND_LABELS, lang, kind),
                w.short(received),
                label(STATUS_LABELS, lang, status),
            ]
            for ref, kind, received, status in f.requests
        ]
        header = [t("col_reference"), t("col_kind"), t("col_received"), t("col_status")]
        w.table(header, rows, [35, 65, 30, 40])
    w.heading(t("h_activities"))
    if f.activities:
        w.p(t("activities"))
        for a in f.activities:
            activity(w, a)
    else:
        w.p(t("none_activities"))
    art15(w, f)
    if f.dutch_only and w.lang == "en":
        w.p(t("dutch_only", items="; ".join(unique(f.dutch_only))))


def flags(w: LetterWriter, f: LetterFacts) -> None:
    """Restriction, objection and legal hold, each with its reason as recorded."""
    t = w.t
    w.heading(t("h_flags"))
    lines = []
    if f.restricted:
        lines.append(
            t("flag_restricted_why", reason=f.restricted_reason)
            if f.restricted_reason
            else t("flag_restricted")
        )
    if f.objected:
        lines.append(
            t("flag_objected", date=w.date(f.objected_on))
            if f.objected_on
            else t("flag_objected_undated")
        )
    if f.legal_hold:
        lines.append(t("flag_hold", reason=f.legal_hold_reason or t("none_short")))
    for line in lines or [t("flag_none")]:
        w.p(line)


def activity(w: LetterWriter, a: ActivityInfo) -> None:
    t = w.t
    basis = label(BASIS_LABELS, w.lang, a.legal_basis)
    if a.legitimate_interest:
        basis = t("interest", basis=basis, interest=a.legitimate_interest)
    lines = [
        ("lbl_purpose", a.purpose),
        ("lbl_basis", basis),
        ("lbl_categories", ", ".join(a.data_categories)),
        ("lbl_retention", a.retention),
        ("lbl_recipients", ", ".join(a.recipients) or t("none_short")),
        ("lbl_source", a.source),
    ]
    w.block(a.name, [t(key, value=value) for key, value in lines if value])


def art15(w: LetterWriter, f: LetterFacts) -> None:
    t, acts = w.t, f.activities
    w.heading(t("h_art15"))
    w.subheading(t("h_purposes"))
    w.p(t("purposes") if acts else t("purposes_none"))
    w.subheading(t("h_categories"))
    cats = unique(c for a in acts for c in a.data_categories) or unique(
        label(FIELD_LABELS, w.lang, code) for code, _ in f.contact_fields
    )
    w.p(t("categories", categories=listed(cats) if cats else t("none_short")))
    recipients(w, f)
    w.subheading(t("h_retention"))
    retention(w, f)
    w.subheading(t("h_source"))
    labels = VALUE_LABELS[w.lang]["source"]
    sources = unique([labels.get(f.source, f.source), *(a.source for a in acts)])
    w.p(t("source", sources=listed(sources, "; ")) if sources else t("source_self"))
    w.subheading(t("h_automated"))
    w.p(t("automated_yes" if f.automated_decisions else "automated_none"))


def recipients(w: LetterWriter, f: LetterFacts) -> None:
    """Art. 15(1)(c) as CJEU C-154/21 reads it: the recipients by name; a category only
    where no party is recorded, and then said so. Art. 15(2): transfers outside the EEA."""
    t = w.t
    w.subheading(t("h_recipients"))
    countries = VALUE_LABELS[w.lang]["country"]
    if f.recipient_parties:
        w.p(t("recipients_named"))
        w.bullets(
            t("recipient_party", name=r.name, country=countries.get(r.country, r.country))
            for r in f.recipient_parties
        )
    if f.recipient_categories_unnamed:
        w.p(t("recipients_unnamed", categories=listed(f.recipient_categories_unnamed)))
    if not f.recipient_parties and not f.recipient_categories_unnamed:
        w.p(t("recipients_none"))
    w.subheading(t("h_transfers"))
    outside = f.transfers
    for r in outside:
        country = countries.get(r.country, r.country)
        if r.safeguard:
            w.p(t("transfer", name=r.name, country=country, safeguard=r.safeguard))
        else:
            w.p(t("transfer_none_recorded", name=r.name, country=country))
    if not outside:
        w.p(t("transfers_none"))


def retention(w: LetterWriter, f: LetterFacts) -> None:
    """The rule the due list applies to this person, named and described as the register
    (and so the statement) words it, then what it means for them: the date it counts
    from and the erasure date, or why there is no date yet."""
    name, description = f.retention_rule
    if name or description:
        w.p(f"{name.rstrip('.')}. {description}" if name and description else name or description)
    start, end = f.retention_date, f.erase_after
    if start and end:
        w.p(w.t("ret_dates", date=w.date(start), erase=w.date(end)))
    elif w.has(f"ret_{f.retention_code}"):
        w.p(w.t(f"ret_{f.retention_code}"))
    elif not (name or description):
        w.p(w.t("ret_no_date"))
    if any(a.retention for a in f.activities):
        w.p(w.t("retention"))


def rights(w: LetterWriter, f: LetterFacts) -> None:
    t = w.t
    w.heading(t("h_rights"))
    w.p(t("rights"))
    keys = ("rectification", "erasure", "restriction", "objection", "portability", "withdraw")
    w.bullets(t(f"right_{k}") for k in keys)
    c = f.controller
    w.p(t("complaint_right", authority=c.authority_name, url=c.authority_url))
