"""The privacy statement (privacyverklaring), Dutch and English, as HTML and PDF.

Built from plain data (`StatementData`, filled by services.statement from the register,
the controller and the retention rules), so the statement can never say something the
register does not. The chapters follow SOOSR's statement of 8 April 2019: who we are,
which data, purposes, legal bases, sharing with third parties, transfers outside the EEA,
security, retention, your rights, complaints, automated decision-making, changes
(Art. 13-14 GDPR list what it must tell).

Both renderers work from one list of blocks made of text runs; every run is user text or
app text and is escaped on the way out (`html.escape` for HTML, `to_para` for reportlab),
so `<script>`, `&` or `<font>` typed in the register prints as typed (RELIABILITY.md 0.5).

The wording is in statement_texts.py; the HTML page is laid out in statement_html.py and the
PDF in statement_pdf.py, both from the blocks made here.
"""

from __future__ import annotations

from .statement_html import html_page
from .statement_model import (
    LANGUAGES,
    ActivityInfo,
    Block,
    ControllerInfo,
    Line,
    RecipientCategoryInfo,
    RetentionRuleInfo,
    Run,
    StatementData,
    Transfer,
)
from .statement_texts import (
    COUNTRIES,
    LEGAL_BASIS_LABELS,
    MONTHS,
    TEXTS,
    country_name,
    format_date,
    legal_basis_label,
)

__all__ = [
    "BASIS_ORDER",
    "COUNTRIES",
    "LANGUAGES",
    "LEGAL_BASIS_LABELS",
    "MONTHS",
    "TEXTS",
    "ActivityInfo",
    "Block",
    "ControllerInfo",
    "Line",
    "RecipientCategoryInfo",
    "RetentionRuleInfo",
    "Run",
    "StatementData",
    "Transfer",
    "country_name",
    "format_date",
    "legal_basis_label",
    "render_html",
    "render_pdf",
]

BASIS_ORDER = ("legal_obligation", "contract", "legitimate_interest", "consent")


# --- helpers -----------------------------------------------------------------------------


def _unique(items) -> list[str]:
    seen: dict[str, None] = {}
    for item in items:
        if item.strip():
            seen.setdefault(item, None)
    return list(seen)


def _is_web_address(url: str) -> bool:
    return url.lower().startswith(("https://", "http://")) and not any(c.isspace() for c in url)


# --- the document as blocks ---------------------------------------------------------------


def _p(*runs: Run | str) -> Block:
    return Block("p", (tuple(r if isinstance(r, Run) else Run(r) for r in runs),))


def _h2(text: str) -> Block:
    return Block("h2", ((Run(text),),))


def _h3(text: str) -> Block:
    return Block("h3", ((Run(text),),))


def _list(kind: str, lines) -> Block:
    return Block(kind, tuple(tuple(line) for line in lines))


def _named(name: str, description: str) -> Line:
    return (Run(name, bold=True), Run(f" – {description}")) if description else (Run(name),)


def _contact(c: ControllerInfo) -> str:
    return c.email or ", ".join(_address_lines(c)) or c.name


def _address_lines(c: ControllerInfo) -> list[str]:
    lines = [c.street, c.address_extra, " ".join(x for x in (c.postcode, c.city) if x)]
    return [line for line in lines if line.strip()]


