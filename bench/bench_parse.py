"""parse_text throughput on the development corpus, and adversarial texts.

Run on demand (not a test): ``python bench/bench_parse.py [--rounds N]``.
Reports, in one run and one process (one core):

* documents/s for ``parse_text`` over ../shared/corpus/real and seed, and the ratio
  to a baseline measured in the same run: ``normalize_text`` + ``str.splitlines`` on
  the same texts (the floor for anything that reads every line);
* the time to parse 1 MB adversarial texts (runs of digits, brackets, "section",
  spaces, no newlines; and one of many lines: a thousand numbered questions and
  their answers), each against the same baseline on that text.
"""

from __future__ import annotations

import argparse
import sys
import time
from collections.abc import Callable
from pathlib import Path

import foimodel
from foimodel.ingest.text import normalize_text

CORPUS = Path(__file__).resolve().parents[1].parent / "shared" / "corpus"
ADVERSARIAL = {
    "digits": "1234567890" * 100_000,
    "brackets": "(((((" * 100_000 + ")))))" * 100_000,
    "section": "section 40(2)(a) and (b) " * 40_000,
    "s-numbers": "s1 " * 330_000,
    "spaces": " " * 1_000_000 + "x",
    "regulation": "regulation 12(4)(b), " * 48_000,
    "dates": "1 May 2023 " * 90_000,
    "words": "the information requested is not held by " * 24_000,
    # Many lines: 999 numbered questions, their answers by number, then filler lines.
    "items": (
        "You asked:\n"
        + "".join(f"{i}. How many bins are there in ward {i}?\n" for i in range(1, 1000))
        + "Response:\n"
        + "".join(f"{i}. Not held.\nThe bins were counted in 2023.\n" for i in range(1, 1000))
        + "Further notes follow on the next line.\n" * 23_000
    ),
}


def _clock(fn: Callable[[], object], rounds: int) -> float:
    best = float("inf")
    for _ in range(rounds):
        start = time.process_time()
        fn()
        best = min(best, time.process_time() - start)
    return best


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--rounds", type=int, default=5)
    args = parser.parse_args(argv)
    texts = [
        p.read_text("utf-8") for d in ("real", "seed") for p in sorted((CORPUS / d).glob("*.txt"))
    ]
    if texts:
        foimodel.parse_text(texts[0])  # load catalogues and compile patterns once

        def parse_all() -> None:
            for text in texts:
                foimodel.parse_text(text)

        def floor_all() -> None:
            for text in texts:
                normalize_text(text).splitlines()

        spent = _clock(parse_all, args.rounds)
        floor = _clock(floor_all, args.rounds)
        size = sum(len(t) for t in texts) / len(texts)
        print(f"corpus: {len(texts)} documents, {size:,.0f} characters on average")
        per_doc = 1000 * spent / len(texts)
        print(f"  parse_text  {len(texts) / spent:10,.0f} docs/s  {per_doc:.3f} ms/doc")
        print(f"  baseline    {len(texts) / floor:10,.0f} docs/s  (normalize + splitlines)")
        print(f"  ratio       {spent / floor:10.1f}x the baseline")
    else:
        print(f"no corpus at {CORPUS}; skipping the throughput part", file=sys.stderr)
    print("adversarial 1 MB texts (seconds, best of 2):")
    for name, text in ADVERSARIAL.items():
        spent = _clock(lambda text=text: foimodel.parse_text(text), 2)  # type: ignore[misc]
        floor = _clock(lambda text=text: normalize_text(text).splitlines(), 2)  # type: ignore[misc]
        print(f"  {name:<11} {spent:6.3f} s   baseline {floor:6.4f} s   {len(text):>9,} chars")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
