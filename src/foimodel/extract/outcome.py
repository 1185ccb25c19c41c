"""Outcome: the decision the authority states, and the sentence it is read from.

An explicit decision sentence wins ("I have today decided to disclose the
located information to you in full"); without one, the answers decide (some
released and some withheld: in part; some answered and some not held: partly not
held). A website's status banner, a requester's words or a regulator's finding
never decide it: for a regulator's notice the outcome is the authority's original
decision as the notice reports it.

Each sentence is read in three steps: a cheap keyword test on the lowercased
sentence, the rules whose keywords it contains (each a phrase of the language of
decisions, not of one template), then guards that drop a hit in a conditional
("if ... would"), under a negation ("we are not refusing") or a modal ("may be
withheld"). A sentence in the authority's voice that makes a decision ("I have
decided", "this is a refusal notice") is *strong*; the first strong sentence
wins. Otherwise the statements of all sentences are combined.

>>> decision_in("I have today decided to disclose the located information to you in full.")
<Outcome.DISCLOSED_IN_FULL: 'disclosed_in_full'>
>>> decision_in("The information you requested is not held by the Council.")
<Outcome.NOT_HELD: 'not_held'>
>>> decision_in("Some information has been withheld under section 9(2)(a) of the OIA.")
<Outcome.DISCLOSED_IN_PART: 'disclosed_in_part'>
>>> decision_in("If the cost would exceed the appropriate limit we will tell you.") is None
True
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator, Sequence
from typing import NamedTuple

from foimodel.extract import ProseLine
from foimodel.extract._outcome_rules import (
    FORMULA,
    FULL,
    KEYS,
    NCND,
    NOT_HELD,
    PART,
    PARTLY,
    PENDING,
    REFUSED,
    RULES,
    RULES_BY_KEY,
    STRONG,
    WITHDRAWN,
)
from foimodel.models import Decision, Outcome, Span

__all__ = [
    "OUTCOME_WORDS",
    "attachment_outcome",
    "decide",
    "decision_in",
    "how_firm",
    "infer_outcome",
    "parse_outcome_words",
    "sentences",
]

OUTCOME_WORDS: dict[str, Outcome] = {o.phrase: o for o in Outcome} | {o.value: o for o in Outcome}

# A decision in so many words makes every statement of its sentence strong.
_DECISION_LEAD = re.compile(
    r"\b(?:i|we) (?:have )?(?:today |now |therefore |also )?decided\b|\bdecided (?:to|that|not)\b"
    r"|\b(?:my|our|the) decision (?:is|was) (?:to|that)\b|\brefusal notice\b"
    r"|\b(?:is|has been) refused\b|\b(?:i|we) (?:am|are) (?:hereby )?(?:refusing|releasing|granting"
    r"|disclosing|withholding|extending)\b|\bwithdrawn\b"
)
_DECISION_KEYS = ("decid", "decision", "refus", "ing", "withdr")

# The lead of a list of decisions ("I have decided to:", "My decision is as follows:").
_LIST_LEAD = re.compile(r"(?:decided|decision)\b[^.]{0,120}:\s*$")
_LIST_ITEM = re.compile(r"(?:[•●▪◦·*\-–—]|\(?[a-z0-9]{1,3}[.)])\s*")

# A hit is dropped when the text before it in its sentence makes it conditional.
_CONDITION = re.compile(
    r"\b(?:if|unless|whether|where|in the event|in case|in order to|to determine)\b"
    r"|(?:^|\b)should (?:we|you|it|they|the|this|any)\b"
)
# ... or when a negation or a modal stands just before it.
_NEGATED = re.compile(
    r"\b(?:not|never|no|no longer|n't|nor|may|might|could|cannot)\s+(?:\w+\s+){0,3}$"
)
# ... or when one stands inside a match that spans a gap ("some ... may be withheld").
_NEGATED_INSIDE = re.compile(r"\b(?:not|never|may|might|could|cannot)\b|n't\b")
# A regulator's finding is not the authority's decision.
_REGULATOR = re.compile(
    r"\b(?:commissioner|ombudsman|tribunal|this office|adjudicator|the ipc|the ico|the oic)\b"
)
_WORD = re.compile(r"\S+")


# "This letter is a refusal notice": the form a refusal takes, not what was refused.
_NOTICE = re.compile(
    r"\brefusal notice\b|\b(?:serves|acts|constitutes) as (?:a |our )?(?:formal )?refusal"
)

_SENTENCE = re.compile(r"[^.!?]*(?:[.!?]+|$)")


def sentences(text: str) -> Iterable[tuple[int, int]]:
    """(start, end) of each sentence in ``text``, white space trimmed."""
    for m in _SENTENCE.finditer(text):
        s, e = m.span()
        while s < e and text[s].isspace():
            s += 1
        while e > s and text[e - 1].isspace():
            e -= 1
        if s < e:
            yield s, e


class _Hit(NamedTuple):
    outcome: Outcome
    strength: int
    at: int  # where in the sentence the rule matched


def _hits(sentence: str, keys: Sequence[str] = KEYS) -> list[_Hit]:
    """The statements a sentence makes, each with its strength (``keys``: those to look for)."""
    low = sentence.lower()
    present = [k for k in keys if k in low]
    if not present or low.rstrip().endswith("?") or _REGULATOR.search(low):
        return []
    found: list[_Hit] = []
    for i in sorted({i for k in present for i in RULES_BY_KEY[k]}):
        rule = RULES[i]
        m = rule.pattern.search(low)
        if m is None:
            continue
        at = m.start()
        before = low[max(0, at - 160) : at]
        clause = before[max(before.rfind(", "), before.rfind(" then "), before.rfind("; ")) + 1 :]
        if _CONDITION.search(clause):
            continue
        if rule.guarded and (
            _NEGATED.search(before[-48:]) or _NEGATED_INSIDE.search(low, at, m.end())
        ):
            continue
        found.append(_Hit(rule.outcome, rule.strength, at))
    if not found:
        return []
    if "confirm or deny" in low or "confirming or denying" in low or "confirm nor deny" in low:
        # What a "neither confirm nor deny" sentence says besides is its reason.
        found = [_Hit(NCND, FORMULA, min(h.at for h in found))]
    if any(k in low for k in _DECISION_KEYS) and _DECISION_LEAD.search(low):
        return [_Hit(h.outcome, STRONG, h.at) for h in found]
    return found


def _combine_sentence(hits: Sequence[_Hit]) -> Outcome:
    """One sentence's statements as one outcome (a "not held" outweighs "unable to")."""
    seen = {h.outcome for h in hits}
    if NOT_HELD in seen and REFUSED in seen and not seen & {FULL, PART, PARTLY}:
        return NOT_HELD
    return infer_outcome(seen)


