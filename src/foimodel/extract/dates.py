"""Dates: parse one printed date, and find dates stated in a role.

Day-first or month-first comes from the jurisdiction: only US documents are
month-first. A date missing its day, month or year is no date.

>>> import datetime as dt
>>> parse_date("29 November 2023")
datetime.date(2023, 11, 29)
>>> parse_date("03/04/2021", dayfirst=False)
datetime.date(2021, 3, 4)
>>> parse_date("November 2023") is None
True
"""

from __future__ import annotations

import bisect
import datetime as dt
import re
from collections.abc import Iterable, Sequence

from dateutil import parser as dateparser

from foimodel.extract import ProseLine
from foimodel.extract._leading import leading
from foimodel.models import DateMention, DateRole, Span

__all__ = [
    "DATE_PATTERN",
    "ROLE_LABELS",
    "dates_in",
    "dayfirst_for",
    "find_role_dates",
    "is_ambiguous",
    "match_date_label",
    "parse_date",
    "starts_date",
]

_MONTHS = (
    r"(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|"
    r"Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)"
)
_DAY = r"(?:[0-3]?\d)(?:st|nd|rd|th)?"
# Dates as printed in letters: 29 November 2023, November 29, 2023, 29/11/2023,
# 2023-11-29, 29.11.23, Wednesday 29th of November 2023.
DATE_PATTERN = (
    r"(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,?\s+)?"
    r"(?:"
    rf"{_DAY}(?:\s+of)?\s+{_MONTHS}\.?,?\s+\d{{4}}"
    rf"|{_MONTHS}\.?\s+{_DAY},?\s+\d{{4}}"
    r"|\d{4}-\d{1,2}-\d{1,2}"
    r"|\d{1,2}[/.]\d{1,2}[/.](?:\d{4}|\d{2})"
    r"|\d{1,2}-\d{1,2}-\d{4}"
    r")"
)
# A date starts a word: trying only word starts makes scanning a text ~3x cheaper.
_DATE = leading("0-9mtwfsjaond", r"(?<![0-9A-Za-z])(?:" + DATE_PATTERN + ")", re.IGNORECASE)
_A_DIGIT = re.compile(r"\d")
_ISO = re.compile(r"\d{4}-\d\d-\d\d")
_NUMERIC = re.compile(r"(\d{1,2})[/.-](\d{1,2})[/.-]\d{2,4}")
_DEFAULTS = (dt.datetime(1904, 1, 1), dt.datetime(1905, 2, 2))

ROLE_LABELS: dict[DateRole, str] = {
    DateRole.REQUEST: "Date of request",
    DateRole.RECEIVED: "Date received",
    DateRole.ACKNOWLEDGED: "Date acknowledged",
    DateRole.RESPONSE: "Date of response",
    DateRole.DUE: "Date due",
    DateRole.REVIEW_REQUEST: "Date of review request",
    DateRole.REVIEW_RESPONSE: "Date of review response",
}
"""The label the text renderer writes for each role."""

# Label words people print before a date, by role (matched case-insensitively as
# the whole label of a "Label: value" line).
_LABELS: tuple[tuple[DateRole, str], ...] = (
    (DateRole.REVIEW_REQUEST, r"(?:date of )?(?:internal )?review request(?:ed)?(?: date)?"),
    (
        DateRole.REVIEW_RESPONSE,
        r"(?:date of )?(?:internal )?review (?:response|decision)(?: date)?",
    ),
    (
        DateRole.REQUEST,
        r"(?:date of (?:your |the )?request|request(?:ed)? date|date requested"
        r"|request (?:made|sent|submitted)(?: on)?|date (?:made|submitted))",
    ),
    (
        DateRole.RECEIVED,
        r"(?:date (?:request )?received|(?:request )?received(?: date| on)?"
        r"|date of receipt|receipt date|date logged|logged)",
    ),
    (DateRole.ACKNOWLEDGED, r"(?:date acknowledged|acknowledged(?: on)?|acknowledgement date)"),
    (
        DateRole.RESPONSE,
        r"(?:date of (?:response|reply|decision|disclosure)|(?:response|reply|decision"
        r"|disclosure) date|date (?:responded|replied|of our response|closed)|responded(?: on)?"
        r"|response sent|date sent|closed)",
    ),
    (DateRole.DUE, r"(?:date due|due date|response due(?: date| by)?|deadline)"),
)
_LABEL_LINE = re.compile(
    r"(?P<label>[A-Za-z][A-Za-z ]{1,40}?)\s*(?::|-|–)\s*(?P<value>.{4,40})", re.IGNORECASE
)
_ROLE_LABELS = tuple((role, re.compile(rx, re.IGNORECASE)) for role, rx in _LABELS)

