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
from foimodel.extract._leading import leading
from foimodel.models import Citation

__all__ = ["infer_jurisdiction", "laws_invoked", "place_jurisdiction", "signs_of_foi", "us_signs"]

_FOI_WORDS = leading(
    "feoirpayd",
    r"(?<![0-9A-Za-z])(?:freedom of information|\bFOI\b|\bFOIA\b|\bFOISA\b|\bEIRs?\b|\bOIA\b|official information"
    r"|information request|request for information|public records|access to information"
    r"|\bexempt(?:ion)?s?\b|your (?:\w+ )?request|information (?:you )?requested|disclosure"
    r"|date of request|request (?:number|reference)|\bpublic authorit)",
    re.IGNORECASE,
)
_US_SIGNS = leading(
    "UFDP",
    r"(?<![0-9A-Za-z])(?:U\.S\.C\.|\bUSC\b|United States|\bFOIPA\b|Department of (?:Justice|State|Defense|Homeland)"
    r"|Federal Bureau|Privacy Act of 1974|\bPublic Records (?:Law|Act)\b)",
)
_SCOTTISH = leading(
    "SHEGADMF",
    r"\b(?:Scottish|Scotland|Holyrood|Edinburgh|Glasgow|Aberdeen|Dundee|Moray|Highland Council"
    r"|Fife)\b",
)


# Places, bodies and words that tie a document to one jurisdiction, strongest first.
_PLACES: tuple[tuple[str, re.Pattern[str]], ...] = (
    (
        "US-MA",
        leading(
            "MC,",
            r"\bMassachusetts\b|\bM\.?G\.?L\.? c\. ?66|, MA\b|\bCommonwealth of Massachusetts",
        ),
    ),
    ("US-CA", leading("C,", r"\bCalifornia Public Records|\bCal\. Gov(?:'t|\.)? Code|, CA\b")),
    (
        "Canada-ON",
        leading("ORI", r"\bOntario\b|\bR\.S\.O\.|Information and Privacy Commissioner of Ontario"),
    ),
    (
        "Canada",
        leading("CRA", r"\bCanada\b|\bCanadian\b|\bR\.S\.C\.|\bATIP\b|Access to Information Act"),
    ),
    (
        "Australia-VIC",
        leading("(VO", r"\(Vic\)|\bVictorian (?:Government|Information Commissioner)|\bOVIC\b"),
    ),
    (
        "Australia",
        leading(
            "AC(OR",
            r"\bAustralian?\b|\bCommonwealth agenc|\(Cth\)|\bOAIC\b|\bCanberra\b|\bRight ?To ?Know\b",
        ),
    ),
    (
        "New Zealand",
        leading(
            "NAWOfKL",
            r"\bNew Zealand\b|\bAotearoa\b|\bWellington\b|\bOfficial Information Act\b|\bfyi\.org\.nz"
            r"|\bKia ora\b|\bNgā mihi\b|\bLGOIMA\b",
        ),
    ),
    (
        "Ireland",
        leading(
            "IDTGOCH",
            r"(?<!Northern )\bIreland\b|\bIrish\b|\bDublin\b|\bTusla\b|\bGarda\b|\bOireachtas\b"
            r"|\bCoimisinéara\b|\bOifig\b|\bOIC-\d|Health Service Executive",
        ),
    ),
    (
        "US-federal",
        leading(
            "UFCD",
            r"U\.S\.C\.|\bUSC\b|United States|\bFOIPA\b|Federal Bureau|\bC\.F\.R\."
            r"|\bU\.S\. Department|\bDepartment of (?:Justice|State|Defense|Homeland)",
        ),
    ),
)


# Words one of which each place's pattern needs: a cheap test before the regex.
_PLACE_WORDS: dict[str, tuple[str, ...]] = {
    "US-MA": ("Massachusetts", "c. 66", "c.66", ", MA"),
    "US-CA": ("California", "Cal.", ", CA"),
    "Canada-ON": ("Ontario", "R.S.O."),
    "Canada": ("Canad", "R.S.C.", "ATIP", "Access to Information Act"),
    "Australia-VIC": ("(Vic)", "Victorian", "OVIC"),
    "Australia": ("Australia", "Commonwealth agenc", "(Cth)", "OAIC", "Canberra", "Know"),
    "New Zealand": (
        "New Zealand",
        "Aotearoa",
        "Wellington",
        "Official Information Act",
        "fyi.org.nz",
        "Kia ora",
        "Ngā mihi",
        "LGOIMA",
    ),
    "Ireland": (
        "Ireland",
        "Irish",
        "Dublin",
        "Tusla",
        "Garda",
        "Oireachtas",
        "Coimisin",
        "Oifig",
        "OIC-",
        "Health Service Executive",
    ),
    "US-federal": (
        "U.S.",
        "USC",
        "United States",
        "FOIPA",
        "Federal Bureau",
        "C.F.R.",
        "Department of",
    ),
}


def place_jurisdiction(text: str) -> str | None:
    """The jurisdiction the places and bodies ``text`` names point to, if any.

    >>> place_jurisdiction("a Commonwealth agency under the FOI Act")
    'Australia'
    """
    for place, pattern in _PLACES:
        if any(word in text for word in _PLACE_WORDS[place]) and pattern.search(text):
            return place
    return None


def signs_of_foi(text: str) -> bool:
    """True when ``text`` uses the vocabulary of access-to-information requests."""
    return _FOI_WORDS.search(text) is not None


def us_signs(text: str) -> bool:
    """True when ``text`` shows it is a US document (month-first dates)."""
    return _US_SIGNS.search(text) is not None


# A UK access law cited by its full title and year settles the matter.
_UK_STATUTE = leading(
    "I(",
    r"Information Act 2000|Information Regulations 2004|\(Scotland\) (?:Act 2002|Regulations 2004)",
)


def infer_jurisdiction(named: Iterable[str], text_sample: str, hint: str | None) -> str | None:
    """The jurisdiction: from the access laws named, the hint, place names, FOI words.

    A place outside the UK wins over a law whose name only the UK's preference
    settled ("FOIA" in a US letter).
    """
    place = place_jurisdiction(text_sample)
    uk_by_name = _UK_STATUTE.search(text_sample) is not None
    for law_id in named:
        law = laws.get(law_id)
        if law.access_law:
            uk = law.jurisdiction in ("UK", "UK-Scotland")
            if place and uk and not uk_by_name and not place.startswith("UK"):
                return place
            return law.jurisdiction
    if hint:
        return hint
    if place:
        return place
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
        law = laws.get(law_id)
        if jurisdiction and law.jurisdiction != jurisdiction:
            law_id = _same_law_here(law, jurisdiction) or law_id
            law = laws.get(law_id)
        if law_id not in ids and (law.access_law or law_id.startswith("us-privacy")):
            ids.append(law_id)
    if not ids and jurisdiction and foi_words:
        default = laws.resolve_generic("act", jurisdiction)
        if default:
            ids.append(default)
    return tuple(ids)


def _same_law_here(law: laws.Law, jurisdiction: str) -> str | None:
    """The law of ``jurisdiction`` that shares ``law``'s printed name, if one does.

    "Environmental Information Regulations" in a Scottish letter are the EISR;
    "FOIA" in a US letter is the US FOIA.
    """
    for name in (law.name, *law.citation_forms, *law.short_names):
        other = laws.find_law(name, jurisdiction=jurisdiction)
        if other is not None and other.jurisdiction == jurisdiction:
            return other.id
    return None