def decision_in(sentence: str) -> Outcome | None:
    """The outcome a sentence states, or ``None`` when it states none.

    Hints ("please find attached") state none on their own.
    """
    hits = [h for h in _hits(sentence) if h.strength >= FORMULA]
    if not hits:
        return None
    return _combine_sentence(hits)


def parse_outcome_words(value: str) -> Outcome | None:
    """``"disclosed in part"`` or ``"disclosed_in_part"`` -> the Outcome.

    >>> parse_outcome_words("Disclosed in part")
    <Outcome.DISCLOSED_IN_PART: 'disclosed_in_part'>
    """
    return OUTCOME_WORDS.get(value.strip().lower())


def infer_outcome(found: Iterable[Outcome]) -> Outcome:
    """Combine the outcomes of several answers or sentences (no explicit decision).

    Some released and some withheld or NCND: in part; some released and some not
    held: partly not held. An acknowledgement counts only when nothing else is said.

    >>> infer_outcome([Outcome.DISCLOSED_IN_FULL, Outcome.NOT_HELD])
    <Outcome.PARTLY_NOT_HELD: 'partly_not_held'>
    >>> infer_outcome([Outcome.PARTLY_NOT_HELD, Outcome.REFUSED])
    <Outcome.DISCLOSED_IN_PART: 'disclosed_in_part'>
    """
    seen = set(found) - {Outcome.UNKNOWN}
    if not seen:
        return Outcome.UNKNOWN
    if seen != {PENDING}:
        seen.discard(PENDING)
    if len(seen) == 1:
        return seen.pop()
    if WITHDRAWN in seen:
        return WITHDRAWN
    released = bool(seen & {FULL, PART, PARTLY})
    withheld = bool(seen & {PART, REFUSED, NCND})
    if PART in seen or (released and withheld):
        return PART
    if released and seen & {NOT_HELD, PARTLY}:
        return PARTLY
    if released:
        return FULL
    for outcome in (REFUSED, NOT_HELD, NCND):
        if outcome in seen:
            return outcome
    return Outcome.UNKNOWN


