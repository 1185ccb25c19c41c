"""Citations of access-law provisions: find, resolve, classify.

The pipeline follows eyecite's: *find* every citation with its span ("section
40(2)", "s.40(2)", "Sections 40(2) and (3)", "regulation 12(4)(b)", "EIR 12(5)(e)",
"exemption (b)(6)", "Exemption 7(C)", "5 U.S.C. § 552(b)(6)", "s 47F", a bare
"9(2)(a)" the catalogue knows), *resolve* its law (a name after or before it, the
unit, then the document's own law), and *classify* it: ``applied`` when the
authority relies on it to withhold (including cost-limit and vexatious refusals),
else mentioned. Sections of other Acts are not citations of an access law and are
left out.

>>> [(c.label, c.law, c.applied) for c in extract_citations(
...     "The information is exempt under section 40(2) of the Freedom of Information Act 2000.")]
[('s.40(2)', 'uk-foia-2000', True)]
>>> [c.label for c in extract_citations("Sections 31(1)(a) and (b)", jurisdiction="UK")]
['s.31(1)(a)', 's.31(1)(b)']
"""

from __future__ import annotations

import bisect
import itertools
import re
from collections.abc import Iterator, Sequence
from typing import NamedTuple

import attrs

from foimodel import laws
from foimodel.extract import ProseLine
from foimodel.extract._citation_patterns import (
    AUTHORITY_VOICE,
    BARE,
    COST_LIMIT,
    GENERIC,
    GLUED_LIST,
    ITEM,
    LAW_NAME,
    LISTING_INTRO,
    MAX_PER_LINE,
    NAME_AFTER,
    NAME_BEFORE,
    NEGATED,
    NOT_BEFORE,
    NUM,
    OTHER_ACT,
    PART,
    REFUSAL_WORDS,
    ROMAN,
    SENTENCE_END,
    SET_APART,
    TRIGGER,
    UK_STYLE,
    US_B,
    US_EXEMPTION,
    US_ITEM,
    USC_BEFORE,
    WINDOW,
)
from foimodel.extract.law_names import find_law_names, law_by_glosses
from foimodel.models import Citation, Span

__all__ = [
    "CitationContext",
    "citations_in",
    "extract_citations",
    "find_law_names",
    "grounds",
    "law_by_glosses",
]


@attrs.frozen(kw_only=True)
class CitationContext:
    """What the document around a citation tells the resolver.

    ``jurisdiction`` picks what "the Act" and "the Regulations" mean; ``laws`` are
    the access laws the document names, in order of first mention. ``before`` and
    ``after`` are the unfinished sentence on the lines before and its end on the
    line after, for lines a layout has wrapped.
    """

    jurisdiction: str | None = None
    laws: tuple[str, ...] = ()
    requester: bool = False
    listing: bool = False
    before: str = ""
    after: str = ""


class _Found(NamedTuple):
    unit: str
    path: tuple[str, ...]
    start: int
    end: int
    law: str | None


def _law_of(name: str, ctx: CitationContext) -> laws.Law | None:
    return laws.find_law(name, jurisdiction=ctx.jurisdiction)


def _resolve(text: str, start: int, end: int, unit: str, ctx: CitationContext) -> str | bool | None:
    """The law id of a citation; ``False`` when it cites another Act."""
    tail = text[end : end + 160]
    if len(text) - end < 160 and ctx.after:
        tail = f"{tail} {ctx.after[:120]}"
    after = NAME_AFTER.match(tail)
    if after:
        name = after["name"]
        words = name.split()
        for n in range(len(words), 0, -1):
            candidate = " ".join(words[:n])
            generic = candidate.strip("().,;:").lower()
            if generic in GENERIC:
                role = "regulations" if generic != "act" else "act"
                return _default(ctx, "reg" if role == "regulations" else unit)
            law = _law_of(candidate, ctx)
            if law is not None:
                return law.id
        if OTHER_ACT.search(name):
            return False
    head = text[max(0, start - 120) : start]
    if USC_BEFORE.search(head):
        return False
    before = NAME_BEFORE.search(head)
    if before:
        for name in (before["abbr"], before["name"]):
            law = _law_of(name, ctx) if name else None
            if law is not None:
                return law.id
        if OTHER_ACT.search(before["name"]):
            return False
    return _default(ctx, unit)


def _default(ctx: CitationContext, unit: str) -> str | None:
    """The law a citation with no name means: the document's own law of that unit."""
    for law_id in ctx.laws:
        law = laws.get(law_id)
        if law.unit == unit and law.access_law:
            return law_id
    role = "regulations" if unit == "reg" else "act"
    return laws.resolve_generic(role, ctx.jurisdiction)


