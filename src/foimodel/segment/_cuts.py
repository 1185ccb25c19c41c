"""Cutting one request line into the pieces it holds, and finding requests set out as lists.

>>> from foimodel.models import Span
>>> line = ProseLine("Thanks. You asked for (1) a list; (2) the costs.", Span(0, 48), True)
>>> [p.text for part in cut_reported_request(line) for p in cut_inline_items(part)]
['Thanks.', 'You asked for', '(1) a list;', '(2) the costs.']
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Callable

from foimodel.extract import ProseLine
from foimodel.extract.questions import BULLETS, is_question, marker
from foimodel.ingest.blocks import SourceBlock
from foimodel.models import Span
from foimodel.segment._vocabulary import INLINE_TRIGGER

__all__ = [
    "asking_bullet_runs",
    "cut_fresh_requests",
    "cut_inline_items",
    "cut_inline_trigger",
    "cut_reported_request",
]

_REPORTED_REQUEST = re.compile(
    r"(?<=[.!?])\s+(?=You (?:have )?(?:asked (?:for|about|whether|if)|requested|sought)\b)"
)
_INLINE_ITEM = re.compile(
    r"(?:(?<=\s)|(?<=^)|(?<=[:“\"]))\((?:\d{1,2}|[ivx]{1,4}|[a-h])\)\s"
    r"|(?<=[:?;.])\s*\d{1,2}[.)]\s?(?=[A-Z])|(?<=\s)\d{1,2}\.\s(?=[A-Z])"
)


# A sentence that asks for something more, in so many words: "Could you also
# provide ...", "Please send ...", "I would also like to know ...".
_ASK = r"(?:provide|send|supply|tell me|confirm|give|list|disclose|release|share|let me know)"
_FRESH_REQUEST = re.compile(
    r"(?<=[.?!])\s+(?=(?:(?:And|Also|Further(?:more)?|Additionally|In addition|Finally|Lastly"
    r"|Secondly|Thirdly|Separately),?\s+)?(?:(?:[Cc]ould|[Cc]an|[Ww]ould|[Ww]ill) you "
    r"(?:please |also |kindly )*"
    + _ASK
    + r"|Please (?:also |could you |can you )*"
    + _ASK
    + r"|I would (?:also )?like (?:to know|to request|a copy|copies|details))\b)"
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


def cut_inline_trigger(line: ProseLine) -> list[ProseLine]:
    """ "You asked: Please provide X" -> the words that report it, and the request.

    >>> line = ProseLine("You asked: How many bins?", Span(0, 25), True)
    >>> [p.text for p in cut_inline_trigger(line)]
    ['You asked:', 'How many bins?']
    """
    found = INLINE_TRIGGER.match(line.text)
    if found is None:
        return [line]
    return _pieces(line, [0, found.end(), len(line.text)])


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


def cut_fresh_requests(line: ProseLine) -> list[ProseLine]:
    """Cut a request paragraph that asks, before each sentence that asks for more.

    >>> line = ProseLine("Could you send the policy? Could you also provide the costs.",
    ...                  Span(0, 61), True)
    >>> [p.text for p in cut_fresh_requests(line)]
    ['Could you send the policy?', 'Could you also provide the costs.']
    """
    bounds = [0]
    for m in _FRESH_REQUEST.finditer(line.text):
        before = line.text[bounds[-1] : m.start()]
        if len(before.split()) >= 3 and is_question(before):  # a question of its own
            bounds.append(m.end())
    if len(bounds) == 1:
        return [line]
    return _pieces(line, [*bounds, len(line.text)])


def _pieces(line: ProseLine, bounds: list[int]) -> list[ProseLine]:
    pieces: list[ProseLine] = []
    for a, b in itertools.pairwise(bounds):
        raw = line.text[a:b]
        text = raw.strip()
        if not text:
            continue
        lead = len(raw) - len(raw.lstrip())
        start = line.span.start + a + lead
        pieces.append(ProseLine(text, Span(start, start + len(text)), line.requester))
    return pieces


def cut_inline_items(line: ProseLine) -> list[ProseLine]:
    """Cut a line at inline item numbers when it has two or more of them."""
    starts = _in_sequence(list(_INLINE_ITEM.finditer(line.text)))
    if len(starts) < 2:
        return [line]
    return _pieces(line, [0, *starts, len(line.text)])


def asking_bullet_runs(
    blocks: list[SourceBlock], aside: Callable[[SourceBlock], bool] = lambda _: False
) -> set[int]:
    """Starts of the bullet lines that make runs of two or more bullets that ask: a
    request set out as a bulleted list (a page's other bullets, "- Published", do
    not ask, and end a run). Blocks for which ``aside`` is true (labelled lines and
    chrome, which the segmenter takes out of the flow) do not end a run."""
    starts: set[int] = set()
    run: list[SourceBlock] = []
    for block in blocks:
        bullet = block.is_text and block.text.lstrip('“"‘')[:1] in BULLETS
        found = marker(block.text) if bullet else None
        if found is not None and found[0] == "b":
            if len(block.text) > 15 and is_question(block.text):
                run.append(block)
                continue
        elif run and aside(block):
            continue
        if len(run) >= 2:
            starts.update(b.span.start for b in run)
        run = []
    if len(run) >= 2:
        starts.update(b.span.start for b in run)
    return starts
