"""The command line, through ``main([...])``."""

from __future__ import annotations

import csv
import datetime as dt
import io
import json
import os
import subprocess
import sys
import tarfile
import zipfile
from pathlib import Path

import pytest

from foimodel import batch
from foimodel.cli import main

LETTER = (
    "Our ref: FOI-{n}\n"
    "Date received: {day} March 2024\n\n"
    "Dear Requester,\n"
    "You asked:\n"
    "1. How many complaints about ward {n} were made?\n"
    "{decision}\n"
)
DECISIONS = (
    "The information is not held.",
    "I have decided to withhold the information under section 40(2) of the Freedom of Information"
    " Act 2000.",
)


def letter(n: int) -> str:
    return LETTER.format(n=n, day=1 + n % 27, decision=DECISIONS[n % 2])


@pytest.fixture
def corpus(tmp_path: Path) -> Path:
    root = tmp_path / "corpus"
    (root / "sub").mkdir(parents=True)
    for n in range(6):
        (root / ("sub" if n % 3 == 0 else "") / f"{n:02d}.txt").write_text(letter(n))
    return root


def lines(path: Path) -> list[dict[str, object]]:
    return [json.loads(line) for line in path.read_text().splitlines()]


# -- parse ------------------------------------------------------------------------------


def test_parse_text_is_render_text(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    import foimodel

    path = tmp_path / "a.txt"
    path.write_text(letter(1))
    assert main(["parse", "--format", "text", str(path)]) == 0
    assert capsys.readouterr().out == foimodel.render_text(foimodel.parse_text(letter(1)))


@pytest.mark.parametrize("fmt", ["json", "jsonl", "row", "markdown", "text"])
def test_parse_formats_several_files(
    corpus: Path, capsys: pytest.CaptureFixture[str], fmt: str
) -> None:
    files = sorted(str(p) for p in corpus.glob("*.txt"))
    assert main(["parse", "-f", fmt, *files]) == 0
    out = capsys.readouterr().out
    if fmt == "json":
        assert [d["references"][0]["raw"] for d in json.loads(out)] == [
            "FOI-1",
            "FOI-2",
            "FOI-4",
            "FOI-5",
        ]
    elif fmt in ("jsonl", "row"):
        assert len([json.loads(line) for line in out.splitlines()]) == 4
    else:
        assert out.count("==> ") == 4


def test_parse_html_in_and_out(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    pytest.importorskip("foimodel.render.html")
    page = tmp_path / "page"
    page.write_text(
        "<!DOCTYPE html><html><body><p>Our ref: FOI-5</p><p>Not held.</p></body></html>"
    )
    assert main(["parse", "-f", "html", str(page)]) == 0
    assert "FOI-5" in capsys.readouterr().out
    assert main(["parse", "-f", "row", str(page)]) == 0
    assert json.loads(capsys.readouterr().out)["source_format"] == "html"


def test_parse_stdin_html_and_email(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    mail = tmp_path / "m.eml"
    mail.write_text(
        "From: foi@x.example\nSubject: FOI-77\nDate: 2 Apr 2024 10:00 +0000\n\nNot held.\n"
    )
    assert main(["parse", "-f", "row", str(mail)]) == 0
    assert json.loads(capsys.readouterr().out)["source_format"] == "email"
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(letter(3).encode())))
    assert main(["parse", "-f", "row", "-"]) == 0
    assert json.loads(capsys.readouterr().out)["references"] == ["FOI-3"]


def test_parse_bad_inputs(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    garbage = tmp_path / "garbage.txt"
    garbage.write_bytes(bytes(range(256)) * 8)
    good = tmp_path / "good.txt"
    good.write_text(letter(2))
    missing = tmp_path / "missing.txt"
    assert main(["parse", "-f", "row", str(garbage), str(good), str(missing)]) == 1
    captured = capsys.readouterr()
    assert len(captured.out.splitlines()) == 1
    assert f"{garbage}: binary data" in captured.err
    assert f"{missing}: No such file or directory" in captured.err
    assert "Traceback" not in captured.err


def test_parse_unreadable(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "secret.txt"
    path.write_text(letter(1))
    if os.geteuid() == 0:  # root reads any file: simulate the refusal
        real = Path.read_bytes

        def refuse(self: Path) -> bytes:
            if self.name == "secret.txt":
                raise PermissionError(13, "Permission denied", str(self))
            return real(self)

        monkeypatch.setattr(Path, "read_bytes", refuse)
    else:
        path.chmod(0)
    assert main(["parse", str(path)]) == 1
    assert f"{path}: Permission denied" in capsys.readouterr().err


def test_usage_errors(capsys: pytest.CaptureFixture[str]) -> None:
    assert main([]) == 2
    assert main(["parse"]) == 2
    assert main(["parse", "-f", "pdf", "x"]) == 2
    assert main(["batch", "x"]) == 2
    assert main(["batch", "x", "-o", "out.xlsx"]) == 2
    assert main(["batch", "x", "-o", "out.parquet", "--resume"]) == 2
    assert main(["laws", "no-such-law"]) == 2
    assert "unknown law" in capsys.readouterr().err


# -- batch ------------------------------------------------------------------------------


def test_batch_jsonl_records(corpus: Path, tmp_path: Path) -> None:
    out = tmp_path / "out.jsonl"
    assert main(["batch", str(corpus), "-o", str(out)]) == 0
    records = lines(out)
    assert len(records) == 6
    assert all(
        r["kind"] == "foimodel.document" and str(r["path"]).endswith(".txt") for r in records
    )


def test_batch_rows_csv_with_failures(
    corpus: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    (corpus / "zz.txt").write_bytes(b"\x00\x01garbage")
    out = tmp_path / "rows.csv"
    assert main(["batch", str(corpus), "-o", str(out), "--jobs", "2"]) == 1
    rows = list(csv.DictReader(out.open()))
    assert len(rows) == 7
    failed = [r for r in rows if r["error_type"]]
    assert [(Path(r["path"]).name, r["error_type"]) for r in failed] == [("zz.txt", "ParseError")]
    exempt = [r for r in rows if r["exemptions"]]
    assert exempt
    assert all(r["exemptions"] == "s.40(2)" for r in exempt)
    assert "zz.txt: ParseError: binary data" in capsys.readouterr().err


def test_batch_archives(tmp_path: Path) -> None:
    zpath = tmp_path / "a.zip"
    with zipfile.ZipFile(zpath, "w") as zf:
        for n in range(3):
            zf.writestr(f"docs/{n}.txt", letter(n))
    tpath = tmp_path / "b.tar"
    with tarfile.open(tpath, "w") as tf:
        data = letter(9).encode()
        info = tarfile.TarInfo("docs/9.txt")
        info.size = len(data)
        tf.addfile(info, io.BytesIO(data))
    out = tmp_path / "rows.jsonl"
    assert main(["batch", str(zpath), str(tpath), "-o", str(out), "--rows"]) == 0
    rows = lines(out)
    assert [r["path"] for r in rows] == [f"{zpath}!docs/{n}.txt" for n in range(3)] + [
        f"{tpath}!docs/9.txt"
    ]
    assert rows[-1]["references"] == ["FOI-9"]


def test_batch_empty_dir_warns(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    empty = tmp_path / "empty"
    empty.mkdir()
    out = tmp_path / "out.csv"
    assert main(["batch", str(empty), "-o", str(out)]) == 0
    assert "warning: no documents found" in capsys.readouterr().err
    assert out.read_text().startswith("path,title,")


def test_batch_missing_input_is_a_failure(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "out.jsonl"
    assert main(["batch", str(tmp_path / "nope"), "-o", str(out)]) == 1
    assert lines(out)[0]["error_type"] == "FileNotFoundError"
    assert "nope: FileNotFoundError" in capsys.readouterr().err


def _interrupt_after(monkeypatch: pytest.MonkeyPatch, n: int) -> None:
    real = batch.parse_one
    calls = {"n": 0}

    def flaky(item: batch.InputDoc, policy: object = None, *, rows: bool = False) -> batch.Result:
        calls["n"] += 1
        if calls["n"] > n:
            raise KeyboardInterrupt
        return real(item, rows=rows)

    monkeypatch.setattr(batch, "parse_one", flaky)


@pytest.mark.parametrize("suffix", [".jsonl", ".csv"])
def test_interrupted_then_resumed(
    corpus: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, suffix: str
) -> None:
    out = tmp_path / f"out{suffix}"
    with monkeypatch.context() as m:
        _interrupt_after(m, 4)
        assert main(["batch", str(corpus), "-o", str(out), "--rows"]) == 130
    first = list(batch.iter_rows(str(out)))
    assert len(first) == 4
    assert main(["batch", str(corpus), "-o", str(out), "--rows", "--resume"]) == 0
    rows = list(batch.iter_rows(str(out)))
    assert len(rows) == 6
    assert len({r["path"] for r in rows}) == 6
    assert main(["batch", str(corpus), "-o", str(out), "--rows", "--resume"]) == 0
    assert len(list(batch.iter_rows(str(out)))) == 6


def test_interrupted_parquet_is_valid(
    corpus: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    pq = pytest.importorskip("pyarrow.parquet")
    out = tmp_path / "out.parquet"
    _interrupt_after(monkeypatch, 3)
    assert main(["batch", str(corpus), "-o", str(out)]) == 130
    assert pq.read_table(out).num_rows == 3


def test_batch_parquet_then_stats(
    corpus: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    pytest.importorskip("pyarrow")
    out = tmp_path / "rows.parquet"
    assert main(["batch", str(corpus), "-o", str(out)]) == 0
    capsys.readouterr()
    assert main(["stats", str(out), "--json"]) == 0
    stats = json.loads(capsys.readouterr().out)
    assert stats["documents"] == 6
    assert stats["by_month"]["2024-03"]["outcomes"]["not_held"] == 3
    assert stats["by_jurisdiction"]["UK"]["exemptions"] == {"s.40(2)": 3}


def test_stats_tables_and_plot(
    corpus: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "rows.csv"
    assert main(["batch", str(corpus), "-o", str(out)]) == 0
    assert main(["stats", str(out)]) == 0
    text = capsys.readouterr().out
    assert "Outcomes by authority" in text
    assert "Exemptions by month" in text
    assert "s.40(2) ×3" in text
    pytest.importorskip("matplotlib")
    png = tmp_path / "stats.png"
    assert main(["stats", str(out), "--plot", str(png)]) == 0
    assert png.read_bytes()[:4] == b"\x89PNG"


def test_stats_bad_file(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    bad = tmp_path / "rows.jsonl"
    bad.write_text("{not json\n")
    assert main(["stats", str(bad)]) == 1
    assert main(["stats", str(tmp_path / "missing.csv")]) == 1
    err = capsys.readouterr().err
    assert "not JSON" in err
    assert "No such file" in err


# -- citations, laws, deadline -----------------------------------------------------------


def test_citations_table_and_json(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    text = "The names are withheld under section 40(2) of the Freedom of Information Act 2000."
    assert main(["citations", text]) == 0
    assert "s.40(2)" in capsys.readouterr().out
    path = tmp_path / "letter.txt"
    path.write_text(text)
    assert main(["citations", str(path), "--json", "--jurisdiction", "UK"]) == 0
    (found,) = json.loads(capsys.readouterr().out)
    assert found["label"] == "s.40(2)"
    assert found["applied"] is True
    assert text[found["start"] : found["end"]] == found["raw"]


def test_laws(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["laws"]) == 0
    assert "uk-foia-2000" in capsys.readouterr().out
    assert main(["laws", "uk-foia-2000"]) == 0
    assert "s.40(2)" in capsys.readouterr().out


def test_deadline(capsys: pytest.CaptureFixture[str]) -> None:
    deadlines = pytest.importorskip("foimodel.deadlines")
    assert main(["deadline", "--received", "2024-12-20", "--law", "uk-foia-2000"]) == 0
    due = deadlines.due_date(dt.date(2024, 12, 20), "uk-foia-2000")
    assert capsys.readouterr().out.startswith(f"Due: {due.date.isoformat()}\n")
    assert main(["deadline", "--received", "20/12/2024", "--law", "uk-foia-2000"]) == 2
    assert main(["deadline", "--received", "2024-12-20", "--law", "nope"]) == 2


def test_python_m_foimodel_help() -> None:
    proc = subprocess.run(
        [sys.executable, "-m", "foimodel", "--help"], capture_output=True, text=True, check=False
    )
    assert proc.returncode == 0
    for command in ("parse", "batch", "citations", "laws", "stats", "deadline"):
        assert command in proc.stdout