def _split_path(first: str, law: laws.Law | None) -> list[tuple[str, ...]]:
    """``40(2)(3A)(a)`` -> [(40, 2), (40, 3A, a)]; ``31(1)(a)(b)`` -> [(31, 1, a), (31, 1, b)].

    A number after a number starts a sibling; so does a letter after a letter
    unless the catalogue knows the deeper path or the second is a roman numeral.
    """
    base = re.match(NUM, first)
    assert base is not None
    head = base.group(0)
    parts = PART.findall(first[base.end() :])
    paths: list[tuple[str, ...]] = []
    current: list[str] = [head]
    for part in parts:
        last = current[-1]
        sibling = False
        if len(current) >= 2 and part[:1].isdigit() and last[:1].isdigit():
            sibling = True
        elif len(current) >= 3 and part.isalpha() and last.isalpha() and part.islower():
            deeper = law is not None and law.provision((*current, part)) is not None
            beside = law is not None and law.provision((*current[:-1], part)) is not None
            if not deeper and (beside or part not in ROMAN):
                sibling = True
        if sibling:
            paths.append(tuple(current))
            current = [head] if part[:1].isdigit() else current[:-1]
        current.append(part)
    paths.append(tuple(current))
    return paths


def _uk_citations(text: str, ctx: CitationContext) -> Iterator[_Found]:
    for m in UK_STYLE.finditer(text):
        word = m["word"]
        unit = "reg" if word[:1] in "RrE" else "s"
        chain_end = m.end()
        resolved = _resolve(text, m.start(), chain_end, unit, ctx)
        if resolved is False:
            continue
        law_id = resolved if isinstance(resolved, str) else None
        law = laws.get(law_id) if law_id else None
        if law is not None:
            if law.unit == "b":
                continue
            unit = law.unit
        previous: tuple[str, ...] | None = None
        for item in ITEM.finditer(text, m.start("first"), chain_end):
            token = item.group(0)
            if token.lstrip().startswith("("):
                if previous is None:
                    continue
                subs = tuple(PART.findall(token))
                path = (
                    previous[: len(previous) - len(subs)] + subs
                    if len(subs) < len(previous)
                    else previous[:1] + subs
                )
                span_start = item.start() + (len(token) - len(token.lstrip()))
                yield _Found(unit, path, span_start, item.end(), law_id)
                previous = path
                continue
            start = m.start() if previous is None else item.start()
            for path in _split_path(token, law):
                if previous is not None and law is not None:
                    path = _as_subsection(law, previous, path)
                yield _Found(unit, path, start, item.end(), law_id)
                previous = path


def _as_subsection(
    law: laws.Law, previous: tuple[str, ...], path: tuple[str, ...]
) -> tuple[str, ...]:
    """In "Section 40(2) & 3A(a)" the "3A(a)" is a subsection of 40 the catalogue knows."""
    if law.nearest(path) is not None or path[0] == previous[0]:
        return path
    nested = (previous[0], *path)
    found = law.nearest(nested)
    return nested if found is not None and len(found.path) >= 2 else path


def _bare_citations(
    text: str, ctx: CitationContext, taken: list[tuple[int, int]]
) -> Iterator[_Found]:
    """ "9(2)(a)" with no word before it: kept when the document's law catalogues it."""
    if text.count("|") >= 2 or text.rstrip().endswith("|"):
        return  # a table cell: numbers there are counts, not citations
    for m in BARE.finditer(text):
        if any(s <= m.start() < e for s, e in taken):
            continue
        token = m.group(0)
        base = re.match(NUM, token)
        assert base is not None
        path = (base.group(0), *PART.findall(token[base.end() :]))
        for unit in ("s", "reg"):
            law_id = _default(ctx, unit)
            if law_id and laws.get(law_id).provision(path) is not None:
                yield _Found(laws.get(law_id).unit, path, m.start(), m.end(), law_id)
                break


def _us_citations(text: str) -> Iterator[_Found]:
    for m in US_B.finditer(text):
        path: tuple[str, ...] = ("b", m["n"])
        if m["sub"]:
            path += (m["sub"].strip().strip("()").upper(),)
        yield _Found("b", path, m.start(), m.end(), "us-foia")
    for m in US_EXEMPTION.finditer(text):
        first = True
        for item in US_ITEM.finditer(m["list"]):
            path = ("b", item["n"]) + ((item["sub"],) if item["sub"] else ())
            start = m.start() if first else m.start("list") + item.start()
            yield _Found("b", path, start, m.start("list") + item.end(), "us-foia")
            first = False


