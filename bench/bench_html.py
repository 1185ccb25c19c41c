"""Benchmark the HTML front end on the corpus's real pages (run on demand).

    .venv/bin/python bench/bench_html.py            # 20 runs per page
    .venv/bin/python bench/bench_html.py -n 50 ../shared/corpus

For every ``raw/**/*.html`` and ``html/*.html`` page under the corpus it reports
the median milliseconds per page of

- ``html_blocks``: the HTML front end alone (bytes to normalised text and blocks);
- ``parse_html``: the whole parse (front end, segmenter and extractors);
- the floor, ``lxml.html.fromstring(data).text_content()`` on the same bytes;
- ``trafilatura.extract(data)`` when trafilatura is importable (else the column is
  left out),

and the ratios ``parse_html / lxml`` and ``trafilatura / parse_html``. It also
reports a second floor for context: parsing the page with lxml and visiting every
element from Python, reading its tag, text and tail and nothing more (what any
parser that walks the tree in Python pays before it does any work).
"""

from __future__ import annotations

import argparse
import statistics
import sys
import time
from collections.abc import Callable
from pathlib import Path

import lxml.html

import foimodel
from foimodel.ingest.html import html_blocks

DEFAULT_CORPUS = Path(__file__).resolve().parents[2] / "shared" / "corpus"

try:  # optional: pip install trafilatura
    import trafilatura
except ImportError:  # pragma: no cover - depends on the environment
    trafilatura = None


def _median_ms(fn: Callable[[], object], runs: int) -> float:
    fn()  # warm-up
    times = []
    for _ in range(runs):
        started = time.perf_counter()
        fn()
        times.append(time.perf_counter() - started)
    return statistics.median(times) * 1000


def _python_walk(data: bytes) -> None:
    for element in lxml.html.fromstring(data).iter():
        _ = (element.tag, element.text, element.tail)


def _pages(corpus: Path) -> list[Path]:
    pages = sorted((corpus / "raw").glob("**/*.html")) + sorted((corpus / "html").glob("*.html"))
    seen: set[bytes] = set()
    unique = []
    for page in pages:  # the labelled copies repeat raw pages: bench each text once
        data = page.read_bytes()
        if data not in seen:
            seen.add(data)
            unique.append(page)
    return unique


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("corpus", nargs="?", type=Path, default=DEFAULT_CORPUS)
    parser.add_argument("-n", "--runs", type=int, default=20, help="runs per page (default 20)")
    args = parser.parse_args(argv)
    pages = _pages(args.corpus)
    if not pages:
        print(f"no HTML pages under {args.corpus}", file=sys.stderr)
        return 2
    has_traf = trafilatura is not None
    head = f"{'page':<42} {'KB':>6} {'blocks':>8} {'parse':>8} {'lxml':>8} {'x lxml':>7}"
    if has_traf:
        head += f" {'trafil.':>8} {'traf/us':>8}"
    print(f"median ms per page over {args.runs} runs" + ("" if has_traf else " (no trafilatura)"))
    print(head)
    print("-" * len(head))
    totals = {"blocks": 0.0, "parse": 0.0, "lxml": 0.0, "traf": 0.0, "walk": 0.0}
    for page in pages:
        data = page.read_bytes()
        row = {
            "blocks": _median_ms(lambda d=data: html_blocks(d), args.runs),
            "parse": _median_ms(lambda d=data: foimodel.parse_html(d), args.runs),
            "lxml": _median_ms(lambda d=data: lxml.html.fromstring(d).text_content(), args.runs),
            "walk": _median_ms(lambda d=data: _python_walk(d), args.runs),
        }
        if has_traf:
            row["traf"] = _median_ms(lambda d=data: trafilatura.extract(d), args.runs)
        for key, value in row.items():
            totals[key] += value
        line = (
            f"{page.parent.name[:14] + '/' + page.name[:27]:<42} {len(data) / 1024:>6.0f} "
            f"{row['blocks']:>8.2f} {row['parse']:>8.2f} {row['lxml']:>8.2f} "
            f"{row['parse'] / row['lxml']:>7.1f}"
        )
        if has_traf:
            line += f" {row['traf']:>8.2f} {row['traf'] / row['parse']:>8.1f}"
        print(line)
    print("-" * len(head))
    line = (
        f"{'total (' + str(len(pages)) + ' pages)':<42} {'':>6} {totals['blocks']:>8.2f} "
        f"{totals['parse']:>8.2f} {totals['lxml']:>8.2f} {totals['parse'] / totals['lxml']:>7.1f}"
    )
    if has_traf:
        line += f" {totals['traf']:>8.2f} {totals['traf'] / totals['parse']:>8.1f}"
    print(line)
    print(
        f"html_blocks alone: {totals['blocks'] / totals['lxml']:.1f}x the lxml floor"
        + (
            f", {totals['traf'] / totals['blocks']:.1f}x faster than trafilatura"
            if has_traf
            else ""
        )
    )
    print(
        f"a bare Python walk of the lxml tree: {totals['walk'] / totals['lxml']:.2f}x the lxml "
        f"floor; parse_html is {totals['parse'] / totals['walk']:.1f}x that walk"
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
