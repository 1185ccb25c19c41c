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

_FULL = Outcome.DISCLOSED_IN_FULL
_PART = Outcome.DISCLOSED_IN_PART
_REFUSED = Outcome.REFUSED
_NOT_HELD = Outcome.NOT_HELD
_PARTLY = Outcome.PARTLY_NOT_HELD
_NCND = Outcome.NEITHER_CONFIRM_NOR_DENY
_WITHDRAWN = Outcome.WITHDRAWN
_PENDING = Outcome.PENDING

# Strength of a statement: a decision in so many words, a formula of a response,
# a hint ("please find attached") that counts only when nothing else is said.
_STRONG, _FORMULA, _HINT = 3, 2, 1


class _Rule(NamedTuple):
    keys: tuple[str, ...]  # the rule runs only when one of these is in the lowercased sentence
    outcome: Outcome
    pattern: re.Pattern[str]  # matched against the lowercased sentence
    strength: int = _FORMULA
    guarded: bool = True  # a negation or modal just before the match cancels it


def _rule(
    keys: str, outcome: Outcome, pattern: str, strength: int = _FORMULA, *, guarded: bool = True
) -> _Rule:
    return _Rule(tuple(keys.split("|")), outcome, re.compile(pattern), strength, guarded)


_OBJECT = r"(?:the |this |that |these |those |all |all of the |some |some of the |any )?"
_THING = r"(?:information|data|records?|documents?|material|details|figures|statistics)"

