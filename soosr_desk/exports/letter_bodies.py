"""The body of each kind of letter to a requester (used by letters.py).

Each function words the facts (`LetterFacts`) with a `LetterWriter` (texts, dates, layout)
in the letter's language: the request for proof of identity, the extension, the refusal and
the answer per request kind, with the Art. 15 information, the rights and the Art. 19
notices. User text only enters the PDF through the writer's `p`, `quote` and `table`.
"""

from __future__ import annotations

from collections.abc import Callable

from soosr_desk.rules.request_outcomes import NEGATIVE, Outcome

from .letter_access import answer_access, rights
from .letter_facts import LetterFacts
from .letter_texts import FIELD_LABELS, KEPT_WHY_LABELS, field_value, label
from .letter_writer import LetterWriter


def authority(f: LetterFacts) -> dict[str, str]:
    """The supervisory authority's name and address for the complaint sentences."""
    c = f.controller
    return {"authority": c.authority_name, "url": c.authority_url}


def id_request(w: LetterWriter, f: LetterFacts) -> None:
    c = f.controller
    w.p(w.t("id_why"))
    if f.id_doubt_reason:
        w.p(w.t("id_doubt"))
        w.quote(f.id_doubt_reason)
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


def refusal(w: LetterWriter, f: LetterFacts) -> None:  # Art. 12(5)
    w.p(w.t("ref_why"))
    w.quote(f.refusal_reason)
    w.p(w.t("ref_complaint", **authority(f)))
    w.p(w.t("ref_court"))


def negative_route(w: LetterWriter, f: LetterFacts) -> None:
    """After a negative or partial outcome: the complaint and the court (Art. 77, 79 GDPR;
    Art. 35 UAVG: a petition to the district court within six weeks)."""
    w.p(w.t("ref_complaint", **authority(f)))
    w.p(w.t("ref_court"))


def reasons(w: LetterWriter, text: str, key: str = "reasons") -> None:
    w.p(w.t(key))
    w.quote(text)


def answer(w: LetterWriter, f: LetterFacts) -> None:
    if f.outcome == Outcome.NO_DATA:
        w.p(w.t("no_data"))
        if f.request_kind != "access":
            w.p(w.t("no_data_done"))
    else:
        _ANSWERS[f.request_kind](w, f)
    if f.outcome_note:
        w.p(w.t("note", note=f.outcome_note))
    if f.request_kind == "access":
        rights(w, f)
    if f.outcome in (Outcome.RECTIFIED, Outcome.ERASED, Outcome.RESTRICTED):
        notices(w, f)
    if f.outcome in NEGATIVE:
        negative_route(w, f)


def answer_rectification(w: LetterWriter, f: LetterFacts) -> None:
    t, lang = w.t, w.lang
    if f.outcome == Outcome.NOT_NEEDED:
        w.p(t("rect_not_needed"))
        reasons(w, f.outcome_reason)
        return
    w.p(t("rect_done"))
    empty = t("empty_value")
    rows = [
        [
            label(FIELD_LABELS, lang, code),
            field_value(code, before, lang) or empty,
            field_value(code, after, lang) or empty,
        ]
        for code, before, after in f.changes
    ]
    w.table([t("col_field"), t("col_before"), t("col_after")], rows, [50, 60, 60])


def answer_erasure(w: LetterWriter, f: LetterFacts) -> None:
    t = w.t
    if f.outcome == Outcome.ERASURE_REFUSED:
        ground = "legal_claims" if f.erasure_ground == "legal_claims" else "legal_obligation"
        w.p(t(f"er_refused_{ground}"))
        reasons(w, f.outcome_reason)
        if f.legal_hold and f.legal_hold_reason:
            w.p(t("er_refused_hold", reason=f.legal_hold_reason))
        w.p(t("er_refused_again"))
        return
    w.p(t("er_done"))
    if f.removed:
        w.p(t("er_removed"))
        w.bullets(f.removed)
    if f.kept:
        w.p(t("er_kept"))
        rows = [
            [k.what, label(KEPT_WHY_LABELS, w.lang, k.why), w.short(k.until) or t("until_open")]
            for k in f.kept
        ]
        w.table([t("col_what"), t("col_why"), t("col_until")], rows, [50, 85, 35])
    else:
        w.p(t("er_nothing_kept"))
    if f.kept_proof:
        w.p(t("er_proof"))
    if f.backups_roll_over_on:
        w.p(t("er_backups", date=w.date(f.backups_roll_over_on)))


def answer_restriction(w: LetterWriter, f: LetterFacts) -> None:
    if f.outcome == Outcome.NOT_RESTRICTED:
        w.p(w.t("res_not_applied"))
        reasons(w, f.outcome_reason)
        return
    w.p(w.t("res_done"))
    w.p(w.t("res_lift"))


def answer_objection(w: LetterWriter, f: LetterFacts) -> None:
    """The absolute objection to direct marketing (Art. 21(2)-(3)) or the decided
    objection to one activity (Art. 21(1)): upheld, or denied with compelling grounds."""
    if f.outcome == Outcome.OBJECTION_UPHELD:
        w.p(w.t("obj_upheld", activity=f.objection_activity))
        if f.outcome_reason:
            reasons(w, f.outcome_reason, "explanation")
    elif f.outcome == Outcome.OBJECTION_DENIED:
        w.p(w.t("obj_denied", activity=f.objection_activity))
        w.quote(f.outcome_reason)
    else:
        w.p(w.t("obj_done"))


def answer_portability(w: LetterWriter, f: LetterFacts) -> None:
    t = w.t
    w.p(t("port_done", file=f.attachment_name or t("port_file")))
    w.p(t("port_contains"))
    counts = (
        ("port_fields", f.contact_fields),
        ("port_notes", f.notes),
        ("port_consents", f.consents),
    )
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
    w.p(t("wd_opt_out"))


def notices(w: LetterWriter, f: LetterFacts) -> None:
    """Art. 19, only after a change: per recipient the data went to, told on a date, will
    be told, or why that is impossible; the requester may ask for the list."""
    t = w.t
    if not f.notices:
        w.heading(t("h_art19_none"))
        w.p(t("notices_none"))
        return
    w.heading(t("h_notices"))
    w.p(t("notices_intro"))
    rows = []
    for n in f.notices:
        if n.told_on:
            told = t("told_on", date=w.short(n.told_on))
        elif n.impossible_reason:
            told = t("told_impossible", reason=n.impossible_reason)
        else:
            told = t("told_will")
        rows.append([n.recipient, told])
    w.table([t("col_recipient"), t("col_told")], rows, [85, 85])
    w.p(t("notices_ask"))


Body = Callable[[LetterWriter, LetterFacts], None]
_ANSWERS: dict[str, Body] = {
    "access": answer_access,
    "rectification": answer_rectification,
    "erasure": answer_erasure,
    "restriction": answer_restriction,
    "objection": answer_objection,
    "portability": answer_portability,
    "withdrawal": answer_withdrawal,
}
BODIES: dict[str, Body] = {
    "answer": answer,
    "extension": extension,
    "id_request": id_request,
    "refusal": refusal,
}
