"""Hypothesis properties of calendars and due dates, and the document helpers."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from foimodel.deadlines import (
    calendar_for,
    calendar_ids,
    days_taken,
    due_date,
    due_for,
    is_late,
    law_ids,
    rule_for,
    timing,
    working_days_between,
)
from foimodel.models import DateMention, DateRole, Document

DATES = st.dates(dt.date(2000, 1, 1), dt.date(2035, 12, 31))
WORKING_LAWS = sorted(law for law in law_ids() if rule_for(law).unit == "working")
REGIONS = st.sampled_from(calendar_ids())


@settings(deadline=None)
@given(received=DATES, law=st.sampled_from(WORKING_LAWS))
def test_working_day_due_date(received: dt.date, law: str) -> None:
    due = due_date(received, law)
    calendar = rule_for(law).calendar_for()
    assert due.date > received
    assert calendar.is_working_day(due.date)
    assert working_days_between(due.start, due.date, calendar) == due.days
    assert due.start == received or not calendar.is_working_day(received)


@settings(deadline=None)
@given(received=DATES, law=st.sampled_from(sorted(law_ids())))
def test_every_law_due_after_receipt(received: dt.date, law: str) -> None:
    due = due_date(received, law)
    assert due.date > received
    assert all(received <= s.date <= due.date for s in due.skipped)


@settings(deadline=None)
@given(region=REGIONS, year=st.integers(1990, 2060))
def test_holidays_fall_in_their_year(region: str, year: int) -> None:
    assert all(day.year == year for day in calendar_for(region).holidays(year))


@settings(deadline=None)
@given(region=REGIONS, a=DATES, b=DATES, n=st.integers(0, 60))
def test_add_working_days_is_monotonic(region: str, a: dt.date, b: dt.date, n: int) -> None:
    calendar = calendar_for(region)
    a, b = min(a, b), max(a, b)
    assert calendar.add_working_days(a, n) <= calendar.add_working_days(b, n)
    assert working_days_between(a, calendar.add_working_days(a, n), calendar) == n


@settings(deadline=None)
@given(region=REGIONS, a=DATES, b=DATES)
def test_working_days_between_is_antisymmetric(region: str, a: dt.date, b: dt.date) -> None:
    calendar = calendar_for(region)
    assert working_days_between(a, b, calendar) == -working_days_between(b, a, calendar)


@settings(deadline=None)
@given(region=REGIONS, a=DATES, span=st.integers(0, 400))
def test_working_days_between_counts_each_working_day(region: str, a: dt.date, span: int) -> None:
    calendar = calendar_for(region)
    days = (a + dt.timedelta(days=k) for k in range(1, span + 1))
    expected = sum(calendar.is_working_day(day) for day in days)
    assert working_days_between(a, a + dt.timedelta(days=span), calendar) == expected


def _doc(
    law: str | None, received: dt.date | None, response: dt.date | None, **kw: str
) -> Document:
    dates = []
    if received is not None:
        dates.append(DateMention(role=DateRole.RECEIVED, value=received, raw=""))
    if response is not None:
        dates.append(DateMention(role=DateRole.RESPONSE, value=response, raw=""))
    return Document(laws=(law,) if law else (), dates=tuple(dates), **kw)  # type: ignore[arg-type]


def test_document_helpers() -> None:
    doc = _doc("uk-foia-2000", dt.date(2024, 3, 27), dt.date(2024, 4, 26))
    assert due_for(doc) == dt.date(2024, 4, 26)
    assert days_taken(doc) == 20
    assert is_late(doc) is False
    late = _doc("uk-foia-2000", dt.date(2024, 3, 27), dt.date(2024, 4, 29))
    assert (days_taken(late), is_late(late)) == (21, True)


def test_document_region_from_jurisdiction() -> None:
    # Scotland alone: Easter Monday counts, so 20 working days end on 25 April.
    doc = _doc("uk-foia-2000", dt.date(2024, 3, 27), dt.date(2024, 4, 26), jurisdiction="Scotland")
    assert due_for(doc) == dt.date(2024, 4, 26)  # FOIA counts any part of the UK
    foisa = _doc("scot-foisa-2002", dt.date(2024, 3, 27), dt.date(2024, 4, 26))
    assert (due_for(foisa), days_taken(foisa), is_late(foisa)) == (dt.date(2024, 4, 25), 21, True)
    au = _doc("au-foi-1982", dt.date(2025, 5, 2), dt.date(2025, 6, 2), jurisdiction="AU")
    assert due_for(au) == dt.date(2025, 6, 2)


def test_document_weekend_receipt() -> None:
    doc = _doc("uk-foia-2000", dt.date(2024, 12, 21), dt.date(2024, 12, 22))
    assert days_taken(doc) == 0
    doc = _doc("uk-foia-2000", dt.date(2024, 12, 21), dt.date(2024, 12, 24))
    assert days_taken(doc) == 1


def test_document_missing_facts_give_none() -> None:
    assert due_for(_doc(None, dt.date(2024, 1, 2), None)) is None
    assert due_for(_doc("us-foia", None, None)) is None
    assert days_taken(_doc("us-foia", dt.date(2024, 1, 2), None)) is None
    assert is_late(_doc("us-foia", dt.date(2024, 1, 2), None)) is None


@settings(deadline=None)
@given(
    law=st.sampled_from([None, *sorted(law_ids())]),
    received=st.none() | DATES,
    response=st.none() | DATES,
    jurisdiction=st.sampled_from([None, "Scotland", "US", "AU", "nowhere"]),
)
def test_timing_agrees_with_the_single_helpers(
    law: str | None,
    received: dt.date | None,
    response: dt.date | None,
    jurisdiction: str | None,
) -> None:
    doc = _doc(law, received, response, **({"jurisdiction": jurisdiction} if jurisdiction else {}))
    assert tuple(timing(doc)) == (due_for(doc), is_late(doc), days_taken(doc))


def test_implausible_span_gives_no_days_taken() -> None:
    # A misread year must not cost a count over thousands of years.
    far = _doc("uk-foia-2000", dt.date(1900, 1, 1), dt.date(9990, 1, 1))
    assert days_taken(far) is None
    assert is_late(far) is True
    assert timing(far).days_taken is None
    decades = _doc("us-foia", dt.date(1995, 3, 1), dt.date(2024, 3, 1))
    assert days_taken(decades) == working_days_between(
        dt.date(1995, 3, 1), dt.date(2024, 3, 1), calendar_for("US")
    )


def test_document_errors() -> None:
    with pytest.raises(TypeError, match="doc"):
        due_for("not a document")  # type: ignore[arg-type]
    from foimodel.errors import UnknownLawError

    with pytest.raises(UnknownLawError):
        due_for(_doc("xx-nope", dt.date(2024, 1, 2), None))


def test_calendar_api() -> None:
    gb = calendar_for("gb")
    day = dt.date(2024, 12, 24)
    assert gb.add_working_days(day, -1) == dt.date(2024, 12, 23)
    assert gb.add_working_days(day, 0) == day
    assert gb.next_working_day(dt.date(2024, 12, 25)) == dt.date(2024, 12, 27)
    closed = gb.with_extra({dt.date(2024, 12, 27): "office closed"})
    assert not closed.is_working_day(dt.date(2024, 12, 27))
    assert gb.is_working_day(dt.date(2024, 12, 27))
    moved = calendar_for("GB-EAW").without([dt.date(2024, 5, 27)])
    assert moved.is_working_day(dt.date(2024, 5, 27))
    both = calendar_for("GB-EAW") | calendar_for("IE")
    assert not both.is_working_day(dt.date(2024, 3, 18 - 1))  # Sunday anyway
    assert not both.is_working_day(dt.date(2024, 2, 5))  # St Brigid's Day (IE)
    with pytest.raises(TypeError, match="year"):
        gb.holidays("2024")  # type: ignore[arg-type]
    with pytest.raises(TypeError, match="calendar"):
        working_days_between(day, day, "GB")  # type: ignore[arg-type]
    with pytest.raises(TypeError, match="n must"):
        gb.add_working_days(day, 1.0)  # type: ignore[arg-type]
    with pytest.raises(ValueError, match="region"):
        calendar_for("XX")


@pytest.mark.parametrize(
    ("law", "jurisdiction", "calendar"),
    [
        ("scot-foisa-2002", "UK-Scotland", "GB-SCT"),
        ("uk-foia-2000", "UK", "GB"),
        ("us-foia", "US-federal", "US"),
        ("au-foi-1982", "Australia", "AU-ACT"),
        ("au-vic-foi-1982", "Australia-VIC", "AU-VIC"),
        ("ca-on-fippa", "Canada-ON", "CA-ON"),
        ("us-ma-public-records", "US-MA", "US-MA"),
    ],
)
def test_catalogue_jurisdictions_resolve(law: str, jurisdiction: str, calendar: str) -> None:
    from foimodel.deadlines.documents import _region

    rule = rule_for(law)
    assert rule.calendar_for(_region(rule, jurisdiction)).name == calendar
