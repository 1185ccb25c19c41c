"""Regional holiday calendars, by ISO 3166 code, built from rules plus ``holidays.toml``.

``"GB-EAW"``, ``"GB-SCT"``, ``"GB-NIR"`` and ``"GB"`` (the union of the three),
``"US"`` (federal), ``"US-MA"``, ``"IE"``, ``"AU"`` (national days only),
``"AU-ACT"``, ``"AU-VIC"``, ``"NZ"`` and NZ anniversary regions (``"NZ-WGN"``...),
``"CA"`` (federal), ``"CA-ON"``.

>>> import datetime as dt
>>> calendar_for("IE").holidays(2025)[dt.date(2025, 2, 3)]
'St Brigid’s Day'
"""

from __future__ import annotations

import functools
import tomllib
from collections.abc import Callable
from importlib import resources
from typing import Any

import attrs

from foimodel.deadlines.calendars import Calendar
from foimodel.deadlines.holidays import (
    Dated,
    EasterOffset,
    Fixed,
    HolidayRule,
    NthWeekday,
    Observance,
    StBrigidsDay,
    WeekdayNear,
)

__all__ = ["calendar_for", "calendar_ids"]

MO, TU, TH = 0, 1, 3
SUB, NEAR = Observance.SUBSTITUTE, Observance.NEAREST


# --- data: one-offs and per-year dates (holidays.toml) ---


@functools.cache
def _data() -> dict[str, Any]:
    text = resources.files("foimodel.deadlines").joinpath("holidays.toml").read_text("utf-8")
    return tomllib.loads(text)


def _apply_data(cal: Calendar) -> Calendar:
    data = _data()
    extra = {e["date"]: e["name"] for e in data.get("extra", ()) if cal.name in e["calendars"]}
    cancelled = [c["date"] for c in data.get("cancelled", ()) if cal.name in c["calendars"]]
    dated = tuple(
        Dated(d["name"], days=tuple(d["dates"]))
        for d in data.get("dated", ())
        if cal.name in d["calendars"]
    )
    return attrs.evolve(cal, rules=cal.rules + dated).with_extra(extra).without(cancelled)


# --- regional rules ---


def _christmas(obs: Observance = SUB, boxing: str = "Boxing Day") -> tuple[HolidayRule, ...]:
    return (Fixed("Christmas Day", month=12, day=25, observance=obs),) + (
        (Fixed(boxing, month=12, day=26, observance=obs),) if boxing else ()
    )


_GOOD_FRIDAY = EasterOffset("Good Friday", offset=-2)
_EASTER_MONDAY = EasterOffset("Easter Monday", offset=1)
_NEW_YEAR = Fixed("New Year’s Day", month=1, day=1, observance=SUB)
_UK_COMMON = (
    _NEW_YEAR,
    _GOOD_FRIDAY,
    NthWeekday("Early May bank holiday", month=5, weekday=MO, n=1, since=1978),
    NthWeekday("Spring bank holiday", month=5, weekday=MO, n=-1, since=1971),
)


def _gb_eaw() -> tuple[HolidayRule, ...]:
    return (
        *_UK_COMMON,
        _EASTER_MONDAY,
        NthWeekday("Summer bank holiday", month=8, weekday=MO, n=-1, since=1971),
        *_christmas(),
    )


def _gb_sct() -> tuple[HolidayRule, ...]:
    return (
        *_UK_COMMON,
        Fixed("2nd January", month=1, day=2, observance=SUB),
        NthWeekday("Summer bank holiday", month=8, weekday=MO, n=1),
        Fixed("St Andrew’s Day", month=11, day=30, observance=SUB, since=2007),
        *_christmas(),
    )


def _gb_nir() -> tuple[HolidayRule, ...]:
    return (
        *_gb_eaw(),
        Fixed("St Patrick’s Day", month=3, day=17, observance=SUB),
        Fixed("Battle of the Boyne (Orangemen’s Day)", month=7, day=12, observance=SUB),
    )


