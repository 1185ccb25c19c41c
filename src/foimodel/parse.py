"""parse_text (and the shared core of every front end): blocks -> parts -> facts -> record.

>>> doc = parse_text("Our ref: FOI-123\\nYou asked:\\n1. How many bins?\\n"
...                  "The information is not held.")
>>> doc.references[0].raw, doc.outcome.value, len(doc.items)
('FOI-123', 'not_held', 1)
"""

from __future__ import annotations

import bisect
from collections.abc import Iterable

from foimodel import laws
from foimodel.errors import ParseError
from foimodel.extract import ProseLine, dates, join_wrapped, references
from foimodel.extract import jurisdiction as jurisdiction_of
from foimodel.extract.answers import LIMITING_OUTCOMES, with_answers
from foimodel.extract.authority import authority_in
from foimodel.extract.citations import citations_in, find_law_names, law_by_glosses
from foimodel.extract.outcome import (
    attachment_outcome,
    decide,
    decision_in,
    how_firm,
    parse_outcome_words,
)
from foimodel.ingest.blocks import SourceBlock
from foimodel.ingest.text import encoding_damage, normalize_text, text_blocks
from foimodel.models import (
    Answer,
    Decision,
    Defect,
    Document,
    MessageKind,
    Outcome,
    RequestItem,
    Source,
)
from foimodel.policy import DEFAULT_POLICY, ParsePolicy
from foimodel.render.text import UNKNOWN_AUTHORITY, UNKNOWN_JURISDICTION
from foimodel.segment import Field, Parts, segment

