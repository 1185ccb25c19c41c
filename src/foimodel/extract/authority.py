"""The authority that answers.

The authority is read from a labelled line when there is one, else from the
names of public bodies the letter uses, weighed by the voice they appear in:

* a name alone on a line of the letterhead (the first lines), or in the
  signature block after "Yours sincerely" / "Kind regards";
* a name that acts in a sentence: "X Police received your request", "the
  information is not held by the MPS", "Whether Tusla was justified in
  refusing"; "the Department" / "the Council" credits the named body of that kind;
* every other mention counts once; a full name beats its own abbreviation, and
  a body the letter names only by its abbreviation gets its full name.

A body the letter calls by a short name the table knows is named with both, its
full name and the short name it goes by ("HM Revenue and Customs (HMRC)"), so that
either can be found in the record.

Short names are expanded from the data file ``authorities.toml``.

>>> authority_in(["The Metropolitan Police Service (MPS) holds no data.", "The MPS ..."])
'Metropolitan Police Service (MPS)'
"""

from __future__ import annotations

import functools
import re
import tomllib
from collections import Counter
from collections.abc import Iterable
from importlib import resources

from foimodel.extract._leading import leading
from foimodel.extract.questions import SIGN_OFF

__all__ = ["authority_in", "with_short_name"]

_HEAD = leading(
    "PCBDMRFNTHIUGEOASV",
    r"(?<![0-9A-Za-z])(?:\b(?:Police(?: Service)?(?: (?:of|for) (?:Scotland|Northern Ireland)"
    r"| Scotland)?|Constabulary|"
    r"(?:City |County |Borough |District |Metropolitan Borough |Regional )?Council|"
    r"Fire (?:and|&) Rescue(?: Service| Authority)?|(?:NHS )?(?:Foundation )?Trust|"
    r"Health Board|Clinical Commissioning Group|Integrated Care Board|University|College|"
    r"Government|Executive|Commissioner|Ombudsman|Agency|Authority|Commission|Office|"
    r"Inspectorate|Bureau(?: of Investigation)?|Service|Board|Clerk|Corporation|Administration)\b"
    r"(?!\s+(?:Act|Official|Regulations))"
    r"|\b(?:City|Town|Village|Borough) of (?:the )?[A-Z][A-Za-z'’-]+(?: [A-Z][A-Za-z'’-]+){0,2}"
    r"|\b(?:Department|Ministry|Dept\.?)(?: (?:of|for) (?:the )?"
    r"(?:(?!(?:Office|Bureau|Division|Unit|Team|Branch|Section|Directorate)\b)[A-Z][A-Za-z'’-]+(?:,? (?:and|&) |,? )?){1,5}))",
)
# Words that may stand before a head in a name ("London Borough of", "Chief Constable of the").
_NAME_WORD = re.compile(r"(?:[A-Z][A-Za-z'’&.-]+|of|and|&|for|the|on)")
_STOP_WORDS = frozenset(
    [
        "From",
        "Yesterday",
        "Today",
        "Whether",
        "In",
        "On",
        "At",
        "By",
        "To",
        "For",
        "If",
        "When",
        "Where",
        "While",
        "Last",
        "This",
        "That",
        "These",
        "Those",
        "Dear",
        "Yours",
        "Re",
        "Subject",
        "Our",
        "Your",
        "We",
        "I",
        "It",
        "Its",
        "Please",
        "Thank",
        "The",
        "A",
        "An",
        "And",
        "Of",
        "Mr",
        "Mrs",
        "Ms",
        "Dr",
        "Sir",
        "Madam",
        "Under",
        "As",
        "With",
        "Since",
        "After",
        "Before",
        "Following",
        "Also",
        "However",
        "Further",
        "Each",
        "Any",
        "All",
        "Both",
        "Note",
        "Copyright",
        "Email",
        "Tel",
        "Fax",
        "Web",
        "Website",
        "Ask",
        "Contact",
    ]
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
        "information service",
        "public authority",
        "police service",
        "health service",
        "civil service",
        "ombudsman",
        "commissioner",
        "information commissioner",
        "corporation",
        "clerk",
        "bureau",
        "freedom of information office",
        "foi office",
        "data protection office",
        "county council",
        "city council",
        "district council",
        "borough council",
    }
)
_NOT_ORG = re.compile(
    r"\b(?:Freedom of Information|Publication Scheme|Customer Service|Act|Regulations|Website|"
    r"Tribunal|Court|Prime Minister|Information Rights|Complaints?|Appeals?|Request|Dear|Yours|"
    r"Team|Unit|Officer|Manager)\b"
)
_GENERIC_SUBJECT = leading(
    "Tt",
    r"\b[Tt]he (Department|Ministry|Council|Trust|Force|Service|Agency|Board|Authority|"
    r"University|Commission|Office|Constabulary|Police)\b",
)
# What a body does in its own voice, right after its name.
_ACTS = re.compile(
    r"\s*(?:\([A-Z&]{2,8}\)\s*)?(?:,\s*)?(?:has |have |had |does |did |can |will |would |is |was )?"
    r"(?:not |now |also |then )?(?:say|said|says|received|receives|hold|holds|held|confirm|"
    r"confirms|confirmed|decided|refused|responded|replied|released|disclosed|granted|affirmed|"
    r"identified|located|considers|considered|rejected|uses|use|stated|wrote|issued|"
    r"acknowledged|extended|neither|respond|decide|apply|applied|response|search|searched|"
    r"withheld|refuses|justified)\b"
)
_TOPIC_BEFORE = re.compile(
    r"(?:(?:request|re|subject)\s*[-–:]|\b(?:regarding|concerning|about|relating to|"
    r"in relation to|against) (?:the )?)\s*$",
    re.IGNORECASE,
)
_ADDRESSED = re.compile(r"\b(?:request|application|wrote|write|asked|complaint) to (?:the )?$")
_HELD_BY = re.compile(r"\b(?:held|issued|sent|made|prepared|published) by\s+(?:the\s+)?$")
_JUSTIFIED = re.compile(r"^\s*(?:was|were|is) (?:justified|entitled)")


