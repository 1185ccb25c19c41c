"""The patterns of citations, and of the words around them that tell their law and use.

Every gap is bounded, so each pattern runs in time linear in the line.

>>> bool(UK_STYLE.search("exempt under section 40(2)")), bool(US_B.search("(b)(6)"))
(True, True)
"""

from __future__ import annotations

import re

from foimodel.extract._leading import leading

__all__ = [
    "AUTHORITY_VOICE",
    "BARE",
    "COST_LIMIT",
    "GENERIC",
    "GLUED_LIST",
    "ITEM",
    "LAW_NAME",
    "LISTING_INTRO",
    "MAX_PER_LINE",
    "NAME_AFTER",
    "NAME_BEFORE",
    "NEGATED",
    "NOT_BEFORE",
    "NUM",
    "OTHER_ACT",
    "PART",
    "REFUSAL_WORDS",
    "ROMAN",
    "SENTENCE_END",
    "SET_APART",
    "TRIGGER",
    "UK_STYLE",
    "USC_BEFORE",
    "US_B",
    "US_EXEMPTION",
    "US_ITEM",
    "WINDOW",
]

# --- find ---------------------------------------------------------------------------
# Every gap is bounded, so each pattern runs in time linear in the line.
NUM = r"\d{1,3}[A-Z]{0,2}(?!\d)"
# A bracketed part; "(5(b)" (a bracket left open before the next) counts as "(5)(b)".
_SUB = r"(?:\s?\(\s?[0-9A-Za-z]{1,4}\s?(?:\)|(?=\()))"
_PROV = rf"{NUM}{_SUB}{{0,6}}"
_TITLE = r"\s?\([A-Z][^()\n]{2,60}\)\s{0,2}[;,]?\s{0,2}(?:and\s{1,2})?"
_JOIN = (
    r"(?:\s{0,2},\s{0,2}(?:and\s{1,2}|or\s{1,2})?|\s{1,2}(?:and|or|to)\s{1,2}"
    r"|\s{0,2}(?:&|/|-|–)\s{0,2})"
)
_ITEM_AFTER_TITLE = rf"(?:{NUM}{_SUB}{{1,6}}|{NUM}(?=\s?\([A-Z]))"
_SECTION_WORD = (
    r"(?<![A-Za-z§.=/&#_-])(?:[Ss]ections?|SECTIONS?|[Ss]ecs?\.|[Ss]{1,2}\.?|§{1,2})\s?(?=\d)"
)
_REG_WORD = r"(?<![A-Za-z])(?:[Rr]egulations?|REGULATIONS?|[Rr]egs?\.?|[Rr]\.|R(?=\d))\s?(?=\d)"
_EIR_WORD = r"\b(?:EIRs?|EISRs?)\s?(?=\d)"
_CHAIN = (
    rf"(?P<first>{_PROV})(?P<more>(?:(?:{_JOIN}(?:{_PROV}|{_SUB}{{1,6}})|{_TITLE}{_ITEM_AFTER_TITLE})"
    rf"(?![\w(]))*)"
)
UK_STYLE = leading("SsRrE§", rf"(?P<word>{_SECTION_WORD}|{_REG_WORD}|{_EIR_WORD}){_CHAIN}")
BARE = leading(
    "0-9",
    rf"(?<![\w.(/§-])(?<![\w.(/§-] ){NUM}(?:\(\s?[0-9A-Za-z]{{1,4}}\s?\)){{2,5}}(?![\w(])",
)
US_B = leading(
    "5(",
    r"(?<![\w)])(?:5\s?U\.?\s?S\.?\s?C\.?\s?(?:§{1,2}|[Ss]ec(?:tion|\.)?)?\s?552\s?)?"
    r"\(b\)\s?\((?P<n>[1-9])\)(?P<sub>\s?\([A-Fa-f]\))?",
)
US_EXEMPTION = leading(
    "Ee",
    r"\b[Ee]xemptions?\s{1,2}(?P<list>[1-9](?:\s?\([A-F]\))?(?:(?:\s{0,2},\s{0,2}|\s{1,2}and\s{1,2}"
    r"|\s{1,2}or\s{1,2})[1-9](?!\s?U\.?\s?S\.?\s?C)(?:\s?\([A-F]\))?){0,9})(?!\w)",
)
US_ITEM = re.compile(r"(?P<n>[1-9])(?:\s?\((?P<sub>[A-F])\))?")
ITEM = re.compile(rf"{_PROV}|{_SUB}{{1,6}}")
PART = re.compile(r"\(\s?([0-9A-Za-z]{1,4})\s?(?:\)|(?=\())")
ROMAN = frozenset({"i", "ii", "iii", "iv", "v", "vi", "vii", "viii", "ix", "x"})
# A cheap test that a line may hold a citation at all.
TRIGGER = leading(
    "(0-9SsRrEx§",
    r"\(b\)|\d\s?\(|[Ss]{1,2}\.?\s?\d|§\s?\d|[Ss]ection|SECTION|[Rr]eg|R\d|EI|xemption",
)

