"""JSON and dicts: tags, versions, error paths, strictness."""

from __future__ import annotations

import pytest

import foimodel
from foimodel import Document, Outcome, SerializationError


def _doc() -> Document:
    return foimodel.parse_text("Our ref: FOI-1\nDate received: 2 May 2024\nThe data is not held.")


def test_round_trip_keeps_enums_and_dates() -> None:
    doc = _doc()
    back = foimodel.from_json(foimodel.to_json(doc))
    assert back == doc
    assert back.outcome is Outcome.NOT_HELD


def test_kind_and_schema_version_are_written_and_checked() -> None:
    data = foimodel.to_dict(Document())
    assert data["kind"] == "foimodel.document"
    assert data["schema_version"] == 1
    with pytest.raises(SerializationError, match=r"\$\.schema_version"):
        foimodel.from_dict({**data, "schema_version": 99})


@pytest.mark.parametrize(
    ("change", "path"),
    [
        ({"title": 5}, "$.title"),
        ({"decision": {"outcome": "nonsense", "sentence": None, "span": None}}, "$.decision"),
        ({"colour": "red"}, "$"),
    ],
)
def test_bad_values_name_their_path(change: dict[str, object], path: str) -> None:
    data = {**foimodel.to_dict(_doc()), **change}
    with pytest.raises(SerializationError) as info:
        foimodel.from_dict(data)
    assert info.value.path.startswith(path)


@pytest.mark.parametrize("text", ["[]", "NaN", "[" * 100_000, b"\xff\xfe", "{"])
def test_not_a_record_is_a_serialization_error(text: str | bytes) -> None:
    with pytest.raises(SerializationError):
        foimodel.from_json(text)


def test_wrong_types_name_the_argument() -> None:
    with pytest.raises(TypeError, match="'doc'"):
        foimodel.to_json(None)  # type: ignore[arg-type]
    with pytest.raises(TypeError, match="'text'"):
        foimodel.from_json(42)  # type: ignore[arg-type]
