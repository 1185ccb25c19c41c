"""Holiday rules against the governments' published lists, written out here by hand.

Sources of the tables: gov.uk/bank-holidays (GB divisions), opm.gov federal holiday
pages (US), employment.govt.nz public holiday dates (NZ), gov.ie public holidays (IE),
canada.ca federal public service holidays (CA), cmtedd.act.gov.au (AU-ACT).
Each table lists the days kept (substitute/observed days, not weekend originals,
except in Ireland, which has no substitute days).
"""

from __future__ import annotations

import datetime as dt
import json
import re
from pathlib import Path

import pytest

from foimodel.deadlines import calendar_for

SHARED = Path(__file__).resolve().parents[1].parent / "shared" / "corpus" / "raw"
GOV_UK_JSON = (
    SHARED / "ministryofjustice__correspondence_tool_staff" / "bank_holidays_response.json"
)
ALAVETELI_YML = SHARED / "mysociety__alaveteli" / "holidays.yml"


def _days(year: int, text: str) -> set[dt.date]:
    return {dt.date(year, int(m), int(d)) for m, d in (md.split("-") for md in text.split())}


EAW = {
    2019: "01-01 04-19 04-22 05-06 05-27 08-26 12-25 12-26",
    2020: "01-01 04-10 04-13 05-08 05-25 08-31 12-25 12-28",
    2021: "01-01 04-02 04-05 05-03 05-31 08-30 12-27 12-28",
    2022: "01-03 04-15 04-18 05-02 06-02 06-03 08-29 09-19 12-26 12-27",
    2023: "01-02 04-07 04-10 05-01 05-08 05-29 08-28 12-25 12-26",
    2024: "01-01 03-29 04-01 05-06 05-27 08-26 12-25 12-26",
    2025: "01-01 04-18 04-21 05-05 05-26 08-25 12-25 12-26",
    2026: "01-01 04-03 04-06 05-04 05-25 08-31 12-25 12-28",
}
SCT = {
    2019: "01-01 01-02 04-19 05-06 05-27 08-05 12-02 12-25 12-26",
    2020: "01-01 01-02 04-10 05-08 05-25 08-03 11-30 12-25 12-28",
    2021: "01-01 01-04 04-02 05-03 05-31 08-02 11-30 12-27 12-28",
    2022: "01-03 01-04 04-15 05-02 06-02 06-03 08-01 09-19 11-30 12-26 12-27",
    2023: "01-02 01-03 04-07 05-01 05-08 05-29 08-07 11-30 12-25 12-26",
    2024: "01-01 01-02 03-29 05-06 05-27 08-05 12-02 12-25 12-26",
    2025: "01-01 01-02 04-18 05-05 05-26 08-04 12-01 12-25 12-26",
    2026: "01-01 01-02 04-03 05-04 05-25 08-03 11-30 12-25 12-28",
}
NIR_EXTRA = {  # St Patrick's Day and Battle of the Boyne, on top of E&W
    2019: "03-18 07-12",
    2020: "03-17 07-13",
    2021: "03-17 07-12",
    2022: "03-17 07-12",
    2023: "03-17 07-12",
    2024: "03-18 07-12",
    2025: "03-17 07-14",
    2026: "03-17 07-13",
}
US = {
    2020: "01-01 01-20 02-17 05-25 07-03 09-07 10-12 11-11 11-26 12-25",
    2021: "01-01 01-18 02-15 05-31 06-18 07-05 09-06 10-11 11-11 11-25 12-24 12-31",
    2022: "01-17 02-21 05-30 06-20 07-04 09-05 10-10 11-11 11-24 12-26",
    2023: "01-02 01-16 02-20 05-29 06-19 07-04 09-04 10-09 11-10 11-23 12-25",
    2024: "01-01 01-15 02-19 05-27 06-19 07-04 09-02 10-14 11-11 11-28 12-25",
    2025: "01-01 01-20 02-17 05-26 06-19 07-04 09-01 10-13 11-11 11-27 12-25",
    2026: "01-01 01-19 02-16 05-25 06-19 07-03 09-07 10-12 11-11 11-26 12-25",
}
NZ = {
    2022: "01-03 01-04 02-07 04-15 04-18 04-25 06-06 06-24 09-26 10-24 12-26 12-27",
    2023: "01-02 01-03 02-06 04-07 04-10 04-25 06-05 07-14 10-23 12-25 12-26",
    2024: "01-01 01-02 02-06 03-29 04-01 04-25 06-03 06-28 10-28 12-25 12-26",
    2025: "01-01 01-02 02-06 04-18 04-21 04-25 06-02 06-20 10-27 12-25 12-26",
}
IE = {
    2022: "01-01 03-17 03-18 04-18 05-02 06-06 08-01 10-31 12-25 12-26",
    2023: "01-01 02-06 03-17 04-10 05-01 06-05 08-07 10-30 12-25 12-26",
    2024: "01-01 02-05 03-17 04-01 05-06 06-03 08-05 10-28 12-25 12-26",
    2025: "01-01 02-03 03-17 04-21 05-05 06-02 08-04 10-27 12-25 12-26",
    2026: "01-01 02-02 03-17 04-06 05-04 06-01 08-03 10-26 12-25 12-26",
}
CA = {
    2023: "01-02 04-07 05-22 07-03 09-04 10-02 10-09 11-13 12-25 12-26",
    2024: "01-01 03-29 05-20 07-01 09-02 09-30 10-14 11-11 12-25 12-26",
    2025: "01-01 04-18 05-19 07-01 09-01 09-30 10-13 11-11 12-25 12-26",
}
AU_ACT = {
    2024: "01-01 01-26 03-11 03-29 04-01 04-25 05-27 06-10 10-07 12-25 12-26",
    2025: "01-01 01-27 03-10 04-18 04-21 04-25 06-02 06-09 10-06 12-25 12-26",
}

