"""The plain-text front end: normalise, then cut into blocks.

Layout conventions it reads (all common in plain-text letters and e-mails, and
the ones the text renderer writes): a heading underlined with ``===`` or ``---``,
pipe tables (``| a | b |`` with an optional ``| --- |`` header rule), and link
lines ``Link: text <target>``.

>>> [b.kind.value for b in text_blocks("Decision\\n--------\\nRefused.")]
['heading', 'text']
"""

from __future__ import annotations

import re
import unicodedata

from foimodel.ingest.blocks import BlockKind, SourceBlock
from foimodel.models import Defect, Span

__all__ = ["encoding_damage", "normalize_text", "split_cells", "text_blocks"]

_CONTROL = re.compile(r"[\x00-\x08\x0b\x0e-\x1f\x7f\ufeff]")
_UNDERLINE = re.compile(r"(=+|-+)")
_RULE_CELL = re.compile(r":?-{3,}:?")
_LINK = re.compile(r"Link: (?P<text>.*?)(?: <(?P<target>[^<>\s]+)>)?")


def normalize_text(text: str) -> str:
    """Return the normalised text that spans point into.

    NFC, ``\\n`` line ends (form feeds become line breaks), control characters
    removed, trailing white space of every line removed.

    >>> normalize_text("a \\r\\nb\\x00\\t\\n")
    'a\\nb\\n'
    """
    if not isinstance(text, str):
        raise TypeError(f"text must be str, not {type(text).__name__}")
    text = unicodedata.normalize("NFC", text)
    text = text.replace("\r\n", "\n").replace("\r", "\n").replace("\x0c", "\n")
    text = _CONTROL.sub("", text)
    return "\n".join(line.rstrip() for line in text.split("\n"))


# UTF-8 read as Windows-1252 somewhere before us: "’" became "â€™", "£" "Â£", "é" "Ã©".
_MOJIBAKE = re.compile(
    "â€\\S?|Â[\u00a0-\u00bf]|Ã[\u0080-\u00bf\u0152\u0153\u0160\u0161\u2018-\u203a]"
)


def encoding_damage(text: str) -> list[Defect]:
    """Defects for the marks of a text damaged before foimodel read it: characters
    lost (U+FFFD) and UTF-8 read as Windows-1252 ("â€™" for "’"). The text is kept
    as it came; the defect says where the damage starts and how much there is.

    >>> [(d.kind, d.span) for d in encoding_damage("We canâ€™t say. Cost: Â£5")]
    [('encoding', Span(start=6, end=9))]
    """
    defects = []
    lost = text.count("\ufffd")
    if lost:
        at = text.index("\ufffd")
        defects.append(
            Defect(
                kind="encoding",
                reason=f"{lost} character(s) were lost before the text was read (U+FFFD)",
                span=Span(at, at + 1),
            )
        )
    found = list(_MOJIBAKE.finditer(text))
    if found:
        first = found[0]
        defects.append(
            Defect(
                kind="encoding",
                reason=f"{len(found)} place(s) look like UTF-8 read as Windows-1252 "
                f"({first.group()!r}); the text is kept as it came",
                span=Span(first.start(), first.end()),
            )
        )
    return defects


def split_cells(line: str) -> tuple[str, ...]:
    r"""Cells of a pipe-table row; ``\|`` is a literal bar.

    >>> split_cells("| a | b\\|c |")
    ('a', 'b|c')
    """
    body = line.strip()[1:-1]
    cells: list[str] = []
    current: list[str] = []
    i = 0
    while i < len(body):
        ch = body[i]
        if ch == "\\" and i + 1 < len(body) and body[i + 1] in "|\\":
            current.append(body[i + 1])
            i += 2
            continue
        if ch == "|":
            cells.append("".join(current).strip())
            current = []
        else:
            current.append(ch)
        i += 1
    cells.append("".join(current).strip())
    return tuple(cells)


def _is_table_row(line: str) -> bool:
    return len(line) >= 2 and line.startswith("|") and line.endswith("|")


def _is_rule(cells: tuple[str, ...]) -> bool:
    return all(_RULE_CELL.fullmatch(c) for c in cells)


def text_blocks(text: str) -> list[SourceBlock]:
    """Cut normalised ``text`` into blocks (blank lines separate nothing)."""
    lines: list[tuple[str, int]] = []  # (stripped line, offset of its first character)
    offset = 0
    for raw in text.split("\n"):
        stripped = raw.lstrip()
        lines.append((stripped, offset + len(raw) - len(stripped)))
        offset += len(raw) + 1
    blocks: list[SourceBlock] = []
    i = 0
    n = len(lines)
    while i < n:
        line, start = lines[i]
        if not line:
            i += 1
            continue
        span = Span(start, start + len(line))
        nxt = lines[i + 1][0] if i + 1 < n else ""
        if nxt and len(nxt) >= 3 and _UNDERLINE.fullmatch(nxt) and not _is_table_row(line):
            level = 1 if nxt[0] == "=" else 2
            blocks.append(SourceBlock(kind=BlockKind.HEADING, text=line, span=span, level=level))
            i += 2
            continue
        if _is_table_row(line):
            j = i
            rows: list[tuple[str, ...]] = []
            while j < n and _is_table_row(lines[j][0]):
                rows.append(split_cells(lines[j][0]))
                j += 1
            header: tuple[str, ...] = ()
            if len(rows) >= 2 and _is_rule(rows[1]):
                header = rows[0]
                rows = rows[2:]
            end_line, end_start = lines[j - 1]
            blocks.append(
                SourceBlock(
                    kind=BlockKind.TABLE,
                    text="",
                    span=Span(start, end_start + len(end_line)),
                    header=header,
                    rows=tuple(rows),
                )
            )
            i = j
            continue
        link = _LINK.fullmatch(line)
        if link:
            blocks.append(
                SourceBlock(
                    kind=BlockKind.LINK, text=link["text"], span=span, target=link["target"]
                )
            )
        else:
            blocks.append(SourceBlock(kind=BlockKind.TEXT, text=line, span=span))
        i += 1
    return blocks
