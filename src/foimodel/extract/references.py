"""Reference numbers: the authority's own reference for this request.

Authorities print them in many shapes: ``01.FOI.23.034971``, ``2014030002149``,
``01/FOI/22/026147``, ``1721A/22``, ``4714_14``, ``FOI-4258-2324``, ``FOI/18/00569``,
``FOI2021/10472``, ``SE/FOI/36096``, ``OIC-124611-H8T7Z7``, ``LEX1734``,
``FOI / 3995 / 2019``, ``FOI 1699/10``, ``NFRS 2023 46``. A reference is read from

* a labelled line (``Our ref: ...``, ``Request ID FOI-12-34``), or a bare label
  line (``Our Ref``) followed by a line that is the reference;
* a sentence that names it (``Freedom of Information Request - 12345``,
  ``Case Reference Number IRQ0532897``, ``original request 1010029``);
* a title near the top (``Drones (4714_14)``, ``FOI 1699/10 response``,
  ``Informants - 910/12``, a line that is only a reference).

Other requests' references quoted in the text ("see our response to FOI 1234",
"your previous request (FOI 11/19)"), the requester's own reference ("Your
ref"), regulators' case numbers, website request ids (``[FOI #36547 email]``),
phone numbers, postcodes, dates, years and money are not this request's.

>>> match_reference_label("Freedom of information request reference no: 01.FOI.23.034971")
('Freedom of information request reference no', '01.FOI.23.034971', 45)
>>> normalize_reference(" foi / 3995 / 2019 ")
'FOI/3995/2019'
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence

from foimodel.extract import ProseLine
from foimodel.extract._leading import leading
from foimodel.extract.dates import parse_date, starts_date
from foimodel.models import Reference, Span

__all__ = [
    "REFERENCE_PATTERN",
    "find_references",
    "is_reference",
    "match_reference_label",
    "normalize_reference",
    "references_in",
]

# Tokens of capitals/digits joined by . / _ - (a slash may be spaced), or by a
# single space before a digit ("NFRS 2023 46", "FOI 1699/10"). The lookahead
# asks for a digit within the first two tokens. Bounded repeats keep it linear.
_TOKEN = r"[A-Z0-9]{1,20}"
REFERENCE_PATTERN = (
    r"(?-i:(?=[A-Z]{0,8}(?:[./_-]|\s?/\s?|\s)?(?:[A-Z]{1,8}[./_-])?\d)"
    rf"{_TOKEN}(?:(?:[./_-]|\s?/\s?|\s(?=\d)){_TOKEN}){{0,6}})"
)
_REFERENCE = re.compile(REFERENCE_PATTERN)
_YEAR_RANGE = re.compile(r"((?:19|20)\d\d)\s?[/-]\s?(?:(?:19|20)?(\d\d))")
_PHONE = re.compile(r"(?:\+|\(?0)[\d() -]{8,16}\d")
_POSTCODE = re.compile(r"[A-Z]{1,2}\d[A-Z\d]?\s?\d[A-Z]{2}")
_SHORT_NUMBER = re.compile(r"\d{1,3}|(?:19|20)\d\d|\d{1,3}(?:,\d{3})+")

# A label: up to six leading words, a head word, an optional "no/number/id".
_HEADS = r"ref(?:erence)?s?|request|case|file|FOI|EIR|OIA|FOISA|FOIA|ATIP?|application"
_LABEL_WORDS = r"(?:[A-Za-z][A-Za-z()&/'’-]{0,24}\.?\s+){0,6}?"
_LABEL_TAIL = r"(?:\.?\s*(?:no|number|num|nr|id|ref(?:erence)?|#)\b)?\.?"
_LABELLED = re.compile(
    rf"\s*(?P<label>{_LABEL_WORDS}(?:{_HEADS}){_LABEL_TAIL})"
    r"(?P<sep>\s*(?::|#|[-–](?=\s)|\bis\b)\s*|\s+)"
    rf"(?P<value>{REFERENCE_PATTERN})(?P<rest>.*)",
    re.IGNORECASE,
)
_BARE_LABEL = re.compile(
    r"\s*(?:our|authority|FOI|EIR|request|case|file)?\s*(?:ref(?:erence)?|reference (?:no|number)"
    r"|request (?:no|number|id))\.?\s*:?\s*",
    re.IGNORECASE,
)
# Words of a label, or just before a mention, that make it another body's or request's.
_OTHER = re.compile(
    r"\b(?:your|their|his|her|previous(?:ly)?|earlier|prior|past|see|also|other|related|"
    r"aggregated|similar|ICO|Commissioner'?s?|Ombudsman|Tribunal|decision notice|planning|"
    r"website|site)\b",
    re.IGNORECASE,
)
# Before a mention: a possessive right before the label ("your reference", "their ref")
# makes it someone else's; "your request, reference 123" is this request's own.
_OWNED = re.compile(r"\b(?:your|their|his|her)\s+$", re.IGNORECASE)
_ELSEWHERE = re.compile(
    r"\b(?:previous(?:ly)?|earlier|prior|past|see|also|other|related|aggregated|similar|ICO"
    r"|Commissioner'?s?|Ombudsman|Tribunal|decision notice|planning|website|site)\b",
    re.IGNORECASE,
)
_STRONG_LABEL = re.compile(r"ref|no\b|number|\bid\b|#|case", re.IGNORECASE)
_KEYWORDS = ("ref", "request", "case", "file", "foi", "eir", "oia", "atip", "application")

# Mentions inside a sentence.
_IN_PROSE = leading(
    "ocfreai",
    r"(?<![A-Za-z])(?P<label>"
    r"(?:our|case|file|request|FOI|EIR|OIA|FOIA|ATIP?)\s+ref(?:erence)?(?:\s+(?:no|number))?\.?"
    r"|ref(?:erence)?(?:\s+(?:no|number))?\s*[.:]"
    r"|reference(?:\s+(?:no\.?|number))?(?:\s+(?:is|of))?"
    r"|(?:Freedom of Information|FOI|FOIA|EIR|Environmental Information(?: Regulations)?|OIA"
    r"|Official Information(?: Act)?|information|access to information|ATIP?)"
    r"\s+(?:Act\s+)?(?:request|application)(?:\s+(?:ref(?:erence)?|no|number|id))?\.?"
    r"|original request(?:\s+(?:ref(?:erence)?|no|number))?\.?)"
    r"\s*(?:[:#–-]\s*)?(?P<value>" + REFERENCE_PATTERN + r")",
    re.IGNORECASE,
)
# Titles: "Drones (4714_14)", "FOI / 3995 / 2019 - School fires", "Informants - 910/12".
_PARENTHESISED = re.compile(r"\((?P<value>" + REFERENCE_PATTERN + r")\)\s*$")
_LEADING = re.compile(
    r"\s*(?P<value>" + REFERENCE_PATTERN + r")(?P<after>\s+[-–:|]\s|\s*$|\s+(?=\w))"
)
_TRAILING = re.compile(r"\s[-–:|]\s+(?P<value>" + REFERENCE_PATTERN + r")\s*$")
_ACCESS_PREFIX = re.compile(r"^(?:FOI|FOIA|EIR|OIA|FOISA|ATIP?|REF)(?:\s?[./_-]?\s?)(?=\d)", re.I)
_SUBJECT = re.compile(r"\s*(?:re|subject|fw|fwd)\s*:", re.IGNORECASE)


def normalize_reference(raw: str) -> str:
    """Upper case, white space dropped, separators kept."""
    return re.sub(r"\s+", "", raw).upper()


def is_reference(value: str) -> bool:
    """True when ``value`` is shaped like a reference number (has a digit, one token).

    Dates, years, financial years ("2023/24"), small numbers, money, phone
    numbers and postcodes are not references.

    >>> is_reference("FOI-4258-2324"), is_reference("the Act"), is_reference("2023/24")
    (True, False, False)
    """
    value = value.strip()
    if not 2 <= len(value) <= 40 or _REFERENCE.fullmatch(value) is None:
        return False
    return not _looks_like_something_else(value)


def _looks_like_something_else(value: str) -> bool:
    if _SHORT_NUMBER.fullmatch(value) or _POSTCODE.fullmatch(value):
        return True
    phone_like = not value.isdigit() and _PHONE.fullmatch(value) is not None
    if phone_like and 10 <= sum(c.isdigit() for c in value) <= 13:
        return True
    years = _YEAR_RANGE.fullmatch(value)
    if years and (int(years[1]) + 1) % 100 == int(years[2]):
        return True
    if not any(c.isdigit() for c in value[:1]) and not any(c in "/.-" for c in value):
        return False  # letters then digits: never a date
    return parse_date(value) is not None or parse_date(value, dayfirst=False) is not None


def _accept_rest(label: str, value: str, rest: str) -> bool:
    """May a labelled value be followed by ``rest`` on its line?"""
    if not rest.strip() or rest.startswith(("  ", "\t", " - ", " – ", " | ", " (")):
        return True
    if rest[0] in ".,;)" and not rest[1:].strip():
        return True
    digits = sum(c.isdigit() for c in value)
    return (
        rest[0] == " "
        and digits >= 4
        and _STRONG_LABEL.search(label) is not None
        and len(rest) <= 30
        and not rest.rstrip().endswith((".", ","))
    )


def match_reference_label(line: str) -> tuple[str, str, int] | None:
    """Read a labelled reference line: (label, raw value, offset of value) or None.

    A colon or dash ends the label; failing those, the leading words that read as
    a label do ("FOI Request 1234"). The value is one reference token; what
    follows it on the line must be nothing, a gap, or a title after a dash.
    """
    if len(line) > 200:
        return None
    head = line[:90].lower()
    if not any(k in head for k in _KEYWORDS):
        return None
    m = _LABELLED.match(line)
    if m is None:
        return None
    label, value, rest = m["label"].strip(), m["value"], m["rest"]
    if label[0].islower():
        return None  # a sentence running on from the line before
    if _OTHER.search(label) or not is_reference(value) or not _accept_rest(label, value, rest):
        return None
    if m["sep"].isspace() and _ACCESS_PREFIX.match(label + " 0"):
        return "Reference", line[m.start("label") : m.end("value")], m.start("label")
    return label, value, m.start("value")


def _reference(value: str, start: int, label: str = "Reference") -> Reference:
    return Reference(
        raw=value,
        normalized=normalize_reference(value),
        label=label,
        span=Span(start, start + len(value)),
    )


def _quoted_elsewhere(text: str, start: int) -> bool:
    """True when the words before ``start`` make it another request's reference."""
    if start and text[start - 1] in "/=?&#_.-":
        return True  # part of a web address or a website's id
    before = text[max(0, start - 40) : start]
    return _OWNED.search(before) is not None or _ELSEWHERE.search(before) is not None