TABLES = [
    ("GB-EAW", EAW),
    ("GB-SCT", SCT),
    ("GB-NIR", {y: EAW[y] + " " + NIR_EXTRA[y] for y in EAW}),
    ("US", US),
    ("NZ", NZ),
    ("IE", IE),
    ("CA", CA),
    ("AU-ACT", AU_ACT),
]


@pytest.mark.parametrize(
    ("region", "year", "expected"),
    [(region, year, text) for region, table in TABLES for year, text in table.items()],
)
def test_whole_year_matches_published_list(region: str, year: int, expected: str) -> None:
    assert set(calendar_for(region).holidays(year)) == _days(year, expected)


def test_gb_is_union_of_the_three_divisions() -> None:
    gb = calendar_for("GB")
    for year in EAW:
        union = _days(year, EAW[year]) | _days(year, SCT[year]) | _days(year, NIR_EXTRA[year])
        assert set(gb.holidays(year)) == union


def test_substitute_day_names() -> None:
    sct = calendar_for("GB-SCT").holidays(2021)
    assert sct[dt.date(2021, 1, 4)] == "2nd January (substitute day)"
    eaw = calendar_for("GB-EAW").holidays(2021)
    assert eaw[dt.date(2021, 12, 27)] == "Christmas Day (substitute day)"
    assert eaw[dt.date(2021, 12, 28)] == "Boxing Day (substitute day)"
    assert "[GB-NIR]" in calendar_for("GB").holidays(2024)[dt.date(2024, 7, 12)]


def test_us_new_year_on_saturday_is_kept_the_friday_before() -> None:
    assert calendar_for("US").holidays(2021)[dt.date(2021, 12, 31)] == "New Year’s Day (observed)"
    assert dt.date(2022, 1, 1) not in calendar_for("US").holidays(2022)


def test_juneteenth_only_from_2021() -> None:
    assert not any(d.month == 6 for d in calendar_for("US").holidays(2020))


def test_st_brigids_day_rule() -> None:
    ie = calendar_for("IE")
    assert dt.date(2030, 2, 1) in ie.holidays(2030)  # 1 February 2030 is a Friday
    assert not any(d.month == 2 for d in ie.holidays(2022))


def test_nz_mondayisation_before_and_after_2014() -> None:
    nz = calendar_for("NZ")
    assert dt.date(2015, 4, 27) in nz.holidays(2015)  # Anzac Day on a Saturday, 2015
    assert dt.date(2009, 4, 27) not in nz.holidays(2009)  # no Mondayisation before 2014
    assert not any(d.month in (6, 7) and d.weekday() == 4 for d in nz.holidays(2021))


def test_nz_anniversary_days_are_an_option() -> None:
    assert dt.date(2025, 1, 27) in calendar_for("NZ-AUK").holidays(2025)
    assert dt.date(2025, 1, 20) in calendar_for("NZ-WGN").holidays(2025)
    assert dt.date(2025, 1, 20) not in calendar_for("NZ").holidays(2025)


def test_other_regions() -> None:
    assert dt.date(2024, 4, 15) in calendar_for("US-MA").holidays(2024)  # Patriots' Day
    assert dt.date(2024, 2, 19) in calendar_for("CA-ON").holidays(2024)  # Family Day
    vic = calendar_for("AU-VIC").holidays(2024)
    assert {dt.date(2024, 9, 27), dt.date(2024, 11, 5), dt.date(2024, 3, 11)} <= set(vic)


@pytest.mark.corpus
@pytest.mark.skipif(not GOV_UK_JSON.exists(), reason="gov.uk bank-holidays JSON not present")
@pytest.mark.parametrize(
    ("division", "region"),
    [("england-and-wales", "GB-EAW"), ("scotland", "GB-SCT"), ("northern-ireland", "GB-NIR")],
)
def test_gov_uk_json_every_year(division: str, region: str) -> None:
    events = json.loads(GOV_UK_JSON.read_text("utf-8"))[division]["events"]
    published = {dt.date.fromisoformat(e["date"]) for e in events}
    years = sorted({d.year for d in published})
    computed = {d for y in years for d in calendar_for(region).holidays(y)}
    assert computed == published


@pytest.mark.corpus
@pytest.mark.skipif(not ALAVETELI_YML.exists(), reason="Alaveteli holidays.yml not present")
def test_alaveteli_uk_table_whole_years() -> None:
    text = ALAVETELI_YML.read_text("utf-8")
    listed = {dt.date.fromisoformat(d) for d in re.findall(r"day: '(\d{4}-\d\d-\d\d)'", text)}
    years = sorted({d.year for d in listed})[1:]  # the first year is only partly listed
    assert years
    computed = {d for y in years for d in calendar_for("GB").holidays(y)}
    assert computed == {d for d in listed if d.year in years}
