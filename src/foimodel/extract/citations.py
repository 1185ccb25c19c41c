"""Citations of access-law provisions: find, resolve, classify.

The pipeline follows eyecite's: *find* every citation with its span ("section
40(2)", "s.40(2)", "Sections 40(2) and (3)", "regulation 12(4)(b)", "EIR 12(5)(e)",
"exemption (b)(6)", "Exemption 7(C)", "5 U.S.C. § 552(b)(6)", "s 47F"), *resolve*
its law (a name after or before it, the unit, then the document's own law), and
*classify* it: ``applied`` when the authority relies on it to withhold (including
cost-limit and vexatious refusals), else mentioned. Sections of other Acts are not
citations of an access law and are left out.

>>> [(c.label, c.law, c.applied) for c in extract_citations(
...     "The information is exempt under section 40(2) of the Freedom of Information Act 2000.")]
[('s.40(2)', 'uk-foia-2000', True)]
>>> [c.label for c in extract_citations("Sections 31(1)(a) and (b)", jurisdiction="UK")]
['s.31(1)(a)', 's.31(1)(b)']
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence

import attrs

from foimodel import laws
from foimodel.extract import ProseLine
from foimodel.models import Citation, Span

__all__ = ["CitationContext", "citations_in", "extract_citations", "find_law_names"]

_NUM = r"\d{1,3}[A-Z]{0,2}(?![\d])"
_SUB = r"(?:\s?\(\s?[0-9A-Za-z]{1,4}\s?\))"
_PROV = rf"{_NUM}{_SUB}{{0,6}}"
_JOIN = r"(?:\s*,\s*(?:and\s+|or\s+)?|\s+(?:and|or|to)\s+|\s*(?:&|/|-|–)\s*)"
_SECTION_WORD = r"(?<![A-Za-z§])(?:[Ss]ections?|SECTIONS?|[Ss]ecs?\.|[Ss]{1,2}\.?)\s?(?=\d)"
_REG_WORD = r"(?<![A-Za-z])(?:[Rr]egulations?|REGULATIONS?|[Rr]egs?\.?|[Rr]\.)\s?(?=\d)"
_EIR_WORD = r"\b(?:EIRs?|EISRs?)\s?(?=\d)"
_CHAIN = rf"(?P<first>{_PROV})(?P<more>(?:{_JOIN}(?:{_PROV}|{_SUB}{{1,6}})(?![\w(]))*)"

_UK_STYLE = re.compile(rf"(?P<word>{_SECTION_WORD}|{_REG_WORD}|{_EIR_WORD}){_CHAIN}")
_US_B = re.compile(
    r"(?<![\w)])(?:5\s?U\.?\s?S\.?\s?C\.?\s?§*\s?552\s?)?\(b\)\s?\((?P<n>[1-9])\)(?P<sub>\s?\([A-Fa-f]\))?"
)
_US_EXEMPTION = re.compile(
    r"\b[Ee]xemptions?\s+(?P<list>[1-9](?:\s?\([A-F]\))?(?:(?:\s*,\s*|\s+and\s+|\s+or\s+)"
    r"[1-9](?:\s?\([A-F]\))?)*)\b"
)
_US_ITEM = re.compile(r"(?P<n>[1-9])(?:\s?\((?P<sub>[A-F])\))?")
_ITEM = re.compile(rf"{_PROV}|{_SUB}{{1,6}}")
_PART = re.compile(r"\(\s?([0-9A-Za-z]{1,4})\s?\)")

# A law named after a citation ("... of the Freedom of Information Act 2000") or
# before it ("FOIA, s.12", "EIR 12(5)(e)").
_NAME_AFTER = re.compile(
    r"\s*,?\s*(?:of|under|in|to)\s+(?:the\s+)?(?P<name>(?:[A-Z][\w()'&-]*|\d{4}|\(\w+\))"
    r"(?:\s+(?:[A-Z][\w()'&-]*|of|and|for|on|to|the|in|\d{4}|\([A-Z]\w*\))){0,9})"
)
_NAME_BEFORE = re.compile(
    r"(?P<name>FOIA|FOISA|EIRs?|EISRs?|OIA|LGOIMA|ATIA|FIPPA|FOI Act|DPA|GDPR)\s*[,:]?\s*$"
)
_OTHER_ACT = re.compile(r"\b(?:Act|Regulations|Order|Rules|Code|Constitution|Ordinance)\b")
_LAW_NAME = re.compile(
    r"(?:Freedom of Information|Environmental Information|Official Information|Local Government "
    r"Official Information and Meetings|Access to Information|Data Protection|Privacy)"
    r"(?: \((?:Scotland|Ireland)\))?(?: Act| Regulations)(?: (?:of )?\d{4})?(?: \((?:Cth|Vic|NZ)\))?"
    r"|\b(?:FOIA|FOISA|EIRs?|EISRs?|OIA|LGOIMA|ATIA|FIPPA|UK GDPR|GDPR)\b"
    r"|5 U\.?S\.?C\.? ?§* ?552a?",
)

# Context that makes a ground *not* applied.
_NEGATED = re.compile(
    r"\b(?:not|no longer|neither|nor)\b[^.;]{0,40}\b(?:rel(?:y|ying|ied)|appl(?:y|ies|ied|ying)|"
    r"engag(?:e|ed|ing)|us(?:e|ed|ing)|cit(?:e|ed|ing)|invok(?:e|ed|ing))\b"
    r"|\bno (?:exemptions?|exceptions?) (?:has|have|was|were|is|are) (?:been )?(?:applied|used)"
    r"|\bwhether\b|\bif\b[^.;]{0,80}\bwould\b|\bwould\b[^.;]{0,30}\b(?:likely|probably) (?:be|apply)"
    r"|\bonly (?:applies )?where\b|\bunlike\b|\binstead of\b|\brather than\b",
    re.IGNORECASE,
)
_REFUSAL_WORDS = re.compile(
    r"\b(?:exempt|exemptions?|exceptions?|withh[oe]ld|withholding|refus|redact|engag|rel(?:y|ied|ying)"
    r" (?:on|upon)|appl(?:y|ies|ied)|by virtue of|under|pursuant to|exceed|cost limit|appropriate "
    r"limit|vexatious|repeated|manifestly unreasonable|not (?:be )?(?:disclosed|provided|released)"
    r"|deleted|denied)",
    re.IGNORECASE,
)


@attrs.frozen(kw_only=True)
class CitationContext:
    """What the document around a citation tells the resolver.

    ``jurisdiction`` picks what "the Act" and "the Regulations" mean; ``laws`` are
    the access laws the document names, in order of first mention.
    """

    jurisdiction: str | None = None
    laws: tuple[str, ...] = ()
    requester: bool = False
    listing: bool = False


def find_law_names(text: str, *, jurisdiction: str | None = None) -> list[str]:
    """Ids of the access laws named in ``text``, in order of first mention.

    >>> find_law_names("under the Environmental Information Regulations 2004 (EIR)")
    ['uk-eir-2004']
    """
    found: list[str] = []
    for m in _LAW_NAME.finditer(text):
        law = laws.find_law(m.group(0), jurisdiction=jurisdiction)
        if law is not None and law.id not in found:
            found.append(law.id)
    return found


def _resolve(text: str, start: int, end: int, unit: str, ctx: CitationContext) -> str | bool | None:
    """The law id of a citation; ``False`` when it cites another Act."""
    after = _NAME_AFTER.match(text, end)
    if after:
        name = after["name"]
        words = name.split()
        for n in range(len(words), 0, -1):
            candidate = " ".join(words[:n])
            generic = candidate.strip("().,;:").lower()
            if generic in ("act", "regulations", "regs", "the act"):
                return laws.resolve_generic(generic, _context_jurisdiction(ctx, unit))
            law = laws.find_law(candidate, jurisdiction=ctx.jurisdiction)
            if law is not None:
                return law.id
        if _OTHER_ACT.search(name):
            return False
    before = _NAME_BEFORE.search(text, max(0, start - 12), start)
    if before:
        law = laws.find_law(before["name"], jurisdiction=ctx.jurisdiction)
        if law is not None:
            return law.id
    if unit == "reg":
        for law_id in ctx.laws:
            if laws.get(law_id).unit == "reg":
                return law_id
        return laws.resolve_generic("regulations", _context_jurisdiction(ctx, unit))
    for law_id in ctx.laws:
        if laws.get(law_id).unit == unit and laws.get(law_id).access_law:
            return law_id
    return laws.resolve_generic("act", ctx.jurisdiction)


def _context_jurisdiction(ctx: CitationContext, unit: str) -> str | None:
    return ctx.jurisdiction


def _split_path(first: str) -> list[tuple[str, ...]]:
    """``40(2)(3A)(a)`` -> [(40, 2), (40, 3A, a)]: a number after a number is a sibling."""
    base = re.match(_NUM, first)
    assert base is not None
    head = base.group(0)
    parts = list(_PART.findall(first[base.end() :]))
    paths: list[tuple[str, ...]] = []
    current: list[str] = [head]
    for part in parts:
        if part[:1].isdigit() and len(current) >= 2 and current[-1][:1].isdigit():
            paths.append(tuple(current))
            current = [head]
        current.append(part)
    paths.append(tuple(current))
    return paths


def _uk_citations(
    text: str, ctx: CitationContext
) -> Iterable[tuple[str, tuple[str, ...], int, int, str | None]]:
    for m in _UK_STYLE.finditer(text):
        word = m["word"]
        unit = "reg" if word[:1] in "RrE" else "s"
        chain_end = m.end()
        law = _resolve(text, m.start(), chain_end, unit, ctx)
        if law is False:
            continue
        law_id = law if isinstance(law, str) else None
        if law_id is not None:
            unit = laws.get(law_id).unit
            if unit == "b":
                continue
        previous: tuple[str, ...] | None = None
        for item in _ITEM.finditer(text, m.start("first"), chain_end):
            token = item.group(0)
            if token.lstrip().startswith("("):
                if previous is None:
                    continue
                subs = tuple(_PART.findall(token))
                path = (
                    previous[: len(previous) - len(subs)] + subs
                    if len(subs) < len(previous)
                    else previous[:1] + subs
                )
                span_start = item.start() + (len(token) - len(token.lstrip()))
                yield unit, path, span_start, item.end(), law_id
                previous = path
                continue
            start = m.start() if previous is None else item.start()
            for path in _split_path(token):
                yield unit, path, start, item.end(), law_id
                previous = path


def _us_citations(text: str) -> Iterable[tuple[str, tuple[str, ...], int, int, str | None]]:
    for m in _US_B.finditer(text):
        path: tuple[str, ...] = ("b", m["n"])
        if m["sub"]:
            path += (m["sub"].strip().strip("()").upper(),)
        yield "b", path, m.start(), m.end(), "us-foia"
    for m in _US_EXEMPTION.finditer(text):
        first = True
        for item in _US_ITEM.finditer(m["list"]):
            path = ("b", item["n"]) + ((item["sub"],) if item["sub"] else ())
            start = m.start() if first else m.start("list") + item.start()
            yield "b", path, start, m.start("list") + item.end(), "us-foia"
            first = False


def _is_applied(
    law_id: str | None, unit: str, path: tuple[str, ...], sentence: str, ctx: CitationContext
) -> bool:
    if ctx.requester or law_id is None:
        return False
    law = laws.get(law_id)
    provision = law.nearest(path)
    if provision is None:
        return False
    if provision.kind not in (
        laws.ProvisionKind.EXEMPTION,
        laws.ProvisionKind.PROCEDURAL_REFUSAL,
        laws.ProvisionKind.NOT_HELD,
    ):
        return False
    sentence = _LAW_NAME.sub(" ", sentence)  # a law's own name says nothing of its use
    if _NEGATED.search(sentence):
        return False
    return ctx.listing or _REFUSAL_WORDS.search(sentence) is not None


_SENTENCE_END = re.compile(r"(?<=[.;!?])\s+(?=[A-Z(])")


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
        raise TypeError(f"text must be str, not {type(text).__name__}")
    ctx = context or CitationContext(jurisdiction=jurisdiction)
    if jurisdiction is not None and ctx.jurisdiction is None:
        ctx = attrs.evolve(ctx, jurisdiction=jurisdiction)
    bounds = [0] + [m.end() for m in _SENTENCE_END.finditer(text)] + [len(text) + 1]
    found: list[Citation] = []
    seen: set[tuple[int, int]] = set()
    for unit, path, start, end, law_id in (*_uk_citations(text, ctx), *_us_citations(text)):
        if (start, end) in seen:
            continue
        seen.add((start, end))
        k = next(i for i in range(len(bounds) - 1) if bounds[i] <= start < bounds[i + 1])
        sentence = text[bounds[k] : bounds[k + 1]]
        found.append(
            Citation(
                law=law_id,
                unit=unit,
                path=path,
                raw=text[start:end],
                applied=_is_applied(law_id, unit, path, sentence, ctx),
                span=Span(offset + start, offset + end),
            )
        )
    found.sort(key=lambda c: (c.span.start, c.span.end))
    return found


_LISTING_INTRO = re.compile(r"exemption|exception|following|section", re.IGNORECASE)


def citations_in(
    prose: Sequence[ProseLine], *, jurisdiction: str | None, laws_named: tuple[str, ...]
) -> tuple[Citation, ...]:
    """Every citation in the document's lines, in order.

    A line ending in a colon that introduces exemptions ("by virtue of the
    following exemptions:") makes the cited lines after it a listing of grounds.
    """
    found: list[Citation] = []
    listing = False
    for line in prose:
        ctx = CitationContext(
            jurisdiction=jurisdiction, laws=laws_named, requester=line.requester, listing=listing
        )
        cites = extract_citations(line.text, context=ctx, offset=line.span.start)
        found.extend(cites)
        if line.text.rstrip().endswith(":") and _LISTING_INTRO.search(line.text):
            listing = True
        elif not cites:
            listing = False
    return tuple(found)
