"""The HTML front end: a web page to the normalised text and blocks of the text front end.

The page's main content is written as plain text in exactly the layout the text
front end reads and the text renderer writes (headings over ``===``/``---``
rules, pipe tables, ``Link: text <href>`` lines, ``Message N`` threads), and the
blocks are what :func:`foimodel.ingest.text.text_blocks` makes of that text. So
one segmenter serves both formats, and ``parse_html(render_html(d))`` equals
``parse_text(render_text(d))`` but for ``source``.

Site chrome (``<nav>``, ``<header>``, ``<footer>``, ``<aside>``, landmark roles,
cookie banners, breadcrumbs, sidebars ...) is not dropped: it is written after
the content under a ``Site text`` heading, in blocks marked ``zone="chrome"``,
which the segmenter files as boilerplate.

Safe by construction: lxml's HTML parser without network access, comments or
processing instructions; no DTD is loaded and no entity is expanded; the walk
is iterative; the input size is capped by ``ParsePolicy.max_bytes``.

>>> text, blocks, source, defects = html_blocks(b"<h1>Reply</h1><p>Our ref: FOI-1</p>")
>>> text
'Title: Reply\\nOur ref: FOI-1\\n'
>>> source.encoding, [b.kind.value for b in blocks]
('utf-8', ['text', 'text'])
"""

from __future__ import annotations

import html as _html
import re
from urllib.parse import urljoin

from lxml import etree

from foimodel.ingest._html_decode import decode_html
from foimodel.ingest._html_thread import thread_routes
from foimodel.ingest._html_walk import SKIP_TAGS, Prelude, Route, Walker
from foimodel.ingest.blocks import SourceBlock
from foimodel.ingest.text import normalize_text, text_blocks
from foimodel.models import Defect, Source
from foimodel.policy import DEFAULT_POLICY, ParsePolicy

__all__ = ["SITE_TEXT_HEADING", "html_blocks"]

SITE_TEXT_HEADING = "Site text"
"""The level-1 heading the chrome lines are written under (the segmenter reserves it)."""

_CONTROL = re.compile(r"[\x00-\x08\x0b\x0e-\x1f\x7f]")
_TAG = re.compile(r"<(script|style)\b.*?</\1\s*>|<[^>]*>", re.IGNORECASE | re.DOTALL)
_ENTITY = re.compile(r"&(?:amp|lt|gt|quot|apos|nbsp|#\d{1,7}|#x[0-9a-fA-F]{1,6});")
_CONTENT_IDS = frozenset({"content", "main", "main-content", "maincontent"})
_STRIPPED = tuple(sorted(SKIP_TAGS - {"img", "input", "source", "track", "area", "picture"}))


def _parser() -> etree.HTMLParser:
    # A fresh parser per call: lxml parsers are not thread-safe.
    return etree.HTMLParser(  # type: ignore[call-arg]  # lxml-stubs lag: default_doctype
        recover=True,
        no_network=True,
        remove_comments=True,
        remove_pis=True,
        remove_blank_text=False,
        huge_tree=False,
        collect_ids=False,
        default_doctype=False,
        encoding="utf-8",
    )


def _main_root(root: etree._Element) -> etree._Element | None:
    """``<main>`` or ``[role=main]``, else ``#content`` (or alike), else the one ``<article>``."""
    by_id: etree._Element | None = None
    articles: list[etree._Element] = []
    for el in root.iter():  # one pass in C order; cheaper than an XPath union
        tag = el.tag
        if tag == "main" or el.get("role") == "main":
            return el
        if by_id is None and el.get("id") in _CONTENT_IDS:
            by_id = el
        elif tag == "article":
            articles.append(el)
    if by_id is not None:
        return by_id
    return articles[0] if len(articles) == 1 else None


def _base_url(root: etree._Element, url: str | None) -> str | None:
    for base in root.iter("base"):
        href = (base.get("href") or "").strip()
        if href and not href.lower().startswith(("javascript:", "data:", "vbscript:")):
            try:
                return urljoin(url, href) if url else href
            except ValueError:
                return url
    return url


