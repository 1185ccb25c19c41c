"""Batch parsing: stream documents out of files, directories, archives and WARCs.

Three small verbs, each lazy, so a corpus of any size runs in flat memory:

* :func:`iter_inputs` yields one :class:`InputDoc` (name, bytes, kind hint) at a
  time from files, directories, ``.zip``/``.tar`` archives (members are read one
  by one, never extracted) and WARC files (``foimodel[warc]``);
* :func:`iter_parse` turns them into :class:`Result` records, in order, in this
  process or in ``jobs`` worker processes with a bounded window of chunks;
* the writers (:func:`open_writer`) append results to JSONL, CSV or Parquet.

A document that cannot be parsed becomes a :class:`Result` with ``error_type``
and ``error`` set; the batch goes on.

>>> from foimodel.batch import InputDoc, iter_parse
>>> [r.ok for r in iter_parse([InputDoc(path="a.txt", data=b"The information is not held.")])]
[True]
"""

from __future__ import annotations

from collections import deque
from collections.abc import Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor

import attrs

from foimodel.batch._inputs import iter_inputs, wanted
from foimodel.batch._records import (
    ARCHIVE_SUFFIXES,
    DOCUMENT_SUFFIXES,
    ERROR_KEYS,
    ROW_COLUMNS,
    WARC_SUFFIXES,
    InputDoc,
    Result,
)
from foimodel.batch._writers import (
    OUTPUT_FORMATS,
    Writer,
    arrow_row,
    arrow_schema,
    done_paths,
    iter_rows,
    open_writer,
    output_format,
    result_record,
    result_row,
)
from foimodel.errors import ParseError
from foimodel.models import Document
from foimodel.policy import DEFAULT_POLICY, ParsePolicy
from foimodel.rows import to_row

__all__ = [
    "ARCHIVE_SUFFIXES",
    "DOCUMENT_SUFFIXES",
    "ERROR_KEYS",
    "OUTPUT_FORMATS",
    "ROW_COLUMNS",
    "WARC_SUFFIXES",
    "InputDoc",
    "Result",
    "Writer",
    "arrow_row",
    "arrow_schema",
    "decode_text",
    "detect_kind",
    "done_paths",
    "iter_inputs",
    "iter_parse",
    "iter_rows",
    "open_writer",
    "output_format",
    "parse_input",
    "parse_one",
    "result_record",
    "result_row",
    "wanted",
]


_EMAIL_KEYS = frozenset(
    {
        "from",
        "to",
        "subject",
        "date",
        "message-id",
        "mime-version",
        "received",
        "return-path",
        "content-type",
        "delivered-to",
        "reply-to",
        "cc",
    }
)
_EMAIL_SURE = frozenset({"from", "message-id", "mime-version", "received", "return-path"})


# -- parsing ---------------------------------------------------------------------------


def detect_kind(name: str, data: bytes) -> str:
    """``"html"``, ``"email"`` or ``"text"``, from the suffix, then the first bytes.

    >>> detect_kind("x", b"<!DOCTYPE html><p>hi"), detect_kind("a.txt", b"Our ref: 1")
    ('html', 'text')
    """
    lower = name.lower()
    if lower.endswith((".htm", ".html", ".xhtml")):
        return "html"
    if lower.endswith(".eml"):
        return "email"
    head = data[:2048].lstrip().lower()
    if head.startswith((b"<!doctype", b"<html", b"<?xml")) or b"<html" in head or b"<body" in head:
        return "html"
    if _looks_email(data[:8192]):
        return "email"
    return "text"


def _looks_email(head: bytes) -> bool:
    first, colon, _ = head[:200].partition(b":")
    if not colon or not first.strip() or any(c in first for c in b" \t\r\n"):
        return False  # the first line is no header: most documents stop here
    keys: set[str] = set()
    for line in head.decode("latin-1").splitlines():
        if not line.strip():
            break
        if line[:1] in (" ", "\t") and keys:
            continue
        key, sep, _ = line.partition(":")
        if not sep or not key or any(c.isspace() for c in key):
            return False
        keys.add(key.lower())
    known = keys & _EMAIL_KEYS
    return len(known) >= 2 and bool(keys & _EMAIL_SURE)


_CONTROL_BYTES = bytes(b for b in range(32) if b not in (9, 10, 12, 13))