_WITHHOLDING = (
    laws.ProvisionKind.EXEMPTION,
    laws.ProvisionKind.PROCEDURAL_REFUSAL,
    laws.ProvisionKind.NOT_HELD,
)


def _is_applied(
    law_id: str | None, path: tuple[str, ...], window: str, ctx: CitationContext
) -> bool:
    if law_id is None:
        return False
    provision = laws.get(law_id).nearest(path)
    if provision is None or provision.kind not in _WITHHOLDING:
        return False
    window = LAW_NAME.sub(" ", window)  # a law's own name says nothing of its use
    if ctx.requester and not AUTHORITY_VOICE.search(window):
        return False
    if NEGATED.search(window):
        return False
    return ctx.listing or REFUSAL_WORDS.search(window) is not None


def extract_citations(
    text: str,
    *,
    jurisdiction: str | None = None,
    context: CitationContext | None = None,
    offset: int = 0,
) -> list[Citation]:
    """Every citation of an access-law provision in ``text``, in order.

    ``offset`` is added to every span, so a caller scanning one line of a larger
    text gets spans into the whole. A section of a law foimodel does not know is
    kept with ``law=None``.
    """
    if not isinstance(text, str):
        raise TypeError(
            f"extract_citations() argument 'text' must be str, not {type(text).__name__}"
        )
    if context is None and jurisdiction is None:
        # Text on its own: the laws it names tell where it is from.
        named = tuple(find_law_names(text))
        home = next((laws.get(n).jurisdiction for n in named if laws.get(n).access_law), None)
        context = CitationContext(jurisdiction=home, laws=named)
    ctx = context or CitationContext(jurisdiction=jurisdiction)
    if jurisdiction is not None and ctx.jurisdiction is None:
        ctx = attrs.evolve(ctx, jurisdiction=jurisdiction)
    if not TRIGGER.search(text):
        return []
    # A line with more citations than any prose carries is a table or noise: stop there.
    found_raw = [
        *itertools.islice(_uk_citations(text, ctx), MAX_PER_LINE),
        *itertools.islice(_us_citations(text), MAX_PER_LINE),
    ]
    taken = [(f.start, f.end) for f in found_raw]
    found_raw += itertools.islice(_bare_citations(text, ctx, taken), MAX_PER_LINE)
    if "§" in text:  # "M.G.L. c. 66, § 10" is the law's name, not a section it cites
        names = [m.span() for m in LAW_NAME.finditer(text)]
        found_raw = [
            f for f in found_raw if f.unit == "b" or not any(a <= f.start < b for a, b in names)
        ]
    bounds = [0, *(m.end() for m in SENTENCE_END.finditer(text))]
    found: list[Citation] = []
    seen: set[tuple[int, int, tuple[str, ...]]] = set()
    for f in found_raw:
        if (f.start, f.end, f.path) in seen:
            continue
        seen.add((f.start, f.end, f.path))
        k = bisect.bisect_right(bounds, f.start) - 1
        s_start = bounds[k]
        s_end = bounds[k + 1] if k + 1 < len(bounds) else len(text)
        lo, hi = max(s_start, f.start - WINDOW), min(s_end, f.end + WINDOW)
        window = text[lo:hi]
        if lo > s_start:  # the sentence's own opening ("We withhold ... under") counts
            window = f"{text[s_start : min(s_start + 120, lo)]} {window}"
        if lo == 0 and ctx.before:
            window = f"{ctx.before[-WINDOW:]} {window}"
        if hi == len(text) and ctx.after:
            window = f"{window} {ctx.after[:WINDOW]}"
        if NOT_BEFORE.search(text, max(0, f.start - 40), f.start):
            applied = False  # "... but not (on) section 41"
        else:
            applied = _is_applied(f.law, f.path, window, ctx) or _continues_grounds(
                text, s_start, f, found, offset
            )
        found.append(
            Citation(
                law=f.law,
                unit=f.unit,
                path=f.path,
                raw=text[f.start : f.end],
                applied=applied,
                span=Span(offset + f.start, offset + f.end),
            )
        )
    found.sort(key=lambda c: (c.span.start, c.span.end))
    return found


def _continues_grounds(
    text: str, sentence_start: int, f: _Found, found: list[Citation], offset: int
) -> bool:
    """A ground of the same law listed after an applied one in the same sentence
    ("under regulation 12(5)(a) - ..., 12(5)(b) - ... and 12(5)(e) - ...") is
    applied too, unless words between them set it apart ("but not", "rather than")."""
    if f.law is None:
        return False
    provision = laws.get(f.law).nearest(f.path)
    if provision is None or provision.kind not in _WITHHOLDING:
        return False
    for c in reversed(found):
        start = c.span.end - offset
        if start < sentence_start or start > f.start:
            break
        if c.applied and c.law == f.law:
            between = text[start : f.start]
            return NEGATED.search(between) is None and SET_APART.search(between) is None
    return False


