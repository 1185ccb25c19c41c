"""render_markdown: a readable Markdown view of a record."""

from __future__ import annotations

import datetime as dt

import pytest

import foimodel
from foimodel.models import (
    Answer,
    Citation,
    DateMention,
    DateRole,
    Decision,
    Document,
    Link,
    Message,
    Outcome,
    Paragraph,
    Reference,
    RequestItem,
    Section,
    Table,
)
from foimodel.render.markdown import render_markdown

DOC = Document(
    title="Potholes 2023",
    references=(Reference(raw="FOI/123", normalized="FOI/123", label="Our ref"),),
    authority="Borsetshire County Council",
    jurisdiction="UK",
    laws=("uk-foia-2000",),
    dates=(DateMention(role=DateRole.RECEIVED, value=dt.date(2024, 1, 2), raw="2 January 2024"),),
    decision=Decision(outcome=Outcome.DISCLOSED_IN_PART),
    paragraphs=(Paragraph(text="Thank you for your request."),),
    items=(
        RequestItem(
            label="1",
            question="1. How many potholes were *reported*?",
            answer=Answer(
                blocks=(
                    Paragraph(text="See the table."),
                    Table(header=("Year", "Count"), rows=(("2023", "4|5"),)),
                )
            ),
        ),
        RequestItem(label="b", question="Names of inspectors?"),
    ),
    sections=(
        Section(
            heading="Complaints",
            blocks=(Link(text="ICO website", target="https://ico.org.uk/"),),
        ),
    ),
    messages=(Message(sender="foi@example.org", attachments=("a.pdf",)),),
    citations=(
        Citation(law="uk-foia-2000", unit="s", path=("40", "2"), raw="s.40(2)", applied=True),
    ),
)


def test_layout() -> None:
    md = render_markdown(DOC)
    assert md.startswith("# Potholes 2023\n")
    for line in (
        "- **Our ref:** FOI/123",
        "- **Authority:** Borsetshire County Council",
        "- **Received date:** 2024-01-02",
        "- **Outcome:** disclosed in part",
        "- **Exemptions:** s.40(2)",
        "## Request",
        "1. How many potholes were \\*reported\\*?",
        "   | Year | Count |",
        "   |---|---|",
        "   | 2023 | 4\\|5 |",
        "2. (b) Names of inspectors?",
        "## Complaints",
        "[ICO website](<https://ico.org.uk/>)",
        "## Message 1",
        "- **Attachment:** a.pdf",
    ):
        assert line in md.splitlines(), line
    assert "\n\n\n" not in md


def test_empty_document() -> None:
    assert render_markdown(Document()) == "# FOI document\n\n- **Outcome:** unknown\n"


def test_parsed_document_renders() -> None:
    doc = foimodel.parse_text("Our ref: FOI-9\nYou asked:\n1. How many bins?\nNot held.")
    assert "## Request" in render_markdown(doc)


def test_type_error() -> None:
    with pytest.raises(TypeError):
        render_markdown("x")  # type: ignore[arg-type]
