"""The block stream every front end produces and the segmenter consumes.

A block is a unit of layout, not of meaning: a line or paragraph of text, a
heading, a table, a link. Front ends know layout; they know no FOI facts.

>>> from foimodel.models import Span
>>> SourceBlock(kind=BlockKind.TEXT, text="Request", span=Span(0, 7)).is_text
True
"""

from __future__ import annotations

import enum

import attrs

from foimodel.models import Span

__all__ = ["BlockKind", "SourceBlock"]


class BlockKind(enum.StrEnum):
    """The layout role of a block."""

    TEXT = "text"
    HEADING = "heading"
    TABLE = "table"
    LINK = "link"


@attrs.frozen(kw_only=True)
class SourceBlock:
    """One block of the source with its span in the normalised text.

    ``level`` is a heading's rank (1 is the highest); ``marker`` is a list item's
    number when the markup implies it (HTML ``<ol>``) rather than prints it;
    ``zone`` is ``"chrome"`` for page furniture a front end recognised by markup.
    """

    kind: BlockKind
    text: str
    span: Span
    level: int = 0
    header: tuple[str, ...] = ()
    rows: tuple[tuple[str, ...], ...] = ()
    target: str | None = None
    marker: str | None = None
    zone: str | None = None

    @property
    def is_text(self) -> bool:
        """True for prose blocks (lines and paragraphs)."""
        return self.kind is BlockKind.TEXT
