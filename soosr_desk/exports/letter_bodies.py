"""The body of each kind of letter to a requester (used by letters.py).

Each function words the facts (`LetterFacts`) with a `LetterWriter` (texts, dates, layout)
in the letter's language: the request for proof of identity, the extension, the refusal and
the answer per request kind, with the Art. 15 information, the rights and the Art. 19
notices. User text only enters the PDF through the writer's `p`, `quote` and `table`.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterable

from .letter_facts import ActivityInfo, LetterFacts
from .letter_texts import (
    BASIS_LABELS,
    FIELD_LABELS,
    KEPT_WHY_LABELS,
    KIND_LABELS,
    STATUS_LABELS,
    VALUE_LABELS,
    field_value,
    label,
)
from .letter_writer import LetterWriter


def _unique(values: Iterable[str]) -> list[str]:
    return list(dict.fromkeys(v for v in values if v))


def _listed(values: list[str], sep: str = ", ") -> str:
    """Values for a sentence that ends in a full stop: "N.V." must not end in "N.V.."."""
    text = sep.join(values)
    return text[:-1] if text.endswith(".") else text


def authority(f: LetterFacts) -> dict[str, str]:
    """The supervisory authority's name and address for the complaint sentences."""
    c = f.controller
    return {"authority": c.authority_name, "url": c.authority_url}


def id_request(w: LetterWriter, f: LetterFacts) -> None:
    c = f.controller
    w.p(w.t("id_why"))
    w.p(w.t("id_mask"))
    w.bullets(w.t(k) for k in ("id_photo", "id_mrz", "id_number", "id_bsn"))
    w.p(w.t("id_app", controller=c.name, reference=f.reference))
    w.p(w.t("id_no_copy"))
    if c.email:
        w.p(w.t("id_send_email", email=c.email, reference=f.reference))
    else:
        w.p(w.t("id_send_post", reference=f.reference))
    w.p(w.t("id_deadline", deadline=w.date(f.deadline)))

def extension(w: LetterWriter, f: LetterFacts) -> None:
    w.p(w.t("ext_why"))
    w.quote(f.extension_reason)
    if f.original_deadline:
        original = w.date(f.original_deadline)
        w.p(w.t("ext_new", deadline=w.date(f.deadline), original=original))
    else:
        w.p(w.t("ext_new_only", deadline=w.date(f.deadline)))
    if f.original_deadline is None or f.today <= f.original_deadline:
        w.p(w.t("ext_in_time"))
    w.p(w.t("ext_complaint", **authority(f)))

def refusal(w: LetterWriter, f: LetterFacts) -> None:
    w.p(w.t("ref_why"))
    w.quote(f.refusal_reason)
    w.p(w.t("ref_complaint", **authority(f)))
    w.p(w.t("ref_court"))

def answer(w: LetterWriter, f: LetterFacts) -> None:
    if f.outcome == "no_data":
        w.p(w.t("no_data"))
        if f.request_kind != "access":
            w.p(w.t("no_data_done"))
    else:
        _ANSWERS[f.request_kind](w, f)
    if f.outcome_note:
        w.p(w.t("note", note=f.outcome_note))
    if f.request_kind == "access":
        rights(w, f)
    if f.notices:
        notices(w, f)

# answers per request kind
def answer_access(w: LetterWriter, f: LetterFacts) -> None:
    t, lang = w.t, w.lang
    w.p(t("acc_intro"))
    w.heading(t("h_details"))
    if f.contact_fields:
        rows = [[label(FIELD_LABELS, lang, code), field_value(code, value, lang)]
                for code, value in f.contact_fields]  # fmt: skip
        w.table([t("col_field"), t("col_value")], rows, [55, 115])
    else:
        w.p(t("none_details"))
    w.heading(t("h_notes"))
    if f.notes:
        rows = [[f"{w.short(when)} {when:%H:%M}" if isinstance(when, dt.datetime)
                 else w.short(when), text] for when, text in f.notes]  # fmt: skip
        w.table([t("col_date"), t("col_note")], rows, [32, 138])
    else:
        w.p(t("none_notes"))
    w.heading(t("h_consents"))
    if f.consents:
        rows = [[purpose, w.short(given), w.short(gone) or t("not_withdrawn")]
                for purpose, given, gone in f.consents]  # fmt: skip
        w.table([t("col_purpose"), t("col_given"), t("col_withdrawn")], rows, [90, 40, 40])
    else:
        w.p(t("none_consents"))
    if f.requests:
        w.heading(t("h_requests"))
        rows = [[ref, label(KIND_LABELS, lang, kind), w.short(received),
                 label(STATUS_LABELS, lang, status)]
                for ref, kind, received, status in f.requests]  # fmt: skip
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

def activity(w: LetterWriter, a: ActivityInfo) -> None:
    t = w.t
    basis = label(BASIS_LABELS, w.lang, a.legal_basis)
    if a.legitimate_interest:
        basis = t("interest", basis=basis, interest=a.legitimate_interest)
    lines = [("lbl_purpose", a.purpose), ("lbl_basis", basis),
             ("lbl_categories", ", ".join(a.data_categories)), ("lbl_retention", a.retention),
             ("lbl_recipients", ", ".join(a.recipients) or t("none_short")),
             ("lbl_source", a.source)]  # fmt: skip
    w.block(a.name, [t(key, value=value) for key, value in lines if value])

