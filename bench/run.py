"""Run every benchmark in bench/ in turn (``make bench``)."""

from __future__ import annotations

import runpy
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent

for name in ("bench_parse.py", "bench_html.py", "bench_batch.py"):
    print(f"=== {name}", flush=True)
    sys.argv = [name]
    try:
        runpy.run_path(str(HERE / name), run_name="__main__")
    except SystemExit as exit_:
        if exit_.code not in (0, None):
            print(f"{name} exited with {exit_.code}", file=sys.stderr)
