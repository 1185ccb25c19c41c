"""The ``foimodel`` command line: parse, batch, citations, laws, stats, deadline.

Exit status: 0 when every input parsed, 1 when some inputs failed, 2 on usage
errors. Bad input never prints a traceback: ``path: reason`` goes to stderr.
See ``docs/cli.md``.
"""

from __future__ import annotations

import argparse
import datetime as dt
import itertools
import json
import sys
import time
from collections import Counter
from collections.abc import Callable, Iterator, Sequence
from pathlib import Path
from typing import Any, TextIO

import foimodel
from foimodel import batch
from foimodel.models import Document
from foimodel.policy import ParsePolicy

__all__ = ["main"]

EXIT_OK = 0
EXIT_FAILED = 1
EXIT_USAGE = 2

PARSE_FORMATS = ("json", "jsonl", "text", "markdown", "html", "row")


class UsageError(Exception):
    """A bad command line: the message goes to stderr and the exit status is 2."""


def _error(message: str) -> None:
    print(message, file=sys.stderr)


def _policy(args: argparse.Namespace) -> ParsePolicy:
    return ParsePolicy(
        strict=getattr(args, "strict", False),
        jurisdiction=getattr(args, "jurisdiction", None),
        encoding=getattr(args, "encoding", None),
    )


# -- parse -----------------------------------------------------------------------------


def _renderer(fmt: str) -> Callable[[Document], str]:
    if fmt == "text":
        return foimodel.render_text
    if fmt == "markdown":
        from foimodel.render.markdown import render_markdown

        return render_markdown
    if fmt == "html":
        try:
            from foimodel.render.html import render_html  # type: ignore[import-not-found,unused-ignore]
        except ImportError as exc:
            raise UsageError("--format html: the HTML renderer is not available") from exc
        renderer: Callable[[Document], str] = render_html
        return renderer
    if fmt == "row":
        return lambda doc: json.dumps(foimodel.to_row(doc), ensure_ascii=False)
    if fmt == "jsonl":
        return foimodel.to_json
    return lambda doc: foimodel.to_json(doc, indent=2)


def _parse_inputs(names: Sequence[str], glob: str) -> Iterator[batch.InputDoc]:
    for name in names:
        if name == "-":
            yield batch.InputDoc(path="<stdin>", data=sys.stdin.buffer.read())
        else:
            yield from batch.iter_inputs([name], glob=glob)


def _cmd_parse(args: argparse.Namespace) -> int:
    render = _renderer(args.format)
    results = batch.iter_parse(_parse_inputs(args.files, args.glob), policy=_policy(args))
    head = list(itertools.islice(results, 2))  # two are enough to know if there are several
    several = len(head) > 1
    status = EXIT_OK
    written = 0
    out = sys.stdout
    for result in itertools.chain(head, results):
        if result.document is None:
            _error(f"{result.path}: {result.error}")
            status = EXIT_FAILED
            continue
        output = render(result.document)
        if several and args.format in ("text", "markdown"):
            out.write(("\n" if written else "") + f"==> {result.path} <==\n")
        if several and args.format == "json":
            out.write(("[\n" if not written else ",\n") + output.rstrip("\n"))
        else:
            out.write(output if output.endswith("\n") else output + "\n")
        written += 1
    if several and args.format == "json" and written:
        out.write("\n]\n")
    return status


# -- batch -----------------------------------------------------------------------------


class _Progress:
    """A tqdm bar on a TTY (documents, failures, docs/s); silent otherwise."""

    def __init__(self, stream: TextIO, *, enabled: bool) -> None:
        self.bar: Any = None
        self.failed = 0
        if enabled and stream.isatty():
            try:
                from tqdm import tqdm
            except ImportError:
                return
            self.bar = tqdm(file=stream, unit="doc", dynamic_ncols=True, desc="parsed")

    def update(self, result: batch.Result) -> None:
        if not result.ok:
            self.failed += 1
        if self.bar is not None:
            self.bar.update(1)
            if not result.ok:
                self.bar.set_postfix(failed=self.failed, refresh=False)

    def message(self, text: str) -> None:
        if self.bar is not None:
            self.bar.write(text, file=sys.stderr)
        else:
            _error(text)

    def close(self) -> None:
        if self.bar is not None:
            self.bar.close()


