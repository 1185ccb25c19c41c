"""What the segmenter builds: labelled fields, request items, and the parts of a document."""

from __future__ import annotations

import attrs

from foimodel.extract import ProseLine
from foimodel.models import Block, DateRole, Message, Paragraph, Section, Span

__all__ = ["Field", "ItemDraft", "Parts"]


@attrs.define
class Field:
    """A labelled line read as a fact: ``key`` is ``reference``, ``date``, ``title`` ..."""

    key: str
    label: str
    value: str
    span: Span
    role: DateRole | None = None


@attrs.define
class ItemDraft:
    """A request item being built."""

    label: str | None
    question: list[str]
    span: Span
    answer: list[Block] | None = None


@attrs.define
class Parts:
    """What the segmenter made of the blocks, for the extractors to read."""

    fields: list[Field] = attrs.Factory(list)
    paragraphs: list[Block] = attrs.Factory(list)
    items: list[ItemDraft] = attrs.Factory(list)
    request_context: list[Paragraph] = attrs.Factory(list)
    sections: list[Section] = attrs.Factory(list)
    messages: list[Message] = attrs.Factory(list)
    boilerplate: list[Paragraph] = attrs.Factory(list)
    residue: list[Paragraph] = attrs.Factory(list)
    prose: list[ProseLine] = attrs.Factory(list)
    """Every line of content in source order as (text, span, requester's words?)."""
