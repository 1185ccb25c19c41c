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

import csv
import datetime as dt
import fnmatch
import json
import os
import tarfile
import zipfile
from collections import deque
from collections.abc import Callable, Iterable, Iterator, Sequence
from concurrent.futures import Future, ProcessPoolExecutor
from pathlib import Path
from typing import IO, Any, Protocol

import attrs

from foimodel.errors import ParseError
from foimodel.models import Document
from foimodel.policy import DEFAULT_POLICY, ParsePolicy
from foimodel.rows import ROW_KEYS, to_row
from foimodel.serialize import to_dict

__all__ = [
    "DOCUMENT_SUFFIXES",
    "ERROR_KEYS",
    "ROW_COLUMNS",
    "InputDoc",
    "Result",
    "Writer",
    "detect_kind",
    "done_paths",
    "iter_inputs",
    "iter_parse",
    "iter_rows",
    "open_writer",
    "parse_input",
    "parse_one",
    "result_record",
    "result_row",
]

DOCUMENT_SUFFIXES = (".txt", ".text", ".html", ".htm", ".eml")
"""The file suffixes a directory walk or an archive scan reads."""

ARCHIVE_SUFFIXES = (".zip", ".tar", ".tar.gz", ".tgz", ".tar.bz2", ".tbz2", ".tar.xz", ".txz")
WARC_SUFFIXES = (".warc", ".warc.gz", ".arc", ".arc.gz")
ERROR_KEYS = ("error_type", "error")
ROW_COLUMNS = ("path", *ROW_KEYS, *ERROR_KEYS)
"""The columns of a row file: ``path``, :data:`foimodel.rows.ROW_KEYS`, the error."""

_KINDS = ("text", "html", "email")
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


@attrs.frozen(kw_only=True)
class InputDoc:
    """One document to parse: where it came from, its bytes and a kind hint.

    ``path`` names the input (``dir/a.txt``, ``corpus.zip!2024/a.html``,
    ``crawl.warc.gz!https://...``); ``kind`` is ``"text"``, ``"html"``,
    ``"email"`` or ``None`` to sniff; ``url`` is the page's address when known.
    ``error_type``/``error`` are set when the input could not even be read.
    """

    path: str
    data: bytes = b""
    kind: str | None = attrs.field(
        default=None, validator=attrs.validators.optional(attrs.validators.in_(_KINDS))
    )
    url: str | None = None
    error_type: str | None = None
    error: str | None = None


@attrs.frozen(kw_only=True)
class Result:
    """The outcome for one input: a ``document``, or an ``error_type`` and ``error``."""

    path: str
    document: Document | None = None
    error_type: str | None = None
    error: str | None = None

    @property
    def ok(self) -> bool:
        """True when the input parsed."""
        return self.document is not None


# -- reading ---------------------------------------------------------------------------


def _has_suffix(name: str, suffixes: Sequence[str]) -> bool:
    return name.lower().endswith(tuple(suffixes))


def _wanted(name: str, glob: str) -> bool:
    base = name.rsplit("/", 1)[-1]
    return _has_suffix(name, DOCUMENT_SUFFIXES) and (
        fnmatch.fnmatch(base, glob) or fnmatch.fnmatch(name, glob)
    )


def iter_inputs(paths: Iterable[str | os.PathLike[str]], *, glob: str = "*") -> Iterator[InputDoc]:
    """Every document in ``paths``, one at a time, in a stable order.

    A file named directly is read whatever its suffix (archives and WARCs are
    opened); a directory is walked recursively (sorted) for files matching
    ``glob`` with a suffix in :data:`DOCUMENT_SUFFIXES`, and for archives and
    WARCs; archive members are filtered the same way. An input that cannot be
    read is yielded with ``error_type``/``error`` set, never raised.
    """
    for raw in paths:
        path = Path(raw)
        try:
            if path.is_dir():
                yield from _iter_dir(path, glob)
            else:
                yield from _iter_file(path, glob)
        except OSError as exc:
            yield _unreadable(str(path), exc)