def _batch_format(args: argparse.Namespace) -> str:
    fmt: str | None = args.output_format or batch.output_format(args.output)
    if fmt is None:
        raise UsageError(
            f"{args.output}: cannot tell the output format from the name; "
            "use .jsonl, .csv or .parquet, or --output-format"
        )
    if args.resume and (fmt == "parquet" or args.output == "-"):
        raise UsageError("--resume needs a JSONL or CSV output file")
    if args.jobs < 1:
        raise UsageError(f"--jobs must be at least 1, got {args.jobs}")
    return fmt


def _cmd_batch(args: argparse.Namespace) -> int:
    fmt = _batch_format(args)
    done = batch.done_paths(args.output, fmt=fmt) if args.resume else set()
    inputs = (
        item for item in batch.iter_inputs(args.inputs, glob=args.glob) if item.path not in done
    )
    try:
        writer = batch.open_writer(args.output, fmt=fmt, rows=args.rows, append=args.resume)
    except (OSError, ImportError) as exc:
        raise UsageError(f"{args.output}: {exc}") from exc
    progress = _Progress(sys.stderr, enabled=not args.quiet)
    count = failed = 0
    start = time.perf_counter()
    try:
        rows = args.rows or fmt in ("csv", "parquet")  # a row file: rows made in the workers
        parsed = batch.iter_parse(inputs, jobs=args.jobs, policy=_policy(args), rows=rows)
        for result in parsed:
            writer.write(result)
            progress.update(result)
            count += 1
            if not result.ok:
                failed += 1
                if not args.quiet:
                    progress.message(f"{result.path}: {result.error_type}: {result.error}")
    finally:
        progress.close()
        writer.close()
    elapsed = max(time.perf_counter() - start, 1e-9)
    if count == 0 and not done:
        _error(f"warning: no documents found in {', '.join(args.inputs)}")
    elif sys.stderr.isatty() and not args.quiet:
        _error(f"{count} documents, {failed} failed, {count / elapsed:.1f} docs/s")
    return EXIT_FAILED if failed else EXIT_OK


# -- citations, laws, deadline ---------------------------------------------------------


def _cmd_citations(args: argparse.Namespace) -> int:
    source = args.source
    path = Path(source)
    if source == "-":
        text = sys.stdin.read()
    elif len(source) < 4096 and "\n" not in source and path.is_file():
        try:
            text = batch.decode_text(path.read_bytes())
        except (OSError, foimodel.FoiModelError) as exc:
            _error(f"{source}: {exc}")
            return EXIT_FAILED
    else:
        text = source
    found = foimodel.extract_citations(text, jurisdiction=args.jurisdiction)
    records = [
        {
            "start": c.span.start,
            "end": c.span.end,
            "law": c.law,
            "label": c.label,
            "applied": c.applied,
            "raw": c.raw,
        }
        for c in found
    ]
    if args.json:
        print(json.dumps(records, indent=2, ensure_ascii=False))
    else:
        header = ("start", "end", "law", "label", "applied", "raw")
        rows = [tuple(_text(r[k]) for k in header) for r in records]
        print(_format_table(header, rows) if rows else "no citations found")
    return EXIT_OK


def _text(value: object) -> str:
    if value is None:
        return "-"
    if isinstance(value, bool):
        return "yes" if value else "no"
    return str(value)


