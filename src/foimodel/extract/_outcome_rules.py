"""The rules of the language of decisions, as data for the outcome extractor.

Each rule names the words that must stand in a sentence before its pattern runs,
the outcome it states, and how firmly: in so many words (``STRONG``), by a standard
formula of a response (``FORMULA``), or by a hint (``HINT``).

>>> sum(1 for rule in RULES if rule.outcome is Outcome.NOT_HELD) > 0
True
"""

from __future__ import annotations

import re
from typing import NamedTuple

from foimodel.models import Outcome

__all__ = [
    "FORMULA",
    "FULL",
    "KEYS",
    "NCND",
    "NOT_HELD",
    "PART",
    "PARTLY",
    "PENDING",
    "REFUSED",
    "RULES",
    "RULES_BY_KEY",
    "STRONG",
    "WITHDRAWN",
]

FULL = Outcome.DISCLOSED_IN_FULL
PART = Outcome.DISCLOSED_IN_PART
REFUSED = Outcome.REFUSED
NOT_HELD = Outcome.NOT_HELD
PARTLY = Outcome.PARTLY_NOT_HELD
NCND = Outcome.NEITHER_CONFIRM_NOR_DENY
WITHDRAWN = Outcome.WITHDRAWN
PENDING = Outcome.PENDING

# Strength of a statement: a decision in so many words, a formula of a response,
# a hint ("please find attached") that counts only when nothing else is said.
STRONG, FORMULA, _HINT = 3, 2, 1


class _Rule(NamedTuple):
    keys: tuple[str, ...]  # the rule runs only when one of these is in the lowercased sentence
    outcome: Outcome
    pattern: re.Pattern[str]  # matched against the lowercased sentence
    strength: int = FORMULA
    guarded: bool = True  # a negation or modal just before the match cancels it


def _rule(
    keys: str, outcome: Outcome, pattern: str, strength: int = FORMULA, *, guarded: bool = True
) -> _Rule:
    return _Rule(tuple(keys.split("|")), outcome, re.compile(pattern), strength, guarded)


_OBJECT = r"(?:the |this |that |these |those |all |all of the |some |some of the |any )?"
_THING = r"(?:information|data|records?|documents?|material|details|figures|statistics)"

