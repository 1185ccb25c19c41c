"""The ``foimodel`` command line: ``foimodel parse --format text FILE...``.

Exit status: 0 when every input parsed, 1 when some inputs failed, 2 on usage errors.
Bad input never prints a traceback: ``path: reason`` goes to stderr.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from pathlib import Path

import foimodel
from foimodel.models import Document

__all__ = ["main"]

EXIT_OK = 0
EXIT_FAILED = 1
EXIT_USAGE = 2


def _decode(data: bytes) -> str:
    for encoding in ("utf-8-sig", "cp1252"):
        try:
            return data.decode(encoding)
        except UnicodeDecodeError:
            continue
    return data.decode("latin-1")


def _looks_html(name: str, data: bytes) -> bool:
    if name.lower().endswith((".htm", ".html")):
        return True
    head = data[:1024].lstrip().lower()
    return head.startswith((b"<!doctype", b"<html")) or b"<body" in head or b"<html" in head


def _parse_bytes(name: str, data: bytes) -> Document:
    if _looks_html(name, data):
        return foimodel.parse_html(data)
    return foimodel.parse_text(_decode(data))


def _render(doc: Document, fmt: str) -> str:
    if fmt == "text":
        return foimodel.render_text(doc)
    return foimodel.to_json(doc, indent=2)


def _cmd_parse(args: argparse.Namespace) -> int:
    status = EXIT_OK
    for name in args.files:
        try:
            data = sys.stdin.buffer.read() if name == "-" else Path(name).read_bytes()
            doc = _parse_bytes(name, data)
        except (OSError, foimodel.FoiModelError, ValueError) as exc:
            print(f"{name}: {exc}", file=sys.stderr)
            status = EXIT_FAILED
            continue
        sys.stdout.write(_render(doc, args.format).rstrip("\n") + "\n")
    return status


def _build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="foimodel", description=__doc__.splitlines()[0])
    sub = parser.add_subparsers(dest="command", required=True)
    p = sub.add_parser("parse", help="parse documents and print them")
    p.add_argument("files", nargs="+", metavar="FILE", help="files to parse, or - for stdin")
    p.add_argument("--format", choices=["json", "text"], default="json")
    p.set_defaults(func=_cmd_parse)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line with ``argv`` (default ``sys.argv[1:]``); return the exit status."""
    parser = _build_parser()
    try:
        args = parser.parse_args(argv)
    except SystemExit as exc:
        return exc.code if isinstance(exc.code, int) else EXIT_USAGE
    status: int = args.func(args)
    return status
