"""foimodel on Dask: parse a corpus on a cluster (extra ``foimodel[dask]``).

The same :mod:`foimodel.batch` verbs, run per partition: a bag of input paths
(files, directories, archives, WARCs) becomes a bag of rows (the columns of
:data:`foimodel.batch.ROW_COLUMNS`), and :func:`to_parquet` writes one Parquet
file per partition with the schema ``foimodel batch`` uses, so pandas, polars or
``foimodel stats`` read the directory as one dataset.

>>> from foimodel.dask import parse_bag           # doctest: +SKIP
>>> parse_bag(["corpus/"]).pluck("outcome").frequencies().compute()  # doctest: +SKIP
"""

from __future__ import annotations

import os
from collections.abc import Iterable, Iterator, Sequence
from pathlib import Path
from typing import Any

from foimodel.batch import (
    ARCHIVE_SUFFIXES,
    WARC_SUFFIXES,
    InputDoc,
    iter_inputs,
    iter_parse,
    result_row,
    wanted,
)
from foimodel.policy import DEFAULT_POLICY, ParsePolicy

__all__ = ["input_paths", "parse_bag", "to_parquet"]


def _dask_bag() -> Any:
    try:
        import dask.bag
    except ImportError as exc:
        raise ImportError("foimodel.dask needs dask: install foimodel[dask]") from exc
    return dask.bag


def input_paths(paths: Iterable[str | os.PathLike[str]], *, glob: str = "*") -> list[str]:
    """The files under ``paths`` that :func:`foimodel.batch.iter_inputs` would read.

    Directories are listed here (names only, cheap); archives and WARCs stay
    whole and are opened by the worker that gets them.
    """
    found: list[str] = []
    for raw in paths:
        path = Path(raw)
        if not path.is_dir():
            found.append(str(path))
            continue
        for dirpath, dirnames, filenames in os.walk(path):
            dirnames.sort()
            for filename in sorted(filenames):
                name = Path(dirpath, filename).as_posix()
                lower = name.lower()
                if lower.endswith(ARCHIVE_SUFFIXES + WARC_SUFFIXES) or wanted(name, glob):
                    found.append(str(Path(dirpath, filename)))
    return found


def _rows(paths: Sequence[str], glob: str, policy: ParsePolicy) -> Iterator[dict[str, Any]]:
    for result in iter_parse(iter_inputs(paths, glob=glob), policy=policy, rows=True):
        yield result_row(result)


def _partition_rows(
    items: Iterable[str | InputDoc], glob: str, policy: ParsePolicy
) -> list[dict[str, Any]]:
    rows: list[dict[str, Any]] = []
    for item in items:
        if isinstance(item, InputDoc):
            rows.extend(result_row(r) for r in iter_parse([item], policy=policy, rows=True))
        else:
            rows.extend(_rows([str(item)], glob, policy))
    return rows


def parse_bag(
    paths_or_bag: Any,
    *,
    glob: str = "*",
    npartitions: int | None = None,
    policy: ParsePolicy = DEFAULT_POLICY,
) -> Any:
    """A ``dask.bag.Bag`` of rows (dicts with :data:`foimodel.batch.ROW_COLUMNS`).

    ``paths_or_bag`` is a list of paths (files, directories, archives, WARCs) or
    an existing bag of paths or :class:`foimodel.batch.InputDoc`. A failed
    document is a row with ``error_type`` and ``error`` set, as in ``foimodel batch``.
    """
    bag = _dask_bag()
    if isinstance(paths_or_bag, bag.Bag):
        source = paths_or_bag
    else:
        if isinstance(paths_or_bag, str | os.PathLike):
            paths_or_bag = [paths_or_bag]
        files = input_paths(paths_or_bag, glob=glob)
        if not files:
            return bag.from_sequence([], npartitions=1)
        parts = npartitions or min(len(files), 100)
        source = bag.from_sequence(files, npartitions=parts)
    return source.map_partitions(_partition_rows, glob, policy)


def _write_partition(rows: list[dict[str, Any]], path: str) -> str:
    import pyarrow as pa
    import pyarrow.parquet as pq

    from foimodel.batch import arrow_row, arrow_schema

    schema = arrow_schema()
    table = pa.Table.from_pylist([arrow_row(r) for r in rows], schema=schema)
    pq.write_table(table, path)
    return path


def to_parquet(
    paths: Any,
    out_dir: str | os.PathLike[str],
    *,
    npartitions: int | None = None,
    glob: str = "*",
    policy: ParsePolicy = DEFAULT_POLICY,
) -> list[str]:
    """Parse ``paths`` (or a bag of them) and write ``out_dir/part.NNNNN.parquet`` files.

    Each partition is written by the worker that parsed it; nothing is gathered
    on the client but the file names, which are returned.
    """
    _dask_bag()
    from dask.base import compute as _compute
    from dask.delayed import delayed as _delayed

    compute: Any = _compute
    delayed: Any = _delayed
    try:
        import pyarrow  # noqa: F401
    except ImportError as exc:
        raise ImportError("Parquet needs pyarrow: install foimodel[dask]") from exc
    rows = parse_bag(paths, glob=glob, npartitions=npartitions, policy=policy)
    out = Path(out_dir)
    out.mkdir(parents=True, exist_ok=True)
    tasks = [
        delayed(_write_partition)(part, str(out / f"part.{i:05d}.parquet"))
        for i, part in enumerate(rows.to_delayed())
    ]
    written: tuple[str, ...] = compute(*tasks)
    return list(written)
