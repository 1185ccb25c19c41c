"""Bytes to text for the HTML front end: BOM, then meta charset, then the caller's hint.

The order follows the WHATWG encoding sniffing algorithm without its network
part: a byte order mark wins; then a ``<meta charset>`` or ``http-equiv``
declaration in the first 4 KB; then ``ParsePolicy.encoding``; then UTF-8.
Bytes a declared or guessed encoding cannot decode are never fatal: in UTF-8 a
stray byte is read as Windows-1252 (the usual cause is a cp1252 fragment pasted
into a UTF-8 page), elsewhere it becomes U+FFFD, and a ``Defect(kind="encoding")``
says how many bytes were affected.

>>> decode_html(b"<meta charset=latin-1><p>caf\\xe9")[:2]
('<meta charset=latin-1><p>café', 'cp1252')
"""

from __future__ import annotations

import codecs
import re

from foimodel.models import Defect

__all__ = ["decode_html"]

_BOMS: tuple[tuple[bytes, str], ...] = (
    (codecs.BOM_UTF32_LE, "utf-32-le"),  # before UTF-16 LE: its BOM starts the same way
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)
_META = re.compile(
    rb"<meta\b[^>]*?\bcharset\s*=\s*[\"']?\s*(?P<name>[A-Za-z0-9._:\-]{1,40})",
    re.IGNORECASE,
)
_SURROGATE = re.compile(r"[\udc80-\udcff]")
# WHATWG: these labels all mean windows-1252; UTF-16 declared in an ASCII-compatible
# byte stream cannot be true, so it means UTF-8.
_ALIASES = {
    "latin-1": "cp1252",
    "iso8859-1": "cp1252",
    "ascii": "cp1252",
    "utf-16": "utf-8",
    "utf-16-le": "utf-8",
    "utf-16-be": "utf-8",
}


_REFUSED = frozenset(
    {
        "idna",
        "punycode",
        "undefined",
        "unicode-escape",
        "raw-unicode-escape",
        "utf-7",
        "mbcs",
        "oem",
    }
)


def _canonical(name: str) -> str | None:
    try:
        info = codecs.lookup(name)
    except (LookupError, ValueError):
        return None
    if not getattr(info, "_is_text_encoding", True) or info.name in _REFUSED:
        return None  # rot13, zlib, base64 ... and the WHATWG-forbidden UTF-7
    return _ALIASES.get(info.name, info.name)


def _cp1252_byte(match: re.Match[str]) -> str:
    byte = ord(match.group()) - 0xDC00
    try:
        return bytes([byte]).decode("cp1252")
    except UnicodeDecodeError:
        return "\ufffd"


def decode_html(data: bytes, hint: str | None = None) -> tuple[str, str, list[Defect]]:
    """Decode ``data``: return (text, encoding chosen, defects)."""
    defects: list[Defect] = []
    encoding: str | None = None
    body = data
    for bom, name in _BOMS:
        if data.startswith(bom):
            encoding, body = name, data[len(bom) :]
            break
    if encoding is None:
        meta = _META.search(data[:4096])
        if meta:
            declared = meta["name"].decode("ascii", "replace")
            encoding = _canonical(declared)
            if encoding is None:
                defects.append(
                    Defect(
                        kind="encoding", reason=f"unknown charset {declared!r} declared; ignored"
                    )
                )
    if encoding is None and hint:
        encoding = _canonical(hint)
        if encoding is None:
            defects.append(
                Defect(kind="encoding", reason=f"unknown encoding hint {hint!r}; ignored")
            )
    encoding = encoding or "utf-8"
    try:
        return body.decode(encoding), encoding, defects
    except UnicodeDecodeError:
        pass
    if encoding == "utf-8":
        text = body.decode(encoding, errors="surrogateescape")
        bad = len(_SURROGATE.findall(text))
        text = _SURROGATE.sub(_cp1252_byte, text)
        how = "read as Windows-1252"
    else:
        before = body.decode(encoding, errors="ignore").count("\ufffd")
        text = body.decode(encoding, errors="replace")
        bad = text.count("\ufffd") - before
        how = "replaced by U+FFFD"
    defects.append(Defect(kind="encoding", reason=f"{bad} byte(s) not valid {encoding}: {how}"))
    return text, encoding, defects