# --- resolve ------------------------------------------------------------------------
# A law named after a citation ("... of the Freedom of Information Act 2000") or
# just before it ("FOIA, s.12", "EIR 12(5)(e)", "the Fees Regulations) regulations 3").
NAME_AFTER = re.compile(
    r"\s{0,3},?\s{0,3}(?:of|under|in|to|from)\s{1,3}(?:the\s{1,3})?(?P<name>(?:[A-Z][\w()'&-]*|\d{4}"
    r"|\(\w+\))(?:\s{1,3}(?:[A-Z][\w()'&-]*|of|and|for|on|to|the|in|\d{4}|\([A-Z]\w*\))){0,9})"
)
NAME_BEFORE = re.compile(
    r"(?P<name>FOIA|FOISA|FOI\(S\)A|EIRs?|EISRs?|OIA|LGOIMA|ATIA|FIPPA|FOI Act|DPA|GDPR"
    r"|(?:[A-Z][\w()'&-]*\s){1,9}(?:Act|Regulations|Rules|Order)(?:\s\d{4})?"
    r"(?:\s\((?:the\s)?(?P<abbr>[^()]{2,40})\))?)\s{0,2}[,:]?\s{0,2}$"
)
USC_BEFORE = re.compile(r"U\.?\s?S\.?\s?C\.?\s{0,2}$")
OTHER_ACT = re.compile(r"\b(?:Act|Regulations|Order|Rules|Code|Constitution|Ordinance)\b")
GENERIC = frozenset({"act", "regulations", "regs", "eirs", "eir"})
LAW_NAME = leading(
    "FEOLADPGUMC5",
    r"(?<![0-9A-Za-z])(?:(?:Freedom of Information|Environmental Information|Official Information"
    r"|Local Government "
    r"Official Information and Meetings|Access to Information|Data Protection|Privacy"
    r"|Freedom of Information and Protection of Privacy)"
    r"(?: \((?:Scotland|Ireland)\))?(?: Act| Regulations)(?:,? (?:of )?\d{4})?(?: \((?:Cth|Vic|NZ)\))?"
    r"|\b(?:FOIA|FO[l1]A|FOISA|FOI\(S\)A|EIRs?|EISRs?|OIA|LGOIMA|ATIA|FIPPA|UK GDPR|GDPR)\b"
    r"|\bFOI Act(?: \d{4})?|\bFOI(?=\s?(?:/|or|and|&)\s?EIRs?\b)|5 U\.?S\.?C\.? ?§* ?552a?"
    r"|\b(?:Massachusetts|California) Public Records (?:Law|Act)|\bM\.?G\.?L\.? c\. ?66(?:, ?§ ?10\b)?)",
)

