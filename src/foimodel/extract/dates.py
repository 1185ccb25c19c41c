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

import datetime as dt
import re
from collections.abc import Iterable, Sequence

from dateutil import parser as dateparser

from foimodel.extract import ProseLine
from foimodel.models import DateMention, DateRole, Span

__all__ = [
    "DATE_PATTERN",
    "ROLE_LABELS",
    "dates_in",
    "dayfirst_for",
    "find_role_dates",
    "match_date_label",
    "parse_date",
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
    r")"
)
_DATE = re.compile(DATE_PATTERN, re.IGNORECASE)
_ISO = re.compile(r"\d{4}-\d\d-\d\d")
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

# Sentences that state a date in a role: "your request received on 2 May 2023",
# "your request dated 3 May", "on 4 May 2023 you asked".
_IN_PROSE: tuple[tuple[DateRole, re.Pattern[str]], ...] = (
    (
        DateRole.RECEIVED,
        re.compile(
            r"(?:request|e-?mail|letter|correspondence|application)[^.?!\n]{0,60}?"
            r"(?:which (?:we|was) received|received(?: by (?:us|[A-Z][\w ]{0,40}?))?|we received)"
            r"\s+(?:on\s+)?(?P<date>" + DATE_PATTERN + ")",
            re.IGNORECASE,
        ),
    ),
    (
        DateRole.RECEIVED,
        re.compile(
            r"(?:we|the \w+) received your (?:request|e-?mail|letter|application)[^.?!\n]{0,40}?"
            r"\s+on\s+(?P<date>" + DATE_PATTERN + ")",
            re.IGNORECASE,
        ),
    ),
    (
        DateRole.RECEIVED,
        re.compile(
            r"(?:request|application) for information (?:was )?(?:dated|of)\s+"
            r"(?P<date>" + DATE_PATTERN + r")[^.?!\n]{0,40}?received",
            re.IGNORECASE,
        ),
    ),
    (
        DateRole.REQUEST,
        re.compile(
            r"(?:your|the) (?:request|e-?mail|letter|application)(?: for information)?"
            r"(?: to [\w ]{1,40}?)?,? (?:dated|of|sent on|made on)\s+(?P<date>"
            + DATE_PATTERN
            + ")",
            re.IGNORECASE,
        ),
    ),
)


def dayfirst_for(jurisdiction: str | None) -> bool:
    """Day-first everywhere but in the United States.

    >>> dayfirst_for("US-federal"), dayfirst_for("UK")
    (False, True)
    """
    return not (jurisdiction or "").startswith("US")


def parse_date(raw: str, *, dayfirst: bool = True) -> dt.date | None:
    """The date ``raw`` states, or ``None`` when it is not a whole date."""
    text = raw.strip().rstrip(".,")
    if _ISO.fullmatch(text):
        try:
            return dt.date.fromisoformat(text)
        except ValueError:
            return None
    if not _DATE.fullmatch(text):
        return None
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


def find_role_dates(text: str, offset: int, *, dayfirst: bool = True) -> list[DateMention]:
    """Dates stated in a role within a sentence of prose starting at ``offset``."""
    found: list[DateMention] = []
    for role, rx in _IN_PROSE:
        for m in rx.finditer(text):
            value = parse_date(m["date"], dayfirst=dayfirst)
            if value is not None:
                span = Span(offset + m.start("date"), offset + m.end("date"))
                found.append(DateMention(role=role, value=value, raw=m["date"], span=span))
    found.sort(key=lambda d: d.span)
    return found


def dates_in(
    labelled: Iterable[tuple[DateRole, str, Span]],
    prose: Sequence[ProseLine],
    *,
    dayfirst: bool = True,
) -> tuple[DateMention, ...]:
    """Dates by role: labelled lines first, then sentences of the authority's prose.

    Unique by (role, date); the first mention wins.
    """
    found: list[DateMention] = []
    for role, raw, span in labelled:
        value = parse_date(raw, dayfirst=dayfirst)
        if value is not None:
            found.append(DateMention(role=role, value=value, raw=raw, span=span))
    for line in prose:
        if not line.requester:
            found.extend(find_role_dates(line.text, line.span.start, dayfirst=dayfirst))
    unique: dict[tuple[DateRole, dt.date], DateMention] = {}
    for mention in found:
        unique.setdefault((mention.role, mention.value), mention)
    return tuple(unique.values())
