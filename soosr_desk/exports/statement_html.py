"""The privacy statement as one HTML page (used by statement.render_html).

Every run of text is escaped with `html.escape`, so markup typed in the register prints as
typed; a run marked as a web address becomes a link.
"""

from __future__ import annotations

import html

from .safe_text import clean_text
from .statement_model import Block, Line, StatementData
from .statement_texts import TEXTS, format_date

_CSS = """
body{font-family:Helvetica,Arial,sans-serif;line-height:1.5;color:#222;margin:0;padding:0 1rem}
main{max-width:46rem;margin:2rem auto}
h1{font-size:1.8rem;margin-bottom:.2rem}
h2{font-size:1.3rem;margin-top:2rem;border-bottom:1px solid #ccc;padding-bottom:.2rem}
h3{font-size:1.05rem;margin-bottom:.3rem}
.meta{color:#555;margin-top:0}
ul.facts{list-style:none;padding-left:0;margin-top:.3rem}
ul.facts li{margin:.15rem 0}
footer{color:#555;font-size:.85rem;margin-top:3rem;border-top:1px solid #ccc}
"""


def _h(text: str) -> str:
    return html.escape(clean_text(text), quote=True).replace("\n", "<br>\n")


def _html_line(line: Line) -> str:
    out = []
    for run in line:
        text = _h(run.text)
        if run.link:
            text = f'<a href="{html.escape(run.text, quote=True)}" rel="noopener">{text}</a>'
        out.append(f"<strong>{text}</strong>" if run.bold else text)
    return "".join(out)


def html_page(data: StatementData, blocks: list[Block]) -> str:
    """One self-contained HTML page (no scripts, no outside files) for the website."""
    t = TEXTS[data.language]
    c = data.controller
    meta = t["meta"].format(
        version=data.version, date=format_date(data.published_on, data.language)
    )
    parts = [
        "<!DOCTYPE html>",
        f'<html lang="{data.language}">',
        "<head>",
        '<meta charset="utf-8">',
        '<meta name="viewport" content="width=device-width, initial-scale=1">',
        f"<title>{_h(t['title'])} – {_h(c.name)}</title>",
        f"<style>{_CSS}</style>",
        "</head>",
        "<body>",
        "<main>",
        f"<h1>{_h(t['title'])}</h1>",
        f'<p class="meta">{_h(c.name)} · {_h(meta)}</p>',
    ]
    for block in blocks:
        if block.kind in ("h2", "h3", "p"):
            tag = block.kind
            parts.append(f"<{tag}>{_html_line(block.lines[0])}</{tag}>")
        else:
            tag = "ol" if block.kind == "ol" else "ul"
            cls = ' class="facts"' if block.kind == "facts" else ""
            items = "".join(f"<li>{_html_line(line)}</li>\n" for line in block.lines)
            parts.append(f"<{tag}{cls}>\n{items}</{tag}>")
    parts += [
        f"<footer><p>{_h(t['title'])} {_h(c.name)} · {_h(meta)}</p></footer>",
        "</main>",
        "</body>",
        "</html>",
        "",
    ]
    return "\n".join(parts)