class _Sentence(NamedTuple):
    text: str  # the sentence as read: lines of a run joined by a space
    pieces: tuple[tuple[str, Span, int], ...]  # each line's part: its text, span, offset in text
    requester: bool  # on lines the segmenter gave to the requester
    keys: tuple[str, ...]  # the rules' keys its run contains; none: nothing to read


_JOINERS = frozenset(
    [
        "the",
        "a",
        "an",
        "of",
        "to",
        "in",
        "on",
        "under",
        "and",
        "or",
        "that",
        "with",
        "for",
        "by",
        "is",
        "are",
        "was",
        "be",
        "been",
        "has",
        "have",
        "not",
        "which",
        "this",
        "its",
        "their",
        "your",
        "our",
        "any",
        "all",
        "as",
        "from",
        "at",
    ]
)


def _joins(previous: str, following: str) -> bool:
    """Whether ``following`` continues the sentence ``previous`` leaves open."""
    tail = previous.rstrip()
    if not tail or tail[-1] in ".!?:;":
        return False
    head = following.lstrip()
    if not head:
        return False
    if head[0].islower() or tail[-1] in ",-–(" or tail in "•●▪◦·*-–—":
        return True
    last = tail.rsplit(None, 1)[-1].lower()
    return last in _JOINERS


def _runs(prose: Sequence[ProseLine]) -> Iterator[list[ProseLine]]:
    """Runs of lines that continue one another, each run in one voice."""
    run: list[ProseLine] = []
    for line in prose:
        if run and (line.requester != run[-1].requester or not _joins(run[-1].text, line.text)):
            yield run
            run = []
        run.append(line)
    if run:
        yield run


def _sentences_of(prose: Sequence[ProseLine]) -> Iterator[_Sentence]:
    """The sentences of each run; a run without a key word is one sentence with no keys."""
    for run in _runs(prose):
        requester = run[0].requester
        text = run[0].text if len(run) == 1 else " ".join(line.text for line in run)
        low = text.lower()
        keys = tuple([k for k in KEYS if k in low])
        if not keys and "decid" not in low and "decision" not in low:
            yield _Sentence(text, (), requester, ())
            continue
        if len(run) == 1:
            line = run[0]
            for s, e in sentences(text):
                at = Span(line.span.start + s, line.span.start + e)
                yield _Sentence(text[s:e], ((text[s:e], at, 0),), requester, keys)
            continue
        starts = []
        offset = 0
        for line in run:
            starts.append(offset)
            offset += len(line.text) + 1
        for s, e in sentences(text):
            pieces = []
            for line, first in zip(run, starts, strict=True):
                lo, hi = max(s, first), min(e, first + len(line.text))
                if lo >= hi:
                    continue
                piece = text[lo:hi].strip()
                if not piece:
                    continue
                lead = lo - first + (len(text[lo:hi]) - len(text[lo:hi].lstrip()))
                at = Span(line.span.start + lead, line.span.start + lead + len(piece))
                pieces.append((piece, at, lo - s))
            if pieces:
                yield _Sentence(text[s:e], tuple(pieces), requester, keys)


