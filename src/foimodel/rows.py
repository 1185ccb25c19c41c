"""to_row: one flat dict per document, for pandas, Parquet and the scorer.

The keys and value forms are the contract written in the corpus scorer: lists of
strings, ISO dates, an outcome string. More keys may be added, never changed.

>>> from foimodel.models import Document
>>> to_row(Document())["outcome"]
'unknown'
"""

from __future__ import annotations

import re
from typing import Any

from foimodel.extract.questions import split_questions
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
    "link_count",
    "defect_count",
    "source_format",
)


def _unique(values: list[str]) -> list[str]:
    return list(dict.fromkeys(values))


def _question_count(doc: Document) -> int | None:
    """Items asked; in a thread without items, the questions of its first request."""
    if doc.items:
        return len(doc.items)
    request = next((m for m in doc.messages if m.kind is MessageKind.REQUEST), None)
    if request is None:
        return None
    lines = [b.text for b in request.blocks if isinstance(b, Paragraph)]
    drafts, _ = split_questions([line for line in lines if not _SIGN_OFF.match(line)])
    return len(drafts) or None


_SIGN_OFF = re.compile(
    r"(?:yours (?:sincerely|faithfully)|kind regards|regards|many thanks|thanks)", re.IGNORECASE
)


def to_row(doc: Document) -> dict[str, Any]:
    """The flat row of ``doc`` (keys in :data:`ROW_KEYS`)."""
    if not isinstance(doc, Document):
        raise TypeError(f"to_row() argument 'doc' must be Document, not {type(doc).__name__}")

    def iso(role: DateRole) -> str | None:
        value = doc.date(role)
        return value.isoformat() if value else None

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
        "exemptions": _unique([c.label for c in doc.citations if c.applied]),
        "provisions": _unique([c.label for c in doc.citations if not c.applied and c.law]),
        "message_count": max(1, len(doc.messages)),
        "link_count": len(doc.links),
        "defect_count": len(doc.defects),
        "source_format": doc.source.format,
    }
