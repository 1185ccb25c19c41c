"""The records: what an FOI document says, as frozen, typed attrs classes.

Every record is plain data (hashable, picklable, no live parser objects) and every
sequence is a tuple. Positions are :class:`Span` offsets into the *normalised*
source text (see :func:`foimodel.ingest.text.normalize_text`).

>>> from foimodel.models import Document, Outcome, Decision
>>> doc = Document(decision=Decision(outcome=Outcome.REFUSED))
>>> doc.outcome
<Outcome.REFUSED: 'refused'>
"""

from __future__ import annotations

import datetime as dt
import enum
from collections.abc import Iterator

import attrs

__all__ = [
    "Answer",
    "Block",
    "Citation",
    "DateMention",
    "DateRole",
    "Decision",
    "Defect",
    "Document",
    "Link",
    "Message",
    "MessageKind",
    "Outcome",
    "Paragraph",
    "Reference",
    "RequestItem",
    "Section",
    "Source",
    "Span",
    "Table",
]


class Outcome(enum.StrEnum):
    """The decision an authority states on a request."""

    DISCLOSED_IN_FULL = "disclosed_in_full"
    DISCLOSED_IN_PART = "disclosed_in_part"
    REFUSED = "refused"
    NOT_HELD = "not_held"
    PARTLY_NOT_HELD = "partly_not_held"
    NEITHER_CONFIRM_NOR_DENY = "neither_confirm_nor_deny"
    WITHDRAWN = "withdrawn"
    PENDING = "pending"
    UNKNOWN = "unknown"

    @property
    def phrase(self) -> str:
        """The outcome in words, as the text renderer prints it: ``"disclosed in full"``."""
        return self.value.replace("_", " ")


class DateRole(enum.StrEnum):
    """What a date in a document stands for."""

    REQUEST = "request"
    RECEIVED = "received"
    ACKNOWLEDGED = "acknowledged"
    RESPONSE = "response"
    DUE = "due"
    REVIEW_REQUEST = "review_request"
    REVIEW_RESPONSE = "review_response"


class MessageKind(enum.StrEnum):
    """The role of one message in a request thread."""

    REQUEST = "request"
    ACKNOWLEDGEMENT = "acknowledgement"
    CLARIFICATION = "clarification"
    RESPONSE = "response"
    INTERNAL_REVIEW = "internal_review"
    FOLLOW_UP = "follow_up"
    OTHER = "other"


def _check_span(instance: Span, _: attrs.Attribute[int], value: int) -> None:
    if instance.start < 0 or value < instance.start:
        raise ValueError(f"bad span [{instance.start}, {value})")


@attrs.frozen(order=True)
class Span:
    """A half-open range ``[start, end)`` of the normalised source text.

    >>> Span(3, 7).slice("the reference")
    ' ref'
    """

    start: int
    end: int = attrs.field(validator=_check_span)

    def slice(self, text: str) -> str:
        """The part of ``text`` this span covers."""
        return text[self.start : self.end]

    def __len__(self) -> int:
        return self.end - self.start


NO_SPAN = Span(0, 0)


@attrs.frozen(kw_only=True)
class Defect:
    """Something that looked wrong while parsing, at ``span``.

    ``kind`` is a short slug (``"not-foi"``, ``"ambiguous-date"``,
    ``"unknown-provision"``, ``"encoding"`` ...); ``reason`` is a sentence.
    """

    kind: str
    reason: str
    span: Span = NO_SPAN


@attrs.frozen(kw_only=True)
class Source:
    """Where the text came from: front end, encoding chosen, base URL."""

    format: str = "text"
    encoding: str | None = None
    url: str | None = None


@attrs.frozen(kw_only=True)
class Paragraph:
    """One line or paragraph of prose, as it stands in the source."""

    text: str
    span: Span = NO_SPAN


@attrs.frozen(kw_only=True)
class Link:
    """A link: the text a reader sees and, when known, where it points."""

    text: str
    target: str | None = None
    span: Span = NO_SPAN


def _not_empty_table(instance: Table, _: object, rows: tuple[tuple[str, ...], ...]) -> None:
    if not rows and not instance.header:
        raise ValueError("a table needs a header row or at least one row")
    if any(not row for row in rows):
        raise ValueError("a table row needs at least one cell")


@attrs.frozen(kw_only=True)
class Table:
    """A table of figures: an optional header row and the body rows.

    >>> t = Table(header=("Year", "Arrests"), rows=(("2022", "4"),))
    >>> t.width
    2
    """

    header: tuple[str, ...] = ()
    rows: tuple[tuple[str, ...], ...] = attrs.field(default=(), validator=_not_empty_table)
    span: Span = NO_SPAN

    @property
    def width(self) -> int:
        """The number of columns (the widest row)."""
        return max((len(r) for r in (self.header, *self.rows)), default=0)


Block = Paragraph | Link | Table
"""The content blocks an answer, a section or a message body is made of."""


@attrs.frozen(kw_only=True)
class Answer:
    """The authority's answer to one request item."""

    blocks: tuple[Block, ...] = ()

    @property
    def text(self) -> str:
        """The answer's prose, one block per line (tables as tab-separated rows)."""
        return "\n".join(_block_text(b) for b in self.blocks)


