"""Question segmentation: numbered, lettered, bulleted, unmarked, one paragraph."""

from __future__ import annotations

import pytest

from foimodel.extract.questions import is_question, marker, question_key, split_questions


def _split(lines: list[str]) -> list[tuple[str | None, int]]:
    drafts, _ = split_questions(lines)
    return [(d.label, len(d.lines)) for d in drafts]


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("1. How many?", ("n", "1", "How many?")),
        ("2) What was spent?", ("n", "2", "What was spent?")),
        ("Q3: Who decided?", ("n", "3", "Who decided?")),
        ("Question 4 - the list", ("n", "4", "the list")),
        ("(5) Copies of minutes", ("n", "5", "Copies of minutes")),
        ("b) by age", ("l", "b", "by age")),
        ("(iii) by year", ("r", "iii", "by year")),
        ("- the total cost", ("b", "", "the total cost")),
        ("• the number of staff", ("b", "", "the number of staff")),
        ("The Council holds 12 records.", None),
        ("“1. An approved copy of the policy", ("n", "1", "An approved copy of the policy")),
        ("“The Council holds 12 records.”", None),
    ],
)
def test_marker(line: str, expected: tuple[str, str, str] | None) -> None:
    assert marker(line) == expected


@pytest.mark.parametrize(
    ("line", "asks"),
    [
        ("How many penalty notices were issued?", True),
        ("Please provide copies of the contract.", True),
        ("The number of vehicles seized in 2023.", True),
        ("Finally, could you share the guidance?", True),
        ("I would like to know the budget for 2024.", True),
        ("by age and sex", False),
        ("Thank you for your help.", False),
    ],
)
def test_is_question(line: str, asks: bool) -> None:
    assert is_question(line) is asks


def test_numbered_questions_keep_their_breakdown_lines() -> None:
    lines = [
        "Please tell me:",
        "1. How many fines were issued?",
        "a) by month",
        "b) by ward",
        "2. How much income did they raise?",
    ]
    assert _split(lines) == [("1", 3), ("2", 1)]


def test_lettered_fields_under_a_question_are_not_questions() -> None:
    lines = [
        "Could you provide the number of bins emptied in each of these periods?",
        "a. April to June",
        "b. July to September",
        "Please also send the collection timetable.",
    ]
    assert _split(lines) == [(None, 3), (None, 1)]


def test_unmarked_fields_under_a_colon_belong_to_the_question() -> None:
    lines = ["I would like the following for every school:", "Name", "Pupil numbers", "Budget"]
    assert _split(lines) == [(None, 4)]


def test_bulleted_list_of_questions() -> None:
    lines = [
        "Information requested:",
        "- The total number of officers recruited in 2023.",
        "- The number of officers who left the force in 2023.",
        "- The average length of service of those who left.",
    ]
    assert _split(lines) == [(None, 1), (None, 1), (None, 1)]


def test_unmarked_questions_and_context() -> None:
    drafts, context = split_questions(
        ["Dear Sir", "How many ambulances are there?", "How many are electric?", "Thanks"]
    )
    assert [d.lines[0] for d in drafts] == [
        "How many ambulances are there?",
        "How many are electric?",
    ]
    assert context == [0, 3]


def test_a_request_with_no_asking_line_is_one_question() -> None:
    lines = ["Information about the road resurfacing plan for 2025", "and its costs"]
    assert _split(lines) == [(None, 2)]


def test_question_key_ignores_markers_case_and_punctuation() -> None:
    assert question_key("1. How many Cars?") == question_key("how many cars")