# --- classify -----------------------------------------------------------------------
# Context that makes a ground *not* applied: negation, conditionals, comparisons,
# a statute explained rather than used.
NEGATED = leading(
    "niwourmcp?",
    r"\b(?:not|no longer|neither|nor)\b[^.;]{0,40}\b(?:rel(?:y|ying|ied)|appl(?:y|ies|ied|ying)|"
    r"engag(?:e|ed|ing)|us(?:e|ed|ing)|cit(?:e|ed|ing)|invok(?:e|ed|ing))\b"
    r"|\bno (?:exemptions?|exceptions?) (?:has|have|was|were|is|are) (?:been )?(?:applied|used)"
    r"|\bif\b[^.;]{0,80}\bwould\b|\bwould\b[^.;]{0,30}\b(?:likely|probably) (?:be|apply)"
    r"|\bonly (?:applies )?where\b|\bunlike\b|\binstead of\b|\brather than\b"
    r"|\b(?:may|might|could|will|would) (?:\w+ )?(?:invoke|engage)\b"
    r"|\bprovides? that\b|\bnot fall(?:s|ing)? within\b|\?"
    # A requester's words quoted in a reply: "If that exceeds section 12, please advise".
    r"|\bif\b[^.;]{0,260}\bplease (?:provide|send|supply|advise|explain|confirm|let me know)\b",
    re.IGNORECASE,
)
REFUSAL_WORDS = leading(
    "ewrabupcvmndj",
    r"\b(?:exempt|exemptions?|exceptions?|withh[oe]ld|withholding|refus|redact|engag|rel(?:y|ied|ying)"
    r" (?:on|upon)|appl(?:y|ies|ied)|by virtue of|under|pursuant to|exceed|cost limit|appropriate "
    r"limit|vexatious|repeated|manifestly unreasonable|not (?:be )?(?:disclosed|provided|released)"
    r"|deleted|denied|justified)",
    re.IGNORECASE,
)
# On a line the segmenter gave to the requester, only the authority's own voice
# ("is refused under", "this information is exempt") makes a ground applied.
AUTHORITY_VOICE = re.compile(
    r"\b(?:is|are|was|were|has been|have been|being)\s(?:being\s)?(?:refused|exempt|withheld|redacted|engaged)"
    r"|\b(?:we|it|HMRC|the (?:council|department|university|trust|force|authority|ministry|agency"
    r"|board|service))\s(?:has |have |had )?(?:also )?(?:chosen to )?(?:used?|appl(?:y|ied)|rel(?:y|ied)"
    r"|withh[oe]ld|refused|upheld|cit(?:ed|ing))"
    r"|\bresponded\b[^.;]{0,40}\bciting\b|\bentitled to rely|^\s*exemptions?\s?[–:-]"
    # Reported in the third person, a few words on: "the council decided to disclose
    # some of it but withheld parts under ...".
    r"|\bthe (?:council|department|university|trust|force|authority|ministry|agency|board"
    r"|service|police)\b[^.;]{0,120}?\b(?:withheld|refused|redacted|cited|citing|relied on"
    r"|applied)\b"
    # The requester reporting what the authority did: "you refused it under ...".
    r"|\byou (?:are |have |had )?(?:refusing|refused|withholding|withheld|relying|relied"
    r"|citing|cited|applying|applied)\b|\byour (?:refusal|decision to (?:refuse|withhold))\b",
    re.IGNORECASE,
)
# An introduction with the first ground of its list on the same line ("... the following
# sections of the OIA: • 9(2)(a) - ..."), as a layout flattened it.
GLUED_LIST = re.compile(
    r"\b(?:following|exemptions?|exceptions?|sections?|grounds)\b[^.:]{0,40}:\s*(?:[•·▪*-]\s*)?\d"
)

# A ground named right after a negation: "but not (on) section 41", "rather than s.36".
NOT_BEFORE = re.compile(
    r"\b(?:not|nor|neither|rather than|instead of|other than)\s+(?:(?:on|upon|under|in"
    r"|rel(?:y|ied|ying) on|appl(?:y|ied|ying))\s+)?(?:the\s+)?$",
    re.IGNORECASE,
)

# Words between two listed grounds that set the second apart from the first.
SET_APART = re.compile(
    r"\b(?:not|no|nor|neither|rather than|instead of|unlike|except)\b", re.IGNORECASE
)
LISTING_INTRO = re.compile(r"exemption|exception|following|section|grounds", re.IGNORECASE)
COST_LIMIT = re.compile(
    r"\bexceed(?:s|ed|ing)?\s(?:the\s|our\s)?(?:\w+\s){0,2}(?:cost|time|fees?|appropriate)\s?limit"
    r"|\b(?:cost|time|fees?|appropriate) limit\b[^.;]{0,40}\bexceed"
    r"|\bexceed(?:s|ed|ing)?\s(?:the\s)?(?:\d{2}|eighteen|forty) hours?"
    r"|\b(?:take|taking|require|requiring) (?:more than|over|in excess of) (?:\d{2}|eighteen|forty) hours",
    re.IGNORECASE,
)
SENTENCE_END = re.compile(
    r"(?<=[.;!?])(?<!\b[A-Z]\.)\s{1,3}(?=[A-Z(])"
)  # not after "G." of "G. L."
WINDOW = 240
MAX_PER_LINE = 100
