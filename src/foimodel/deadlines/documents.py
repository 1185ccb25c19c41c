"""Deadlines for parsed documents: due date, days taken, lateness.

These read only ``doc.date(DateRole.RECEIVED)``, ``doc.date(DateRole.RESPONSE)``,
``doc.laws`` (the first law decides) and ``doc.jurisdiction`` (used as the region
when the law knows it: ISO codes such as ``"GB-SCT"``, or names such as
``"Scotland"``, ``"UK-Scotland"``, ``"Australia-VIC"``; ``"Australia"`` means the
Commonwealth and keeps the law's default calendar). They return ``None``
when the document lacks what they need (no law, no date); an unknown law raises
:class:`foimodel.errors.UnknownLawError`.

>>> import datetime as dt
>>> from foimodel.models import DateMention, DateRole, Document
>>> doc = Document(laws=("uk-foia-2000",), dates=(
...     DateMention(value=dt.date(2024, 3, 27), role=DateRole.RECEIVED, raw=""),
...     DateMention(value=dt.date(2024, 4, 29), role=DateRole.RESPONSE, raw="")))
>>> due_for(doc), days_taken(doc), is_late(doc)
(datetime.date(2024, 4, 26), 21, True)
"""

from __future__ import annotations

import datetime as dt
import functools
from typing import NamedTuple

from foimodel.deadlines.calendars import working_days_between
from foimodel.deadlines.rules import LawRule, due_date, law_ids, rule_for
from foimodel.errors import UnknownLawError
from foimodel.laws import ids as catalogue_ids
from foimodel.models import DateRole, Document

__all__ = ["PLAUSIBLE_YEARS", "Timing", "days_taken", "due_for", "is_late", "timing"]

PLAUSIBLE_YEARS = 50
"""Dates further apart than this many years give no ``days_taken``."""

_ALIASES = {
    "uk": "GB",
    "united kingdom": "GB",
    "great britain": "GB",
    "england": "GB-EAW",
    "wales": "GB-EAW",
    "england and wales": "GB-EAW",
    "scotland": "GB-SCT",
    "uk-scotland": "GB-SCT",
    "uk-england": "GB-EAW",
    "uk-wales": "GB-EAW",
    "uk-northern ireland": "GB-NIR",
    "uk-ni": "GB-NIR",
    "northern ireland": "GB-NIR",
    "usa": "US",
    "us-federal": "US",
    "united states": "US",
    "massachusetts": "US-MA",
    "california": "US-CA",
    "ireland": "IE",
    "victoria": "AU-VIC",
    "australia-vic": "AU-VIC",
    "new zealand": "NZ",
    "canada": "CA",
    "ontario": "CA-ON",
    "canada-on": "CA-ON",
}


def _region(rule: LawRule, jurisdiction: str | None) -> str | None:
    return None if jurisdiction is None else _region_of(rule.law, jurisdiction)


@functools.lru_cache(maxsize=1024)
def _region_of(law: str, jurisdiction: str) -> str | None:
    code = _ALIASES.get(jurisdiction.strip().lower(), jurisdiction.strip()).upper()
    return code if code in {k.upper() for k in rule_for(law).regions} else None


def _law(doc: Document) -> LawRule | None:
    if not isinstance(doc, Document):
        raise TypeError(f"doc must be a Document, not {type(doc).__name__}")
    # The first law the document invokes that has a time limit (a Privacy Act or a
    # data protection law cited beside an access law has none here).
    timed, known = _law_sets()
    for law in doc.laws:
        if law in timed:
            return rule_for(law)
        if law not in known:
            raise UnknownLawError(law)
    return None


@functools.cache
def _law_sets() -> tuple[frozenset[str], frozenset[str]]:
    return frozenset(law_ids()), frozenset(catalogue_ids())


def due_for(doc: Document) -> dt.date | None:
    """The statutory due date of the request ``doc`` answers, with no extensions;
    ``None`` without a law or a received date."""
    rule = _law(doc)
    received = doc.date(DateRole.RECEIVED)
    if rule is None or received is None:
        return None
    return _due(received, rule.law, _region(rule, doc.jurisdiction))


# A corpus repeats the same few hundred received dates: both counts are pure
# functions of hashable arguments, so a batch works each one out once.
@functools.lru_cache(maxsize=4096)
def _due(received: dt.date, law: str, region: str | None) -> dt.date:
    return due_date(received, law, region=region).date


@functools.lru_cache(maxsize=4096)
def _taken(received: dt.date, response: dt.date, law: str, region: str | None) -> int:
    rule = rule_for(law)
    calendar = rule.calendar_for(region)
    start = received
    if rule.receipt == "next-working-day" and response >= received:
        start = calendar.next_working_day(received)
        if response < start:
            return 0
    return working_days_between(start, response, calendar)


def days_taken(doc: Document) -> int | None:
    """Working days (in the law's calendar) from receipt to response; the day of
    receipt is day zero, so a same-day answer took 0 days. A request received on a
    non-working day counts from the next working day where the law says so.
    ``None`` without a law, a received date or a response date, and when the two
    dates are more than :data:`PLAUSIBLE_YEARS` apart (one of them is misread: the
    oldest pending requests on record are decades old, not centuries).

    >>> import datetime as dt
    >>> from foimodel.models import DateMention, DateRole, Document
    >>> days_taken(Document(laws=("us-foia",), dates=(
    ...     DateMention(value=dt.date(2023, 1, 3), role=DateRole.RECEIVED, raw=""),
    ...     DateMention(value=dt.date(9023, 1, 3), role=DateRole.RESPONSE, raw=""))))
    """
    rule = _law(doc)
    received = doc.date(DateRole.RECEIVED)
    response = doc.date(DateRole.RESPONSE)
    if rule is None or received is None or response is None:
        return None
    if abs(response.year - received.year) > PLAUSIBLE_YEARS:
        return None
    return _taken(received, response, rule.law, _region(rule, doc.jurisdiction))


def is_late(doc: Document) -> bool | None:
    """Whether the response came after the statutory due date (extensions are not
    known from the document, so a lawfully extended answer may show as late);
    ``None`` when either date or the law is missing."""
    due = due_for(doc)
    response = doc.date(DateRole.RESPONSE)
    if due is None or response is None:
        return None
    return response > due


class Timing(NamedTuple):
    """The three deadline facts of a document, as :func:`due_for`, :func:`is_late`
    and :func:`days_taken` give them one at a time."""

    due: dt.date | None
    late: bool | None
    days_taken: int | None


def timing(doc: Document) -> Timing:
    """Due date, lateness and days taken at once (what a row of a batch needs).

    >>> import datetime as dt
    >>> from foimodel.models import DateMention, DateRole, Document
    >>> timing(Document(laws=("uk-foia-2000",), dates=(
    ...     DateMention(value=dt.date(2024, 3, 27), role=DateRole.RECEIVED, raw=""),
    ...     DateMention(value=dt.date(2024, 4, 29), role=DateRole.RESPONSE, raw=""))))
    Timing(due=datetime.date(2024, 4, 26), late=True, days_taken=21)
    """
    rule = _law(doc)
    received = doc.date(DateRole.RECEIVED)
    if rule is None or received is None:
        return Timing(None, None, None)
    region = _region(rule, doc.jurisdiction)
    due = _due(received, rule.law, region)
    response = doc.date(DateRole.RESPONSE)
    if response is None:
        return Timing(due, None, None)
    plausible = abs(response.year - received.year) <= PLAUSIBLE_YEARS
    taken = _taken(received, response, rule.law, region) if plausible else None
    return Timing(due, response > due, taken)
