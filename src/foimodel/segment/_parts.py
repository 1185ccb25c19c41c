"""What the segmenter builds: labelled fields, request items, and the parts of a document."""

from __future__ import annotations

import bisect

import attrs

from foimodel.extract import ProseLine
from foimodel.extract.questions import SIGN_OFF, marker, question_key
from foimodel.models import Block, DateRole, Message, Paragraph, Section, Span

__all__ = ["Field", "ItemDraft", "ItemIndex", "Parts", "pair_by_position"]


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


class ItemIndex:
    """The items of a request by question text and by label, to find the item a line
    of the answers repeats without reading every item for every line.

    >>> items = [ItemDraft(label="1", question=["How many bins?"], span=Span(0, 1)),
    ...          ItemDraft(label="2", question=["Where are they?"], span=Span(2, 3))]
    >>> index = ItemIndex(items)
    >>> index.first(question_key("2. Where are they?"), "2"), index.first("", "1")
    (1, 0)
    """

    def __init__(self, items: list[ItemDraft]) -> None:
        self.items = items
        self.keys = [question_key("\n".join(item.question)) for item in items]
        self.by_key: dict[str, int] = {}
        self.by_label: dict[str, list[int]] = {}
        for i, (item, key) in enumerate(zip(items, self.keys, strict=True)):
            self.by_key.setdefault(key, i)
            if item.label is not None:
                self.by_label.setdefault(item.label, []).append(i)
        self.sorted = sorted((key, i) for i, key in enumerate(self.keys))

    def first(self, key: str, label: str | None) -> int | None:
        """The first item whose question is ``key`` (or starts with it, for a key of more
        than 20 characters), or that bears ``label`` and has no answer yet."""
        found: list[int] = []
        if key:
            if key in self.by_key:
                found.append(self.by_key[key])
            if len(key) > 20:
                at = bisect.bisect_left(self.sorted, (key, -1))
                end = min(len(self.sorted), at + 64)  # a bound for hostile input
                while at < end and self.sorted[at][0].startswith(key):
                    found.append(self.sorted[at][1])
                    at += 1
        if label is not None:
            found.extend(i for i in self.by_label.get(label, ()) if self.items[i].answer is None)
        return min(found) if found else None


def pair_by_position(parts: Parts, answers_at: int) -> None:
    """Answers given as a plain list, one line per question and in the same order,
    after the answers' heading (``parts.paragraphs[answers_at:]``) and before the
    sign-off, become the answers of the questions."""
    items = parts.items
    if len(items) < 2 or any(i.answer for i in items):
        return
    tail: list[Paragraph] = []
    for block in parts.paragraphs[answers_at:]:
        if not isinstance(block, Paragraph) or SIGN_OFF.match(block.text):
            break
        tail.append(block)
    if len(tail) != len(items) or any(marker(p.text) for p in tail):
        return
    for item, answer in zip(items, tail, strict=True):
        item.answer = [answer]
        item.span = Span(item.span.start, max(item.span.end, answer.span.end))
    del parts.paragraphs[answers_at : answers_at + len(tail)]