def _format_table(header: Sequence[str], rows: Sequence[Sequence[str]]) -> str:
    widths = [max(len(str(r[i])) for r in (header, *rows)) for i in range(len(header))]
    lines = ["  ".join(str(c).ljust(w) for c, w in zip(header, widths, strict=True)).rstrip()]
    lines.append("  ".join("-" * w for w in widths))
    lines.extend(
        "  ".join(str(c).ljust(w) for c, w in zip(r, widths, strict=True)).rstrip() for r in rows
    )
    return "\n".join(lines)


def _cmd_laws(args: argparse.Namespace) -> int:
    from foimodel import laws

    if args.law is None:
        rows = [
            (law.id, law.name, law.jurisdiction, str(len(law.provisions)))
            for law in sorted(laws.all_laws(), key=lambda law: law.id)
        ]
        print(_format_table(("id", "name", "jurisdiction", "provisions"), rows))
        return EXIT_OK
    try:
        law = laws.get(args.law)
    except KeyError as exc:
        raise UsageError(f"{args.law}: unknown law; see `foimodel laws` for the ids") from exc
    print(f"{law.name} ({law.id}), {law.jurisdiction}")
    if law.response_time:
        print(f"Time limit: {law.response_time} {law.response_unit or ''}".rstrip())
    print()
    provisions = [(p.label, p.kind.value, p.title) for p in law.provisions]
    print(_format_table(("provision", "kind", "title"), provisions))
    return EXIT_OK


