"""Extractors: one module per fact (references, dates, citations, outcome, ...).

Extractors read the lines the segmenter placed, as :class:`ProseLine`; none of
them knows HTML or the layout of the source.
"""

from __future__ import annotations

from typing import NamedTuple

from foimodel.models import Span

__all__ = ["ProseLine"]


class ProseLine(NamedTuple):
    """One line of content in source order; ``requester`` marks the requester's words."""

    text: str
    span: Span
    requester: bool
