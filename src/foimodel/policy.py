"""ParsePolicy: one frozen object that steers parsing (the stdlib ``email`` pattern).

>>> from foimodel.policy import ParsePolicy
>>> ParsePolicy(strict=True).strict
True
"""

from __future__ import annotations

import attrs

__all__ = ["DEFAULT_POLICY", "STRICT_POLICY", "ParsePolicy"]


def _positive(_: object, attribute: attrs.Attribute[int], value: int) -> None:
    if value <= 0:
        raise ValueError(f"{attribute.name} must be positive, got {value}")


@attrs.frozen(kw_only=True)
class ParsePolicy:
    """How a parser behaves on doubtful or hostile input.

    Attributes:
        strict: raise :class:`foimodel.ParseError` on the first defect instead of
            recording it on ``Document.defects``.
        max_bytes: inputs larger than this are refused with
            :class:`foimodel.errors.InputTooLargeError` (default 20 MB).
        max_depth: HTML nesting deeper than this is flattened, with a defect.
        jurisdiction: a hint used when the document does not say where it is from
            (e.g. ``"UK"``); it steers "the Act" resolution and day-first dates.
        encoding: a caller's hint for bytes without a BOM or meta charset.
    """

    strict: bool = False
    max_bytes: int = attrs.field(default=20_000_000, validator=_positive)
    max_depth: int = attrs.field(default=256, validator=_positive)
    jurisdiction: str | None = None
    encoding: str | None = None

    def check_size(self, data: bytes | str, *, what: str = "input") -> None:
        """Raise :class:`foimodel.errors.InputTooLargeError` when ``data`` (text
        counted in UTF-8 bytes) is larger than ``max_bytes``.

        >>> ParsePolicy(max_bytes=4).check_size("ab")
        >>> ParsePolicy(max_bytes=4).check_size("éééé")
        Traceback (most recent call last):
        ...
        foimodel.errors.InputTooLargeError: input of 8 bytes exceeds max_bytes=4 (at 4)
        """
        size = len(data)
        if isinstance(data, str) and size * 4 > self.max_bytes:  # <= 4 bytes a character
            size = len(data.encode("utf-8", "surrogatepass"))
        if size > self.max_bytes:
            from foimodel.errors import InputTooLargeError

            raise InputTooLargeError(
                f"{what} of {size} bytes exceeds max_bytes={self.max_bytes}",
                position=self.max_bytes,
                kind="too-large",
            )


DEFAULT_POLICY = ParsePolicy()
STRICT_POLICY = ParsePolicy(strict=True)