# Sentences that state a date in a role. Gaps are bounded and stop at a
# sentence's end, so every pattern runs in linear time.
_D = r"(?:the\s+)?(?P<date>" + DATE_PATTERN + ")"
_GAP = r"[^.?!]{0,100}?"
_BODY = r"(?:we|I|it|they|the [A-Za-z]+|[A-Z][\w&'’]*(?: (?:of |and |for |& )?[A-Z][\w&'’]*){0,6})"
_ANSWERED = (
    r"(?:responded|replied|refused|issued|granted|released|disclosed|provided|sent|wrote|"
    r"decided|made (?:its|a|their|our) decision|answered)"
)
# Each with words one of which the text must hold (lower case) for it to match at
# all: a cheap test that spares a scan of the whole text.
_IN_PROSE: tuple[tuple[DateRole, tuple[str, ...], re.Pattern[str]], ...] = (
    (
        # "Thank you for contacting us on 30 October 2018": the day the authority heard.
        DateRole.RECEIVED,
        ("contact",),
        leading("c", r"\b(?:contacting|contacted) us\s+on\s+" + _D, re.IGNORECASE),
    ),
    (
        DateRole.RECEIVED,
        ("received",),
        leading(
            "relca",
            r"\b(?:request|e-?mail|letter|correspondence|application)s?\b"
            + _GAP
            + r"\breceived(?: (?:by|in|at) [^.?!]{1,90}?)?\s+(?:on\s+)?"
            + _D,
            re.IGNORECASE,
        ),
    ),
    (
        DateRole.RECEIVED,
        ("received",),
        leading(
            "r",
            r"\breceived (?:your|the) (?:request|e-?mail|letter|application)[^.?!]{0,60}?"
            r"\s+on\s+" + _D,
            re.IGNORECASE,
        ),
    ),
    (
        DateRole.RECEIVED,
        ("when your", "when the"),
        leading(
            "o",
            r"\bon\s+" + _D + r"[^.?!]{0,30}?\bwhen (?:your|the) (?:request|application) "
            r"(?:was|were) (?:received|made|lodged)",
            re.IGNORECASE,
        ),
    ),
    (
        DateRole.REQUEST,
        (" of", "dated", "sent on", "made on"),
        leading(
            "ytah",
            r"\b(?:your|the|a|his|her|their) (?:request|e-?mail|letter|application)"
            r"(?: for information)?(?: to [\w ]{1,40}?)?,? (?:dated|of|sent on|made on)\s+" + _D,
            re.IGNORECASE,
        ),
    ),
    (
        DateRole.RESPONSE,
        ("responded", "replied"),
        leading(
            "r",
            r"\b(?:responded|replied)(?: to [^.?!]{1,60}?)?\s+on\s+" + _D,
            re.IGNORECASE,
        ),
    ),
    (
        DateRole.RESPONSE,
        ("dated", "sent", "issued", "made"),
        leading(
            "dr",
            r"(?<!review )(?<!internal )\b(?:decision|response|reply)\s+(?:was\s+)?"
            r"(?:dated|sent|issued|made)(?:\s+on)?\s+" + _D,
            re.IGNORECASE,
        ),
    ),
    (
        DateRole.RESPONSE,
        (
            "responded",
            "replied",
            "refused",
            "issued",
            "granted",
            "released",
            "disclosed",
            "provided",
            "sent",
            "wrote",
            "decided",
            "made",
            "answered",
        ),
        leading(
            "Ot0-9MTWFSJAND",
            r"(?:^|(?<=[.!?:]\s)|(?<=[.!?:][\"”’]\s)|(?<=\n))(?:On\s+)?"
            + _D
            + r",?\s+"
            + _BODY
            + r"\s+"
            + _ANSWERED
            + r"\b",
        ),
    ),
)
_ROLE_LINE = re.compile(
    r"\s*(?:Response|Reply|Decision|Responded|Date of (?:response|reply|decision))\s*[:–-]?\s*"
    r"(?P<date>" + DATE_PATTERN + r")\s*",
    re.IGNORECASE,
)
_LETTER_DATE = re.compile(
    r"\s*(?:Date[:\s]\s*)?(?P<date>" + DATE_PATTERN + r")(?=\s*$|[A-Z]|\s+Dear\b)"
)
_NOT_LETTER_DATE = re.compile(
    r"receiv|dated|published|updated|\bof\b|\bon\b|since|from|until|between", re.I
)
_REVIEW_BEFORE = re.compile(r"review|appeal|internal", re.IGNORECASE)
_SALUTATION = re.compile(r"(?:^|\s)Dear\s")


