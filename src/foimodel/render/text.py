"""render_text: a record as canonical plain text, laid out like an authority's response.

The layout is the inverse of :func:`foimodel.parse_text`: a block of labelled
facts (title, references, authority, jurisdiction, laws, dates, outcome), the
letter's paragraphs, the request items under a ``Request`` heading
(``Question 1: ...`` then ``Answer:``), headed sections, thread messages, and
last the site text and unplaced text the parser kept.

>>> from foimodel.models import Document, Decision, Outcome
>>> print(render_text(Document(decision=Decision(outcome=Outcome.NOT_HELD))), end="")
References: none
Authority: unknown
Jurisdiction: unknown
Laws: none
Outcome: not held
<BLANKLINE>
"""

from __future__ import annotations

import re

import attrs

from foimodel.extract.dates import ROLE_LABELS
from foimodel.models import (
    Answer,
    Block,
    Citation,
    DateMention,
    Document,
    Link,
    Message,
    Paragraph,
    Reference,
    RequestItem,
    Section,
    Span,
    Table,
)

__all__ = [
    "NO_LAWS",
    "NO_REFERENCES",
    "UNKNOWN_AUTHORITY",
    "UNKNOWN_JURISDICTION",
    "anchor",
    "layout",
    "render_text",
]

UNKNOWN_JURISDICTION = "unknown"
UNKNOWN_AUTHORITY = "unknown"
NO_LAWS = "none"
NO_REFERENCES = "none"


_RULE = re.compile(r"=+|-+")


class _Writer:
    """Appends lines and reports the span of what it wrote."""

    def __init__(self) -> None:
        self.parts: list[str] = []
        self.length = 0
        self.after_blank = True

    def line(self, text: str, *, at: int = 0) -> Span:
        """Write ``text`` and a newline; the span covers ``text[at:]``."""
        start = self.length
        self.parts.append(text)
        self.parts.append("\n")
        self.length += len(text) + 1
        self.after_blank = False
        return Span(start + at, start + len(text))

    def blank(self) -> None:
        if not self.after_blank:
            self.parts.append("\n")
            self.length += 1
            self.after_blank = True

    def heading(self, text: str, rule: str) -> Span:
        self.blank()
        span = self.line(text)
        self.line(rule * max(3, len(text)))
        return span

    def text(self) -> str:
        return "".join(self.parts)


def _escape_cell(cell: str) -> str:
    return cell.replace("\\", "\\\\").replace("|", "\\|")


def _table_line(cells: tuple[str, ...]) -> str:
    return "| " + " | ".join(_escape_cell(c) for c in cells) + " |"


def _write_block(w: _Writer, block: Block) -> Block:
    if isinstance(block, Table):
        lines = []
        if block.header:
            lines.append(_table_line(block.header))
            lines.append(_table_line(tuple("---" for _ in block.header)))
        lines.extend(_table_line(row) for row in block.rows)
        spans = [w.line(line) for line in lines]
        return attrs.evolve(block, span=Span(spans[0].start, spans[-1].end))
    if isinstance(block, Link):
        suffix = f" <{block.target}>" if block.target else ""
        return attrs.evolve(block, span=w.line(f"Link: {block.text}{suffix}"))
    return _write_paragraph(w, block)


def _write_paragraph(w: _Writer, paragraph: Paragraph) -> Paragraph:
    if _RULE.fullmatch(paragraph.text.partition("\n")[0]):
        w.blank()  # a rule right under a line would underline it into a heading
    return attrs.evolve(paragraph, span=w.line(paragraph.text))


def _write_blocks(w: _Writer, blocks: tuple[Block, ...]) -> tuple[Block, ...]:
    return tuple(_write_block(w, b) for b in blocks)


def _write_item(w: _Writer, item: RequestItem) -> RequestItem:
    label = f" {item.label}" if item.label else ""
    lines = item.question.split("\n") if item.question else [""]
    first = w.line(f"Question{label}: {lines[0]}".rstrip())
    end = first.end
    for line in lines[1:]:
        if _RULE.fullmatch(line):
            w.blank()
        end = w.line(line).end
    answer: Answer | None = None
    if item.answer is not None:
        end = w.line("Answer:").end
        blocks = _write_blocks(w, item.answer.blocks)
        if blocks:
            end = blocks[-1].span.end
        answer = Answer(blocks=blocks)
    w.blank()
    return attrs.evolve(item, answer=answer, span=Span(first.start, end))


def _write_section(w: _Writer, section: Section) -> Section:
    head = w.heading(section.heading, "-")
    blocks = _write_blocks(w, section.blocks)
    end = blocks[-1].span.end if blocks else head.end
    return attrs.evolve(section, blocks=blocks, span=Span(head.start, end))