def _iter_dir(root: Path, glob: str) -> Iterator[InputDoc]:
    for dirpath, dirnames, filenames in os.walk(root, onerror=None):
        dirnames.sort()
        for filename in sorted(filenames):
            path = Path(dirpath, filename)
            name = path.as_posix()
            if _has_suffix(name, ARCHIVE_SUFFIXES + WARC_SUFFIXES) or _wanted(name, glob):
                try:
                    yield from _iter_file(path, glob)
                except OSError as exc:
                    yield _unreadable(name, exc)


def _iter_file(path: Path, glob: str) -> Iterator[InputDoc]:
    name = str(path)
    lower = name.lower()
    if _has_suffix(lower, WARC_SUFFIXES):
        yield from _iter_warc(path)
    elif lower.endswith(".zip"):
        yield from _iter_zip(path, glob)
    elif _has_suffix(lower, ARCHIVE_SUFFIXES):
        yield from _iter_tar(path, glob)
    else:
        yield InputDoc(path=name, data=path.read_bytes())


def _unreadable(name: str, exc: BaseException) -> InputDoc:
    reason = exc.strerror if isinstance(exc, OSError) and exc.strerror else str(exc)
    return InputDoc(path=name, error_type=type(exc).__name__, error=reason)


def _iter_zip(path: Path, glob: str) -> Iterator[InputDoc]:
    try:
        archive = zipfile.ZipFile(path)
    except zipfile.BadZipFile as exc:
        yield _unreadable(str(path), exc)
        return
    with archive:
        for info in archive.infolist():
            if info.is_dir() or not _wanted(info.filename, glob):
                continue
            member = f"{path}!{info.filename}"
            try:
                with archive.open(info) as fh:
                    yield InputDoc(path=member, data=fh.read())
            except (zipfile.BadZipFile, OSError, RuntimeError, EOFError) as exc:
                yield _unreadable(member, exc)


def _iter_tar(path: Path, glob: str) -> Iterator[InputDoc]:
    try:
        archive = tarfile.open(path, mode="r|*")  # noqa: SIM115 - a stream, closed below
    except (tarfile.TarError, EOFError) as exc:
        yield _unreadable(str(path), exc)
        return
    with archive:
        try:
            for info in archive:
                if not info.isfile() or not _wanted(info.name, glob):
                    continue
                member = f"{path}!{info.name}"
                fh = archive.extractfile(info)
                yield InputDoc(path=member, data=fh.read() if fh else b"")
        except (tarfile.TarError, EOFError, OSError) as exc:
            yield _unreadable(str(path), exc)


def _iter_warc(path: Path) -> Iterator[InputDoc]:
    try:
        from warcio.archiveiterator import ArchiveIterator
    except ImportError as exc:
        raise ImportError("reading WARC files needs warcio: install foimodel[warc]") from exc
    with path.open("rb") as stream:
        try:
            for record in ArchiveIterator(stream, arc2warc=True):
                if record.rec_type != "response":
                    continue
                url = record.rec_headers.get_header("WARC-Target-URI") or ""
                http = record.http_headers
                ctype = (http.get_header("Content-Type") if http else None) or ""
                kind = _warc_kind(ctype)
                if kind is None:
                    continue
                yield InputDoc(
                    path=f"{path}!{url}",
                    data=record.content_stream().read(),
                    kind=kind,
                    url=url or None,
                )
        except Exception as exc:  # warcio raises its own errors on truncated archives
            yield _unreadable(str(path), exc)


def _warc_kind(content_type: str) -> str | None:
    ctype = content_type.split(";", 1)[0].strip().lower()
    if ctype in ("text/html", "application/xhtml+xml"):
        return "html"
    if ctype == "text/plain":
        return "text"
    return None


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