def starts_date(text: str, pos: int = 0) -> bool:
    """True when a printed date starts at ``pos`` in ``text``.

    >>> starts_date("ref 1234 27 September 2017", 9), starts_date("ref 1234 27 items", 9)
    (True, False)
    """
    return _DATE.match(text, pos) is not None


def is_ambiguous(raw: str) -> bool:
    """True for a numeric date that reads both ways (``03/04/2021``).

    >>> is_ambiguous("03/04/2021"), is_ambiguous("13/04/2021"), is_ambiguous("4 March 2021")
    (True, False, False)
    """
    m = _NUMERIC.fullmatch(raw.strip())
    if m is None:
        return False
    return m[1] != m[2] and max(int(m[1]), int(m[2])) <= 12


def dayfirst_for(jurisdiction: str | None) -> bool:
    """Day-first everywhere but in the United States.

    >>> dayfirst_for("US-federal"), dayfirst_for("UK")
    (False, True)
    """
    return not (jurisdiction or "").startswith("US")


_MONTH_NUMBERS = {
    name: number
    for number, names in enumerate(
        (
            ("january", "jan"),
            ("february", "feb"),
            ("march", "mar"),
            ("april", "apr"),
            ("may",),
            ("june", "jun"),
            ("july", "jul"),
            ("august", "aug"),
            ("september", "sep", "sept"),
            ("october", "oct"),
            ("november", "nov"),
            ("december", "dec"),
        ),
        start=1,
    )
    for name in names
}
_DAY_MONTH_YEAR = re.compile(
    r"(?:[A-Za-z]+day,?\s+)?(\d{1,2})(?:st|nd|rd|th)?(?:\s+of)?\s+([A-Za-z]+)\.?,?\s+(\d{4})",
    re.IGNORECASE,
)
_MONTH_DAY_YEAR = re.compile(
    r"(?:[A-Za-z]+day,?\s+)?([A-Za-z]+)\.?\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})", re.IGNORECASE
)
_NUMERIC_FULL = re.compile(r"(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})")


