"""The vocabulary the segmenter reads: headings, triggers, chrome, labelled lines.

Patterns of the language of FOI letters and of the canonical text layout, kept
apart from the segmenter that applies them.

>>> is_boilerplate("Skip to main content"), is_boilerplate("Request")
(True, False)
"""

from __future__ import annotations

import re

from foimodel.extract.questions import SIGN_OFF, marker
from foimodel.ingest.blocks import BlockKind, SourceBlock

__all__ = [
    "ANSWER_HEADINGS",
    "ANSWER_LINE",
    "ANSWER_TRIGGER",
    "AUTHORITY_VOICE",
    "BOILERPLATE_HEADING",
    "INLINE_TRIGGER",
    "KEY_LINE",
    "LINK_INTRO",
    "MESSAGE_HEADING",
    "MESSAGE_KEYS",
    "QUESTION_LINE",
    "REQUESTER_VOICE",
    "REQUEST_HEADING",
    "REQUEST_SENTENCE",
    "REQUEST_TRIGGER",
    "RESIDUE_HEADING",
    "SIGN_OFF",
    "THREAD_HEADER",
    "URL",
    "heading_kind",
    "is_boilerplate",
    "may_request",
    "may_trigger",
]

_I = re.IGNORECASE

# Reserved level-1 headings of the canonical layout.
REQUEST_HEADING = "Request"
BOILERPLATE_HEADING = "Site text"
RESIDUE_HEADING = "Unplaced text"
MESSAGE_HEADING = re.compile(r"Message (\d{1,6})")

