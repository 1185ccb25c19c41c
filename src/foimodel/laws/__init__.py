"""The law catalogues: access-to-information laws and their provisions, as data.

One TOML file per law lives in ``foimodel/laws/data/``; it is read on first use
and cached. Look laws up by id (:func:`get`), by a printed name
(:func:`find_law`) or by the generic word a document uses (:func:`resolve_generic`).

>>> from foimodel import laws
>>> foia = laws.get("uk-foia-2000")
>>> foia.provision("section 40(2)").label
's.40(2)'
>>> foia.nearest("40(2)(a)").label
's.40(2)'
>>> laws.find_law("Environmental Information Regulations 2004").id
'uk-eir-2004'
>>> laws.resolve_generic("the Act", "UK-Scotland")
'scot-foisa-2002'
"""

from __future__ import annotations

from foimodel.laws._model import (
    JURISDICTIONS,
    RESPONSE_UNITS,
    ROLES,
    UNITS,
    Law,
    Provision,
    ProvisionKind,
    PublicInterest,
    format_path,
    parse_path,
)
from foimodel.laws._registry import (
    CatalogueError,
    all_laws,
    default_laws,
    find_law,
    fold_name,
    get,
    ids,
    load_law,
    resolve_generic,
)

__all__ = [
    "JURISDICTIONS",
    "RESPONSE_UNITS",
    "ROLES",
    "UNITS",
    "CatalogueError",
    "Law",
    "Provision",
    "ProvisionKind",
    "PublicInterest",
    "all_laws",
    "default_laws",
    "find_law",
    "fold_name",
    "format_path",
    "get",
    "ids",
    "load_law",
    "parse_path",
    "resolve_generic",
]