# Rules of the language of decisions, grouped by outcome. Every gap is bounded.
_RULES: tuple[_Rule, ...] = (
    # Withdrawn.
    _rule(
        "withdr",
        _WITHDRAWN,
        r"\b(?:request|application) (?:has been |was |is |now )?(?:withdrawn|closed as withdrawn)"
        r"|\byou (?:have )?withdr[ae]wn? (?:your|the|this) (?:request|application)",
        _STRONG,
    ),
    # Neither confirm nor deny.
    _rule(
        "deny|ncnd",
        _NCND,
        r"neither (?:to )?confirm(?:s|ing)? (?:n)?or deny|\bncnd\b|cannot confirm (?:n)?or deny",
        guarded=False,
    ),
    # Partly not held.
    _rule(
        "held|hold",
        _PARTLY,
        r"\b(?:some|part|parts) (?:of (?:the |this |your )?)?(?:requested )?"
        + _THING
        + r"[^.;]{0,40}?\b(?:is|are) not held|\b(?:some|partly|partially|part) not held\b"
        r"|\bhold(?:s)? (?:only )?(?:some|part)(?: but not all)? (?:of )?(?:the )?"
        + _THING
        + r"|\bpartially held\b|\bholds? only (?:part|some) of",
        guarded=False,
    ),
    # Disclosed in full.
    _rule(
        "full",
        _FULL,
        r"\b(?:disclos|releas|provid|grant|giv)\w* (?:you )?(?:access )?[^.;]{0,40}?\bin full\b"
        r"|\bfull(?:y)? (?:disclosure|release|access)\b|\b(?:granted|released|disclosed) in full\b",
    ),
    _rule(
        "decided",
        _FULL,
        r"\bdecided to (?:disclose|release|provide|grant|give)\b",
        _STRONG,
    ),
    _rule(
        "available|published",
        _FULL,
        # Not a section 21 refusal ("available elsewhere, so exempt").
        r"^(?!.{0,300}?(?:exempt|section 21|s\. ?21\b|reasonably accessible))"
        r".{0,200}?\b(?:the |this |that )?(?:requested )?"
        + _THING
        + r" (?:you (?:have )?(?:requested|asked "
        r"for) )?(?:is|are) (?:now )?(?:available|published) (?:via|at|from|through) (?:the|this) "
        r"links?\b",
    ),
    _rule(
        "releas|disclos",
        _FULL,
        r"\b(?:disclose|release) (?:the |all (?:of )?the )?(?:requested|located|relevant) "
        + _THING,
    ),
    _rule(
        "releas|disclos|grant",
        _FULL,
        r"(?<!\bbe )(?<!\bbeen )(?<!\bwas )(?<!\bwere )(?<!\bis )(?<!\bare )(?<!\bbeing )"
        r"\b(?:released|disclosed|granted (?:you )?access to|granted (?:the|your|this) request)\b",
    ),
    _rule(
        "provided",
        _FULL,
        r"\b(?:(?:i|we)(?: have| ’ve| 've|’ve|'ve) (?:also |now )?provided|(?:has|have) been provided"
        r" (?:below|above|to you|in|on|as)|(?:is|are) provided (?:below|above|overleaf|in the "
        r"(?:table|attached|enclosed)))\b",
    ),
    _rule(
        "please|attached|enclosed|able to|happy to",
        _FULL,
        r"\bplease (?:find|see) (?:attached|enclosed|below|the attached|the enclosed|overleaf)"
        r"(?! (?:for )?(?:our |the |my |a )?(?:response|letter|reply|decision|correspondence)\b)"
        r"|\b(?:attached|enclosed) (?:is|are|please find)\b|\b(?:i|we) (?:am|are) (?:now )?(?:able|"
        r"pleased|happy) to (?:provide|disclose|release|supply)",
        _HINT,
    ),
    # Disclosed in part.
    _rule(
        "in part",
        _PART,
        r"\b(?:disclos|releas|provid|grant|giv)\w* (?:you )?(?:access )?[^.;]{0,50}?\bin part\b"
        r"|\b(?:withheld|refused|denied|redacted|exempt)\w* (?:access )?in part\b",
    ),
    _rule(
        "partial|partly",
        _PART,
        r"\bpartial(?:ly)? (?:release|disclos|grant|access|success)|\bpartially (?:successful|"
        r"granted|released|disclosed)|\bpartly (?:granted|released|disclosed|successful)",
    ),
    _rule(
        "withh|redact|remov|exempt",
        _PART,
        r"\b(?:some|certain|parts? of (?:the |this |these )?|portions? of (?:the )?|elements of "
        r"(?:the )?)\b[^.;]{0,60}?\b(?:withheld|redacted|removed|exempt|exempted)\b"
        r"|\bexemptions? appl(?:y|ies) (?:only )?to (?:part|some)\b"
        r"|\b(?:withheld|withholding|withhold|redacted|redacting|removed) (?:some|certain|parts?|portions?"
        r"|sections?|elements|passages)\b",
    ),
    _rule(
        "redaction|deletion",
        _PART,
        r"\b(?:with|subject to|after) (?:some |minor |the |certain )?(?:redactions?|deletions?)\b",
    ),
    _rule(
        "some of|part of",
        _PART,
        r"\b(?:disclos|releas|provid)\w* (?:only )?(?:some|part) of\b",
    ),
    # Not held.
    _rule(
        "not held",
        _NOT_HELD,
        r"\bnot held\b",
        guarded=False,
    ),
    _rule(
        "not ",
        _NOT_HELD,
        r"\b(?:does|do|did) not (?:hold|have|possess|retain|keep|record|maintain)(?! to\b) "
        r"(?:any |the |this |that |such |these |those |separate |specific |recorded |a record )?"
        r"(?:information|data|records?|documents?|details|figures|statistics|costs?|"
        r"information you|it\b)",
        guarded=False,
    ),
    _rule(
        "no ",
        _NOT_HELD,
        r"\bno (?:responsive |relevant |such |recorded |further |other )?(?:information|records?|"
        r"documents?|data|details)\b[^.;]{0,40}?\b(?:held|located|found|exist|identified|maintained"
        r"|responsive)|\bholds? no (?:recorded |relevant )?(?:information|records?|data)",
        guarded=False,
    ),
    _rule(
        "to locate|to find|to identify|to trace|search",
        _NOT_HELD,
        r"\b(?:unable|failed|not able|could not|did not|have not been able) to (?:locate|find|"
        r"identify|trace) any\b|\bsearch(?:es)? (?:did not|failed to|have not|has not) (?:locate|"
        r"find|identify|reveal)",
        guarded=False,
    ),
    # Refused: in so many words.
    _rule(
        "refus",
        _REFUSED,
        r"\brefus(?:e|ed|ing) (?:access|your|the|this|to (?:disclose|release|provide|comply|"
        r"confirm))|\b(?:is|are|has been|have been|was|were) refused\b",
    ),
    _rule(
        "refusal",
        _REFUSED,
        r"\brefusal notice\b|\bconsider this (?:as )?a refusal\b|\bthis is a (?:formal )?refusal\b"
        r"|\b(?:serves|acts|constitutes|is) (?:as )?(?:a |our )?(?:formal )?refusal\b",
        _STRONG,
    ),
    _rule(
        "decided",
        _REFUSED,
        r"\bdecided (?:to (?:refuse|withhold|deny|decline|not (?:to )?(?:disclose|release|provide))"
        r"|not to (?:disclose|release|provide))\b",
        _STRONG,
    ),
    _rule(
        "deny|denied|denying", _REFUSED, r"\bden(?:y|ied|ying) (?:you )?(?:access|your|the|this)\b"
    ),
    _rule("declin", _REFUSED, r"\bdecline[sd]? to (?:provide|disclose|release|comply|answer)"),
    # Refused: withheld or exempt.
    _rule(
        "withh",
        _REFUSED,
        r"\b(?:is|are|was|were|be|been|being) withheld\b|\bwithholding (?:it|them|the|this|these|"
        r"that|all|such)\b|\bwithheld (?:under|in full|in (?:its|their) entirety|pursuant|by virtue"
        r"|in accordance|in reliance)",
    ),
    _rule(
        "exempt",
        _REFUSED,
        r"\bexempt from (?:disclosure|release)|\bexempt (?:information )?(?:under|by virtue|pursuant)"
        r"|\b(?:is|are) exempt\b(?! information)",
    ),
    _rule(
        "not ",
        _REFUSED,
        r"\b(?:will|shall|can|could|would) not be (?:disclosed|released|provided|supplied|shared)"
        r"|\bcannot be (?:disclosed|released|provided|supplied)|\b(?:have|has) not (?:provided|"
        r"disclosed|released)\b|\bnot (?:be )?(?:disclosing|releasing|providing)\b",
        guarded=False,
    ),
    _rule(
        "not ",
        _REFUSED,
        r"\bnot (?:obliged|required) to (?:comply|supply|provide|disclose|release|answer|respond)",
        guarded=False,
    ),
    _rule("unable", _REFUSED, r"\bunable to (?:provide|disclose|release|supply|comply|share)\b"),
    _rule(
        "accessible",
        _REFUSED,
        r"\breasonably accessible (?:to you|to the applicant|by other means)|\baccessible by other "
        r"means\b",
    ),
    # Refused: cost, burden, vexatious.
    _rule(
        "exceed",
        _REFUSED,
        r"\bexceed(?:s|ed|ing)? (?:the )?(?:appropriate|cost|fees?|prescribed|upper|statutory cost)"
        r" limit|\b(?:would|will) exceed the\b[^.;]{0,40}?\blimit\b|\bcost (?:of compliance )?"
        r"(?:would|will) exceed\b",
    ),
    _rule(
        "cost|disproportionate|hours",
        _REFUSED,
        r"\bwould cost (?:more than|in excess of|too much)|\bcost too much\b|\bdisproportionate "
        r"(?:amount of )?(?:time|cost|effort|burden)|\bexcessive cost\b|\btake (?:more than|over|in "
        r"excess of) \d{1,4} hours\b",
    ),
    # A word in quotation marks is someone's word, not a decision.
    _rule("vexatious", _REFUSED, r"(?<![“\"‘'])\bvexatious\b(?![”\"’'])"),
    _rule("unreasonable", _REFUSED, r"(?<![“\"‘'])\bmanifestly unreasonable\b(?![”\"’'])"),
    # Pending: acknowledgement, extension, fees, clarification, transfer.
    _rule(
        "receipt|acknowledg|confirm your",
        _PENDING,
        r"\backnowledg\w* (?:the )?receipt\b|\b(?:acknowledge|confirm) (?:receipt of )?your "
        r"(?:request|e-?mail|letter)\b",
    ),
    _rule(
        "will respond|will reply|shall respond|shall reply|aim to respond|aim to reply",
        _PENDING,
        r"\b(?:will|shall|aim to) (?:respond|reply)(?: to you)? (?:within|by|no later|as soon|"
        r"promptly)",
    ),
    _rule(
        "extend|extension|time",
        _PENDING,
        r"\b(?:need|require)s? (?:further|more|additional) time\b|\bextend(?:ed|ing)? (?:the |my |our )"
        r"?(?:time|deadline|period)|\bextension (?:of|to) (?:the )?(?:time|deadline|period)"
        r"|\b(?:i am|we are) extending\b",
    ),
    _rule(
        "fee|willingness|will owe|estimated",
        _PENDING,
        r"\bfee estimate\b|\bwillingness to pay\b|\bwill owe\b|\bestimated (?:fees?|costs?|charges?)"
        r" (?:of|is|are|will)",
    ),
    _rule(
        "clarif",
        _PENDING,
        r"\b(?:need|require|seek|seeking|request|requesting|ask for) (?:some |further )?"
        r"clarification\b|\bplease clarify\b|\bclarify (?:your|the|what)\b",
    ),
    _rule(
        "transferred|being processed|being considered",
        _PENDING,
        r"\b(?:has been|have|was|were|been) transferred to\b|\btransferred (?:your|the|this) request"
        r"|\bis (?:still )?being (?:processed|considered)\b",
    ),
)

