"""Dates: parsing by jurisdiction, labelled lines and sentences by role."""

from __future__ import annotations

import datetime as dt

import pytest

from foimodel.extract import ProseLine
from foimodel.extract.dates import (
    dates_in,
    dayfirst_for,
    find_role_dates,
    match_date_label,
    parse_date,
)
from foimodel.models import DateRole, Span

D = dt.date


@pytest.mark.parametrize(
    ("raw", "dayfirst", "expected"),
    [
        ("4 June 2019", True, D(2019, 6, 4)),
        ("4th of June 2019", True, D(2019, 6, 4)),
        ("Tuesday, 4 June 2019", True, D(2019, 6, 4)),
        ("June 4, 2019", False, D(2019, 6, 4)),
        ("2019-06-04", True, D(2019, 6, 4)),
        ("04/06/2019", True, D(2019, 6, 4)),
        ("06/04/2019", False, D(2019, 6, 4)),
        ("04-06-2019", True, D(2019, 6, 4)),
        ("25/04/2016", None, D(2016, 4, 25)),  # reads one way only
        ("03/04/2021", None, None),  # ambiguous without a jurisdiction
        ("June 2019", True, None),
        ("4 June", True, None),
        ("31/02/2020", True, None),
    ],
)
def test_parse_date(raw: str, dayfirst: bool | None, expected: dt.date | None) -> None:
    assert parse_date(raw, dayfirst=dayfirst) == expected


@pytest.mark.parametrize(
    ("jurisdiction", "expected"),
    [("US-federal", False), ("US-state", False), ("UK", True), ("Australia", True), (None, True)],
)
def test_dayfirst_for(jurisdiction: str | None, expected: bool) -> None:
    assert dayfirst_for(jurisdiction) is expected


@pytest.mark.parametrize(
    ("line", "role", "raw"),
    [
        ("Date received: 21 March 2018", DateRole.RECEIVED, "21 March 2018"),
        ("Received: 6 May 2024", DateRole.RECEIVED, "6 May 2024"),
        ("Date of request: 19/11/2012", DateRole.REQUEST, "19/11/2012"),
        ("Date of response: 14/12/2012", DateRole.RESPONSE, "14/12/2012"),
        ("Date responded: 6 April 2018", DateRole.RESPONSE, "6 April 2018"),
        ("Decision date: 2 July 2020", DateRole.RESPONSE, "2 July 2020"),
    ],
)
def test_labelled_dates(line: str, role: DateRole, raw: str) -> None:
    found = match_date_label(line)
    assert found is not None
    assert found[0] is role
    assert found[1] == raw
    assert line[found[2] :].startswith(raw)


def _prose(*lines: str, requester: tuple[int, ...] = ()) -> list[ProseLine]:
    out: list[ProseLine] = []
    at = 0
    for i, text in enumerate(lines):
        out.append(ProseLine(text, Span(at, at + len(text)), i in requester))
        at += len(text) + 1
    return out


def _first(found: tuple[object, ...], role: DateRole) -> dt.date | None:
    for mention in found:
        if mention.role is role:  # type: ignore[attr-defined]
            return mention.value  # type: ignore[attr-defined,no-any-return]
    return None


@pytest.mark.parametrize(
    ("lines", "role", "expected", "dayfirst"),
    [
        (("We received your request on 3 May 2023.",), DateRole.RECEIVED, D(2023, 5, 3), True),
        (
            ("Your request dated 1 May 2023, which we received on 3 May 2023, asked for",),
            DateRole.RECEIVED,
            D(2023, 5, 3),
            True,
        ),
        (
            ("Thanks for your request, received by Northshire Police (NP) on 25/04/2016.",),
            DateRole.RECEIVED,
            D(2016, 4, 25),
            True,
        ),
        (
            ("Your request was received on 29 May 2019 and I am dealing with it",),
            DateRole.RECEIVED,
            D(2019, 5, 29),
            True,
        ),
        (
            ("The records were held by the agency on 3 July 2025 when your request was received.",),
            DateRole.RECEIVED,
            D(2025, 7, 3),
            True,
        ),
        (("Thank you for your email of 1 May 2023.",), DateRole.REQUEST, D(2023, 5, 1), True),
        (
            ("We received your request on May 3, 2023.",),
            DateRole.RECEIVED,
            D(2023, 5, 3),
            False,
        ),
        (
            ("2. The Council responded on 7 April 2016. It refused the request.",),
            DateRole.RESPONSE,
            D(2016, 4, 7),
            True,
        ),
        (
            ("In a decision dated 11 May 2022, the Department refused access.",),
            DateRole.RESPONSE,
            D(2022, 5, 11),
            True,
        ),
        (
            ("The applicant asked. On 1 May 2015, the Authority refused the request.",),
            DateRole.RESPONSE,
            D(2015, 5, 1),
            True,
        ),
        (("Response 24-08-2023",), DateRole.RESPONSE, D(2023, 8, 24), True),
        (
            ("Our ref: AB/123/19", "9th July 2019", "Dear Ms Khan,", "Thank you."),
            DateRole.RESPONSE,
            D(2019, 7, 9),
            True,
        ),
        (
            ("Our ref: 2017070000123 27 September 2017 Dear Mr Hill, thank you.",),
            DateRole.RESPONSE,
            D(2017, 9, 27),
            True,
        ),
    ],
)
def test_dates_by_role(
    lines: tuple[str, ...], role: DateRole, expected: dt.date, dayfirst: bool
) -> None:
    assert _first(dates_in([], _prose(*lines), dayfirst=dayfirst), role) == expected


def test_internal_review_decision_is_not_the_response() -> None:
    lines = _prose("The internal review decision dated 4 June 2021 upheld the refusal.")
    assert _first(dates_in([], lines), DateRole.RESPONSE) is None


def test_a_date_without_a_letter_is_not_a_response() -> None:
    lines = _prose("Published", "14 November 2018", "Statistics on requests")
    assert _first(dates_in([], lines), DateRole.RESPONSE) is None


def test_a_stated_response_beats_the_letter_date() -> None:
    lines = _prose("29 July 2010", "Dear Mr Lee", "On 2 July 2010, we responded to your request.")
    assert _first(dates_in([], lines), DateRole.RESPONSE) == D(2010, 7, 2)


def test_labelled_span_is_kept() -> None:
    labelled = [(DateRole.RESPONSE, "7 April 2016", Span(100, 112))]
    lines = _prose("The Council responded on 7 April 2016.")
    found = dates_in(labelled, lines)
    assert found[0].span == Span(100, 112)


def test_contacting_us_on_a_date_is_the_day_received() -> None:

    found = find_role_dates("Thank you for contacting us on 30 October 2018 about bins.", 0)
    assert [(d.role.value, d.value.isoformat()) for d in found] == [("received", "2018-10-30")]


def test_received_in_this_office_on() -> None:
    text = "Your request dated January 3, 2024, was received in this office on January 5, 2024."
    found = find_role_dates(text, 0, dayfirst=False)
    assert [(d.role.value, d.value.isoformat()) for d in found if d.role.value == "received"] == [
        ("received", "2024-01-05")
    ]
