"""The line streams the layout walk writes: inline text gathered into lines, headings
over their rules, tables as pipe rows, a line that is one link as ``Link: text <href>``.

>>> stream = Stream(plain=False)
>>> stream.text("  Hello\\n  world ", False); stream.flush(); stream.heading("Notes", 2)
>>> stream.lines
['Hello world', '', 'Notes', '-----']
"""

from __future__ import annotations

import re

__all__ = ["Stream", "list_label"]

_WS = re.compile(r"[ \t\n\r\f\xa0]+")
_RULE_LINE = re.compile(r"(?:=+|-+)")


def _escape_cell(cell: str) -> str:
    return cell.replace("\\", "\\\\").replace("|", "\\|")


def _roman(n: int) -> str:
    out = []
    for value, numeral in (
        (1000, "m"),
        (900, "cm"),
        (500, "d"),
        (400, "cd"),
        (100, "c"),
        (90, "xc"),
        (50, "l"),
        (40, "xl"),
        (10, "x"),
        (9, "ix"),
        (5, "v"),
        (4, "iv"),
        (1, "i"),
    ):
        while n >= value:
            out.append(numeral)
            n -= value
    return "".join(out)


def list_label(n: int, kind: str | None) -> str:
    if kind in ("a", "A") and 1 <= n <= 26:
        label = chr(ord("a") + n - 1)
        return label.upper() if kind == "A" else label
    if kind in ("i", "I") and 1 <= n <= 3999:
        return _roman(n).upper() if kind == "I" else _roman(n)
    return str(n)


class Stream:
    """Lines written so far, and the inline text of the line being built."""

    def __init__(self, *, plain: bool) -> None:
        self.plain = plain
        self.lines: list[str] = []
        self.buf: list[str] = []
        self.at_space = True
        self.links: list[list[object]] = []  # [start piece, end piece | None, href]
        self.captures: list[tuple[list[str], bool, list[list[object]]]] = []
        self.pending_dt: list[object] | None = None  # [text, used]
        self.table: list[list[tuple[str, bool]]] | None = None
        self.caption: str | None = None

    # -- inline text ------------------------------------------------------------------
    def text(self, text: str, pre: bool) -> None:
        if pre:
            parts = text.split("\n")
            for i, part in enumerate(parts):
                if i:
                    self.line_break()
                if part:
                    self.buf.append(part)
                    self.at_space = False
            return
        if not text.strip(" \t\n\r\f\xa0"):  # indentation between tags: the common case
            if not self.at_space:
                self.buf.append(" ")
                self.at_space = True
            return
        collapsed = _WS.sub(" ", text)
        if self.at_space and collapsed.startswith(" "):
            collapsed = collapsed[1:]
        if collapsed:
            self.buf.append(collapsed)
            self.at_space = collapsed.endswith(" ")

    def space(self) -> None:
        if not self.at_space:
            self.buf.append(" ")
            self.at_space = True

    def line_break(self) -> None:
        if self.captures:
            self.space()
        else:
            self.flush()

    # -- captured text (headings, cells, terms) ------------------------------------
    def capture(self) -> None:
        self.captures.append((self.buf, self.at_space, self.links))
        self.buf, self.at_space, self.links = [], True, []

    def release(self) -> str:
        text = "".join(self.buf).strip()
        self.buf, self.at_space, self.links = self.captures.pop()
        return text

    # -- lines ----------------------------------------------------------------------
    def flush(self) -> None:
        if self.captures:
            self.space()
            return
        if not self.buf:
            return
        buf, links = self.buf, self.links
        self.buf, self.at_space, self.links = [], True, []
        line = "".join(buf).strip()
        if not line:
            return
        if not self.plain and len(links) == 1 and links[0][1] is not None:
            start, end, href = links[0]
            assert isinstance(start, int)
            assert isinstance(end, int)
            assert isinstance(href, str)
            inside = "".join(buf[start:end]).strip()
            outside = "".join(buf[:start]) + "".join(buf[end:])
            if inside and not outside.strip():
                line = f"Link: {inside} <{href}>"
        self.emit(line)

    def emit(self, line: str) -> None:
        if self.lines and self.lines[-1] and _RULE_LINE.fullmatch(line) and len(line) >= 3:
            self.lines.append("")  # a rule in the text must not underline the line above
        self.lines.append(line)

    def blank(self) -> None:
        if not self.plain and self.lines and self.lines[-1]:
            self.lines.append("")

    def heading(self, text: str, level: int) -> None:
        if self.plain:
            self.emit(text)
            return
        self.blank()
        self.lines.append(text)
        self.lines.append(("=" if level == 1 else "-") * max(3, len(text)))

    def start_link(self, href: str) -> None:
        if not self.captures:
            self.links.append([len(self.buf), None, href])

    def end_link(self) -> None:
        if not self.captures and self.links and self.links[-1][1] is None:
            self.links[-1][1] = len(self.buf)

    # -- tables ---------------------------------------------------------------------
    def emit_table(self, rows: list[list[tuple[str, bool]]], caption: str | None) -> None:
        if caption:
            self.emit(caption)
        if not rows:
            return
        if self.plain:
            for row in rows:
                self.emit(" | ".join(c for c, _ in row))
            return
        lines = []
        first = rows[0]
        if all(is_th for _, is_th in first):
            lines.append("| " + " | ".join(_escape_cell(c) for c, _ in first) + " |")
            lines.append("| " + " | ".join("---" for _ in first) + " |")
            rows = rows[1:]
        lines.extend("| " + " | ".join(_escape_cell(c) for c, _ in row) + " |" for row in rows)
        self.lines.extend(lines)
