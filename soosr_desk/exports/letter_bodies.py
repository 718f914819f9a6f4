"""The body of each kind of letter to a requester (used by letters.py).

`LetterBodies` is mixed into `letters._Letter`, which holds the facts (`f`, `lang`), the words
(`t`, `date`, `short`, `authority`) and the layout (`p`, `bullets`, `heading`, `subheading`,
`table`, the styles and `story`). Here: the request for proof of identity, the extension, the
refusal and the answer per request kind, with the Art. 15 information, the rights and the
Art. 19 notices. User text only enters the PDF through `para` and `table`.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from typing import TYPE_CHECKING

from reportlab.platypus import KeepTogether, Spacer

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
from .pdf_base import para

if TYPE_CHECKING:
    from .letters import ActivityInfo


def _unique(values: Iterable[str]) -> list[str]:
    return list(dict.fromkeys(v for v in values if v))


def _listed(values: list[str], sep: str = ", ") -> str:
    """Values for a sentence that ends in a full stop: "N.V." must not end in "N.V.."."""
    text = sep.join(values)
    return text[:-1] if text.endswith(".") else text


class LetterBodies:
    """The part of the letter that differs per letter kind and request kind."""

    def _id_request(self) -> None:
        f, c = self.f, self.f.controller
        self.p(self.t("id_why"))
        self.p(self.t("id_mask"))
        self.bullets(self.t(k) for k in ("id_photo", "id_mrz", "id_number", "id_bsn"))
        self.p(self.t("id_app", controller=c.name, reference=f.reference))
        self.p(self.t("id_no_copy"))
        if c.email:
            self.p(self.t("id_send_email", email=c.email, reference=f.reference))
        else:
            self.p(self.t("id_send_post", reference=f.reference))
        self.p(self.t("id_deadline", deadline=self.date(f.deadline)))

    def _extension(self) -> None:
        f = self.f
        self.p(self.t("ext_why"))
        self.story.append(para(f.extension_reason, self.quote))
        if f.original_deadline:
            original = self.date(f.original_deadline)
            self.p(self.t("ext_new", deadline=self.date(f.deadline), original=original))
        else:
            self.p(self.t("ext_new_only", deadline=self.date(f.deadline)))
        if f.original_deadline is None or f.today <= f.original_deadline:
            self.p(self.t("ext_in_time"))
        self.p(self.t("ext_complaint", **self.authority()))

    def _refusal(self) -> None:
        self.p(self.t("ref_why"))
        self.story.append(para(self.f.refusal_reason, self.quote))
        self.p(self.t("ref_complaint", **self.authority()))
        self.p(self.t("ref_court"))

    def _answer(self) -> None:
        f = self.f
        if f.outcome == "no_data":
            self.p(self.t("no_data"))
            if f.request_kind != "access":
                self.p(self.t("no_data_done"))
        else:
            getattr(self, f"_answer_{f.request_kind}")()
        if f.outcome_note:
            self.p(self.t("note", note=f.outcome_note))
        if f.request_kind == "access":
            self.rights()
        if f.notices:
            self.notices()

    # answers per request kind
    def _answer_access(self) -> None:
        f, t, lang = self.f, self.t, self.lang
        self.p(t("acc_intro"))
        self.heading(t("h_details"))
        if f.contact_fields:
            rows = [[label(FIELD_LABELS, lang, code), field_value(code, value, lang)]
                    for code, value in f.contact_fields]  # fmt: skip
            self.table([t("col_field"), t("col_value")], rows, [55, 115])
        else:
            self.p(t("none_details"))
        self.heading(t("h_notes"))
        if f.notes:
            rows = [[f"{self.short(when)} {when:%H:%M}" if isinstance(when, dt.datetime)
                     else self.short(when), text] for when, text in f.notes]  # fmt: skip
            self.table([t("col_date"), t("col_note")], rows, [32, 138])
        else:
            self.p(t("none_notes"))
        self.heading(t("h_consents"))
        if f.consents:
            rows = [[purpose, self.short(given), self.short(gone) or t("not_withdrawn")]
                    for purpose, given, gone in f.consents]  # fmt: skip
            self.table([t("col_purpose"), t("col_given"), t("col_withdrawn")], rows, [90, 40, 40])
        else:
            self.p(t("none_consents"))
        if f.requests:
            self.heading(t("h_requests"))
            rows = [[ref, label(KIND_LABELS, lang, kind), self.short(received),
                     label(STATUS_LABELS, lang, status)]
                    for ref, kind, received, status in f.requests]  # fmt: skip
            header = [t("col_reference"), t("col_kind"), t("col_received"), t("col_status")]
            self.table(header, rows, [35, 65, 30, 40])
        self.heading(t("h_activities"))
        if f.activities:
            self.p(t("activities"))
            for a in f.activities:
                self.activity(a)
        else:
            self.p(t("none_activities"))
        self.art15()

    def activity(self, a: ActivityInfo) -> None:
        t = self.t
        basis = label(BASIS_LABELS, self.lang, a.legal_basis)
        if a.legitimate_interest:
            basis = t("interest", basis=basis, interest=a.legitimate_interest)
        lines = [("lbl_purpose", a.purpose), ("lbl_basis", basis),
                 ("lbl_categories", ", ".join(a.data_categories)), ("lbl_retention", a.retention),
                 ("lbl_recipients", ", ".join(a.recipients) or t("none_short")),
                 ("lbl_source", a.source)]  # fmt: skip
        block = [para(a.name, self.sub)]
        block += [para(t(key, value=value), self.item) for key, value in lines if value]
        self.story += [KeepTogether(block), Spacer(1, 4)]

    def art15(self) -> None:
        f, t, acts = self.f, self.t, self.f.activities
        self.heading(t("h_art15"))
        self.subheading(t("h_purposes"))
        self.p(t("purposes") if acts else t("purposes_none"))
        self.subheading(t("h_categories"))
        cats = _unique(c for a in acts for c in a.data_categories) or _unique(
            label(FIELD_LABELS, self.lang, code) for code, _ in f.contact_fields
        )
        self.p(t("categories", categories=_listed(cats) if cats else t("none_short")))
        self.subheading(t("h_recipients"))
        kinds = _unique(r for a in acts for r in a.recipients)
        names = _unique(f.recipients)
        if kinds:
            self.p(t("recipient_categories", categories=_listed(kinds)))
        if names:
            self.p(t("recipient_names", names=_listed(names)))
        if not kinds and not names:
            self.p(t("recipients_none"))
        self.subheading(t("h_retention"))
        self.p(t("retention") if any(a.retention for a in acts) else t("retention_none"))
        self.subheading(t("h_source"))
        labels = VALUE_LABELS[self.lang]["source"]
        sources = _unique([labels.get(f.source, f.source), *(a.source for a in acts)])
        self.p(t("source", sources=_listed(sources, "; ")) if sources else t("source_self"))
        self.subheading(t("h_automated"))
        self.p(t("automated_yes" if f.automated_decisions else "automated_none"))

    def rights(self) -> None:
        t = self.t
        self.heading(t("h_rights"))
        self.p(t("rights"))
        keys = ("rectification", "erasure", "restriction", "objection", "portability",
                "withdraw")  # fmt: skip
        self.bullets(t(f"right_{k}") for k in keys)
        self.p(t("complaint_right", **self.authority()))

    def _answer_rectification(self) -> None:
        t, lang = self.t, self.lang
        if not self.f.changes:
            self.p(t("rect_none"))
            return
        self.p(t("rect_done"))
        empty = t("empty_value")
        rows = [[label(FIELD_LABELS, lang, code), field_value(code, before, lang) or empty,
                 field_value(code, after, lang) or empty]
                for code, before, after in self.f.changes]  # fmt: skip
        self.table([t("col_field"), t("col_before"), t("col_after")], rows, [50, 60, 60])

    def _answer_erasure(self) -> None:
        f, t = self.f, self.t
        self.p(t("er_done"))
        if f.removed:
            self.p(t("er_removed"))
            self.bullets(f.removed)
        if f.kept:
            self.p(t("er_kept"))
            rows = [[k.what, label(KEPT_WHY_LABELS, self.lang, k.why),
                     self.short(k.until) or t("until_open")] for k in f.kept]  # fmt: skip
            self.table([t("col_what"), t("col_why"), t("col_until")], rows, [55, 80, 35])
        else:
            self.p(t("er_nothing_kept"))
        if f.backups_roll_over_on:
            self.p(t("er_backups", date=self.date(f.backups_roll_over_on)))

    def _answer_restriction(self) -> None:
        if self.f.restricted:
            self.p(self.t("res_done"))
            self.p(self.t("res_lift"))
        else:
            self.p(self.t("res_not"))

    def _answer_objection(self) -> None:
        self.p(self.t("obj_done" if self.f.objected else "obj_not"))

    def _answer_portability(self) -> None:
        f, t = self.f, self.t
        self.p(t("port_done", file=f.attachment_name or t("port_file")))
        self.p(t("port_contains"))
        counts = (("port_fields", f.contact_fields), ("port_notes", f.notes),
                  ("port_consents", f.consents))  # fmt: skip
        self.bullets(t(key, count=str(len(items))) for key, items in counts)
        self.p(t("port_direct"))

    def _answer_withdrawal(self) -> None:
        t = self.t
        if not self.f.withdrawn:
            self.p(t("wd_none"))
            return
        self.p(t("wd_done"))
        rows = [[purpose, self.short(on)] for purpose, on in self.f.withdrawn]
        self.table([t("col_purpose"), t("col_withdrawn")], rows, [120, 50])
        self.p(t("wd_effect"))

    def notices(self) -> None:
        t = self.t
        self.heading(t("h_notices"))
        self.p(t("notices"))
        rows = []
        for n in self.f.notices:
            if n.told_on:
                told = self.short(n.told_on)
            elif n.impossible_reason:
                told = t("told_impossible", reason=n.impossible_reason)
            else:
                told = t("told_not_yet")
            rows.append([n.recipient, told])
        self.table([t("col_recipient"), t("col_told")], rows, [85, 85])