def _write_message(w: _Writer, number: int, message: Message) -> Message:
    head = w.heading(f"Message {number}", "=")
    end = head.end
    for key, value in (
        ("From", message.sender),
        ("To", message.recipient),
        ("Date", message.sent.isoformat() if message.sent else None),
        ("Subject", message.subject),
    ):
        if value is not None:
            end = w.line(f"{key}: {value}").end
    for name in message.attachments:
        end = w.line(f"Attachment: {name}").end
    end = w.line(f"Kind: {message.kind.value}").end
    blocks = _write_blocks(w, message.blocks)
    if blocks:
        end = blocks[-1].span.end
    return attrs.evolve(message, blocks=blocks, span=Span(head.start, end))


def _write(doc: Document) -> tuple[str, Document]:
    w = _Writer()
    if doc.title is not None:
        w.line(f"Title: {doc.title}")
    refs: list[Reference] = []
    if not doc.references:
        w.line(f"References: {NO_REFERENCES}")
    for ref in doc.references:
        label = f"{ref.label}: "
        refs.append(attrs.evolve(ref, span=w.line(label + ref.raw, at=len(label))))
    # Absence is written out, so that the parser does not infer what the record lacks.
    w.line(f"Authority: {doc.authority or UNKNOWN_AUTHORITY}")
    w.line(f"Jurisdiction: {doc.jurisdiction or UNKNOWN_JURISDICTION}")
    w.line(f"Laws: {', '.join(doc.laws) or NO_LAWS}")
    mentions: list[DateMention] = []
    for mention in doc.dates:
        label = f"{ROLE_LABELS[mention.role]}: "
        mentions.append(attrs.evolve(mention, span=w.line(label + mention.raw, at=len(label))))
    w.line(f"Outcome: {doc.outcome.phrase}")
    decision = attrs.evolve(doc.decision, span=None)
    if doc.decision.sentence is not None:
        label = "Decision: "
        decision = attrs.evolve(
            doc.decision, span=w.line(label + doc.decision.sentence, at=len(label))
        )
    body_start = w.length
    w.blank()
    paragraphs = _write_blocks(w, doc.paragraphs)
    items: tuple[RequestItem, ...] = ()
    context: tuple[Paragraph, ...] = ()
    if doc.items or doc.request_context:
        w.heading("Request", "=")
        context = tuple(_write_paragraph(w, p) for p in doc.request_context)
        items = tuple(_write_item(w, item) for item in doc.items)
    sections = tuple(_write_section(w, s) for s in doc.sections)
    messages = tuple(_write_message(w, i, m) for i, m in enumerate(doc.messages, 1))
    chrome: list[tuple[Paragraph, ...]] = []
    for heading, lines in (("Site text", doc.boilerplate), ("Unplaced text", doc.residue)):
        if lines:
            w.heading(heading, "=")
            chrome.append(tuple(_write_paragraph(w, p) for p in lines))
        else:
            chrome.append(())
    text = w.text()
    anchored = attrs.evolve(
        doc,
        references=tuple(refs),
        dates=tuple(mentions),
        decision=decision,
        paragraphs=paragraphs,
        request_context=context,
        items=items,
        sections=sections,
        messages=messages,
        citations=_anchor_citations(doc.citations, text, body_start),
        boilerplate=chrome[0],
        residue=chrome[1],
    )
    return text, anchored


def _anchor_citations(
    citations: tuple[Citation, ...], text: str, start: int
) -> tuple[Citation, ...]:
    """Each citation at the next place its raw text stands as a whole token."""
    anchored: list[Citation] = []
    cursor = start
    for citation in citations:
        token = re.compile(r"(?<![\w§])" + re.escape(citation.raw) + r"(?![\w(])")
        found = token.search(text, cursor)
        if found is None:
            anchored.append(citation)
            continue
        anchored.append(attrs.evolve(citation, span=Span(found.start(), found.end())))
        cursor = found.end()
    return tuple(anchored)


def render_text(doc: Document) -> str:
    """The canonical plain text of ``doc``; ``parse_text`` reads it back."""
    if not isinstance(doc, Document):
        raise TypeError(f"render_text() argument 'doc' must be Document, not {type(doc).__name__}")
    return _write(doc)[0]


def layout(doc: Document) -> tuple[str, Document]:
    """The canonical text of ``doc`` and ``doc`` anchored to it, in one pass.

    >>> text, anchored = layout(Document())
    >>> text == render_text(Document()) and anchored == anchor(Document())
    True
    """
    if not isinstance(doc, Document):
        raise TypeError(f"layout() argument 'doc' must be Document, not {type(doc).__name__}")
    return _write(doc)


def anchor(doc: Document) -> Document:
    """``doc`` with every span set to where :func:`render_text` puts it.

    A record built by hand (or by :mod:`foimodel.strategies`) has no source;
    anchoring gives it one, its canonical text, so that
    ``parse_text(render_text(d)) == d`` can hold exactly.
    """
    if not isinstance(doc, Document):
        raise TypeError(f"anchor() argument 'doc' must be Document, not {type(doc).__name__}")
    return _write(doc)[1]
