"""Due dates: worked examples in the manner of regulator guidance, counted by hand
(the counting is written next to each case), plus errors and explanations."""

from __future__ import annotations

import datetime as dt

import pytest

from foimodel.deadlines import Calendar, due_date, law_ids, rule_for, working_days_between
from foimodel.errors import UnknownLawError

D = dt.date


# --- ICO (UK FOIA s.10): 20 working days, any UK bank holiday excluded ---


@pytest.mark.parametrize(
    ("received", "due", "why"),
    [
        # Easter: Good Friday 29 Mar and Easter Monday 1 Apr 2024 are not counted.
        (D(2024, 3, 27), D(2024, 4, 26), "easter"),
        # Christmas/New Year: 25, 26 Dec, 1 Jan and Scotland's 2 Jan are not counted.
        (D(2024, 12, 20), D(2025, 1, 23), "christmas"),
        # Received Saturday: counted as received Monday 23 Dec, day one is Tue 24 Dec.
        (D(2024, 12, 21), D(2025, 1, 24), "weekend"),
        # Received on Easter Monday: counted as received Tue 22 Apr; 5 May is skipped.
        (D(2025, 4, 21), D(2025, 5, 21), "bank holiday"),
        # St Patrick's Day (NI, Mon 18 Mar 2024) and Easter are all skipped.
        (D(2024, 3, 15), D(2024, 4, 17), "northern ireland"),
    ],
)
def test_ico_examples(received: dt.date, due: dt.date, why: str) -> None:
    assert due_date(received, "uk-foia-2000").date == due, why


def test_ico_reading_of_weekend_receipt_is_an_option() -> None:
    # "as-received": the first working day after receipt (Mon 23 Dec) is day one.
    got = due_date(D(2024, 12, 21), "uk-foia-2000", receipt="as-received")
    assert got.date == D(2025, 1, 23)


def test_public_interest_extension_and_eir() -> None:
    assert due_date(D(2024, 3, 27), "uk-foia-2000", extensions=["public-interest"]).date == D(
        2024, 5, 28
    )  # 20 more working days after 26 Apr, skipping 6 and 27 May
    assert due_date(D(2024, 3, 27), "uk-eir-2004").date == D(2024, 4, 26)
    assert due_date(D(2024, 3, 27), "eir", extensions=["complex-voluminous"]).date == D(2024, 5, 28)


def test_fee_notice_stops_the_clock() -> None:
    # Received Mon 3 Jun 2024: due Mon 1 Jul; a fee notice outstanding 10-14 Jun
    # stops the clock for 5 working days, so due Mon 8 Jul.
    assert due_date(D(2024, 6, 3), "uk-foia-2000").date == D(2024, 7, 1)
    got = due_date(D(2024, 6, 3), "uk-foia-2000", clock_stops=[(D(2024, 6, 10), D(2024, 6, 14))])
    assert got.date == D(2024, 7, 8)
    assert [s.reason for s in got.skipped].count("clock stopped") == 5


def test_schools_variant() -> None:
    school = calendar_for_school()
    got = due_date(D(2024, 7, 15), "uk-foia-2000", variant="schools", school_calendar=school)
    assert got.date == D(2024, 9, 24)  # 20th school day: 5 days in July, 15 from 4 Sep
    cap = due_date(D(2024, 7, 15), "uk-foia-2000", variant="schools")
    assert cap.date == D(2024, 10, 9)  # the 60th working day
    assert any("no school calendar" in s for s in cap.steps)


def calendar_for_school() -> Calendar:
    return Calendar(name="school").with_closed(D(2024, 7, 23), D(2024, 9, 3), "summer holiday")


# --- Scottish Information Commissioner (FOISA s.10, s.73): Scottish bank holidays only ---


def test_sic_examples() -> None:
    # Summer bank holiday is 5 Aug in Scotland; 26 Aug (E&W) is a working day.
    assert due_date(D(2024, 7, 29), "scot-foisa-2002").date == D(2024, 8, 27)
    assert due_date(D(2024, 7, 29), "uk-foia-2000").date == D(2024, 8, 28)
    # Easter Monday is not a Scottish bank holiday.
    assert due_date(D(2024, 3, 27), "scot-foisa-2002").date == D(2024, 4, 25)
    # Christmas Eve 2024: 25, 26 Dec and 1, 2 Jan are not counted.
    assert due_date(D(2024, 12, 24), "scot-foisa-2002").date == D(2025, 1, 27)
    assert due_date(D(2024, 3, 27), "scot-eisr-2004").date == D(2024, 4, 25)


