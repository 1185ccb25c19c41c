"""Questions: cut a request into its items, and find an answer's question again.

A request is numbered (``1.``, ``Q2``, ``Question 3:``, ``(4)``), lettered,
bulleted, a list of sentences ending in ``?``, or one paragraph. Sub-lists under a
numbered question are its breakdown fields, not questions of their own.

>>> lines = ["Please tell me:", "1. How many cars?", "a) by colour", "2. How many vans?"]
>>> [(i.label, i.lines) for i in split_questions(lines)[0]]
[('1', ['1. How many cars?', 'a) by colour']), ('2', ['2. How many vans?'])]
"""

from __future__ import annotations

import re

import attrs

__all__ = ["QuestionDraft", "marker", "question_key", "split_questions", "strip_marker"]

_MARKER = re.compile(
    r"(?:(?:Q(?:uestion)?|Request|Item|Part)\s*(?P<q>\d{1,3}[a-z]?)\s*[.:)\-–]?"
    r"|\(?(?P<n>\d{1,2})[.)](?!\d)"
    r"|(?P<n2>\d{1,2})\s*[-–:](?=\s)"
    r"|\(?(?P<r>i{1,3}|iv|vi{0,3}|ix|x)[.)]"
    r"|\(?(?P<l>[a-hj-uwyz])[.)]"
    r"|(?P<b>[-•*·▪●◦‣⁃]))"
    r"\s*(?P<text>\S.*)",
    re.IGNORECASE,
)
_QUESTION_WORDS = re.compile(
    r"(?:please|could|can|would|will|how|what|which|who|whom|whose|when|where|why|is|are|was"
    r"|were|do|does|did|has|have|had|i (?:would like|request|am requesting|wish)|provide|"
    r"list|state|confirm|tell me|give|send|supply|a copy|copies|details|the number|a list"
    r"|a breakdown|all (?:information|correspondence|documents|records))\b",
    re.IGNORECASE,
)


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


def question_key(text: str) -> str:
    """A comparison key: lower case letters and digits only, marker removed."""
    return re.sub(r"[^0-9a-z]+", "", strip_marker(text).lower())


def _is_question(line: str) -> bool:
    text = strip_marker(line).strip()
    return text.endswith("?") or bool(_QUESTION_WORDS.match(text))


def split_questions(lines: list[str]) -> tuple[list[QuestionDraft], list[int]]:
    """Questions in ``lines`` and the indexes of lines that are context, not questions."""
    marks = [marker(line) for line in lines]
    levels = [m[0] for m in marks if m]
    for level in ("n", "l", "r"):
        if levels.count(level) >= 1 and (level == "n" or levels.count(level) >= 2):
            return _by_marker(lines, marks, level)
    bullets = [i for i, m in enumerate(marks) if m and m[0] == "b"]
    if len(bullets) >= 2:
        real = [i for i in bullets if _is_question(lines[i]) and len(lines[i].split()) > 4]
        if len(real) >= 2:
            return _by_marker(lines, marks, "b")
    asked = [i for i, line in enumerate(lines) if line.rstrip().endswith("?")]
    if asked:
        drafts = [QuestionDraft(label=None, lines=[lines[i]], indexes=[i]) for i in asked]
        context = [i for i in range(len(lines)) if i not in set(asked)]
        return drafts, context
    if lines:
        return [QuestionDraft(label=None, lines=list(lines), indexes=list(range(len(lines))))], []
    return [], []


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
