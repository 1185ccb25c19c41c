"""Working-day calendars: weekend + holiday rules + dated extras, composable.

A :class:`Calendar` is plain, hashable data. Regional calendars come from
:func:`foimodel.deadlines.regions.calendar_for`.

>>> import datetime as dt
>>> from foimodel.deadlines.regions import calendar_for
>>> uk = calendar_for("GB")
>>> uk.is_working_day(dt.date(2024, 3, 18))  # St Patrick's Day (substitute), NI
False
>>> uk.add_working_days(dt.date(2024, 12, 20), 3)  # 23, 24, 27 December
datetime.date(2024, 12, 27)
>>> working_days_between(dt.date(2024, 12, 20), dt.date(2024, 12, 27), uk)
3
"""

from __future__ import annotations

import datetime as dt
import functools
from collections.abc import Iterable, Mapping

import attrs

from foimodel.deadlines.holidays import (
    HolidayRule,
    Observance,
    Period,
    observe,
)

__all__ = ["Calendar", "working_days_between"]

_WEEKEND = frozenset({5, 6})
_DAY = dt.timedelta(days=1)
_WEEKDAY_NAMES = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
MO, TU, TH = 0, 1, 3
SUB, NEAR = Observance.SUBSTITUTE, Observance.NEAREST


def _sorted_pairs(value: Iterable[tuple[dt.date, str]]) -> tuple[tuple[dt.date, str], ...]:
    return tuple(sorted(value))


def _rules(value: Iterable[HolidayRule]) -> tuple[HolidayRule, ...]:
    return tuple(value)


def _calendars(value: Iterable[Calendar]) -> tuple[Calendar, ...]:
    return tuple(value)


def _days(value: Iterable[dt.date]) -> frozenset[dt.date]:
    return frozenset(value)


def _weekdays(value: Iterable[int]) -> frozenset[int]:
    return frozenset(value)


