"""The labelled corpus in ../shared/corpus: accuracy floors and the normal-form law.

The floors in ``corpus_floors.json`` may rise, never fall without a note in the
changelog. The scorer is the corpus's own ``score.py``, run as users run it.
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

import foimodel

FLOORS = json.loads((Path(__file__).with_name("corpus_floors.json")).read_text("utf-8"))


def _score(corpus: Path, tmp_path: Path, *dirs: str) -> dict[str, float]:
    report = tmp_path / "report.json"
    folders = [str(corpus / d) for d in dirs if (corpus / d).is_dir()]
    if not folders:
        pytest.skip(f"no {dirs} in the corpus")
    done = subprocess.run(
        [sys.executable, str(corpus / "score.py"), "--json", str(report), *folders],
        capture_output=True,
        text=True,
        check=False,
    )
    assert report.exists(), done.stdout + done.stderr
    result: dict[str, float] = json.loads(report.read_text("utf-8"))
    return result


@pytest.mark.corpus
@pytest.mark.parametrize("suite", sorted(FLOORS))
def test_scores_stay_above_their_floors(suite: str, corpus: Path, tmp_path: Path) -> None:
    floors = FLOORS[suite]
    report = _score(corpus, tmp_path, *floors["dirs"])
    assert report["crashes"] == 0
    below = {
        field: (report.get(field), floor)
        for field, floor in floors["floors"].items()
        if report.get(field) is None or report[field] < floor - 1e-9  # type: ignore[operator]
    }
    assert not below, f"below floor: {below}"


def _documents(corpus: Path) -> list[Path]:
    return sorted(
        p
        for d in ("seed", "real", "html")
        for p in (corpus / d).glob("*")
        if p.suffix in (".txt", ".html")
    )


@pytest.mark.corpus
def test_render_parse_is_a_normal_form_on_every_corpus_file(corpus: Path) -> None:
    failures = []
    for path in _documents(corpus):
        if path.suffix == ".html":
            doc = foimodel.parse_html(path.read_bytes())
        else:
            doc = foimodel.parse_text(path.read_text("utf-8"))
        once = foimodel.render_text(doc)
        again = foimodel.parse_text(once)
        if foimodel.render_text(again) != once:
            failures.append(path.name)
        if again != foimodel.anchor(again):
            failures.append(path.name + " (anchor)")
    assert not failures
