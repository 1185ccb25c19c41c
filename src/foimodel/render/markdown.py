"""render_markdown: a readable Markdown view of a :class:`Document`.

Header facts as a list, ``## Request`` with numbered questions and their
answers, tables as pipe tables, sections and messages as ``##`` headings, links
as ``[text](target)``. It is a view for people, not a round-trip format (that is
:func:`foimodel.render_text`).

>>> from foimodel.models import Document, RequestItem
>>> print(render_markdown(Document(title="Bins", items=(RequestItem(question="How many?"),))))
# Bins
<BLANKLINE>
- **Outcome:** unknown
<BLANKLINE>
## Request
<BLANKLINE>
1. How many?
<BLANKLINE>
"""

from __future__ import annotations

import re

from foimodel.models import Block, Document, Link, Message, Paragraph, Table

__all__ = ["render_markdown"]

_SPECIAL = re.compile(r"([\\`*_\[\]<>|])")
_LINE_START = re.compile(r"^(\s*)([#>+-]|\d+[.)])(?=\s|$)")


def _escape(text: str) -> str:
    """Backslash-escape Markdown syntax in prose."""
    text = _SPECIAL.sub(r"\\\1", text)
    return _LINE_START.sub(lambda m: m[1] + "\\" + m[2], text)


def _cell(text: str) -> str:
    return _escape(" ".join(text.split())) or " "


def _table(table: Table) -> list[str]:
    width = table.width
    if width == 0:
        return []

    def line(cells: tuple[str, ...]) -> str:
        padded = [*cells, *([""] * (width - len(cells)))]
        return "| " + " | ".join(_cell(c) for c in padded) + " |"

    header = table.header or tuple("" for _ in range(width))
    rows = [line(header), "|" + "|".join(["---"] * width) + "|"]
    rows.extend(line(r) for r in table.rows)
    return rows


def _block(block: Block) -> list[str]:
    if isinstance(block, Table):
        return _table(block)
    if isinstance(block, Link):
        text = _escape(block.text) or (block.target or "")
        if block.target:
            return [f"[{text}](<{block.target.replace('>', '%3E')}>)"]
        return [text]
    return [_escape(block.text)]


def _blocks(blocks: tuple[Block, ...], indent: str = "") -> list[str]:
    """Blocks as Markdown paragraphs, a blank line apart (tables stay whole)."""
    out: list[str] = []
    for block in blocks:
        lines = _block(block)
        if not lines:
            continue
        out.extend(indent + line for line in lines)
        out.append("")
    return out


def _without_label(question: str, label: str | None) -> str:
    """The question without the number it was printed with (the list numbers it)."""
    if not label:
        return question
    pattern = rf"\(?{re.escape(label)}[.):]\s+"
    return re.sub(
        rf"^(?:Question\s+)?{pattern}|^Q{re.escape(label)}[.):]?\s+", "", question, count=1
    )


def _facts(doc: Document) -> list[str]:
    facts: list[tuple[str, str]] = []
    facts.extend((ref.label, ref.raw) for ref in doc.references)
    if doc.authority:
        facts.append(("Authority", doc.authority))
    if doc.jurisdiction:
        facts.append(("Jurisdiction", doc.jurisdiction))
    if doc.laws:
        facts.append(("Laws", ", ".join(doc.laws)))
    for mention in doc.dates:
        label = mention.role.value.replace("_", " ").capitalize()
        facts.append((f"{label} date", mention.value.isoformat()))
    facts.append(("Outcome", doc.outcome.phrase))
    if doc.exemptions:
        facts.append(("Exemptions", ", ".join(dict.fromkeys(c.label for c in doc.exemptions))))
    others = [c.label for c in doc.citations if not c.applied]
    if others:
        facts.append(("Provisions cited", ", ".join(dict.fromkeys(others))))
    return [f"- **{_escape(key)}:** {_escape(value)}" for key, value in facts]


def _message(number: int, message: Message) -> list[str]:
    out = [f"## Message {number}", ""]
    facts = [
        ("Kind", message.kind.value.replace("_", " ")),
        ("From", message.sender),
        ("To", message.recipient),
        ("Date", message.sent.isoformat() if message.sent else None),
        ("Subject", message.subject),
    ]
    out.extend(f"- **{key}:** {_escape(value)}" for key, value in facts if value)
    out.extend(f"- **Attachment:** {_escape(name)}" for name in message.attachments)
    out.append("")
    out.extend(_blocks(message.blocks))
    return out


def _plain(title: str, lines: tuple[Paragraph, ...]) -> list[str]:
    if not lines:
        return []
    return [f"## {title}", "", *_blocks(lines)]


def render_markdown(doc: Document) -> str:
    """``doc`` as Markdown, for reading (see the module docstring for the layout)."""
    if not isinstance(doc, Document):
        raise TypeError(
            f"render_markdown() argument 'doc' must be Document, not {type(doc).__name__}"
        )
    out = [f"# {_escape(doc.title) if doc.title else 'FOI document'}", ""]
    out.extend(_facts(doc))
    out.append("")
    out.extend(_blocks(doc.paragraphs))
    if doc.items:
        out.extend(["## Request", ""])
        for number, item in enumerate(doc.items, 1):
            question = _without_label(item.question, item.label)
            label = f"({_escape(item.label)}) " if item.label and item.label != str(number) else ""
            out.append(f"{number}. {label}{_escape(question)}")
            out.append("")
            if item.answer is not None and item.answer.blocks:
                out.extend(_blocks(item.answer.blocks, indent="   "))
    for section in doc.sections:
        out.extend([f"## {_escape(section.heading)}", ""])
        out.extend(_blocks(section.blocks))
    for number, message in enumerate(doc.messages, 1):
        out.extend(_message(number, message))
    out.extend(_plain("Site text", doc.boilerplate))
    out.extend(_plain("Unplaced text", doc.residue))
    text = "\n".join(out)
    while "\n\n\n" in text:
        text = text.replace("\n\n\n", "\n\n")
    return text.rstrip("\n") + "\n"
