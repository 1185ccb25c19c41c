"""Loading the catalogues (``data/*.toml``) and looking laws up by id or name.

The data files are read once, on first use, with :mod:`tomllib` through
:mod:`importlib.resources`, validated, and cached for the life of the process.
"""

from __future__ import annotations

import functools
import re
import tomllib
from collections.abc import Iterable, Mapping
from importlib import resources
from typing import Any

import attrs

from foimodel.errors import FoiModelError, UnknownLawError
from foimodel.laws._model import (
    JURISDICTIONS,
    RESPONSE_UNITS,
    ROLES,
    UNITS,
    Law,
    Provision,
    ProvisionKind,
    PublicInterest,
    parse_path,
)

__all__ = [
    "CatalogueError",
    "all_laws",
    "default_laws",
    "find_law",
    "fold_name",
    "get",
    "ids",
    "load_law",
    "resolve_generic",
]

_LAW_KEYS = frozenset(
    {
        "id",
        "name",
        "short_names",
        "citation_forms",
        "preferred_names",
        "jurisdiction",
        "unit",
        "response_time",
        "response_unit",
        "access_law",
        "role",
        "default_for",
        "source",
        "provision_source",
        "note",
        "provisions",
    }
)
_PROVISION_KEYS = frozenset({"path", "title", "kind", "test", "source", "note"})
_URL = re.compile(r"^https?://\S+$")
_ID = re.compile(r"^[a-z]+(?:-[a-z0-9]+)+$")


class CatalogueError(FoiModelError, ValueError):
    """A law data file does not describe a law; ``where`` names the file and entry."""

    def __init__(self, reason: str, *, where: str) -> None:
        super().__init__(f"{where}: {reason}")
        self.reason = reason
        self.where = where


def fold_name(name: str) -> str:
    """The form names are compared in: case-folded, dots and ``§`` dropped, spaces
    collapsed, a leading "the" removed.

    >>> fold_name("  the Freedom of  Information (Scotland) Act 2002 ")
    'freedom of information (scotland) act 2002'
    >>> fold_name("5 U.S.C. § 552")
    '5 usc 552'
    """
    text = name.casefold().replace("§", " ").replace(".", "")
    text = re.sub(r"[\u2018\u2019\u201c\u201d\"'`]", "", text)
    text = re.sub(r"\s+", " ", text).strip(" ,;:")
    if text.startswith("the "):
        text = text[4:]
    return text


def _str(data: Mapping[str, Any], key: str, where: str, *, required: bool = True) -> str | None:
    value = data.get(key)
    if value is None:
        if required:
            raise CatalogueError(f"missing {key!r}", where=where)
        return None
    if not isinstance(value, str) or not value.strip():
        raise CatalogueError(f"{key!r} must be a non-empty string", where=where)
    return value


def _strs(data: Mapping[str, Any], key: str, where: str) -> tuple[str, ...]:
    value = data.get(key, [])
    if not isinstance(value, list) or not all(isinstance(v, str) and v.strip() for v in value):
        raise CatalogueError(f"{key!r} must be a list of non-empty strings", where=where)
    return tuple(value)


def _url(value: str, where: str) -> str:
    if not _URL.match(value):
        raise CatalogueError(f"not a URL: {value!r}", where=where)
    return value


def _unknown_keys(data: Mapping[str, Any], allowed: frozenset[str], where: str) -> None:
    extra = sorted(set(data) - allowed)
    if extra:
        raise CatalogueError(f"unknown keys {extra}", where=where)


def _provision(
    data: Any, *, unit: str, template: str | None, law_source: str, where: str
) -> Provision:
    if not isinstance(data, dict):
        raise CatalogueError("a provision must be a table", where=where)
    _unknown_keys(data, _PROVISION_KEYS, where)
    raw = _str(data, "path", where) or ""
    path = parse_path(raw)
    if not path:
        raise CatalogueError(f"unparsable path {raw!r}", where=where)
    where = f"{where} {raw}"
    try:
        kind = ProvisionKind(_str(data, "kind", where) or "")
        test = PublicInterest(data.get("test", "none"))
    except ValueError as exc:
        raise CatalogueError(str(exc), where=where) from None
    source = _str(data, "source", where, required=False)
    if source is None:
        source = (
            template.format(head=path[0], head_lower=path[0].lower()) if template else law_source
        )
    return Provision(
        path=path,
        unit=unit,
        title=_str(data, "title", where) or "",
        kind=kind,
        test=test,
        source=_url(source, where),
        note=_str(data, "note", where, required=False),
    )