_BOILERPLATE = re.compile(
    r"\bcookies?\b.*\b(?:use|set|accept|reject|preferences|settings|policy|notice|essential)\b"
    r"|^(?:accept|reject|allow|manage|customi[sz]e) (?:all |additional |optional )?cookies"
    r"|(?:quickly |)(?:exit|leave|hide) this (?:site|page)|^skip to (?:main )?(?:content|navigation)"
    r"|^back to top$|^jump to (?:navigation|content)|^sorry, there (?:was|has been) a technical problem"
    r"|^this (?:site|service|website) is (?:a |in )?beta|your feedback (?:will )?helps? us"
    r"|^(?:was|is) this page (?:useful|helpful)|^report a problem with this page"
    r"|^(?:share|print) this page$|^(?:copyright )?©|all rights reserved\.?$"
    r"|^(?:sign|log) (?:in|out)$|^(?:menu|search|close|home|main navigation|breadcrumb)$"
    r"|^you are here:?|^(?:follow us on|find us on) |^(?:previous|next) (?:page|article)$",
    _I,
)
# One of these stands in every longer line _BOILERPLATE matches: a cheap test first
# (short lines go straight to the pattern, which is cheap on them).
_CHROME_WORDS = (
    "cookie",
    "this site",
    "this page",
    "technical problem",
    "beta",
    "feedback",
    "reserved",
    "©",
    "you are here",
    "follow us",
    "find us",
    "skip to",
)
_REQUEST_HEADINGS = re.compile(
    r"(?:your |the |original |initial |revised |amended |information |details of (?:the |your )?)?"
    r"(?:request(?:ed)?|requests?(?: details| summary| made)?|information requested"
    r"|request for information|foi request|what (?:was|you) asked(?: for)?|you asked(?: for)?"
    r"|question(?:s)?|your questions?)\s*:?",
    _I,
)
ANSWER_HEADINGS = re.compile(
    r"(?:our |the |foi |final |in |full )?(?:response|responses|answer|answers|reply|decision and "
    r"response|response to (?:your |the )?request|information (?:provided|released|disclosed))"
    r"\s*:?|we (?:answered|responded|replied)\s*:?",
    _I,
)
_SECTION_HEADINGS = re.compile(
    r"(?:reasons? for (?:the )?decision|duty to (?:provide )?advi[sc]e(?: and assist(?:ance)?)?"
    r"|advice and assistance|complaint rights|(?:your )?right (?:of|to) (?:appeal|complain|review)"
    r"|appeal rights|(?:request an? |requesting an? )?internal review|public interest test"
    r"|(?:the )?public interest|evidence of harm|harm|exemptions?(?: applied| engaged| used)?"
    r"|decision|background|clarification|further information|additional information|contact(?: us)?"
    r"|copyright|re-?use of (?:public sector )?information|next steps|summary|neither confirm nor deny"
    r"|considerations? (?:favouring|in favour of|against) (?:disclosure|non-disclosure|release)"
    r"|balance test|balancing test|conclusion|how to complain|complaints?|if you are unhappy|"
    r"if you are not satisfied(?: with (?:this|our) response)?"
    r"|refusal notice|notice of refusal"
    r"|our decision|the decision|information not held|disclosure|attachments?|documents? released"
    r"|schedule of documents|review|outcome of (?:the )?(?:internal )?review|findings?|analysis)\s*:?",
    _I,
)
REQUEST_TRIGGER = re.compile(
    r"(?:seek(?:s|ing)?|sought|request(?:ed|ing)?|ask(?:ed|ing)?(?: for)?|wrote|writes)"
    r"(?: (?:access to|for|us for))?(?: the following| as follows)|"
    r"the following (?:information|questions?|request)(?: was| were)? (?:requested|asked)|"
    r"\byou (?:have )?(?:asked|requested|wrote)(?: for| us| that)?\s*:?$|^(?:your )?request(?: was)?:$"
    r"|\b(?:your|the) request (?:was |is |reads )?(?:as follows|for the following)"
    r"|\bto the following (?:documents|information|records|questions)\s*:-?$"
    r"|\byour\b[^.:]{0,40}\brequest(?:ed)?\b[^.:]{0,30}\b(?:for|asking for|seeking|which "
    r"(?:read|reads|said|stated))\s*:-?$",
    _I,
)
REQUEST_SENTENCE = re.compile(
    r"^(?:(?:under|in accordance with) the [\w() ]{0,60}?(?:Act|Regulations)[\w() ]{0,10},? )?"
    r"(?:please (?:can you |could you )?(?:provide|send|supply|tell me|confirm|disclose|let me know)"
    r"|(?:could|can|would) you (?:please )?(?:provide|send|supply|tell me|confirm|disclose))\b"
    r"|\b(?:I am writing to (?:request|ask)|(?:I|we) (?:would like to|wish to) (?:request|ask|know"
    r"|obtain|receive|make a request)|(?:I|we) (?:am|are) (?:asking|requesting|seeking)"
    r"|(?:I|we) (?:hereby |now |also )?request\b"
    r"|\byour (?:\w+ ){0,4}request\b[^.]{0,60}?\b(?:requesting|seeking|asking for)\b"
    r"|\breceived an? (?:\w+ ){0,3}request\b[^.]{0,120}?\bfor (?:access to|copies of|information)"
    r"|(?:the |an? )?(?:applicant|requester|complainant|appellant)\b[^.;]{0,60}?\b(?:sought"
    r"|requested|asked (?:for|the \w+ for)|made (?:a|an|two|three|four|five|several) requests?)"
    r"|I(?:['’]m| am) (?:looking|writing|hoping) to (?:obtain|request|find out|receive)"
    r"|(?:^|(?<=[.!?]\s))You (?:have )?(?:asked (?:for|about|whether|if)|requested|sought)\b(?!\s*:?$))\b",
    _I,
)
REQUESTER_VOICE = re.compile(
    r"\b(?:I|we) (?:would|request|am requesting|ask|wish|want|need)\b|\bplease\b"
    r"|\b(?:can|could|would|will) you\b|\bif you\b|\byour (?:council|authority|force"
    r"|organisation|department|trust|office)\b",
    _I,
)
ANSWER_TRIGGER = re.compile(
    r"^(?:please find (?:below|enclosed|attached|the (?:information|answers?|responses?|following))"
    r"|please find [^.?]{0,80}\b(?:attached|enclosed|below)\b|(?:i|we) (?:attach|enclose)\b"
    r"|attached (?:is|are|please find)\b"
    r"|in (?:response|reply|answer) to your (?:request|questions?|queries)"
    r"|(?:the|our) (?:answers?|responses?|replies) (?:to your (?:questions?|request) )?(?:are|is)"
    r"|(?:i|we) (?:am|are) (?:now )?(?:able|pleased) to (?:provide|answer|respond)"
    r"|(?:below|the following) (?:is|are) (?:our|the) (?:response|answer))",
    _I,
)
AUTHORITY_VOICE = re.compile(
    r"^(?:I|we) (?:have (?:today |now )?(?:decided|considered|completed|conducted|searched|"
    r"carried out|located|reviewed)|can (?:confirm|advise)|(?:am|are) (?:writing|pleased|unable|"
    r"able)|write (?:in|to))|^thank you for your|^(?:this|the) (?:letter|e-?mail|response)"
    r" (?:is|serves|acts)|^(?:response|answer|reply|our response)\s*[:\-–]",
    _I,
)
QUESTION_LINE = re.compile(
    r"(?:Question(?: (?P<label>[0-9A-Za-z]{1,6}))?\s*:|Q\s?(?P<qlabel>\d{1,3}[a-z]?)\s*(?::|[.)](?=\s)))"
    r"\s*(?P<text>.*)"
)
# "Answer:", "Response 2 -", "A1:", and "A1." / "A1)" where a number says which.
ANSWER_LINE = re.compile(
    r"(?:(?i:answer|response|reply)|A)(?:\s?(?P<label>\d{1,3}))?\s*(?:[:\-–]|(?<=\d)[.)](?=\s))"
    r"\s*(?P<text>.*)"
)
# A line that reports the request after a colon: "You asked: Please provide ...".
INLINE_TRIGGER = re.compile(
    r"(?:you (?:have )?(?:asked|requested|wrote)(?: for| us)?|your (?:request|questions?)"
    r"(?: (?:was|were|read|reads))?|(?:information )?requested)\s*:\s*(?=\S)",
    _I,
)
# The header a request-thread site (Alaveteli: WhatDoTheyKnow, FYI, Right to Know,
# AsktheEU) prints under the title: "Jo Bloggs made this Freedom of Information
# request to Anyshire Council".
THREAD_HEADER = re.compile(r"\bmade this (?:[\w-]+ ){0,6}request to\b", _I)
LINK_INTRO = re.compile(
    r"\blinks?\b[^.]*\b(?:below|following|here)\b|\b(?:below|following)\s+links?\b"
    r"|(?:available|found|accessed|published|view(?:ed)?) (?:here|at|on|via)\s*:?\s*$",
    _I,
)
URL = re.compile(r"(?:https?://|www\.)\S{1,2000}")
_TRAILING_DATE = re.compile(r"\s+\d{1,4}[-/.]\d{1,2}[-/.]\d{1,4}$")
_ALL_CAPS = re.compile(r"[^a-z]*[A-Z]{2}[^a-z]*")
KEY_LINE = re.compile(
    r"(?P<key>Title|Authority|Jurisdiction|Laws|Outcome|Decision|References): (?P<value>.+)"
)
MESSAGE_KEYS = re.compile(r"(?P<key>From|To|Date|Subject|Attachment|Kind): (?P<value>.*)")


