"""render_html and parse_html: the HTML page of a record reads back as the record.

The HTML front end writes the page as the canonical text, so the laws are
    html_blocks(render_html(d))[0] == render_text(d)
    parse_html(render_html(d)) == evolve(parse_text(render_text(d)), source=html)
and, where the text law parse_text(render_text(d)) == anchor(d) holds, the full law
    parse_html(render_html(d)) == evolve(anchor(d), source=html).
"""

from __future__ import annotations

import datetime as dt
import os

import attrs
import pytest
from hypothesis import assume, given, settings

from foimodel import parse_html, parse_text
from foimodel.ingest.html import html_blocks
from foimodel.models import (
    Answer,
    DateMention,
    DateRole,
    Decision,
    Document,
    Link,
    Message,
    MessageKind,
    Outcome,
    Paragraph,
    Reference,
    RequestItem,
    Section,
    Source,
    Table,
)
from foimodel.render.html import render_html
from foimodel.render.text import anchor, render_text
from foimodel.strategies import documents

HTML = Source(format="html", encoding="utf-8")
CI = os.environ.get("HYPOTHESIS_PROFILE") == "ci"
EXAMPLES = settings() if CI else settings(max_examples=50)

HAND_MADE = [
    Document(),
    Document(decision=Decision(outcome=Outcome.NOT_HELD)),
    Document(
        title="Parking fines  2023",  # two spaces: kept with white-space: pre-wrap
        references=(Reference(raw="FOI-123", normalized="FOI-123", label="Our ref"),),
        authority="Borough Council",
        dates=(DateMention(role=DateRole.RECEIVED, value=dt.date(2023, 5, 3), raw="3 May 2023"),),
        paragraphs=(Paragraph(text="Thank you for your request <of> 3 May & more."),),
        request_context=(Paragraph(text="You asked for the following:"),),
        items=(
            RequestItem(
                label="1",
                question="How many fines?\nBy ward.",
                answer=Answer(
                    blocks=(
                        Table(header=("Ward", "Fines"), rows=(("North", "4"), ("a|b", "x\\y"))),
                        Link(text="The data", target="https://example.org/d?a=1&b=2"),
                        Link(text="Annex A"),
                    )
                ),
            ),
            RequestItem(question="Why?"),
        ),
        sections=(Section(heading="Complaint rights", blocks=(Paragraph(text="Write\tto us."),)),),
        messages=(
            Message(
                kind=MessageKind.REQUEST,
                sender="A. Person",
                recipient="FOI team",
                sent=dt.date(2023, 5, 1),
                subject="Fines",
                attachments=("letter.pdf",),
                blocks=(Paragraph(text="Dear FOI team"),),
            ),
            Message(kind=MessageKind.RESPONSE, blocks=(Table(rows=(("1",),)),)),
        ),
        boilerplate=(Paragraph(text="Skip to content"),),
        residue=(Paragraph(text="Page 2 of 3"),),
    ),
]


@pytest.mark.parametrize("doc", HAND_MADE)
def test_page_text_is_the_canonical_text(doc: Document) -> None:
    page = render_html(doc)
    assert html_blocks(page)[0] == render_text(doc)
    assert parse_html(page) == attrs.evolve(parse_text(render_text(doc)), source=HTML)


def test_page_is_clean_html5() -> None:
    page = render_html(HAND_MADE[2])
    assert page.startswith("<!doctype html>\n")
    assert '<meta charset="utf-8">' in page
    assert "<title>Parking fines  2023</title>" in page
    assert "<script" not in page
    assert "&lt;of&gt; 3 May &amp; more" in page
    assert '<a href="https://example.org/d?a=1&amp;b=2">The data</a>' in page
    assert "<thead><tr><th>Ward</th><th>Fines</th></tr></thead>" in page
    assert '<section class="request">' in page
    assert '<article class="message">' in page


def test_render_html_rejects_non_documents() -> None:
    with pytest.raises(TypeError, match="Document"):
        render_html("not a document")  # type: ignore[arg-type]


def test_full_law_on_a_parsed_letter() -> None:
    doc = parse_text(
        "Our ref: FOI-123\nYou asked:\n1. How many bins?\nThe information is not held.\n"
    )
    assert parse_html(render_html(doc)) == attrs.evolve(anchor(doc), source=HTML)


@EXAMPLES
@given(documents())
def test_html_reads_back_as_text(doc: Document) -> None:
    page = render_html(doc)
    assert html_blocks(page)[0] == render_text(doc)
    assert parse_html(page) == attrs.evolve(parse_text(render_text(doc)), source=HTML)


@EXAMPLES
@given(documents())
def test_round_trip_law(doc: Document) -> None:
    assume(parse_text(render_text(doc)) == anchor(doc))  # the text front end's own law
    assert parse_html(render_html(doc)) == attrs.evolve(anchor(doc), source=HTML)


@EXAMPLES
@given(documents())
def test_bytes_page_round_trips(doc: Document) -> None:
    page = render_html(doc).encode("utf-8")
    assert parse_html(page) == attrs.evolve(parse_text(render_text(doc)), source=HTML)