@attrs.frozen(kw_only=True, cache_hash=True)
class Calendar:
    """Which days are working days.

    ``rules`` compute holidays each year; ``extra`` adds dated holidays and
    ``cancelled`` drops rule dates (a moved bank holiday); ``parts`` are other
    calendars whose holidays also count (a union: UK FOIA counts a bank holiday
    in any part of the UK). A day is a working day when it is not a weekend day
    of this calendar or any part, and not a holiday of any of them.

    >>> import datetime as dt
    >>> from foimodel.deadlines.holidays import Fixed
    >>> from foimodel.deadlines.regions import calendar_for
    >>> cal = Calendar(name="demo", rules=(Fixed("Founders' Day", month=3, day=1),))
    >>> cal.holidays(2024)
    {datetime.date(2024, 3, 1): "Founders' Day"}
    >>> cal.with_extra({dt.date(2024, 3, 4): "Snow day"}).add_working_days(
    ...     dt.date(2024, 2, 29), 2)
    datetime.date(2024, 3, 6)
    """

    name: str
    rules: tuple[HolidayRule, ...] = attrs.field(default=(), converter=_rules)
    weekend: frozenset[int] = attrs.field(default=_WEEKEND, converter=_weekdays)
    extra: tuple[tuple[dt.date, str], ...] = attrs.field(default=(), converter=_sorted_pairs)
    cancelled: frozenset[dt.date] = attrs.field(default=frozenset(), converter=_days)
    parts: tuple[Calendar, ...] = attrs.field(default=(), converter=_calendars)

    def holidays(self, year: int) -> dict[dt.date, str]:
        """The non-working days of ``year`` other than plain weekends, by date, with
        their names (weekend holidays that were not moved are included too).

        >>> import datetime as dt
        >>> from foimodel.deadlines import calendar_for
        >>> calendar_for("GB-SCT").holidays(2024)[dt.date(2024, 12, 2)]
        'St Andrew’s Day (substitute day)'
        """
        if not isinstance(year, int):
            raise TypeError(f"year must be an int, not {type(year).__name__}")
        return dict(_holidays(self, year))

    def is_working_day(self, day: dt.date) -> bool:
        """Not a weekend day and not a holiday.

        >>> import datetime as dt
        >>> from foimodel.deadlines import calendar_for
        >>> calendar_for("US").is_working_day(dt.date(2024, 7, 4))
        False
        """
        return self.reason(day) is None

    def reason(self, day: dt.date) -> str | None:
        """Why ``day`` is not a working day (holiday name, or ``"Saturday"``...), or
        ``None`` for a working day.

        >>> import datetime as dt
        >>> from foimodel.deadlines import calendar_for
        >>> calendar_for("GB-EAW").reason(dt.date(2025, 4, 18))
        'Good Friday'
        """
        _check_date(day, "day")
        name = _holidays(self, day.year).get(day)
        if name is not None:
            return name
        if day.weekday() in self.all_weekend:
            return _WEEKDAY_NAMES[day.weekday()]
        return None

    @property
    def all_weekend(self) -> frozenset[int]:
        """Weekend days of this calendar and all its parts."""
        return _all_weekend(self)

    def next_working_day(self, day: dt.date) -> dt.date:
        """``day`` itself if it is a working day, else the first working day after it."""
        _check_date(day, "day")
        while not self.is_working_day(day):
            day += _DAY
        return day

    def add_working_days(self, day: dt.date, n: int) -> dt.date:
        """The ``n``-th working day after ``day`` (before it when ``n`` is negative);
        ``day`` itself is not counted, and ``n == 0`` returns ``day``.

        >>> import datetime as dt
        >>> from foimodel.deadlines import calendar_for
        >>> calendar_for("GB-EAW").add_working_days(dt.date(2024, 3, 27), 2)
        datetime.date(2024, 4, 2)
        """
        _check_date(day, "day")
        if not isinstance(n, int) or isinstance(n, bool):
            raise TypeError(f"n must be an int, not {type(n).__name__}")
        step = _DAY if n >= 0 else -_DAY
        left = abs(n)
        while left:
            day += step
            if self.is_working_day(day):
                left -= 1
        return day

    def with_extra(self, days: Mapping[dt.date, str], *, name: str | None = None) -> Calendar:
        """A copy with more holidays (one-offs, school closures...).

        >>> import datetime as dt
        >>> from foimodel.deadlines import calendar_for
        >>> cal = calendar_for("IE").with_extra({dt.date(2030, 1, 2): "Closure"})
        >>> cal.is_working_day(dt.date(2030, 1, 2))
        False
        """
        if not isinstance(days, Mapping):
            raise TypeError(f"days must be a mapping of date to name, not {type(days).__name__}")
        for day, label in days.items():
            _check_date(day, "days")
            if not isinstance(label, str):
                raise TypeError("days must map dates to str names")
        merged = dict(self.extra)
        merged.update(days)
        return attrs.evolve(self, extra=merged.items(), name=name or self.name)

    def with_closed(self, start: dt.date, end: dt.date, label: str) -> Calendar:
        """A copy where every day from ``start`` to ``end`` inclusive is closed
        (a school holiday, an office closure).

        >>> cal = Calendar(name="school").with_closed(
        ...     dt.date(2024, 10, 28), dt.date(2024, 11, 1), "half term")
        >>> cal.add_working_days(dt.date(2024, 10, 25), 1)
        datetime.date(2024, 11, 4)
        """
        _check_date(start, "start")
        _check_date(end, "end")
        days: dict[dt.date, str] = {}
        day = start
        while day <= end:
            days[day] = label
            day += _DAY
        return self.with_extra(days)

    def without(self, days: Iterable[dt.date]) -> Calendar:
        """A copy where the given rule dates are not holidays (a moved holiday)."""
        dates = frozenset(days)
        for day in dates:
            _check_date(day, "days")
        return attrs.evolve(self, cancelled=self.cancelled | dates)

    def union(self, *others: Calendar, name: str | None = None) -> Calendar:
        """A calendar whose non-working days are those of any of the calendars.

        >>> import datetime as dt
        >>> from foimodel.deadlines import calendar_for
        >>> calendar_for("GB-EAW").union(calendar_for("GB-SCT")).is_working_day(
        ...     dt.date(2024, 8, 5))
        False
        """
        for other in others:
            if not isinstance(other, Calendar):
                raise TypeError(f"others must be Calendar, not {type(other).__name__}")
        label = name or " + ".join(c.name for c in (self, *others))
        return Calendar(name=label, parts=(self, *others), weekend=frozenset())

    def __or__(self, other: Calendar) -> Calendar:
        return self.union(other)


