"""Holiday rules: how a holiday's date is found each year, and how it moves off a weekend.

Every rule is a small frozen record with ``dates(year)``; a calendar runs its rules
and then applies each rule's :class:`Observance`. Dates are computed with
python-dateutil (``rrule`` for "n-th weekday of a month", ``easter`` for Easter),
never typed in, except where a law fixes them year by year (see ``holidays.toml``).

>>> import datetime as dt
>>> NthWeekday("Spring bank holiday", month=5, weekday=0, n=-1).dates(2024)
(datetime.date(2024, 5, 27),)
>>> EasterOffset("Good Friday", offset=-2).dates(2024)
(datetime.date(2024, 3, 29),)
"""

from __future__ import annotations

import datetime as dt
import enum
from collections.abc import Iterable
from typing import Protocol

import attrs
from dateutil.easter import easter
from dateutil.rrule import MONTHLY, YEARLY, rrule, weekday

__all__ = [
    "Dated",
    "EasterOffset",
    "Fixed",
    "HolidayRule",
    "NthWeekday",
    "Observance",
    "Period",
    "StBrigidsDay",
    "WeekdayNear",
    "observe",
]


class Observance(enum.StrEnum):
    """What happens when a holiday falls on a weekend.

    * ``NONE``: nothing; the holiday is lost (Ireland, Good Friday...).
    * ``SUBSTITUTE``: the next weekday that is not already a holiday (UK substitute
      days, NZ "Mondayisation", Australian and Canadian practice). Holidays are
      placed in date order, so Christmas on a Saturday goes to Monday and Boxing Day
      on the Sunday to Tuesday.
    * ``NEAREST``: Saturday to the Friday before, Sunday to the Monday after
      (US federal, 5 U.S.C. 6103 and Executive Order 11582).
    """

    NONE = "none"
    SUBSTITUTE = "substitute"
    NEAREST = "nearest"


class HolidayRule(Protocol):
    """Anything that names a holiday and gives its dates in a year."""

    @property
    def name(self) -> str: ...

    @property
    def observance(self) -> Observance: ...

    def dates(self, year: int) -> tuple[dt.date, ...]:
        """The holiday's own (unmoved) dates in ``year``; empty when not in force."""
        ...


def _in_force(year: int, since: int | None, until: int | None) -> bool:
    return (since is None or year >= since) and (until is None or year <= until)


def _nth_weekday(year: int, month: int, wd: int, n: int) -> dt.date:
    rule = rrule(
        MONTHLY,
        count=1,
        dtstart=dt.datetime(year, month, 1),
        bymonth=month,
        byweekday=weekday(wd, n),
    )
    return rule[0].date()


@attrs.frozen(kw_only=True)
class Fixed:
    """The same day every year: ``Fixed("Christmas Day", month=12, day=25)``.

    >>> Fixed("Christmas Day", month=12, day=25).dates(2024)
    (datetime.date(2024, 12, 25),)
    """

    name: str = attrs.field(kw_only=False)
    month: int
    day: int
    observance: Observance = Observance.NONE
    since: int | None = None
    until: int | None = None

    def dates(self, year: int) -> tuple[dt.date, ...]:
        """The date in ``year``, if the rule is in force."""
        if not _in_force(year, self.since, self.until):
            return ()
        return (dt.date(year, self.month, self.day),)


@attrs.frozen(kw_only=True)
class NthWeekday:
    """The n-th (``n=-1``: last) given weekday (0 = Monday) of a month.

    >>> NthWeekday("Thanksgiving Day", month=11, weekday=3, n=4).dates(2025)
    (datetime.date(2025, 11, 27),)
    """

    name: str = attrs.field(kw_only=False)
    month: int
    weekday: int
    n: int
    observance: Observance = Observance.NONE
    since: int | None = None
    until: int | None = None

    def dates(self, year: int) -> tuple[dt.date, ...]:
        """The date in ``year``, found with ``dateutil.rrule``."""
        if not _in_force(year, self.since, self.until):
            return ()
        return (_nth_weekday(year, self.month, self.weekday, self.n),)


@attrs.frozen(kw_only=True)
class EasterOffset:
    """A day counted from Western Easter Sunday (``dateutil.easter``).

    >>> EasterOffset("Easter Monday", offset=1).dates(2025)
    (datetime.date(2025, 4, 21),)
    """

    name: str = attrs.field(kw_only=False)
    offset: int
    observance: Observance = Observance.NONE
    since: int | None = None
    until: int | None = None

    def dates(self, year: int) -> tuple[dt.date, ...]:
        """The date in ``year``."""
        if not _in_force(year, self.since, self.until):
            return ()
        return (easter(year) + dt.timedelta(days=self.offset),)