def load_law(data: Mapping[str, Any], *, where: str = "<law>") -> Law:
    """Build and validate a :class:`Law` from one parsed data file.

    Raises :class:`CatalogueError` naming the file and entry on any problem.
    """
    _unknown_keys(data, _LAW_KEYS, where)
    law_id = _str(data, "id", where) or ""
    if not _ID.match(law_id):
        raise CatalogueError(f"bad id {law_id!r}", where=where)
    jurisdiction = _str(data, "jurisdiction", where) or ""
    if jurisdiction not in JURISDICTIONS:
        raise CatalogueError(f"unknown jurisdiction {jurisdiction!r}", where=where)
    unit = _str(data, "unit", where) or ""
    if unit not in UNITS:
        raise CatalogueError(f"unknown unit {unit!r}", where=where)
    response_time = data.get("response_time")
    response_unit = _str(data, "response_unit", where, required=False)
    if (response_time is None) != (response_unit is None):
        raise CatalogueError("response_time and response_unit go together", where=where)
    if response_time is not None and (
        not isinstance(response_time, int) or isinstance(response_time, bool) or response_time <= 0
    ):
        raise CatalogueError("response_time must be a positive integer", where=where)
    if response_unit is not None and response_unit not in RESPONSE_UNITS:
        raise CatalogueError(f"unknown response_unit {response_unit!r}", where=where)
    access_law = data.get("access_law", True)
    if not isinstance(access_law, bool):
        raise CatalogueError("access_law must be true or false", where=where)
    role = _str(data, "role", where, required=False)
    if role is not None and role not in ROLES:
        raise CatalogueError(f"unknown role {role!r}", where=where)
    default_for = _strs(data, "default_for", where)
    if default_for and role is None:
        raise CatalogueError("default_for needs a role", where=where)
    for place in default_for:
        if place not in JURISDICTIONS:
            raise CatalogueError(f"unknown jurisdiction {place!r} in default_for", where=where)
    short_names = _strs(data, "short_names", where)
    citation_forms = _strs(data, "citation_forms", where)
    preferred = _strs(data, "preferred_names", where)
    known = {fold_name(n) for n in (*short_names, *citation_forms)}
    for name in preferred:
        if fold_name(name) not in known:
            raise CatalogueError(f"preferred name {name!r} is not one of its names", where=where)
    source = _url(_str(data, "source", where) or "", where)
    template = _str(data, "provision_source", where, required=False)
    raw_provisions = data.get("provisions", [])
    if not isinstance(raw_provisions, list):
        raise CatalogueError("'provisions' must be a list", where=where)
    provisions = tuple(
        _provision(p, unit=unit, template=template, law_source=source, where=f"{where} [{i}]")
        for i, p in enumerate(raw_provisions)
    )
    seen: set[tuple[str, ...]] = set()
    for p in provisions:
        key = tuple(part.casefold() for part in p.path)
        if key in seen:
            raise CatalogueError(f"duplicate provision {p.label}", where=where)
        seen.add(key)
    return Law(
        id=law_id,
        name=_str(data, "name", where) or "",
        short_names=short_names,
        citation_forms=citation_forms,
        preferred_names=preferred,
        jurisdiction=jurisdiction,
        unit=unit,
        response_time=response_time,
        response_unit=response_unit,
        access_law=access_law,
        role=role,
        default_for=default_for,
        source=source,
        note=_str(data, "note", where, required=False),
        provisions=provisions,
    )


@attrs.frozen(kw_only=True)
class _Registry:
    laws: Mapping[str, Law]
    names: Mapping[str, tuple[str, ...]]
    preferred: Mapping[str, str]
    defaults: Mapping[tuple[str, str], tuple[str, ...]]


def _build(laws: Iterable[Law]) -> _Registry:
    by_id: dict[str, Law] = {}
    names: dict[str, list[str]] = {}
    preferred: dict[str, str] = {}
    defaults: dict[tuple[str, str], list[str]] = {}
    for law in laws:
        if law.id in by_id:
            raise CatalogueError("duplicate law id", where=law.id)
        by_id[law.id] = law
        for name in (law.name, *law.short_names, *law.citation_forms):
            ids_for = names.setdefault(fold_name(name), [])
            if law.id not in ids_for:
                ids_for.append(law.id)
        for name in law.preferred_names:
            folded = fold_name(name)
            if preferred.get(folded, law.id) != law.id:
                raise CatalogueError(f"{name!r} preferred by two laws", where=law.id)
            preferred[folded] = law.id
        for place in law.default_for:
            assert law.role is not None  # checked by load_law
            defaults.setdefault((place, law.role), []).append(law.id)
    return _Registry(
        laws=by_id,
        names={k: tuple(v) for k, v in names.items()},
        preferred=preferred,
        defaults={k: tuple(v) for k, v in defaults.items()},
    )