def _block_text(block: Block) -> str:
    if isinstance(block, Table):
        return "\n".join("\t".join(r) for r in (block.header, *block.rows) if r)
    return block.text


@attrs.frozen(kw_only=True)
class RequestItem:
    """One question the requester asked, paired with its answer.

    ``label`` is the number or letter as printed (``"1"``, ``"b"``, ``"iii"``), or
    ``None`` for an unnumbered question.
    """

    label: str | None = None
    question: str
    answer: Answer | None = None
    span: Span = NO_SPAN


@attrs.frozen(kw_only=True)
class Reference:
    """An authority's reference number for the request.

    ``raw`` is as printed; ``normalized`` is upper-case with separators kept and
    white space removed; ``label`` is the words that introduced it.
    """

    raw: str
    normalized: str
    label: str = "Reference"
    span: Span = NO_SPAN


@attrs.frozen(kw_only=True)
class DateMention:
    """A date the document states in a role (request, received, response ...)."""

    role: DateRole
    value: dt.date
    raw: str
    span: Span = NO_SPAN


@attrs.frozen(kw_only=True)
class Citation:
    """A citation of a provision of an access law, as found in the text.

    ``law`` is a registry id (``"uk-foia-2000"``) or ``None`` when it could not be
    resolved; ``path`` is the provision's parts (``("40", "2")`` for s.40(2),
    ``("b", "7", "C")`` for US (b)(7)(C)); ``applied`` is true when the authority
    relies on it to withhold (including cost-limit and vexatious refusals).

    >>> Citation(law="uk-foia-2000", unit="s", path=("40", "2"), raw="section 40(2)").label
    's.40(2)'
    """

    law: str | None
    unit: str
    path: tuple[str, ...] = attrs.field(validator=attrs.validators.min_len(1))
    raw: str
    applied: bool = False
    span: Span = NO_SPAN

    @property
    def label(self) -> str:
        """The normalised form: ``s.40(2)``, ``reg.12(4)(b)``, ``(b)(6)``."""
        head, *rest = self.path
        tail = "".join(f"({p})" for p in rest)
        if self.unit == "b":
            return f"({head}){tail}"
        return f"{self.unit}.{head}{tail}"


@attrs.frozen(kw_only=True)
class Decision:
    """The outcome and the sentence it was read from (``None`` when inferred)."""

    outcome: Outcome = Outcome.UNKNOWN
    sentence: str | None = None
    span: Span | None = None


@attrs.frozen(kw_only=True)
class Section:
    """A headed part of a letter ("Duty to advise and assist", "Complaint rights")."""

    heading: str
    blocks: tuple[Block, ...] = ()
    span: Span = NO_SPAN


@attrs.frozen(kw_only=True)
class Message:
    """One message of a request thread (request, acknowledgement, response ...)."""

    kind: MessageKind = MessageKind.OTHER
    sender: str | None = None
    recipient: str | None = None
    sent: dt.date | None = None
    subject: str | None = None
    blocks: tuple[Block, ...] = ()
    attachments: tuple[str, ...] = ()
    span: Span = NO_SPAN


@attrs.frozen(kw_only=True)
class Document:
    """An FOI document: a response letter, a disclosure-log page or a whole thread.

    Facts (references, dates, decision, citations) carry spans into the source;
    content (paragraphs, items, sections, messages) owns the source's lines, and
    ``request_context`` keeps the requester's lines that are not questions
    ("Specifically, I would like to know:"); what
    is site chrome goes to ``boilerplate`` and what could not be placed to
    ``residue``. Nothing in the input is dropped.
    """

    title: str | None = None
    references: tuple[Reference, ...] = ()
    authority: str | None = None
    jurisdiction: str | None = None
    laws: tuple[str, ...] = ()
    dates: tuple[DateMention, ...] = ()
    decision: Decision = Decision()
    paragraphs: tuple[Block, ...] = ()
    request_context: tuple[Paragraph, ...] = ()
    items: tuple[RequestItem, ...] = ()
    sections: tuple[Section, ...] = ()
    messages: tuple[Message, ...] = ()
    citations: tuple[Citation, ...] = ()
    boilerplate: tuple[Paragraph, ...] = ()
    residue: tuple[Paragraph, ...] = ()
    defects: tuple[Defect, ...] = ()
    source: Source = Source()

    @property
    def outcome(self) -> Outcome:
        """Shortcut for ``decision.outcome``."""
        return self.decision.outcome

    def date(self, role: DateRole) -> dt.date | None:
        """The first date stated in ``role``, or ``None``.

        >>> Document().date(DateRole.RECEIVED) is None
        True
        """
        return next((d.value for d in self.dates if d.role is role), None)

    @property
    def exemptions(self) -> tuple[Citation, ...]:
        """The citations applied as grounds to withhold."""
        return tuple(c for c in self.citations if c.applied)

    @property
    def links(self) -> tuple[Link, ...]:
        """Every link in the document, in reading order."""
        return tuple(b for b in self.iter_blocks() if isinstance(b, Link))

    def iter_blocks(self) -> Iterator[Block]:
        """Every content block: paragraphs, answers, sections, then messages."""
        yield from self.paragraphs
        for item in self.items:
            if item.answer is not None:
                yield from item.answer.blocks
        for section in self.sections:
            yield from section.blocks
        for message in self.messages:
            yield from message.blocks
