"""Outcome: the decision the authority states, and the sentence it is read from.

An explicit decision sentence wins ("I have today decided to disclose the
located information to you in full"); without one, the answers decide (some
released and some withheld: in part; some answered and some not held: partly not
held). A website's status banner or a requester's words never decide it.

>>> decision_in("I have today decided to disclose the located information to you in full.")
<Outcome.DISCLOSED_IN_FULL: 'disclosed_in_full'>
>>> decision_in("The information you requested is not held by the Council.")
<Outcome.NOT_HELD: 'not_held'>
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence

from foimodel.extract import ProseLine
from foimodel.models import Decision, Outcome, Span

__all__ = [
    "OUTCOME_WORDS",
    "decide",
    "decision_in",
    "infer_outcome",
    "parse_outcome_words",
    "sentences",
]

OUTCOME_WORDS: dict[str, Outcome] = {o.phrase: o for o in Outcome} | {o.value: o for o in Outcome}

_I = re.IGNORECASE
_NEG = r"(?<!not )(?<!n't )"

# Rules in order: the first that matches a sentence gives its outcome. Each is a
# phrase of the language of decisions, not of one template.
_RULES: tuple[tuple[Outcome, re.Pattern[str]], ...] = (
    (
        Outcome.WITHDRAWN,
        re.compile(
            r"\b(?:request|application) (?:has been|was|is) (?:withdrawn|"
            r"closed as withdrawn)|\byou (?:have )?withdr[ae]w(?:n)? (?:your|the) request",
            _I,
        ),
    ),
    (
        Outcome.NEITHER_CONFIRM_NOR_DENY,
        re.compile(
            r"neither (?:to )?confirm(?:s|ing)? (?:n)?or deny|\bNCND\b|cannot confirm (?:n)?or deny"
            r"|can neither confirm|will neither confirm",
            _I,
        ),
    ),
    (
        Outcome.PARTLY_NOT_HELD,
        re.compile(
            r"\b(?:some|part|parts) of (?:the )?(?:requested )?information (?:you (?:have )?requested )?"
            r"(?:is|are) not held|hold(?:s)? some(?: but not all)? of the information|partially held"
            r"|holds? only (?:part|some) of",
            _I,
        ),
    ),
    (
        Outcome.DISCLOSED_IN_FULL,
        re.compile(
            r"decided to (?:disclose|release|provide) (?:the |all (?:of )?the )?(?:located |requested )?"
            r"information(?: to you)? in full|(?:disclos|releas)(?:e|ed|ing) (?:the |all )?(?:located |"
            r"requested )?information in full|full disclosure|information (?:is|has been) "
            r"(?:disclosed|released) in full|\bgranted in full\b|\bfull(?:y)? grant(?:ed)?\b"
            r"|release (?:it|them|the documents?|the records?) in full",
            _I,
        ),
    ),
    (
        Outcome.DISCLOSED_IN_PART,
        re.compile(
            r"decided to (?:disclose|release|provide) (?:some|part) of|(?:disclose|release|grant|provide)"
            r"(?:d)? (?:access )?(?:to )?(?:the (?:requested |located )?(?:information|documents?|records?) )?"
            r"in part|partial(?:ly)? (?:release|disclos|grant|access)|released with (?:some )?redactions"
            r"|(?:some|part) of the (?:requested |located )?information (?:is|has been|will be) "
            r"(?:withheld|exempt|redacted)|\bgranted? (?:access )?in part\b|\bpart(?:ial)? grant"
            r"|disclose some of the (?:requested|located) information",
            _I,
        ),
    ),
    (
        Outcome.NOT_HELD,
        re.compile(
            _NEG + r"(?:information|data|records?|documents?)(?: you (?:have )?requested| requested"
            r"| you seek| sought)? (?:is|are|was|were) not held|\bdoes not hold (?:any |the |this )?"
            r"(?:recorded )?(?:information|data|records?)|\bdo not hold (?:any |the |this )?(?:recorded )?"
            r"(?:information|data|records?)|\bno (?:relevant |recorded )?(?:information|records?|"
            r"documents?|data) (?:is |are |was |were )?(?:held|located|found|exist)|\bnot held by\b"
            r"|\bholds? no (?:recorded )?information",
            _I,
        ),
    ),
    (
        Outcome.REFUSED,
        re.compile(
            r"decided (?:not )?to (?:refuse|withhold)|\brefus(?:e|ed|ing) (?:your|the|this) request"
            r"|request (?:is|has been|was) refused|(?:serves|acts) as a refusal notice"
            r"|\bexceed(?:s|ed)? the (?:appropriate|cost|fees) limit|\bwould exceed the (?:appropriate|"
            r"cost)|\bvexatious\b|\bmanifestly unreasonable\b|information (?:is|will be) withheld"
            r"|\bexempt from disclosure|decided to withhold|unable to (?:provide|disclose) (?:the|this|"
            r"any) information|(?:deny|denied|denying) (?:your|the) request",
            _I,
        ),
    ),
    (
        Outcome.DISCLOSED_IN_FULL,
        re.compile(
            r"(?:please find|I (?:am|have) (?:pleased to )?(?:attach|enclose|provide)d?|(?:attached|enclosed)"
            r" (?:is|are)) (?:below |attached |enclosed )?(?:the )?(?:requested |located )?information"
            r"|\bdisclose the (?:requested|located) information\b",
            _I,
        ),
    ),
    (
        Outcome.PENDING,
        re.compile(
            r"(?:acknowledge|confirm) (?:the )?receipt of your|we (?:will|shall|aim to) (?:respond|reply)"
            r"|(?:need|require) (?:further|more) time|extend(?:ed|ing)? the (?:time|deadline) (?:limit )?"
            r"for (?:responding|response|making a decision)|is being (?:processed|considered)"
            r"|fee estimate|(?:need|require) clarification",
            _I,
        ),
    ),
)

_SENTENCE = re.compile(r"[^.!?]*(?:[.!?]+|$)")


def sentences(text: str) -> Iterable[tuple[int, int]]:
    """(start, end) of each sentence in ``text``, white space trimmed."""
    for m in _SENTENCE.finditer(text):
        s, e = m.span()
        while s < e and text[s].isspace():
            s += 1
        if s < e:
            yield s, e


def decision_in(sentence: str) -> Outcome | None:
    """The outcome a sentence states, or ``None`` when it states none."""
    for outcome, rx in _RULES:
        if rx.search(sentence):
            return outcome
    return None


def parse_outcome_words(value: str) -> Outcome | None:
    """``"disclosed in part"`` or ``"disclosed_in_part"`` -> the Outcome.

    >>> parse_outcome_words("Disclosed in part")
    <Outcome.DISCLOSED_IN_PART: 'disclosed_in_part'>
    """
    return OUTCOME_WORDS.get(value.strip().lower())


def infer_outcome(found: Iterable[Outcome]) -> Outcome:
    """Combine the outcomes of several answers or sentences (no explicit decision)."""
    seen = set(found)
    if not seen:
        return Outcome.UNKNOWN
    if len(seen) == 1:
        return seen.pop()
    released = bool(seen & {Outcome.DISCLOSED_IN_FULL, Outcome.DISCLOSED_IN_PART})
    if released and Outcome.NOT_HELD in seen and not seen & {Outcome.REFUSED}:
        return Outcome.PARTLY_NOT_HELD
    if released:
        return Outcome.DISCLOSED_IN_PART
    for outcome in (Outcome.REFUSED, Outcome.NEITHER_CONFIRM_NOR_DENY, Outcome.NOT_HELD):
        if outcome in seen:
            return outcome
    return Outcome.UNKNOWN


_STRONG_DECISION = re.compile(
    r"\bdecided\b|\bdecision\b|refusal notice|neither confirm|\bNCND\b|\bwithdrawn\b"
    r"|\bis refused\b|\bhas been refused\b",
    re.IGNORECASE,
)


def decide(prose: Sequence[ProseLine], *, labelled: str | None = None) -> Decision:
    """The document's decision from the authority's sentences.

    A labelled ``Outcome:`` line wins; else the first sentence that states a
    decision in so many words ("I have decided ...", "refusal notice"); else the
    outcomes of all sentences that state one, combined.
    """
    stated = parse_outcome_words(labelled) if labelled is not None else None
    strong: tuple[Outcome, str, Span] | None = None
    weak: list[tuple[Outcome, str, Span]] = []
    for line in prose:
        if line.requester:
            continue
        for start, end in sentences(line.text):
            sentence = line.text[start:end]
            outcome = decision_in(sentence)
            if outcome is None:
                continue
            at = Span(line.span.start + start, line.span.start + end)
            if strong is None and _STRONG_DECISION.search(sentence):
                strong = (outcome, sentence, at)
            weak.append((outcome, sentence, at))
    chosen = strong or (weak[0] if weak else None)
    if stated is not None:
        if chosen is None:
            return Decision(outcome=stated)
        return Decision(outcome=stated, sentence=chosen[1], span=chosen[2])
    if strong is not None:
        return Decision(outcome=strong[0], sentence=strong[1], span=strong[2])
    if weak:
        outcome = infer_outcome(o for o, _, _ in weak)
        first = next((w for w in weak if w[0] is outcome), weak[0])
        return Decision(outcome=outcome, sentence=first[1], span=first[2])
    return Decision()
