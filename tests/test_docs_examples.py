"""The examples on the documentation pages run, and print what the pages show.

Conventions for ``docs/*.md`` (documented in ``docs/index.md``):

- Every fenced ```` ```python ```` block of a page runs, in page order, in one
  namespace per page, with the repository root as the working directory.
- A block whose first line starts with ``# not run`` is shown but not run
  (signatures, snippets that need a cluster or a network).
- A block whose first lines are ``# needs: pkg, pkg`` runs only when those
  packages import; otherwise the page's test is skipped.
- A fenced ```` ```text ```` or ```` ```console ```` block that directly follows a
  run block (nothing but blank lines between them) is that block's output: the
  block's captured stdout must equal it, trailing whitespace stripped per line.
"""

from __future__ import annotations

import contextlib
import io
import re
from pathlib import Path

import attrs
import pytest

ROOT = Path(__file__).resolve().parents[1]
DOCS = ROOT / "docs"

_FENCE = re.compile(r"^(?P<indent> {0,3})(?P<fence>`{3,})(?P<info>[^`\n]*)$")
_OUTPUT_LANGS = frozenset({"text", "console"})
_NEEDS = re.compile(r"#\s*needs:\s*(?P<pkgs>.+)")


@attrs.frozen
class Block:
    lang: str
    code: str
    line: int  # 1-based line of the opening fence
    end: int  # 1-based line of the closing fence


@attrs.frozen
class Example:
    block: Block
    output: Block | None
    needs: tuple[str, ...]
    skipped: bool


def fenced_blocks(text: str) -> list[Block]:
    """The fenced code blocks of a Markdown page, in order."""
    lines = text.splitlines()
    blocks: list[Block] = []
    i = 0
    while i < len(lines):
        opening = _FENCE.match(lines[i])
        if opening is None:
            i += 1
            continue
        fence = opening["fence"]
        lang = opening["info"].strip().split(" ", 1)[0].lower()
        body: list[str] = []
        j = i + 1
        while j < len(lines) and not re.fullmatch(rf" {{0,3}}{fence}`*\s*", lines[j]):
            body.append(lines[j])
            j += 1
        blocks.append(Block(lang=lang, code="\n".join(body) + "\n", line=i + 1, end=j + 1))
        i = j + 1
    return blocks


def examples(text: str) -> list[Example]:
    """The python blocks of a page, each with the output block that follows it."""
    lines = text.splitlines()
    blocks = fenced_blocks(text)
    found: list[Example] = []
    for k, block in enumerate(blocks):
        if block.lang != "python":
            continue
        first = block.code.lstrip().split("\n", 1)[0]
        needs: list[str] = []
        for line in block.code.splitlines():
            match = _NEEDS.fullmatch(line.strip())
            if match is None:
                break
            needs.extend(p.strip() for p in match["pkgs"].split(",") if p.strip())
        output = None
        if k + 1 < len(blocks) and blocks[k + 1].lang in _OUTPUT_LANGS:
            between = lines[block.end : blocks[k + 1].line - 1]
            if all(not line.strip() for line in between):
                output = blocks[k + 1]
        found.append(
            Example(
                block=block,
                output=output,
                needs=tuple(needs),
                skipped=first.startswith("# not run"),
            )
        )
    return found


def _normal(text: str) -> str:
    return "\n".join(line.rstrip() for line in text.strip("\n").splitlines())


PAGES = sorted(DOCS.glob("*.md"))


def test_pages_found() -> None:
    assert PAGES, "docs/*.md not found"


@pytest.mark.parametrize("page", PAGES, ids=[p.name for p in PAGES])
def test_page_examples(page: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    found = examples(page.read_text("utf-8"))
    runnable = [e for e in found if not e.skipped]
    if not runnable:
        pytest.skip("no runnable python examples")
    for example in runnable:
        for package in example.needs:
            pytest.importorskip(package)
    monkeypatch.chdir(ROOT)
    namespace: dict[str, object] = {"__name__": f"docs_{page.stem.replace('-', '_')}"}
    for example in runnable:
        where = f"{page.name}:{example.block.line}"
        out = io.StringIO()
        with contextlib.redirect_stdout(out):
            try:
                exec(compile(example.block.code, where, "exec"), namespace)
            except Exception as exc:
                pytest.fail(f"{where}: example raised {type(exc).__name__}: {exc}")
        if example.output is not None:
            assert _normal(out.getvalue()) == _normal(example.output.code), (
                f"{where}: printed output differs from the block at line {example.output.line}"
            )
