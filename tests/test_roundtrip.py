"""The laws of parse and render, as hypothesis properties."""

from __future__ import annotations

from hypothesis import example, given
from hypothesis import strategies as st

import foimodel
from foimodel import strategies


@given(strategies.documents())
def test_parse_text_inverts_render_text(doc: foimodel.Document) -> None:
    assert foimodel.parse_text(foimodel.render_text(doc)) == doc


@given(strategies.documents())
def test_json_round_trip(doc: foimodel.Document) -> None:
    assert foimodel.from_json(foimodel.to_json(doc)) == doc
    assert foimodel.from_dict(foimodel.to_dict(doc)) == doc


@given(strategies.documents())
def test_render_is_a_normal_form(doc: foimodel.Document) -> None:
    once = foimodel.render_text(doc)
    assert foimodel.render_text(foimodel.parse_text(once)) == once


@given(st.text(max_size=2000))
def test_parse_text_never_raises(text: str) -> None:
    doc = foimodel.parse_text(text)
    assert isinstance(doc, foimodel.Document)
    rendered = foimodel.render_text(doc)
    assert foimodel.render_text(foimodel.parse_text(rendered)) == rendered


@given(
    st.lists(
        st.sampled_from(
            [
                "Our ref: FOI-12",
                "Section 40(2)",
                "1. How many?",
                "Request",
                "RESPONSE",
                "| a | b |",
                "| --- | --- |",
                "-----",
                "=====",
                "Link: x <https://e.org>",
                "Question 2: why?",
                "Answer:",
                "The information is not held.",
                "Message 1",
                "Date received: 2 May 2023",
                "Site text",
                "Unplaced text",
                "Kind: other",
                "cookies are used",
                "- The number of bins in the ward.",
                "Jo made this Freedom of Information request to Anyshire Council",
                "Could you send the list. Could you also provide the costs.",
                "I write in reply to your request for:",
                "“1. A copy of the policy.",
                "Q1. How many?",
                "A1. 45.",
                "You asked: Please provide the list for each ward:",
                "Please find the policy attached.",
                "There are 120 cameras.",
                "",
                "  ",
                "a:",
            ]
        ),
        max_size=30,
    ).map("\n".join)
)
@example("Message 1\n=====\nOur ref: FOI-12\n-----")  # a heading inside a message
@example("- The number of bins.\nOur ref: FOI-12\n- The number of fines.")  # a run, split
def test_structured_noise_is_a_normal_form(text: str) -> None:
    doc = foimodel.parse_text(text)
    rendered = foimodel.render_text(doc)
    assert foimodel.render_text(foimodel.parse_text(rendered)) == rendered