def _quick_date(text: str, *, dayfirst: bool) -> tuple[bool, dt.date | None]:
    """The common printed forms without dateutil: (form recognised, the date or None)."""
    for pattern, order in ((_DAY_MONTH_YEAR, "dmy"), (_MONTH_DAY_YEAR, "mdy")):
        m = pattern.fullmatch(text)
        if m:
            month_word = m[2] if order == "dmy" else m[1]
            day = m[1] if order == "dmy" else m[2]
            month = _MONTH_NUMBERS.get(month_word.lower())
            if month is None:
                return False, None
            return True, _date_or_none(int(m[3]), month, int(day))
    m = _NUMERIC_FULL.fullmatch(text)
    if m:
        first, second = int(m[1]), int(m[2])
        day, month = (first, second) if dayfirst else (second, first)
        return True, _date_or_none(int(m[3]), month, day)
    return False, None


def _date_or_none(year: int, month: int, day: int) -> dt.date | None:
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None


def parse_date(raw: str, *, dayfirst: bool | None = True) -> dt.date | None:
    """The date ``raw`` states, or ``None`` when it is not a whole date.

    With ``dayfirst=None`` (no jurisdiction known) a numeric date that reads
    both ways (``03/04/2021``) is not guessed: ``None``.
    """
    text = raw.strip().rstrip(".,")
    if dayfirst is None:
        numeric = _NUMERIC.fullmatch(text)
        if numeric and numeric[1] != numeric[2] and max(int(numeric[1]), int(numeric[2])) <= 12:
            return None
        dayfirst = True
    if _ISO.fullmatch(text):
        try:
            return dt.date.fromisoformat(text)
        except ValueError:
            return None
    if not _DATE.fullmatch(text):
        return None
    matched, quick = _quick_date(text, dayfirst=dayfirst)
    if matched:
        return quick
    text = re.sub(r"(\d)(st|nd|rd|th)\b", r"\1", text, flags=re.IGNORECASE)
    text = re.sub(r"\bof\b", " ", text, flags=re.IGNORECASE)
    found: list[dt.date] = []
    for default in _DEFAULTS:
        try:
            found.append(dateparser.parse(text, default=default, dayfirst=dayfirst).date())
        except (ValueError, OverflowError):
            return None
    if found[0] != found[1]:
        return None  # a part was missing and came from the default
    return found[0]


def match_date_label(line: str, *, dayfirst: bool = True) -> tuple[DateRole, str, int] | None:
    """Read a ``Label: date`` line: (role, raw date, offset of the raw date) or None.

    >>> match_date_label("Date received: 2 May 2023")
    (<DateRole.RECEIVED: 'received'>, '2 May 2023', 15)
    """
    m = _LABEL_LINE.fullmatch(line)
    if not m:
        return None
    label = m["label"].strip()
    for role, rx in _ROLE_LABELS:
        if rx.fullmatch(label):
            value = m["value"].strip()
            if parse_date(value, dayfirst=dayfirst) is None:
                return None
            return role, value, m.start("value") + (len(m["value"]) - len(m["value"].lstrip()))
    return None


def find_role_dates(text: str, offset: int, *, dayfirst: bool | None = True) -> list[DateMention]:
    """Dates stated in a role within prose starting at ``offset``."""
    found: list[DateMention] = []
    if _A_DIGIT.search(text) is None or _DATE.search(text) is None:
        return found  # no date at all: the role patterns need not run
    lower = text.lower()
    if not any(
        k in lower for k in ("receiv", "dated", "respon", "repl", "decision", " of ", "on ")
    ):
        return found
    for role, needs, rx in _IN_PROSE:
        if not any(word in lower for word in needs):
            continue
        for m in rx.finditer(text):
            if role is DateRole.RESPONSE and _REVIEW_BEFORE.search(
                text[max(0, m.start() - 25) : m.start("date")]
            ):
                continue
            value = parse_date(m["date"], dayfirst=dayfirst)
            if value is not None:
                span = Span(offset + m.start("date"), offset + m.end("date"))
                found.append(DateMention(role=role, value=value, raw=m["date"], span=span))
    found.sort(key=lambda d: d.span)
    return found


