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
import re
from collections.abc import Iterator

import attrs

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
    DateRole,
    Link,
    Message,
    MessageKind,
    Paragraph,
    Section,
    Span,
    Table,
)

__all__ = ["Field", "ItemDraft", "Parts", "is_boilerplate", "segment"]

_I = re.IGNORECASE

# Reserved level-1 headings of the canonical layout.
REQUEST_HEADING = "Request"
BOILERPLATE_HEADING = "Site text"
RESIDUE_HEADING = "Unplaced text"
_MESSAGE_HEADING = re.compile(r"Message (\d{1,6})")

_BOILERPLATE = re.compile(
    r"\bcookies?\b.*\b(?:use|set|accept|reject|preferences|settings|policy|notice|essential)\b"
    r"|^(?:accept|reject|allow|manage|customi[sz]e) (?:all |additional |optional )?cookies"
    r"|(?:quickly |)(?:exit|leave|hide) this (?:site|page)|^skip to (?:main )?(?:content|navigation)"
    r"|^back to top$|^jump to (?:navigation|content)|^sorry, there (?:was|has been) a technical problem"
    r"|^this (?:site|service|website) is (?:a |in )?beta|your feedback (?:will )?helps? us"
    r"|^(?:was|is) this page (?:useful|helpful)|^report a problem with this page"
    r"|^(?:share|print) this page$|^(?:copyright )?©|all rights reserved\.?$"
    r"|^(?:sign|log) (?:in|out)$|^(?:menu|search|close|home|main navigation|breadcrumb)$"
    r"|^you are here:?|^(?:follow us on|find us on) |^(?:previous|next) (?:page|article)$",
    _I,
)
# One of these stands in every longer line _BOILERPLATE matches: a cheap test first
# (short lines go straight to the pattern, which is cheap on them).
_CHROME_WORDS = (
    "cookie",
    "this site",
    "this page",
    "technical problem",
    "beta",
    "feedback",
    "reserved",
    "©",
    "you are here",
    "follow us",
    "find us",
    "skip to",
)
_REQUEST_HEADINGS = re.compile(
    r"(?:your |the |original |initial |revised |amended |information |details of (?:the |your )?)?"
    r"(?:request(?:ed)?|requests?(?: details| summary| made)?|information requested"
    r"|request for information|foi request|what (?:was|you) asked(?: for)?|you asked(?: for)?"
    r"|question(?:s)?|your questions?)\s*:?",
    _I,
)
_ANSWER_HEADINGS = re.compile(
    r"(?:our |the |foi |final |in |full )?(?:response|responses|answer|answers|reply|decision and "
    r"response|response to (?:your |the )?request|information (?:provided|released|disclosed))"
    r"\s*:?|we (?:answered|responded|replied)\s*:?",
    _I,
)
_SECTION_HEADINGS = re.compile(
    r"(?:reasons? for (?:the )?decision|duty to (?:provide )?advi[sc]e(?: and assist(?:ance)?)?"
    r"|advice and assistance|complaint rights|(?:your )?right (?:of|to) (?:appeal|complain|review)"
    r"|appeal rights|(?:request an? |requesting an? )?internal review|public interest test"
    r"|(?:the )?public interest|evidence of harm|harm|exemptions?(?: applied| engaged| used)?"
    r"|decision|background|clarification|further information|additional information|contact(?: us)?"
    r"|copyright|re-?use of (?:public sector )?information|next steps|summary|neither confirm nor deny"
    r"|considerations? (?:favouring|in favour of|against) (?:disclosure|non-disclosure|release)"
    r"|balance test|balancing test|conclusion|how to complain|complaints?|if you are unhappy|"
    r"if you are not satisfied(?: with (?:this|our) response)?"
    r"|refusal notice|notice of refusal"
    r"|our decision|the decision|information not held|disclosure|attachments?|documents? released"
    r"|schedule of documents|review|outcome of (?:the )?(?:internal )?review|findings?|analysis)\s*:?",
    _I,
)
_REQUEST_TRIGGER = re.compile(
    r"(?:seek(?:s|ing)?|sought|request(?:ed|ing)?|ask(?:ed|ing)?(?: for)?|wrote|writes)"
    r"(?: (?:access to|for|us for))?(?: the following| as follows)|"
    r"the following (?:information|questions?|request)(?: was| were)? (?:requested|asked)|"
    r"\byou (?:have )?(?:asked|requested|wrote)(?: for| us| that)?\s*:?$|^(?:your )?request(?: was)?:$"
    r"|\b(?:your|the) request (?:was |is |reads )?(?:as follows|for the following)"
    r"|\bto the following (?:documents|information|records|questions)\s*:-?$",
    _I,
)
_REQUEST_SENTENCE = re.compile(
    r"^(?:(?:under|in accordance with) the [\w() ]{0,60}?(?:Act|Regulations)[\w() ]{0,10},? )?"
    r"(?:please (?:can you |could you )?(?:provide|send|supply|tell me|confirm|disclose|let me know)"
    r"|(?:could|can|would) you (?:please )?(?:provide|send|supply|tell me|confirm|disclose))\b"
    r"|\b(?:I am writing to (?:request|ask)|(?:I|we) (?:would like to|wish to) (?:request|ask|know"
    r"|obtain|receive|make a request)|(?:I|we) (?:am|are) (?:asking|requesting|seeking)"
    r"|(?:I|we) (?:hereby |now |also )?request\b"
    r"|\byour (?:\w+ ){0,4}request\b[^.]{0,60}?\b(?:requesting|seeking|asking for)\b"
    r"|\breceived an? (?:\w+ ){0,3}request\b[^.]{0,120}?\bfor (?:access to|copies of|information)"
    r"|(?:the |an? )?(?:applicant|requester|complainant|appellant)\b[^.;]{0,60}?\b(?:sought"
    r"|requested|asked (?:for|the \w+ for)|made (?:a|an|two|three|four|five|several) requests?)"
    r"|I(?:['’]m| am) (?:looking|writing|hoping) to (?:obtain|request|find out|receive)"
    r"|(?:^|(?<=[.!?]\s))You (?:have )?(?:asked (?:for|about|whether|if)|requested|sought)\b(?!\s*:?$))\b",
    _I,
)
_SIGN_OFF = re.compile(
    r"(?:yours (?:sincerely|faithfully|truly)|kind regards|best regards|regards|many thanks"
    r"|thank you in advance)\b",
    _I,
)
_REQUESTER_VOICE = re.compile(
    r"\b(?:I|we) (?:would|request|am requesting|ask|wish|want|need)\b|\bplease\b"
    r"|\b(?:can|could|would|will) you\b|\bif you\b|\byour (?:council|authority|force"
    r"|organisation|department|trust|office)\b",
    _I,
)
_ANSWER_TRIGGER = re.compile(
    r"^(?:please find (?:below|enclosed|attached|the (?:information|answers?|responses?|following))"
    r"|in (?:response|reply|answer) to your (?:request|questions?|queries)"
    r"|(?:the|our) (?:answers?|responses?|replies) (?:to your (?:questions?|request) )?(?:are|is)"
    r"|(?:i|we) (?:am|are) (?:now )?(?:able|pleased) to (?:provide|answer|respond)"
    r"|(?:below|the following) (?:is|are) (?:our|the) (?:response|answer))",
    _I,
)
_AUTHORITY_VOICE = re.compile(
    r"^(?:I|we) (?:have (?:today |now )?(?:decided|considered|completed|conducted|searched|"
    r"carried out|located|reviewed)|can (?:confirm|advise)|(?:am|are) (?:writing|pleased|unable|"
    r"able)|write (?:in|to))|^thank you for your|^(?:this|the) (?:letter|e-?mail|response)"
    r" (?:is|serves|acts)|^(?:response|answer|reply|our response)\s*[:\-–]",
    _I,
)
_QUESTION_LINE = re.compile(
    r"(?:Question(?: (?P<label>[0-9A-Za-z]{1,6}))?|Q\s?(?P<qlabel>\d{1,3}[a-z]?))\s*:\s*(?P<text>.*)"
)
_ANSWER_LINE = re.compile(
    r"(?:(?i:answer|response|reply)|A)(?:\s?(?P<label>\d{1,3}))?\s*[:\-–]\s*(?P<text>.*)"
)
_LINK_INTRO = re.compile(
    r"\blinks?\b[^.]*\b(?:below|following|here)\b|\b(?:below|following)\s+links?\b"
    r"|(?:available|found|accessed|published|view(?:ed)?) (?:here|at|on|via)\s*:?\s*$",
    _I,
)
_URL = re.compile(r"(?:https?://|www\.)\S{1,2000}")
_TRAILING_DATE = re.compile(r"\s+\d{1,4}[-/.]\d{1,2}[-/.]\d{1,4}$")
_ALL_CAPS = re.compile(r"[^a-z]*[A-Z]{2}[^a-z]*")
_KEY_LINE = re.compile(
    r"(?P<key>Title|Authority|Jurisdiction|Laws|Outcome|Decision|References): (?P<value>.+)"
)
_MESSAGE_KEYS = re.compile(r"(?P<key>From|To|Date|Subject|Attachment|Kind): (?P<value>.*)")


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

    def content_blocks(self) -> Iterator[Block]:
        """All content blocks (not fields, chrome or residue)."""
        yield from self.paragraphs
        for item in self.items:
            yield from item.answer or ()
        for section in self.sections:
            yield from section.blocks
        for message in self.messages:
            yield from message.blocks


