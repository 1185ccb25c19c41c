"""foimodel.dask on a two-process LocalCluster: the same rows as iter_parse."""

from __future__ import annotations

import zipfile
from pathlib import Path

import pytest

from foimodel import batch

pytest.importorskip("dask.bag")
distributed = pytest.importorskip("distributed")
pytest.importorskip("pyarrow")

from foimodel.dask import parse_bag, to_parquet  # noqa: E402

LETTER = (
    "Our ref: FOI-{n}\nDate received: {day} May 2024\n\nYou asked:\n"
    "1. How many parking fines were issued in zone {n}?\n{decision}\n"
)


def _corpus(root: Path) -> Path:
    (root / "a").mkdir(parents=True)
    for n in range(12):
        decision = (
            "The information is not held."
            if n % 2
            else "I have decided to withhold the information under section 43(2) of the "
            "Freedom of Information Act 2000."
        )
        text = LETTER.format(n=n, day=1 + n, decision=decision)
        (root / ("a" if n % 3 else "") / f"{n:02d}.txt").write_text(text)
    (root / "junk.txt").write_bytes(b"\x00\x00binary")
    with zipfile.ZipFile(root / "more.zip", "w") as zf:
        zf.writestr("z/99.txt", LETTER.format(n=99, day=9, decision="Not held."))
    return root


@pytest.mark.slow  # about 5 s: a two-process cluster
def test_dask_rows_equal_iter_parse(tmp_path: Path) -> None:
    corpus = _corpus(tmp_path / "corpus")
    expected = [batch.result_row(r) for r in batch.iter_parse(batch.iter_inputs([corpus]))]
    with (
        distributed.LocalCluster(
            n_workers=2, processes=True, threads_per_worker=1, dashboard_address=None
        ) as cluster,
        distributed.Client(cluster),
    ):
        rows = parse_bag([corpus], npartitions=4).compute()
        key = lambda row: row["path"]  # noqa: E731
        assert sorted(rows, key=key) == sorted(expected, key=key)
        written = to_parquet([corpus], tmp_path / "out", npartitions=3)
    assert len(written) == 3
    back = list(batch.iter_rows(str(tmp_path / "out")))
    assert sorted(back, key=key) == sorted(expected, key=key)
    assert sum(1 for r in back if r["error_type"]) == 1
