"""Statutory time limits as data (``laws.toml``) and the due-date calculation.

>>> import datetime as dt
>>> due = due_date(dt.date(2024, 3, 27), "uk-foia-2000")  # Easter inside the period
>>> due.date
datetime.date(2024, 4, 26)
>>> print(due.explain().splitlines()[0])
Due 2024-04-26 under uk-foia-2000: 20 working days (calendar GB) counted after 2024-03-27.
"""

from __future__ import annotations

import datetime as dt
import functools
import tomllib
from collections.abc import Iterable, Mapping
from importlib import resources
from typing import Any, Literal

import attrs

from foimodel.deadlines.calendars import Calendar
from foimodel.deadlines.holidays import Period
from foimodel.deadlines.regions import calendar_for
from foimodel.errors import UnknownLawError

__all__ = [
    "DueDate",
    "Extension",
    "LawRule",
    "SkippedDay",
    "Variant",
    "due_date",
    "law_ids",
    "rule_for",
]

Unit = Literal["working", "calendar"]
Receipt = Literal["next-working-day", "as-received"]
_DAY = dt.timedelta(days=1)


@attrs.frozen(kw_only=True)
class Extension:
    """A named extension of the time limit; ``days == 0`` means "a reasonable
    period" whose length the caller gives as an int."""

    name: str
    days: int
    basis: str


@attrs.frozen(kw_only=True)
class Variant:
    """A variant limit (UK schools): ``limit`` units, or ``school_days`` days of a
    school calendar when one is given, whichever comes first."""

    name: str
    limit: int
    basis: str
    school_days: int | None = None


@attrs.frozen(kw_only=True)
class LawRule:
    """One law's time limit, as read from ``laws.toml``.

    >>> rule_for("nz-oia-1982").limit, rule_for("nz-oia-1982").unit
    (20, 'working')
    """

    law: str
    title: str
    limit: int
    unit: Unit
    basis: str
    calendar: str
    regions: Mapping[str, str] = attrs.field(factory=dict, hash=False)
    receipt: Receipt = "as-received"
    roll: str = "none"
    roll_basis: str = ""
    closed: tuple[Period, ...] = ()
    clock_stops: str = ""
    extensions: tuple[Extension, ...] = ()
    variants: tuple[Variant, ...] = ()
    aliases: tuple[str, ...] = ()
    uncertain: tuple[str, ...] = ()

    def calendar_for(self, region: str | None = None) -> Calendar:
        """The working-day calendar of this law, for ``region`` when it has several.

        >>> rule_for("nz-oia-1982").calendar_for().is_working_day(dt.date(2025, 1, 10))
        False
        """
        code = self.calendar
        if region is not None:
            if not isinstance(region, str):
                raise TypeError(f"region must be a str or None, not {type(region).__name__}")
            known = {k.upper(): v for k, v in self.regions.items()}
            if region.upper() not in known:
                raise ValueError(
                    f"region {region!r} is not known for {self.law}; "
                    f"use one of {', '.join(sorted(self.regions))}"
                )
            code = known[region.upper()]
        return _law_calendar(self, code)

    def extension(self, name: str) -> Extension:
        """The named extension, or ``ValueError`` listing the known names."""
        for ext in self.extensions:
            if ext.name == name:
                return ext
        names = ", ".join(e.name for e in self.extensions) or "none"
        raise ValueError(f"{self.law} has no extension {name!r} (known: {names})")


@functools.cache
def _law_calendar(rule: LawRule, code: str) -> Calendar:
    base = calendar_for(code)
    if not rule.closed:
        return base
    name = f"{code} + " + ", ".join(p.name for p in rule.closed)
    return attrs.evolve(base, rules=base.rules + rule.closed, name=name)


@attrs.frozen(kw_only=True)
class SkippedDay:
    """A day passed over while counting, and why ("Saturday", "Good Friday",
    "clock stopped", "summer period ...")."""

    date: dt.date
    reason: str