def parse_one(item: InputDoc, policy: ParsePolicy = DEFAULT_POLICY) -> Result:
    """:func:`parse_input` as a :class:`Result`: any exception becomes an error result."""
    if item.error_type is not None:
        return Result(path=item.path, error_type=item.error_type, error=item.error or "")
    try:
        return Result(path=item.path, document=parse_input(item, policy=policy))
    except (KeyboardInterrupt, SystemExit, MemoryError):
        raise
    except ParseError as exc:
        return Result(path=item.path, error_type=type(exc).__name__, error=exc.reason)
    except Exception as exc:  # one bad document never stops a batch
        return Result(path=item.path, error_type=type(exc).__name__, error=str(exc))


def _parse_chunk(chunk: list[InputDoc], policy: ParsePolicy) -> list[Result]:
    return [parse_one(item, policy) for item in chunk]


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
) -> Iterator[Result]:
    """Parse ``inputs`` into :class:`Result` records, in input order.

    ``jobs=1`` parses in this process. With more jobs, chunks of ``chunksize``
    inputs go to a process pool and at most ``2 * jobs`` chunks are in flight, so
    memory stays flat however long ``inputs`` is.
    """
    if jobs < 1:
        raise ValueError(f"jobs must be at least 1, got {jobs}")
    if chunksize < 1:
        raise ValueError(f"chunksize must be at least 1, got {chunksize}")
    if jobs == 1:
        for item in inputs:
            yield parse_one(item, policy)
        return
    executor = ProcessPoolExecutor(max_workers=jobs)
    pending: deque[Future[list[Result]]] = deque()
    try:
        for chunk in _chunks(inputs, chunksize):
            pending.append(executor.submit(_parse_chunk, chunk, policy))
            while len(pending) >= 2 * jobs:
                yield from pending.popleft().result()
        while pending:
            yield from pending.popleft().result()
    finally:
        executor.shutdown(wait=True, cancel_futures=True)


# -- records and rows ------------------------------------------------------------------


def result_record(result: Result) -> dict[str, Any]:
    """The full record of a result: ``to_dict(document)`` plus ``path`` (or the error)."""
    if result.document is None:
        return {"path": result.path, "error_type": result.error_type, "error": result.error}
    return {"path": result.path, **to_dict(result.document)}


def result_row(result: Result) -> dict[str, Any]:
    """The flat row of a result: keys :data:`ROW_COLUMNS`; row keys ``None`` on error."""
    row: dict[str, Any] = dict.fromkeys(ROW_COLUMNS)
    row["path"] = result.path
    if result.document is not None:
        row.update(to_row(result.document))
    else:
        row["error_type"] = result.error_type
        row["error"] = result.error
    return row


class Writer(Protocol):
    """Where results go: ``write`` one at a time, ``close`` once (also on Ctrl-C)."""

    def write(self, result: Result) -> None: ...

    def close(self) -> None: ...


def _prepare_append(path: Path) -> None:
    """Cut a partly written last line (an interrupted run) so appends stay valid."""
    if not path.exists() or path.stat().st_size == 0:
        return
    with path.open("rb+") as fh:
        fh.seek(-1, os.SEEK_END)
        if fh.read(1) == b"\n":
            return
        fh.seek(0)
        data = fh.read()
        fh.truncate(data.rfind(b"\n") + 1)


class _JsonlWriter:
    def __init__(self, stream: IO[str], to_json: Callable[[Result], dict[str, Any]]) -> None:
        self.stream = stream
        self.to_json = to_json

    def write(self, result: Result) -> None:
        self.stream.write(json.dumps(self.to_json(result), ensure_ascii=False) + "\n")

    def close(self) -> None:
        self.stream.flush()
        if self.stream is not _stdout():
            self.stream.close()


def _stdout() -> IO[str]:
    import sys

    return sys.stdout


def _cell(value: Any) -> Any:
    if isinstance(value, list | tuple):
        return "; ".join(str(v) for v in value)
    return value


