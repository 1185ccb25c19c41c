"""What a batch reads and what it makes of each input."""

from __future__ import annotations

from typing import Any

import attrs

from foimodel.models import Document
from foimodel.rows import ROW_KEYS

__all__ = [
    "ARCHIVE_SUFFIXES",
    "DOCUMENT_SUFFIXES",
    "ERROR_KEYS",
    "ROW_COLUMNS",
    "WARC_SUFFIXES",
    "InputDoc",
    "Result",
]

DOCUMENT_SUFFIXES = (".txt", ".text", ".html", ".htm", ".eml")
"""The file suffixes a directory walk or an archive scan reads."""

ARCHIVE_SUFFIXES = (".zip", ".tar", ".tar.gz", ".tgz", ".tar.bz2", ".tbz2", ".tar.xz", ".txz")
WARC_SUFFIXES = (".warc", ".warc.gz", ".arc", ".arc.gz")
ERROR_KEYS = ("error_type", "error")
ROW_COLUMNS = ("path", *ROW_KEYS, *ERROR_KEYS)
"""The columns of a row file: ``path``, :data:`foimodel.rows.ROW_KEYS`, the error."""

_KINDS = ("text", "html", "email")


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
    """The outcome for one input: a ``document`` (or only its flat ``row``, when the
    batch asked for rows: see :func:`foimodel.batch.iter_parse`), or an
    ``error_type`` and ``error``."""

    path: str
    document: Document | None = None
    error_type: str | None = None
    error: str | None = None
    row: dict[str, Any] | None = None

    @property
    def ok(self) -> bool:
        """True when the input parsed."""
        return self.document is not None or self.row is not None
