"""Questions: cut a request into its items, and find an answer's question again.

A request is numbered (``1.``, ``Q2``, ``Question 3:``, ``(4)``), lettered,
bulleted, a list of sentences ending in ``?``, or one paragraph. Sub-lists under a
numbered question are its breakdown fields, not questions of their own.

>>> lines = ["Please tell me:", "1. How many cars?", "a) by colour", "2. How many vans?"]
>>> [(i.label, i.lines) for i in split_questions(lines)[0]]
[('1', ['1. How many cars?', 'a) by colour']), ('2', ['2. How many vans?'])]
"""

from __future__ import annotations

import functools
import re

import attrs

__all__ = [
    "BULLETS",
    "SIGN_OFF",
    "QuestionDraft",
    "is_question",
    "marker",
    "question_key",
    "split_questions",
    "strip_marker",
]

BULLETS = "-•*·▪●◦‣⁃"
"""The characters that mark a bulleted line."""
_MARKER = re.compile(  # a list quoted whole may open with a quotation mark: “1. ...
    r"[“\"‘]?(?:(?:Q(?:uestion)?|Request|Item|Part)\s*(?P<q>\d{1,3}[a-z]?)\s*[.:)\-–]?"
    r"|\(?(?P<n>\d{1,3})[.)](?!\d)"
    r"|(?P<n2>\d{1,3})\s*[-–:](?=\s)"
    r"|\(?(?P<r>i{1,3}|iv|vi{0,3}|ix|x)[.)]"
    r"|\(?(?P<l>[a-hj-uwyz])[.)]"
    r"|(?P<b>[" + BULLETS + r"]))"
    r"\s*(?P<text>\S.*)",
    re.IGNORECASE,
)
_QUESTION_WORDS = re.compile(
    r"(?:(?:please|kindly|could you|can you|would you|will you)\b"
    r"|you (?:have )?(?:asked (?:for|about|whether|if)|requested|sought)\b|(?:how|what|which|who|whom|whose"
    r"|when|where|why|is|are|was|were|do|does|did|has|have|had|can|could|would|will|should|may)\b"
    r"|(?:provide|list|state|confirm|tell me|give|send|supply|specify|advise|disclose|release|share"
    r"|identify|explain|detail)\b|i (?:would like to (?:know|request|ask|see|receive a copy)|would "
    r"(?:also )?like (?:a|the|copies|details|to know)|request (?:a|the|copies|details|all)|wish to "
    r"(?:know|request))|(?:the |a )?(?:total |full |complete )?(?:number|numbers|amount|cost|costs"
    r"|value|list|names?|details|copy|copies|breakdown|figures?|percentage|proportion|date|dates)\s+"
    r"(?:of|for|on)\b|(?:any|all) (?:information|correspondence|documents?|records?|emails?|reports?"
    r"|data|minutes|guidance|policies|communications?)\b)",
    re.IGNORECASE,
)
_LEAD_IN = re.compile(
    r"^(?:(?:and|also|finally|lastly|firstly|secondly|thirdly|additionally|further(?:more)?"
    r"|in addition|moreover|separately|alternatively|if (?:possible|time permits))[,:]?\s+)+",
    re.IGNORECASE,
)
SIGN_OFF = re.compile(
    r"\s*(?:yours (?:sincerely|faithfully|truly)|(?:kind |best )?regards|many thanks|thanks"
    r"|thank you in advance|sincerely)\b",
    re.IGNORECASE,
)
"""The closing words of a letter ("Yours faithfully", "Kind regards"), at a line start."""
# A question whose list is its breakdown: "for each school:", "broken down by:".
_BREAKDOWN = re.compile(
    r"\b(?:for (?:each|every)|per|broken down|break(?:ing)? (?:this|it|them) down|split by"
    r"|by the following)\b[^.?]{0,60}:-?\s*$",
    re.IGNORECASE,
)
_GREETING = re.compile(r"(?:dear|hi|hello|good (?:morning|afternoon))\b", re.IGNORECASE)


@attrs.define
class QuestionDraft:
    """A question found in the request: its label and the lines it spans (indexes)."""

    label: str | None
    lines: list[str]
    indexes: list[int]


def marker(line: str) -> tuple[str, str, str] | None:
    """(level, label, text) of a list marker at the start of ``line``, or None.

    Levels: ``"n"`` numbers, ``"l"`` letters, ``"r"`` roman numerals, ``"b"`` bullets.

    >>> marker("Q3: How many?")
    ('n', '3', 'How many?')
    >>> marker("b) by age")
    ('l', 'b', 'by age')
    """
    m = _MARKER.match(line)
    if not m:
        return None
    for group, level in (("q", "n"), ("n", "n"), ("n2", "n"), ("r", "r"), ("l", "l")):
        if m[group]:
            return level, m[group].lower(), m["text"]
    return "b", "", m["text"]