_KEYS: tuple[str, ...] = tuple(sorted({k for r in _RULES for k in r.keys}))
_RULES_BY_KEY: dict[str, tuple[int, ...]] = {
    key: tuple(i for i, r in enumerate(_RULES) if key in r.keys) for key in _KEYS
}

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


def _hits(sentence: str, keys: Sequence[str] = _KEYS) -> list[_Hit]:
    """The statements a sentence makes, each with its strength (``keys``: those to look for)."""
    low = sentence.lower()
    present = [k for k in keys if k in low]
    if not present or low.rstrip().endswith("?") or _REGULATOR.search(low):
        return []
    found: list[_Hit] = []
    for i in sorted({i for k in present for i in _RULES_BY_KEY[k]}):
        rule = _RULES[i]
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
        found = [_Hit(_NCND, _FORMULA, min(h.at for h in found))]
    if any(k in low for k in _DECISION_KEYS) and _DECISION_LEAD.search(low):
        return [_Hit(h.outcome, _STRONG, h.at) for h in found]
    return found


def _combine_sentence(hits: Sequence[_Hit]) -> Outcome:
    """One sentence's statements as one outcome (a "not held" outweighs "unable to")."""
    seen = {h.outcome for h in hits}
    if _NOT_HELD in seen and _REFUSED in seen and not seen & {_FULL, _PART, _PARTLY}:
        return _NOT_HELD
    return infer_outcome(seen)