@attrs.frozen(kw_only=True)
class DueDate:
    """A due date and how it was reached.

    ``start`` is day zero (the day of receipt, or the next working day when the law
    counts a request received on a non-working day as received then); ``days`` are
    the units counted after it (limit plus extensions); ``skipped`` lists every day
    passed over and why; ``steps`` says which rules applied, in order; ``notes``
    holds caveats (a deadline left on a non-working day, points to verify).
    """

    date: dt.date
    law: str
    received: dt.date
    start: dt.date
    days: int
    unit: Unit
    calendar: str
    steps: tuple[str, ...] = ()
    skipped: tuple[SkippedDay, ...] = ()
    notes: tuple[str, ...] = ()

    def explain(self) -> str:
        """The calculation in words, one line per fact.

        >>> import datetime as dt
        >>> print(due_date(dt.date(2025, 6, 2), "ca-atia").explain())
        Due 2025-07-02 under ca-atia: 30 calendar days (calendar CA) counted after 2025-06-02.
        - s.7: within 30 days after the request is received
        """
        head = (
            f"Due {self.date.isoformat()} under {self.law}: {self.days} {self.unit} days "
            f"(calendar {self.calendar}) counted after {self.start.isoformat()}."
        )
        lines = [head, *(f"- {s}" for s in self.steps)]
        if self.skipped:
            lines.append("Days not counted:")
            lines.extend(f"  {s.date.isoformat()} {s.reason}" for s in self.skipped)
        lines.extend(f"Note: {n}" for n in self.notes)
        return "\n".join(lines)


@functools.cache
def _table() -> dict[str, LawRule]:
    text = resources.files("foimodel.deadlines").joinpath("laws.toml").read_text("utf-8")
    table: dict[str, LawRule] = {}
    for law, raw in tomllib.loads(text).items():
        rule = _parse_rule(law, raw)
        for key in (law, *rule.aliases):
            table[key.lower()] = rule
    return table


def _parse_rule(law: str, raw: dict[str, Any]) -> LawRule:
    return LawRule(
        law=law,
        title=raw["title"],
        limit=raw["limit"],
        unit=raw["unit"],
        basis=raw["basis"],
        calendar=raw["calendar"],
        regions=dict(raw.get("regions", {})),
        receipt=raw.get("receipt", "as-received"),
        roll=raw.get("roll", "none"),
        roll_basis=raw.get("roll_basis", ""),
        closed=tuple(
            Period(c["name"], start=tuple(c["start"]), end=tuple(c["end"]))
            for c in raw.get("closed", ())
        ),
        clock_stops=raw.get("clock_stops", ""),
        extensions=tuple(
            Extension(name=k, days=v["days"], basis=v["basis"])
            for k, v in raw.get("extensions", {}).items()
        ),
        variants=tuple(
            Variant(name=k, limit=v["limit"], basis=v["basis"], school_days=v.get("school_days"))
            for k, v in raw.get("variants", {}).items()
        ),
        aliases=tuple(raw.get("aliases", ())),
        uncertain=tuple(raw.get("uncertain", ())),
    )


@functools.cache
def law_ids() -> tuple[str, ...]:
    """The ids of every law with a time-limit rule (aliases not included).

    >>> "us-foia" in law_ids()
    True
    """
    return tuple(dict.fromkeys(r.law for r in _table().values()))


def rule_for(law: str) -> LawRule:
    """The :class:`LawRule` for a law id or alias (any case).

    >>> rule_for("FOISA").law
    'scot-foisa-2002'
    """
    if not isinstance(law, str):
        raise TypeError(f"law must be a str, not {type(law).__name__}")
    try:
        return _table()[law.strip().lower()]
    except KeyError:
        raise UnknownLawError(law) from None


