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


_MESSAGE_PARTS = frozenset(
    {"correspondence__header__author", "attachment__name", "attachments", "correspondence_text"}
)
_SUBTITLES = frozenset({"request-header__subtitle", "subtitle"})


def _text(el: etree._Element) -> str:
    return _WS.sub(" ", "".join(str(t) for t in el.itertext())).strip().rstrip(",").strip()


def _within(el: etree._Element, scope: etree._Element) -> bool:
    return el is scope or any(up is scope for up in el.iterancestors())


def _date(el: etree._Element | None) -> dt.date | None:
    if el is None:
        return None
    stamp = (el.get("datetime") or "").strip()
    try:
        return dt.date.fromisoformat(stamp[:10])
    except ValueError:
        return parse_date(_text(el), dayfirst=True)


class _Survey:
    """The thread's parts, found in one pass over the page (no XPath scans)."""

    def __init__(self, scope: etree._Element) -> None:
        self.messages: list[etree._Element] = []
        self.parts: dict[etree._Element, dict[str, list[etree._Element]]] = {}
        self.subtitles: list[etree._Element] = []
        self.titles: list[etree._Element] = []
        for el in scope.iter():
            tag = el.tag
            if tag == "h1":
                self.titles.append(el)
            if tag == "time":
                self.add(el, "time")
                continue
            names = el.get("class")
            if not names:
                continue
            tokens = names.split()
            if "correspondence" in tokens:
                self.messages.append(el)
                self.parts[el] = {}
                continue
            for token in tokens:
                if token in _MESSAGE_PARTS:
                    self.add(el, token)
                elif token in _SUBTITLES:
                    self.subtitles.append(el)

    def add(self, el: etree._Element, part: str) -> None:
        for up in el.iterancestors():
            found = self.parts.get(up)
            if found is not None:
                found.setdefault(part, []).append(el)
                return


def thread_routes(
    root: etree._Element, scope: etree._Element
) -> dict[etree._Element, tuple[Route, Prelude]] | None:
    """Routes for an Alaveteli thread page, or ``None`` when the page is not one."""
    survey = _Survey(root)
    messages = survey.messages
    if not messages:
        return None
    routes: dict[etree._Element, tuple[Route, Prelude]] = {}
    subtitle = next((el for el in survey.subtitles if _within(el, scope)), None)
    authority = requester = None
    if subtitle is not None:
        routes[subtitle] = ("main", [])
        for link in subtitle.iter("a"):
            href = link.get("href") or ""
            if "/body/" in href and authority is None:
                authority = _text(link)
            elif "/user/" in href and requester is None:
                requester = _text(link)
    title = next((el for el in survey.titles if _within(el, scope)), None)
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
        parts = survey.parts[message]
        classes = (message.get("class") or "").split()
        outgoing = "outgoing" in classes or (message.get("id") or "").startswith("outgoing")
        if outgoing:
            kind = "follow_up" if requested else "request"
            requested = True
        else:
            kind = "response"
        prelude: Prelude = [("h1", f"Message {number}")]
        author = next(iter(parts.get("correspondence__header__author", ())), None)
        if author is not None and _text(author):
            prelude.append(("line", f"From: {_text(author)}"))
            routes[author] = ("skip", [])
        recipient = authority if outgoing else requester
        if recipient:
            prelude.append(("line", f"To: {recipient}"))
        stamp = next(iter(parts.get("time", ())), None)
        sent = _date(stamp)
        if sent is not None and stamp is not None:
            prelude.append(("line", f"Date: {sent.isoformat()}"))
            routes[stamp] = ("skip", [])
        for name_el in parts.get("attachment__name", ()):
            if _text(name_el):
                prelude.append(("line", f"Attachment: {_text(name_el)}"))
                routes[name_el] = ("skip", [])
        prelude.append(("line", f"Kind: {kind}"))
        routes[message] = ("chrome", prelude)
        for box in parts.get("attachments", ()):
            routes.setdefault(box, ("chrome", []))
        for body in parts.get("correspondence_text", ()):
            routes[body] = ("main", [])
    return routes