def _read_data() -> list[Law]:
    folder = resources.files(__package__).joinpath("data")
    laws = []
    for entry in sorted(folder.iterdir(), key=lambda e: e.name):
        if not entry.name.endswith(".toml"):
            continue
        try:
            data = tomllib.loads(entry.read_text(encoding="utf-8"))
        except tomllib.TOMLDecodeError as exc:
            raise CatalogueError(str(exc), where=entry.name) from None
        law = load_law(data, where=entry.name)
        if entry.name != f"{law.id}.toml":
            raise CatalogueError(f"file should be named {law.id}.toml", where=entry.name)
        laws.append(law)
    return laws


@functools.cache
def _registry() -> _Registry:
    return _build(_read_data())


def get(law_id: str) -> Law:
    """The law with this id; raises :class:`~foimodel.errors.UnknownLawError`.

    >>> get("uk-foia-2000").name
    'Freedom of Information Act 2000'
    """
    try:
        return _registry().laws[law_id]
    except KeyError:
        raise UnknownLawError(f"unknown law id {law_id!r}") from None


def all_laws() -> tuple[Law, ...]:
    """Every catalogued law, in id order."""
    reg = _registry()
    return tuple(reg.laws[i] for i in sorted(reg.laws))


def ids() -> tuple[str, ...]:
    """Every catalogued law id, sorted."""
    return tuple(sorted(_registry().laws))


def find_law(name: str, *, jurisdiction: str | None = None) -> Law | None:
    """The law a printed name means, or ``None`` when unknown or still ambiguous.

    Names compare case-insensitively with white space folded and a leading
    "the" ignored. A name several laws share ("Freedom of Information Act",
    "FOI Act") is settled by ``jurisdiction``: a law of exactly that jurisdiction,
    else one of the same country (``"UK-Scotland"`` -> ``"UK"``); with no hint, or
    none matching, by the one law that lists the name in ``preferred_names``;
    otherwise not at all.

    >>> find_law("the Freedom of Information (Scotland) Act 2002").id
    'scot-foisa-2002'
    >>> find_law("FOI Act") is None
    True
    >>> find_law("FOI Act", jurisdiction="Ireland").id
    'ie-foi-2014'
    """
    reg = _registry()
    folded = fold_name(name)
    candidates = [reg.laws[i] for i in reg.names.get(folded, ())]
    if len(candidates) <= 1:
        return candidates[0] if candidates else None
    if jurisdiction is not None:
        family = _family(jurisdiction)
        for same in (
            lambda law: law.jurisdiction == jurisdiction,
            lambda law: _family(law.jurisdiction) == family,
        ):
            local = [law for law in candidates if same(law)]
            if len(local) == 1:
                return local[0]
            if local:
                return None
    preferred = reg.preferred.get(folded)
    return reg.laws[preferred] if preferred is not None else None


def _family(jurisdiction: str) -> str:
    """The country of a jurisdiction: ``"UK-Scotland"`` -> ``"UK"``."""
    return jurisdiction.split("-", 1)[0]


def default_laws(jurisdiction: str, role: str = "act") -> tuple[str, ...]:
    """The ids of the laws "the Act" (or, with ``role="regulations"``, "the
    Regulations") means in ``jurisdiction``; ``()`` when none is recorded.

    >>> default_laws("UK-Scotland")
    ('scot-foisa-2002',)
    >>> default_laws("UK", role="regulations")
    ('uk-eir-2004',)
    """
    return _registry().defaults.get((jurisdiction, role), ())


_GENERIC = {
    "act": "act",
    "acts": "act",
    "regulations": "regulations",
    "regulation": "regulations",
    "regs": "regulations",
}


def resolve_generic(word: str, jurisdiction: str | None) -> str | None:
    """The law id a generic word ("the Act", "the Regulations") means in
    ``jurisdiction``; ``None`` when unknown or not exactly one law.

    >>> resolve_generic("the Regulations", "UK-Scotland")
    'scot-eisr-2004'
    """
    if jurisdiction is None:
        return None
    role = _GENERIC.get(fold_name(word))
    if role is None:
        return None
    found = default_laws(jurisdiction, role)
    return found[0] if len(found) == 1 else None