_TOPIC = re.compile(r"request|FOI|\bre\b|subject|information|[-–:]", re.IGNORECASE)


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
    # Full names with no head word ("HM Revenue and Customs") are looked for too:
    # the general rule, which starts from "Police", "Council" ..., cannot find them.
    headless = {full: full for full in names.values() if _HEAD.search(full) is None}
    wanted = {**names, **headless}
    keys = sorted(wanted, key=len, reverse=True)
    first = "".join(sorted({re.escape(k[0]) for k in keys}))
    pattern = leading(
        first, r"(?<![\w&])(?:" + "|".join(re.escape(k) for k in keys) + r")(?![\w&])"
    )
    return wanted, pattern


def _names_in(line: str) -> Iterable[tuple[str, int, int]]:
    """(name, start, end) of the public bodies a line names, by their head word."""
    for m in _HEAD.finditer(line):
        start = m.start()
        words = line[max(0, start - 90) : start].split(" ")
        if words and words[-1] == "":
            words.pop()
        else:
            words = []  # the head is glued to the word before it
        tail = words[-6:]
        for k in range(len(tail) - 1, -1, -1):
            word = tail[k]
            if not word or not _NAME_WORD.fullmatch(word) or word in _STOP_WORDS:
                break
            if word.endswith(".") and len(word) > 4:
                break  # "... a Refusal Notice. West Shire Police": a sentence ends there
            if word == "the" and (k == 0 or tail[k - 1] not in ("of", "for")):
                break
            start -= len(word) + 1
        name = _clean(line[start : m.end()])
        if name.lower() in _GENERIC or len(name) < 4 or _NOT_ORG.search(name):
            continue
        yield name, start, m.end()