def decision_in(sentence: str) -> Outcome | None:
    """The outcome a sentence states, or ``None`` when it states none.

    Hints ("please find attached") state none on their own.
    """
    hits = [h for h in _hits(sentence) if h.strength >= _FORMULA]
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
    if seen != {_PENDING}:
        seen.discard(_PENDING)
    if len(seen) == 1:
        return seen.pop()
    if _WITHDRAWN in seen:
        return _WITHDRAWN
    released = bool(seen & {_FULL, _PART, _PARTLY})
    withheld = bool(seen & {_PART, _REFUSED, _NCND})
    if _PART in seen or (released and withheld):
        return _PART
    if released and seen & {_NOT_HELD, _PARTLY}:
        return _PARTLY
    if released:
        return _FULL
    for outcome in (_REFUSED, _NOT_HELD, _NCND):
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
        keys = tuple([k for k in _KEYS if k in low])
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
                yield _found(first, [h for _, hs in listing for h in hs], _STRONG)
            listing = None
        if not sentence.pieces or _is_heading(text):
            continue
        hits = _hits(text, sentence.keys) if sentence.keys else []
        if sentence.requester:
            if hits and _authority_voice(text.lower()):
                yield _found(sentence, hits, _FORMULA)
            continue
        if not hits:
            if text.rstrip().endswith(":") and _LIST_LEAD.search(text.lower()):
                listing = []
            continue
        yield _found(sentence, hits, max(h.strength for h in hits))
    if listing:
        yield _found(listing[0][0], [h for _, hs in listing for h in hs], _STRONG)


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
        if found.strength >= _STRONG:
            strong = found
            break
        (formulas if found.strength >= _FORMULA else hints).append(found)
    if stated is not None:
        if strong is None:
            return Decision(outcome=stated)
        return Decision(outcome=stated, sentence=strong.sentence, span=strong.span)
    if strong is not None:
        return Decision(outcome=strong.outcome, sentence=strong.sentence, span=strong.span)
    weak = formulas or hints
    if not weak:
        return Decision()
    outcome = infer_outcome(f.outcome for f in weak)
    first = next((f for f in weak if f.outcome is outcome), weak[0])
    return Decision(outcome=outcome, sentence=first.sentence, span=first.span)
