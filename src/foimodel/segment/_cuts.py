"""Cutting one request line into the pieces it holds.

>>> from foimodel.models import Span
>>> line = ProseLine("Thanks. You asked for (1) a list; (2) the costs.", Span(0, 48), True)
>>> [p.text for part in cut_reported_request(line) for p in cut_inline_items(part)]
['Thanks.', 'You asked for', '(1) a list;', '(2) the costs.']
"""

from __future__ import annotations

import itertools
import re

from foimodel.extract import ProseLine
from foimodel.models import Span

__all__ = ["cut_inline_items", "cut_reported_request"]

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


def cut_reported_request(line: ProseLine) -> list[ProseLine]:
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


def cut_inline_items(line: ProseLine) -> list[ProseLine]:
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
