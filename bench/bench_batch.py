"""Benchmark ``foimodel batch``: throughput, peak memory and overhead (run on demand).

    .venv/bin/python bench/bench_batch.py            # 1 000 and 20 000 documents
    .venv/bin/python bench/bench_batch.py --small 200 --large 2000

It writes a synthetic corpus (FOI response letters from a small template
generator, no real text) into a temporary directory, then reports in one table:
docs/s for ``--jobs 1`` and ``--jobs 2``, peak RSS of the batch process for the
small and the large corpus, and the batch overhead as a ratio to calling
``foimodel.parse_text`` in a plain loop over the same files.
"""

from __future__ import annotations

import argparse
import json
import random
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import foimodel

AUTHORITIES = (
    "Borsetshire County Council",
    "Ambridge Police",
    "Department for Widgets",
    "Felpersham NHS Trust",
    "Loxley Barrett School",
)
TOPICS = (
    "street lamps",
    "parking fines",
    "pothole repairs",
    "school meals",
    "overtime",
    "consultancy spend",
    "fleet vehicles",
    "sick leave",
    "CCTV cameras",
    "FOI requests",
)
DECISIONS = (
    "The information you requested is not held by {authority}.",
    "I have decided to disclose the located information to you in full.",
    "I have decided to withhold the information under section 40(2) of the Freedom of "
    "Information Act 2000.",
    "Some of the information is withheld under section 43(2) of the Freedom of Information "
    "Act 2000 and section 31(1)(a) of the Act.",
    "We can neither confirm nor deny whether we hold the information, under section 23(5).",
)
MONTHS = (
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
)

# Runs the batch as a child and prints the child's peak RSS (kB) and wall time.
_RUNNER = """
import json, resource, subprocess, sys, time
start = time.perf_counter()
code = subprocess.call(sys.argv[1:])
wall = time.perf_counter() - start
print(json.dumps({"code": code, "wall": wall,
                  "maxrss_kb": resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss}))
"""


def letter(rng: random.Random, n: int) -> str:
    authority = rng.choice(AUTHORITIES)
    questions = "\n".join(
        f"{i}. How much was spent on {rng.choice(TOPICS)} in {2015 + rng.randrange(9)}?"
        for i in range(1, rng.randint(1, 6) + 1)
    )
    answers = "\n".join(
        f"Answer {i}: {rng.randrange(1000)} items, costing £{rng.randrange(99999)}."
        for i in range(1, rng.randint(0, 3) + 1)
    )
    month = rng.choice(MONTHS)
    return (
        f"{authority}\nOur ref: FOI-{2024}-{n:06d}\n"
        f"Date received: {rng.randint(1, 28)} {month} 2024\n"
        f"Date of response: {rng.randint(1, 28)} {month} 2024\n\n"
        f"Dear Requester,\n\nThank you for your request for information, which we have dealt "
        f"with under the Freedom of Information Act 2000.\n\nYou asked:\n{questions}\n\n"
        f"{answers}\n\n{rng.choice(DECISIONS).format(authority=authority)}\n\n"
        "If you are unhappy with this response you may ask for an internal review.\n"
        "Yours sincerely,\nInformation Governance Team\n"
    )


def write_corpus(root: Path, count: int, seed: int = 1) -> Path:
    rng = random.Random(seed)
    root.mkdir(parents=True, exist_ok=True)
    for n in range(count):
        sub = root / f"{n // 1000:03d}"
        sub.mkdir(exist_ok=True)
        (sub / f"{n:06d}.txt").write_text(letter(rng, n), encoding="utf-8")
    return root


def plain_loop(root: Path) -> tuple[int, float]:
    files = sorted(root.rglob("*.txt"))
    start = time.perf_counter()
    for path in files:
        foimodel.parse_text(path.read_text(encoding="utf-8"))
    return len(files), time.perf_counter() - start