def _document(data: StatementData) -> list[Block]:
    t = TEXTS[data.language]
    c = data.controller
    acts = data.activities
    contact = _contact(c)
    blocks: list[Block] = []

    # who we are
    blocks += [
        _h2(t["who_h"]),
        _p(t["who_intro"].format(name=c.name)),
        _p(t["who_controller"].format(name=c.name)),
    ]
    facts = [(Run(t["label_name"] + ": ", bold=True), Run(c.name))]
    address = ", ".join(_address_lines(c))
    for label, value in (
        ("label_address", address),
        ("label_phone", c.phone),
        ("label_email", c.email),
        ("label_website", c.website),
        ("label_kvk", c.kvk_number),
        ("label_dpo", c.dpo),
    ):
        if value.strip():
            facts.append((Run(t[label] + ": ", bold=True), Run(value)))
    blocks.append(_list("facts", facts))

    if data.dutch_only:  # never silently Dutch: say which texts are
        blocks.append(_p(t["dutch_only"].format(items="; ".join(data.dutch_only))))

    # which data
    blocks.append(_h2(t["data_h"]))
    data_items = _unique(d for a in acts for d in a.data_categories)
    subjects = _unique(s for a in acts for s in a.subject_categories)
    if data_items:
        blocks += [_p(t["data_intro"]), _list("ul", [(Run(d),) for d in data_items])]
    else:
        blocks.append(_p(t["data_none"]))
    if subjects:
        blocks += [_p(t["subjects_intro"]), _list("ul", [(Run(s),) for s in subjects])]
    contract_data = _unique(
        d for a in acts if a.legal_basis == "contract" for d in a.data_categories
    )
    if contract_data:
        blocks.append(_p(t["data_contract"].format(items=", ".join(contract_data))))

    # purposes
    blocks += [_h2(t["purposes_h"]), _p(t["purposes_intro"])]
    for number, a in enumerate(acts, 1):
        blocks += [_h3(f"{number}. {a.name}"), _p(a.purpose)]
        basis = legal_basis_label(a.legal_basis, data.language)
        if a.consent_too and a.legal_basis != "consent":
            basis += "; " + t["consent_too"]
        facts = [(Run(t["label_basis"] + ": ", bold=True), Run(basis))]
        rows = [
            (
                "label_interest",
                a.legitimate_interest if a.legal_basis == "legitimate_interest" else "",
            ),
            ("label_data", ", ".join(a.data_categories)),
            ("label_subjects", ", ".join(a.subject_categories)),
            ("label_recipients", ", ".join(a.recipient_categories)),
            ("label_retention", a.retention),
            ("label_source", a.source),
            (
                "label_transfer",
                ", ".join(
                    _unique(
                        country_name(x.country, data.language)
                        if x.country.strip()
                        else t["unknown_country"]
                        for x in a.transfers
                    )
                ),
            ),
            ("label_joint", a.joint_controllers),
            (
                "label_automated",
                (a.automated_decisions_note or t["yes"]) if a.automated_decisions else "",
            ),
        ]
        facts += [(Run(t[k] + ": ", bold=True), Run(v)) for k, v in rows if v.strip()]
        blocks.append(_list("facts", facts))

    # legal bases
    blocks += [_h2(t["bases_h"]), _p(t["bases_intro"])]
    used = _unique([a.legal_basis for a in acts] + ["consent" for a in acts if a.consent_too])
    for code in sorted(used, key=lambda x: (BASIS_ORDER.index(x) if x in BASIS_ORDER else 9, x)):
        blocks.append(_h3(legal_basis_label(code, data.language)))
        if f"basis_{code}" in t:
            blocks.append(_p(t[f"basis_{code}"]))
        if code == "legitimate_interest":
            interests = _unique(a.legitimate_interest for a in acts if a.legal_basis == code)
            if interests:
                blocks += [_p(t["interests_intro"]), _list("ul", [(Run(i),) for i in interests])]
            blocks.append(_p(t["interest_objection"]))
        if code == "consent":
            blocks.append(_p(t["consent_withdraw"].format(contact=contact)))
        names = ", ".join(
            a.name for a in acts if a.legal_basis == code or (code == "consent" and a.consent_too)
        )
        blocks.append(_p(Run(t["applies_to"] + ": ", bold=True), Run(names)))

    # sharing with third parties
    blocks.append(_h2(t["sharing_h"]))
    if data.recipient_categories:
        blocks += [
            _p(t["sharing_intro"]),
            _list("ol", [_named(r.name, r.description) for r in data.recipient_categories]),
            _p(t["sharing_processors"]),
        ]
    else:
        blocks.append(_p(t["sharing_none"]))

    # transfers outside the EEA
    blocks.append(_h2(t["transfer_h"]))
    transfers = [(a, x) for a in acts for x in a.transfers]
    if not transfers:
        blocks.append(_p(t["transfer_none"]))
    else:
        lines = []
        for a, x in transfers:
            where = (
                country_name(x.country, data.language)
                if x.country.strip()
                else t["unknown_country"]
            )
            line = [Run(a.name, bold=True), Run(f": {where}. ")]
            # a missing safeguard only shows in a preview: publishing is refused then
            line.append(
                Run(
                    t["safeguard"] + ": " + x.safeguard
                    if x.safeguard.strip()
                    else t["safeguard_missing"]
                )
            )
            lines.append(line)
        blocks += [
            _p(t["transfer_intro"]),
            _list("ul", lines),
            _p(t["transfer_copy"].format(contact=contact)),
        ]

    # security
    blocks += [
        _h2(t["security_h"]),
        _p(t["security"]),
        _p(t["security_contact"].format(contact=contact)),
    ]

    # retention
    blocks += [_h2(t["retention_h"]), _p(t["retention_intro"])]
    if data.retention_rules:
        blocks += [
            _p(t["retention_rules"]),
            _list("ul", [_named(r.name, r.description) for r in data.retention_rules]),
        ]
    blocks.append(_p(t["retention_outro"]))

    # rights and complaints
    blocks += [
        _h2(t["rights_h"]),
        _p(t["rights_1"]),
        _p(t["rights_2"].format(contact=contact)),
        _p(t["rights_3"]),
    ]
    authority = c.authority_name or "Autoriteit Persoonsgegevens"
    blocks += [_h2(t["complaint_h"]), _p(t["complaint"].format(authority=authority))]
    if c.authority_url.strip():
        link = _is_web_address(c.authority_url.strip())
        blocks.append(_p(Run(t["complaint_link"] + " "), Run(c.authority_url.strip(), link=link)))

    # automated decision-making
    blocks.append(_h2(t["automated_h"]))
    automated = [a for a in acts if a.automated_decisions]
    if not automated:
        blocks.append(_p(t["automated_none"]))
    else:
        named = [
            (Run(a.name, bold=True),)
            + (
                (Run(": " + a.automated_decisions_note),)
                if a.automated_decisions_note.strip()
                else ()
            )
            for a in automated
        ]
        blocks += [
            _p(t["automated_intro"]),
            _list("ul", named),
            _p(t["automated_rights"].format(contact=contact)),
        ]

    # changes
    date_text = format_date(data.published_on, data.language)
    blocks += [_h2(t["changes_h"]), _p(t["changes"].format(date=date_text, version=data.version))]
    return blocks


# --- HTML and PDF --------------------------------------------------------------------------


def render_html(data: StatementData) -> str:
    """One self-contained HTML page (no scripts, no outside files) for the website."""
    return html_page(data, _document(data))


def render_pdf(data: StatementData) -> bytes:
    """The statement as an A4 PDF: title, controller, version and date, the chapters, and
    "page X of Y" on every page."""
    # reportlab (0.2 s) loads when a PDF is made, not with the dashboard's checks that
    # import this module (issue 20): deferring a library, not dodging an import loop
    from .statement_pdf import pdf_bytes

    return pdf_bytes(data, _document(data))
