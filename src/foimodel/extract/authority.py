"""The authority that answers.

The authority is read from a labelled line when there is one, else from the
names of public bodies the letter uses: the body named most often (a full name
beats its own abbreviation), preferring names in the authority's own voice.

>>> authority_in(["The Metropolitan Police Service (MPS) holds no data.", "The MPS ..."])
'Metropolitan Police Service'
"""

from __future__ import annotations

import functools
import re
import tomllib
from collections import Counter
from collections.abc import Iterable
from importlib import resources

__all__ = ["authority_in"]

_ORG_HEADS = (
    r"Police(?: Service)?(?: (?:of|for) (?:Scotland|Northern Ireland))?|Constabulary|"
    r"(?:City |County |Borough |District |Metropolitan Borough |Regional )?Council|"
    r"Fire (?:and|&) Rescue(?: Service| Authority)?|(?:NHS )?(?:Foundation )?Trust|"
    r"Health Board|Clinical Commissioning Group|Integrated Care Board|University|College|"
    r"Government|Executive|Commissioner|Ombudsman|Agency|Authority|Commission|Office|Inspectorate|"
    r"Bureau(?: of Investigation)?|Service|Board|Clerk|Corporation"
)
_ORG = re.compile(
    r"\b(?:(?:[A-Z][A-Za-z'’-]+|of|and|&|for|the|on)\s+){0,6}?"
    rf"(?:{_ORG_HEADS})\b(?!\s+(?:Act|Official|Regulations))"
    r"|\b(?:Department|Ministry|Dept\.?)(?: (?:of|for) (?:the )?(?:[A-Z][A-Za-z'’-]+(?: (?:and|&) )?){1,5})"
    r"|\b(?:HM Revenue (?:and|&) Customs|HMRC|Transport for London|Scottish Government|Welsh "
    r"Government|Home Office|Cabinet Office|Ministry of Defence|Crown Prosecution Service|"
    r"Information Commissioner's Office)\b"
)
_WEAK_START = re.compile(r"^(?:the|of|and|for|on|&)\s+", re.IGNORECASE)
_GENERIC = frozenset(
    {
        "police",
        "service",
        "council",
        "trust",
        "government",
        "office",
        "authority",
        "board",
        "agency",
        "commission",
        "university",
        "college",
        "executive",
        "the service",
        "information service",
        "public authority",
        "the authority",
        "police service",
        "health service",
        "civil service",
        "ombudsman",
        "commissioner",
        "the commissioner",
        "information commissioner",
        "corporation",
        "clerk",
        "bureau",
        "the council",
        "freedom of information office",
        "foi office",
        "data protection office",
    }
)
_NOT_ORG = re.compile(
    r"\b(?:Freedom of Information|Publication Scheme|Customer Service|Act|Regulations|Website|"
    r"Tribunal|Court|Prime Minister|Information Rights|Complaints?|Appeals?|Request|Dear|Yours)\b"
)


def _clean(name: str) -> str:
    name = _WEAK_START.sub("", name.strip())
    name = _WEAK_START.sub("", name)
    return name.strip(" .,'’")


@functools.cache
def _short_names() -> tuple[dict[str, str], re.Pattern[str]]:
    data = tomllib.loads(
        resources.files(__package__).joinpath("authorities.toml").read_text("utf-8")
    )
    names: dict[str, str] = data["names"]
    keys = sorted(names, key=len, reverse=True)
    pattern = re.compile(r"(?<![\w&])(?:" + "|".join(re.escape(k) for k in keys) + r")(?![\w&])")
    return names, pattern


def authority_in(lines: Iterable[str]) -> str | None:
    """The public body a letter speaks for, from its prose lines.

    A full name ("West Midlands Police") wins; failing one, a body's usual short
    name ("MPS", "HMRC") is expanded from the data file ``authorities.toml``.
    """
    lines = list(lines)
    counts: Counter[str] = Counter()
    first: dict[str, int] = {}
    short: Counter[str] = Counter()
    names, pattern = _short_names()
    for i, line in enumerate(lines):
        for m in pattern.finditer(line):
            short[names[m.group(0)]] += 1
        for m in _ORG.finditer(line):
            name = _clean(m.group(0))
            if name.lower() in _GENERIC or len(name) < 4 or _NOT_ORG.search(name):
                continue
            counts[name] += 1
            first.setdefault(name, i)
    if not counts:
        return short.most_common(1)[0][0] if short else None
    # A longer name that contains a shorter one inherits its count.
    found = sorted(counts, key=len, reverse=True)
    score = {n: counts[n] + sum(counts[m] for m in found if m != n and m in n) for n in found}
    return max(found, key=lambda n: (score[n], -first[n], len(n)))