def test_foisa_has_no_public_interest_extension() -> None:
    with pytest.raises(ValueError, match="no extension"):
        due_date(D(2024, 3, 27), "scot-foisa-2002", extensions=["public-interest"])


# --- US DOJ (5 U.S.C. 552(a)(6)): 20 working days, +10 in unusual circumstances ---


def test_doj_examples() -> None:
    # Received Mon 18 Nov 2024: Thanksgiving (28 Nov) skipped, due Tue 17 Dec.
    assert due_date(D(2024, 11, 18), "us-foia").date == D(2024, 12, 17)
    # Unusual circumstances: 10 more working days, skipping 25 Dec and 1 Jan.
    got = due_date(D(2024, 11, 18), "us-foia", extensions=["unusual-circumstances"])
    assert got.date == D(2025, 1, 2)
    # Received Saturday 16 Nov: Monday 18 Nov is day one.
    assert due_date(D(2024, 11, 16), "us-foia").date == D(2024, 12, 16)
    # Tolling while waiting for the requester's answer (3 working days).
    tolled = due_date(D(2024, 11, 18), "us-foia", clock_stops=[(D(2024, 12, 2), D(2024, 12, 4))])
    assert tolled.date == D(2024, 12, 20)


# --- NZ Ombudsman (OIA s.15, s.2): 25 December to 15 January are not working days ---


def test_ombudsman_summer_period() -> None:
    # Received Fri 20 Dec 2024: days 1-2 are 23, 24 Dec; day 3 is 16 Jan; Waitangi
    # Day (6 Feb) skipped; Wellington Anniversary is not excluded by the OIA.
    assert due_date(D(2024, 12, 20), "nz-oia-1982").date == D(2025, 2, 11)
    # Received during the summer period: 16 Jan is day one.
    assert due_date(D(2024, 12, 30), "nz-oia-1982").date == D(2025, 2, 13)
    assert due_date(D(2025, 12, 10), "nz-lgoima-1987").date == D(2026, 1, 29)
    # Matariki (20 Jun 2025) and King's Birthday (2 Jun 2025) skipped.
    assert due_date(D(2025, 5, 30), "nz-oia-1982").date == D(2025, 7, 1)


def test_nz_reasonable_extension_needs_a_number() -> None:
    with pytest.raises(ValueError, match="reasonable period"):
        due_date(D(2025, 3, 3), "nz-oia-1982", extensions=["s15a"])
    assert due_date(D(2025, 3, 3), "nz-oia-1982", extensions=[10]).date == D(2025, 4, 14)


# --- Ireland (s.13): 4 calendar weeks, +4 weeks under s.14 ---


def test_ireland_four_weeks() -> None:
    assert due_date(D(2025, 6, 2), "ie-foi-2014").date == D(2025, 6, 30)
    assert due_date(D(2024, 1, 30), "ie-foi-2014", extensions=["s14"]).date == D(2024, 3, 26)
    # Ends on St Stephen's Day: left as is, and the explanation says so.
    got = due_date(D(2025, 11, 28), "ie-foi-2014")
    assert got.date == D(2025, 12, 26)
    assert any("left as is" in n for n in got.notes)
    assert "left as is" in got.explain()


# --- Australia (s.15(5)(b)): 30 days, next working day when the last is not one ---


def test_australia_thirty_days() -> None:
    assert due_date(D(2025, 1, 15), "au-foi-1982").date == D(2025, 2, 14)
    # 1 Jun 2025 is a Sunday and 2 Jun Reconciliation Day in the ACT.
    got = due_date(D(2025, 5, 2), "au-foi-1982")
    assert got.date == D(2025, 6, 3)
    assert [s.date for s in got.skipped] == [D(2025, 6, 1), D(2025, 6, 2)]
    assert due_date(D(2025, 5, 2), "au-foi-1982", region="AU").date == D(2025, 6, 2)
    # Third-party consultation: 30 more days.
    assert due_date(D(2025, 3, 3), "au-foi-1982", extensions=["consultation"]).date == D(2025, 5, 2)
    assert due_date(D(2025, 3, 3), "au-vic-foi-1982").date == D(2025, 4, 2)


