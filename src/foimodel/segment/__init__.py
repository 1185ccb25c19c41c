"""The segmenter: one pass over the block stream, cutting it into a document's parts.

It places every block exactly once: as a labelled field (reference, date, ...),
site chrome (boilerplate), a question or an answer, a headed section, a message
of a thread, a paragraph of the letter, or residue. Explicit layout (the text
renderer's ``Request`` heading and ``Question 1:`` lines) wins over inference.

>>> from foimodel.ingest.text import text_blocks
>>> parts = segment(text_blocks("Our ref: FOI-12\\nYou asked:\\n1. How many?\\n2. Why?"))
>>> [f.value for f in parts.fields], [d.label for d in parts.items]
(['FOI-12'], ['1', '2'])
"""

from __future__ import annotations

import itertools

from foimodel.extract import ProseLine, dates, join_wrapped, references
from foimodel.extract.outcome import decision_in
from foimodel.extract.questions import (
    is_question,
    marker,
    question_key,
    split_questions,
    strip_marker,
)
from foimodel.ingest.blocks import BlockKind, SourceBlock
from foimodel.models import (
    Block,
    Link,
    Paragraph,
    Section,
    Span,
    Table,
)
from foimodel.segment._cuts import (
    asking_bullet_runs,
    cut_fresh_requests,
    cut_inline_items,
    cut_inline_trigger,
    cut_reported_request,
)
from foimodel.segment._messages import REQUESTER_KINDS, MessageDraft
from foimodel.segment._parts import Field, ItemDraft, ItemIndex, Parts, pair_by_position
from foimodel.segment._vocabulary import (
    ANSWER_HEADINGS,
    ANSWER_LINE,
    ANSWER_TRIGGER,
    AUTHORITY_VOICE,
    BOILERPLATE_HEADING,
    INLINE_TRIGGER,
    KEY_LINE,
    LINK_INTRO,
    MESSAGE_HEADING,
    MESSAGE_KEYS,
    QUESTION_LINE,
    REQUEST_HEADING,
    REQUEST_SENTENCE,
    REQUEST_TRIGGER,
    REQUESTER_VOICE,
    RESIDUE_HEADING,
    SIGN_OFF,
    THREAD_HEADER,
    URL,
    heading_kind,
    is_boilerplate,
    may_request,
    may_trigger,
)

__all__ = ["Field", "ItemDraft", "Parts", "is_boilerplate", "segment"]