_TRIGGER_WORDS = ("request", "ask", "seek", "sought", "wrote", "write", "follow")
_REQUEST_WORDS = (
    "you asked",
    "you have asked",
    "you requested",
    "you have requested",
    "you sought",
    "find out",
    "request",
    "ask",
    "provide",
    "send",
    "supply",
    "tell",
    "confirm",
    "disclose",
    "know",
    "seek",
    "sought",
    "obtain",
    "receiv",
    "applicant",
    "complainant",
    "appellant",
)


def may_trigger(text: str) -> bool:
    lowered = text.lower()
    return any(word in lowered for word in _TRIGGER_WORDS)


def may_request(text: str) -> bool:
    lowered = text.lower()
    return any(word in lowered for word in _REQUEST_WORDS)


def is_boilerplate(text: str) -> bool:
    """True for a line of site chrome (cookie notices, exit links, beta banners ...)."""
    if len(text) >= 400:
        return False
    if len(text) > 40:
        lowered = text.lower()
        if not any(word in lowered for word in _CHROME_WORDS):
            return False
    return _BOILERPLATE.search(text) is not None


def heading_kind(block: SourceBlock) -> str | None:
    """'request', 'answers' or 'section' for a heading block or heading-like line."""
    text = block.text.strip()
    if block.kind is BlockKind.HEADING:
        if _REQUEST_HEADINGS.fullmatch(text):
            return "request"
        if ANSWER_HEADINGS.fullmatch(text):
            return "answers"
        return "section"
    if block.kind is not BlockKind.TEXT or len(text) > 90 or text.endswith((".", ",", ";", "?")):
        return None
    bare = _TRAILING_DATE.sub("", text.rstrip(":-– ").strip())
    if _REQUEST_HEADINGS.fullmatch(bare):
        return "request"
    if ANSWER_HEADINGS.fullmatch(bare):
        return "answers"
    if _SECTION_HEADINGS.fullmatch(bare) and len(bare.split()) <= 12:
        return "section"
    if (
        len(bare.split()) <= 10
        and _ALL_CAPS.fullmatch(bare)
        and marker(bare) is None
        and not any(ch.isdigit() for ch in bare)
        and sum(ch.isalpha() for ch in bare) >= 4
    ):
        return "section"
    return None