def due_date(
    received: dt.date,
    law: str,
    *,
    region: str | None = None,
    extensions: Iterable[str | int] = (),
    clock_stops: Iterable[tuple[dt.date, dt.date]] = (),
    variant: str | None = None,
    school_calendar: Calendar | None = None,
    receipt: Receipt | None = None,
) -> DueDate:
    """When the answer to a request received on ``received`` is due under ``law``.

    ``extensions`` are names from the law's table (``"public-interest"``) or ints
    (further days, in the law's unit, for "a reasonable period"). ``clock_stops``
    are inclusive ``(first, last)`` spans of days that are not counted. ``variant``
    selects a variant limit (``"schools"`` for UK FOIA: the earlier of 20 school
    days of ``school_calendar`` and 60 working days; without a school calendar only
    the 60-working-day cap is used). ``receipt`` overrides the law's handling of a
    request received on a non-working day.

    >>> import datetime as dt
    >>> due_date(dt.date(2024, 12, 20), "nz-oia-1982").date  # summer period skipped
    datetime.date(2025, 2, 11)
    >>> due_date(dt.date(2024, 1, 2), "us-foia", extensions=["unusual-circumstances"]).date
    datetime.date(2024, 2, 14)
    """
    _check_date(received, "received")
    rule = rule_for(law)
    calendar = rule.calendar_for(region)
    stops = _check_stops(clock_stops)
    exts = _check_extensions(rule, extensions)
    if receipt is not None and receipt not in ("next-working-day", "as-received"):
        raise ValueError(f"receipt must be 'next-working-day' or 'as-received', not {receipt!r}")
    if school_calendar is not None and not isinstance(school_calendar, Calendar):
        raise TypeError(f"school_calendar must be a Calendar, not {type(school_calendar).__name__}")
    limit, steps, notes = rule.limit, [rule.basis], list(rule.uncertain)
    var: Variant | None = None
    if variant is not None:
        if not isinstance(variant, str):
            raise TypeError(f"variant must be a str, not {type(variant).__name__}")
        var = next((v for v in rule.variants if v.name == variant), None)
        if var is None:
            raise ValueError(f"{rule.law} has no variant {variant!r}")
        limit = var.limit
        steps.append(f"variant {var.name}: {var.basis}")
    for label, days in exts:
        limit += days
        steps.append(f"extension {label}: +{days} {rule.unit} days")
    if stops:
        steps.append(f"clock stopped {_spans(stops)}: " + (rule.clock_stops or "as given"))
    skipped: list[SkippedDay] = []
    start = received
    if rule.unit == "working":
        policy = receipt or rule.receipt
        if policy == "next-working-day" and not calendar.is_working_day(received):
            start = calendar.next_working_day(received)
            skipped.extend(_passed(calendar, received, start, "received on a non-working day"))
            steps.append(f"received on a non-working day: counted as received {start}")
    due, passed = _count(start, limit, calendar if rule.unit == "working" else None, stops)
    skipped.extend(passed)
    if var is not None and var.school_days is not None:
        due, skipped, note = _schools(start, due, skipped, var, school_calendar, stops)
        steps.append(note)
    if rule.unit == "calendar":
        due = _roll(rule, calendar, due, skipped, steps, notes)
    return DueDate(
        date=due,
        law=rule.law,
        received=received,
        start=start,
        days=limit,
        unit=rule.unit,
        calendar=calendar.name,
        steps=tuple(steps),
        skipped=tuple(skipped),
        notes=tuple(notes),
    )


def _count(
    start: dt.date, n: int, calendar: Calendar | None, stops: tuple[tuple[dt.date, dt.date], ...]
) -> tuple[dt.date, list[SkippedDay]]:
    """Count ``n`` days after ``start``: working days of ``calendar``, or every day
    when it is ``None``; days inside a clock stop are never counted."""
    day, counted, skipped = start, 0, []
    while counted < n:
        day += _DAY
        if any(a <= day <= b for a, b in stops):
            skipped.append(SkippedDay(date=day, reason="clock stopped"))
            continue
        why = calendar.reason(day) if calendar is not None else None
        if why is not None:
            skipped.append(SkippedDay(date=day, reason=why))
            continue
        counted += 1
    return day, skipped