class _Segmenter:
    def __init__(
        self, blocks: list[SourceBlock], *, dayfirst: bool, text: str, unplaced: bool
    ) -> None:
        self.blocks = blocks
        self.text = text
        self.dayfirst = dayfirst
        self.parts = Parts()
        self.unplaced = unplaced
        self.zone = "residue" if unplaced else "top"
        # The renderer's "Request" heading, with lines under it, makes the layout
        # explicit: then no request or answer is inferred from the wording.
        # (Under it the renderer writes only lines: no table, labelled line or chrome.)
        self.explicit = any(
            a.kind is BlockKind.HEADING
            and a.level == 1
            and a.text == REQUEST_HEADING
            and b.is_text
            and not self.taken_out(b)
            for a, b in itertools.pairwise(blocks)
        )
        self.asking_bullets = asking_bullet_runs(blocks, self.taken_out)
        self.item_index: ItemIndex | None = None  # rebuilt when the items change
        self.answers_at: int | None = None  # paragraphs before the answers began
        self.pending: list[SourceBlock] = []  # request lines awaiting segmentation
        self.request_by_sentence = False  # the request began with a sentence, not a heading
        self.item: ItemDraft | None = None
        self.section: tuple[SourceBlock, list[Block]] | None = None
        self.message: MessageDraft | None = None
        self.previous_text = ""

    # -- driving -------------------------------------------------------------------
    def run(self) -> Parts:
        for block in self.blocks:
            self.feed(block)
            if self.zone == "answers" and self.answers_at is None:
                self.answers_at = len(self.parts.paragraphs)
        self.close_request()
        self.close_section()
        self.close_message()
        if self.answers_at is not None:
            pair_by_position(self.parts, self.answers_at)
        return self.parts

    def feed(self, block: SourceBlock) -> None:
        if self.unplaced:
            chrome = block.zone == "chrome" or (block.is_text and is_boilerplate(block.text))
            target = self.parts.boilerplate if chrome else self.parts.residue
            target.append(self.flat(block))
            return
        if block.kind is BlockKind.HEADING and block.level == 1 and self.reserved(block):
            return
        if self.zone in ("boilerplate", "residue"):
            target = self.parts.boilerplate if self.zone == "boilerplate" else self.parts.residue
            target.append(self.flat(block))
            return
        if self.zone == "message" and block.kind is BlockKind.HEADING:
            # A message holds lines, not headings: its heading is read as the line it
            # is printed as (an "Our ref: 12" heading is the reference it states).
            span = Span(block.span.start, block.span.start + len(block.text))
            block = SourceBlock(kind=BlockKind.TEXT, text=block.text, span=span, zone=block.zone)
        if block.zone == "chrome" or (block.is_text and is_boilerplate(block.text)):
            self.parts.boilerplate.append(self.flat(block))
            return
        if self.zone == "message":
            self.feed_message(block)
            return
        if block.is_text and self.read_field(block):
            return
        self.feed_content(block)

    def flat(self, block: SourceBlock) -> Paragraph:
        """A block as a paragraph of its printed text (for chrome and residue)."""
        text = self.flat_text(block)
        return Paragraph(text=text, span=Span(block.span.start, block.span.start + len(text)))

    def flat_text(self, block: SourceBlock) -> str:
        """A block as printed in the source: headings keep their rule, tables their bars."""
        if block.kind is BlockKind.TEXT:
            return block.text
        end = block.span.end
        if block.kind is BlockKind.HEADING:
            end = self.text.find("\n", end + 1)
            end = len(self.text) if end < 0 else end
        return self.text[block.span.start : end] or block.text

    def reserved(self, block: SourceBlock) -> bool:
        # The canonical layout's order: chrome then residue come last.
        text = block.text
        if self.zone == "residue" or (self.zone == "boilerplate" and text != RESIDUE_HEADING):
            return False
        if text == REQUEST_HEADING:
            self.switch("request_explicit")
        elif text == BOILERPLATE_HEADING:
            self.switch("boilerplate")
        elif text == RESIDUE_HEADING:
            self.switch("residue")
        elif MESSAGE_HEADING.fullmatch(text):
            self.switch("message")
            self.message = MessageDraft(start=block.span.start, end=block.span.end)
        else:
            return False
        return True

    def switch(self, zone: str) -> None:
        self.request_by_sentence = False
        self.close_request()
        self.close_section()
        self.close_message()
        self.item = None
        self.zone = zone

    def taken_out(self, block: SourceBlock) -> bool:
        """A line the canonical layout moves out of the flow: a labelled fact or chrome."""
        if block.zone == "chrome" or not block.is_text:
            return block.zone == "chrome"
        return is_boilerplate(block.text) or self.field_of(block) is not None

    # -- fields --------------------------------------------------------------------
    def read_field(self, block: SourceBlock) -> bool:
        field = self.field_of(block)
        if field is None:
            return False
        self.parts.fields.append(field)
        if (
            field.role is not None
            and self.zone == "request"
            and ANSWER_HEADINGS.fullmatch(field.label.strip(" :-–"))
        ):
            self.switch("answers")  # "Response 24-08-2023" heads the answers
        return True

    def field_of(self, block: SourceBlock) -> Field | None:
        """The labelled fact a line states ("Our ref: 12", "Date received: ..."), if any."""
        text = block.text
        start = block.span.start
        m = KEY_LINE.fullmatch(text)
        if m:
            span = Span(start + m.start("value"), start + m.end("value"))
            return Field(key=m["key"].lower(), label=m["key"], value=m["value"], span=span)
        if len(text) > 200:
            return None
        dated = dates.match_date_label(text, dayfirst=self.dayfirst)
        if dated:
            role, value, at = dated
            span = Span(start + at, start + at + len(value))
            return Field(key="date", label=text[:at], value=value, span=span, role=role)
        found = references.match_reference_label(text)
        if found:
            label, value, at = found
            span = Span(start + at, start + at + len(value))
            return Field(key="reference", label=label, value=value, span=span)
        return None

    # -- content -------------------------------------------------------------------
    def feed_content(self, block: SourceBlock) -> None:
        heading = (
            heading_kind(block) if not self.explicit or block.kind is BlockKind.HEADING else None
        )
        if heading == "section" or (heading and block.kind is BlockKind.HEADING and self.explicit):
            self.switch("section")
            self.section = (block, [])
            self.parts.prose.append(ProseLine(block.text, block.span, False))
            return
        if heading in ("request", "answers"):
            self.switch(heading)
            self.add_paragraph(block)
            return
        if block.is_text and self.zone != "section" and self.strong_item(block):
            return
        if self.zone == "request":
            if self.request_by_sentence and not self.parts.items and self.thread_header(block):
                self.untitle()
            elif self.ends_request(block):
                self.request_by_sentence = False
                self.close_request()
                self.zone = "answers" if ANSWER_TRIGGER.search(block.text) else "top"
            else:
                self.pending.append(block)
                self.note_prose(block)
                return
        if self.zone == "section" and self.section is not None:
            self.section[1].append(self.to_block(block))
            self.note_prose(block)
            return
        if self.zone in ("answers", "top") and not self.explicit and self.answer_line(block):
            self.zone = "answers"
            return
        if self.item is not None and self.item.answer is not None and self.zone != "top":
            self.item.answer.append(self.to_block(block))
            self.extend_item(block)
            self.note_prose(block)
            return
        if self.zone == "request_explicit" and block.is_text:
            if self.item is None:
                self.parts.request_context.append(Paragraph(text=block.text, span=block.span))
                self.note_prose(block)
                return
            if self.item.answer is None:
                self.item.question.append(block.text)
                self.item_index = None
                self.extend_item(block)
                self.note_prose(block)
                return
        if self.opens_request(block):
            self.zone = "request"
            self.request_by_sentence = True
            self.pending.append(block)
            self.note_prose(block)
            return
        self.add_paragraph(block)
        if not self.explicit and block.is_text and self.zone == "top":
            if ANSWER_TRIGGER.search(block.text):
                self.zone = "answers"
            elif may_trigger(block.text) and REQUEST_TRIGGER.search(block.text):
                self.zone = "request"

    def opens_request(self, block: SourceBlock) -> bool:
        """A first question, or a sentence that makes the request, before any item."""
        if self.explicit or self.zone != "top" or self.parts.items or not block.is_text:
            return False
        text = block.text
        if may_request(text) and REQUEST_SENTENCE.search(text):
            return True
        inline = INLINE_TRIGGER.match(text)
        if inline is not None and is_question(text[inline.end() :]):
            return True  # "You asked: Please provide ..."
        found = marker(text)
        if found is not None and found[0] == "b":  # bullets: only a run of them that asks
            return block.span.start in self.asking_bullets
        return found is not None and is_question(text) and len(text) > 15

    def add_paragraph(self, block: SourceBlock) -> None:
        self.parts.paragraphs.append(self.to_block(block))
        self.note_prose(block)

    def note_prose(self, block: SourceBlock, *, requester: bool | None = None) -> None:
        if block.kind is BlockKind.TEXT:
            if requester is None:
                answering = self.item is not None and self.item.answer is not None
                requester = self.zone in ("request", "request_explicit") and not answering
            self.parts.prose.append(ProseLine(block.text, block.span, requester))
            self.previous_text = block.text
        else:
            self.previous_text = ""

    def to_block(self, block: SourceBlock) -> Block:
        if block.kind is BlockKind.TABLE:
            return Table(header=block.header, rows=block.rows, span=block.span)
        if block.kind is BlockKind.LINK:
            return Link(text=block.text, target=block.target, span=block.span)
        text = block.text
        if ("://" in text or text.startswith("www.")) and URL.fullmatch(text):
            return Link(text=text, target=text if "://" in text else None, span=block.span)
        if (
            len(text) <= 80
            and self.previous_text
            and not text.endswith((".", ":", "?", ","))
            and len(text.split()) <= 10
            and LINK_INTRO.search(self.previous_text)
            and not dates.parse_date(text)
        ):
            return Link(text=text, span=block.span)
        return Paragraph(text=text, span=block.span)

    # -- request items ---------------------------------------------------------------
    def strong_item(self, block: SourceBlock) -> bool:
        """``Question 3: ...`` and ``Answer: ...`` lines, wherever they stand."""
        m = QUESTION_LINE.fullmatch(block.text)
        if m and (m["text"] or self.zone == "request_explicit"):
            label = m["label"] or m["qlabel"]
            if self.zone == "request":
                self.close_request()
                self.zone = "answers"
            existing = self.find_item(label, m["text"])
            if existing is not None and existing.answer is None and self.zone != "request_explicit":
                self.item = existing
                return True
            self.item = ItemDraft(
                label=label, question=[m["text"]] if m["text"] else [], span=block.span
            )
            self.parts.items.append(self.item)
            self.item_index = None
            self.note_prose(block)
            return True
        a = ANSWER_LINE.fullmatch(block.text)
        if a and a["label"] and self.zone == "request" and self.pending:
            self.close_request()  # "1. How many?" then "A1. 45.": the request is over
            self.zone = "answers"
            self.item = None
        if a and a["label"] and self.item is None and self.parts.items:
            self.item = self.parts.items[-1]
        if a and a["label"] and self.item is not None and a["label"] != self.item.label:
            # "A1. ..." after the last question: the answer to the question it names.
            named = self.find_item(a["label"], "")
            if named is None or named.answer is not None:
                return False
            self.item = named
        if a and self.item is not None and self.item.answer is None:
            self.item.answer = []
            if a["text"]:
                self.item.answer.append(
                    Paragraph(
                        text=a["text"],
                        span=Span(block.span.start + a.start("text"), block.span.end),
                    )
                )
            self.extend_item(block)
            self.note_prose(block)
            return True
        return False

    def find_item(self, label: str | None, text: str) -> ItemDraft | None:
        key = question_key(text)
        for item in self.parts.items:
            if key and question_key("\n".join(item.question)).startswith(key):
                return item
            if label is not None and item.label == label.lower() and not key:
                return item
        return None

    def extend_item(self, block: SourceBlock) -> None:
        assert self.item is not None
        self.item.span = Span(self.item.span.start, max(self.item.span.end, block.span.end))

    def ends_request(self, block: SourceBlock) -> bool:
        if not block.is_text:
            return True
        text = block.text
        if ANSWER_TRIGGER.search(text) or AUTHORITY_VOICE.search(text) or SIGN_OFF.match(text):
            return True
        if self.request_by_sentence and not (
            is_question(text) or marker(text) or text[:1].islower() or text.endswith(":")
        ):
            return True  # a request found by its opening sentence ends where the asking does
        # A requester's words may sound like a decision ("if you consider it exempt").
        return (
            marker(text) is None
            and decision_in(text) is not None
            and not text.rstrip().endswith("?")
            and not REQUESTER_VOICE.search(text)
        )

    def thread_header(self, block: SourceBlock) -> bool:
        return block.is_text and len(block.text) < 300 and bool(THREAD_HEADER.search(block.text))

    def untitle(self) -> None:
        """The lines that opened the request were a thread page's title: they go
        back to the paragraphs, and to the page's voice, not the requester's."""
        pending = {b.span for b in self.pending}
        self.parts.paragraphs.extend(self.to_block(b) for b in self.pending)
        self.parts.prose = [
            ProseLine(p.text, p.span, False) if p.span in pending else p for p in self.parts.prose
        ]
        self.pending = []
        self.request_by_sentence = False
        self.zone = "top"

    def close_request(self) -> None:
        if not self.pending:
            return
        # Lines wrapped inside a sentence are one line of the request; a line that
        # enumerates its items inline ("(1) ... (2) ...") is cut at the numbers.
        joined = join_wrapped([ProseLine(b.text, b.span, True) for b in self.pending], self.text)
        lines = [
            piece
            for line in joined
            for reported in cut_inline_trigger(line)
            for part in cut_reported_request(reported)
            for inline in cut_inline_items(part)
            for piece in cut_fresh_requests(inline)
        ]
        self.pending = []
        drafts, context = split_questions([line.text for line in lines])
        for i in context:
            self.parts.request_context.append(Paragraph(text=lines[i].text, span=lines[i].span))
        for draft in drafts:
            first, last = lines[draft.indexes[0]], lines[draft.indexes[-1]]
            question = list(draft.lines)
            if draft.label is not None:
                question[0] = strip_marker(question[0])
            span = Span(first.span.start, last.span.end)
            repeated = self.repeated_item(draft.label, question)
            if repeated is not None:  # the request quoted again (an acknowledgement)
                repeated.span = Span(repeated.span.start, max(repeated.span.end, span.end))
                continue
            self.parts.items.append(ItemDraft(label=draft.label, question=question, span=span))
            self.item_index = None

    def repeated_item(self, label: str | None, question: list[str]) -> ItemDraft | None:
        key = question_key(question[0])
        for item in self.parts.items:
            known = question_key(item.question[0] if item.question else "")
            if key and (key == known or (len(key) > 20 and known.startswith(key))):
                return item
        return None

    def answer_line(self, block: SourceBlock) -> bool:
        """In the answers: a repeated question (or its number) opens that item's answer."""
        if not block.is_text or not self.parts.items:
            return False
        key = question_key(block.text)
        found = marker(block.text)
        if self.item_index is None:
            self.item_index = ItemIndex(self.parts.items)
        at = self.item_index.first(key, found[1] if found and found[0] != "b" else None)
        if at is not None:
            item = self.parts.items[at]
            item_key = self.item_index.keys[at]
            same_text = bool(key) and (
                key == item_key or (len(key) > 20 and item_key.startswith(key))
            )
            self.item = item
            item.answer = item.answer or []
            self.extend_item(block)
            if not same_text and found is not None and question_key(found[2]) != item_key:
                rest = found[2]
                offset = block.span.end - len(rest)
                item.answer.append(Paragraph(text=rest, span=Span(offset, block.span.end)))
            self.note_prose(block, requester=same_text)
            return True
        only = self.parts.items[0]
        single = len(self.parts.items) == 1 and only.answer is None and self.item is None
        if single and self.zone == "answers":
            # A single question: what follows the answer heading answers it.
            self.item = only
            only.answer = [self.to_block(block)]
            self.extend_item(block)
            self.note_prose(block)
            return True
        return False

    # -- sections and messages -------------------------------------------------------
    def close_section(self) -> None:
        if self.section is None:
            return
        head, blocks = self.section
        end = blocks[-1].span.end if blocks else head.span.end
        self.parts.sections.append(
            Section(heading=head.text, blocks=tuple(blocks), span=Span(head.span.start, end))
        )
        self.section = None

    def feed_message(self, block: SourceBlock) -> None:
        msg = self.message
        assert msg is not None
        if msg.in_header and block.is_text:
            m = MESSAGE_KEYS.fullmatch(block.text)
            if m:
                msg.read_key(m["key"], m["value"])
                msg.end = block.span.end
                return
        msg.in_header = False
        msg.end = block.span.end
        if block.is_text and self.read_field(block):
            return
        msg.blocks.append(self.to_block(block))
        self.note_prose(block, requester=msg.kind in REQUESTER_KINDS)

    def close_message(self) -> None:
        msg = self.message
        if msg is None:
            return
        self.message = None
        self.parts.messages.append(msg.build())


def segment(
    blocks: list[SourceBlock], *, dayfirst: bool = True, text: str = "", unplaced: bool = False
) -> Parts:
    """Cut ``blocks`` into the parts of a document.

    With ``unplaced`` every block but site chrome goes to residue, as printed.
    """
    return _Segmenter(blocks, dayfirst=dayfirst, text=text, unplaced=unplaced).run()