__all__ = ["build_document", "parse_html", "parse_text"]


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
    policy.check_size(text)
    normalized = normalize_text(text)
    return build_document(
        normalized,
        text_blocks(normalized),
        policy=policy,
        source=Source(),
        defects=encoding_damage(normalized),
    )


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
    us = jurisdiction_of.us_signs(sample)
    dayfirst = dates.dayfirst_for(policy.jurisdiction or ("US" if us else None))
    parts = segment(blocks, dayfirst=dayfirst, text=text)
    fields = {f.key: f for f in reversed(parts.fields)}  # first occurrence wins
    foi_words = jurisdiction_of.signs_of_foi(sample)

    prose_text = "\n".join(line.text for line in parts.prose)
    if "laws" in fields:  # the renderer's explicit list: nothing to look for
        named = [x.strip() for x in fields["laws"].value.split(",") if x.strip() in laws.ids()]
    else:
        named = find_law_names(prose_text, jurisdiction=policy.jurisdiction)
    if "jurisdiction" in fields:
        value = fields["jurisdiction"].value
        jurisdiction: str | None = None if value == UNKNOWN_JURISDICTION else value
    else:
        jurisdiction = jurisdiction_of.infer_jurisdiction(named, sample, policy.jurisdiction)
        if jurisdiction and not named:
            named = find_law_names(prose_text, jurisdiction=jurisdiction)
        if not named and policy.jurisdiction is None and jurisdiction in (None, "UK"):
            # "The Act" only, and at most FOI words for the UK default: what the
            # sections cited are about tells the law.
            guessed = law_by_glosses(prose_text)
            if guessed is not None:
                named, jurisdiction = [guessed], laws.get(guessed).jurisdiction

    sentences = join_wrapped(parts.prose, text)
    citations = citations_in(sentences, jurisdiction=jurisdiction, laws_named=tuple(named))
    if "laws" in fields:
        law_ids = tuple(named)
    else:
        law_ids = jurisdiction_of.laws_invoked(named, citations, jurisdiction, foi_words=foi_words)
    outcome_field = fields.get("outcome")

    document = Document(
        title=fields["title"].value if "title" in fields else None,
        references=references.references_in(
            ((f.label, f.value, f.span) for f in parts.fields if f.key == "reference"),
            () if "references" in fields else _titled(parts, fields.get("title")),
        ),
        authority=_authority(parts, fields.get("authority")),
        jurisdiction=jurisdiction,
        laws=law_ids,
        dates=dates.dates_in(
            [(f.role, f.value, f.span) for f in parts.fields if f.key == "date" and f.role],
            sentences,
            dayfirst=dates.dayfirst_for(jurisdiction) if jurisdiction else dayfirst,
        ),
        decision=_decision(parts, sentences, outcome_field, fields.get("decision")),
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
    if jurisdiction is None and policy.jurisdiction is None:
        found_defects.extend(
            Defect(
                kind="ambiguous-date",
                reason=f"{d.raw!r} reads both day-first and month-first; read "
                + ("day-first" if dayfirst else "month-first"),
                span=d.span,
            )
            for d in document.dates
            if dates.is_ambiguous(d.raw)
        )
    if not text.strip():
        found_defects.append(Defect(kind="empty", reason="the input has no text"))
    elif not (
        parts.fields or citations or parts.items or parts.messages or parts.residue or foi_words
    ):
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


def _as_residue(document: Document, blocks: list[SourceBlock], text: str) -> Document:
    parts = segment(blocks, text=text, unplaced=True)
    return Document(
        boilerplate=tuple(parts.boilerplate), residue=tuple(parts.residue), source=document.source
    )


_AUTHORITY_KINDS = frozenset(
    {MessageKind.RESPONSE, MessageKind.INTERNAL_REVIEW, MessageKind.ACKNOWLEDGEMENT}
)


def _decisive_message(parts: Parts, lines: list[ProseLine]) -> Decision | None:
    """In a thread, the decision of the last authority message that states one firmly.

    A reply whose attachments are named for the outcome ("Response not held.pdf")
    states it firmly; hints and acknowledgements count only when no reply does more.
    """
    fallback: Decision | None = None
    for message in reversed(parts.messages):
        if message.kind not in _AUTHORITY_KINDS:
            continue
        inside = [p for p in lines if message.span.start <= p.span.start < message.span.end]
        decision = decide(inside)
        named = attachment_outcome(message.attachments)
        firm = how_firm(inside)
        if firm >= 2 and decision.outcome not in (Outcome.UNKNOWN, Outcome.PENDING):
            return decision
        if named is not None:
            return Decision(outcome=named[0], sentence=named[1])
        if fallback is None and decision.outcome is not Outcome.UNKNOWN:
            fallback = decision
    return fallback


def _decision(
    parts: Parts, lines: list[ProseLine], labelled: Field | None, stated: Field | None
) -> Decision:
    """The labelled outcome; in a thread the final authority message's; else the letter's.

    The text renderer writes ``Outcome:`` and, when the record has one, the sentence
    it was read from as ``Decision:``; both are taken as written.
    """
    if stated is not None:
        outcome = parse_outcome_words(labelled.value) if labelled else None
        if outcome is None:
            outcome = decision_in(stated.value) or decide(lines).outcome
        return Decision(outcome=outcome, sentence=stated.value, span=stated.span)
    if labelled is not None:
        return Decision(outcome=parse_outcome_words(labelled.value) or Outcome.UNKNOWN)
    if parts.messages:
        found = _decisive_message(parts, lines)
        if found is not None:
            return found
    decision = decide(lines)
    answered = decision.outcome is Outcome.UNKNOWN and any(i.answer for i in parts.items)
    if answered or (decision.outcome in LIMITING_OUTCOMES and len(parts.items) >= 2):
        decision = with_answers(decision, _answer_lines(parts))
    return decision


def _answer_lines(parts: Parts) -> list[list[ProseLine]]:
    """The lines of each answer, as laid out (not joined across answers), with the
    line of an answer that shares its line with its number ("2. Not held.")."""
    ends = [p.span.end for p in parts.prose]  # lines in source order, so both sorted
    starts = [p.span.start for p in parts.prose]
    found = []
    for item in parts.items:
        if item.answer:
            start, end = item.answer[0].span.start, item.answer[-1].span.end
            lo, hi = bisect.bisect_right(ends, start), bisect.bisect_left(starts, end)
            found.append(parts.prose[lo:hi])
    return found


def _titled(parts: Parts, title: Field | None) -> list[ProseLine]:
    """The prose a reference may be found in, with the title of an authority's page
    first ("Street lighting (FOI 24-118)"); a thread's title is the requester's."""
    if title is None or parts.messages:
        return parts.prose
    return [ProseLine(title.value, title.span, False), *parts.prose]


def _authority(parts: Parts, labelled: Field | None) -> str | None:
    if labelled is not None:
        return None if labelled.value == UNKNOWN_AUTHORITY else labelled.value
    return authority_in(line.text for line in parts.prose if not line.requester)
