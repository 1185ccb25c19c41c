"""The segmenter: where each block of a letter goes."""

from __future__ import annotations

import foimodel
from foimodel.ingest.text import normalize_text, text_blocks
from foimodel.segment import is_boilerplate, segment


def _parts(text: str):  # type: ignore[no-untyped-def]
    text = normalize_text(text)
    return segment(text_blocks(text), text=text)


def test_labelled_lines_become_fields() -> None:
    parts = _parts("Our ref: FOI-881\nDate received: 4 March 2025\nDear Sir,")
    assert [(f.key, f.value) for f in parts.fields] == [
        ("reference", "FOI-881"),
        ("date", "4 March 2025"),
    ]
    assert [p.text for p in parts.paragraphs] == ["Dear Sir,"]


def test_chrome_lines_are_boilerplate() -> None:
    assert is_boilerplate("We use cookies to improve your experience. Accept all cookies")
    assert is_boilerplate("Skip to main content")
    assert not is_boilerplate("We hold no cookies data about your request.")


def test_request_and_repeated_questions_pair_answers() -> None:
    parts = _parts(
        "You asked:\n1. How many lamps are there?\n2. How many are LED?\n"
        "Please find below our response.\n1. How many lamps are there?\nThere are 40.\n"
        "2. How many are LED?\nThirty of them."
    )
    assert [i.label for i in parts.items] == ["1", "2"]
    assert [[b.text for b in i.answer or ()] for i in parts.items] == [
        ["There are 40."],
        ["Thirty of them."],
    ]


def test_headed_sections_collect_their_lines() -> None:
    parts = _parts("Our ref: FOI-2\nREASONS FOR DECISION\nThe data is personal.\nIt is exempt.")
    assert [(s.heading, len(s.blocks)) for s in parts.sections] == [("REASONS FOR DECISION", 2)]


def test_a_line_after_a_link_intro_is_a_link() -> None:
    parts = _parts("A link to our published data is provided below.\nRoad safety statistics")
    assert isinstance(parts.paragraphs[1], foimodel.Link)


def test_request_opened_by_a_sentence_ends_where_the_asking_does() -> None:
    parts = _parts(
        "I am writing to request the number of parking fines issued in 2024.\n"
        "The Council issued 1,204 fines in 2024."
    )
    assert len(parts.items) == 1
    assert [p.text for p in parts.paragraphs] == ["The Council issued 1,204 fines in 2024."]


def test_inline_enumerated_items_are_cut() -> None:
    parts = _parts(
        "In a request dated 1 May 2024, the applicant sought access to (1) the contract; "
        "(2) the invoices; and (3) the minutes."
    )
    assert [i.label for i in parts.items] == ["1", "2", "3"]


def test_each_sentence_asking_for_more_is_a_question() -> None:
    parts = _parts(
        "Dear Council,\n\n"
        "Could you please send me the number of street lamps repaired in 2023. "
        "Furthermore could you provide the cost of those repairs.\n\n"
        "Yours faithfully,\nA Requester"
    )
    assert [q[0][:20] for q in (i.question for i in parts.items)] == [
        "Could you please sen",
        "Furthermore could yo",
    ]


def test_a_sentence_that_only_shapes_the_question_is_not_cut() -> None:
    for text in (
        "Please provide the number of fines issued in 2024. Please break this down by month.",
        "I am writing to request information. Please provide the fines issued in 2024.",
        "1. How many fines were issued?\n2. Please give the names of the officers.",
    ):
        parts = _parts(f"Dear Council,\n\n{text}\n\nYours faithfully,\nA Requester")
        assert len(parts.items) == (2 if text.startswith("1.") else 1), text


def test_a_thread_page_title_is_not_the_request() -> None:
    parts = _parts(
        "Please provide the street cleaning rota\n\n"
        "Jo Bloggs made this Freedom of Information request to Anyshire Council\n\n"
        "Dear Anyshire Council,\n\n"
        "Please can you confirm how often Mill Lane is swept?\n\n"
        "Please can you also provide the rota for 2024?\n\n"
        "Yours faithfully,\nJo Bloggs"
    )
    assert [i.question[0][:22] for i in parts.items] == [
        "Please can you confirm",
        "Please can you also pr",
    ]
    assert parts.paragraphs[0].text == "Please provide the street cleaning rota"  # type: ignore[union-attr]
    title = next(p for p in parts.prose if p.text.startswith("Please provide the street"))
    assert not title.requester


