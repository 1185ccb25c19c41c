"""Reading: files, directories, archives and WARC files, one input at a time."""

from __future__ import annotations

import fnmatch
import os
import tarfile
import zipfile
from collections.abc import Iterable, Iterator, Sequence
from pathlib import Path

from foimodel.batch._records import ARCHIVE_SUFFIXES, DOCUMENT_SUFFIXES, WARC_SUFFIXES, InputDoc

__all__ = ["iter_inputs", "wanted"]

# -- reading ---------------------------------------------------------------------------


_CONTAINERS = (*ARCHIVE_SUFFIXES, *WARC_SUFFIXES)


def _has_suffix(name: str, suffixes: Sequence[str]) -> bool:
    return name.lower().endswith(tuple(suffixes))


def wanted(name: str, glob: str) -> bool:
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
            name = os.path.join(dirpath, filename)
            try:
                if _has_suffix(name, _CONTAINERS):
                    yield from _iter_file(Path(name), glob)
                elif wanted(name, glob):
                    with open(name, "rb") as fh:  # the common case, without Path's cost
                        yield InputDoc(path=name, data=fh.read())
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
            if info.is_dir() or not wanted(info.filename, glob):
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
                if not info.isfile() or not wanted(info.name, glob):
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
