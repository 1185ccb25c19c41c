"""render_html: a record as a clean, standalone, semantic HTML5 page.

The page is the HTML twin of :func:`foimodel.render_text`: the labelled facts in
a ``<dl>``, the letter's paragraphs as ``<p>``, the request's context lines and
items in a ``<section>`` under ``<h1>Request</h1>``, headed sections as ``<section><h2>``,
thread messages as ``<article>``, and the site text and unplaced text the parser
kept in their own marked sections. Tables have a ``<thead>``, links are
``<a href>``. No script, one small inline style, everything escaped.

The HTML front end reads the page back to exactly the canonical text, so

    parse_html(render_html(d)) == attrs.evolve(anchor(d), source=Source(format="html",
                                                                         encoding="utf-8"))

>>> from foimodel.models import Document, Decision, Outcome
>>> page = render_html(Document(decision=Decision(outcome=Outcome.NOT_HELD)))
>>> "<dt>Outcome</dt><dd>not held</dd>" in page
True
"""

from __future__ import annotations

import re
from html import escape

from foimodel.models import Block, Document, Link, Message, RequestItem, Section, Table
from foimodel.render.text import layout

__all__ = ["render_html"]

_STYLE = """\
body{font:16px/1.5 system-ui,sans-serif;max-width:48rem;margin:2rem auto;padding:0 1rem;color:#111}
dl.facts{display:grid;grid-template-columns:max-content 1fr;gap:.2rem 1rem}
dl.facts dt{font-weight:600}dl.facts dd{margin:0}
table{border-collapse:collapse;margin:.5rem 0}th,td{border:1px solid #999;padding:.2rem .5rem}
ul.items{list-style:none;padding:0}ul.items>li{margin-bottom:1rem}
article.message{border-top:2px solid #ccc;margin-top:1.5rem}
section.site-text,section.unplaced{color:#555;font-size:.9em}"""
_NEEDS_PRE = re.compile(r"[\t\n\r\f\xa0]|  ")
_PRE = ' style="white-space:pre-wrap"'


def _attr(text: str) -> str:
    """The style attribute that keeps ``text``'s white space, when HTML would collapse it."""
    return _PRE if _NEEDS_PRE.search(text) else ""


def _inline(text: str) -> str:
    """``text`` escaped, in a span that keeps its white space when it needs one."""
    if _NEEDS_PRE.search(text):
        return f"<span{_PRE}>{escape(text)}</span>"
    return escape(text)


def _p(text: str, cls: str = "") -> str:
    klass = f' class="{cls}"' if cls else ""
    return f"<p{klass}{_attr(text)}>{escape(text)}</p>"


def _table(table: Table) -> list[str]:
    out = ["<table>"]
    if table.header:
        cells = "".join(f"<th{_attr(c)}>{escape(c)}</th>" for c in table.header)
        out.append(f"<thead><tr>{cells}</tr></thead>")
    if table.rows:
        out.append("<tbody>")
        for row in table.rows:
            out.append("<tr>" + "".join(f"<td{_attr(c)}>{escape(c)}</td>" for c in row) + "</tr>")
        out.append("</tbody>")
    out.append("</table>")
    return out


def _block(block: Block) -> list[str]:
    if isinstance(block, Table):
        return _table(block)
    if isinstance(block, Link):
        if block.target:
            href = escape(block.target, quote=True)
            return [f'<p class="link"><a href="{href}">{_inline(block.text)}</a></p>']
        return [_p(f"Link: {block.text}", "link")]
    return [_p(block.text)]


def _blocks(blocks: tuple[Block, ...]) -> list[str]:
    return [line for block in blocks for line in _block(block)]


def _key_value(line: str) -> tuple[str, str | None]:
    key, sep, value = line.partition(": ")
    return (key, value) if sep else (line, None)


def _facts(text: str) -> list[str]:
    """The labelled facts: the canonical text's first block of ``Key: value`` lines.

    Read from :func:`render_text` itself, so both renderers always state the same facts.
    """
    rows = []
    for line in text.split("\n\n", 1)[0].split("\n"):
        key, value = _key_value(line)
        dd = "" if value is None else f"<dd{_attr(value)}>{escape(value)}</dd>"
        rows.append(f"<dt{_attr(key)}>{escape(key)}</dt>{dd}")
    return ['<dl class="facts">', *rows, "</dl>"]


def _item(item: RequestItem) -> list[str]:
    label = f" {item.label}" if item.label else ""
    lines = item.question.split("\n") if item.question else [""]
    out = ["<li>", _p(f"Question{label}: {lines[0]}".rstrip(), "question")]
    out.extend(_p(line) for line in lines[1:])
    if item.answer is not None:
        out.append(_p("Answer:", "answer"))
        out.extend(_blocks(item.answer.blocks))
    out.append("</li>")
    return out


def _section(section: Section) -> list[str]:
    heading = f"<h2{_attr(section.heading)}>{escape(section.heading)}</h2>"
    return ['<section class="section">', heading, *_blocks(section.blocks), "</section>"]


def _message(number: int, message: Message, text: str) -> list[str]:
    """A message; its header lines are the ones :func:`render_text` writes, read back."""
    out = ['<article class="message">', f"<h1>Message {number}</h1>"]
    end = message.blocks[0].span.start if message.blocks else message.span.end
    for line in text[message.span.start : end].split("\n")[2:]:
        key, value = _key_value(line)
        if line:
            out.append(f'<p class="header"><b>{escape(key)}:</b> {_inline(value or "")}</p>')
    out.extend(_blocks(message.blocks))
    out.append("</article>")
    return out


def render_html(doc: Document) -> str:
    """``doc`` as a standalone HTML5 page; :func:`foimodel.parse_html` reads it back."""
    if not isinstance(doc, Document):
        raise TypeError(f"render_html() argument 'doc' must be Document, not {type(doc).__name__}")
    text, anchored = layout(doc)
    title = escape(doc.title if doc.title else "FOI document")
    out = [
        "<!doctype html>",
        '<html lang="en">',
        "<head>",
        '<meta charset="utf-8">',
        f"<title>{title}</title>",
        f"<style>\n{_STYLE}\n</style>",
        "</head>",
        "<body>",
        "<main>",
        *_facts(text),
        *_blocks(doc.paragraphs),
    ]
    if doc.items or doc.request_context:
        out.extend(['<section class="request">', "<h1>Request</h1>"])
        out.extend(_p(p.text, "context") for p in doc.request_context)
        if doc.items:
            out.append('<ul class="items">')
            for item in doc.items:
                out.extend(_item(item))
            out.append("</ul>")
        out.append("</section>")
    for section in doc.sections:
        out.extend(_section(section))
    for number, message in enumerate(anchored.messages, 1):
        out.extend(_message(number, message, text))
    for heading, cls, lines in (
        ("Site text", "site-text", doc.boilerplate),
        ("Unplaced text", "unplaced", doc.residue),
    ):
        if lines:
            out.extend([f'<section class="{cls}">', f"<h1>{heading}</h1>"])
            out.extend(_p(p.text) for p in lines)
            out.append("</section>")
    out.extend(["</main>", "</body>", "</html>", ""])
    return "\n".join(out)
