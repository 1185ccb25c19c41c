"""Reference numbers: the authority's own reference for this request.

Authorities print them in many shapes: ``01.FOI.23.034971``, ``2014030002149``,
``01/FOI/22/026147``, ``1721A/22``, ``4714_14``, ``FOI-4258-2324``, ``FOI/18/00569``,
``FOI2021/10472``, ``SE/FOI/36096``, ``LEX1734``. A reference is read from a
labelled line (``Our ref: ...``), a line that is only a reference in a title
(``Drones (4714/14)``), or a sentence that names it (``request reference FOI-12``).
Other requests' references quoted in the text ("see also our response to ...")
are not this request's.

>>> match_reference_label("Freedom of information request reference no: 01.FOI.23.034971")
('Freedom of information request reference no', '01.FOI.23.034971', 45)
>>> normalize_reference(" foi / 3995 / 2019 ")
'FOI/3995/2019'
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence

from foimodel.extract import ProseLine
from foimodel.extract.dates import parse_date
from foimodel.models import Reference, Span

__all__ = [
    "REFERENCE_PATTERN",
    "find_references",
    "is_reference",
    "match_reference_label",
    "normalize_reference",
    "references_in",
]

# One token of letters/digits joined by . / _ - or single spaces around / ;
# it must hold a digit. Bounded lengths keep matching linear.
REFERENCE_PATTERN = r"(?:[A-Z]{1,10}[ -]?)?[A-Z0-9]{1,16}(?:(?:\s?[./_-]\s?|\s)[A-Z0-9]{1,16}){0,5}"
_REFERENCE = re.compile(REFERENCE_PATTERN, re.IGNORECASE)
_HAS_DIGIT = re.compile(r"\d")
_YEARISH = re.compile(r"(?:19|20)\d\d")

_LABEL = re.compile(
    r"(?!your\b)(?:[A-Za-z][A-Za-z()/&]*\s+){0,7}?"
    r"(?:ref(?:erence)?|case|request|FOI|EIR|OIA|FOISA|FOIA)"
    r"(?:\s*(?:no|number|num|nr|id|ref(?:erence)?|#)\b)?\.?",
    re.IGNORECASE,
)
_SEPARATOR = re.compile(r"\s*(?::|\s-|–|\bis\b)\s*|\s+")
_IN_PROSE = re.compile(
    r"(?:\b(?:our|this|the|request|FOI|EIR|OIA|case)\s+)(?:reference|ref\.?)(?:\s+(?:number|no\.?))?"
    r"(?:\s+(?:is|of|was))?\s*:?\s+(?P<value>[A-Z0-9][A-Z0-9./_-]{2,30}[A-Z0-9])",
    re.IGNORECASE,
)
# "Drones (4714_14)", "Misconduct (615/20)", "FOI 1699/10 response"
_PARENTHESISED = re.compile(r"\((?P<value>[A-Z]{0,6}\s?\d[\dA-Z]{1,15}(?:[/_-]\d{2,4})+)\)", re.I)
_FOI_PREFIXED = re.compile(
    r"\b(?P<value>(?:FOI|EIR|FOIA|FOISA|OIA|IR|ATI)(?:[ -/]|\s/\s)?\d[\d/._-]{1,20}\d"
    r"|(?:FOI|EIR)\s?\d{4}/\d{2,6}|(?:FOI|EIR)-\d{2,6}-\d{2,6})\b",
    re.IGNORECASE,
)


def normalize_reference(raw: str) -> str:
    """Upper case, white space dropped, separators kept."""
    return re.sub(r"\s+", "", raw).upper()


def is_reference(value: str) -> bool:
    """True when ``value`` is shaped like a reference number (has a digit, one token).

    >>> is_reference("FOI-4258-2324"), is_reference("the Act")
    (True, False)
    """
    value = value.strip()
    return (
        2 <= len(value) <= 40
        and bool(_HAS_DIGIT.search(value))
        and _REFERENCE.fullmatch(value) is not None
        and not _looks_like_date_or_money(value)
    )


def _looks_like_date_or_money(value: str) -> bool:
    if re.fullmatch(r"\d{1,3}|(?:19|20)\d\d", value):
        return True
    return parse_date(value) is not None or parse_date(value, dayfirst=False) is not None


def match_reference_label(line: str) -> tuple[str, str, int] | None:
    """Read a labelled reference line: (label, raw value, offset of value) or None.

    A colon or dash ends the label; failing those, the longest run of leading
    words that reads as a label does ("FOI Request 1234").
    """
    if len(line) > 200:
        return None
    explicit = [m for m in _SEPARATOR.finditer(line) if not m.group(0).isspace()]
    spaces = [m for m in _SEPARATOR.finditer(line) if m.group(0).isspace()]
    for sep in (*explicit, *reversed(spaces)):
        label, value = line[: sep.start()].strip(), line[sep.end() :].rstrip().rstrip(".")
        if not label or not _LABEL.fullmatch(label):
            continue
        if is_reference(value):
            return label, value, sep.end()
    return None


def find_references(text: str, offset: int) -> list[Reference]:
    """References named in a line of prose starting at ``offset``."""
    found: list[Reference] = []
    for rx, label in (
        (_IN_PROSE, "Reference"),
        (_PARENTHESISED, "Reference"),
        (_FOI_PREFIXED, "Reference"),
    ):
        for m in rx.finditer(text):
            value = m["value"].rstrip(".")
            if not is_reference(value):
                continue
            start = offset + m.start("value")
            found.append(
                Reference(
                    raw=value,
                    normalized=normalize_reference(value),
                    label=label,
                    span=Span(start, start + len(value)),
                )
            )
    found.sort(key=lambda r: r.span)
    return found


def references_in(
    labelled: Iterable[tuple[str, str, Span]], prose: Sequence[ProseLine]
) -> tuple[Reference, ...]:
    """This request's references: labelled lines first, else those named early in the prose.

    ``labelled`` holds (label, raw value, span of the value) of reference lines.
    References are unique by their normalised form; the first mention wins.
    """
    found = [
        Reference(raw=value, normalized=normalize_reference(value), label=label, span=span)
        for label, value, span in labelled
    ]
    if not found:
        for line in prose[:12]:
            if not line.requester:
                found.extend(find_references(line.text, line.span.start))
    unique: dict[str, Reference] = {}
    for ref in found:
        unique.setdefault(ref.normalized, ref)
    return tuple(unique.values())