# Words one of which a request trigger or a request sentence needs: cheap tests first.
_TRIGGER_WORDS = ("request", "ask", "seek", "sought", "wrote", "write", "follow")
_REQUEST_WORDS = (
    "you asked",
    "you have asked",
    "you requested",
    "you have requested",
    "you sought",
    "find out",
    "request",
    "ask",
    "provide",
    "send",
    "supply",
    "tell",
    "confirm",
    "disclose",
    "know",
    "seek",
    "sought",
    "obtain",
    "receiv",
    "applicant",
    "complainant",
    "appellant",
)


def _may_trigger(text: str) -> bool:
    lowered = text.lower()
    return any(word in lowered for word in _TRIGGER_WORDS)


def _may_request(text: str) -> bool:
    lowered = text.lower()
    return any(word in lowered for word in _REQUEST_WORDS)


def is_boilerplate(text: str) -> bool:
    """True for a line of site chrome (cookie notices, exit links, beta banners ...).

    >>> is_boilerplate("Skip to main content"), is_boilerplate("Request")
    (True, False)
    """
    if len(text) >= 400:
        return False
    if len(text) > 40:
        lowered = text.lower()
        if not any(word in lowered for word in _CHROME_WORDS):
            return False
    return _BOILERPLATE.search(text) is not None


