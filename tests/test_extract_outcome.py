"""The outcome extractor: the language of decisions, its guards, and how sentences combine."""

from __future__ import annotations

import pytest

from foimodel.extract import ProseLine
from foimodel.extract.answers import with_answers
from foimodel.extract.outcome import (
    decide,
    decision_in,
    infer_outcome,
    parse_outcome_words,
)
from foimodel.models import Outcome, Span

FULL = Outcome.DISCLOSED_IN_FULL
PART = Outcome.DISCLOSED_IN_PART
REFUSED = Outcome.REFUSED
NOT_HELD = Outcome.NOT_HELD
PARTLY = Outcome.PARTLY_NOT_HELD
NCND = Outcome.NEITHER_CONFIRM_NOR_DENY
WITHDRAWN = Outcome.WITHDRAWN
PENDING = Outcome.PENDING
UNKNOWN = Outcome.UNKNOWN


def _prose(*lines: str | tuple[str, bool]) -> list[ProseLine]:
    """Lines laid end to end; a (text, True) pair is a line of the requester's words."""
    out: list[ProseLine] = []
    at = 0
    for item in lines:
        text, requester = (item, False) if isinstance(item, str) else item
        out.append(ProseLine(text, Span(at, at + len(text)), requester))
        at += len(text) + 1
    return out


@pytest.mark.parametrize(
    ("sentence", "outcome"),
    [
        # UK
        ("I have decided to release the requested information to you in full.", FULL),
        ("We have decided to disclose part of the information you asked for.", PART),
        ("Some of the figures have been withheld under section 40(2) of the Act.", PART),
        ("This email serves as a refusal notice under section 17 of the Act.", REFUSED),
        ("We estimate that answering would exceed the appropriate limit of £450.", REFUSED),
        ("Your request is refused as vexatious under section 14(1).", REFUSED),
        ("The Trust does not hold any recorded information on this subject.", NOT_HELD),
        ("The Council holds some but not all of the information you requested.", PARTLY),
        ("The force can neither confirm nor deny that it holds the information.", NCND),
        ("We acknowledge receipt of your request for information.", PENDING),
        ("Your request has been withdrawn at your instruction.", WITHDRAWN),
        # Scotland
        ("It would cost more than £600 to locate the files, so section 12 applies.", REFUSED),
        ("The Council is not obliged to comply with your request under section 14.", REFUSED),
        # Ireland
        ("The Board granted access to 40 records with the redaction of some names.", PART),
        ("The HSE released six records and refused access to the rest.", PART),
        # Australia
        ("Access is granted in part to the documents listed in the schedule.", PART),
        ("Twelve documents are released in part with deletions under s 47F.", PART),
        ("I am extending the time for deciding your request by 30 days.", PENDING),
        # New Zealand
        ("We need further time to consult the agencies concerned.", PENDING),
        ("Your request has been transferred to the Ministry of Health.", PENDING),
        # US and Canada
        ("A search of our files located no records responsive to your request.", NOT_HELD),
        ("We are unable to locate any records on this vendor.", NOT_HELD),
        ("The agency denied your request under exemption (b)(5).", REFUSED),
        ("The Ministry granted partial access to the emails.", PART),
        ("The fee estimate for processing is set out below.", PENDING),
        ("This material is exempt from disclosure under section 13(1).", REFUSED),
    ],
)
def test_the_language_of_decisions(sentence: str, outcome: Outcome) -> None:
    assert decision_in(sentence) is outcome


@pytest.mark.parametrize(
    "sentence",
    [
        # conditionals
        "If meeting the request would exceed the cost limit, we will let you know.",
        "Where information is withheld, the reasons are given in the schedule.",
        "Should we refuse your request, you may ask for a review.",
        # negations and modals
        "We are not refusing your request.",
        "No information has been withheld from you in part or whole, so none is.",
        "Some of this information may be withheld later.",
        # questions, a word in quotes
        "Was any information withheld from the report?",
        "They called the earlier request “vexatious” in a press release.",
        # a regulator's finding
        "The Commissioner finds that the information is not held.",
        # neutral sentences
        "Thank you for your email about the bypass.",
        "You have the right to ask for an internal review.",
    ],
)
def test_guards_leave_these_undecided(sentence: str) -> None:
    assert decision_in(sentence) is None