# On a line the segmenter gave to the requester, only a sentence in the authority's
# voice counts: one that answers "you" ("the information you have requested is
# refused") or reports what the authority did ("the Department asserted that ...").
_FIRST_PERSON = re.compile(r"\b(?:i|my|me|myself|please)\b|\bi'm\b|\bi’m\b")
_AUTHORITY_VOICE = re.compile(
    r"\byour (?:request|application|e-?mail|letter)\b|\byou (?:have )?(?:requested|asked|sought)\b"
    r"|\b(?:the )?information you\b|\b(?:stated|said|told|informed|asserted|responded|explained"
    r"|confirmed|advised|replied|decided|refused|released|granted|withheld|denied|disclosed|affirmed"
    r"|upheld)\b"
)


def _authority_voice(low: str) -> bool:
    return _FIRST_PERSON.search(low) is None and _AUTHORITY_VOICE.search(low) is not None


def _is_heading(text: str) -> bool:
    """A short line without a full stop: a heading or a table cell, not a statement."""
    stripped = text.rstrip()
    return "|" in stripped or (len(_WORD.findall(stripped)) < 4 and not stripped.endswith("."))


class _Found(NamedTuple):
    outcome: Outcome
    strength: int
    sentence: str
    span: Span


def _found(sentence: _Sentence, hits: Sequence[_Hit], strength: int) -> _Found:
    """The sentence's outcome, with the piece of it (one line) where its first hit stands."""
    at = min(h.at for h in hits)
    piece = sentence.pieces[0]
    for candidate in sentence.pieces:
        if candidate[2] <= at:
            piece = candidate
    return _Found(_combine_sentence(hits), strength, piece[0], piece[1])


def _statements(prose: Sequence[ProseLine]) -> Iterator[_Found]:
    """Every statement of an outcome in the authority's sentences, in order.

    After the lead of a list of decisions ("I have decided to:"), the items of the
    list are one strong statement together.
    """
    listing: list[tuple[_Sentence, list[_Hit]]] | None = None
    for sentence in _sentences_of(prose):
        text = sentence.text
        if listing is not None:
            if not sentence.requester and (_LIST_ITEM.match(text) or text[:1].islower()):
                hits = _hits(text, sentence.keys) if sentence.keys else []
                if hits:
                    listing.append((sentence, hits))
                continue
            if listing:
                first = listing[0][0]
                yield _found(first, [h for _, hs in listing for h in hs], STRONG)
            listing = None
        if not sentence.pieces or _is_heading(text):
            continue
        hits = _hits(text, sentence.keys) if sentence.keys else []
        if sentence.requester:
            if hits and _authority_voice(text.lower()):
                yield _found(sentence, hits, FORMULA)
            continue
        if not hits:
            if text.rstrip().endswith(":") and _LIST_LEAD.search(text.lower()):
                listing = []
            continue
        yield _found(sentence, hits, max(h.strength for h in hits))
    if listing:
        yield _found(listing[0][0], [h for _, hs in listing for h in hs], STRONG)


_REGULATOR_WORDS = (
    "the commissioner",
    "this office",
    "the ombudsman",
    "the tribunal",
    "the adjudicator",
    "decision notice",
)
_THIRD_PERSON = ("the applicant", "the complainant", "the appellant")


def _is_notice(prose: Sequence[ProseLine]) -> bool:
    """A regulator's notice: it names the regulator and the requester in the third person."""
    low = "\n".join(line.text for line in prose).lower()
    return any(w in low for w in _REGULATOR_WORDS) and any(w in low for w in _THIRD_PERSON)