def _heading_kind(block: SourceBlock) -> str | None:
    """'request', 'answers' or 'section' for a heading block or heading-like line."""
    text = block.text.strip()
    if block.kind is BlockKind.HEADING:
        if _REQUEST_HEADINGS.fullmatch(text):
            return "request"
        if _ANSWER_HEADINGS.fullmatch(text):
            return "answers"
        return "section"
    if block.kind is not BlockKind.TEXT or len(text) > 90 or text.endswith((".", ",", ";", "?")):
        return None
    bare = _TRAILING_DATE.sub("", text.rstrip(":-– ").strip())
    if _REQUEST_HEADINGS.fullmatch(bare):
        return "request"
    if _ANSWER_HEADINGS.fullmatch(bare):
        return "answers"
    if _SECTION_HEADINGS.fullmatch(bare) and len(bare.split()) <= 12:
        return "section"
    if (
        len(bare.split()) <= 10
        and _ALL_CAPS.fullmatch(bare)
        and marker(bare) is None
        and not any(ch.isdigit() for ch in bare)
        and sum(ch.isalpha() for ch in bare) >= 4
    ):
        return "section"
    return None


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
        self.explicit = any(
            a.kind is BlockKind.HEADING
            and a.level == 1
            and a.text == REQUEST_HEADING
            and b.kind is not BlockKind.HEADING
            for a, b in itertools.pairwise(blocks)
        )
        self.pending: list[SourceBlock] = []  # request lines awaiting segmentation
        self.request_by_sentence = False  # the request began with a sentence, not a heading
        self.item: ItemDraft | None = None
        self.section: tuple[SourceBlock, list[Block]] | None = None
        self.message: _MessageDraft | None = None
        self.previous_text = ""

    # -- driving -------------------------------------------------------------------
    def run(self) -> Parts:
        for block in self.blocks:
            self.feed(block)
        self.close_request()
        self.close_section()
        self.close_message()
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
        elif _MESSAGE_HEADING.fullmatch(text):
            self.switch("message")
            self.message = _MessageDraft(start=block.span.start, end=block.span.end)
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

    # -- fields --------------------------------------------------------------------
    def read_field(self, block: SourceBlock) -> bool:
        text = block.text
        start = block.span.start
        m = _KEY_LINE.fullmatch(text)
        if m:
            key = m["key"].lower()
            span = Span(start + m.start("value"), start + m.end("value"))
            self.parts.fields.append(Field(key=key, label=m["key"], value=m["value"], span=span))
            return True
        if len(text) > 200:
            return False
        dated = dates.match_date_label(text, dayfirst=self.dayfirst)
        if dated:
            role, value, at = dated
            span = Span(start + at, start + at + len(value))
            self.parts.fields.append(
                Field(key="date", label=text[:at], value=value, span=span, role=role)
            )
            if self.zone == "request" and _ANSWER_HEADINGS.fullmatch(text[:at].strip(" :-–")):
                self.switch("answers")
            return True
        found = references.match_reference_label(text)
        if found:
            label, value, at = found
            span = Span(start + at, start + at + len(value))
            self.parts.fields.append(Field(key="reference", label=label, value=value, span=span))
            return True
        return False

    # -- content -------------------------------------------------------------------
    def feed_content(self, block: SourceBlock) -> None:
        heading = (
            _heading_kind(block) if not self.explicit or block.kind is BlockKind.HEADING else None
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
            if self.ends_request(block):
                self.request_by_sentence = False
                self.close_request()
                self.zone = "answers" if _ANSWER_TRIGGER.search(block.text) else "top"
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
            if _ANSWER_TRIGGER.search(block.text):
                self.zone = "answers"
            elif _may_trigger(block.text) and _REQUEST_TRIGGER.search(block.text):
                self.zone = "request"

    def opens_request(self, block: SourceBlock) -> bool:
        """A first question, or a sentence that makes the request, before any item."""
        if self.explicit or self.zone != "top" or self.parts.items or not block.is_text:
            return False
        text = block.text
        if _may_request(text) and _REQUEST_SENTENCE.search(text):
            return True
        found = marker(text)
        return found is not None and found[0] != "b" and is_question(text) and len(text) > 15

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
        if ("://" in text or text.startswith("www.")) and _URL.fullmatch(text):
            return Link(text=text, target=text if "://" in text else None, span=block.span)
        if (
            len(text) <= 80
            and self.previous_text
            and not text.endswith((".", ":", "?", ","))
            and len(text.split()) <= 10
            and _LINK_INTRO.search(self.previous_text)
            and not dates.parse_date(text)
        ):
            return Link(text=text, span=block.span)
        return Paragraph(text=text, span=block.span)

    # -- request items ---------------------------------------------------------------
    def strong_item(self, block: SourceBlock) -> bool:
        """``Question 3: ...`` and ``Answer: ...`` lines, wherever they stand."""
        m = _QUESTION_LINE.fullmatch(block.text)
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
            self.note_prose(block)
            return True
        a = _ANSWER_LINE.fullmatch(block.text)
        if a and self.item is not None and self.item.answer is None:
            if a["label"] and a["label"] != self.item.label:
                return False
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
        if _ANSWER_TRIGGER.search(text) or _AUTHORITY_VOICE.search(text) or _SIGN_OFF.match(text):
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
            and not _REQUESTER_VOICE.search(text)
        )

    def close_request(self) -> None:
        if not self.pending:
            return
        # Lines wrapped inside a sentence are one line of the request; a line that
        # enumerates its items inline ("(1) ... (2) ...") is cut at the numbers.
        joined = join_wrapped([ProseLine(b.text, b.span, True) for b in self.pending], self.text)
        lines = [
            piece
            for line in joined
            for part in _cut_reported_request(line)
            for piece in _cut_inline_items(part)
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
        for item in self.parts.items:
            item_key = question_key("\n".join(item.question))
            same_text = bool(key) and (
                key == item_key or (len(key) > 20 and item_key.startswith(key))
            )
            same_label = (
                found is not None
                and found[0] != "b"
                and item.label is not None
                and found[1] == item.label
                and item.answer is None
            )
            if same_text or same_label:
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
            m = _MESSAGE_KEYS.fullmatch(block.text)
            if m:
                msg.read_key(m["key"], m["value"])
                msg.end = block.span.end
                return
        msg.in_header = False
        msg.end = block.span.end
        if block.is_text and self.read_field(block):
            return
        msg.blocks.append(self.to_block(block))
        self.note_prose(block, requester=msg.kind in _REQUESTER_KINDS)

    def close_message(self) -> None:
        msg = self.message
        if msg is None:
            return
        self.message = None
        self.parts.messages.append(msg.build())


_REPORTED_REQUEST = re.compile(
    r"(?<=[.!?])\s+(?=You (?:have )?(?:asked (?:for|about|whether|if)|requested|sought)\b)"
)
_INLINE_ITEM = re.compile(
    r"(?:(?<=\s)|(?<=^)|(?<=[:“\"]))\((?:\d{1,2}|[ivx]{1,4}|[a-h])\)\s"
    r"|(?<=[:?;.])\s*\d{1,2}[.)]\s?(?=[A-Z])|(?<=\s)\d{1,2}\.\s(?=[A-Z])"
)


_SEQUENCES = (
    [str(n) for n in range(1, 40)],
    ["i", "ii", "iii", "iv", "v", "vi", "vii", "viii", "ix", "x"],
    list("abcdefgh"),
)


def _in_sequence(found: list[re.Match[str]]) -> list[int]:
    """Starts of the markers that count 1, 2, 3 ... (or i, ii ... or a, b ...) in order."""
    for sequence in _SEQUENCES:
        starts: list[int] = []
        for m in found:
            label = m.group(0).strip(" ().:;?\n")
            if len(starts) < len(sequence) and label == sequence[len(starts)]:
                starts.append(m.start())
        if len(starts) >= 2:
            return starts
    return []


def _cut_reported_request(line: ProseLine) -> list[ProseLine]:
    """ "Thank you for your request. You asked for X." -> the thanks, and the request."""
    found = _REPORTED_REQUEST.search(line.text)
    if found is None:
        return [line]
    head = line.text[: found.start()]
    tail = line.text[found.end() :]
    start = line.span.start
    return [
        ProseLine(head, Span(start, start + len(head)), line.requester),
        ProseLine(tail, Span(start + found.end(), line.span.end), line.requester),
    ]


def _cut_inline_items(line: ProseLine) -> list[ProseLine]:
    """Cut a line at inline item numbers when it has two or more of them."""
    starts = _in_sequence(list(_INLINE_ITEM.finditer(line.text)))
    if len(starts) < 2:
        return [line]
    pieces: list[ProseLine] = []
    bounds = [0, *starts, len(line.text)]
    for a, b in itertools.pairwise(bounds):
        raw = line.text[a:b]
        text = raw.strip()
        if not text:
            continue
        lead = len(raw) - len(raw.lstrip())
        start = line.span.start + a + lead
        pieces.append(ProseLine(text, Span(start, start + len(text)), line.requester))
    return pieces


_REQUESTER_KINDS = frozenset(
    {MessageKind.REQUEST, MessageKind.FOLLOW_UP, MessageKind.CLARIFICATION}
)


@attrs.define
class _MessageDraft:
    """A thread message being read: header keys first, then its blocks."""

    start: int
    end: int
    in_header: bool = True
    kind: MessageKind = MessageKind.OTHER
    keys: dict[str, str] = attrs.Factory(dict)
    attachments: list[str] = attrs.Factory(list)
    blocks: list[Block] = attrs.Factory(list)

    def read_key(self, key: str, value: str) -> None:
        if key == "Attachment":
            self.attachments.append(value)
        elif key == "Kind":
            self.kind = MessageKind(value) if value in _KINDS else MessageKind.OTHER
            self.in_header = False
        else:
            self.keys[key] = value

    def build(self) -> Message:
        date = self.keys.get("Date")
        return Message(
            kind=self.kind,
            sender=self.keys.get("From"),
            recipient=self.keys.get("To"),
            sent=dates.parse_date(date) if date else None,
            subject=self.keys.get("Subject"),
            blocks=tuple(self.blocks),
            attachments=tuple(self.attachments),
            span=Span(self.start, self.end),
        )


_KINDS = frozenset(k.value for k in MessageKind)


def segment(
    blocks: list[SourceBlock], *, dayfirst: bool = True, text: str = "", unplaced: bool = False
) -> Parts:
    """Cut ``blocks`` into the parts of a document.

    With ``unplaced`` every block but site chrome goes to residue, as printed.
    """
    return _Segmenter(blocks, dayfirst=dayfirst, text=text, unplaced=unplaced).run()