def test_other_calendar_day_laws() -> None:
    assert due_date(D(2025, 6, 2), "ca-atia").date == D(2025, 7, 2)
    assert due_date(D(2025, 6, 2), "ca-on-fippa").date == D(2025, 7, 2)
    assert due_date(D(2025, 6, 2), "us-ca-cpra").date == D(2025, 6, 12)
    cpra = due_date(D(2025, 6, 2), "cpra", extensions=["unusual-circumstances"])
    assert cpra.date == D(2025, 6, 26)
    # Patriots' Day (21 Apr 2025) is not a business day in Massachusetts.
    assert due_date(D(2025, 4, 14), "us-ma-public-records").date == D(2025, 4, 29)


def test_every_law_has_a_rule() -> None:
    expected = {
        "uk-foia-2000",
        "uk-eir-2004",
        "scot-foisa-2002",
        "scot-eisr-2004",
        "us-foia",
        "ie-foi-2014",
        "au-foi-1982",
        "au-vic-foi-1982",
        "nz-oia-1982",
        "nz-lgoima-1987",
        "ca-atia",
        "ca-on-fippa",
        "us-ma-public-records",
        "us-ca-cpra",
    }
    assert set(law_ids()) == expected
    for law in expected:
        got = due_date(D(2025, 3, 3), law)
        assert got.date > D(2025, 3, 3)
        assert got.explain().startswith(f"Due {got.date.isoformat()} under {law}")


def test_explanation_lists_skipped_days_and_rule() -> None:
    got = due_date(D(2024, 3, 27), "uk-foia-2000")
    reasons = {s.date: s.reason for s in got.skipped}
    assert reasons[D(2024, 3, 29)] == "Good Friday"
    assert reasons[D(2024, 3, 30)] == "Saturday"
    assert "s.10(6)" in got.steps[0]
    text = got.explain()
    assert "2024-04-01 Easter Monday" in text
    assert working_days_between(got.start, got.date, rule_for("uk-foia-2000").calendar_for()) == 20


def test_unknown_law() -> None:
    with pytest.raises(UnknownLawError):
        due_date(D(2025, 1, 6), "xx-nope")
    with pytest.raises(KeyError):  # UnknownLawError is a KeyError too
        rule_for("xx-nope")


@pytest.mark.parametrize(
    ("kwargs", "argument"),
    [
        ({"received": "2025-01-06", "law": "us-foia"}, "received"),
        ({"received": dt.datetime(2025, 1, 6), "law": "us-foia"}, "received"),
        ({"received": D(2025, 1, 6), "law": 5}, "law"),
        ({"received": D(2025, 1, 6), "law": "us-foia", "region": 1}, "region"),
        ({"received": D(2025, 1, 6), "law": "us-foia", "extensions": "unusual"}, "extensions"),
        ({"received": D(2025, 1, 6), "law": "us-foia", "extensions": [1.5]}, "extensions"),
        ({"received": D(2025, 1, 6), "law": "us-foia", "clock_stops": [(1, 2)]}, "clock_stops"),
        ({"received": D(2025, 1, 6), "law": "us-foia", "school_calendar": "x"}, "school_calendar"),
    ],
)
def test_bad_types_name_the_argument(kwargs: dict[str, object], argument: str) -> None:
    with pytest.raises(TypeError, match=argument):
        due_date(**kwargs)  # type: ignore[arg-type]


def test_bad_values() -> None:
    with pytest.raises(ValueError, match="region"):
        due_date(D(2025, 1, 6), "us-foia", region="GB")
    with pytest.raises(ValueError, match="before"):
        due_date(D(2025, 1, 6), "us-foia", clock_stops=[(D(2025, 1, 9), D(2025, 1, 8))])
    with pytest.raises(ValueError, match="variant"):
        due_date(D(2025, 1, 6), "us-foia", variant="schools")
