"""References: labelled lines, titles, sentences, and the traps around them."""

from __future__ import annotations

import pytest

from foimodel.extract import ProseLine
from foimodel.extract.references import (
    find_references,
    is_reference,
    match_reference_label,
    normalize_reference,
    references_in,
)
from foimodel.models import Span


@pytest.mark.parametrize(
    ("line", "value"),
    [
        ("Our ref: 02.FOI.24.011223", "02.FOI.24.011223"),
        ("Our Reference: 2019050000771", "2019050000771"),
        ("Reference No. 03/FOI/21/004512", "03/FOI/21/004512"),
        ("Case Ref: 2211B/23", "2211B/23"),
        ("Request ID: FOI-5120-2223", "FOI-5120-2223"),
        ("FOI Request Number: FOI/19/00812", "FOI/19/00812"),
        ("Reference: FOI2022/11873", "FOI2022/11873"),
        ("Our reference: NE/FOI/41207", "NE/FOI/41207"),
        ("Case number: OIC-200117-K3P9Q2", "OIC-200117-K3P9Q2"),
        ("Our Ref: LEX2290", "LEX2290"),
        ("Reference number: 5531_16", "5531_16"),
        ("Our ref: ABC1234/12", "ABC1234/12"),
        ("Request reference: HQ/IM/004418/20", "HQ/IM/004418/20"),
        ("Freedom of Information request reference no: 01.FOI.22.029911", "01.FOI.22.029911"),
        ("Request 101004455667", "101004455667"),
        ("Our reference: 5123456             Information request", "5123456"),
        ("Case No. 200401234 Segment A0002", "200401234"),
        ("FOI 2288/11", "FOI 2288/11"),
    ],
)
def test_labelled_lines(line: str, value: str) -> None:
    found = match_reference_label(line)
    assert found is not None
    _, raw, at = found
    assert raw == value
    assert line[at : at + len(raw)] == raw


@pytest.mark.parametrize(
    "line",
    [
        "Your ref: AB/1234/5",  # the requester's own reference
        "Request 1: how many officers were employed?",
        "Telephone number: 0161 496 0123",
        "Reference: 12 May 2023",
        "Our ref: 2023/24",  # a financial year
        "Please see our response to FOI 1234/19",
        "Reference: SW1A 2AA",  # a postcode
        "The request was refused under section 12 of the Act.",
        "FOI 2021/22 statistics show a rise in requests",
        "to the planning application no 21/01234/FUL - land at the rear",
        "ICO case reference: FS50812345",
    ],
)
def test_traps_are_not_labelled_references(line: str) -> None:
    assert match_reference_label(line) is None


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("FOI-4258-2324", True),
        ("1721A/22", True),
        ("NFRS 2023 46", True),
        ("FOI / 3995 / 2019", True),
        ("2023", False),
        ("12", False),
        ("03/04/2021", False),
        ("2021-05-03", False),
        ("0161-496-0123", False),
        ("020 7946 0123", False),
        ("1,250", False),
        ("the Act", False),
    ],
)
def test_is_reference(value: str, expected: bool) -> None:
    assert is_reference(value) is expected


def test_normalize_reference() -> None:
    assert normalize_reference(" foi / 3995 / 2019 ") == "FOI/3995/2019"


def _prose(*lines: str, requester: tuple[int, ...] = ()) -> list[ProseLine]:
    out: list[ProseLine] = []
    at = 0
    for i, text in enumerate(lines):
        out.append(ProseLine(text, Span(at, at + len(text)), i in requester))
        at += len(text) + 1
    return out


@pytest.mark.parametrize(
    ("lines", "expected"),
    [
        (("Our Ref", "LEX2290", "Dear Ms Smith,"), ["LEX2290"]),
        (("Our ref:", "HQ/IM/004418/20", "12th May 2020"), ["HQ/IM/004418/20"]),
        (("Parking fines (5531_16)", "How many fines were issued?"), ["5531_16"]),
        (
            ("FOI / 1234 / 2020 - Road closures", "Thank you for your request."),
            ["FOI / 1234 / 2020"],
        ),
        (("Speed cameras - 711/13", "Dated: 01 Nov 2013"), ["711/13"]),
        (("GH20417", "Request", "Please provide ..."), ["GH20417"]),
        (("Re: Environmental Information Regulations Request KX2PQRSTA.",), ["KX2PQRSTA"]),
        (("Freedom of Information Request – 4455667",), ["4455667"]),
        (("14 June 2021 Case Reference Number IRQ0123456", "Dear Mr Jones"), ["IRQ0123456"]),
        (("Mrs A Brown / Our ref: JKL5521/12",), ["JKL5521/12"]),
        (("Please see our response to FOI 1234/19 for the earlier figures.",), []),
        (("This request has been aggregated with your previous request (FOI 1154/19).",), []),
        (("Coronavirus (COVID-19)", "Our FOI service during COVID-19"), []),
        (("1C/25", "100 High Street", "London SW1A 2AA"), []),
    ],
)
def test_references_in_prose(lines: tuple[str, ...], expected: list[str]) -> None:
    found = references_in([], _prose(*lines))
    assert [r.raw for r in found] == expected


def test_labelled_and_original_request_both_count() -> None:
    labelled = [("Request", "101004455667", Span(0, 12))]
    prose = _prose("[Original request 101004400001 can be found on our website]")
    found = references_in(labelled, prose)
    assert [r.raw for r in found] == ["101004455667", "101004400001"]


def test_prefixed_and_bare_forms_are_one_reference() -> None:
    prose = _prose("Our Ref", "FOI 2288/11", "FOI 2288/11 clarification response")
    assert [r.raw for r in references_in([], prose)] == ["FOI 2288/11"]


def test_requester_lines_are_not_read() -> None:
    prose = _prose("I quote my own reference, our ref: ZZ9876/1.", requester=(0,))
    assert references_in([], prose) == ()


@pytest.mark.parametrize(
    "ref",
    ["01.FOI.23.034971", "01/FOI/22/026147", "1721A/22", "4714_14", "FOI-4258-2324", "LEX1734"],
)
def test_your_request_reference_is_this_requests_own(ref: str) -> None:
    text = f"Thank you for your request, reference {ref}, received on 2 May 2024."
    assert [r.raw for r in find_references(text, 0)] == [ref]
    assert find_references(f"Your reference {ref} is noted.", 0) == []


def test_a_date_after_a_reference_is_not_part_of_it() -> None:
    text = "Your ref: Our ref: 2017070000569 27 September 2017 Dear Mr X"
    assert [r.raw for r in find_references(text, 0)] == ["2017070000569"]