# The same loop as a script of its own, run the way the batch is (a fresh process).
_LOOP_SCRIPT = """
import sys
from pathlib import Path
import foimodel
for path in sorted(Path(sys.argv[1]).rglob("*.txt")):
    foimodel.parse_text(path.read_text(encoding="utf-8"))
"""


def loop_process(root: Path) -> float:
    """Wall time of the plain loop run as a script in a child process."""
    cmd = [sys.executable, "-c", _LOOP_SCRIPT, str(root)]
    proc = subprocess.run(
        [sys.executable, "-c", _RUNNER, *cmd], capture_output=True, text=True, check=True
    )
    return float(json.loads(proc.stdout)["wall"])


def run_batch(root: Path, out: Path, jobs: int) -> dict[str, float]:
    cmd = [
        sys.executable,
        "-m",
        "foimodel",
        "batch",
        str(root),
        "-o",
        str(out),
        "--rows",
        "--jobs",
        str(jobs),
        "--quiet",
    ]
    proc = subprocess.run(
        [sys.executable, "-c", _RUNNER, *cmd], capture_output=True, text=True, check=True
    )
    result: dict[str, float] = json.loads(proc.stdout)
    if result["code"] not in (0, 1):
        raise SystemExit(f"batch failed: {proc.stderr}")
    return result


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--small", type=int, default=1_000)
    parser.add_argument("--large", type=int, default=20_000)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="foimodel-bench-") as tmp:
        base = Path(tmp)
        small = write_corpus(base / "small", args.small)
        large = write_corpus(base / "large", args.large, seed=2)
        foimodel.parse_text("warm-up")  # compile the patterns before the clock starts
        loops = {args.small: plain_loop(small)[1], args.large: plain_loop(large)[1]}
        scripts = {args.small: loop_process(small), args.large: loop_process(large)}
        rows = []
        for root, n, jobs in (
            (small, args.small, 1),
            (small, args.small, 2),
            (large, args.large, 1),
            (large, args.large, 2),
        ):
            r = run_batch(root, base / f"out-{n}-{jobs}.jsonl", jobs)
            rows.append((n, jobs, r["maxrss_kb"] / 1024, r["wall"]))
        for n, loop_s in loops.items():
            print(
                f"plain loop of read + parse_text: {n:,} docs in {loop_s:.2f} s in-process "
                f"(patterns compiled), {scripts[n]:.2f} s as a script in a fresh process"
            )
        print()
        print(
            f"{'docs':>8}{'jobs':>5}{'docs/s':>9}{'peak RSS MB':>13}{'wall s':>8}"
            f"{'vs script':>11}{'vs in-process':>15}"
        )
        for n, jobs, rss, wall in rows:
            print(
                f"{n:>8,}{jobs:>5}{n / wall:>9,.0f}{rss:>13,.1f}{wall:>8.2f}"
                f"{wall / scripts[n]:>11.2f}{wall / loops[n]:>15.2f}"
            )
        print()
        print(
            "vs script: batch wall time / the plain loop run the same way (a fresh process: "
            "start-up, import and cold caches on both sides); the batch also walks the "
            "directory, writes JSONL rows and works out due dates. vs in-process: against "
            "the loop in this warm process, start-up not included."
        )
        print("peak RSS: the largest single process (the batch, or one worker with --jobs 2).")
        one = {n: wall for n, jobs, _, wall in rows if jobs == 1}
        two = {n: wall for n, jobs, _, wall in rows if jobs == 2}
        print(
            f"speed-up from 1 to 2 jobs at {args.large:,} docs: "
            f"{one[args.large] / two[args.large]:.2f}x"
        )
        rss = {(n, jobs): r for n, jobs, r, _ in rows}
        print(
            f"peak RSS {args.large:,} / {args.small:,} docs (jobs 1): "
            f"{rss[(args.large, 1)] / rss[(args.small, 1)]:.2f}x"
        )


if __name__ == "__main__":
    main()
