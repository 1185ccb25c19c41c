"""Every pattern behind a leading-character lookahead matches as its plain pattern does."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import foimodel
from foimodel.extract import authority
from foimodel.extract._leading import LEADING, leading

authority._short_names()  # built on first use: register it too

CORPUS = Path(__file__).resolve().parents[2] / "shared" / "corpus"
EXAMPLES = Path(__file__).resolve().parents[1] / "examples"


def _pairs() -> list[tuple[re.Pattern[str], re.Pattern[str]]]:
    return [
        (re.compile(pattern, flags), re.compile(f"(?=[{first}])(?:{pattern})", flags))
        for first, pattern, flags in LEADING
    ]


def _spans(rx: re.Pattern[str], text: str) -> list[tuple[int, int]]:
    return [m.span() for m in rx.finditer(text)]


# Words the patterns look for, in both cases, with the marks between them.
_WORDS = sorted(
    {w for _, pattern, _ in LEADING for w in re.findall(r"[A-Za-z]{2,}", pattern)}
    | {"40(2)", "12(4)(b)", "(b)(6)", "5 U.S.C.", "552", "1 May 2023", "03/04/2021", "OIC-1"}
)
_TOKENS = st.sampled_from(_WORDS).flatmap(
    lambda w: st.sampled_from([w, w.lower(), w.upper(), w.capitalize()])
)
_GLUE = st.sampled_from([" ", "  ", ", ", ". ", "\n", "(", ")", "-", ": ", "", "? ", "s."])
_TEXT = st.lists(st.tuples(_TOKENS, _GLUE), max_size=30).map(
    lambda pairs: "".join(a + b for a, b in pairs)
)


def test_registry_covers_the_extractors() -> None:
    assert len(LEADING) >= 20
    assert foimodel.parse_text("Our ref: FOI-1") is not None


@settings(deadline=None)
@given(text=_TEXT)
def test_same_matches_on_generated_text(text: str) -> None:
    for plain, fast in _pairs():
        assert _spans(fast, text) == _spans(plain, text), plain.pattern[:80]


def test_same_matches_on_documents() -> None:
    paths = sorted(EXAMPLES.glob("*.txt"))
    if CORPUS.is_dir():
        paths += sorted(CORPUS.glob("*/*.txt"))
    texts = [p.read_text("utf-8") for p in paths]
    assert texts
    for plain, fast in _pairs():
        for text in texts:
            assert _spans(fast, text) == _spans(plain, text), plain.pattern[:80]


def test_a_wrong_first_set_is_caught() -> None:
    # The check above can fail: a lookahead that leaves out a first letter loses matches.
    first, pattern, flags = "x", r"\bnot held\b", re.IGNORECASE
    fast = leading(first, pattern, flags)
    LEADING.pop()
    assert _spans(fast, "not held") != _spans(re.compile(pattern, flags), "not held")


@pytest.mark.parametrize("text", ["", "a" * 10_000, "NOT HELD not held"])
def test_edge_texts(text: str) -> None:
    for plain, fast in _pairs():
        assert _spans(fast, text) == _spans(plain, text)
