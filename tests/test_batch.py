"""foimodel.batch: streaming inputs, parsing in order, writers."""

from __future__ import annotations

import io
import json
import tarfile
import zipfile
from pathlib import Path

import pytest

from foimodel import batch
from foimodel.batch import InputDoc, Result

LETTER = (
    "Our ref: FOI-{n}\n"
    "Date received: 3 March 2024\n\n"
    "Dear Requester,\n"
    "You asked:\n"
    "1. How many street lamps were repaired in ward {n}?\n"
    "The information is not held.\n"
)
PAGE = (
    "<!DOCTYPE html><html><body><p>Our ref: FOI-{n}</p><p>Information not held.</p></body></html>"
)


def letter(n: int) -> bytes:
    return LETTER.format(n=n).encode()


def test_iter_inputs_walks_dirs_sorted_with_glob(tmp_path: Path) -> None:
    (tmp_path / "b").mkdir()
    (tmp_path / "b" / "2.txt").write_bytes(letter(2))
    (tmp_path / "1.txt").write_bytes(letter(1))
    (tmp_path / "notes.md").write_text("skipped: not a document suffix")
    (tmp_path / "page.html").write_text(PAGE.format(n=3))
    names = [Path(i.path).relative_to(tmp_path).as_posix() for i in batch.iter_inputs([tmp_path])]
    assert names == ["1.txt", "page.html", "b/2.txt"]
    only = list(batch.iter_inputs([tmp_path], glob="*.html"))
    assert [Path(i.path).name for i in only] == ["page.html"]


def test_zip_and_tar_members_stream(tmp_path: Path) -> None:
    zpath = tmp_path / "c.zip"
    with zipfile.ZipFile(zpath, "w") as zf:
        zf.writestr("x/a.txt", letter(1))
        zf.writestr("x/skip.bin", b"\x00\x01")
        zf.writestr("x/", b"")
    tpath = tmp_path / "c.tar.gz"
    with tarfile.open(tpath, "w:gz") as tf:
        data = letter(2)
        info = tarfile.TarInfo("y/b.txt")
        info.size = len(data)
        tf.addfile(info, io.BytesIO(data))
    items = list(batch.iter_inputs([zpath, tpath]))
    assert [i.path for i in items] == [f"{zpath}!x/a.txt", f"{tpath}!y/b.txt"]
    assert items[1].data == letter(2)


def test_bad_archive_and_missing_path_become_errors(tmp_path: Path) -> None:
    bad = tmp_path / "bad.zip"
    bad.write_bytes(b"not a zip")
    items = list(batch.iter_inputs([bad, tmp_path / "missing.txt"]))
    assert [i.error_type for i in items] == ["BadZipFile", "FileNotFoundError"]
    results = list(batch.iter_parse(items))
    assert not any(r.ok for r in results)


@pytest.mark.parametrize(
    ("name", "data", "kind"),
    [
        ("a.html", b"hello", "html"),
        ("a", b"  <!doctype html><p>x", "html"),
        ("a", b"<div><body>x", "html"),
        ("a.eml", b"x", "email"),
        ("a", b"From: a@b\nTo: c@d\nSubject: s\n\nbody", "email"),
        ("a", b"Received: from x\nFrom: a@b\n\nbody", "email"),
        ("a.txt", b"Our ref: FOI-1\nDate: 1 May 2024\n\nText", "text"),
        ("a.txt", b"Subject: Request\nRef: FOI-1\n\nText", "text"),
    ],
)
def test_detect_kind(name: str, data: bytes, kind: str) -> None:
    assert batch.detect_kind(name, data) == kind


def test_binary_garbage_is_an_error() -> None:
    (result,) = batch.iter_parse([InputDoc(path="g.txt", data=bytes(range(256)) * 4)])
    assert result.error_type == "ParseError"
    assert result.error is not None
    assert "binary" in result.error


def test_jobs_keep_order_and_match_in_process() -> None:
    items = [InputDoc(path=f"{n}.txt", data=letter(n)) for n in range(40)]
    items.insert(7, InputDoc(path="bad.txt", data=b"\x00" * 50))
    one = list(batch.iter_parse(items, jobs=1))
    two = list(batch.iter_parse(iter(items), jobs=2, chunksize=3))
    assert one == two
    assert [r.path for r in two] == [i.path for i in items]
    assert sum(not r.ok for r in two) == 1


def test_rows_made_where_the_documents_are_parsed() -> None:
    items = [InputDoc(path=f"{n}.txt", data=letter(n)) for n in range(12)]
    items.insert(3, InputDoc(path="bad.txt", data=b"\x00" * 50))
    full = [batch.result_row(r) for r in batch.iter_parse(items)]
    for jobs in (1, 2):
        results = list(batch.iter_parse(iter(items), jobs=jobs, chunksize=4, rows=True))
        assert all(r.document is None for r in results)
        assert [r.ok for r in results] == [r["error"] is None for r in full]
        assert [batch.result_row(r) for r in results] == full
    with pytest.raises(ValueError, match="holds a row"):
        batch.result_record(results[0])


