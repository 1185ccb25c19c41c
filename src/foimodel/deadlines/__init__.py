"""Statutory deadlines for access-to-information requests.

Working-day calendars built from holiday rules (python-dateutil ``rrule`` and
``easter``) plus a small data file of one-off days, and each law's time limit as
data (``laws.toml``).

>>> import datetime as dt
>>> from foimodel.deadlines import due_date, calendar_for, working_days_between
>>> due = due_date(dt.date(2024, 12, 20), "uk-foia-2000")
>>> due.date
datetime.date(2025, 1, 23)
>>> working_days_between(due.start, due.date, calendar_for("GB"))
20
"""

from foimodel.deadlines.calendars import Calendar, working_days_between
from foimodel.deadlines.documents import Timing, days_taken, due_for, is_late, timing
from foimodel.deadlines.holidays import (
    Dated,
    EasterOffset,
    Fixed,
    HolidayRule,
    NthWeekday,
    Observance,
    Period,
    StBrigidsDay,
    WeekdayNear,
)
from foimodel.deadlines.regions import calendar_for, calendar_ids
from foimodel.deadlines.rules import (
    DueDate,
    Extension,
    LawRule,
    SkippedDay,
    Variant,
    due_date,
    law_ids,
    rule_for,
)

__all__ = [
    "Calendar",
    "Dated",
    "DueDate",
    "EasterOffset",
    "Extension",
    "Fixed",
    "HolidayRule",
    "LawRule",
    "NthWeekday",
    "Observance",
    "Period",
    "SkippedDay",
    "StBrigidsDay",
    "Timing",
    "Variant",
    "WeekdayNear",
    "calendar_for",
    "calendar_ids",
    "days_taken",
    "due_date",
    "due_for",
    "is_late",
    "law_ids",
    "rule_for",
    "timing",
    "working_days_between",
]