class _CsvWriter:
    def __init__(self, stream: IO[str], *, header: bool) -> None:
        self.stream = stream
        self.writer = csv.DictWriter(stream, fieldnames=ROW_COLUMNS, extrasaction="ignore")
        if header:
            self.writer.writeheader()

    def write(self, result: Result) -> None:
        self.writer.writerow({k: _cell(v) for k, v in result_row(result).items()})

    def close(self) -> None:
        self.stream.flush()
        if self.stream is not _stdout():
            self.stream.close()


_ARROW_DATES = ("request", "received", "response", "due")
_ARROW_BOOLS = ("late",)
_ARROW_LISTS = ("references", "laws", "exemptions", "provisions")
_ARROW_INTS = ("question_count", "message_count", "link_count", "defect_count", "days_taken")


def arrow_schema() -> Any:
    """The pyarrow schema of a row file (dates as ``date32``, lists as ``list<string>``)."""
    pa = _pyarrow()
    fields = []
    for key in ROW_COLUMNS:
        if key in _ARROW_DATES:
            fields.append(pa.field(key, pa.date32()))
        elif key in _ARROW_LISTS:
            fields.append(pa.field(key, pa.list_(pa.string())))
        elif key in _ARROW_INTS:
            fields.append(pa.field(key, pa.int32()))
        elif key in _ARROW_BOOLS:
            fields.append(pa.field(key, pa.bool_()))
        else:
            fields.append(pa.field(key, pa.string()))
    return pa.schema(fields)


def arrow_row(row: dict[str, Any]) -> dict[str, Any]:
    """``row`` with ISO dates as :class:`datetime.date` and other scalars as the schema wants."""
    out: dict[str, Any] = {}
    for key in ROW_COLUMNS:
        value = row.get(key)
        if value is None:
            out[key] = None
        elif key in _ARROW_DATES:
            out[key] = dt.date.fromisoformat(value) if isinstance(value, str) else value
        elif key in _ARROW_LISTS:
            out[key] = [str(v) for v in value]
        elif key in _ARROW_INTS:
            out[key] = int(value)
        elif key in _ARROW_BOOLS:
            out[key] = value if isinstance(value, bool) else str(value).lower() == "true"
        else:
            out[key] = str(value)
    return out


def _pyarrow() -> Any:
    try:
        import pyarrow
    except ImportError as exc:
        raise ImportError("Parquet needs pyarrow: install foimodel[parquet]") from exc
    return pyarrow


class _ParquetWriter:
    def __init__(self, path: Path, *, row_group_size: int) -> None:
        _pyarrow()
        import pyarrow.parquet as pq

        self.schema = arrow_schema()
        self.writer = pq.ParquetWriter(str(path), self.schema)
        self.rows: list[dict[str, Any]] = []
        self.row_group_size = row_group_size

    def write(self, result: Result) -> None:
        self.rows.append(arrow_row(result_row(result)))
        if len(self.rows) >= self.row_group_size:
            self.flush()

    def flush(self) -> None:
        if self.rows:
            import pyarrow as pa

            self.writer.write_table(pa.Table.from_pylist(self.rows, schema=self.schema))
            self.rows = []

    def close(self) -> None:
        try:
            self.flush()
        finally:
            self.writer.close()


OUTPUT_FORMATS = ("jsonl", "csv", "parquet")


def output_format(path: str) -> str | None:
    """The output format a file name implies (``None`` when its suffix says nothing)."""
    lower = path.lower()
    if lower == "-" or lower.endswith((".jsonl", ".ndjson", ".json")):
        return "jsonl"
    if lower.endswith(".csv"):
        return "csv"
    if lower.endswith((".parquet", ".pq")):
        return "parquet"
    return None