def _passed(calendar: Calendar, first: dt.date, end: dt.date, why: str) -> list[SkippedDay]:
    out, day = [], first
    while day < end:
        out.append(SkippedDay(date=day, reason=f"{calendar.reason(day)} ({why})"))
        day += _DAY
    return out


def _schools(
    start: dt.date,
    due: dt.date,
    skipped: list[SkippedDay],
    var: Variant,
    school_calendar: Calendar | None,
    stops: tuple[tuple[dt.date, dt.date], ...],
) -> tuple[dt.date, list[SkippedDay], str]:
    assert var.school_days is not None
    if school_calendar is None:
        note = (
            f"no school calendar given: only the {var.limit}-working-day cap is applied "
            f"(the {var.school_days}-school-day limit may come first)"
        )
        return due, skipped, note
    school_due, school_skipped = _count(start, var.school_days, school_calendar, stops)
    if school_due < due:
        note = f"the {var.school_days}th school day ({school_due}) comes first"
        return school_due, school_skipped, note
    return due, skipped, f"the {var.limit}th working day comes before the school-day limit"


def _roll(
    rule: LawRule,
    calendar: Calendar,
    due: dt.date,
    skipped: list[SkippedDay],
    steps: list[str],
    notes: list[str],
) -> dt.date:
    why = calendar.reason(due)
    if why is None:
        return due
    if rule.roll == "next-working-day":
        new = calendar.next_working_day(due)
        skipped.extend(_passed(calendar, due, new, "last day not a working day"))
        steps.append(f"last day {due} is {why}: moved to {new} ({rule.roll_basis})")
        return new
    notes.append(
        f"the last day, {due}, is not a working day ({why}); left as is: {rule.roll_basis}"
    )
    return due


def _check_date(value: object, argument: str) -> None:
    if not isinstance(value, dt.date) or isinstance(value, dt.datetime):
        raise TypeError(f"{argument} must be a datetime.date, not {type(value).__name__}")


def _check_stops(value: object) -> tuple[tuple[dt.date, dt.date], ...]:
    if isinstance(value, str | bytes) or not isinstance(value, Iterable):
        raise TypeError("clock_stops must be an iterable of (first, last) date pairs")
    out = []
    for pair in value:
        if not isinstance(pair, tuple | list) or len(pair) != 2:
            raise TypeError("clock_stops must be an iterable of (first, last) date pairs")
        first, last = pair
        _check_date(first, "clock_stops")
        _check_date(last, "clock_stops")
        if last < first:
            raise ValueError(f"clock_stops: {last} is before {first}")
        out.append((first, last))
    return tuple(out)


def _check_extensions(rule: LawRule, value: object) -> list[tuple[str, int]]:
    if isinstance(value, str | bytes) or not isinstance(value, Iterable):
        raise TypeError("extensions must be an iterable of extension names or ints")
    out: list[tuple[str, int]] = []
    for item in value:
        if isinstance(item, bool) or not isinstance(item, str | int):
            raise TypeError(f"extensions must hold str or int, not {type(item).__name__}")
        if isinstance(item, int):
            if item < 0:
                raise ValueError(f"extensions: {item} is negative")
            out.append((f"{item} days given", item))
            continue
        ext = rule.extension(item)
        if ext.days == 0:
            raise ValueError(
                f"extension {item!r} of {rule.law} is 'a reasonable period': pass its length "
                "as an int"
            )
        out.append((f"{ext.name} ({ext.basis})", ext.days))
    return out


def _spans(stops: tuple[tuple[dt.date, dt.date], ...]) -> str:
    return ", ".join(f"{a}..{b}" for a, b in stops)