def _strong(value: str) -> bool:
    """A reference that can stand alone in a title: letters with digits, or a separator."""
    has_letter = any(c.isalpha() for c in value)
    has_sep = any(c in "/._-" for c in value) or " " in value.strip()
    return has_letter or has_sep or sum(c.isdigit() for c in value) >= 5


def find_references(text: str, offset: int) -> list[Reference]:
    """References a sentence of the authority names, in a line starting at ``offset``."""
    head = text[:400].lower()
    if not any(k in head for k in _KEYWORDS):
        return []
    found: list[Reference] = []
    for m in _IN_PROSE.finditer(text):
        value = _without_date_tail(text, m.start("value"), m["value"])
        if is_reference(value) and not _quoted_elsewhere(text, m.start("label")):
            found.append(_reference(value, offset + m.start("value")))
    return found


def _without_date_tail(text: str, start: int, value: str) -> str:
    """``value`` without the words that begin a date after it: a letter head flattened
    onto one line reads "Our ref: 2017070000569 27 September 2017"."""
    cut = value.rfind(" ")
    while cut > 0 and starts_date(text, start + cut + 1):
        value = value[:cut].rstrip()
        cut = value.rfind(" ")
    return value


def _title_references(text: str, offset: int, *, top: bool) -> list[Reference]:
    """A reference in a short title line ("Drones (4714_14)", "FI16734", "FOI 12/10 reply")."""
    if len(text) > 120 or text.rstrip().endswith(("?", ",", ";")):
        return []
    for rx in (_PARENTHESISED, _TRAILING, _LEADING):
        m = rx.search(text) if rx is not _LEADING else rx.match(text)
        if m is None:
            continue
        value = m["value"]
        if rx is _LEADING:
            after = m["after"].strip()
            prefixed = _ACCESS_PREFIX.match(value) is not None
            if not after:
                if not (prefixed or (top and (value[:2].isalpha() or value.isdigit()))):
                    continue
            elif after[0] not in "-–:|" and not prefixed:
                continue
        if (
            is_reference(value)
            and _strong(value)
            and sum(c.isdigit() for c in value) >= 3
            and not _quoted_elsewhere(text, m.start())
        ):
            return [_reference(value, offset + m.start("value"))]
    return []