def _us() -> tuple[HolidayRule, ...]:
    return (
        Fixed("New Year’s Day", month=1, day=1, observance=NEAR),
        NthWeekday("Birthday of Martin Luther King, Jr.", month=1, weekday=MO, n=3, since=1986),
        NthWeekday("Washington’s Birthday", month=2, weekday=MO, n=3),
        NthWeekday("Memorial Day", month=5, weekday=MO, n=-1),
        Fixed("Juneteenth National Independence Day", month=6, day=19, observance=NEAR, since=2021),
        Fixed("Independence Day", month=7, day=4, observance=NEAR),
        NthWeekday("Labor Day", month=9, weekday=MO, n=1),
        NthWeekday("Columbus Day", month=10, weekday=MO, n=2),
        Fixed("Veterans Day", month=11, day=11, observance=NEAR),
        NthWeekday("Thanksgiving Day", month=11, weekday=TH, n=4),
        Fixed("Christmas Day", month=12, day=25, observance=NEAR),
    )


def _us_ma() -> tuple[HolidayRule, ...]:
    return (*_us(), NthWeekday("Patriots’ Day", month=4, weekday=MO, n=3))


def _ie() -> tuple[HolidayRule, ...]:
    none = Observance.NONE
    return (
        Fixed("New Year’s Day", month=1, day=1),
        StBrigidsDay(),
        Fixed("St Patrick’s Day", month=3, day=17),
        _EASTER_MONDAY,
        NthWeekday("May public holiday", month=5, weekday=MO, n=1),
        NthWeekday("June public holiday", month=6, weekday=MO, n=1),
        NthWeekday("August public holiday", month=8, weekday=MO, n=1),
        NthWeekday("October public holiday", month=10, weekday=MO, n=-1),
        *_christmas(none, "St Stephen’s Day"),
    )


def _au() -> tuple[HolidayRule, ...]:
    return (
        _NEW_YEAR,
        Fixed("Australia Day", month=1, day=26, observance=SUB),
        _GOOD_FRIDAY,
        _EASTER_MONDAY,
        Fixed("Anzac Day", month=4, day=25),
        *_christmas(),
    )


def _au_act() -> tuple[HolidayRule, ...]:
    return (
        _NEW_YEAR,
        Fixed("Australia Day", month=1, day=26, observance=SUB),
        NthWeekday("Canberra Day", month=3, weekday=MO, n=2, since=2008),
        _GOOD_FRIDAY,
        _EASTER_MONDAY,
        Fixed("Anzac Day", month=4, day=25, observance=SUB),
        WeekdayNear("Reconciliation Day", month=5, day=27, weekday=MO, mode="after", since=2018),
        NthWeekday("King’s Birthday", month=6, weekday=MO, n=2),
        NthWeekday("Labour Day", month=10, weekday=MO, n=1),
        *_christmas(),
    )


def _au_vic() -> tuple[HolidayRule, ...]:
    return (
        _NEW_YEAR,
        Fixed("Australia Day", month=1, day=26, observance=SUB),
        NthWeekday("Labour Day", month=3, weekday=MO, n=2),
        _GOOD_FRIDAY,
        _EASTER_MONDAY,
        Fixed("Anzac Day", month=4, day=25),
        NthWeekday("King’s Birthday", month=6, weekday=MO, n=2),
        NthWeekday("Melbourne Cup", month=11, weekday=TU, n=1),
        *_christmas(),
    )


def _nz() -> tuple[HolidayRule, ...]:
    return (
        _NEW_YEAR,
        Fixed("Day after New Year’s Day", month=1, day=2, observance=SUB),
        Fixed("Waitangi Day", month=2, day=6, until=2013),
        Fixed("Waitangi Day", month=2, day=6, observance=SUB, since=2014),
        _GOOD_FRIDAY,
        _EASTER_MONDAY,
        Fixed("Anzac Day", month=4, day=25, until=2013),
        Fixed("Anzac Day", month=4, day=25, observance=SUB, since=2014),
        NthWeekday("Sovereign’s Birthday", month=6, weekday=MO, n=1),
        NthWeekday("Labour Day", month=10, weekday=MO, n=4),
        *_christmas(),
    )


def _nz_anniversary(rule: HolidayRule) -> Callable[[], tuple[HolidayRule, ...]]:
    return lambda: (*_nz(), rule)