# Rules of the language of decisions, grouped by outcome. Every gap is bounded.
RULES: tuple[_Rule, ...] = (
    # Withdrawn.
    _rule(
        "withdr",
        WITHDRAWN,
        r"\b(?:request|application) (?:has been |was |is |now )?(?:withdrawn|closed as withdrawn)"
        r"|\byou (?:have )?withdr[ae]wn? (?:your|the|this) (?:request|application)"
        r"|\b(?:treated|regarded|considered|closed) as withdrawn\b",
        STRONG,
    ),
    # Neither confirm nor deny.
    _rule(
        "deny|ncnd",
        NCND,
        r"neither (?:to )?confirm(?:s|ing)? (?:n)?or deny|\bncnd\b|cannot confirm (?:n)?or deny",
        guarded=False,
    ),
    # Partly not held.
    _rule(
        "held|hold",
        PARTLY,
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
        FULL,
        r"\b(?:disclos|releas|provid|grant|giv)\w* (?:you )?(?:access )?[^.;]{0,40}?\bin full\b"
        r"|\bfull(?:y)? (?:disclosure|release|access)\b|\b(?:granted|released|disclosed) in full\b",
    ),
    _rule(
        "decided",
        FULL,
        r"\bdecided to (?:disclose|release|provide|grant|give)\b",
        STRONG,
    ),
    _rule(
        "available|published",
        FULL,
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
        FULL,
        r"\b(?:disclose|release) (?:the |all (?:of )?the )?(?:requested|located|relevant) "
        + _THING,
    ),
    _rule(
        "releas|disclos|grant",
        FULL,
        r"(?<!\bbe )(?<!\bbeen )(?<!\bwas )(?<!\bwere )(?<!\bis )(?<!\bare )(?<!\bbeing )"
        r"\b(?:released|disclosed|granted (?:you )?access to|granted (?:the|your|this) request)\b",
    ),
    _rule(
        "provided",
        FULL,
        r"\b(?:(?:i|we)(?: have| ’ve| 've|’ve|'ve) (?:also |now )?provided|(?:has|have) been provided"
        r" (?:below|above|to you|in|on|as)|(?:is|are) provided (?:below|above|overleaf|in the "
        r"(?:table|attached|enclosed)))\b",
    ),
    _rule(
        "please|attached|enclosed|able to|happy to",
        FULL,
        r"\bplease (?:find|see) (?:attached|enclosed|below|the attached|the enclosed|overleaf)"
        r"(?! (?:for )?(?:our |the |my |a )?(?:response|letter|reply|decision|correspondence)\b)"
        r"|\b(?:attached|enclosed) (?:is|are|please find)\b|\b(?:i|we) (?:am|are) (?:now )?(?:able|"
        r"pleased|happy) to (?:provide|disclose|release|supply)"
        # "Please find the policy attached", "please find a copy of the report enclosed".
        r"|\bplease find (?:the|a|our|your|a copy of the) (?:(?!(?:response|letter|reply|decision"
        r"|correspondence)\b)[\w-]+ ){0,5}?(?:attached|enclosed)\b",
        _HINT,
    ),
    # Disclosed in part.
    _rule(
        "in part",
        PART,
        r"\b(?:disclos|releas|provid|grant|giv)\w* (?:you )?(?:access )?[^.;]{0,50}?\bin part\b"
        r"|\b(?:withheld|refused|denied|redacted|exempt)\w* (?:access )?in part\b",
    ),
    _rule(
        "partial|partly",
        PART,
        r"\bpartial(?:ly)? (?:release|disclos|grant|access|success)|\bpartially (?:successful|"
        r"granted|released|disclosed)|\bpartly (?:granted|released|disclosed|successful)",
    ),
    _rule(
        "withh|redact|remov|exempt",
        PART,
        r"\b(?:some|certain|parts? of (?:the |this |these )?|portions? of (?:the )?|elements of "
        r"(?:the )?)\b[^.;]{0,60}?\b(?:withheld|redacted|removed|exempt|exempted)\b"
        r"|\bexemptions? appl(?:y|ies) (?:only )?to (?:part|some)\b"
        r"|\b(?:withheld|withholding|withhold|redacted|redacting|removed) (?:some|certain|parts?|portions?"
        r"|sections?|elements|passages)\b",
    ),
    _rule(
        "redaction|deletion",
        PART,
        r"\b(?:with|subject to|after) (?:some |minor |the |certain )?(?:redactions?|deletions?)\b",
    ),
    _rule(
        "some of|part of",
        PART,
        r"\b(?:disclos|releas|provid)\w* (?:only )?(?:some|part) of\b",
    ),
    # Not held.
    _rule(
        "not held",
        NOT_HELD,
        r"\bnot held\b",
        guarded=False,
    ),
    _rule(
        "not ",
        NOT_HELD,
        r"\b(?:does|do|did) not (?:hold|have|possess|retain|keep|record|maintain)(?! to\b) "
        r"(?:any |the |this |that |such |these |those |separate |specific |recorded |a record )?"
        r"(?:information|data|records?|documents?|details|figures|statistics|costs?|"
        r"information you|it\b)",
        guarded=False,
    ),
    _rule(
        "no ",
        NOT_HELD,
        r"\bno (?:responsive |relevant |such |recorded |further |other )?(?:information|records?|"
        r"documents?|data|details)\b[^.;]{0,40}?\b(?:held|located|found|exist|identified|maintained"
        r"|responsive)|\bholds? no (?:recorded |relevant )?(?:information|records?|data)",
        guarded=False,
    ),
    _rule(
        "to locate|to find|to identify|to trace|search",
        NOT_HELD,
        r"\b(?:unable|failed|not able|could not|did not|have not been able) to (?:locate|find|"
        r"identify|trace) any\b|\bsearch(?:es)? (?:did not|failed to|have not|has not) (?:locate|"
        r"find|identify|reveal)",
        guarded=False,
    ),
    # Refused: in so many words.
    _rule(
        "refus",
        REFUSED,
        r"\brefus(?:e|ed|ing) (?:access|your|the|this|to (?:disclose|release|provide|comply|"
        r"confirm))|\b(?:is|are|has been|have been|was|were) refused\b",
    ),
    _rule(
        "refusal",
        REFUSED,
        r"\brefusal notice\b|\bconsider this (?:as )?a refusal\b|\bthis is a (?:formal )?refusal\b"
        r"|\b(?:serves|acts|constitutes|is) (?:as )?(?:a |our )?(?:formal )?refusal\b",
        STRONG,
    ),
    _rule(
        "decided",
        REFUSED,
        r"\bdecided (?:to (?:refuse|withhold|deny|decline|not (?:to )?(?:disclose|release|provide))"
        r"|not to (?:disclose|release|provide))\b",
        STRONG,
    ),
    _rule(
        "deny|denied|denying", REFUSED, r"\bden(?:y|ied|ying) (?:you )?(?:access|your|the|this)\b"
    ),
    _rule("declin", REFUSED, r"\bdecline[sd]? to (?:provide|disclose|release|comply|answer)"),
    # Refused: withheld or exempt.
    _rule(
        "withh",
        REFUSED,
        r"\b(?:is|are|was|were|be|been|being) withheld\b|\bwithholding (?:it|them|the|this|these|"
        r"that|all|such)\b|\bwithheld (?:under|in full|in (?:its|their) entirety|pursuant|by virtue"
        r"|in accordance|in reliance)",
    ),
    _rule(
        "exempt",
        REFUSED,
        r"\bexempt from (?:disclosure|release)|\bexempt (?:information )?(?:under|by virtue|pursuant)"
        r"|\b(?:is|are) exempt\b(?! information)",
    ),
    _rule(
        "not ",
        REFUSED,
        r"\b(?:will|shall|can|could|would) not be (?:disclosed|released|provided|supplied|shared)"
        r"|\bcannot be (?:disclosed|released|provided|supplied)|\b(?:have|has) not (?:provided|"
        r"disclosed|released)\b|\bnot (?:be )?(?:disclosing|releasing|providing)\b",
        guarded=False,
    ),
    _rule(
        "not ",
        REFUSED,
        r"\bnot (?:obliged|required) to (?:comply|supply|provide|disclose|release|answer|respond)",
        guarded=False,
    ),
    _rule("unable", REFUSED, r"\bunable to (?:provide|disclose|release|supply|comply|share)\b"),
    _rule(
        "accessible",
        REFUSED,
        r"\breasonably accessible (?:to you|to the applicant|by other means)|\baccessible by other "
        r"means\b",
    ),
    # Refused: cost, burden, vexatious.
    _rule(
        "exceed",
        REFUSED,
        r"\bexceed(?:s|ed|ing)? (?:the )?(?:appropriate|cost|fees?|prescribed|upper|statutory cost)"
        r" limit|\b(?:would|will) exceed the\b[^.;]{0,40}?\blimit\b|\bcost (?:of compliance )?"
        r"(?:would|will) exceed\b",
    ),
    _rule(
        "cost|disproportionate|hours",
        REFUSED,
        r"\bwould cost (?:more than|in excess of|too much)|\bcost too much\b|\bdisproportionate "
        r"(?:amount of )?(?:time|cost|effort|burden)|\bexcessive cost\b|\btake (?:more than|over|in "
        r"excess of) \d{1,4} hours\b",
    ),
    # A word in quotation marks is someone's word, not a decision.
    _rule("vexatious", REFUSED, r"(?<![“\"‘'])\bvexatious\b(?![”\"’'])"),
    _rule("unreasonable", REFUSED, r"(?<![“\"‘'])\bmanifestly unreasonable\b(?![”\"’'])"),
    # Pending: acknowledgement, extension, fees, clarification, transfer.
    _rule(
        "receipt|acknowledg|confirm your",
        PENDING,
        r"\backnowledg\w* (?:the )?receipt\b|\b(?:acknowledge|confirm) (?:receipt of )?your "
        r"(?:request|e-?mail|letter)\b",
    ),
    _rule(
        "will respond|will reply|shall respond|shall reply|aim to respond|aim to reply",
        PENDING,
        r"\b(?:will|shall|aim to) (?:respond|reply)(?: to you)? (?:within|by|no later|as soon|"
        r"promptly)",
    ),
    _rule(
        "extend|extension|time",
        PENDING,
        r"\b(?:need|require)s? (?:further|more|additional) time\b|\bextend(?:ed|ing)? (?:the |my |our )"
        r"?(?:time|deadline|period)|\bextension (?:of|to) (?:the )?(?:time|deadline|period)"
        r"|\b(?:i am|we are) extending\b",
    ),
    _rule(
        "fee|willingness|will owe|estimated",
        PENDING,
        r"\bfee estimate\b|\bwillingness to pay\b|\bwill owe\b|\bestimated (?:fees?|costs?|charges?)"
        r" (?:of|is|are|will)",
    ),
    _rule(
        "clarif",
        PENDING,
        r"\b(?:need|require|seek|seeking|request|requesting|ask for) (?:some |further )?"
        r"clarification\b|\bplease clarify\b|\bclarify (?:your|the|what)\b",
    ),
    _rule(
        "transferred|being processed|being considered",
        PENDING,
        r"\b(?:has been|have|was|were|been) transferred to\b|\btransferred (?:your|the|this) request"
        r"|\bis (?:still )?being (?:processed|considered)\b",
    ),
)

KEYS: tuple[str, ...] = tuple(sorted({k for r in RULES for k in r.keys}))
RULES_BY_KEY: dict[str, tuple[int, ...]] = {
    key: tuple(i for i, r in enumerate(RULES) if key in r.keys) for key in KEYS
}
