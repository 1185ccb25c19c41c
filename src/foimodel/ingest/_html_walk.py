"""The layout walk: an lxml tree to lines in the text front end's conventions.

One iterative pass (``lxml.etree.iterwalk``, so no recursion however deep the
page) writes two streams of lines: the main content and the site chrome. Each
``<p>``, ``<li>``, ``<br>``-separated line or table row is one line; a heading is
its text over a ``===`` (h1) or ``---`` (h2-h6) rule; a data table is pipe rows
with a ``| --- |`` rule under a ``<th>`` header; an ``<a href>`` that is the whole
of its line becomes ``Link: text <href>``; a ``<dt>``/``<dd>`` pair becomes
``term: value``. A blank line goes before each heading and after each ``<dl>``
and each ``<li>`` that holds blocks (this is exactly where the text renderer
puts them, so the HTML renderer round-trips). The chrome stream is plain lines.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from urllib.parse import urljoin

from lxml import etree

from foimodel.ingest._html_stream import Stream, list_label

__all__ = ["BLOCK_TAGS", "SKIP_TAGS", "Prelude", "Route", "Walker", "is_reserved_heading"]

SKIP_TAGS = frozenset(
    {
        "script",
        "style",
        "noscript",
        "template",
        "svg",
        "math",
        "iframe",
        "frame",
        "object",
        "embed",
        "canvas",
        "head",
        "select",
        "datalist",
        "button",
        "input",
        "textarea",
        "option",
        "optgroup",
        "audio",
        "video",
        "source",
        "track",
        "map",
        "area",
        "img",
        "picture",
    }
)
BLOCK_TAGS = frozenset(
    {
        "address",
        "article",
        "aside",
        "blockquote",
        "body",
        "center",
        "dd",
        "details",
        "dialog",
        "dir",
        "div",
        "dl",
        "dt",
        "fieldset",
        "figcaption",
        "figure",
        "footer",
        "form",
        "h1",
        "h2",
        "h3",
        "h4",
        "h5",
        "h6",
        "header",
        "hgroup",
        "hr",
        "html",
        "legend",
        "li",
        "main",
        "menu",
        "nav",
        "ol",
        "p",
        "pre",
        "section",
        "summary",
        "table",
        "tbody",
        "td",
        "tfoot",
        "th",
        "thead",
        "tr",
        "ul",
        "caption",
        "frameset",
        "noframes",
        "search",
    }
)
_HEADINGS = {"h1": 1, "h2": 2, "h3": 3, "h4": 4, "h5": 5, "h6": 6}
_SECTIONING = frozenset({"article", "aside", "main", "nav", "section"})
_CHROME_ROLES = frozenset({"navigation", "banner", "contentinfo", "search", "complementary"})
_CHROME_WORDS = frozenset(
    {
        "cookie",
        "cookies",
        "consent",
        "banner",
        "skip",
        "skiplink",
        "skiplinks",
        "breadcrumb",
        "breadcrumbs",
        "feedback",
        "related",
        "sidebar",
        "share",
        "sharing",
        "social",
        "menu",
        "menus",
        "navbar",
        "nav",
        "navigation",
        "topnav",
        "subnav",
        "footer",
        "masthead",
        "popup",
        "modal",
        "toolbar",
        "pagination",
        "advert",
        "adverts",
        "advertisement",
        "ads",
        "newsletter",
        "skipto",
    }
)
_TOKENS = re.compile(r"[a-z0-9]+")
_HIDDEN_STYLE = re.compile(r"display\s*:\s*none|visibility\s*:\s*hidden", re.IGNORECASE)
_PRE_STYLE = re.compile(r"white-space\s*:\s*(?:pre|break-spaces)", re.IGNORECASE)
_UNSAFE_SCHEMES = ("javascript:", "vbscript:", "data:")
_RESERVED = re.compile(r"Request|Site text|Unplaced text|Message \d{1,6}")

Route = str
"""What to do with an element: ``"main"``, ``"chrome"``, ``"skip"`` or ``""`` (inherit)."""
Prelude = list[tuple[str, str]]
"""Lines to write to the main stream when an element starts: (``"h1"`` | ``"line"``, text)."""


def is_reserved_heading(text: str) -> bool:
    """True for the level-1 headings the segmenter reserves (``Request``, ``Message 3`` ...)."""
    return _RESERVED.fullmatch(text) is not None


class _Frame:
    __slots__ = ("blocky", "counter", "kind", "list_type", "pre", "sectioned", "stream", "tag")

    def __init__(self, tag: str, stream: Stream, sectioned: bool, pre: bool) -> None:
        self.tag = tag
        self.stream = stream
        self.sectioned = sectioned
        self.pre = pre
        self.kind = ""  # what the end event must close: heading, cell, dt, dd, link, table ...
        self.blocky = False  # holds block children (a "loose" list item)
        self.counter = 1
        self.list_type: str | None = None


def _is_chrome(el: etree._Element, tag: str, sectioned: bool) -> bool:
    if tag in ("nav", "aside"):
        return True
    if tag in ("header", "footer") and not sectioned:
        return True
    role = el.get("role")
    if role and role.strip().lower() in _CHROME_ROLES:
        return True
    names = (el.get("class") or "") + " " + (el.get("id") or "")
    if names.strip() and not _CHROME_WORDS.isdisjoint(_TOKENS.findall(names.lower())):
        return True
    return _is_hidden(el)


def _is_hidden(el: etree._Element) -> bool:
    if el.get("hidden") is not None or (el.get("aria-hidden") or "").strip().lower() == "true":
        return True
    style = el.get("style")
    return bool(style and _HIDDEN_STYLE.search(style))


def _is_layout_table(el: etree._Element) -> bool:
    if (el.get("role") or "").lower() in ("presentation", "none"):
        return True
    found = el.xpath(
        "boolean(.//table | .//td//h1 | .//td//h2 | .//td//h3 | .//td//ul | .//td//ol"
        " | .//td//blockquote | .//td//dl)"
    )
    if found:
        return True
    cells = el.xpath("count(.//td | .//th)")
    if isinstance(cells, float) and cells <= 1:  # one cell framing a page, not a figure
        return bool(el.xpath("boolean(.//td//p | .//td//div | .//td//br)"))
    return False


class Walker:
    """Walk one tree into a main and a chrome stream.

    ``routes`` maps elements to a route and a prelude (the thread front end uses
    it to write message headers); ``default`` is the body's stream; ``title`` turns
    the first unreserved ``<h1>`` of the main stream into a ``Title:`` line.
    """

    def __init__(
        self,
        *,
        base: str | None,
        max_depth: int,
        routes: dict[etree._Element, tuple[Route, Prelude]],
        default: Route,
        title: bool,
    ) -> None:
        keep: set[etree._Element] = set()
        for el in routes:
            keep.add(el)
            for up in el.iterancestors():
                if up in keep:
                    break
                keep.add(up)
        self.keep = keep
        self.base = base
        self.max_depth = max_depth
        self.routes = routes
        self.default = default
        self.want_title = title
        self.main = Stream(plain=False)
        self.chrome = Stream(plain=True)
        self.too_deep = False
        self.title: str | None = None

    def resolve(self, href: str) -> str | None:
        href = href.strip()
        if not href or href.lower().startswith(_UNSAFE_SCHEMES):
            return None
        if self.base:
            try:
                href = urljoin(self.base, href)
            except ValueError:
                return None
        return href.replace(" ", "%20").replace("<", "%3C").replace(">", "%3E")

    def run(self, root: etree._Element) -> None:
        frames: list[_Frame] = []
        walker = etree.iterwalk(root, events=("start", "end"))
        start_handler: Callable[[etree._Element, list[_Frame]], bool] = self.start
        for event, el in walker:
            if event == "start":
                if not start_handler(el, frames):
                    walker.skip_subtree()
            else:
                frame = frames.pop()
                self.end(el, frame)
                if el.tail:
                    parent = frames[-1] if frames else None
                    stream = parent.stream if parent else self.main
                    stream.text(el.tail, parent.pre if parent else False)
        self.main.flush()
        self.chrome.flush()

    # -- start ------------------------------------------------------------------------
    def start(self, el: etree._Element, frames: list[_Frame]) -> bool:
        tag = el.tag if isinstance(el.tag, str) else ""
        parent = frames[-1] if frames else None
        if parent is None:
            stream = self.main if self.default == "main" else self.chrome
            frame = _Frame(tag, stream, False, False)
        else:
            frame = _Frame(tag, parent.stream, parent.sectioned, parent.pre)
        frames.append(frame)
        if tag in SKIP_TAGS or not tag:
            return False
        route, prelude = self.routes.get(el, ("", []))
        if prelude:
            self.write_prelude(prelude)
        if route == "skip":
            return False
        if len(frames) > self.max_depth:
            self.too_deep = True
            frame.tag = ""  # no block handling below the limit
            frame.stream.text(el.text or "", frame.pre)
            return True  # deeper content flattens into inline text
        if route == "main":
            frame.stream = self.main
        elif route == "chrome" or (
            frame.stream is self.main
            and tag not in ("html", "body")
            and _is_chrome(el, tag, frame.sectioned)
        ):
            frame.stream = self.chrome
        stream = frame.stream
        if stream is self.chrome and el not in self.keep:
            self.chrome_text(el, tag in BLOCK_TAGS)
            frame.tag = ""
            return False
        if tag in _SECTIONING:
            frame.sectioned = True
        if not frame.pre:
            style = el.get("style")
            frame.pre = tag in ("pre", "listing", "plaintext", "xmp") or bool(
                style and _PRE_STYLE.search(style)
            )
        if tag in BLOCK_TAGS:
            if parent is not None:
                parent.blocky = True
            self.start_block(el, tag, frame, parent, stream)
        elif tag == "br":
            stream.line_break()
        elif tag == "a":
            href = el.get("href")
            target = self.resolve(href) if href is not None else None
            if target is not None:
                stream.start_link(target)
                frame.kind = "link"
        if el.text:
            stream.text(el.text, frame.pre)
        return True

    def chrome_text(self, el: etree._Element, block: bool) -> None:
        """A chrome subtree with nothing routed inside: its text as plain lines, read in C."""
        text = etree.tostring(el, method="text", encoding="unicode", with_tail=False)
        chrome = self.chrome
        if not block:
            chrome.text(text, False)
            return
        chrome.flush()
        for line in text.split("\n"):
            chrome.text(line, False)
            chrome.flush()

    def write_prelude(self, prelude: Prelude) -> None:
        self.main.flush()
        for kind, text in prelude:
            if kind == "h1":
                self.main.heading(text, 1)
            else:
                self.main.emit(text)

    def start_block(
        self, el: etree._Element, tag: str, frame: _Frame, parent: _Frame | None, stream: Stream
    ) -> None:
        if stream.captures:
            stream.space()
            return
        if stream.table is not None and tag in (
            "tr",
            "td",
            "th",
            "caption",
            "thead",
            "tbody",
            "tfoot",
        ):
            if tag in ("td", "th", "caption"):
                stream.capture()
                frame.kind = tag
            elif tag == "tr":
                stream.table.append([])
            return
        stream.flush()
        if tag in _HEADINGS or tag in ("dt", "dd"):
            stream.capture()
            frame.kind = tag
        elif tag == "table" and not _is_layout_table(el):
            frame.kind = "table"
            frame.counter = 0
            stream.table, stream.caption = [], None
        elif tag == "dl":
            frame.kind = "dl"
            stream.pending_dt = None
        elif tag in ("ol", "ul", "menu", "dir"):
            frame.list_type = el.get("type") if tag == "ol" else None
            frame.kind = tag
            if tag == "ol":
                start = el.get("start")
                frame.counter = int(start) if start and start.strip().lstrip("-").isdigit() else 1
        elif tag == "li" and parent is not None and parent.kind == "ol" and not stream.plain:
            value = el.get("value")
            number = int(value) if value and value.strip().isdigit() else parent.counter
            parent.counter = number + 1
            stream.text(f"{list_label(number, parent.list_type)}. ", False)

    # -- end --------------------------------------------------------------------------
    def end(self, el: etree._Element, frame: _Frame) -> None:
        stream = frame.stream
        kind = frame.kind
        if kind == "link":
            stream.end_link()
            return
        if frame.tag not in BLOCK_TAGS:
            return
        if kind in _HEADINGS:
            text = stream.release()
            if text:
                self.end_heading(text, _HEADINGS[kind], stream)
        elif kind in ("td", "th"):
            text = stream.release()
            if stream.table is not None:
                if not stream.table:
                    stream.table.append([])
                stream.table[-1].append((text, kind == "th"))
        elif kind == "caption":
            stream.caption = stream.release() or None
        elif kind == "table":
            rows = [row for row in stream.table or () if row]
            caption = stream.caption
            stream.table, stream.caption = None, None
            stream.emit_table(rows, caption)
        elif kind == "dt":
            text = stream.release()
            self.close_dt(stream)
            stream.pending_dt = [text, False]
        elif kind == "dd":
            text = stream.release()
            term = stream.pending_dt
            if term is not None and term[0]:
                term[1] = True
                sep = " " if str(term[0]).endswith(":") else ": "
                text = f"{term[0]}{sep}{text}".rstrip()
            if text:
                stream.emit(text)
        elif kind == "dl":
            self.close_dt(stream)
            stream.pending_dt = None
            stream.flush()
            stream.blank()
        else:
            stream.flush()
            if frame.tag == "li" and frame.blocky and not stream.captures:
                stream.blank()

    def close_dt(self, stream: Stream) -> None:
        term = stream.pending_dt
        if term is not None and not term[1] and term[0]:
            stream.emit(str(term[0]))
        stream.pending_dt = None

    def end_heading(self, text: str, level: int, stream: Stream) -> None:
        if (
            self.want_title
            and self.title is None
            and level == 1
            and stream is self.main
            and not is_reserved_heading(text)
        ):
            self.title = text
            stream.emit(f"Title: {text}")
            return
        stream.heading(text, level)
