"""The records of the law catalogues: :class:`Law` and :class:`Provision`.

A provision is named by its *path*, the parts of its printed reference:
``("40", "2")`` for s.40(2), ``("12", "4", "b")`` for reg.12(4)(b) and
``("b", "7", "C")`` for the US FOIA's (b)(7)(C).

>>> parse_path("section 40(2)")
('40', '2')
>>> parse_path("(b)(7)(C)")
('b', '7', 'C')
"""

from __future__ import annotations

import enum
import re
from collections.abc import Mapping, Sequence

import attrs

__all__ = [
    "JURISDICTIONS",
    "RESPONSE_UNITS",
    "ROLES",
    "UNITS",
    "Law",
    "Provision",
    "ProvisionKind",
    "PublicInterest",
    "format_path",
    "parse_path",
]

#: The jurisdiction spellings the catalogues use (and ``Document.jurisdiction`` carries).
JURISDICTIONS = frozenset(
    {
        "UK",
        "UK-Scotland",
        "US-federal",
        "Ireland",
        "Australia",
        "Australia-VIC",
        "New Zealand",
        "Canada",
        "Canada-ON",
        "US-MA",
        "US-CA",
    }
)

#: How provisions are numbered: sections, regulations, articles, or US paragraph
#: style ``(b)(6)`` (the unit ``"b"``, as in :attr:`foimodel.models.Citation.unit`).
UNITS = frozenset({"s", "reg", "art", "b"})

#: Units a response time may be counted in.
RESPONSE_UNITS = frozenset({"working_days", "calendar_days", "weeks", "school_days", "months"})

#: What a generic word in a document stands for: "the Act", "the Regulations".
ROLES = frozenset({"act", "regulations"})


class ProvisionKind(enum.StrEnum):
    """What a catalogued provision does."""

    EXEMPTION = "exemption"
    """A ground for withholding (EIR/EISR "exceptions" and exclusions included)."""
    PROCEDURAL_REFUSAL = "procedural_refusal"
    """Refusal of the request as such: cost limit, vexatious, repeated, too general."""
    NOT_HELD = "not_held"
    """The information is not held (EIR reg.12(4)(a), FOISA s.17)."""
    DUTY = "duty"
    """A duty of the authority: confirm or deny, advise and assist, refusal notice."""
    TIME_LIMIT = "time_limit"
    """A deadline or an extension of one."""
    APPEAL = "appeal"
    """Internal review, complaint to a regulator, tribunal or court."""
    DEFINITION = "definition"
    """Interpretation: what words of the law mean."""
    OTHER = "other"
    """Anything else: fees, codes of practice, certificates, overrides."""


class PublicInterest(enum.StrEnum):
    """Whether withholding under a provision is weighed against the public interest."""

    ABSOLUTE = "absolute"
    """No public interest balance (UK absolute, NZ conclusive, Australian exempt)."""
    QUALIFIED = "qualified"
    """Subject to a public interest test, general or written into the provision."""
    NONE = "none"
    """Not applicable: not a withholding provision, or the law draws no such line."""


_PREFIX = re.compile(
    r"""^(?:the\s+)?
    (?:sections?|sect?s?\.?|ss?\.?|§+|regulations?|regs?\.?|r\.|articles?|arts?\.?)
    \s*(?=[0-9(])""",
    re.IGNORECASE | re.VERBOSE,
)
_HEAD = re.compile(r"[0-9]+(?:\.[0-9]+)*[A-Za-z]*|[A-Za-z]{1,2}(?=\()")
_PART = re.compile(r"\(([0-9A-Za-z.]+)\)")


def parse_path(ref: str) -> tuple[str, ...]:
    """The parts of a printed provision reference; ``()`` when it is not one.

    Accepts ``"40(2)"``, ``"s.40(2)"``, ``"section 40 (2)"``, ``"reg.12(4)(b)"``,
    ``"(b)(6)"`` and ``"b(6)"``; letters keep their case.

    >>> parse_path("Regulation 12(4)(b)")
    ('12', '4', 'b')
    >>> parse_path("not a reference")
    ()
    """
    text = ref.strip()
    text = _PREFIX.sub("", text, count=1)
    text = re.sub(r"\s+", "", text)
    if not text:
        return ()
    parts: list[str] = []
    pos = 0
    if not text.startswith("("):
        head = _HEAD.match(text)
        if head is None:
            return ()
        parts.append(head.group())
        pos = head.end()
    while pos < len(text):
        part = _PART.match(text, pos)
        if part is None:
            return ()
        parts.append(part.group(1))
        pos = part.end()
    return tuple(parts)


