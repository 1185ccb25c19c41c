"""Extractors: one module per fact (references, dates, citations, outcome, ...).

Extractors read the lines the segmenter placed, as :class:`ProseLine`; none of
them knows HTML or the layout of the source.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import NamedTuple

from foimodel.models import Span

__all__ = ["ProseLine", "join_wrapped"]


class ProseLine(NamedTuple):
    """One line of content in source order; ``requester`` marks the requester's words."""

    text: str
    span: Span
    requester: bool


_LINE_BREAK = re.compile(r"[ \t]*\n[ \t]*")
_LIST_ITEM = re.compile(r"(?:\(?\d{1,3}[.)]|\(?[a-z][.)]\s|[-•*·▪●◦‣⁃]\s|Q\d)", re.IGNORECASE)
_ENDS_SENTENCE = (".", "?", "!", ":", ";", "-")
# A line that ends on one of these words, or on a number, stops mid-sentence.
_OPEN_END = re.compile(
    r"(?:\b(?:a|an|the|of|to|in|on|at|by|for|from|with|and|or|but|that|which|who|is|are|was"
    r"|were|be|been|has|have|had|we|you|your|our|this|these|those|under|within|between|dated"
    r"|received|sent|as|if|not|no|any|all|its|their)|\d)$",
    re.IGNORECASE,
)


def join_wrapped(lines: Sequence[ProseLine], text: str) -> list[ProseLine]:
    r"""Lines hard-wrapped inside a sentence (e-mail bodies, text from PDFs), joined.

    Two lines join when they stand on consecutive lines of ``text``, are the same
    speaker's, and the first is long and stops mid-sentence: on a word that cannot
    end one ("the", "on", a number), or before a line that starts in lower case. The joined
    text is the source with its line break read as a space, so offsets into it
    still point into ``text``.

    >>> t = "We received your request on 17 and we will answer by\nJanuary 2019."
    >>> lines = [ProseLine(t[:52], Span(0, 52), False), ProseLine(t[53:], Span(53, 66), False)]
    >>> [line.text for line in join_wrapped(lines, t)]
    ['We received your request on 17 and we will answer by January 2019.']
    """
    runs: list[list[ProseLine]] = []  # consecutive lines that make one sentence
    for line in lines:
        if runs:
            last = runs[-1][-1]
            tail = last.text[-40:].rstrip()
            if (
                last.requester == line.requester
                and last.span.end - runs[-1][0].span.start >= 40
                and not tail.endswith(_ENDS_SENTENCE)
                and _LINE_BREAK.fullmatch(text, last.span.end, line.span.start)
                and not _LIST_ITEM.match(line.text)
                and (
                    line.text[:1].islower()
                    or line.text[:1].isdigit()
                    or _OPEN_END.search(tail)  # only the end of the line: linear time
                )
            ):
                runs[-1].append(line)
                continue
        runs.append([line])
    joined: list[ProseLine] = []
    for run in runs:
        if len(run) == 1:
            joined.append(run[0])
            continue
        span = Span(run[0].span.start, run[-1].span.end)
        merged = text[span.start : span.end].replace("\n", " ")
        joined.append(ProseLine(merged, span, run[0].requester))
    return joined