def _voice(line: str, start: int, end: int) -> int:
    """Extra weight for a name used in the authority's own voice (-1: only a topic)."""
    after = line[end : end + 60]
    if _JUSTIFIED.match(after):
        return 5
    before = line[max(0, start - 40) : start]
    if _TOPIC_BEFORE.search(before):
        return -1
    weight = 2 if _ADDRESSED.search(before) else 0
    if _ACTS.match(after) or _HELD_BY.search(line[max(0, start - 30) : start]):
        weight += 2
    return weight


def authority_in(lines: Iterable[str]) -> str | None:
    """The public body a letter speaks for, from its prose lines.

    A full name ("West Midlands Police") wins over its short name ("WMP"); a
    short name alone is expanded from ``authorities.toml``.
    """
    lines = list(lines)
    score: Counter[str] = Counter()
    first: dict[str, int] = {}
    shorts: dict[str, Counter[str]] = {}
    names, pattern = _short_names()
    sign_off = -100
    generic_acts: Counter[str] = Counter()
    for i, line in enumerate(lines):
        if len(line) > 2000:
            line = line[:2000]
        stripped = line.strip()
        near_edge = i < 8 or i - sign_off <= 6
        if SIGN_OFF.match(stripped):
            sign_off = i
        found: list[tuple[str, int, int]] = []
        for m in pattern.finditer(line):
            full = names[m.group(0)]
            if _inside(line, full, m.start(), m.end()):
                continue  # "Home Affairs" within "Department of Home Affairs"
            shorts.setdefault(full, Counter())[m.group(0)] += 1
            found.append((full, m.start(), m.end()))
        found.extend(_names_in(line))
        for name, start, end in found:
            voice = _voice(line, start, end)
            if voice < 0:
                continue
            weight = 1 + voice
            rest = line[:start] + line[end:]
            if near_edge and len(rest.strip()) <= 30 and not _TOPIC.search(rest):
                weight += 3  # letterhead or signature
            score[name] += weight
            first.setdefault(name, i)
        for m in _GENERIC_SUBJECT.finditer(line):
            weight = _voice(line, m.start(), m.end())
            if weight:
                generic_acts[m.group(1)] += weight
    if not score:
        return None
    # A longer name that contains a shorter one inherits its score.
    found_names = sorted(score, key=len, reverse=True)
    total = {
        n: score[n] + sum(score[m] for m in found_names if m != n and m in n) for n in found_names
    }
    for head, weight in generic_acts.items():
        bearers = [n for n in found_names if head in n.split()]
        if bearers:
            best = max(bearers, key=lambda n: (total[n], -first[n]))
            total[best] += weight
    best = max(found_names, key=lambda n: (total[n], -first[n], len(n)))
    for full in shorts:
        if best in full and best != full:
            best = full
    used = shorts.get(best, Counter())
    return with_short_name(best) if any(name != best for name in used) else best


def _inside(line: str, full: str, start: int, end: int) -> bool:
    """True when ``line[start:end]`` is part of an occurrence of ``full`` in ``line``."""
    if line[start:end] == full:
        return False
    at = line.find(full, max(0, end - len(full)))
    return at != -1 and at <= start and end <= at + len(full)


def with_short_name(name: str) -> str:
    """A body's full name with the short name it goes by, when the table has one.

    >>> with_short_name("HM Revenue and Customs"), with_short_name("Moray Council")
    ('HM Revenue and Customs (HMRC)', 'Moray Council')
    """
    short = _first_short_names().get(name)
    return f"{name} ({short})" if short else name


@functools.cache
def _first_short_names() -> dict[str, str]:
    names, _ = _short_names()
    first: dict[str, str] = {}
    for short, full in names.items():  # the table's first short name for each body
        if short != full:
            first.setdefault(full, short)
    return first
