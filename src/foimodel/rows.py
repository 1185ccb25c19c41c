"""to_row: one flat dict per document, for pandas, Parquet and the scorer.

The keys and value forms are the contract written in the corpus scorer: lists of
strings, ISO dates, an outcome string. More keys may be added, never changed.

>>> from foimodel.models import Document
>>> to_row(Document())["outcome"]
'unknown'
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from foimodel import deadlines
from foimodel.extract.citations import grounds
from foimodel.extract.questions import SIGN_OFF, split_questions
from foimodel.models import DateRole, Document, MessageKind, Paragraph

__all__ = ["ROW_KEYS", "to_row"]

ROW_KEYS = (
    "title",
    "references",
    "authority",
    "jurisdiction",
    "laws",
    "request",
    "received",
    "response",
    "question_count",
    "outcome",
    "exemptions",
    "provisions",
    "message_count",
    "due",
    "late",
    "days_taken",
    "link_count",
    "defect_count",
    "source_format",
)


def _unique(values: list[str]) -> list[str]:
    return list(dict.fromkeys(values))


_ANSWERING = frozenset({MessageKind.RESPONSE, MessageKind.INTERNAL_REVIEW})


def _thread_date(doc: Document, role: DateRole) -> dt.date | None:
    """A thread's dates when the text states none: its first request, its last reply."""
    if role is DateRole.REQUEST:
        found = [m.sent for m in doc.messages if m.kind is MessageKind.REQUEST and m.sent]
        return found[0] if found else None
    if role is DateRole.RESPONSE:
        decision = doc.decision
        for message in doc.messages:  # the reply that carries the decision
            named = decision.sentence is not None and decision.sentence in message.attachments
            inside = decision.span is not None and message.span.start <= decision.span.start < (
                message.span.end
            )
            if message.sent and (named or inside):
                return message.sent
        found = [m.sent for m in doc.messages if m.kind in _ANSWERING and m.sent]
        return found[-1] if found else None
    return None


def _question_count(doc: Document) -> int | None:
    """Items asked; in a thread without items, the questions of its first request."""
    if doc.items:
        return len(doc.items)
    request = next((m for m in doc.messages if m.kind is MessageKind.REQUEST), None)
    if request is None:
        return None
    lines = [b.text for b in request.blocks if isinstance(b, Paragraph)]
    drafts, _ = split_questions([line for line in lines if not SIGN_OFF.match(line)])
    return len(drafts) or None


def to_row(doc: Document) -> dict[str, Any]:
    """The flat row of ``doc`` (keys in :data:`ROW_KEYS`)."""
    if not isinstance(doc, Document):
        raise TypeError(f"to_row() argument 'doc' must be Document, not {type(doc).__name__}")

    def iso(role: DateRole) -> str | None:
        value = doc.date(role) or _thread_date(doc, role)
        return value.isoformat() if value else None

    exemptions, provisions = grounds(doc.citations)
    due, late, days_taken = deadlines.timing(doc)
    return {
        "title": doc.title,
        "references": _unique([r.raw for r in doc.references]),
        "authority": doc.authority,
        "jurisdiction": doc.jurisdiction,
        "laws": list(doc.laws),
        "request": iso(DateRole.REQUEST),
        "received": iso(DateRole.RECEIVED),
        "response": iso(DateRole.RESPONSE),
        "question_count": _question_count(doc),
        "outcome": doc.outcome.value,
        "exemptions": list(exemptions),
        "provisions": list(provisions),
        "message_count": max(1, len(doc.messages)),
        "due": due.isoformat() if due else None,
        "late": late,
        "days_taken": days_taken,
        "link_count": len(doc.links),
        "defect_count": len(doc.defects),
        "source_format": doc.source.format,
    }