@functools.lru_cache(maxsize=256)
def _all_weekend(cal: Calendar) -> frozenset[int]:
    return cal.weekend.union(*(p.all_weekend for p in cal.parts))


@functools.lru_cache(maxsize=8192)
def _holidays(cal: Calendar, year: int) -> Mapping[dt.date, str]:
    raw = [
        (day, rule.name, rule.observance)
        for y in (year - 1, year, year + 1)
        for rule in cal.rules
        if not isinstance(rule, Period)
        for day in rule.dates(y)
        if day not in cal.cancelled
    ]
    own = {d: n for d, n in observe(raw, cal.weekend).items() if d.year == year}
    for rule in cal.rules:
        if isinstance(rule, Period):  # closures never push substitute days around
            for day in rule.dates(year):
                own[day] = f"{own[day]}; {rule.name}" if day in own else rule.name
    for day, label in cal.extra:
        if day.year == year:
            own[day] = label
    if not cal.parts:
        return own
    tables = {part.name: _holidays(part, year) for part in cal.parts}
    if own:
        tables[cal.name] = own
    return _merge(tables)


def _merge(tables: Mapping[str, Mapping[dt.date, str]]) -> dict[dt.date, str]:
    """Union of holiday tables; a day kept in only some, or under different names,
    says where: ``"St Patrick’s Day [GB-NIR]"``."""
    out: dict[dt.date, str] = {}
    for day in sorted({d for table in tables.values() for d in table}):
        names: dict[str, list[str]] = {}
        for label, table in tables.items():
            if day in table:
                names.setdefault(table[day], []).append(label)
        if len(names) == 1 and len(next(iter(names.values()))) == len(tables):
            out[day] = next(iter(names))
        else:
            out[day] = "; ".join(f"{n} [{', '.join(where)}]" for n, where in names.items())
    return out


def working_days_between(a: dt.date, b: dt.date, calendar: Calendar) -> int:
    """Working days after ``a`` up to and including ``b`` (negative when ``b < a``),
    so ``working_days_between(d, calendar.add_working_days(d, n), calendar) == n``.

    >>> import datetime as dt
    >>> from foimodel.deadlines import calendar_for
    >>> working_days_between(dt.date(2024, 1, 5), dt.date(2024, 1, 8), calendar_for("US"))
    1
    """
    _check_date(a, "a")
    _check_date(b, "b")
    if not isinstance(calendar, Calendar):
        raise TypeError(f"calendar must be a Calendar, not {type(calendar).__name__}")
    if b < a:
        return -working_days_between(b, a, calendar)
    return _working_days(a, b, calendar)


def _working_days(a: dt.date, b: dt.date, calendar: Calendar) -> int:
    # Weekdays by arithmetic, less the holidays that fall on them: the cost grows
    # with the years spanned, not the days (a misread "9990" costs no more than a loop
    # over its years' holiday tables).
    weekend = calendar.all_weekend
    weeks, rest = divmod((b - a).days, 7)
    count = weeks * (7 - len(weekend))
    first = a.weekday()
    count += sum((first + k) % 7 not in weekend for k in range(1, rest + 1))
    for year in range(a.year, b.year + 1):
        count -= sum(
            a < day <= b and day.weekday() not in weekend for day in _holidays(calendar, year)
        )
    return count


def _check_date(value: object, argument: str) -> None:
    if not isinstance(value, dt.date) or isinstance(value, dt.datetime):
        raise TypeError(f"{argument} must be a datetime.date, not {type(value).__name__}")
