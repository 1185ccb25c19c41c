"""parse_text on the seed, the bundled examples and small documents written here."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

import foimodel
from foimodel import Outcome, ParsePolicy

EXAMPLES = Path(__file__).resolve().parents[1] / "examples"


def test_seed_document(corpus: Path) -> None:
    text = (corpus / "seed" / "met-01.FOI.23.034971.txt").read_text("utf-8")
    doc = foimodel.parse_text(text)
    assert [r.raw for r in doc.references] == ["01.FOI.23.034971"]
    assert doc.outcome is Outcome.DISCLOSED_IN_FULL
    assert doc.decision.sentence is not None
    assert "in full" in doc.decision.sentence
    assert len(doc.items) == 2
    assert all(item.answer is not None for item in doc.items)
    assert doc.items[0].question.startswith("How many calls/online reports")
    assert doc.items[1].question.startswith("How many of these")
    assert [(c.label, c.law, c.applied) for c in doc.citations] == [("s.16", "uk-foia-2000", False)]
    assert [link.text for link in doc.links] == [
        "MPS Website: Stats and Data",
        "MPS Publication Scheme",
    ]
    assert len(doc.boilerplate) == 7  # the ten banner lines of the page, as the text holds them
    assert doc.residue == ()
    assert doc.defects == ()
    assert foimodel.parse_text(foimodel.render_text(doc)) == foimodel.anchor(doc)


def test_seed_scores_one_on_every_labelled_field(corpus: Path) -> None:
    label = json.loads((corpus / "seed" / "met-01.FOI.23.034971.json").read_text("utf-8"))
    row = foimodel.to_row(
        foimodel.parse_text((corpus / "seed" / "met-01.FOI.23.034971.txt").read_text("utf-8"))
    )
    assert row["references"] == label["references"]
    assert row["outcome"] == label["outcome"]
    assert row["question_count"] == label["question_count"]
    assert row["jurisdiction"] == label["jurisdiction"]
    assert row["laws"] == ["uk-foia-2000"]
    assert row["exemptions"] == label["exemptions"]
    assert row["provisions"] == label["provisions_mentioned"]
    # The scorer's rule: one name, normalised, holds the other.
    want, got = (
        re.sub(r"[^a-z0-9]+", " ", s.lower()).strip()
        for s in (label["authority"], row["authority"] or "?")
    )
    assert want in got or got in want


@pytest.mark.parametrize("path", sorted(EXAMPLES.glob("*.txt")), ids=lambda p: p.stem)
def test_examples_round_trip(path: Path) -> None:
    doc = foimodel.parse_text(path.read_text("utf-8"))
    assert doc.defects == ()
    assert foimodel.parse_text(foimodel.render_text(doc)) == foimodel.anchor(doc)


def test_disclosure_example_pairs_numbered_questions_and_answers() -> None:
    doc = foimodel.parse_text((EXAMPLES / "disclosure-bus-lanes.txt").read_text("utf-8"))
    assert [i.label for i in doc.items] == ["1", "2", "3"]
    table = doc.items[1].answer.blocks[0]  # type: ignore[union-attr]
    assert isinstance(table, foimodel.Table)
    assert table.header == ("Quarter", "Notices")
    assert len(table.rows) == 4
    assert doc.outcome is Outcome.DISCLOSED_IN_FULL
    assert len(doc.boilerplate) == 2


def test_refusal_example_lists_applied_exemptions() -> None:
    doc = foimodel.parse_text((EXAMPLES / "refusal-custody-cctv.txt").read_text("utf-8"))
    row = foimodel.to_row(doc)
    assert row["outcome"] == "refused"
    assert row["exemptions"] == ["s.30(1)(a)", "s.40(2)"]
    assert "s.17" in row["provisions"]
    assert row["received"] == "2025-03-03"
    assert row["response"] == "2025-03-28"


def test_not_held_example() -> None:
    doc = foimodel.parse_text((EXAMPLES / "not-held-grit-bins.txt").read_text("utf-8"))
    assert doc.outcome is Outcome.NOT_HELD
    assert doc.laws == ("uk-eir-2004",)
    assert [c.label for c in doc.exemptions] == ["reg.12(4)(a)"]
    assert doc.items[0].answer is not None


def test_every_line_is_kept_somewhere() -> None:
    text = (EXAMPLES / "disclosure-bus-lanes.txt").read_text("utf-8")
    rendered = foimodel.render_text(foimodel.parse_text(text))
    for line in text.splitlines():
        if line.strip() and not line.startswith("|"):
            words = line.split()[-1]
            assert words in rendered, line


def test_not_an_foi_document_goes_to_residue() -> None:
    doc = foimodel.parse_text("Shopping list\nmilk\neggs\nbread")
    assert doc.outcome is Outcome.UNKNOWN
    assert [p.text for p in doc.residue] == ["Shopping list", "milk", "eggs", "bread"]
    assert [d.kind for d in doc.defects] == ["not-foi"]


def test_empty_text_has_a_defect() -> None:
    assert [d.kind for d in foimodel.parse_text("  \n ").defects] == ["empty"]


def test_strict_policy_raises_parse_error_with_position() -> None:
    with pytest.raises(foimodel.ParseError) as info:
        foimodel.parse_text("milk\neggs", policy=ParsePolicy(strict=True))
    assert info.value.kind == "not-foi"
    assert info.value.position == 0
    assert isinstance(info.value, foimodel.FoiModelError)
    assert isinstance(info.value, ValueError)


def test_too_large_input() -> None:
    with pytest.raises(foimodel.InputTooLargeError):
        foimodel.parse_text("x" * 101, policy=ParsePolicy(max_bytes=100))


@pytest.mark.parametrize("bad", [b"bytes", None, 42, ["a"]])
def test_wrong_types_name_the_argument(bad: object) -> None:
    with pytest.raises(TypeError, match="'text'"):
        foimodel.parse_text(bad)  # type: ignore[arg-type]
    with pytest.raises(TypeError, match="'doc'"):
        foimodel.render_text(bad)  # type: ignore[arg-type]


def test_policy_type_is_checked() -> None:
    with pytest.raises(TypeError, match="'policy'"):
        foimodel.parse_text("x", policy={"strict": True})  # type: ignore[arg-type]


def test_policy_rejects_non_positive_limits() -> None:
    with pytest.raises(ValueError, match="max_bytes"):
        ParsePolicy(max_bytes=0)


def test_explicit_decision_sentence_wins_over_answers() -> None:
    text = (
        "Our ref: FOI-1\nYou asked:\n1. How many bins?\n2. How many lamps?\n"
        "I have today decided to disclose the located information to you in full.\n"
        "1. How many bins?\nThis information is not held by the Council.\n"
        "2. How many lamps?\nThere are 12 lamps.\n"
    )
    doc = foimodel.parse_text(text)
    assert doc.outcome is Outcome.DISCLOSED_IN_FULL
    assert [i.answer is not None for i in doc.items] == [True, True]


def test_spans_point_into_the_normalised_text() -> None:
    text = "Our ref:\tFOI-9   \r\nSection 40(2) applies; the information is withheld.\r\n"
    doc = foimodel.parse_text(text)
    normalized = foimodel.ingest.normalize_text(text)
    assert doc.references[0].span.slice(normalized) == "FOI-9"
    assert doc.citations[0].span.slice(normalized) == "Section 40(2)"


def test_an_ambiguous_date_without_a_jurisdiction_is_a_defect() -> None:
    doc = foimodel.parse_text("Date received: 03/04/2021\nSome notes on the bins.")
    assert [d.kind for d in doc.defects] == ["ambiguous-date"]
    us = foimodel.parse_text(
        "Date received: 03/04/2021\nSome notes on the bins.",
        policy=ParsePolicy(jurisdiction="US-federal"),
    )
    assert us.defects == ()
    assert us.dates[0].value.month == 3


def test_encoding_damage_is_a_defect_and_the_facts_are_still_found() -> None:
    text = (
        "Our ref: FOI-77\n"
        "We canâ€™t release the names: they are withheld under section 40(2) of the "
        "Freedom of Information Act 2000. The fee would be Â£450. Caf\ufffd lists.\n"
    )
    doc = foimodel.parse_text(text)
    assert [d.kind for d in doc.defects] == ["encoding", "encoding"]
    assert "U+FFFD" in doc.defects[0].reason
    assert "Windows-1252" in doc.defects[1].reason
    assert [c.label for c in doc.exemptions] == ["s.40(2)"]
    assert doc.references[0].raw == "FOI-77"
    clean = foimodel.parse_text("Our ref: FOI-77\nThe café list is not held. Cost £5.\n")
    assert not [d for d in clean.defects if d.kind == "encoding"]
