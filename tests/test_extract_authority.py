"""Authority: the body that answers, from its own voice."""

from __future__ import annotations

import pytest

from foimodel.extract.authority import authority_in


@pytest.mark.parametrize(
    ("lines", "expected"),
    [
        (
            ["Northshire County Council", "County Hall", "Dear Mr Brown,", "Thank you."],
            "Northshire County Council",
        ),
        (
            [
                "Dear Ms Green,",
                "Please find our reply.",
                "Yours sincerely",
                "Jane Doe",
                "Information Governance, Eastborough Borough Council",
            ],
            "Eastborough Borough Council",
        ),
        (["Westshire Police received your request on 2 May."], "Westshire Police"),
        (
            ["Dear Sir,", "The information is not held by the MPS.", "The MPS has no record."],
            "Metropolitan Police Service (MPS)",
        ),
        (["HMRC received your request on 4 June."], "HM Revenue and Customs (HMRC)"),
        (["HM Revenue and Customs received your request."], "HM Revenue and Customs"),
        (["Transport for London holds no such list."], "Transport for London"),
        (["This is a Refusal Notice. West Shire Police cannot help."], "West Shire Police"),
        (["Yours sincerely", "Police Scotland"], "Police Scotland"),
        (["Decision maker, Department of Home Affairs"], "Department of Home Affairs"),
        (
            ["The Department of Health and Social Care received it."],
            ("Department of Health and Social Care"),
        ),
        (
            ["Metropolitan Police Service", "The MPS received your request on 2 May."],
            "Metropolitan Police Service (MPS)",
        ),
        (
            ["The Metropolitan Police Service received your request on 2 May."],
            "Metropolitan Police Service",
        ),
        (
            [
                "Whether the Health Service Executive was justified in refusing access",
                "The applicant wrote to the Department of Health and the Health Service Executive.",
            ],
            "Health Service Executive",
        ),
        (
            [
                "Ms X and Department of Agriculture",
                "From Office of the Information Commissioner",
                "Whether the Department was justified in refusing access to records",
                "In its decision, the Department refused access.",
            ],
            "Department of Agriculture",
        ),
        (
            [
                "The Northshire Police say they hold no records.",
                "The Cabinet Office are responsible for the building.",
                "Yesterday the Cabinet Office rejected a similar request.",
                "The information is not held by the Northshire Police.",
            ],
            "Northshire Police",
        ),
        (
            [
                "FOI Request - Equality Advisory and Support Service",
                "We can confirm the information is published by Anyshire Council.",
            ],
            "Anyshire Council",
        ),
        (["Sport NZ received your request on 2 August 2021."], "Sport New Zealand (Sport NZ)"),
        (["No body is named here."], None),
    ],
)
def test_authority_in(lines: list[str], expected: str | None) -> None:
    assert authority_in(lines) == expected


def test_the_authorities_table_is_well_formed() -> None:
    from foimodel.extract.authority import _short_names

    names, pattern = _short_names()
    assert len(names) > 80
    for short, full in names.items():
        assert short, full
        assert short.strip() == short, short
        assert full.strip() == full, full
        assert pattern.fullmatch(short), short


@pytest.mark.parametrize(
    ("lines", "expected"),
    [
        (["Records Access Officer, City of Springfield"], "City of Springfield"),
        (
            ["The Social Security Administration received your request."],
            ("Social Security Administration"),
        ),
        (["Access to Information Coordinator, Transport Canada"], "Transport Canada"),
    ],
)
def test_more_kinds_of_body_names(lines: list[str], expected: str) -> None:
    assert authority_in(lines) == expected