def test_row_and_record_shapes() -> None:
    ok, bad = batch.iter_parse(
        [InputDoc(path="a.txt", data=letter(5)), InputDoc(path="b", data=b"\x00")]
    )
    row = batch.result_row(ok)
    assert tuple(row) == batch.ROW_COLUMNS
    assert row["path"] == "a.txt"
    assert row["references"] == ["FOI-5"]
    assert row["error"] is None
    assert batch.result_record(bad) == {"path": "b", "error_type": "ParseError", "error": bad.error}
    assert batch.result_record(ok)["kind"] == "foimodel.document"


@pytest.mark.parametrize(("suffix", "rows"), [(".jsonl", False), (".jsonl", True), (".csv", True)])
def test_writers_round_trip_through_iter_rows(tmp_path: Path, suffix: str, rows: bool) -> None:
    out = str(tmp_path / f"out{suffix}")
    results = list(
        batch.iter_parse(
            [InputDoc(path="a.txt", data=letter(1)), InputDoc(path="b.txt", data=b"\x00")]
        )
    )
    writer = batch.open_writer(out, fmt=batch.output_format(out) or "", rows=rows)
    for r in results:
        writer.write(r)
    writer.close()
    back = list(batch.iter_rows(out))
    assert [r["path"] for r in back] == ["a.txt", "b.txt"]
    assert back[0]["references"] == ["FOI-1"]
    assert back[0]["question_count"] == 1
    assert back[1]["error_type"] == "ParseError"
    assert batch.done_paths(out, fmt=batch.output_format(out) or "") == {"a.txt", "b.txt"}


def test_parquet_writer_row_groups(tmp_path: Path) -> None:
    pq = pytest.importorskip("pyarrow.parquet")
    out = str(tmp_path / "out.parquet")
    writer = batch.open_writer(out, fmt="parquet", row_group_size=4)
    for n in range(10):
        writer.write(
            Result(path=f"{n}", document=batch.parse_input(InputDoc(path="x", data=letter(n))))
        )
    writer.close()
    meta = pq.ParquetFile(out).metadata
    assert (meta.num_rows, meta.num_row_groups) == (10, 3)
    rows = list(batch.iter_rows(out))
    assert rows[3]["references"] == ["FOI-3"]
    assert rows[3]["received"] == "2024-03-03"


def test_append_cuts_a_partial_last_line(tmp_path: Path) -> None:
    out = tmp_path / "out.jsonl"
    out.write_text('{"path": "a"}\n{"path": "b", "tit')
    assert batch.done_paths(str(out), fmt="jsonl") == {"a"}
    writer = batch.open_writer(str(out), fmt="jsonl", append=True)
    writer.write(Result(path="c", error_type="X", error="y"))
    writer.close()
    assert [json.loads(line)["path"] for line in out.read_text().splitlines()] == ["a", "c"]


def test_warc_response_records(tmp_path: Path) -> None:
    pytest.importorskip("warcio")
    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    path = tmp_path / "crawl.warc.gz"
    with path.open("wb") as fh:
        writer = WARCWriter(fh, gzip=True)
        for url, ctype, body in (
            ("https://a.example/foi/1", "text/html; charset=utf-8", PAGE.format(n=1).encode()),
            ("https://a.example/logo.png", "image/png", b"\x89PNG"),
            ("https://a.example/foi/2.txt", "text/plain", letter(2)),
        ):
            headers = StatusAndHeaders("200 OK", [("Content-Type", ctype)], protocol="HTTP/1.1")
            record = writer.create_warc_record(
                url, "response", payload=io.BytesIO(body), http_headers=headers
            )
            writer.write_record(record)
    items = list(batch.iter_inputs([path]))
    assert [(i.url, i.kind) for i in items] == [
        ("https://a.example/foi/1", "html"),
        ("https://a.example/foi/2.txt", "text"),
    ]
    text_doc = batch.parse_input(items[1])
    assert text_doc.source.url == "https://a.example/foi/2.txt"


CORPUS = Path(__file__).resolve().parents[2] / "shared" / "corpus"


@pytest.mark.corpus
@pytest.mark.skipif(not CORPUS.is_dir(), reason="../shared/corpus is absent")
def test_shared_corpus_batches_without_crashing() -> None:
    results = list(batch.iter_parse(batch.iter_inputs([CORPUS / "real", CORPUS / "html"])))
    assert len(results) > 50
    assert all(r.ok for r in results), [r for r in results if not r.ok][:3]
