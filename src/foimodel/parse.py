"""parse_text (and the shared core of every front end): blocks -> parts -> facts -> record.

>>> doc = parse_text("Our ref: FOI-123\\nYou asked:\\n1. How many bins?\\n"
...                  "The information is not held.")
>>> doc.references[0].raw, doc.outcome.value, len(doc.items)
('FOI-123', 'not_held', 1)
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from foimodel import laws
from foimodel.errors import InputTooLargeError, ParseError
from foimodel.extract import dates, references
from foimodel.extract.authority import authority_in, jurisdiction_for
from foimodel.extract.citations import CitationContext, extract_citations, find_law_names
from foimodel.extract.outcome import decision_in, infer_outcome, parse_outcome_words, sentences
from foimodel.ingest.blocks import SourceBlock
from foimodel.ingest.text import normalize_text, text_blocks
from foimodel.models import (
    Answer,
    Citation,
    DateMention,
    Decision,
    Defect,
    Document,
    Outcome,
    Reference,
    RequestItem,
    Source,
    Span,
)
from foimodel.policy import DEFAULT_POLICY, ParsePolicy
from foimodel.render.text import UNKNOWN_JURISDICTION
from foimodel.segment import Parts, segment

__all__ = ["build_document", "parse_html", "parse_text"]

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
_STRONG_DECISION = re.compile(
    r"\bdecided\b|\bdecision\b|refusal notice|neither confirm|\bNCND\b|\bwithdrawn\b"
    r"|\bis refused\b|\bhas been refused\b",
    re.IGNORECASE,
)


def parse_text(text: str, *, policy: ParsePolicy = DEFAULT_POLICY) -> Document:
    """Parse a plain-text FOI document into a :class:`Document`.

    Never raises on text it cannot read: what it cannot place goes to
    ``residue`` and ``defects`` say why, unless ``policy.strict`` is set, when
    the first defect raises :class:`foimodel.ParseError`.
    """
    if not isinstance(text, str):
        raise TypeError(f"parse_text() argument 'text' must be str, not {type(text).__name__}")
    if not isinstance(policy, ParsePolicy):
        raise TypeError(
            f"parse_text() argument 'policy' must be ParsePolicy, not {type(policy).__name__}"
        )
    if len(text) > policy.max_bytes:
        raise InputTooLargeError(
            f"input of {len(text)} characters exceeds max_bytes={policy.max_bytes}",
            position=policy.max_bytes,
            kind="too-large",
        )
    normalized = normalize_text(text)
    return build_document(normalized, text_blocks(normalized), policy=policy, source=Source())


def parse_html(
    data: bytes | str, *, url: str | None = None, policy: ParsePolicy = DEFAULT_POLICY
) -> Document:
    """Parse an HTML page (bytes or text) into a :class:`Document`.

    The HTML front end turns the page into the same block stream as text, so the
    same segmenter and extractors run on it. No network, no entities, no DTD.
    """
    from foimodel.ingest.html import html_blocks

    if not isinstance(data, bytes | str):
        raise TypeError(
            f"parse_html() argument 'data' must be bytes or str, not {type(data).__name__}"
        )
    if url is not None and not isinstance(url, str):
        raise TypeError(f"parse_html() argument 'url' must be str, not {type(url).__name__}")
    if not isinstance(policy, ParsePolicy):
        raise TypeError(
            f"parse_html() argument 'policy' must be ParsePolicy, not {type(policy).__name__}"
        )
    text, blocks, source, defects = html_blocks(data, url=url, policy=policy)
    return build_document(text, blocks, policy=policy, source=source, defects=defects)


def build_document(
    text: str,
    blocks: list[SourceBlock],
    *,
    policy: ParsePolicy,
    source: Source,
    defects: Iterable[Defect] = (),
) -> Document:
    """The shared core: segment ``blocks`` of normalised ``text`` and extract facts."""
    found_defects = list(defects)
    sample = text[:20000]
    dayfirst = dates.dayfirst_for(
        policy.jurisdiction or ("US" if _US_SIGNS.search(sample) else None)
    )
    parts = segment(blocks, dayfirst=dayfirst, text=text)
    fields = {f.key: f for f in reversed(parts.fields)}  # first occurrence wins

    prose_text = "\n".join(line for line, _, _ in parts.prose)
    named = find_law_names(prose_text, jurisdiction=policy.jurisdiction)
    if "laws" in fields:
        named = [x.strip() for x in fields["laws"].value.split(",") if x.strip() in laws.ids()]
    if "jurisdiction" in fields:
        value = fields["jurisdiction"].value
        jurisdiction: str | None = None if value == UNKNOWN_JURISDICTION else value
    else:
        hint = policy.jurisdiction or ("US-federal" if _US_SIGNS.search(sample) else None)
        jurisdiction = jurisdiction_for(named, sample, hint)
        if jurisdiction is None and _FOI_WORDS.search(sample):
            jurisdiction = "UK"
        if jurisdiction and not named:
            named = find_law_names(prose_text, jurisdiction=jurisdiction)

    citations = _citations(parts, jurisdiction, tuple(named))
    if "laws" in fields:
        law_ids = tuple(named)
    else:
        law_ids = _laws(named, citations, jurisdiction, bool(_FOI_WORDS.search(sample)))

    document = Document(
        title=fields["title"].value if "title" in fields else None,
        references=_references(parts),
        authority=fields["authority"].value if "authority" in fields else _authority(parts),
        jurisdiction=jurisdiction,
        laws=law_ids,
        dates=_dates(parts, dayfirst),
        decision=_decision(parts, fields.get("outcome")),
        paragraphs=tuple(parts.paragraphs),
        request_context=tuple(parts.request_context),
        items=tuple(
            RequestItem(
                label=d.label,
                question="\n".join(d.question),
                answer=None if d.answer is None else Answer(blocks=tuple(d.answer)),
                span=d.span,
            )
            for d in parts.items
        ),
        sections=tuple(parts.sections),
        messages=tuple(parts.messages),
        citations=citations,
        boilerplate=tuple(parts.boilerplate),
        residue=tuple(parts.residue),
        source=source,
    )
    if not text.strip():
        found_defects.append(Defect(kind="empty", reason="the input has no text"))
    elif not _is_foi(document, parts, sample):
        document = _as_residue(document, blocks, text)
        found_defects.append(
            Defect(kind="not-foi", reason="no sign of an FOI document: all text kept as residue")
        )
    for citation in citations:
        if citation.law is not None and laws.get(citation.law).nearest(citation.path) is None:
            found_defects.append(
                Defect(
                    kind="unknown-provision",
                    reason=f"{citation.label} is not in the {citation.law} catalogue",
                    span=citation.span,
                )
            )
    if found_defects and policy.strict:
        first = found_defects[0]
        raise ParseError(first.reason, position=first.span.start, kind=first.kind)
    if found_defects:
        document = _with_defects(document, found_defects)
    return document


def _with_defects(document: Document, defects: list[Defect]) -> Document:
    import attrs

    return attrs.evolve(document, defects=document.defects + tuple(defects))


def _is_foi(document: Document, parts: Parts, sample: str) -> bool:
    return bool(
        parts.fields
        or document.citations
        or document.items
        or parts.messages
        or parts.residue
        or _FOI_WORDS.search(sample)
    )


def _as_residue(document: Document, blocks: list[SourceBlock], text: str) -> Document:
    parts = segment(blocks, text=text, unplaced=True)
    return Document(
        boilerplate=tuple(parts.boilerplate), residue=tuple(parts.residue), source=document.source
    )


def _references(parts: Parts) -> tuple[Reference, ...]:
    found: list[Reference] = [
        Reference(
            raw=f.value,
            normalized=references.normalize_reference(f.value),
            label=f.label,
            span=f.span,
        )
        for f in parts.fields
        if f.key == "reference"
    ]
    if not found:
        for line, span, requester in parts.prose[:12]:
            if not requester:
                found.extend(references.find_references(line, span.start))
    unique: dict[str, Reference] = {}
    for ref in found:
        unique.setdefault(ref.normalized, ref)
    return tuple(unique.values())


def _dates(parts: Parts, dayfirst: bool) -> tuple[DateMention, ...]:
    found: list[DateMention] = []
    for f in parts.fields:
        if f.key == "date" and f.role is not None:
            value = dates.parse_date(f.value, dayfirst=dayfirst)
            if value is not None:
                found.append(DateMention(role=f.role, value=value, raw=f.value, span=f.span))
    for line, span, requester in parts.prose:
        if not requester:
            found.extend(dates.find_role_dates(line, span.start, dayfirst=dayfirst))
    unique: dict[tuple[str, object], DateMention] = {}
    for mention in found:
        unique.setdefault((mention.role, mention.value), mention)
    return tuple(unique.values())


def _authority(parts: Parts) -> str | None:
    return authority_in(line for line, _, requester in parts.prose if not requester)


def _citations(
    parts: Parts, jurisdiction: str | None, named: tuple[str, ...]
) -> tuple[Citation, ...]:
    found: list[Citation] = []
    listing = False
    for line, span, requester in parts.prose:
        ctx = CitationContext(
            jurisdiction=jurisdiction, laws=named, requester=requester, listing=listing
        )
        cites = extract_citations(line, context=ctx, offset=span.start)
        found.extend(cites)
        stripped = line.rstrip()
        if stripped.endswith(":") and re.search(
            r"exemption|exception|following|section", line, re.I
        ):
            listing = True
        elif not cites:
            listing = False
    return tuple(found)


def _laws(
    named: list[str], citations: tuple[Citation, ...], jurisdiction: str | None, foi_words: bool
) -> tuple[str, ...]:
    ids: list[str] = []
    for law_id in [*named, *(c.law for c in citations if c.law)]:
        if law_id not in ids and (laws.get(law_id).access_law or law_id.startswith("us-privacy")):
            ids.append(law_id)
    if not ids and jurisdiction and foi_words:
        default = laws.resolve_generic("act", jurisdiction)
        if default:
            ids.append(default)
    return tuple(ids)


def _decision(parts: Parts, outcome_field: object) -> Decision:
    labelled: Outcome | None = None
    if outcome_field is not None:
        labelled = parse_outcome_words(getattr(outcome_field, "value", ""))
    strong: tuple[Outcome, str, Span] | None = None
    weak: list[tuple[Outcome, str, Span]] = []
    for line, span, requester in parts.prose:
        if requester:
            continue
        for start, end in sentences(line):
            sentence = line[start:end]
            outcome = decision_in(sentence)
            if outcome is None:
                continue
            at = Span(span.start + start, span.start + end)
            if _STRONG_DECISION.search(sentence) and strong is None:
                strong = (outcome, sentence, at)
            weak.append((outcome, sentence, at))
    chosen = strong or (weak[0] if weak else None)
    if labelled is not None:
        if chosen is None:
            return Decision(outcome=labelled)
        return Decision(outcome=labelled, sentence=chosen[1], span=chosen[2])
    if strong is not None:
        return Decision(outcome=strong[0], sentence=strong[1], span=strong[2])
    if weak:
        outcome = infer_outcome(o for o, _, _ in weak)
        first = next((w for w in weak if w[0] is outcome), weak[0])
        return Decision(outcome=outcome, sentence=first[1], span=first[2])
    return Decision()
