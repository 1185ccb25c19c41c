"""The per-law example table in docs/deadlines.md is computed, not typed."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from foimodel.deadlines import due_date, law_ids

DOC = Path(__file__).resolve().parents[1] / "docs" / "deadlines.md"


def _rows() -> list[tuple[str, dt.date, list[str], dt.date]]:
    if not DOC.exists():
        return []
    text = DOC.read_text("utf-8").split("## One example per law", 1)[-1].split("\n## ")[0]
    rows = []
    for line in text.splitlines():
        cells = [c.strip() for c in line.strip().strip("|").split("|")]
        if len(cells) == 5 and cells[0] in law_ids():
            law, received, exts, due, _ = cells
            rows.append(
                (
                    law,
                    dt.date.fromisoformat(received),
                    exts.split(", ") if exts else [],
                    dt.date.fromisoformat(due),
                )
            )
    return rows


@pytest.mark.skipif(not DOC.exists(), reason="docs not present")
def test_every_law_has_a_docs_example() -> None:
    assert {row[0] for row in _rows()} == set(law_ids())


@pytest.mark.parametrize(("law", "received", "extensions", "due"), _rows())
def test_docs_example(law: str, received: dt.date, extensions: list[str], due: dt.date) -> None:
    assert due_date(received, law, extensions=extensions).date == due