def how_firm(prose: Sequence[ProseLine]) -> int:
    """How firmly ``prose`` states a decision: 3 in so many words, 2 by a standard
    formula, 1 by a hint ("please find attached"), 0 not at all.

    >>> from foimodel.models import Span
    >>> how_firm([ProseLine("We have decided to refuse your request.", Span(0, 39), False)])
    3
    """
    return max((found.strength for found in _statements(prose)), default=0)


_ATTACHMENT_OUTCOMES: tuple[tuple[Outcome, re.Pattern[str]], ...] = (
    (Outcome.NOT_HELD, re.compile(r"not[ _-]held", re.IGNORECASE)),
    (Outcome.DISCLOSED_IN_PART, re.compile(r"some[ _-]exempt|part(?:ial|ly)?[ _-]|redact", re.I)),
    (Outcome.REFUSED, re.compile(r"exempt|refus|withh[eo]ld", re.IGNORECASE)),
    (
        Outcome.DISCLOSED_IN_FULL,
        re.compile(r"all[ _-]information|in[ _-]full|supplied|disclos", re.I),
    ),
)
_RESPONSE_FILE = re.compile(r"respon|decision|reply|refusal|outcome", re.IGNORECASE)


def attachment_outcome(names: Iterable[str]) -> tuple[Outcome, str] | None:
    """The outcome a reply's attachment names state, and the name that states it.

    >>> attachment_outcome(["Response some exempt.pdf"])
    (<Outcome.DISCLOSED_IN_PART: 'disclosed_in_part'>, 'Response some exempt.pdf')
    """
    for name in names:
        if not _RESPONSE_FILE.search(name):
            continue
        for outcome, pattern in _ATTACHMENT_OUTCOMES:
            if pattern.search(name):
                return outcome, name
    return None


def decide(prose: Sequence[ProseLine], *, labelled: str | None = None) -> Decision:
    """The document's decision from the authority's sentences.

    A labelled ``Outcome:`` line wins (with the first strong sentence, if any);
    else the first sentence that states a decision in so many words ("I have
    decided ...", "refusal notice"); else the statements of all sentences
    combined, hints ("please find attached") only when nothing else is stated.
    """
    stated = parse_outcome_words(labelled) if labelled is not None else None
    if stated is None and _is_notice(prose):
        # A regulator's notice: the authority's original decision is the first it reports.
        first = next(_statements(prose), None)
        if first is not None:
            return Decision(outcome=first.outcome, sentence=first.sentence, span=first.span)
        return Decision()
    strong: _Found | None = None
    formulas: list[_Found] = []
    hints: list[_Found] = []
    for found in _statements(prose):
        if found.strength >= STRONG:
            strong = found
            break
        (formulas if found.strength >= FORMULA else hints).append(found)
    if stated is not None:
        if strong is None:
            return Decision(outcome=stated)
        return Decision(outcome=stated, sentence=strong.sentence, span=strong.span)
    if strong is not None:
        if strong.outcome is Outcome.REFUSED and _NOTICE.search(strong.sentence.lower()):
            # "This letter is a refusal notice": the form every refusal takes. When all
            # it goes on to say is that it neither confirms nor denies, that is the
            # decision; anything withheld besides keeps it a refusal.
            others = [f for f in _statements(prose) if f.sentence != strong.sentence]
            ncnd = next((f for f in others if f.outcome is NCND), None)
            if ncnd is not None and all(f.outcome in (NCND, PENDING) for f in others):
                return Decision(outcome=NCND, sentence=ncnd.sentence, span=ncnd.span)
        return Decision(outcome=strong.outcome, sentence=strong.sentence, span=strong.span)
    weak = formulas or hints
    if not weak:
        return Decision()
    outcome = infer_outcome(f.outcome for f in weak)
    first = next((f for f in weak if f.outcome is outcome), weak[0])
    return Decision(outcome=outcome, sentence=first.sentence, span=first.span)