def test_a_hint_alone_states_no_decision_but_decides_a_letter_without_one() -> None:
    assert decision_in("Please find attached the spreadsheet you asked for.") is None
    assert decide(_prose("Please find attached the spreadsheet you asked for.")).outcome is FULL


def test_headings_and_table_cells_decide_nothing() -> None:
    prose = _prose("Information not held", "Partial release | 12 | 3", "Thank you for writing.")
    assert decide(prose).outcome is UNKNOWN


def test_a_cover_note_for_the_response_is_no_hint() -> None:
    assert (
        decide(_prose("Please see attached for our response to your request.")).outcome is UNKNOWN
    )


@pytest.mark.parametrize(
    ("found", "outcome"),
    [
        ([], UNKNOWN),
        ([FULL], FULL),
        ([FULL, NOT_HELD], PARTLY),
        ([FULL, REFUSED], PART),
        ([FULL, NCND], PART),
        ([PARTLY, REFUSED], PART),
        ([FULL, NOT_HELD, REFUSED], PART),
        ([REFUSED, NOT_HELD], REFUSED),
        ([NCND, NOT_HELD], NOT_HELD),
        ([PENDING, REFUSED], REFUSED),
        ([PENDING], PENDING),
    ],
)
def test_combination_rules(found: list[Outcome], outcome: Outcome) -> None:
    assert infer_outcome(found) is outcome


def test_an_explicit_decision_wins_over_the_answers() -> None:
    prose = _prose(
        "Question 1: the council does not hold this information.",
        "I have today decided to disclose the located information to you in full.",
        "Some of the data for question 3 is withheld under section 31.",
    )
    decision = decide(prose)
    assert decision.outcome is FULL
    assert decision.sentence is not None
    assert decision.sentence.startswith("I have today decided")


def test_without_a_decision_the_answers_combine() -> None:
    prose = _prose(
        "Q1. There were 14 incidents; the figures are provided below.",
        "Q2. This information is not held by the Council.",
    )
    assert decide(prose).outcome is PARTLY
    prose = _prose(
        "Please find attached the minutes of the meetings.",
        "Some information has been withheld under section 9(2)(a) of the Act.",
    )
    assert decide(prose).outcome is PART


def test_the_requester_words_never_decide() -> None:
    prose = _prose(
        ("If any part is exempt, please release the rest with redactions.", True),
        ("I would like you to confirm the information is not held.", True),
        "Thank you for your request of 3 May.",
    )
    assert decide(prose).outcome is UNKNOWN


def test_the_authority_voice_counts_on_lines_given_to_the_requester() -> None:
    prose = _prose(
        ("I asked for the minutes of every board meeting in 2020.", True),
        ("The information you have requested is refused under section 12(1).", True),
    )
    assert decide(prose).outcome is REFUSED


def test_a_decision_sentence_wrapped_over_lines_is_read_whole() -> None:
    prose = _prose("After careful thought I have decided to grant you", "access in part to them.")
    decision = decide(prose)
    assert decision.outcome is PART
    assert decision.sentence == "After careful thought I have decided to grant you"
    assert decision.span == Span(0, len(decision.sentence))


def test_a_list_of_decisions_is_one_decision() -> None:
    prose = _prose(
        "I have decided to:",
        "• grant you access in full to 3 documents;",
        "• refuse access to 2 documents under section 47C.",
        "The reasons are set out below.",
    )
    assert decide(prose).outcome is PART


def test_a_regulator_notice_reports_the_original_decision() -> None:
    prose = _prose(
        "The applicant asked the Authority for the files of an inquiry.",
        "The Authority told the applicant it was not obliged to comply with the request.",
        "The Commissioner found that the Authority was wrong and the files are held.",
        "Later the Authority released some of the files with redactions.",
    )
    assert decide(prose).outcome is REFUSED