def format_path(unit: str, path: Sequence[str]) -> str:
    """The normalised label of ``path`` in ``unit``: ``s.40(2)``, ``(b)(7)(C)``.

    >>> format_path("reg", ("12", "4", "b"))
    'reg.12(4)(b)'
    """
    head, *rest = path
    tail = "".join(f"({p})" for p in rest)
    if unit == "b":
        return f"({head}){tail}"
    return f"{unit}.{head}{tail}"


def _key(path: Sequence[str]) -> tuple[str, ...]:
    return tuple(p.casefold() for p in path)


def _as_path(ref: str | Sequence[str]) -> tuple[str, ...]:
    if isinstance(ref, str):
        return parse_path(ref)
    return tuple(str(p).strip() for p in ref)


@attrs.frozen(kw_only=True)
class Provision:
    """One catalogued provision of a law.

    >>> p = Provision(path=("40", "2"), unit="s", title="Personal data of others",
    ...               kind=ProvisionKind.EXEMPTION, test=PublicInterest.ABSOLUTE,
    ...               source="https://www.legislation.gov.uk/ukpga/2000/36/section/40")
    >>> p.label
    's.40(2)'
    """

    path: tuple[str, ...]
    unit: str
    title: str
    kind: ProvisionKind
    test: PublicInterest = PublicInterest.NONE
    source: str
    note: str | None = None

    @property
    def label(self) -> str:
        """The normalised form: ``s.40(2)``, ``reg.12(4)(b)``, ``(b)(7)(C)``."""
        return format_path(self.unit, self.path)


@attrs.frozen(kw_only=True)
class Law:
    """An access-to-information (or related) law and its catalogued provisions.

    ``short_names`` are abbreviations (``"FOIA"``), ``citation_forms`` the names
    as documents print them; a form shared by several laws resolves only with a
    jurisdiction hint, unless one law lists it in ``preferred_names``.
    ``role`` and ``default_for`` say which jurisdictions mean this law by "the
    Act" or "the Regulations".
    """

    id: str
    name: str
    short_names: tuple[str, ...] = ()
    citation_forms: tuple[str, ...] = ()
    preferred_names: tuple[str, ...] = ()
    jurisdiction: str
    unit: str
    response_time: int | None = None
    response_unit: str | None = None
    access_law: bool = True
    role: str | None = None
    default_for: tuple[str, ...] = ()
    source: str
    note: str | None = None
    provisions: tuple[Provision, ...] = attrs.field(
        default=(), repr=lambda ps: f"<{len(ps)} provisions>"
    )
    _index: Mapping[tuple[str, ...], Provision] = attrs.field(
        init=False, repr=False, eq=False, hash=False
    )

    def __attrs_post_init__(self) -> None:
        index = {_key(p.path): p for p in self.provisions}
        object.__setattr__(self, "_index", index)

    def provision(self, ref: str | Sequence[str]) -> Provision | None:
        """The provision ``ref`` names exactly, or ``None``.

        ``ref`` is printed (``"40(2)"``, ``"s.40(2)"``, ``"section 40(2)"``,
        ``"(b)(6)"``) or a path (``("40", "2")``); letters match in any case.
        """
        path = _as_path(ref)
        if not path:
            return None
        return self._index.get(_key(path))

    def nearest(self, ref: str | Sequence[str]) -> Provision | None:
        """The provision ``ref`` names or, failing that, its closest catalogued parent.

        ``40(2)(a)`` falls back to ``40(2)``, then ``40``; ``None`` when no
        prefix of the path is catalogued.
        """
        path = _as_path(ref)
        for end in range(len(path), 0, -1):
            found = self._index.get(_key(path[:end]))
            if found is not None:
                return found
        return None

    def label(self, ref: str | Sequence[str]) -> str | None:
        """``ref`` normalised in this law's unit (catalogued or not); ``None`` if unparsable.

        >>> Law(id="x", name="X", jurisdiction="UK", unit="s", source="https://x").label("40 (2)")
        's.40(2)'
        """
        path = _as_path(ref)
        return format_path(self.unit, path) if path else None
