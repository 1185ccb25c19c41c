"""Request threads (Alaveteli: WhatDoTheyKnow and its sister sites) as canonical messages.

Each ``div.correspondence`` becomes a message in the text layout: a ``Message N``
heading, ``From:``/``To:``/``Date:``/``Attachment:``/``Kind:`` lines read from the
markup, then the ``.correspondence_text`` body. The request title and the
authority become ``Title:`` and ``Authority:`` lines; everything else on the
page (status banner, action menus, annotations, sidebar) is chrome.

The message kind comes from markup only: the first outgoing message is the
request, later outgoing ones are follow-ups, incoming ones are responses.
"""

from __future__ import annotations

import datetime as dt
import re

from lxml import etree

from foimodel.extract.dates import parse_date
from foimodel.ingest._html_walk import Prelude, Route

__all__ = ["thread_routes"]

_WS = re.compile(r"\s+")


def _has_class(name: str) -> str:
    return f"contains(concat(' ', normalize-space(@class), ' '), ' {name} ')"


_CORRESPONDENCE = etree.XPath(f"//div[{_has_class('correspondence')}]")
_SUBTITLE = etree.XPath(
    f".//*[{_has_class('request-header__subtitle')} or {_has_class('subtitle')}]"
)
_AUTHOR = etree.XPath(f".//*[{_has_class('correspondence__header__author')}]")
_TIME = etree.XPath(f".//*[{_has_class('correspondence__header')}]//time | .//time[@datetime]")
_ATTACHMENT_NAME = etree.XPath(f".//*[{_has_class('attachment__name')}]")
_ATTACHMENTS = etree.XPath(f".//*[{_has_class('attachments')}]")
_BODY = etree.XPath(f".//*[{_has_class('correspondence_text')}]")


def _text(el: etree._Element) -> str:
    return _WS.sub(" ", "".join(str(t) for t in el.itertext())).strip().rstrip(",").strip()


def _elements(found: object) -> list[etree._Element]:
    if not isinstance(found, list):
        return []
    return [el for el in found if isinstance(el, etree._Element)]


def _first(found: object) -> etree._Element | None:
    elements = _elements(found)
    return elements[0] if elements else None


def _date(el: etree._Element | None) -> dt.date | None:
    if el is None:
        return None
    stamp = (el.get("datetime") or "").strip()
    try:
        return dt.date.fromisoformat(stamp[:10])
    except ValueError:
        return parse_date(_text(el), dayfirst=True)


def thread_routes(
    root: etree._Element, scope: etree._Element
) -> dict[etree._Element, tuple[Route, Prelude]] | None:
    """Routes for an Alaveteli thread page, or ``None`` when the page is not one."""
    messages = _elements(_CORRESPONDENCE(root))
    if not messages:
        return None
    routes: dict[etree._Element, tuple[Route, Prelude]] = {}
    subtitle = _first(_SUBTITLE(scope))
    authority = requester = None
    if subtitle is not None:
        routes[subtitle] = ("main", [])
        body = _first(subtitle.xpath(".//a[contains(@href, '/body/')]"))
        user = _first(subtitle.xpath(".//a[contains(@href, '/user/')]"))
        authority = _text(body) if body is not None else None
        requester = _text(user) if user is not None else None
    title = _first(scope.xpath(".//h1"))
    if title is not None:
        lines: Prelude = []
        if _text(title):
            lines.append(("line", f"Title: {_text(title)}"))
        if authority:
            lines.append(("line", f"Authority: {authority}"))
        routes[title] = ("skip", lines)
    elif authority:
        first = subtitle if subtitle is not None else messages[0]
        routes[first] = (routes.get(first, ("", []))[0], [("line", f"Authority: {authority}")])
    requested = False
    for number, message in enumerate(messages, 1):
        classes = (message.get("class") or "").split()
        outgoing = "outgoing" in classes or (message.get("id") or "").startswith("outgoing")
        if outgoing:
            kind = "follow_up" if requested else "request"
            requested = True
        else:
            kind = "response"
        prelude: Prelude = [("h1", f"Message {number}")]
        author = _first(_AUTHOR(message))
        if author is not None and _text(author):
            prelude.append(("line", f"From: {_text(author)}"))
            routes[author] = ("skip", [])
        recipient = authority if outgoing else requester
        if recipient:
            prelude.append(("line", f"To: {recipient}"))
        stamp = _first(_TIME(message))
        sent = _date(stamp)
        if sent is not None and stamp is not None:
            prelude.append(("line", f"Date: {sent.isoformat()}"))
            routes[stamp] = ("skip", [])
        for name_el in _elements(_ATTACHMENT_NAME(message)):
            if _text(name_el):
                prelude.append(("line", f"Attachment: {_text(name_el)}"))
                routes[name_el] = ("skip", [])
        prelude.append(("line", f"Kind: {kind}"))
        routes[message] = ("chrome", prelude)
        for box in _elements(_ATTACHMENTS(message)):
            routes.setdefault(box, ("chrome", []))
        for body in _elements(_BODY(message)):
            routes[body] = ("main", [])
    return routes