def decode_text(data: bytes, *, encoding: str | None = None) -> str:
    """Text from bytes: a caller's ``encoding``, else UTF-8 (with BOM), else cp1252.

    Binary data (NUL bytes or mostly control characters) raises
    :class:`foimodel.ParseError` of kind ``"binary"``.
    """
    sample = data[:4096]
    controls = len(sample) - len(sample.translate(None, _CONTROL_BYTES))
    if b"\x00" in sample or (sample and controls > len(sample) // 10):
        raise ParseError("binary data, not a text document", position=0, kind="binary")
    for codec in (encoding, "utf-8-sig", "cp1252"):
        if codec is None:
            continue
        try:
            return data.decode(codec)
        except (UnicodeDecodeError, LookupError):
            continue
    return data.decode("latin-1")


def parse_input(item: InputDoc, *, policy: ParsePolicy = DEFAULT_POLICY) -> Document:
    """Parse one input with the front end its kind (or its bytes) asks for."""
    from foimodel.parse import parse_html, parse_text

    kind = item.kind or detect_kind(item.path, item.data)
    if kind == "html":
        decode_text(item.data[:4096])  # refuse binary garbage with a clear reason
        return parse_html(item.data, url=item.url, policy=policy)
    if kind == "email":
        from foimodel.ingest.email import parse_email

        decode_text(item.data[:4096])
        return parse_email(item.data, policy=policy)
    doc = parse_text(decode_text(item.data, encoding=policy.encoding), policy=policy)
    if item.url is not None:
        doc = attrs.evolve(doc, source=attrs.evolve(doc.source, url=item.url))
    return doc


def parse_one(
    item: InputDoc, policy: ParsePolicy = DEFAULT_POLICY, *, rows: bool = False
) -> Result:
    """:func:`parse_input` as a :class:`Result`: any exception becomes an error result.

    With ``rows``, the result holds the document's flat row (:func:`foimodel.to_row`)
    instead of the document.
    """
    if item.error_type is not None:
        return Result(path=item.path, error_type=item.error_type, error=item.error or "")
    try:
        document = parse_input(item, policy=policy)
        if rows:
            return Result(path=item.path, row=to_row(document))
        return Result(path=item.path, document=document)
    except (KeyboardInterrupt, SystemExit, MemoryError):
        raise
    except ParseError as exc:
        return Result(path=item.path, error_type=type(exc).__name__, error=exc.reason)
    except Exception as exc:  # one bad document never stops a batch
        return Result(path=item.path, error_type=type(exc).__name__, error=str(exc))


def _parse_chunk(chunk: list[InputDoc], policy: ParsePolicy, rows: bool) -> list[Result]:
    return [parse_one(item, policy, rows=rows) for item in chunk]


def _chunks(items: Iterable[InputDoc], size: int) -> Iterator[list[InputDoc]]:
    chunk: list[InputDoc] = []
    for item in items:
        chunk.append(item)
        if len(chunk) >= size:
            yield chunk
            chunk = []
    if chunk:
        yield chunk


def iter_parse(
    inputs: Iterable[InputDoc],
    *,
    jobs: int = 1,
    policy: ParsePolicy = DEFAULT_POLICY,
    chunksize: int = 64,
    rows: bool = False,
) -> Iterator[Result]:
    """Parse ``inputs`` into :class:`Result` records, in input order.

    ``jobs=1`` parses in this process. With more jobs, chunks of ``chunksize``
    inputs go to a process pool and at most ``2 * jobs`` chunks are in flight, so
    memory stays flat however long ``inputs`` is. With ``rows``, each result holds
    the flat row instead of the document, worked out where the document was
    parsed: the workers send back a small dict, not a whole record.
    """
    if jobs < 1:
        raise ValueError(f"jobs must be at least 1, got {jobs}")
    if chunksize < 1:
        raise ValueError(f"chunksize must be at least 1, got {chunksize}")
    if jobs == 1:
        for item in inputs:
            yield parse_one(item, policy, rows=rows)
        return
    executor = ProcessPoolExecutor(max_workers=jobs)
    pending: deque[Future[list[Result]]] = deque()
    try:
        for chunk in _chunks(inputs, chunksize):
            pending.append(executor.submit(_parse_chunk, chunk, policy, rows))
            while len(pending) >= 2 * jobs:
                yield from pending.popleft().result()
        while pending:
            yield from pending.popleft().result()
    finally:
        executor.shutdown(wait=True, cancel_futures=True)