def test_a_run_of_asking_bullets_is_the_request() -> None:
    parts = _parts(
        "Bin collections: FOI release\n"
        "- Published\n"
        "- 3 March 2025\n"
        "Date received: 1 February 2025\n"
        "- The number of missed bin collections in 2024.\n"
        "- The number of complaints about missed collections in 2024.\n"
        "We do not hold a record of missed collections."
    )
    assert [i.question[0][:30] for i in parts.items] == [
        "- The number of missed bin col",
        "- The number of complaints abo",
    ]
    assert not _parts("- Published\n- 3 March 2025\nThe figures are below.").items
    one = _parts("Intro line.\n- The number of missed bin collections in 2024.\nNot held.")
    assert not one.items  # a lone bullet is not taken for a request


def test_a_request_quoted_after_your_request_for() -> None:
    parts = _parts(
        "Dear Mr Smith,\n"
        "I am writing in reply to your 3 March request for:\n"
        "“1. A copy of the fire risk assessment for the depot.\n"
        "2. The test certificates for the last 5 years.”\n"
        "Your request is refused under section 14(1) of the Freedom of Information Act 2000."
    )
    assert [i.label for i in parts.items] == ["1", "2"]
    listed = _parts(
        "Your request has been considered under the following exemptions:\n"
        "Section 40(2) personal information"
    )
    assert not listed.items


def test_thread_messages_from_the_canonical_layout() -> None:
    parts = _parts(
        "Message 1\n=========\nFrom: A Requester\nDate: 2024-05-01\nKind: request\n"
        "How many trees were planted?\n"
        "Message 2\n=========\nFrom: Parks Team\nDate: 2024-05-20\n"
        "Attachment: Response.pdf\nKind: response\nWe planted 310 trees."
    )
    assert [(m.kind.value, m.sender, len(m.blocks)) for m in parts.messages] == [
        ("request", "A Requester", 1),
        ("response", "Parks Team", 1),
    ]
    assert parts.messages[1].attachments == ("Response.pdf",)
    assert [line.requester for line in parts.prose] == [True, False]


def test_a_request_reported_in_the_reply_is_one_question() -> None:
    parts = _parts(
        "Dear Ms Lee\n"
        "Thank you for your request dated 5 June 2023. You asked for the number of ferries "
        "cancelled in 2022.\n"
        "The Council does not hold this information."
    )
    assert [i.question for i in parts.items] == [
        ["You asked for the number of ferries cancelled in 2022."]
    ]
    assert [p.text for p in parts.request_context] == [
        "Thank you for your request dated 5 June 2023."
    ]
    assert [p.text for p in parts.paragraphs][-1] == "The Council does not hold this information."


def test_a_request_reported_after_a_colon() -> None:
    parts = _parts(
        "You asked: Please provide the following for each school:\n"
        "- name\n"
        "- number of pupils\n"
        "- number of teachers\n"
        "Response: See the attached spreadsheet."
    )
    assert len(parts.items) == 1  # the bullets are the breakdown of one question
    assert parts.items[0].question[0].startswith("Please provide the following")


def test_numbered_q_and_a_labels() -> None:
    parts = _parts("Q1. How many staff left?\nA1. 45.\nQ2. How many joined?\nA2. 60.")
    assert [(i.label, [b.text for b in i.answer or []]) for i in parts.items] == [
        ("1", ["45."]),
        ("2", ["60."]),
    ]
    later = _parts("Q1. How many left?\nQ2. How many joined?\nA1. 45.\nA2. 60.")
    assert [[b.text for b in i.answer or []] for i in later.items] == [["45."], ["60."]]


def test_answers_given_as_a_plain_list() -> None:
    parts = _parts(
        "You asked:\n1. How many cameras are there?\n2. How many work?\n"
        "Response:\nThere are 120 cameras.\n104 are working.\nYours sincerely,\nJo"
    )
    assert [[b.text for b in i.answer or []] for i in parts.items] == [
        ["There are 120 cameras."],
        ["104 are working."],
    ]
    uneven = _parts(
        "You asked:\n1. How many cameras are there?\n2. How many work?\n"
        "Response:\nOur answers follow.\nThere are 120 cameras.\n104 are working."
    )
    assert all(i.answer is None for i in uneven.items)  # three lines, two questions


def test_an_attachment_answers_a_reported_request() -> None:
    parts = _parts("You asked for a copy of the parking policy.\nPlease find the policy attached.")
    assert len(parts.items) == 1
    assert [b.text for b in parts.items[0].answer or []] == ["Please find the policy attached."]
