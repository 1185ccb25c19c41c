"""JSON and dicts, through one private cattrs converter.

Every dict carries a ``kind`` tag and the ``schema_version``; dates are ISO 8601;
structuring errors name the path of the bad field.

>>> from foimodel.models import Document
>>> from_json(to_json(Document())) == Document()
True
"""

from __future__ import annotations

import datetime as dt
import json
from typing import Any

import cattrs
from cattrs.preconf.json import make_converter

from foimodel.errors import SerializationError
from foimodel.models import Block, DateRole, Document, Link, MessageKind, Outcome, Paragraph, Table

__all__ = ["SCHEMA_VERSION", "from_dict", "from_json", "to_dict", "to_json"]

SCHEMA_VERSION = 1
KIND = "foimodel.document"

_converter = make_converter(forbid_extra_keys=True)
_converter.register_unstructure_hook(dt.date, lambda d: d.isoformat())
_converter.register_structure_hook(dt.date, lambda v, _: dt.date.fromisoformat(v))


def _strict_str(value: Any, _: Any) -> str:
    if not isinstance(value, str):
        raise TypeError(f"expected a string, got {type(value).__name__}")
    return value


# Refuse a value that is not a string where a string belongs, instead of converting it.
_converter.register_structure_hook(str, _strict_str)
for _enum in (Outcome, DateRole, MessageKind):  # string enums are strings too: keep them
    _converter.register_structure_hook(_enum, lambda value, cls: cls(value))

_BLOCK_KINDS: dict[str, type[Paragraph] | type[Link] | type[Table]] = {
    "paragraph": Paragraph,
    "link": Link,
    "table": Table,
}
_BLOCK_NAMES = {cls: name for name, cls in _BLOCK_KINDS.items()}


def _unstructure_block(block: Block) -> dict[str, Any]:
    data: dict[str, Any] = _converter.unstructure(block, unstructure_as=type(block))
    return {"type": _BLOCK_NAMES[type(block)], **data}


def _structure_block(value: Any, _: Any) -> Block:
    if not isinstance(value, dict) or value.get("type") not in _BLOCK_KINDS:
        raise ValueError(f"a block needs a 'type' of {sorted(_BLOCK_KINDS)}")
    data = {k: v for k, v in value.items() if k != "type"}
    block: Block = _converter.structure(data, _BLOCK_KINDS[value["type"]])
    return block


_converter.register_unstructure_hook(Block, _unstructure_block)
_converter.register_structure_hook(Block, _structure_block)


def to_dict(doc: Document) -> dict[str, Any]:
    """A JSON-ready dict of ``doc`` with ``kind`` and ``schema_version``."""
    if not isinstance(doc, Document):
        raise TypeError(f"to_dict() argument 'doc' must be Document, not {type(doc).__name__}")
    data: dict[str, Any] = _converter.unstructure(doc)
    return {"kind": KIND, "schema_version": SCHEMA_VERSION, **data}


def from_dict(data: dict[str, Any]) -> Document:
    """The :class:`Document` a dict from :func:`to_dict` describes.

    Raises :class:`foimodel.errors.SerializationError` naming the bad field's path.
    """
    if not isinstance(data, dict):
        raise TypeError(f"from_dict() argument 'data' must be dict, not {type(data).__name__}")
    if data.get("kind") != KIND:
        raise SerializationError(f"kind must be {KIND!r}, got {data.get('kind')!r}", path="$.kind")
    version = data.get("schema_version")
    if version != SCHEMA_VERSION:
        raise SerializationError(
            f"schema_version {version!r} is not supported (this is {SCHEMA_VERSION})",
            path="$.schema_version",
        )
    body = {k: v for k, v in data.items() if k not in ("kind", "schema_version")}
    try:
        return _converter.structure(body, Document)
    except cattrs.BaseValidationError as exc:
        path, reason = _first_error(exc)
        raise SerializationError(reason, path=path) from exc
    except (ValueError, TypeError, KeyError) as exc:
        raise SerializationError(str(exc)) from exc


def _first_error(exc: BaseException, path: str = "$") -> tuple[str, str]:
    if isinstance(exc, cattrs.BaseValidationError):
        notes = cattrs.transform_error(exc, path=path)
        if notes:
            text = notes[0]
            reason, _, where = text.rpartition(" @ ")
            return (where or path), (reason or text)
    return path, str(exc)


def to_json(doc: Document, *, indent: int | None = None) -> str:
    """``doc`` as a JSON string.

    >>> to_json(Document())[:60]
    '{"kind": "foimodel.document", "schema_version": 1, "title": '
    """
    if not isinstance(doc, Document):
        raise TypeError(f"to_json() argument 'doc' must be Document, not {type(doc).__name__}")
    return json.dumps(to_dict(doc), ensure_ascii=False, indent=indent)


def from_json(text: str | bytes) -> Document:
    """The :class:`Document` a JSON string from :func:`to_json` describes.

    >>> from_json(to_json(Document())) == Document()
    True
    """
    if not isinstance(text, str | bytes):
        raise TypeError(
            f"from_json() argument 'text' must be str or bytes, not {type(text).__name__}"
        )
    try:
        data = json.loads(text)
    except json.JSONDecodeError as exc:
        raise SerializationError(f"not JSON: {exc.msg} at {exc.pos}") from exc
    except (ValueError, RecursionError) as exc:  # undecodable bytes, absurd nesting
        raise SerializationError(f"not JSON: {exc}") from exc
    if not isinstance(data, dict):
        raise SerializationError(f"expected an object, got {type(data).__name__}")
    return from_dict(data)