def strip_marker(line: str) -> str:
    """The text of a line without its list marker."""
    found = marker(line)
    return found[2] if found else line


@functools.lru_cache(maxsize=4096)
def question_key(text: str) -> str:
    """A comparison key: lower case letters and digits only, marker removed."""
    return re.sub(r"[^0-9a-z]+", "", strip_marker(text).lower())


def is_question(line: str) -> bool:
    """True for a line that asks: ends in ``?`` or starts as a question or a request.

    >>> is_question("2. The number of officers dismissed."), is_question("by age")
    (True, False)
    """
    text = _LEAD_IN.sub("", strip_marker(line).strip())
    return text.endswith("?") or bool(_QUESTION_WORDS.match(text))


def _asks(line: str) -> bool:
    return line.rstrip().endswith(("?", ":", ":-")) and is_question(line)


def split_questions(lines: list[str]) -> tuple[list[QuestionDraft], list[int]]:
    """Questions in ``lines`` and the indexes of lines that are context, not questions.

    Numbered lines are questions, and what follows each is part of it. Without
    numbers, lettered or bulleted lines right under a question that ends in ``?``
    or ``:`` are its breakdown fields, and so are unmarked lines under one that
    ends in ``:``; other lists are questions when most of their lines ask; unmarked
    lines that ask are questions; the rest is context. A request with no line
    that asks is one question.
    """
    marks = [marker(line) for line in lines]
    if any(m and m[0] == "n" for m in marks):
        return _by_marker(lines, marks, "n")
    drafts: list[QuestionDraft] = []
    context: list[int] = []
    listed = [i for i, m in enumerate(marks) if m]
    list_asks = len(listed) >= 2 and (
        2 * sum(is_question(lines[i]) for i in listed) >= len(listed)
        or sum(len(lines[i].split()) for i in listed) > 6 * len(listed)
    )
    parent: QuestionDraft | None = None  # an unmarked question that its list breaks down
    for i, (line, m) in enumerate(zip(lines, marks, strict=True)):
        if m is not None:
            fields = parent is not None and _BREAKDOWN.search(parent.lines[0]) is not None
            if parent is not None and (fields or not (list_asks and is_question(line))):
                parent.lines.append(line)
                parent.indexes.append(i)
            elif list_asks or is_question(line):
                drafts.append(QuestionDraft(label=m[1] or None, lines=[line], indexes=[i]))
            elif drafts:
                drafts[-1].lines.append(line)
                drafts[-1].indexes.append(i)
            else:
                context.append(i)
            continue
        if (
            parent is not None
            and parent.lines[0].rstrip().endswith((":", ":-"))
            and not (line.rstrip().endswith("?"))
        ):
            # Unmarked fields listed under a question that ends in a colon.
            parent.lines.append(line)
            parent.indexes.append(i)
        elif is_question(line) and not _GREETING.match(line):
            draft = QuestionDraft(label=None, lines=[line], indexes=[i])
            drafts.append(draft)
            parent = draft if _asks(line) else None
        elif drafts and drafts[-1].indexes[-1] == i - 1 and line.rstrip().endswith((":", ":-")):
            # "For each account, please give:" introduces fields of the question before.
            drafts[-1].lines.append(line)
            drafts[-1].indexes.append(i)
            parent = drafts[-1]
        else:
            context.append(i)
            parent = None
    if not drafts and lines:
        kept = [i for i in range(len(lines)) if not _GREETING.match(lines[i])]
        if kept:
            first = QuestionDraft(label=None, lines=[lines[i] for i in kept], indexes=kept)
            return [first], [i for i in range(len(lines)) if i not in kept]
    return drafts, context


def _by_marker(
    lines: list[str], marks: list[tuple[str, str, str] | None], level: str
) -> tuple[list[QuestionDraft], list[int]]:
    drafts: list[QuestionDraft] = []
    context: list[int] = []
    for i, (line, m) in enumerate(zip(lines, marks, strict=True)):
        if m and m[0] == level:
            drafts.append(QuestionDraft(label=m[1] or None, lines=[line], indexes=[i]))
        elif drafts:
            drafts[-1].lines.append(line)
            drafts[-1].indexes.append(i)
        else:
            context.append(i)
    return drafts, context