def art15(w: LetterWriter, f: LetterFacts) -> None:
    t, acts = w.t, f.activities
    w.heading(t("h_art15"))
    w.subheading(t("h_purposes"))
    w.p(t("purposes") if acts else t("purposes_none"))
    w.subheading(t("h_categories"))
    cats = _unique(c for a in acts for c in a.data_categories) or _unique(
        label(FIELD_LABELS, w.lang, code) for code, _ in f.contact_fields
    )
    w.p(t("categories", categories=_listed(cats) if cats else t("none_short")))
    w.subheading(t("h_recipients"))
    kinds = _unique(r for a in acts for r in a.recipients)
    names = _unique(f.recipients)
    if kinds:
        w.p(t("recipient_categories", categories=_listed(kinds)))
    if names:
        w.p(t("recipient_names", names=_listed(names)))
    if not kinds and not names:
        w.p(t("recipients_none"))
    w.subheading(t("h_retention"))
    w.p(t("retention") if any(a.retention for a in acts) else t("retention_none"))
    w.subheading(t("h_source"))
    labels = VALUE_LABELS[w.lang]["source"]
    sources = _unique([labels.get(f.source, f.source), *(a.source for a in acts)])
    w.p(t("source", sources=_listed(sources, "; ")) if sources else t("source_self"))
    w.subheading(t("h_automated"))
    w.p(t("automated_yes" if f.automated_decisions else "automated_none"))

def rights(w: LetterWriter, f: LetterFacts) -> None:
    t = w.t
    w.heading(t("h_rights"))
    w.p(t("rights"))
    keys = ("rectification", "erasure", "restriction", "objection", "portability",
            "withdraw")  # fmt: skip
    w.bullets(t(f"right_{k}") for k in keys)
    w.p(t("complaint_right", **authority(f)))

def answer_rectification(w: LetterWriter, f: LetterFacts) -> None:
    t, lang = w.t, w.lang
    if not f.changes:
        w.p(t("rect_none"))
        return
    w.p(t("rect_done"))
    empty = t("empty_value")
    rows = [[label(FIELD_LABELS, lang, code), field_value(code, before, lang) or empty,
             field_value(code, after, lang) or empty]
            for code, before, after in f.changes]  # fmt: skip
    w.table([t("col_field"), t("col_before"), t("col_after")], rows, [50, 60, 60])

def answer_erasure(w: LetterWriter, f: LetterFacts) -> None:
    t = w.t
    w.p(t("er_done"))
    if f.removed:
        w.p(t("er_removed"))
        w.bullets(f.removed)
    if f.kept:
        w.p(t("er_kept"))
        rows = [[k.what, label(KEPT_WHY_LABELS, w.lang, k.why),
                 w.short(k.until) or t("until_open")] for k in f.kept]  # fmt: skip
        w.table([t("col_what"), t("col_why"), t("col_until")], rows, [55, 80, 35])
    else:
        w.p(t("er_nothing_kept"))
    if f.backups_roll_over_on:
        w.p(t("er_backups", date=w.date(f.backups_roll_over_on)))

def answer_restriction(w: LetterWriter, f: LetterFacts) -> None:
    if f.restricted:
        w.p(w.t("res_done"))
        w.p(w.t("res_lift"))
    else:
        w.p(w.t("res_not"))

def answer_objection(w: LetterWriter, f: LetterFacts) -> None:
    w.p(w.t("obj_done" if f.objected else "obj_not"))

def answer_portability(w: LetterWriter, f: LetterFacts) -> None:
    t = w.t
    w.p(t("port_done", file=f.attachment_name or t("port_file")))
    w.p(t("port_contains"))
    counts = (("port_fields", f.contact_fields), ("port_notes", f.notes),
              ("port_consents", f.consents))  # fmt: skip
    w.bullets(t(key, count=str(len(items))) for key, items in counts)
    w.p(t("port_direct"))

def answer_withdrawal(w: LetterWriter, f: LetterFacts) -> None:
    t = w.t
    if not f.withdrawn:
        w.p(t("wd_none"))
        return
    w.p(t("wd_done"))
    rows = [[purpose, w.short(on)] for purpose, on in f.withdrawn]
    w.table([t("col_purpose"), t("col_withdrawn")], rows, [120, 50])
    w.p(t("wd_effect"))

def notices(w: LetterWriter, f: LetterFacts) -> None:
    t = w.t
    w.heading(t("h_notices"))
    w.p(t("notices"))
    rows = []
    for n in f.notices:
        if n.told_on:
            told = w.short(n.told_on)
        elif n.impossible_reason:
            told = t("told_impossible", reason=n.impossible_reason)
        else:
            told = t("told_not_yet")
        rows.append([n.recipient, told])
    w.table([t("col_recipient"), t("col_told")], rows, [85, 85])


Body = Callable[[LetterWriter, LetterFacts], None]
_ANSWERS: dict[str, Body] = {
    "access": answer_access, "rectification": answer_rectification,
    "erasure": answer_erasure, "restriction": answer_restriction,
    "objection": answer_objection, "portability": answer_portability,
    "withdrawal": answer_withdrawal,
}  # fmt: skip
BODIES: dict[str, Body] = {
    "answer": answer, "extension": extension, "id_request": id_request, "refusal": refusal,
}  # fmt: skip
