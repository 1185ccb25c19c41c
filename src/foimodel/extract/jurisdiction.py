"""Jurisdiction and laws: where a document is from and which access laws it invokes.

Explicit lines win (the text renderer's ``Jurisdiction:`` and ``Laws:``); else the
access laws the document names, the laws of its citations, the caller's hint,
place names, and last the vocabulary of FOI (a letter about "Freedom of
Information" with no other sign is taken as UK, where most such letters are).

>>> signs_of_foi("Your Freedom of Information request"), us_signs("5 U.S.C. 552")
(True, True)
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from foimodel import laws
from foimodel.models import Citation

__all__ = ["infer_jurisdiction", "laws_invoked", "signs_of_foi", "us_signs"]

_FOI_WORDS = re.compile(
    r"freedom of information|\bFOI\b|\bFOIA\b|\bFOISA\b|\bEIRs?\b|\bOIA\b|official information"
    r"|information request|request for information|public records|access to information"
    r"|\bexempt(?:ion)?s?\b|your request|information (?:you )?requested|disclosure",
    re.IGNORECASE,
)
_US_SIGNS = re.compile(
    r"U\.S\.C\.|\bUSC\b|United States|\bFOIPA\b|Department of (?:Justice|State|Defense|Homeland)"
    r"|Federal Bureau|Privacy Act of 1974|\bPublic Records (?:Law|Act)\b"
)
_SCOTTISH = re.compile(
    r"\b(?:Scottish|Scotland|Holyrood|Edinburgh|Glasgow|Aberdeen|Dundee|Moray|Highland Council"
    r"|Fife)\b"
)


def signs_of_foi(text: str) -> bool:
    """True when ``text`` uses the vocabulary of access-to-information requests."""
    return _FOI_WORDS.search(text) is not None


def us_signs(text: str) -> bool:
    """True when ``text`` shows it is a US document (month-first dates)."""
    return _US_SIGNS.search(text) is not None


def infer_jurisdiction(named: Iterable[str], text_sample: str, hint: str | None) -> str | None:
    """The jurisdiction: from the access laws named, the hint, place names, FOI words."""
    for law_id in named:
        law = laws.get(law_id)
        if law.access_law:
            return law.jurisdiction
    if hint:
        return hint
    if us_signs(text_sample):
        return "US-federal"
    if _SCOTTISH.search(text_sample):
        return "UK-Scotland"
    if signs_of_foi(text_sample):
        return "UK"
    return None


def laws_invoked(
    named: Iterable[str],
    citations: Iterable[Citation],
    jurisdiction: str | None,
    *,
    foi_words: bool,
) -> tuple[str, ...]:
    """Access laws named or cited, in order; else the jurisdiction's default law."""
    ids: list[str] = []
    for law_id in [*named, *(c.law for c in citations if c.law)]:
        if law_id not in ids and (laws.get(law_id).access_law or law_id.startswith("us-privacy")):
            ids.append(law_id)
    if not ids and jurisdiction and foi_words:
        default = laws.resolve_generic("act", jurisdiction)
        if default:
            ids.append(default)
    return tuple(ids)