def _cost_limit(
    prose: Sequence[ProseLine],
    found: Sequence[Citation],
    jurisdiction: str | None,
    laws_named: tuple[str, ...],
) -> Citation | None:
    """A cost-limit refusal with no section printed counts as the Act's cost-limit section."""
    ctx = CitationContext(jurisdiction=jurisdiction, laws=laws_named)
    law_id = _default(ctx, "s")
    if law_id is None:
        return None
    cost = laws.get(law_id).provision(("12",))
    if cost is None or cost.kind is not laws.ProvisionKind.PROCEDURAL_REFUSAL:
        return None
    if any(c.law == law_id and c.path[0] == "12" for c in found):
        return None
    for line in prose:
        if line.requester:
            continue
        m = COST_LIMIT.search(line.text)
        if m and not NEGATED.search(line.text):
            span = Span(line.span.start + m.start(), line.span.start + m.end())
            return Citation(
                law=law_id, unit="s", path=("12",), raw=m.group(0), applied=True, span=span
            )
    return None


def citations_in(
    prose: Sequence[ProseLine], *, jurisdiction: str | None, laws_named: tuple[str, ...]
) -> tuple[Citation, ...]:
    """Every citation in the document's lines, in order.

    A line that introduces grounds ("by virtue of the following exemptions:")
    makes the cited lines after it a listing of grounds. A sentence a layout has
    wrapped over lines is read whole. A cost-limit refusal with no section
    printed is recorded as the Act's cost-limit section, spanning its words.
    """
    found: list[Citation] = []
    listing = False
    before = ""
    for i, line in enumerate(prose):
        text = line.text
        cites: list[Citation] = []
        if TRIGGER.search(text):
            open_end = not text.rstrip().endswith((".", "?", "!", ";", ":"))
            after = prose[i + 1].text[:WINDOW] if open_end and i + 1 < len(prose) else ""
            ctx = CitationContext(
                jurisdiction=jurisdiction,
                laws=laws_named,
                requester=line.requester,
                listing=listing,
                before=before,
                after=after,
            )
            cites = extract_citations(text, context=ctx, offset=line.span.start)
            found.extend(cites)
        stripped = text.rstrip()
        if LISTING_INTRO.search(text[-200:]) and (
            stripped.endswith(":")
            or re.search(r"\bfollowing\b[\w ]{0,30}$", stripped)
            or (cites and GLUED_LIST.search(stripped))
        ):
            listing = True
        elif not cites and stripped[:1].isupper():
            listing = False  # a new sentence; a wrapped bullet goes on in lower case
        cut = max(stripped.rfind(c) for c in ".;!?:")
        before = f"{before[-WINDOW:]} {stripped[cut + 1 :]}" if cut < len(stripped) - 1 else ""
    cost = _cost_limit(prose, found, jurisdiction, laws_named)
    if cost is not None:
        found.append(cost)
        found.sort(key=lambda c: (c.span.start, c.span.end))
    return tuple(found)


def grounds(citations: Sequence[Citation]) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """The document's grounds and other provisions: (exemptions, provisions) as labels.

    A provision applied anywhere is a ground. A ground cited by a shorter form
    elsewhere ("section 24" beside "section 24(1)") is the longer one: the short
    form counts as the grounds it abbreviates (those applied, else those cited),
    and is no provision of its own.

    >>> cites = extract_citations("Withheld under section 24(1) of FOIA. Section 24 is qualified. "
    ...                           "See section 17 of FOIA.")
    >>> grounds(cites)
    (('s.24(1)',), ('s.17',))
    """
    by_law: dict[str | None, list[Citation]] = {}
    for c in citations:
        by_law.setdefault(c.law, []).append(c)
    applied: dict[str, None] = {}
    for c in citations:
        if not c.applied:
            continue
        longer = [
            d
            for d in by_law[c.law]
            if len(d.path) > len(c.path) and d.path[: len(c.path)] == c.path
        ]
        chosen = [d for d in longer if d.applied] or longer or [c]
        for d in chosen:
            applied.setdefault(d.label, None)
    exempt = set(applied)
    prefixes = {
        (c.law, c.path[:n]) for c in citations if c.label in exempt for n in range(1, len(c.path))
    }
    mentioned = [
        c.label
        for c in citations
        if c.law and c.label not in exempt and (c.law, c.path) not in prefixes
    ]
    return tuple(applied), tuple(dict.fromkeys(mentioned))
