"""Writing: records and rows to JSONL, CSV or Parquet, and reading rows back."""

from __future__ import annotations

import csv
import datetime as dt
import json
import os
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import IO, Any, Protocol

from foimodel.batch._records import ROW_COLUMNS, Result
from foimodel.rows import to_row
from foimodel.serialize import to_dict

__all__ = [
    "OUTPUT_FORMATS",
    "Writer",
    "arrow_row",
    "arrow_schema",
    "done_paths",
    "iter_rows",
    "open_writer",
    "output_format",
    "result_record",
    "result_row",
]

# -- records and rows ------------------------------------------------------------------


def result_record(result: Result) -> dict[str, Any]:
    """The full record of a result: ``to_dict(document)`` plus ``path`` (or the error)."""
    if result.document is None:
        if result.row is not None:
            raise ValueError(f"{result.path}: the result holds a row, not the full record")
        return {"path": result.path, "error_type": result.error_type, "error": result.error}
    return {"path": result.path, **to_dict(result.document)}


def result_row(result: Result) -> dict[str, Any]:
    """The flat row of a result: keys :data:`ROW_COLUMNS`; row keys ``None`` on error."""
    row: dict[str, Any] = dict.fromkeys(ROW_COLUMNS)
    row["path"] = result.path
    if result.row is not None:
        row.update(result.row)
    elif result.document is not None:
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