@attrs.frozen(kw_only=True)
class WeekdayNear:
    """A weekday on or after, on or before, or nearest to a fixed day.

    ``mode`` is ``"after"``, ``"before"`` or ``"nearest"`` (ties cannot happen:
    the nearest weekday is at most three days away).

    >>> WeekdayNear("Victoria Day", month=5, day=24, weekday=0, mode="before").dates(2024)
    (datetime.date(2024, 5, 20),)
    >>> WeekdayNear("Wellington Anniversary Day", month=1, day=22, weekday=0,
    ...             mode="nearest").dates(2026)
    (datetime.date(2026, 1, 19),)
    """

    name: str = attrs.field(kw_only=False)
    month: int
    day: int
    weekday: int
    mode: str = attrs.field(validator=attrs.validators.in_(("after", "before", "nearest")))
    observance: Observance = Observance.NONE
    since: int | None = None
    until: int | None = None

    def dates(self, year: int) -> tuple[dt.date, ...]:
        """The date in ``year``, found with ``dateutil.rrule`` around the anchor day."""
        if not _in_force(year, self.since, self.until):
            return ()
        anchor = dt.datetime(year, self.month, self.day)
        byday = weekday(self.weekday)
        after = rrule(YEARLY, dtstart=anchor, byweekday=byday, count=1)[0].date()
        before = after - dt.timedelta(days=7) if after != anchor.date() else after
        if self.mode == "after":
            return (after,)
        if self.mode == "before":
            return (before,)
        nearer = after if (after - anchor.date()) <= (anchor.date() - before) else before
        return (nearer,)


@attrs.frozen(kw_only=True)
class StBrigidsDay:
    """Ireland's February holiday (from 2023): the first Monday in February, or
    1 February itself when that is a Friday.

    >>> StBrigidsDay().dates(2025), StBrigidsDay().dates(2030)
    ((datetime.date(2025, 2, 3),), (datetime.date(2030, 2, 1),))
    """

    name: str = "St Brigid’s Day"
    observance: Observance = Observance.NONE
    since: int | None = 2023
    until: int | None = None

    def dates(self, year: int) -> tuple[dt.date, ...]:
        """The date in ``year``."""
        if not _in_force(year, self.since, self.until):
            return ()
        first = dt.date(year, 2, 1)
        if first.weekday() == 4:
            return (first,)
        return (_nth_weekday(year, 2, 0, 1),)


def _sorted_days(value: Iterable[dt.date]) -> tuple[dt.date, ...]:
    return tuple(sorted(value))


@attrs.frozen(kw_only=True)
class Dated:
    """Dates fixed by law year by year (NZ Matariki), as data, not a formula.

    >>> Dated("Matariki", days=(dt.date(2024, 6, 28),)).dates(2024)
    (datetime.date(2024, 6, 28),)
    """

    name: str = attrs.field(kw_only=False)
    days: tuple[dt.date, ...] = attrs.field(converter=_sorted_days)
    observance: Observance = Observance.NONE

    def dates(self, year: int) -> tuple[dt.date, ...]:
        """The listed dates that fall in ``year``."""
        return tuple(d for d in self.days if d.year == year)


@attrs.frozen(kw_only=True)
class Period:
    """A span of days, every year, that are not working days, such as the NZ
    summer period from 25 December to 15 January. It may cross the new year.

    >>> len(Period("summer period", start=(12, 25), end=(1, 15)).dates(2024))
    22
    """

    name: str = attrs.field(kw_only=False)
    start: tuple[int, int]
    end: tuple[int, int]
    observance: Observance = Observance.NONE

    def dates(self, year: int) -> tuple[dt.date, ...]:
        """Every day of ``year`` inside the span."""
        days: list[dt.date] = []
        starts = [dt.date(year, *self.start)]
        if self.end < self.start:  # crosses the new year: also the tail of last year's
            starts.insert(0, dt.date(year - 1, *self.start))
        for first in starts:
            last = dt.date(first.year + (self.end < self.start), *self.end)
            day = first
            while day <= last:
                if day.year == year:
                    days.append(day)
                day += dt.timedelta(days=1)
        return tuple(days)


def observe(
    raw: Iterable[tuple[dt.date, str, Observance]], weekend: frozenset[int]
) -> dict[dt.date, str]:
    """Place holidays on the days they are kept.

    ``raw`` holds (own date, name, observance) triples. Weekend holidays with
    :attr:`Observance.SUBSTITUTE` move, in date order, to the next weekday that is
    not already a holiday, and are named ``"<name> (substitute day)"``; with
    :attr:`Observance.NEAREST` Saturday moves back to Friday and Sunday on to Monday.
    A moved holiday is listed on its new day only.

    >>> sat = dt.date(2021, 12, 25)
    >>> observe([(sat, "Christmas Day", Observance.SUBSTITUTE),
    ...          (sat + dt.timedelta(1), "Boxing Day", Observance.SUBSTITUTE)],
    ...         frozenset({5, 6}))  # doctest: +NORMALIZE_WHITESPACE
    {datetime.date(2021, 12, 27): 'Christmas Day (substitute day)',
     datetime.date(2021, 12, 28): 'Boxing Day (substitute day)'}
    """
    items = sorted(raw, key=lambda t: (t[0], t[1]))
    out: dict[dt.date, str] = {}
    moving: list[tuple[dt.date, str, Observance]] = []
    for day, name, how in items:
        if day.weekday() in weekend and how is not Observance.NONE:
            moving.append((day, name, how))
        else:
            _put(out, day, name)
    for day, name, how in moving:
        if how is Observance.NEAREST:
            shift = -1 if day.weekday() == 5 else 1
            _put(out, day + dt.timedelta(days=shift), f"{name} (observed)")
            continue
        new = day + dt.timedelta(days=1)
        while new.weekday() in weekend or new in out:
            new += dt.timedelta(days=1)
        out[new] = f"{name} (substitute day)"
    return out


def _put(out: dict[dt.date, str], day: dt.date, name: str) -> None:
    if day in out and name not in out[day]:
        out[day] = f"{out[day]}; {name}"
    else:
        out.setdefault(day, name)
