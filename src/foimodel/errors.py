"""The exceptions foimodel raises. One root: :class:`FoiModelError`.

Each error also subclasses the built-in exception a caller would expect, so
``except ValueError`` keeps working (the pattern of ``attrs.exceptions``).

>>> from foimodel.errors import ParseError
>>> err = ParseError("not an FOI document", position=0)
>>> isinstance(err, ValueError), err.position
(True, 0)
"""

from __future__ import annotations

__all__ = [
    "FoiModelError",
    "InputTooLargeError",
    "ParseError",
    "SerializationError",
    "UnknownLawError",
]


class FoiModelError(Exception):
    """Root of every exception raised on purpose by foimodel."""


class ParseError(FoiModelError, ValueError):
    """A document could not be parsed under the policy in force.

    ``position`` is a character offset into the normalised source text (or a
    byte offset for undecodable input); ``reason`` says what went wrong.
    """

    def __init__(self, reason: str, *, position: int = 0, kind: str = "parse") -> None:
        super().__init__(f"{reason} (at {position})")
        self.reason = reason
        self.position = position
        self.kind = kind


class InputTooLargeError(ParseError):
    """The input is larger than the policy's ``max_bytes``."""


class SerializationError(FoiModelError, ValueError):
    """JSON or dict data does not describe a record; ``path`` names the field."""

    def __init__(self, reason: str, *, path: str = "$") -> None:
        super().__init__(f"{path}: {reason}")
        self.reason = reason
        self.path = path


class UnknownLawError(FoiModelError, KeyError):
    """No law with this id is in the registry."""

    def __str__(self) -> str:
        return str(self.args[0]) if self.args else "unknown law"