def _letter_date(prose: Sequence[ProseLine], *, dayfirst: bool | None) -> DateMention | None:
    """The date a response letter bears: a date line at its head, before "Dear ..."."""
    head = [line for line in prose[:40] if not line.requester]
    if not any(_SALUTATION.search(line.text) for line in head):
        return None
    for line in head:
        m = _LETTER_DATE.match(line.text)
        if m:
            value = parse_date(m["date"], dayfirst=dayfirst)
            if value is not None:
                start = line.span.start + m.start("date")
                span = Span(start, start + len(m["date"]))
                return DateMention(role=DateRole.RESPONSE, value=value, raw=m["date"], span=span)
        if _SALUTATION.match(line.text):
            return None
        m = _SALUTATION.search(line.text)
        if m:  # a flattened letter head: "... Our ref: 123 27 September 2017 Dear Mr X"
            head_text = line.text[: m.start()]
            dates = list(_DATE.finditer(head_text, max(0, len(head_text) - 120)))
            if dates and not _NOT_LETTER_DATE.search(
                head_text[max(0, dates[-1].start() - 15) : dates[-1].start()]
            ):
                d = dates[-1]
                value = parse_date(d[0], dayfirst=dayfirst)
                if value is not None:
                    start = line.span.start + d.start()
                    span = Span(start, start + len(d[0]))
                    return DateMention(role=DateRole.RESPONSE, value=value, raw=d[0], span=span)
            return None
    return None


def dates_in(
    labelled: Iterable[tuple[DateRole, str, Span]],
    prose: Sequence[ProseLine],
    *,
    dayfirst: bool | None = True,
) -> tuple[DateMention, ...]:
    """Dates by role, the best evidence for each role first.

    Labelled lines come first, then sentences of the authority's prose; for the
    response, a sentence saying when the authority answered ("The Council
    responded on 7 April 2016") or a "Response 24-08-2023" line comes before a
    labelled decision date, and the letter's own date comes last. Unique by
    (role, date); the first mention wins.
    """
    ranked: list[tuple[int, DateMention]] = []
    for role, raw, span in labelled:
        value = parse_date(raw, dayfirst=dayfirst)
        if value is not None:
            ranked.append((1, DateMention(role=role, value=value, raw=raw, span=span)))
    texts: list[str] = []
    starts: list[tuple[int, int]] = []  # (offset in the joined text, offset in the source)
    at = 0
    for line in prose:
        m = None if line.requester else _ROLE_LINE.fullmatch(line.text)
        if m:
            value = parse_date(m["date"], dayfirst=dayfirst)
            if value is not None:
                start = line.span.start + m.start("date")
                span = Span(start, start + len(m["date"]))
                mention = DateMention(role=DateRole.RESPONSE, value=value, raw=m["date"], span=span)
                ranked.append((0, mention))
        texts.append(line.text)
        starts.append((at, line.span.start))
        at += len(line.text) + 1
    joined = "\n".join(texts)
    for mention in find_role_dates(joined, 0, dayfirst=dayfirst):
        i = bisect.bisect_right(starts, (mention.span.start, 1 << 62)) - 1
        shift = starts[i][1] - starts[i][0]
        span = Span(mention.span.start + shift, mention.span.end + shift)
        rank = 0 if mention.role is DateRole.RESPONSE else 2
        ranked.append(
            (rank, DateMention(role=mention.role, value=mention.value, raw=mention.raw, span=span))
        )
    letter = _letter_date(prose, dayfirst=dayfirst)
    if letter is not None:
        ranked.append((3, letter))
    # Order by the best evidence for each (role, date); a labelled line keeps its span.
    best: dict[tuple[DateRole, dt.date], int] = {}
    chosen: dict[tuple[DateRole, dt.date], DateMention] = {}
    for rank, mention in ranked:
        key = (mention.role, mention.value)
        best[key] = min(rank, best.get(key, rank))
        chosen.setdefault(key, mention)
    order = sorted(chosen, key=lambda key: best[key])
    return tuple(chosen[key] for key in order)