def _salvage(raw: bytes, line: int, column: int) -> list[str]:
    """The text after the point where libxml2 gave up (tags stripped, entities left)."""
    offset = 0
    for _ in range(max(0, line - 1)):
        offset = raw.find(b"\n", offset) + 1
        if offset == 0:
            return []
    rest = raw[offset + max(0, column - 1) :].decode("utf-8", "replace")
    rest = _TAG.sub("\n", rest)
    rest = _ENTITY.sub(lambda m: _html.unescape(m.group()), rest)
    return [line.strip() for line in rest.split("\n") if line.strip()]


def html_blocks(
    data: bytes | str, *, url: str | None = None, policy: ParsePolicy = DEFAULT_POLICY
) -> tuple[str, list[SourceBlock], Source, list[Defect]]:
    """Read an HTML page: return (normalised text, blocks, source, defects).

    Raises :class:`foimodel.errors.InputTooLargeError` when ``data`` is longer
    than ``policy.max_bytes``; never raises on malformed, hostile or binary input.
    """
    if not isinstance(data, bytes | str):
        raise TypeError(
            f"html_blocks() argument 'data' must be bytes or str, not {type(data).__name__}"
        )
    policy.check_size(data, what="HTML input")
    if isinstance(data, str):
        decoded, encoding, defects = data, "utf-8", list[Defect]()
    else:
        decoded, encoding, defects = decode_html(data, policy.encoding)
    raw = _CONTROL.sub("", decoded).encode("utf-8", "replace")
    parser = _parser()
    try:
        root = etree.fromstring(raw, parser) if raw.strip() else None
    except (etree.LxmlError, ValueError) as exc:  # recover=True makes this rare
        defects.append(Defect(kind="html", reason=f"the page could not be parsed: {exc}"))
        root = None
    salvage: list[str] = []
    for error in parser.error_log:
        if error.type_name == "ERR_RESOURCE_LIMIT" or "depth" in error.message.lower():
            defects.append(
                Defect(
                    kind="too-deep",
                    reason="the page nests elements deeper than the parser allows; "
                    "the text after that point is kept without its markup",
                )
            )
            salvage = _salvage(raw, error.line, error.column)
            break
    source = Source(format="html", encoding=encoding, url=url)
    if root is None:
        text = normalize_text("\n".join(salvage) + "\n" if salvage else "")
        return text, text_blocks(text), source, defects

    base = _base_url(root, url)
    etree.strip_elements(root, *_STRIPPED, with_tail=False)
    for br in root.iter("br"):  # so that text read in C (chrome) breaks lines there too
        br.tail = "\n" + br.tail if br.tail else "\n"
    main = _main_root(root)
    routes: dict[etree._Element, tuple[Route, Prelude]] | None = None
    if b"correspondence" in raw:
        routes = thread_routes(root, main if main is not None else root)
    threaded = routes is not None
    if routes is None:
        routes = {main: ("main", [])} if main is not None else {}
    walker = Walker(
        base=base,
        max_depth=policy.max_depth,
        routes=routes,
        default="chrome" if threaded or main is not None else "main",
        title=not threaded,
    )
    walker.run(root)
    if walker.too_deep:
        defects.append(
            Defect(
                kind="too-deep",
                reason=f"elements nested deeper than max_depth={policy.max_depth} were "
                "read as plain text",
            )
        )
    for extra in salvage:
        walker.main.emit(extra)
    lines = walker.main.lines
    chrome = [line for line in walker.chrome.lines if line]
    chrome_at = -1
    if chrome:
        walker.main.heading(SITE_TEXT_HEADING, 1)
        chrome_at = len(normalize_text("\n".join(lines))) + 1
    text = normalize_text("\n".join(lines + chrome) + "\n") if lines or chrome else ""
    blocks = text_blocks(text)
    if chrome_at >= 0:
        blocks = [b if b.span.start < chrome_at else _chrome(b) for b in blocks]
    return text, blocks, source, defects


def _chrome(b: SourceBlock) -> SourceBlock:
    return SourceBlock(
        kind=b.kind,
        text=b.text,
        span=b.span,
        level=b.level,
        header=b.header,
        rows=b.rows,
        target=b.target,
        marker=b.marker,
        zone="chrome",
    )