def _key(ref: Reference) -> str:
    return _ACCESS_PREFIX.sub("", ref.normalized)


def references_in(
    labelled: Iterable[tuple[str, str, Span]], prose: Sequence[ProseLine]
) -> tuple[Reference, ...]:
    """This request's references: labelled lines, then those the authority names early.

    ``labelled`` holds (label, raw value, span of the value) of reference lines.
    Labelled lines and "Our ref" lines always count; sentences and titles are
    read when no labelled line names one. References are unique by their
    normalised form (an access-law prefix aside); the fuller spelling wins.
    """
    found = [_reference(value, span.start, label) for label, value, span in labelled]
    strong: list[Reference] = []
    weak: list[Reference] = []
    titled = False
    for i, line in enumerate(prose[:40]):
        text, start = line.text, line.span.start
        if line.requester and not _SUBJECT.match(text):
            continue
        bare = _BARE_LABEL.fullmatch(text)
        if bare and not _OTHER.search(text) and i + 1 < len(prose):
            nxt = prose[i + 1]
            m = _REFERENCE.match(nxt.text.strip())
            if m and _accept_rest("ref", m[0], nxt.text.strip()[m.end() :]):
                value = m[0]
                if is_reference(value):
                    lead = len(nxt.text) - len(nxt.text.lstrip())
                    strong.append(_reference(value, nxt.span.start + lead))
            continue
        labelled_here = match_reference_label(text)
        if labelled_here:
            label, value, at = labelled_here
            strong.append(_reference(value, start + at, label))
            continue
        in_prose = find_references(text, start)
        for ref in in_prose:
            before = text[: ref.span.start - start].lower()[-24:]
            if "our" in before or "original" in before:
                strong.append(ref)
        if i < 15:
            weak.extend(in_prose)
            if not titled:
                title = _title_references(text, start, top=i < 3)
                titled = bool(title)
                weak.extend(title)
    found.extend(strong)
    if not found:
        found = weak
    unique: dict[str, Reference] = {}
    for ref in found:
        key = _key(ref)
        kept = unique.get(key)
        if kept is None or len(ref.normalized) > len(kept.normalized):
            unique[key] = ref
    return tuple(unique.values())
