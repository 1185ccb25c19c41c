"""The access laws a text names, and the law its bare section numbers point to.

>>> find_law_names("refused under FOISA and the EIRs")
['scot-foisa-2002', 'scot-eisr-2004']
"""

from __future__ import annotations

import itertools
import re

from foimodel import laws
from foimodel.extract._citation_patterns import LAW_NAME
from foimodel.extract.jurisdiction import place_jurisdiction

__all__ = ["find_law_names", "law_by_glosses"]

# OCR reads the capital I of an acronym as "l" or "1": "FOlA" is FOIA.
_OCR_I = re.compile(r"(?<=[A-Z])[l1](?=[A-Z])")


def find_law_names(text: str, *, jurisdiction: str | None = None) -> list[str]:
    """Ids of the access laws named in ``text``, in order of first mention.

    A name several laws share ("FOI Act") is settled by ``jurisdiction`` or, when
    none is given, by the places the text names.

    >>> find_law_names("under the Environmental Information Regulations 2004 (EIR)")
    ['uk-eir-2004']
    """
    names = [_OCR_I.sub("I", m.group(0)) for m in LAW_NAME.finditer(text)]
    names = ["FOI Act" if name == "FOI" else name for name in names]  # "under FOI/EIR"
    if not names:
        return []
    hint = jurisdiction or place_jurisdiction(text[:20000])
    if hint is None:  # the first law a name settles alone tells where the others are
        for name in names:
            law = laws.find_law(name)
            if law is not None and law.access_law:
                hint = law.jurisdiction
                break
    found: list[str] = []
    for name in names:
        law = laws.find_law(name, jurisdiction=hint)
        if law is not None and law.id not in found:
            found.append(law.id)
    return found


# "section 29", "(section 36)", "s.15(1)(c)" with no law named: the numbers alone.
_SECTION_ONLY = re.compile(r"\b(?:[Ss]ections?|[Ss]\.)\s?(\d{1,3}[A-Z]?)((?:\(\w{1,4}\)){0,3})")
_STEM_WORD = re.compile(r"[a-z]{4,}")
_NOT_GLOSS = frozenset(
    [
        "information",
        "section",
        "sections",
        "request",
        "requests",
        "public",
        "body",
        "bodies",
        "authority",
        "authorities",
        "this",
        "that",
        "with",
        "from",
        "under",
        "which",
        "their",
        "there",
        "were",
        "been",
        "have",
        "would",
        "could",
        "other",
        "where",
        "records",
        "record",
        "access",
        "decision",
        "applicant",
        "office",
        "matter",
        "relating",
    ]
)


def _stems(text: str) -> set[str]:
    return {w[:5] for w in _STEM_WORD.findall(text.lower()) if w not in _NOT_GLOSS}


def law_by_glosses(text: str) -> str | None:
    """The access law whose provision titles the words around bare section numbers
    echo, when no law is named ("... deliberative processes (section 29) and
    commercially sensitive information (section 36)" reads as Ireland's FOI Act).

    Each mention scores, for every access law, the words it shares with the title of
    the provision at that number; a law must win on two mentions or more and score
    twice as much as the next.

    >>> law_by_glosses("refused as it would interfere substantially and unreasonably "
    ...                "with its work (section 15(1)(c)) and as commercially sensitive "
    ...                "information (section 36)")
    'ie-foi-2014'
    """
    mentions = list(itertools.islice(_SECTION_ONLY.finditer(text), 50))
    if len(mentions) < 2:
        return None
    scores: dict[str, float] = {}
    hits: dict[str, int] = {}
    for m in mentions:
        gloss = _stems(text[max(0, m.start() - 90) : m.end() + 60])
        path = (m[1], *re.findall(r"\((\w{1,4})\)", m[2]))
        for law in laws.all_laws():
            if not law.access_law or law.unit != "s":
                continue
            provision = law.nearest(path)
            if provision is None or provision.path[0] != path[0]:
                continue
            shared = len(gloss & _stems(provision.title))
            if shared:
                scores[law.id] = scores.get(law.id, 0.0) + shared
                hits[law.id] = hits.get(law.id, 0) + 1
    if not scores:
        return None
    ranked = sorted(scores, key=lambda law_id: scores[law_id], reverse=True)
    best = ranked[0]
    runner_up = scores[ranked[1]] if len(ranked) > 1 else 0.0
    if hits[best] >= 2 and scores[best] >= 2 * runner_up:
        return best
    return None