def _date_arg(value: str) -> dt.date:
    try:
        return dt.date.fromisoformat(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not an ISO date (YYYY-MM-DD): {value!r}") from None


def _cmd_deadline(args: argparse.Namespace) -> int:
    try:
        from foimodel.deadlines import due_date
    except ImportError as exc:
        raise UsageError("deadlines are not available in this version of foimodel") from exc
    try:
        due = due_date(args.received, args.law, region=args.region, extensions=args.extension)
    except KeyError as exc:
        raise UsageError(f"{args.law}: unknown law; see `foimodel laws` for the ids") from exc
    except ValueError as exc:
        raise UsageError(str(exc)) from exc
    print(f"Due: {due.date.isoformat()}")
    print(due.explain())
    return EXIT_OK


# -- stats -----------------------------------------------------------------------------

_DIMENSIONS = ("authority", "jurisdiction", "month")


class _Group:
    """Counts for one authority, jurisdiction or month."""

    def __init__(self) -> None:
        self.documents = 0
        self.outcomes: Counter[str] = Counter()
        self.exemptions: Counter[str] = Counter()

    def add(self, row: dict[str, Any]) -> None:
        self.documents += 1
        self.outcomes[str(row.get("outcome") or "unknown")] += 1
        self.exemptions.update(row.get("exemptions") or ())

    def as_json(self) -> dict[str, Any]:
        return {
            "documents": self.documents,
            "outcomes": dict(self.outcomes.most_common()),
            "exemptions": dict(self.exemptions.most_common()),
        }


def _row_keys(row: dict[str, Any]) -> dict[str, str]:
    when = row.get("response") or row.get("received")
    return {
        "authority": str(row.get("authority") or "(unknown)"),
        "jurisdiction": str(row.get("jurisdiction") or "(unknown)"),
        "month": str(when)[:7] if when else "(undated)",
    }


def _collect(path: str) -> tuple[dict[str, dict[str, _Group]], int, int]:
    groups: dict[str, dict[str, _Group]] = {dim: {} for dim in _DIMENSIONS}
    total = failed = 0
    for row in batch.iter_rows(path):
        if row.get("error_type"):
            failed += 1
            continue
        total += 1
        for dim, key in _row_keys(row).items():
            groups[dim].setdefault(key, _Group()).add(row)
    return groups, total, failed


def _ordered(dim: str, groups: dict[str, _Group], top: int) -> list[tuple[str, _Group]]:
    if dim == "month":
        return sorted(groups.items())
    return sorted(groups.items(), key=lambda kv: (-kv[1].documents, kv[0]))[:top]


def _stats_tables(groups: dict[str, dict[str, _Group]], top: int) -> str:
    order = [o.value for o in foimodel.Outcome]
    seen = {o for dim in groups.values() for g in dim.values() for o in g.outcomes}
    outcomes = [o for o in order if o in seen] + sorted(seen - set(order))
    parts = []
    for dim in _DIMENSIONS:
        ordered = _ordered(dim, groups[dim], top)
        rows = [
            (key, str(g.documents), *(str(g.outcomes[o]) for o in outcomes)) for key, g in ordered
        ]
        parts.append(f"Outcomes by {dim}\n" + _format_table((dim, "docs", *outcomes), rows))
        rows = [
            (key, str(g.documents), ", ".join(f"{e} ×{n}" for e, n in g.exemptions.most_common(5)))
            for key, g in ordered
        ]
        parts.append(
            f"Exemptions by {dim}\n" + _format_table((dim, "docs", "top exemptions"), rows)
        )
    return "\n\n".join(parts)


def _plot(groups: dict[str, dict[str, _Group]], top: int, out: str) -> None:
    try:
        import matplotlib
    except ImportError as exc:
        raise UsageError("--plot needs matplotlib: install foimodel[plot]") from exc
    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    outcomes = [o.value for o in foimodel.Outcome]
    fig, axes = plt.subplots(3, 1, figsize=(11, 14), constrained_layout=True)
    for ax, dim in zip(axes[:2], ("month", "authority"), strict=True):
        ordered = _ordered(dim, groups[dim], top)
        labels = [key for key, _ in ordered]
        bottom = [0] * len(ordered)
        for outcome in outcomes:
            counts = [g.outcomes[outcome] for _, g in ordered]
            if any(counts):
                if dim == "month":
                    ax.bar(labels, counts, bottom=bottom, label=outcome.replace("_", " "))
                else:
                    ax.barh(labels, counts, left=bottom, label=outcome.replace("_", " "))
                bottom = [b + c for b, c in zip(bottom, counts, strict=True)]
        ax.set_title(f"Outcomes by {dim}")
        ax.legend(fontsize="small")
        if dim == "month":
            ax.tick_params(axis="x", labelrotation=90)
        else:
            ax.invert_yaxis()
    exemptions: Counter[str] = Counter()
    for g in groups["jurisdiction"].values():
        exemptions.update(g.exemptions)
    common = exemptions.most_common(top)
    axes[2].barh([e for e, _ in common], [n for _, n in common])
    axes[2].invert_yaxis()
    axes[2].set_title("Exemptions applied")
    fig.savefig(out, dpi=100)
    plt.close(fig)


def _stats(args: argparse.Namespace) -> int:
    try:
        groups, total, failed = _collect(args.rows)
    except ImportError as exc:
        raise UsageError(str(exc)) from exc
    except (OSError, ValueError, foimodel.FoiModelError) as exc:
        reason = exc.strerror if isinstance(exc, OSError) and exc.strerror else exc
        _error(f"{args.rows}: {reason}")
        return EXIT_FAILED
    if args.json:
        counts = {
            f"by_{dim}": {k: g.as_json() for k, g in groups[dim].items()} for dim in _DIMENSIONS
        }
        print(
            json.dumps(
                {"documents": total, "failed": failed, **counts}, indent=2, ensure_ascii=False
            )
        )
    else:
        print(f"{total} documents, {failed} failed rows\n")
        print(_stats_tables(groups, args.top))
    if args.plot:
        _plot(groups, args.top, args.plot)
    return EXIT_OK


# -- the parser ------------------------------------------------------------------------


def _build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="foimodel",
        description="Turn Freedom of Information documents into typed records.",
        epilog="Exit status: 0 ok, 1 some inputs failed, 2 usage error.",
    )
    parser.add_argument("--version", action="version", version=f"foimodel {foimodel.__version__}")
    sub = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")

    p = sub.add_parser("parse", help="parse documents and print them")
    p.add_argument(
        "files", nargs="+", metavar="FILE", help="files, directories, archives, or - for stdin"
    )
    p.add_argument("-f", "--format", choices=PARSE_FORMATS, default="json")
    p.add_argument("--glob", default="*", help="file pattern inside directories (default *)")
    _policy_args(p)
    p.set_defaults(func=_cmd_parse)

    b = sub.add_parser("batch", help="parse a corpus into a JSONL, CSV or Parquet file")
    b.add_argument("inputs", nargs="+", metavar="INPUT", help="files, directories, .zip/.tar, WARC")
    b.add_argument(
        "-o", "--output", required=True, metavar="OUT", help="output file (- for stdout)"
    )
    b.add_argument(
        "--output-format", choices=batch.OUTPUT_FORMATS, help="default: from OUT's suffix"
    )
    b.add_argument("--rows", action="store_true", help="flat rows (to_row) instead of full records")
    b.add_argument("--glob", default="*", help="file pattern inside directories (default *)")
    b.add_argument("-j", "--jobs", type=int, default=1, help="worker processes (default 1)")
    b.add_argument("--resume", action="store_true", help="skip inputs already in OUT; append")
    b.add_argument("-q", "--quiet", action="store_true", help="no progress bar, no failure lines")
    _policy_args(b)
    b.set_defaults(func=_cmd_batch)

    c = sub.add_parser("citations", help="list the law citations in a text or file")
    c.add_argument("source", metavar="TEXT|FILE", help="a file, literal text, or - for stdin")
    c.add_argument("--jurisdiction", help='a hint such as "UK" or "US-federal"')
    c.add_argument("--json", action="store_true", help="print JSON instead of a table")
    c.set_defaults(func=_cmd_citations)

    la = sub.add_parser("laws", help="list the law catalogues, or one law's provisions")
    la.add_argument("law", nargs="?", metavar="ID")
    la.set_defaults(func=_cmd_laws)

    s = sub.add_parser("stats", help="outcome and exemption tables from a rows file")
    s.add_argument("rows", metavar="ROWS", help="a rows file: .jsonl, .csv or .parquet")
    s.add_argument("--top", type=int, default=15, help="rows per table (default 15)")
    s.add_argument("--plot", metavar="PNG", help="also draw the tables to an image")
    s.add_argument("--json", action="store_true", help="print the counts as JSON")
    s.set_defaults(func=_stats)

    d = sub.add_parser("deadline", help="the statutory due date of a request")
    d.add_argument("--received", required=True, type=_date_arg, metavar="DATE")
    d.add_argument("--law", required=True, metavar="ID", help="e.g. uk-foia-2000")
    d.add_argument("--region", help="a calendar region, e.g. GB-SCT")
    d.add_argument("--extension", action="append", default=[], help="a named extension")
    d.set_defaults(func=_cmd_deadline)
    return parser


def _policy_args(p: argparse.ArgumentParser) -> None:
    p.add_argument("--jurisdiction", help='hint for documents that do not say, e.g. "UK"')
    p.add_argument("--encoding", help="encoding of bytes that do not declare one")
    p.add_argument("--strict", action="store_true", help="fail a document on its first defect")


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line with ``argv`` (default ``sys.argv[1:]``); return the exit status."""
    parser = _build_parser()
    try:
        args = parser.parse_args(argv)
    except SystemExit as exc:  # argparse has printed the usage message
        return exc.code if isinstance(exc.code, int) else EXIT_USAGE
    try:
        status: int = args.func(args)
    except UsageError as exc:
        _error(f"foimodel {args.command}: {exc}")
        return EXIT_USAGE
    except KeyboardInterrupt:
        _error("interrupted")
        return 130
    except BrokenPipeError:
        sys.stderr.close()  # the reader went away (| head): not an error
        return EXIT_OK
    return status