def test_a_label_wins_and_keeps_only_a_strong_sentence() -> None:
    prose = _prose("We have decided to refuse your request.", "The parking budget is withheld.")
    labelled = decide(prose, labelled="disclosed in part")
    assert labelled.outcome is PART
    assert labelled.sentence == "We have decided to refuse your request."
    only_weak = decide(
        _prose("The parking budget is withheld under section 43."), labelled="pending"
    )
    assert only_weak.outcome is PENDING
    assert only_weak.sentence is None


@pytest.mark.parametrize(
    ("sentence", "outcome"),
    [
        ("I have decided to disclose the information in full.", FULL),
        ("We have decided to refuse your request.", REFUSED),
        ("I have decided to disclose some of the information.", PART),
    ],
)
def test_the_strategies_decisions_are_strong(sentence: str, outcome: Outcome) -> None:
    decision = decide(_prose("The library budget report.", sentence, "Garden hall river."))
    assert decision.outcome is outcome
    assert decision.sentence == sentence


def test_parse_outcome_words() -> None:
    assert parse_outcome_words(" Not held ") is NOT_HELD
    assert parse_outcome_words("neither_confirm_nor_deny") is NCND
    assert parse_outcome_words("maybe") is None


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("The information is now available via the link below.", "disclosed_in_full"),
        ("The data you requested is published at the link in this letter.", "disclosed_in_full"),
        (
            "The information is available at the link below and is therefore exempt under "
            "section 21.",
            "refused",
        ),
    ],
)
def test_information_made_available_at_a_link(sentence: str, expected: str) -> None:
    found = decision_in(sentence)
    assert found is not None
    assert found.value == expected


def _answers(*answers: list[str]) -> list[list[ProseLine]]:
    """Answers of several lines each, laid end to end."""
    flat = _prose(*(text for answer in answers for text in answer))
    out, at = [], 0
    for answer in answers:
        out.append(flat[at : at + len(answer)])
        at += len(answer)
    return out


def _read(*answers: list[str]) -> Outcome:
    found = _answers(*answers)
    flat = [line for answer in found for line in answer]
    return with_answers(decide(flat), found).outcome


def test_one_answer_not_held_among_answers_with_figures() -> None:
    assert _read(["1. 191 incidents."], ["2. Not held."], ["3. 10 notices."]) is (
        Outcome.PARTLY_NOT_HELD
    )


def test_one_answer_refused_and_a_listed_answer_with_figures() -> None:
    got = _read(
        ["1. The report is exempt under regulation 12(5)(b)."],
        ["2. As follows:", "- 117.", "- 58.", "- The Council does not hold this information."],
    )
    assert got is Outcome.DISCLOSED_IN_PART


def test_answers_that_say_nothing_of_their_own_do_not_count() -> None:
    assert _read(["1. Not held."], ["2. See the answer to question 1."]) is Outcome.NOT_HELD
    assert _read(["1. Not held."], ["2. Not held."]) is Outcome.NOT_HELD


def test_a_decision_in_so_many_words_stands() -> None:
    got = _read(["1. I have decided to refuse your request under section 12."], ["2. 45 officers."])
    assert got is Outcome.REFUSED


def test_a_refusal_notice_that_neither_confirms_nor_denies() -> None:
    ncnd = _prose(
        "This letter represents a Refusal Notice.",
        "The Force can neither confirm nor deny that it holds the information.",
    )
    assert decide(ncnd).outcome is NCND
    mixed = _prose(
        "This letter serves as a Refusal Notice.",
        "For question 1 we can neither confirm nor deny that we hold it.",
        "For question 2 the information is withheld under section 30(2).",
    )
    assert decide(mixed).outcome is REFUSED


def test_a_request_treated_as_withdrawn() -> None:
    lines = _prose("As we have had no reply, your request is closed and treated as withdrawn.")
    assert decide(lines).outcome is WITHDRAWN


def test_every_question_answered_with_information_is_disclosed_in_full() -> None:
    assert _read(["1. Yes."], ["2. In 1998."], ["3. £45,000."]) is FULL
    assert _read(["1. See attached."], ["2. 412 staff."]) is FULL
    # A wrapped question read back is no answer; nor is a pointer elsewhere.
    assert _read(["1. 2021, 2022 and 2023?"], ["2. for each year?"]) is UNKNOWN
    assert _read(["1. 412 staff."], ["2. See the answer to question 1."]) is UNKNOWN