def open_writer(
    path: str,
    *,
    fmt: str,
    rows: bool = False,
    append: bool = False,
    row_group_size: int = 1000,
) -> Writer:
    """A writer of ``fmt`` (``jsonl``, ``csv``, ``parquet``) to ``path`` (``-``: stdout).

    JSONL holds full records unless ``rows``; CSV and Parquet always hold rows.
    ``append`` continues an existing JSONL or CSV file (Parquet cannot be appended).
    """
    if fmt not in OUTPUT_FORMATS:
        raise ValueError(
            f"unknown output format {fmt!r}; choose one of {', '.join(OUTPUT_FORMATS)}"
        )
    if fmt == "parquet":
        if append:
            raise ValueError("a Parquet file cannot be appended to (--resume needs JSONL or CSV)")
        return _ParquetWriter(Path(path), row_group_size=row_group_size)
    to_json = result_row if rows else result_record
    if path == "-":
        if fmt == "csv":
            return _CsvWriter(_stdout(), header=True)
        return _JsonlWriter(_stdout(), to_json)
    target = Path(path)
    if append:
        _prepare_append(target)
    has_data = append and target.exists() and target.stat().st_size > 0
    stream = target.open("a" if append else "w", encoding="utf-8", newline="")
    if fmt == "csv":
        return _CsvWriter(stream, header=not has_data)
    return _JsonlWriter(stream, to_json)


def done_paths(path: str, *, fmt: str) -> set[str]:
    """The ``path`` keys already in a JSONL or CSV output (for ``--resume``)."""
    target = Path(path)
    if not target.exists():
        return set()
    done: set[str] = set()
    with target.open(encoding="utf-8", newline="") as fh:
        if fmt == "csv":
            for record in csv.DictReader(fh):
                if record.get("path"):
                    done.add(record["path"])
            return done
        for line in fh:
            try:
                record = json.loads(line)
            except json.JSONDecodeError:
                continue  # a line cut short by an interrupted run
            if isinstance(record, dict) and isinstance(record.get("path"), str):
                done.add(record["path"])
    return done


def iter_rows(path: str) -> Iterator[dict[str, Any]]:
    """The rows of a batch output (JSONL rows or full records, CSV or Parquet), one at a time.

    Full records are turned into rows with :func:`foimodel.to_row`; CSV lists are
    split on ``"; "``; Parquet is read one row group at a time.
    """
    fmt = "parquet" if Path(path).is_dir() else output_format(path)
    if fmt == "parquet":
        yield from _parquet_rows(path)
    elif fmt == "csv":
        with open(path, encoding="utf-8", newline="") as fh:
            for record in csv.DictReader(fh):
                yield _csv_row(record)
    elif fmt == "jsonl":
        with open(path, encoding="utf-8") as fh:
            for number, line in enumerate(fh, 1):
                if line.strip():
                    yield _json_row(line, path, number)
    else:
        raise ValueError(f"{path}: not a rows file (.jsonl, .csv or .parquet)")


def _json_row(line: str, path: str, number: int) -> dict[str, Any]:
    from foimodel.serialize import from_dict

    try:
        record = json.loads(line)
    except json.JSONDecodeError as exc:
        raise ValueError(f"{path}:{number}: not JSON ({exc.msg})") from None
    if not isinstance(record, dict):
        raise ValueError(f"{path}:{number}: not a JSON object")
    if "schema_version" in record:  # a full record
        doc_path = record.pop("path", None)
        return result_row(Result(path=str(doc_path), document=from_dict(record)))
    return record


def _csv_row(record: dict[str, str]) -> dict[str, Any]:
    row: dict[str, Any] = {}
    for key, value in record.items():
        if key in _ARROW_LISTS:
            row[key] = [v for v in value.split("; ") if v] if value else []
        elif key in _ARROW_INTS:
            row[key] = int(value) if value else None
        else:
            row[key] = value or None
    return row


def _parquet_rows(path: str) -> Iterator[dict[str, Any]]:
    _pyarrow()
    import pyarrow.parquet as pq

    files = sorted(Path(path).rglob("*.parquet")) if Path(path).is_dir() else [Path(path)]
    for file in files:
        source = pq.ParquetFile(file)
        for group in range(source.num_row_groups):
            for row in source.read_row_group(group).to_pylist():
                yield {k: v.isoformat() if isinstance(v, dt.date) else v for k, v in row.items()}