def _ca() -> tuple[HolidayRule, ...]:
    return (
        _NEW_YEAR,
        _GOOD_FRIDAY,
        WeekdayNear("Victoria Day", month=5, day=24, weekday=MO, mode="before"),
        Fixed("Canada Day", month=7, day=1, observance=SUB),
        NthWeekday("Labour Day", month=9, weekday=MO, n=1),
        Fixed(
            "National Day for Truth and Reconciliation",
            month=9,
            day=30,
            observance=SUB,
            since=2021,
        ),
        NthWeekday("Thanksgiving", month=10, weekday=MO, n=2),
        Fixed("Remembrance Day", month=11, day=11, observance=SUB),
        *_christmas(),
    )


def _ca_on() -> tuple[HolidayRule, ...]:
    return (
        _NEW_YEAR,
        NthWeekday("Family Day", month=2, weekday=MO, n=3, since=2008),
        _GOOD_FRIDAY,
        WeekdayNear("Victoria Day", month=5, day=24, weekday=MO, mode="before"),
        Fixed("Canada Day", month=7, day=1, observance=SUB),
        NthWeekday("Labour Day", month=9, weekday=MO, n=1),
        NthWeekday("Thanksgiving", month=10, weekday=MO, n=2),
        *_christmas(),
    )


_NZ_REGIONS: dict[str, HolidayRule] = {
    "NZ-AUK": WeekdayNear("Auckland Anniversary Day", month=1, day=29, weekday=MO, mode="nearest"),
    "NZ-WGN": WeekdayNear(
        "Wellington Anniversary Day", month=1, day=22, weekday=MO, mode="nearest"
    ),
    "NZ-NSN": WeekdayNear("Nelson Anniversary Day", month=2, day=1, weekday=MO, mode="nearest"),
    "NZ-TKI": NthWeekday("Taranaki Anniversary Day", month=3, weekday=MO, n=2),
    "NZ-OTA": WeekdayNear("Otago Anniversary Day", month=3, day=23, weekday=MO, mode="nearest"),
    "NZ-STL": EasterOffset("Southland Anniversary Day", offset=2, since=2012),
    "NZ-WTC": WeekdayNear("Westland Anniversary Day", month=12, day=1, weekday=MO, mode="nearest"),
    "NZ-CIT": WeekdayNear(
        "Chatham Islands Anniversary Day", month=11, day=30, weekday=MO, mode="nearest"
    ),
}

_REGIONS: dict[str, Callable[[], tuple[HolidayRule, ...]]] = {
    "GB-EAW": _gb_eaw,
    "GB-SCT": _gb_sct,
    "GB-NIR": _gb_nir,
    "US": _us,
    "US-MA": _us_ma,
    "IE": _ie,
    "AU": _au,
    "AU-ACT": _au_act,
    "AU-VIC": _au_vic,
    "NZ": _nz,
    "CA": _ca,
    "CA-ON": _ca_on,
} | {code: _nz_anniversary(rule) for code, rule in _NZ_REGIONS.items()}


def calendar_ids() -> tuple[str, ...]:
    """The region codes :func:`calendar_for` knows."""
    return ("GB", *sorted(_REGIONS))


@functools.cache
def calendar_for(region: str) -> Calendar:
    """The public/bank holiday calendar of a region (ISO 3166 code, any case).

    ``"GB"`` is the union of England and Wales, Scotland and Northern Ireland.
    NZ regional codes (``"NZ-WGN"``...) add that region's anniversary day to ``"NZ"``.

    >>> import datetime as dt
    >>> calendar_for("nz-wgn").holidays(2025)[dt.date(2025, 1, 20)]
    'Wellington Anniversary Day'
    """
    if not isinstance(region, str):
        raise TypeError(f"region must be a str, not {type(region).__name__}")
    code = region.upper()
    if code == "GB":
        parts = [calendar_for(c) for c in ("GB-EAW", "GB-SCT", "GB-NIR")]
        return parts[0].union(*parts[1:], name="GB")
    if code not in _REGIONS:
        raise ValueError(f"region {region!r} is not one of {', '.join(calendar_ids())}")
    base = code.split("-")[0] if code.startswith("NZ-") else code
    cal = _apply_data(Calendar(name=base, rules=_REGIONS[code]()))
    return attrs.evolve(cal, name=code)
